/*
 * The files of a register directory (io_files.c): a file is mapped where
 * the system can and read into a buffer where it cannot (a size that is a
 * whole number of pages leaves no byte after the text to end it); both
 * give the same register, a NUL byte is refused on both paths with the
 * line it is on, and enf_io_load_csv_dirs() reading many directories on
 * one thread (buffers kept from one to the next) gives what loading each
 * alone gives.
 */
#define _DEFAULT_SOURCE /* mkdtemp */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <enforcement.h>

static const char *const files[] = {"cases.csv", "parties.csv",
				    "obligations.csv", "assets.csv",
				    "events.csv"};

static void assert_error_names(const char *fn, const char *part)
{
	const char *msg = enf_last_error();

	if (strncmp(msg, fn, strlen(fn)) != 0 || strstr(msg, part) == NULL)
		fail_msg("error \"%s\" does not name %s and \"%s\"", msg, fn,
			 part);
}

/* The bytes of a file (fails the test when it cannot be read). */
static char *slurp(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *text;
	long size;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	size = ftell(f);
	assert_true(size >= 0);
	rewind(f);
	text = malloc((size_t)size + 1);
	assert_non_null(text);
	assert_int_equal(fread(text, 1, (size_t)size, f), (size_t)size);
	text[size] = '\0';
	(void)fclose(f);
	*n = (size_t)size;
	return text;
}

static void spill(const char *path, const char *text, size_t n)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

/* A copy of the sample's five files in a new directory dir. */
static void copy_sample(char *dir)
{
	char from[1024], to[1024];

	assert_non_null(mkdtemp(dir));
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		size_t n;
		char *text;

		(void)snprintf(from, sizeof(from), "%s/%s", ENF_SAMPLE_DIR,
			       files[i]);
		(void)snprintf(to, sizeof(to), "%s/%s", dir, files[i]);
		text = slurp(from, &n);
		spill(to, text, n);
		free(text);
	}
}

static void remove_dir(const char *dir)
{
	char path[1024];

	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		(void)snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		(void)remove(path);
	}
	(void)rmdir(dir);
}

/* The register as the text of its five files, concatenated. */
static char *as_text(const enf_register *reg)
{
	size_t total = 0, len[5];
	char *part[5], *all;

	for (int e = 0; e < 5; e++) {
		assert_int_equal(enf_io_export_csv(&part[e], &len[e], reg,
						   (enf_io_entity)e),
				 ENF_OK);
		total += len[e];
	}
	all = malloc(total + 1);
	assert_non_null(all);
	total = 0;
	for (int e = 0; e < 5; e++) {
		memcpy(all + total, part[e], len[e]);
		total += len[e];
		enf_io_free(part[e]);
	}
	all[total] = '\0';
	return all;
}

static char *load_text(const char *dir)
{
	enf_register *reg = NULL;
	char *text;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	if (enf_io_load_csv_dir(reg, dir) != ENF_OK)
		fail_msg("%s: %s", dir, enf_last_error());
	text = as_text(reg);
	enf_register_free(reg);
	return text;
}

/* Loading dir is refused for a NUL byte where names it ("events.csv:3"),
 * and the register is left empty. */
static void assert_refused_nul(const char *dir, const char *where)
{
	enf_register *reg = NULL;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(reg, dir), ENF_EPARSE);
	assert_error_names(where, "a NUL byte in the text");
	assert_int_equal(enf_register_count(reg), 0);
	enf_register_free(reg);
}

/* events.csv padded with line ends to a whole number of pages is read,
 * not mapped (no byte after its end in the mapping); the blank lines at
 * the end read as none, so the register is the sample's. */
static void test_files__page_multiple(void **state)
{
	char dir[] = "/tmp/enf-test-files-XXXXXX", path[1024];
	long page = sysconf(_SC_PAGESIZE);
	char *want = load_text(ENF_SAMPLE_DIR), *got, *text, *padded;
	size_t n, m;

	(void)state;
	assert_true(page > 0);
	copy_sample(dir);
	(void)snprintf(path, sizeof(path), "%s/events.csv", dir);
	text = slurp(path, &n);
	m = (n / (size_t)page + 1) * (size_t)page;
	padded = malloc(m);
	assert_non_null(padded);
	memcpy(padded, text, n);
	memset(padded + n, '\n', m - n);
	spill(path, padded, m);
	got = load_text(dir);
	assert_string_equal(got, want);
	/* And a NUL byte on its third line is refused, on this path too. */
	padded[strchr(strchr(padded, '\n') + 1, '\n') - padded + 3] = '\0';
	spill(path, padded, m);
	assert_refused_nul(dir, "events.csv:3");
	free(text);
	free(padded);
	free(got);
	free(want);
	remove_dir(dir);
}

