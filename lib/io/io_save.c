/*
 * Saving the five CSV files of a register and its corrections.csv all or
 * nothing
 * (enf_io_save_csv_dir()): the files are written into a new sibling
 * folder DIR.new, each synced to disk, the folder synced, and then the
 * new folder takes the old one's place. On Linux the two folders are
 * swapped in one step (renameat2 with RENAME_EXCHANGE), so the name DIR
 * always holds a whole save, the old or the new; elsewhere, and on file
 * systems that cannot swap, DIR is renamed DIR.old, DIR.new renamed DIR,
 * and DIR.old removed: a crash between the two renames leaves no DIR but
 * a complete DIR.new (and DIR.old), which the caller can rename back.
 * The other entries of DIR (offices.csv, say) are carried over: files by
 * a hard link (a copy where links are refused) before the switch, folders
 * moved after it (a crash then can leave a folder in DIR.new or DIR.old).
 */
#define _GNU_SOURCE /* renameat2, RENAME_EXCHANGE (glibc 2.28) */

#include "io_internal.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const enf__save_fn = "io_save_csv_dir";

/* The files a save writes: the five entities and corrections.csv. */
#define ENF__SAVE_FILES (ENF_IO_ENTITY_COUNT + 1)

/* a + b + c in a new string, or NULL. */
static char *enf__cat(const char *a, const char *b, const char *c)
{
	size_t size = strlen(a) + strlen(b) + strlen(c) + 1;
	char *p = malloc(size);

	if (p != NULL)
		(void)snprintf(p, size, "%s%s%s", a, b, c);
	return p;
}

/* Syncs a file or a folder to disk; 0 or -1. */
static int enf__sync_path(const char *path, int folder)
{
	int fd = open(path, folder ? O_RDONLY | O_DIRECTORY : O_RDONLY);
	int rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	return close(fd) == 0 && rc == 0 ? 0 : -1;
}

/* Writes len bytes to a new file and syncs it; 0 or -1. */
static int enf__write_synced(const char *path, const char *text, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	int ok = fd >= 0;

	while (ok && len > 0) {
		ssize_t n = write(fd, text, len);

		if (n < 0 && errno == EINTR)
			continue;
		ok = n > 0;
		if (ok)
			text += n, len -= (size_t)n;
	}
	if (fd >= 0) {
		ok &= fsync(fd) == 0;
		ok &= close(fd) == 0;
	}
	return ok ? 0 : -1;
}

/* Removes the files of a folder, then the folder if it is empty: a
 * folder within it is never removed (nor what it holds). Best effort. */
static void enf__remove_files(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *de;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		char *p = enf__cat(path, "/", de->d_name);
		struct stat sb;

		if (p != NULL && lstat(p, &sb) == 0 && !S_ISDIR(sb.st_mode))
			(void)remove(p);
		free(p);
	}
	(void)closedir(d);
	(void)rmdir(path);
}

/* Moves the folders within from into to (after the switch: the old
 * folder's subfolders into the new one); best effort, one rename each. */
static void enf__move_folders(const char *from, const char *to)
{
	DIR *d = opendir(from);
	struct dirent *de;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		char *p, *q;
		struct stat sb;

		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		p = enf__cat(from, "/", de->d_name);
		q = enf__cat(to, "/", de->d_name);
		if (p != NULL && q != NULL && lstat(p, &sb) == 0 &&
		    S_ISDIR(sb.st_mode))
			(void)rename(p, q);
		free(p);
		free(q);
	}
	(void)closedir(d);
}

/* Copies a file (where a hard link is refused); 0 or -1. */
static int enf__copy_file(const char *from, const char *to)
{
	char *text = NULL;
	enf_status st = ENF_OK;
	FILE *f = fopen(from, "rb");
	size_t n = 0, cap = 0;
	int rc;

	if (f == NULL)
		return -1;
	for (;;) {
		if (cap - n < 4096) {
			char *p = realloc(text, cap = cap ? cap * 2 : 65536);

			if (p == NULL) {
				st = ENF_ENOMEM;
				break;
			}
			text = p;
		}
		n += fread(text + n, 1, cap - n, f);
		if (feof(f) || ferror(f))
			break;
	}
	rc = st == ENF_OK && !ferror(f) ? enf__write_synced(to, text, n) : -1;
	(void)fclose(f);
	free(text);
	return rc;
}

