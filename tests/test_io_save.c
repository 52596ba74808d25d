/*
 * Tests of enf_io_save_csv_dir() made all or nothing: the five files are
 * written into DIR.new, synced, and the folders switched; what else DIR
 * holds (a file, a folder) is still there after the save; no DIR.new or
 * DIR.old is left behind, a stale DIR.new of an earlier crash is
 * replaced, and a save that cannot be made leaves DIR as it was.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <enforcement.h>

#include "test_helpers.h"

static char dir[64];

static const char *at(const char *name)
{
	static char buf[4][160];
	static int k;

	k = (k + 1) % 4;
	(void)snprintf(buf[k], sizeof(buf[k]), "%s%s", dir, name);
	return buf[k];
}

static int exists(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0;
}

static void put(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
}

static enf_register *load_dir(const char *path)
{
	enf_register *reg = NULL;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(reg, path), ENF_OK);
	return reg;
}

static void test_io_save__switch(void **state)
{
	enf_register *reg = load_dir(ENF_SAMPLE_DIR), *back, *empty = NULL;
	char cmd[200];

	(void)state;
	(void)snprintf(dir, sizeof(dir), "/tmp/enf_save_XXXXXX");
	assert_non_null(mkdtemp(dir));
	assert_int_equal(mkdir(at("/sub"), 0777), 0);
	put(at("/offices.csv"), "office,name\n");
	put(at("/sub/note.txt"), "kept\n");
	/* A DIR.new left by a crash is replaced. */
	assert_int_equal(mkdir(at(".new"), 0777), 0);
	put(at(".new/cases.csv"), "half a file");
	assert_int_equal(enf_io_save_csv_dir(reg, dir), ENF_OK);
	assert_false(exists(at(".new")));
	assert_false(exists(at(".old")));
	assert_true(exists(at("/offices.csv")));
	assert_true(exists(at("/sub/note.txt")));
	back = load_dir(dir);
	assert_int_equal(enf_register_count(back), 3000);
	enf_register_free(back);
	/* Saved again, with no case: the files are replaced whole. */
	assert_int_equal(enf_register_new(&empty), ENF_OK);
	assert_int_equal(enf_io_save_csv_dir(empty, dir), ENF_OK);
	back = load_dir(dir);
	assert_int_equal(enf_register_count(back), 0);
	enf_register_free(back);
	assert_true(exists(at("/offices.csv")));
	assert_true(exists(at("/sub/note.txt")));
	/* A folder that does not exist: refused, nothing made. */
	assert_int_equal(enf_io_save_csv_dir(reg, at("/none")), ENF_ENOTFOUND);
	assert_error_names("io_save_csv_dir", "none/cases.csv");
	assert_false(exists(at("/none")));
	assert_false(exists(at("/none.new")));
	/* A trailing slash names the same folder. */
	assert_int_equal(enf_io_save_csv_dir(reg, at("/")), ENF_OK);
	back = load_dir(dir);
	assert_int_equal(enf_register_count(back), 3000);
	enf_register_free(back);
	enf_register_free(empty);
	enf_register_free(reg);
	(void)snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_io_save__switch),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
