/*
 * Tests of the validation of io.h (enf_io_validate_csv(),
 * enf_io_validate_csv_dir()): every problem of a dirty set of files, with
 * file, line, field, value and the expected form, in the order an import
 * meets them; the files are only read.
 *
 * The problems expected are written by hand from the rows below and the
 * contract of io.h.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp, rmdir */

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

#include "test_helpers.h"

#define NO_COUNT ((size_t)0xdeadbeefu)
#define CAP	 16

/* Four cases: line 2 good; line 3 a day/month/year date; line 4 two bad
 * tokens; line 5 the key of line 2 again. */
static const char cases_csv[] =
	"office,decision_no,decision_date,mode,judgment_kind\n"
	"LS-01,1/QĐ,2025-01-06,agency,civil\n"
	"LS-01,2/QĐ,15/09/2025,agency,civil\n"
	"LS-01,3/QĐ,2025-01-06,robot,civl\n"
	"LS-01,1/QĐ,2025-01-06,agency,civil\n";

/* Line 2 good; line 3 a date that does not exist; line 4 follows a bad
 * row of its case (not checked against the model); line 5 belongs to a
 * case whose row was bad (likewise); line 6 a case not in cases.csv and
 * a bad amount (two problems, the case first, as the import looks it up
 * before reading the fields); line 7 a case not in cases.csv; line 8 too
 * few fields. */
static const char events_csv[] =
	"office,decision_no,seq,date,kind,detail,amount,asset\n"
	"LS-01,1/QĐ,0,2025-01-06,decision_issued,,,\n"
	"LS-01,1/QĐ,1,2025-02-30,decision_notified,,,\n"
	"LS-01,1/QĐ,2,2025-01-20,done,,,\n"
	"LS-01,2/QĐ,0,2025-01-06,decision_issued,,,\n"
	"LS-01,9/QĐ,0,2025-01-06,decision_issued,,x,\n"
	"LS-01,8/QĐ,0,2025-01-06,decision_issued,,,\n"
	"LS-01,1/QĐ,3\n";

typedef struct expect {
	enf_status status;
	enf_io_entity entity;
	long line;
	const char *field, *value, *says;
} expect;

static const expect dirty[] = {
	{ENF_EPARSE, ENF_IO_CASES, 3, "decision_date", "15/09/2025",
	 "cases.csv:3: decision_date: \"15/09/2025\" is not a date; expected "
	 "YYYY-MM-DD (2025-09-15, if it is day/month/year)"},
	{ENF_EPARSE, ENF_IO_CASES, 4, "mode", "robot",
	 "\"robot\" is not a mode (agency, request)"},
	{ENF_EPARSE, ENF_IO_CASES, 4, "judgment_kind", "civl", "\"civl\""},
	{ENF_ESTATE, ENF_IO_CASES, 5, "decision_no", "1/QĐ",
	 "already on line 2"},
	{ENF_EPARSE, ENF_IO_EVENTS, 3, "date", "2025-02-30",
	 "events.csv:3: date: \"2025-02-30\" is not a date; expected "
	 "YYYY-MM-DD"},
	{ENF_ENOTFOUND, ENF_IO_EVENTS, 6, "decision_no", "9/QĐ",
	 "no case \"9/QĐ\" of office \"LS-01\" in cases.csv"},
	{ENF_EPARSE, ENF_IO_EVENTS, 6, "amount", "x", "is not an integer"},
	{ENF_ENOTFOUND, ENF_IO_EVENTS, 7, "decision_no", "8/QĐ",
	 "no case \"8/QĐ\" of office \"LS-01\" in cases.csv"},
	{ENF_EPARSE, ENF_IO_EVENTS, 8, "row", "", "3 fields; the header has 8"},
};

#define N_DIRTY (sizeof(dirty) / sizeof(dirty[0]))

static void assert_problem(const enf_io_problem *p, const expect *e)
{
	assert_int_equal(p->status, e->status);
	assert_int_equal(p->entity, e->entity);
	assert_int_equal(p->line, e->line);
	assert_string_equal(p->field, e->field);
	assert_string_equal(p->value, e->value);
	assert_non_null(strstr(p->message, e->says));
}