/* Carries the entries of dir other than the five files into new. */
static enf_status enf__carry_over(const char *dir, const char *new_dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	enf_status st = ENF_OK;

	if (d == NULL)
		return enf__fail(ENF_ENOTFOUND, "%s: cannot read \"%s\"",
				 enf__save_fn, dir);
	while (st == ENF_OK && (de = readdir(d)) != NULL) {
		char *from, *to;
		struct stat sb;
		int keep = strcmp(de->d_name, ".") != 0 &&
			   strcmp(de->d_name, "..") != 0;

		for (int e = 0; e < ENF_IO_ENTITY_COUNT && keep; e++)
			keep = strcmp(de->d_name,
				      enf_io_file_name((enf_io_entity)e)) != 0;
		keep = keep &&
		       strcmp(de->d_name, ENF__IO_CORRECTIONS_FILE) != 0;
		if (!keep)
			continue;
		from = enf__cat(dir, "/", de->d_name);
		to = enf__cat(new_dir, "/", de->d_name);
		if (from == NULL || to == NULL)
			st = enf__fail(ENF_ENOMEM, "%s: out of memory",
				       enf__save_fn);
		else if (lstat(from, &sb) != 0 ||
			 (!S_ISDIR(sb.st_mode) && link(from, to) != 0 &&
			  enf__copy_file(from, to) != 0))
			st = enf__fail(ENF_ENOTFOUND,
				       "%s: cannot carry \"%s\" over to \"%s\"",
				       enf__save_fn, from, to);
		free(from);
		free(to);
	}
	(void)closedir(d);
	return st;
}

/* Writes the five texts into the new folder, synced. */
static enf_status enf__write_new(const char *new_dir, char *const *texts,
				 const size_t *lens)
{
	for (int e = 0; e < ENF__SAVE_FILES; e++) {
		char *p = enf__cat(new_dir, "/",
				   e < ENF_IO_ENTITY_COUNT
					   ? enf_io_file_name((enf_io_entity)e)
					   : ENF__IO_CORRECTIONS_FILE);
		int rc = p != NULL ? enf__write_synced(p, texts[e], lens[e])
				   : -1;

		if (p == NULL)
			return enf__fail(ENF_ENOMEM, "%s: out of memory",
					 enf__save_fn);
		if (rc != 0) {
			enf_status st = enf__fail(ENF_ENOTFOUND,
						  "%s: cannot write \"%s\"",
						  enf__save_fn, p);

			free(p);
			return st;
		}
		free(p);
	}
	return enf__sync_path(new_dir, 1) == 0
		       ? ENF_OK
		       : enf__fail(ENF_ENOTFOUND, "%s: cannot sync \"%s\"",
				   enf__save_fn, new_dir);
}

/* Puts new_dir in dir's place: a swap where the system has one, else the
 * two renames; old_dir then holds the old files, and is removed. */
static enf_status enf__switch(const char *dir, const char *new_dir,
			      const char *old_dir)
{
	int swapped = 0;

#if defined(__linux__) && defined(RENAME_EXCHANGE)
	swapped = renameat2(AT_FDCWD, new_dir, AT_FDCWD, dir,
			    RENAME_EXCHANGE) == 0;
	if (swapped) { /* new_dir holds the old files now */
		enf__move_folders(new_dir, dir);
		enf__remove_files(new_dir);
	}
#endif
	if (!swapped) {
		enf__remove_files(old_dir);
		if (rename(dir, old_dir) != 0)
			return enf__fail(ENF_ENOTFOUND,
					 "%s: cannot rename \"%s\" to \"%s\"",
					 enf__save_fn, dir, old_dir);
		if (rename(new_dir, dir) != 0) {
			(void)rename(old_dir, dir);
			return enf__fail(ENF_ENOTFOUND,
					 "%s: cannot rename \"%s\" to \"%s\"",
					 enf__save_fn, new_dir, dir);
		}
		enf__move_folders(old_dir, dir);
		enf__remove_files(old_dir);
	}
	return ENF_OK;
}

