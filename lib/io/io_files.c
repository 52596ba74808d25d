/*
 * The files of a register directory read into memory (io_internal.h):
 * the five CSV files and corrections.csv. A regular file is mapped where
 * the system can (Linux): the page cache's own pages, neither copied nor
 * cleared. Read into fresh buffers, a national load spent a fifth of its
 * time in the kernel clearing them and a few percent copying. Elsewhere,
 * and for what cannot be mapped, the files are read into buffers that a
 * loading thread keeps from one directory to the next.
 */
#define _DEFAULT_SOURCE /* MAP_POPULATE */
#include "io_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__unix__) || defined(__APPLE__)
#include <sys/stat.h>
#define ENF__IO_STAT 1
#endif
#if defined(__linux__)
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>
#define ENF__IO_MAP 1
#endif

/* Unmaps text i of t when it is a mapped file. */
static void enf__io_unmap(enf__io_texts *t, int i)
{
#ifdef ENF__IO_MAP
	if (t->map[i] != NULL)
		(void)munmap(t->map[i], t->len[i]);
#endif
	t->map[i] = NULL;
	t->text[i] = NULL;
	t->len[i] = 0;
}

void enf__io_texts_free(enf__io_texts *t)
{
	enf__io_pool_free(&t->pool);
	for (int i = 0; i < ENF__IO_TEXTS; i++) {
		enf__io_unmap(t, i);
		free(t->buf[i]);
		t->buf[i] = NULL;
		t->cap[i] = 0;
	}
}

/* dir/name, or NULL when out of memory. */
static char *enf__io_path(const char *dir, const char *name)
{
	size_t n = strlen(dir);
	int slash = n > 0 && dir[n - 1] != '/' && dir[n - 1] != '\\';
	size_t size = n + (size_t)slash + strlen(name) + 1;
	char *p = malloc(size);

	if (p != NULL)
		(void)snprintf(p, size, "%s%s%s", dir, slash ? "/" : "", name);
	return p;
}

/* Room for need bytes in buffer i of t, kept when it has them (its
 * bytes are not kept); 0, or -1 when out of memory. */
static int enf__io_room(enf__io_texts *t, int i, size_t need)
{
	char *p;

	if (t->buf[i] != NULL && t->cap[i] >= need)
		return 0;
	/* The old bytes are not wanted: a fresh block rather than a
	 * realloc() that would copy them. */
	p = enf__io_huge_alloc(need);
	if (p == NULL)
		return -1;
	free(t->buf[i]);
	t->buf[i] = p, t->cap[i] = need;
	return 0;
}

/* Reads the open file f into buffer i of t, NUL-terminated; its length
 * in *n. A regular file's size, when it can be told, sizes the buffer
 * once; the loop still reads whatever is there. -1: out of memory. */
static int enf__io_slurp(enf__io_texts *t, int i, FILE *f, size_t *n)
{
	size_t want = 65536;

	*n = 0;
	if (fseek(f, 0, SEEK_END) == 0) {
		long size = ftell(f);

		if (size > 0 && (unsigned long)size < SIZE_MAX / 2)
			want = (size_t)size + 4096 + 2;
		rewind(f);
	}
	if (enf__io_room(t, i, want) != 0)
		return -1;
	for (;;) {
		if (t->cap[i] - *n < 4096 + 1) {
			/* Larger than it said: double, keeping what is
			 * read. */
			char *p = realloc(t->buf[i], t->cap[i] * 2);

			if (p == NULL)
				return -1;
			t->buf[i] = p, t->cap[i] *= 2;
		}
		*n += fread(t->buf[i] + *n, 1, t->cap[i] - *n - 1, f);
		if (feof(f) || ferror(f))
			break;
	}
	t->buf[i][*n] = '\0';
	return 0;
}

/* Refuses text i of t, n bytes long, when a NUL byte comes before its
 * end (the text is then dropped). */
static enf_status enf__io_no_nul(enf__io_texts *t, int i, size_t n,
				 const char *name)
{
	long line = 1;

	if (strlen(t->text[i]) == n)
		return ENF_OK;
	for (const char *p = t->text[i]; *p; p++)
		line += *p == '\n';
	enf__io_unmap(t, i);
	return enf__fail(ENF_EPARSE, "%s:%ld: a NUL byte in the text", name,
			 line);
}

#ifdef ENF__IO_MAP
/*
 * Maps the regular file at path as text i of t, read-only: the page
 * cache's own pages, neither copied nor cleared. The byte after the end
 * of a mapped file is 0 in its last page, so the text is NUL-terminated
 * as it is; a file whose size is a whole number of pages (no such byte),
 * empty, or not regular is left to the reader (0 returned). 1: mapped,
 * its length in *n. A file cut short by another process while it is
 * imported would stop the process (SIGBUS) where a read would have given
 * the shorter text: the library's own saves never cut a file in place
 * (io_save.c writes aside and swaps the folder in).
 */
static int enf__io_map(enf__io_texts *t, int i, const char *path, size_t *n)
{
	long page = sysconf(_SC_PAGESIZE);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	void *p = MAP_FAILED;

	if (fd < 0)
		return 0;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
	    page > 0 && (unsigned long long)st.st_size < SIZE_MAX / 2 &&
	    st.st_size % page != 0)
		p = mmap(NULL, (size_t)st.st_size, PROT_READ,
			 MAP_PRIVATE | MAP_POPULATE, fd, 0);
	(void)close(fd);
	if (p == MAP_FAILED)
		return 0;
	t->text[i] = t->map[i] = p;
	t->len[i] = *n = (size_t)st.st_size;
	return 1;
}
#endif