/* A NUL byte in a mapped file (its size no whole number of pages). */
static void test_files__nul_mapped(void **state)
{
	char dir[] = "/tmp/enf-test-files-XXXXXX", path[1024];
	long page = sysconf(_SC_PAGESIZE);
	char *text;
	size_t n;

	(void)state;
	copy_sample(dir);
	(void)snprintf(path, sizeof(path), "%s/parties.csv", dir);
	text = slurp(path, &n);
	if (page > 0 && n % (size_t)page == 0)
		n--; /* a whole number of pages: one byte less */
	text[strchr(text, '\n') - text + 2] = '\0';
	spill(path, text, n);
	assert_refused_nul(dir, "parties.csv:2");
	free(text);
	remove_dir(dir);
}

/* Writes into dirs[k] the rows of the sample's five files whose office
 * is offices[k] (every row starts with its office), under the header. */
static void split_sample(char dirs[][32], const char *const *offices, size_t n)
{
	for (size_t k = 0; k < n; k++)
		assert_non_null(mkdtemp(dirs[k]));
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		char path[1024];
		size_t len;
		char *text, *body;

		(void)snprintf(path, sizeof(path), "%s/%s", ENF_SAMPLE_DIR,
			       files[i]);
		text = slurp(path, &len);
		body = strchr(text, '\n') + 1;
		for (size_t k = 0; k < n; k++) {
			size_t o = strlen(offices[k]);
			FILE *f;

			(void)snprintf(path, sizeof(path), "%s/%s", dirs[k],
				       files[i]);
			f = fopen(path, "wb");
			assert_non_null(f);
			(void)fwrite(text, 1, (size_t)(body - text), f);
			for (const char *p = body; *p != '\0';) {
				const char *end = strchr(p, '\n');
				size_t line =
					end ? (size_t)(end - p) + 1 : strlen(p);

				if (strncmp(p, offices[k], o) == 0 &&
				    p[o] == ',')
					(void)fwrite(p, 1, line, f);
				p += line;
			}
			assert_int_equal(fclose(f), 0);
		}
		free(text);
	}
}

/* The sample split by office into six directories, loaded on one thread
 * (its buffers kept from one directory to the next) and on three (the
 * largest taken first): the register of loading each alone, in the order
 * of the directories. The same directory twice is refused as a duplicate,
 * naming the second. */
static void test_files__many_dirs(void **state)
{
	static const char *const offices[] = {"LS-BG", "LS-CUC", "LS-HL",
					      "LS-LB", "LS-TP",	 "LS-VL"};
	enum { N = sizeof(offices) / sizeof(offices[0]) };
	char dirs[N][32];
	const char *names[N], *twice[2];
	enf_register *one = NULL, *three = NULL, *each = NULL;
	char *a, *b;

	(void)state;
	for (size_t k = 0; k < N; k++) {
		(void)snprintf(dirs[k], sizeof(dirs[k]),
			       "/tmp/enf-test-files-XXXXXX");
		names[k] = dirs[k];
	}
	split_sample(dirs, offices, N);
	assert_int_equal(enf_register_new(&one), ENF_OK);
	assert_int_equal(enf_io_load_csv_dirs(one, names, N, 1), ENF_OK);
	assert_int_equal(enf_register_new(&three), ENF_OK);
	assert_int_equal(enf_io_load_csv_dirs(three, names, N, 3), ENF_OK);
	assert_int_equal(enf_register_new(&each), ENF_OK);
	for (size_t k = 0; k < N; k++)
		assert_int_equal(enf_io_load_csv_dir(each, names[k]), ENF_OK);
	assert_int_equal(enf_register_count(one), 3000);
	a = as_text(one);
	b = as_text(each);
	assert_string_equal(a, b);
	free(b);
	b = as_text(three);
	assert_string_equal(a, b);
	free(a);
	free(b);
	twice[0] = twice[1] = names[2];
	enf_register_free(one);
	assert_int_equal(enf_register_new(&one), ENF_OK);
	assert_int_equal(enf_io_load_csv_dirs(one, twice, 2, 1), ENF_ESTATE);
	assert_error_names("io_load_csv_dirs", "dirs[1]");
	assert_int_equal(enf_register_count(one), 0);
	/* Loaded largest first, reported in the order given: a directory
	 * that is not there has no bytes and is taken last, but it is the
	 * first one named. */
	twice[0] = "/tmp/enf-test-files-none";
	assert_int_equal(enf_io_load_csv_dirs(one, twice, 2, 2), ENF_ENOTFOUND);
	assert_error_names("io_load_csv_dirs", "dirs[0]");
	assert_int_equal(enf_register_count(one), 0);
	enf_register_free(one);
	enf_register_free(three);
	enf_register_free(each);
	for (size_t k = 0; k < N; k++)
		remove_dir(dirs[k]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_files__page_multiple),
		cmocka_unit_test(test_files__nul_mapped),
		cmocka_unit_test(test_files__many_dirs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
