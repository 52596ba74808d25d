/*
 * Tests of the rules catalogue (rules.h): every row cited and graded, one
 * row in force per id and date, lookups by date, the caller's overrides
 * and the CSV and JSON forms.
 *
 * Expected values from the texts, written out here:
 * - base salary 2,340,000 VND/month from 1 Jul 2024 (Decree 73/2024 Art
 *   3) and 2,530,000 from 1 Jul 2026 (Decree 161/2026 Art 3(2): "Từ ngày
 *   01 tháng 7 năm 2026, mức lương cơ sở là 2.530.000 đồng/tháng");
 * - national targets of the 2025 enforcement year 83.90% / 51.90%;
 * - no mobilised coercion 15 days before and after Tết (Decree 152/2026
 *   Art 42(2)).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

static int is_one_of(const char *s, const char *const *set)
{
	for (; *set != NULL; set++)
		if (strcmp(s, *set) == 0)
			return 1;
	return 0;
}

/* Every row names its rule, scope, unit, citation, confidence and note. */
static void test_every_row_cited_and_graded(void **state)
{
	static const char *const conf[] = {"V", "Vs", "I", "U", NULL};
	static const char *const units[] = {
		"VND",	"VND/month",	"ppm",	  "ppm/year", "hundredths-%",
		"days", "working-days", "months", "years",    "count",
		"flag", "code",		NULL};
	size_t n = enf_rules_catalogue_count(NULL);

	(void)state;
	assert_true(n >= 10);
	for (size_t i = 0; i < n; i++) {
		enf_rule r;

		assert_int_equal(enf_rules_catalogue_at(&r, NULL, i), ENF_OK);
		assert_true(strlen(r.id) > 3);
		assert_true(strlen(r.scope) >= 2);
		assert_true(strlen(r.citation) > 5);
		assert_true(strlen(r.note) > 5);
		assert_true(is_one_of(r.confidence, conf));
		assert_true(is_one_of(r.unit, units));
		assert_int_equal(r.overridden, 0);
		if (r.from != ENF_DATE_NONE && r.to != ENF_DATE_NONE)
			assert_true(r.from <= r.to);
	}
}

/* Two rows of one id never both hold on a day. */
static void test_rows_of_an_id_do_not_overlap(void **state)
{
	size_t n = enf_rules_catalogue_count(NULL);

	(void)state;
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			enf_rule a, b;
			enf_date alo, ahi, blo, bhi;

			assert_int_equal(enf_rules_catalogue_at(&a, NULL, i),
					 ENF_OK);
			assert_int_equal(enf_rules_catalogue_at(&b, NULL, j),
					 ENF_OK);
			if (strcmp(a.id, b.id) != 0)
				continue;
			alo = a.from == ENF_DATE_NONE ? INT32_MIN + 1 : a.from;
			ahi = a.to == ENF_DATE_NONE ? INT32_MAX : a.to;
			blo = b.from == ENF_DATE_NONE ? INT32_MIN + 1 : b.from;
			bhi = b.to == ENF_DATE_NONE ? INT32_MAX : b.to;
			if (!(ahi < blo || bhi < alo))
				fail_msg("rows %zu and %zu of %s overlap", i, j,
					 a.id);
		}
}

/* Decree 161/2026 Art 3(2): 2,530,000 from 1 Jul 2026; Decree 73/2024
 * the day before. */
static void test_value_in_force_on_a_date(void **state)
{
	int64_t v = 0;
	enf_rule row;

	(void)state;
	assert_int_equal(enf_rules_value(&v, &row, NULL, "VN.base_salary",
					 ymd(2026, 7, 1)),
			 ENF_OK);
	assert_int_equal(v, 2530000);
	assert_string_equal(row.unit, "VND/month");
	assert_non_null(strstr(row.citation, "161/2026"));
	assert_int_equal(enf_rules_value(&v, NULL, NULL, "VN.base_salary",
					 ymd(2026, 6, 30)),
			 ENF_OK);
	assert_int_equal(v, 2340000);
	/* The 2025 enforcement year runs 1 Oct 2024 - 30 Sep 2025. */
	assert_int_equal(enf_rules_value(&v, NULL, NULL, "VN.target.cases",
					 ymd(2024, 10, 1)),
			 ENF_OK);
	assert_int_equal(v, 8390);
	assert_int_equal(enf_rules_value(&v, NULL, NULL, "VN.target.money",
					 ymd(2025, 9, 30)),
			 ENF_OK);
	assert_int_equal(v, 5190);
}