/* Reads file name of dir into text i of t (NULL when an optional file is
 * missing). fn names the caller in messages. */
static enf_status enf__io_read(enf__io_texts *t, int i, const char *dir,
			       const char *name, int optional, const char *fn)
{
	char *path = enf__io_path(dir, name);
	FILE *f;
	size_t n;
	int oom, bad;

	enf__io_unmap(t, i);
	if (path == NULL)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
#ifdef ENF__IO_MAP
	if (enf__io_map(t, i, path, &n)) {
		free(path);
		return enf__io_no_nul(t, i, n, name);
	}
#endif
	if ((f = fopen(path, "rb")) == NULL) {
		enf_status st = ENF_OK;
#ifdef ENOENT
		if (!optional || errno != ENOENT)
#else
		if (!optional)
#endif
			st = enf__fail(ENF_ENOTFOUND, "%s: cannot read \"%s\"",
				       fn, path);
		free(path);
		return st;
	}
	oom = enf__io_slurp(t, i, f, &n) != 0;
	bad = !oom && ferror(f) != 0;
	(void)fclose(f);
	if (oom || bad) {
		enf_status st =
			oom ? enf__fail(ENF_ENOMEM, "%s: out of memory", fn)
			    : enf__fail(ENF_ENOTFOUND, "%s: cannot read \"%s\"",
					fn, path);
		free(path);
		return st;
	}
	free(path);
	t->text[i] = t->buf[i];
	t->len[i] = n;
	return enf__io_no_nul(t, i, n, name);
}

/* Refuses an empty (zero-byte, or a byte-order mark alone) required file:
 * enf_io_import_csv() reads an empty text as no rows, but a file that the
 * directory must have needs at least its header row. */
static enf_status enf__io_need_header(const char *text, enf_io_entity e)
{
	const enf__io_table *t = &enf__io_tables[e];
	enf__io_loc loc = {enf_io_file_name(e), 1, NULL};
	char cols[160] = "";
	size_t n = 0;

	if (text[0] != '\0' && strcmp(text, "\xef\xbb\xbf") != 0)
		return ENF_OK;
	for (int i = 0; i < t->ncols; i++) {
		int w = t->cols[i].required
				? snprintf(cols + n, sizeof(cols) - n, "%s%s",
					   n ? "," : "", t->cols[i].name)
				: 0;

		n += w > 0 && (size_t)w < sizeof(cols) - n ? (size_t)w : 0;
	}
	return enf__io_fail(ENF_EPARSE, &loc, NULL,
			    "the file is empty; it needs the header row "
			    "naming the columns (at least %s)",
			    cols);
}

enf_status enf__io_read_dir(enf__io_texts *t, const char *dir, const char *fn)
{
	enf_status st = ENF_OK;

	for (int e = 0; e < ENF__IO_TEXTS; e++)
		enf__io_unmap(t, e);
	for (int e = 0; e < ENF_IO_ENTITY_COUNT && st == ENF_OK; e++)
		st = enf__io_read(t, e, dir, enf_io_file_name((enf_io_entity)e),
				  e != ENF_IO_CASES, fn);
	if (st == ENF_OK)
		st = enf__io_need_header(t->text[ENF_IO_CASES], ENF_IO_CASES);
	if (st == ENF_OK)
		st = enf__io_read(t, ENF__IO_TEXT_CORRECTIONS, dir,
				  ENF__IO_CORRECTIONS_FILE, 1, fn);
	return st;
}

size_t enf__io_dir_bytes(const char *dir)
{
	size_t total = 0;

#ifdef ENF__IO_STAT
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++) {
		char *path =
			enf__io_path(dir, enf_io_file_name((enf_io_entity)e));
		struct stat st;

		if (path != NULL && stat(path, &st) == 0 && st.st_size > 0)
			total += (size_t)st.st_size;
		free(path);
	}
#else
	(void)dir;
#endif
	return total;
}

enf_status enf__io_load_dir(enf__io_batch *b, enf__io_texts *keep,
			    const char *dir, const char *fn)
{
	enf__io_texts own = {0}, *t = keep != NULL ? keep : &own;
	enf_status st = enf__io_read_dir(t, dir, fn);

	/* The arena and slabs of this import take what the last one of the
	 * same thread left (enf__io_pool). */
	if (keep != NULL && b->n == 0)
		b->pool = &keep->pool;

	/* Each file goes as soon as it is read: a mapped file's pages
	 * count in the process's memory while they are mapped. */
	for (int e = 0; e < ENF_IO_ENTITY_COUNT && st == ENF_OK; e++) {
		st = enf__io_parse_csv_file(b, (enf_io_entity)e, t->text[e],
					    t->len[e]);
		enf__io_unmap(t, e);
	}
	if (st == ENF_OK)
		st = enf__io_parse_corrections(
			b, t->text[ENF__IO_TEXT_CORRECTIONS]);
	/* Packed here, on the loading thread of enf_io_load_csv_dirs(). */
	if (st == ENF_OK)
		st = enf__io_batch_pack(b, fn);
	/* A batch that failed keeps its arena until it is freed, maybe
	 * after the pool: its chunks then go to the heap. */
	enf__arena_detach(b->arena);
	b->pool = NULL;
	enf__io_texts_free(&own);
	return st;
}