/* The folder that holds path (for syncing the switch), in a new string. */
static char *enf__parent(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *p;

	if (slash == NULL)
		return enf__cat(".", "", "");
	if (slash == path)
		return enf__cat("/", "", "");
	p = enf__cat(path, "", "");
	if (p != NULL)
		p[slash - path] = '\0';
	return p;
}

/* Makes DIR.new beside the real path of dir and fills it. */
static enf_status enf__save_in(const char *real, char *const *texts,
			       const size_t *lens)
{
	char *new_dir = enf__cat(real, ".new", "");
	char *old_dir = enf__cat(real, ".old", "");
	char *parent = enf__parent(real);
	struct stat sb;
	enf_status st = ENF_OK;

	if (new_dir == NULL || old_dir == NULL || parent == NULL)
		st = enf__fail(ENF_ENOMEM, "%s: out of memory", enf__save_fn);
	if (st == ENF_OK) {
		enf__remove_files(new_dir); /* left by an earlier crash */
		if (stat(real, &sb) != 0 || mkdir(new_dir, 0777) != 0 ||
		    chmod(new_dir, sb.st_mode & 07777) != 0)
			st = enf__fail(ENF_ENOTFOUND,
				       "%s: cannot create \"%s\"", enf__save_fn,
				       new_dir);
	}
	if (st == ENF_OK)
		st = enf__write_new(new_dir, texts, lens);
	if (st == ENF_OK)
		st = enf__carry_over(real, new_dir);
	if (st == ENF_OK)
		st = enf__switch(real, new_dir, old_dir);
	if (st == ENF_OK && enf__sync_path(parent, 1) != 0)
		st = enf__fail(ENF_ENOTFOUND, "%s: cannot sync \"%s\"",
			       enf__save_fn, parent);
	else if (st != ENF_OK && new_dir != NULL)
		enf__remove_files(new_dir);
	free(new_dir);
	free(old_dir);
	free(parent);
	return st;
}

enf_status enf_io_save_csv_dir(const enf_register *reg, const char *dir)
{
	char *texts[ENF__SAVE_FILES] = {NULL};
	size_t lens[ENF__SAVE_FILES] = {0};
	char *real = NULL;
	enf_status st = ENF_OK;

	ENF__CHECK_NULL(enf__save_fn, reg);
	ENF__CHECK_NULL(enf__save_fn, dir);
	/* Every text first: a failure here touches no file. */
	for (int e = 0; e < ENF_IO_ENTITY_COUNT && st == ENF_OK; e++)
		st = enf_io_export_csv(&texts[e], &lens[e], reg,
				       (enf_io_entity)e);
	if (st == ENF_OK)
		st = enf_io_export_csv_corrections(&texts[ENF_IO_ENTITY_COUNT],
						   &lens[ENF_IO_ENTITY_COUNT],
						   reg);
	if (st == ENF_OK) {
		struct stat sb;

		real = realpath(dir, NULL);
		if (real == NULL || stat(real, &sb) != 0 ||
		    !S_ISDIR(sb.st_mode) || strcmp(real, "/") == 0)
			st = enf__fail(ENF_ENOTFOUND,
				       "%s: cannot write \"%s%scases.csv\": "
				       "not an existing folder other than /",
				       enf__save_fn, dir,
				       dir[0] && dir[strlen(dir) - 1] == '/'
					       ? ""
					       : "/");
	}
	if (st == ENF_OK)
		st = enf__save_in(real, texts, lens);
	for (int e = 0; e < ENF__SAVE_FILES; e++)
		free(texts[e]);
	free(real);
	return st;
}
