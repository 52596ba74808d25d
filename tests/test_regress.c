/*
 * Regression tests for the bugs the fuzz targets of tests/fuzz found, each
 * feeding the minimised input to the public function and checking the
 * status, plus tricky inputs met while fuzzing (deep nesting, huge
 * numbers, truncated UTF-8, limits of the rule-set text) with the status
 * the headers promise.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"
#include "utf8_valid.h"

#define SENTINEL 4242

/* "ệ" (U+1EC7), three bytes. */
#define E3 "\xe1\xbb\x87"

static enf_status import_json(const char *text, const char *name)
{
	enf_register *reg = NULL;
	enf_status st;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	st = enf_io_import_json(reg, text, name);
	assert_int_equal(enf_register_count(reg), 0);
	enf_register_free(reg);
	return st;
}

static enf_status import_cases(const char *cases)
{
	enf_register *reg = NULL;
	enf_status st;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	st = enf_io_import_csv(reg, cases, NULL, NULL, NULL, NULL);
	if (st != ENF_OK)
		assert_int_equal(enf_register_count(reg), 0);
	enf_register_free(reg);
	return st;
}

static enf_status parse_rules(const char *text)
{
	enf_auction_rules *rules = NULL;
	enf_status st = enf_auction_rules_parse(&rules, text);

	if (st != ENF_OK)
		assert_null(rules);
	enf_auction_rules_free(rules);
	return st;
}

/* ---------------------------------------------------------------------- */
/* Bugs                                                                    */

/*
 * fuzz_io_json: the path of a field in a message ("a.b.c") is kept in 256
 * bytes; a path of long non-ASCII keys was cut there in the middle of a
 * UTF-8 sequence, so the message was not UTF-8 (the Python binding could
 * not decode it). Eight levels of {"aệệ…ệ": ...} (1 + 14 x 3 bytes, cut
 * to 40) and a bad value at the bottom.
 */
static void test_regress__json_path_cut_utf8(void **state)
{
	char doc[1024];
	size_t n = 0;

	(void)state;
	for (int d = 0; d < 8; d++) {
		doc[n++] = '{';
		doc[n++] = '"';
		doc[n++] = 'a';
		for (int k = 0; k < 14; k++, n += 3)
			memcpy(doc + n, E3, 3);
		doc[n++] = '"';
		doc[n++] = ':';
	}
	doc[n++] = 'x';
	memset(doc + n, '}', 8);
	doc[n + 8] = '\0';
	assert_int_equal(import_json(doc, NULL), ENF_EPARSE);
	assert_true(utf8_valid(enf_last_error()));
	assert_error_names("json:1: a" E3, "unexpected 'x'");
	/* Cut between sequences, not patched up afterwards. */
	assert_null(strchr(enf_last_error(), '?'));
}

/*
 * A message longer than the 512-byte message buffer was cut in the middle
 * of a UTF-8 sequence: here by a document name of 600 bytes of "ệ".
 */
static void test_regress__message_cut_utf8(void **state)
{
	char name[601];

	(void)state;
	for (int k = 0; k < 200; k++)
		memcpy(name + 3 * k, E3, 3);
	name[600] = '\0';
	assert_int_equal(import_json("{", name), ENF_EPARSE);
	assert_true(utf8_valid(enf_last_error()));
	assert_true(strlen(enf_last_error()) < 512);
	assert_non_null(strstr(enf_last_error(), E3 E3 E3));
}

/*
 * Caller text that is not UTF-8, quoted in a message, made the message
 * invalid too; the bytes that start no valid sequence now read '?'.
 */
static void test_regress__message_of_invalid_text(void **state)
{
	enf_money out = SENTINEL;

	(void)state;
	assert_int_equal(enf_money_parse(&out, "1 t\xe1\xbb"), ENF_EPARSE);
	assert_int_equal(out, SENTINEL);
	assert_true(utf8_valid(enf_last_error()));
	assert_non_null(strstr(enf_last_error(), "\"1 t??\""));
}

/* ---------------------------------------------------------------------- */
/* Tricky inputs                                                           */