static void test_value_bad_input(void **state)
{
	int64_t v = 77;

	(void)state;
	assert_int_equal(enf_rules_value(NULL, NULL, NULL, "VN.base_salary",
					 ymd(2026, 7, 1)),
			 ENF_EINVALID);
	assert_error_names("rules_value", "out");
	assert_int_equal(enf_rules_value(&v, NULL, NULL, NULL, ymd(2026, 7, 1)),
			 ENF_EINVALID);
	assert_error_names("rules_value", "id");
	assert_int_equal(enf_rules_value(&v, NULL, NULL, "VN.no_such_rule",
					 ymd(2026, 7, 1)),
			 ENF_ENOTFOUND);
	assert_error_names("rules_value", "VN.no_such_rule");
	/* Before the first base salary of the table: the date as a date. */
	assert_int_equal(enf_rules_value(&v, NULL, NULL, "VN.base_salary",
					 ymd(2016, 4, 30)),
			 ENF_ENOTFOUND);
	assert_error_names("VN.base_salary", "2016-04-30");
	assert_int_equal(enf_rules_value(&v, NULL, NULL, "VN.base_salary",
					 ENF_DATE_NONE),
			 ENF_ERANGE);
	assert_int_equal(v, 77);
}

static void test_catalogue_at_bad_input(void **state)
{
	enf_rule r;
	size_t n = enf_rules_catalogue_count(NULL);

	(void)state;
	assert_int_equal(enf_rules_catalogue_at(NULL, NULL, 0), ENF_EINVALID);
	assert_int_equal(enf_rules_catalogue_at(&r, NULL, n), ENF_ERANGE);
	assert_error_names("rules_catalogue_at", "i is");
}

/* A caller's row replaces the built-in one on the days it covers, and is
 * listed after the built-in rows, marked. */
static void test_override(void **state)
{
	enf_rulebook *book = NULL;
	int64_t v = 0;
	enf_rule r;
	size_t n0 = enf_rules_catalogue_count(NULL);

	(void)state;
	assert_int_equal(enf_rulebook_new(&book), ENF_OK);
	assert_int_equal(enf_rules_catalogue_count(book), n0);
	assert_int_equal(
		enf_rulebook_override(
			book,
			"# the 2026 targets of a province\n"
			"VN.target.cases 2025-10-01 2026-09-30 8500 "
			"confidence Vs cite \"Provincial plan 2026\" note "
			"\"the province's own target\"\r\n"
			"\n"
			"VN.base_salary 2027-01-01 none 2700000\n"),
		ENF_OK);
	assert_int_equal(enf_rules_catalogue_count(book), n0 + 2);
	assert_int_equal(enf_rules_catalogue_at(&r, book, n0), ENF_OK);
	assert_string_equal(r.id, "VN.target.cases");
	assert_string_equal(r.unit, "hundredths-%");
	assert_string_equal(r.citation, "Provincial plan 2026");
	assert_string_equal(r.confidence, "Vs");
	assert_string_equal(r.note, "the province's own target");
	assert_int_equal(r.overridden, 1);
	assert_int_equal(r.from, ymd(2025, 10, 1));
	assert_int_equal(enf_rules_value(&v, NULL, book, "VN.target.cases",
					 ymd(2026, 3, 31)),
			 ENF_OK);
	assert_int_equal(v, 8500);
	assert_int_equal(enf_rules_catalogue_at(&r, book, n0 + 1), ENF_OK);
	assert_string_equal(r.confidence, "I");
	assert_string_equal(r.citation, "caller override");
	assert_int_equal(r.to, ENF_DATE_NONE);
	/* Outside the caller's days the built-in row still answers. */
	assert_int_equal(enf_rules_value(&v, NULL, book, "VN.base_salary",
					 ymd(2026, 12, 31)),
			 ENF_OK);
	assert_int_equal(v, 2530000);
	assert_int_equal(enf_rules_value(&v, NULL, book, "VN.base_salary",
					 ymd(2027, 1, 1)),
			 ENF_OK);
	assert_int_equal(v, 2700000);
	enf_rulebook_free(book);
	enf_rulebook_free(NULL);
}

/* Each bad line is refused with its line and field named, and the book
 * keeps what it had. */