static void test_validate__every_problem(void **state)
{
	enf_io_problem out[CAP];
	size_t count = NO_COUNT;

	(void)state;
	assert_int_equal(enf_io_validate_csv(out, CAP, &count, cases_csv, NULL,
					     NULL, NULL, events_csv, 100),
			 ENF_OK);
	assert_int_equal(count, N_DIRTY);
	for (size_t i = 0; i < N_DIRTY; i++)
		assert_problem(&out[i], &dirty[i]);
}

/* The first problem is the error of an import of the same texts, which
 * leaves the register empty. */
static void test_validate__first_is_the_import_error(void **state)
{
	enf_io_problem out[1];
	size_t count = 0;
	enf_register *reg = NULL;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(
		enf_io_import_csv(reg, cases_csv, NULL, NULL, NULL, events_csv),
		ENF_EPARSE);
	assert_int_equal(enf_register_count(reg), 0);
	assert_int_equal(enf_io_validate_csv(out, 1, &count, cases_csv, NULL,
					     NULL, NULL, events_csv, 1),
			 ENF_OK);
	assert_int_equal(count, 1);
	assert_string_equal(out[0].message, dirty[0].says);
	enf_register_free(reg);
}

/* A limit stops the reading; the two-call convention gives the count. */
static void test_validate__limit_and_cap(void **state)
{
	enf_io_problem out[CAP], blank;
	size_t count = NO_COUNT;

	(void)state;
	assert_int_equal(enf_io_validate_csv(out, CAP, &count, cases_csv, NULL,
					     NULL, NULL, events_csv, 3),
			 ENF_OK);
	assert_int_equal(count, 3);
	for (size_t i = 0; i < 3; i++)
		assert_problem(&out[i], &dirty[i]);
	assert_int_equal(enf_io_validate_csv(NULL, 0, &count, cases_csv, NULL,
					     NULL, NULL, events_csv, 100),
			 ENF_EBUFSIZE);
	assert_int_equal(count, N_DIRTY);
	memset(out, 0xa5, sizeof(out));
	memset(&blank, 0xa5, sizeof(blank));
	assert_int_equal(enf_io_validate_csv(out, 2, &count, cases_csv, NULL,
					     NULL, NULL, events_csv, 100),
			 ENF_EBUFSIZE);
	assert_error_names("io_validate_csv", "cap is 2; 9 problems");
	assert_memory_equal(&out[0], &blank, sizeof(blank));
}

/* Good files: no problem (the bundled sample year). */
static void test_validate__clean_sample(void **state)
{
	size_t count = NO_COUNT;

	(void)state;
	assert_int_equal(
		enf_io_validate_csv_dir(NULL, 0, &count, ENF_SAMPLE_DIR, 10),
		ENF_OK);
	assert_int_equal(count, 0);
}

/* A blank line is one problem and the rows after it are read; a
 * malformed record ends its file, and the next file is still read. */
static void test_validate__blank_and_malformed(void **state)
{
	static const char cases[] = "office,decision_no,mode,judgment_kind\n"
				    "LS-01,1/QĐ,agency,civil\n"
				    "\n"
				    "LS-01,2/QĐ,agency,cvil\n";
	static const char parties[] =
		"office,decision_no,index,role,kind,name\n"
		"LS-01,1/QĐ,0,debtor,person,\"An\n"
		"LS-01,1/QĐ,1,creditor,person,Bình\n";
	static const char events[] = "office,decision_no,seq,date,kind\n"
				     "LS-01,1/QĐ,0,2025-1-6,decision_issued\n";
	enf_io_problem out[CAP];
	size_t count = 0;

	(void)state;
	assert_int_equal(enf_io_validate_csv(out, CAP, &count, cases, parties,
					     NULL, NULL, events, 100),
			 ENF_OK);
	assert_int_equal(count, 4);
	assert_int_equal(out[0].line, 3);
	assert_non_null(strstr(out[0].message, "a blank line between rows"));
	assert_int_equal(out[1].line, 4);
	assert_string_equal(out[1].field, "judgment_kind");
	assert_int_equal(out[2].entity, ENF_IO_PARTIES);
	assert_non_null(strstr(out[2].message, "not closed"));
	assert_int_equal(out[3].entity, ENF_IO_EVENTS);
	assert_string_equal(out[3].field, "date");
	assert_string_equal(out[3].value, "2025-1-6");
}