static void test_regress__json_nesting_limit(void **state)
{
	static const char head[] =
		"{\"format\": \"enforcement-register\", \"version\": 1, "
		"\"cases\": ";
	char doc[512];
	size_t n;

	(void)state;
	/* 64 levels (the document and 63 arrays) are read: the first item
	 * of cases is then the wrong type. */
	n = strlen(head);
	memcpy(doc, head, n);
	memset(doc + n, '[', 63);
	memset(doc + n + 63, ']', 63);
	strcpy(doc + n + 126, "}");
	assert_int_equal(import_json(doc, NULL), ENF_EPARSE);
	assert_error_names("cases[0]", "expected an object");
	/* 65 are refused as too deep. */
	memset(doc + n, '[', 64);
	memset(doc + n + 64, ']', 64);
	strcpy(doc + n + 128, "}");
	assert_int_equal(import_json(doc, NULL), ENF_EPARSE);
	assert_error_names("json:1", "deeper than 64");
}

static void test_regress__json_numbers_and_text(void **state)
{
	(void)state;
	assert_int_equal(import_json("{\"format\": \"enforcement-register\", "
				     "\"version\": 9223372036854775808, "
				     "\"cases\": []}",
				     NULL),
			 ENF_EPARSE);
	assert_error_names("version", "64-bit range");
	assert_int_equal(import_json("{\"format\": \"enforcement-register\", "
				     "\"version\": 01, \"cases\": []}",
				     NULL),
			 ENF_EPARSE);
	assert_int_equal(import_json("{\"format\": \"enforcement-register\xe1"
				     "\xbb\", \"version\": 1, \"cases\": []}",
				     NULL),
			 ENF_EPARSE);
	assert_error_names("format", "not valid UTF-8");
	assert_true(utf8_valid(enf_last_error()));
	assert_int_equal(import_json("{\"format\": \"enforcement-register"
				     "\\ud800\", \"version\": 1, "
				     "\"cases\": []}",
				     NULL),
			 ENF_EPARSE);
	assert_error_names("format", "surrogate");
	assert_int_equal(import_json("{\"format\": \"enforcement-register"
				     "\\u0000\", \"version\": 1, "
				     "\"cases\": []}",
				     NULL),
			 ENF_EPARSE);
	assert_int_equal(import_json("", NULL), ENF_EPARSE);
	assert_int_equal(import_json("{\"format\": \"enforcement-register\", "
				     "\"version\": 1, \"cases\": []}",
				     NULL),
			 ENF_OK);
}

static void test_regress__money_limits(void **state)
{
	enf_money out = SENTINEL;
	int64_t pct = SENTINEL;

	(void)state;
	assert_int_equal(enf_money_parse(&out, "-9223372036854775808"), ENF_OK);
	assert_true(out == INT64_MIN);
	out = SENTINEL;
	assert_int_equal(enf_money_parse(&out, "9223372036854775808"),
			 ENF_EPARSE);
	assert_int_equal(out, SENTINEL);
	/* 9,223,372,036.854775807 tỷ is INT64_MAX exactly; one more is not. */
	assert_int_equal(enf_money_parse(&out, "9.223.372.036,854775807 t\xe1"
					       "\xbb\xb7"),
			 ENF_OK);
	assert_true(out == INT64_MAX);
	out = SENTINEL;
	assert_int_equal(enf_money_parse(&out, "9.223.372.036,854775808 t\xe1"
					       "\xbb\xb7"),
			 ENF_EPARSE);
	assert_int_equal(out, SENTINEL);
	assert_int_equal(enf_percent_parse(&pct, "-92233720368547758,08%"),
			 ENF_OK);
	assert_true(pct == INT64_MIN);
	pct = SENTINEL;
	assert_int_equal(enf_percent_parse(&pct, "92233720368547758.08"),
			 ENF_EPARSE);
	assert_int_equal(pct, SENTINEL);
}