static void test_override_bad_input(void **state)
{
	static const struct {
		const char *text;
		enf_status st;
		const char *what;
	} bad[] = {
		{"VN.nothing 2026-01-01 none 1\n", ENF_ENOTFOUND,
		 "line 1: id: `VN.nothing`"},
		{"\nVN.base_salary 2026-13-01 none 1\n", ENF_ERANGE,
		 "line 2: from: `2026-13-01`"},
		{"VN.base_salary 2026-01-01 soon 1\n", ENF_ERANGE,
		 "to: `soon`"},
		{"VN.base_salary 2026-01-01 2025-01-01 1\n", ENF_ERANGE,
		 "to: `2025-01-01` is before"},
		{"VN.base_salary 2026-01-01 none\n", ENF_EPARSE,
		 "value: missing"},
		{"VN.base_salary 2026-01-01 none 12x\n", ENF_EPARSE,
		 "value: `12x`"},
		{"VN.base_salary 2026-01-01 none -5\n", ENF_ERANGE,
		 "value: -5 is out of range"},
		{"VN.stats.partial_entrusted_done none none 2\n", ENF_ERANGE,
		 "unit flag"},
		{"VN.base_salary none none 5 confidence sure\n", ENF_EPARSE,
		 "confidence: `sure`"},
		{"VN.base_salary none none 5 cite\n", ENF_EPARSE,
		 "`cite`: needs a word"},
		{"VN.base_salary none none 5 because \"x\"\n", ENF_EPARSE,
		 "expected confidence, cite or note"},
		{"VN.base_salary none none 5 note \"open\n", ENF_EPARSE,
		 "line 1"},
	};
	enf_rulebook *book = NULL;
	size_t n0;

	(void)state;
	assert_int_equal(enf_rulebook_new(&book), ENF_OK);
	assert_int_equal(enf_rulebook_override(book,
					       "VN.base_salary 2030-01-01 none "
					       "3000000\n"),
			 ENF_OK);
	n0 = enf_rules_catalogue_count(book);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		char text[200];

		/* A good first line, so all-or-nothing is tested too. */
		(void)snprintf(text, sizeof text,
			       "VN.base_salary 2031-01-01 none 1\n%s",
			       bad[i].text);
		assert_int_equal(enf_rulebook_override(book, bad[i].text),
				 bad[i].st);
		assert_error_names("rulebook_override", bad[i].what);
		assert_int_equal(enf_rulebook_override(book, text), bad[i].st);
		assert_int_equal(enf_rules_catalogue_count(book), n0);
	}
	assert_int_equal(enf_rulebook_override(NULL, "x"), ENF_EINVALID);
	assert_int_equal(enf_rulebook_override(book, NULL), ENF_EINVALID);
	assert_int_equal(enf_rulebook_new(NULL), ENF_EINVALID);
	enf_rulebook_free(book);
}

static void test_csv_and_json(void **state)
{
	enf_rulebook *book = NULL;
	char *csv = NULL, *json = NULL;
	size_t len = 0;

	(void)state;
	assert_int_equal(enf_rulebook_new(&book), ENF_OK);
	assert_int_equal(
		enf_rulebook_override(book,
				      "VN.target.money 2025-10-01 2026-09-30 "
				      "5300 note \"a \\\"quoted\\\", note\"\n"),
		ENF_OK);
	assert_int_equal(enf_rules_catalogue_to_csv(&csv, &len, book), ENF_OK);
	assert_int_equal(strlen(csv), len);
	assert_non_null(strstr(csv, "id,scope,from,to,value,unit,citation,"
				    "confidence,note,overridden\n"));
	assert_non_null(strstr(csv, "VN.base_salary,VN,2026-07-01,,2530000,"
				    "VND/month,"));
	assert_non_null(strstr(csv, "VN.target.money,VN,2025-10-01,2026-09-30,"
				    "5300,hundredths-%,caller override,I,"
				    "\"a \"\"quoted\"\", note\",1\n"));
	assert_int_equal(enf_rules_catalogue_to_json(&json, NULL, book),
			 ENF_OK);
	assert_non_null(strstr(json, "{\"id\": \"VN.base_salary\", \"scope\": "
				     "\"VN\", \"from\": \"2026-07-01\", "
				     "\"to\": null, \"value\": 2530000"));
	assert_non_null(strstr(json, "\"note\": \"a \\\"quoted\\\", note\", "
				     "\"overridden\": true}\n]}\n"));
	assert_memory_equal(json,
			    "{\"schema\": \"enforcement-rules-catalogue/1\", "
			    "\"rules\": [\n",
			    55);
	enf_io_free(csv);
	enf_io_free(json);
	assert_int_equal(enf_rules_catalogue_to_csv(NULL, NULL, NULL),
			 ENF_EINVALID);
	assert_int_equal(enf_rules_catalogue_to_json(NULL, NULL, NULL),
			 ENF_EINVALID);
	enf_rulebook_free(book);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_row_cited_and_graded),
		cmocka_unit_test(test_rows_of_an_id_do_not_overlap),
		cmocka_unit_test(test_value_in_force_on_a_date),
		cmocka_unit_test(test_value_bad_input),
		cmocka_unit_test(test_catalogue_at_bad_input),
		cmocka_unit_test(test_override),
		cmocka_unit_test(test_override_bad_input),
		cmocka_unit_test(test_csv_and_json),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