/* A field that is not UTF-8 is shown with U+FFFD for each bad byte: a
 * problem's texts are always UTF-8. */
static void test_validate__value_not_utf8(void **state)
{
	static const char cases[] = "office,decision_no,mode,judgment_kind\n"
				    "LS-01,1/Q\xff,agency,civil\n";
	enf_io_problem out[2];
	size_t count = 0;

	(void)state;
	assert_int_equal(enf_io_validate_csv(out, 2, &count, cases, NULL, NULL,
					     NULL, NULL, 10),
			 ENF_OK);
	assert_int_equal(count, 1);
	assert_string_equal(out[0].field, "decision_no");
	assert_string_equal(out[0].value, "1/Q\xef\xbf\xbd");
	assert_non_null(strstr(out[0].message, "not valid UTF-8 at byte 3"));
}

static void test_validate__dir(void **state)
{
	char dir[] = "/tmp/enf-validate-XXXXXX", path[64];
	enf_io_problem out[CAP];
	size_t count = 0;
	FILE *f;

	(void)state;
	assert_non_null(mkdtemp(dir));
	(void)snprintf(path, sizeof(path), "%s/cases.csv", dir);
	/* No cases.csv: one problem naming the path. */
	assert_int_equal(enf_io_validate_csv_dir(out, CAP, &count, dir, 10),
			 ENF_OK);
	assert_int_equal(count, 1);
	assert_int_equal(out[0].status, ENF_ENOTFOUND);
	assert_int_equal(out[0].line, 0);
	assert_string_equal(out[0].field, "");
	assert_non_null(strstr(out[0].message, path));
	f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(fputs(cases_csv, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
	assert_int_equal(enf_io_validate_csv_dir(out, CAP, &count, dir, 10),
			 ENF_OK);
	assert_int_equal(count, 4);
	for (size_t i = 0; i < 4; i++)
		assert_problem(&out[i], &dirty[i]);
	assert_int_equal(remove(path), 0);
	assert_int_equal(rmdir(dir), 0);
}

/* Events of a case out of seq order: the import refuses them at its end,
 * when no correction explains the order, and so does the validation, as
 * its last problem. */
static const char seq_cases_csv[] =
	"office,decision_no,decision_date,mode,judgment_kind\n"
	"LS-01,1/QĐ,2025-01-06,agency,civil\n";
static const char seq_events_csv[] =
	"office,decision_no,seq,date,kind,detail,amount,asset\n"
	"LS-01,1/QĐ,0,2025-01-06,decision_issued,,,\n"
	"LS-01,1/QĐ,2,2025-01-08,decision_notified,,,\n"
	"LS-01,1/QĐ,1,2025-01-20,done,,,\n";

static void test_validate__seq_order(void **state)
{
	static const char says[] =
		"events.csv:3: seq: 2; expected 1 (the events of a case come "
		"in seq order 0, 1, ... unless the case has corrections)";
	enf_io_problem out[CAP];
	size_t count = NO_COUNT;
	enf_register *reg = NULL;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_io_import_csv(reg, seq_cases_csv, NULL, NULL, NULL,
					   seq_events_csv),
			 ENF_EPARSE);
	assert_string_equal(enf_last_error(), says);
	assert_int_equal(enf_register_count(reg), 0);
	assert_int_equal(enf_io_validate_csv(out, CAP, &count, seq_cases_csv,
					     NULL, NULL, NULL, seq_events_csv,
					     10),
			 ENF_OK);
	assert_int_equal(count, 1);
	assert_int_equal(out[0].status, ENF_EPARSE);
	assert_int_equal(out[0].entity, ENF_IO_EVENTS);
	assert_int_equal(out[0].line, 3);
	assert_string_equal(out[0].field, "seq");
	assert_string_equal(out[0].message, says);
	enf_register_free(reg);
}

/* Writes text to dir/name. */
static void put_file(const char *dir, const char *name, const char *text)
{
	char path[96];
	FILE *f;

	(void)snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
}

static void drop_file(const char *dir, const char *name)
{
	char path[96];

	(void)snprintf(path, sizeof(path), "%s/%s", dir, name);
	assert_int_equal(remove(path), 0);
}

/* A directory's corrections.csv is read as the load reads it, when the
 * five files have no problem: its first problem is listed. */
static void test_validate__dir_corrections(void **state)
{
	char dir[] = "/tmp/enf-validate-XXXXXX";
	enf_io_problem out[CAP];
	size_t count = NO_COUNT;

	(void)state;
	assert_non_null(mkdtemp(dir));
	put_file(dir, "cases.csv", seq_cases_csv);
	put_file(dir, "events.csv", seq_events_csv);
	put_file(dir, "corrections.csv", "when,why\n");
	assert_int_equal(enf_io_validate_csv_dir(out, CAP, &count, dir, 10),
			 ENF_OK);
	assert_int_equal(count, 1);
	assert_int_equal(out[0].entity, ENF_IO_EVENTS);
	assert_non_null(strstr(out[0].message, "corrections.csv:1:"));
	/* A header alone: no correction, so the seq order is refused. */
	put_file(dir, "corrections.csv", "");
	assert_int_equal(enf_io_validate_csv_dir(out, CAP, &count, dir, 10),
			 ENF_OK);
	assert_int_equal(count, 1);
	assert_string_equal(out[0].field, "seq");
	/* After a problem in the five files, corrections.csv is not read
	 * (its rows could name a case set aside). */
	put_file(dir, "corrections.csv", "when,why\n");
	put_file(dir, "cases.csv", cases_csv);
	assert_int_equal(enf_io_validate_csv_dir(out, CAP, &count, dir, 10),
			 ENF_OK);
	assert_int_equal(count, 4);
	for (size_t i = 0; i < 4; i++)
		assert_problem(&out[i], &dirty[i]);
	drop_file(dir, "corrections.csv");
	drop_file(dir, "events.csv");
	drop_file(dir, "cases.csv");
	assert_int_equal(rmdir(dir), 0);
}

static void test_validate__bad_input(void **state)
{
	enf_io_problem out[1], blank;
	size_t count = NO_COUNT;

	(void)state;
	memset(out, 0xa5, sizeof(out));
	memset(&blank, 0xa5, sizeof(blank));
	assert_int_equal(enf_io_validate_csv(out, 1, &count, cases_csv, NULL,
					     NULL, NULL, NULL, 0),
			 ENF_EINVALID);
	assert_error_names("io_validate_csv", "limit is 0");
	assert_int_equal(enf_io_validate_csv(out, 1, NULL, cases_csv, NULL,
					     NULL, NULL, NULL, 5),
			 ENF_EINVALID);
	assert_error_names("io_validate_csv", "count is NULL");
	assert_int_equal(enf_io_validate_csv(NULL, 2, &count, cases_csv, NULL,
					     NULL, NULL, NULL, 5),
			 ENF_EINVALID);
	assert_error_names("io_validate_csv", "out is NULL but cap is 2");
	assert_int_equal(enf_io_validate_csv(out, 1, &count, NULL, NULL, NULL,
					     NULL, NULL, 5),
			 ENF_EINVALID);
	assert_error_names("io_validate_csv", "cases is NULL");
	assert_int_equal(enf_io_validate_csv_dir(out, 1, &count, NULL, 5),
			 ENF_EINVALID);
	assert_error_names("io_validate_csv_dir", "dir is NULL");
	assert_int_equal(count, NO_COUNT);
	assert_memory_equal(&out[0], &blank, sizeof(blank));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_validate__every_problem),
		cmocka_unit_test(test_validate__first_is_the_import_error),
		cmocka_unit_test(test_validate__limit_and_cap),
		cmocka_unit_test(test_validate__clean_sample),
		cmocka_unit_test(test_validate__blank_and_malformed),
		cmocka_unit_test(test_validate__value_not_utf8),
		cmocka_unit_test(test_validate__dir),
		cmocka_unit_test(test_validate__seq_order),
		cmocka_unit_test(test_validate__dir_corrections),
		cmocka_unit_test(test_validate__bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