static void test_regress__date_limits(void **state)
{
	enf_date out = SENTINEL;

	(void)state;
	assert_int_equal(enf_date_parse(&out, "9999-12-31"), ENF_OK);
	assert_int_equal(out, ENF_DATE_MAX);
	assert_int_equal(enf_date_parse(&out, "0001-01-01"), ENF_OK);
	assert_int_equal(out, ENF_DATE_MIN);
	out = SENTINEL;
	assert_int_equal(enf_date_parse(&out, "0000-12-31"), ENF_EPARSE);
	assert_int_equal(enf_date_parse(&out, "10000-01-01"), ENF_EPARSE);
	assert_int_equal(enf_date_parse(&out, "4294967297-01-01"), ENF_EPARSE);
	assert_int_equal(enf_date_parse(&out, "29/2/2023"), ENF_EPARSE);
	assert_int_equal(out, SENTINEL);
}

static void test_regress__rules_text_limits(void **state)
{
	static const char head[] = "rules X\nround 1 price 1 1 1 of value\n"
				   "bid 1 from 1\n";
	char *text = malloc(8192);
	size_t n = strlen(head);

	(void)state;
	assert_non_null(text);
	/* A quoted string of 1024 bytes as written is read; 1025 is not. */
	for (size_t len = 1024; len <= 1025; len++) {
		memcpy(text, head, n);
		memcpy(text + n, "title \"", 7);
		memset(text + n + 7, 'a', len);
		strcpy(text + n + 7 + len, "\"\n");
		assert_int_equal(parse_rules(text),
				 len == 1024 ? ENF_OK : ENF_ERANGE);
	}
	/* A line of 4096 bytes is read; 4097 is not. */
	for (size_t len = 4096; len <= 4097; len++) {
		memcpy(text, head, n);
		memcpy(text + n, "# ", 2);
		memset(text + n + 2, 'a', len - 2);
		strcpy(text + n + len, "\n");
		assert_int_equal(parse_rules(text),
				 len == 4096 ? ENF_OK : ENF_EPARSE);
	}
	free(text);
	assert_int_equal(parse_rules("rules X\nround 1 price "
				     "1/1000000000000 1 1 of value\n"
				     "bid 1 from 1\n"),
			 ENF_OK);
	assert_int_equal(parse_rules("rules X\nround 1 price "
				     "1/1000000000001 1 1 of value\n"
				     "bid 1 from 1\n"),
			 ENF_ERANGE);
	assert_int_equal(parse_rules("rules X\nround 1 price "
				     "99999999999999999999999 1 1 of value\n"
				     "bid 1 from 1\n"),
			 ENF_ERANGE);
	assert_int_equal(parse_rules("rules X\nmax-rounds 99999999999\n"
				     "round 1 price 1 1 1 of value\n"
				     "bid 1 from 1\n"),
			 ENF_ERANGE);
	assert_int_equal(parse_rules("rules X\nround 1 price 1 1 1 of value\n"
				     "bid 1 from 1\ntitle \"T\xe1\xba\"\n"),
			 ENF_EPARSE);
	assert_error_names("line 4", "not valid UTF-8");
}

static void test_regress__csv_tricky(void **state)
{
	(void)state;
	assert_int_equal(import_cases("office,decision_no,mode,judgment_kind\n"
				      "LS-\xe1\xbb,1,request,civil\n"),
			 ENF_EPARSE);
	assert_error_names("cases.csv:2: office", "not valid UTF-8");
	assert_int_equal(import_cases("office,decision_no,mode,judgment_kind\n"
				      "\"LS\n"),
			 ENF_EPARSE);
	assert_error_names("cases.csv:2", "not closed");
	assert_int_equal(
		import_cases("office,office,decision_no,mode,judgment_kind\n"
			     "LS,LS,1,request,civil\n"),
		ENF_EPARSE);
	assert_error_names("cases.csv:1: office", "named twice");
	assert_int_equal(import_cases("\xef\xbb\xbf"), ENF_OK);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_regress__json_path_cut_utf8),
		cmocka_unit_test(test_regress__message_cut_utf8),
		cmocka_unit_test(test_regress__message_of_invalid_text),
		cmocka_unit_test(test_regress__json_nesting_limit),
		cmocka_unit_test(test_regress__json_numbers_and_text),
		cmocka_unit_test(test_regress__money_limits),
		cmocka_unit_test(test_regress__date_limits),
		cmocka_unit_test(test_regress__rules_text_limits),
		cmocka_unit_test(test_regress__csv_tricky),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
