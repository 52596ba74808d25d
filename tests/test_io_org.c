/*
 * Tests of enf_io_org_from_csv(): the organisation tree of a register
 * from its offices.csv (office, province and their names), the rollup of
 * the sample's offices to their province with it, and every kind of bad
 * file, each refused with the file, the line and the field.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>

#include "test_helpers.h"

/* Two provinces of the reorganisation of 1 Jul 2025, columns in another
 * order than the sample's, a byte-order mark, CRLF line ends, a quoted
 * name with a comma, an office without a name. */
static const char two_provinces[] =
	"\xEF\xBB\xBFprovince,office,province_name,office_name\r\n"
	"LS,LS-TP,Lạng Sơn,\"Thành phố Lạng Sơn, khu vực 1\"\r\n"
	"LS,LS-HL,Lạng Sơn,Hữu Lũng\r\n"
	"CB,CB-TP,Cao Bằng,\r\n"
	"CB,CB-HQ,,Hà Quảng\r\n";

static void test_io_org__two_provinces(void **state)
{
	enf_org *org = NULL;
	const char *s = NULL;
	enf_date from = ymd(2025, 7, 1), on = ymd(2025, 9, 30);

	(void)state;
	assert_int_equal(enf_io_org_from_csv(&org, two_provinces, from),
			 ENF_OK);
	assert_non_null(org);
	assert_int_equal(enf_org_parent(&s, org, "LS-TP", on), ENF_OK);
	assert_string_equal(s, "LS");
	assert_int_equal(enf_org_parent(&s, org, "CB-HQ", on), ENF_OK);
	assert_string_equal(s, "CB");
	assert_int_equal(enf_org_parent(&s, org, "LS", on), ENF_OK);
	assert_string_equal(s, "");
	assert_int_equal(enf_org_name(&s, org, "LS", on), ENF_OK);
	assert_string_equal(s, "Lạng Sơn");
	assert_int_equal(enf_org_name(&s, org, "CB", on), ENF_OK);
	assert_string_equal(s, "Cao Bằng");
	assert_int_equal(enf_org_name(&s, org, "LS-TP", on), ENF_OK);
	assert_string_equal(s, "Thành phố Lạng Sơn, khu vực 1");
	/* No office_name: the code. */
	assert_int_equal(enf_org_name(&s, org, "CB-TP", on), ENF_OK);
	assert_string_equal(s, "CB-TP");
	/* The units exist from `from` on, not before. */
	assert_int_equal(enf_org_parent(&s, org, "LS-TP", ymd(2025, 6, 30)),
			 ENF_ENOTFOUND);
	enf_org_free(org);
}

/* The sample's six offices roll up to Lạng Sơn: the province's report is
 * the sum of the offices' (its done by cases the sum of theirs). */
static void test_io_org__sample_rollup(void **state)
{
	enf_register *reg = NULL;
	enf_stats_report **reps = NULL, *prov = NULL;
	enf_org *org = NULL;
	enf_period year;
	size_t n = 0;
	int64_t sum = 0, v, total;
	char *text;
	FILE *f;
	long len;

	(void)state;
	f = fopen(ENF_SAMPLE_DIR "/offices.csv", "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	len = ftell(f);
	fseek(f, 0, SEEK_SET);
	text = calloc((size_t)len + 1, 1);
	assert_non_null(text);
	assert_int_equal(fread(text, 1, (size_t)len, f), (size_t)len);
	fclose(f);
	assert_int_equal(enf_io_org_from_csv(&org, text, ymd(1900, 1, 1)),
			 ENF_OK);
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(reg, ENF_SAMPLE_DIR), ENF_OK);
	assert_int_equal(enf_period_cumulative(&year, 2025, 12), ENF_OK);
	assert_int_equal(enf_stats_report_by_office(&reps, &n, reg, &year),
			 ENF_OK);
	assert_int_equal(n, 6);
	for (size_t i = 0; i < n; i++) {
		assert_int_equal(
			enf_stats_report_get(&v, reps[i], ENF_GROUP_ALL,
					     ENF_BY_CASES, ENF_IND_DONE),
			ENF_OK);
		sum += v;
	}
	assert_int_equal(enf_org_rollup(&prov, org, "LS", year.last,
					(const enf_stats_report *const *)reps,
					n),
			 ENF_OK);
	assert_int_equal(enf_stats_report_get(&total, prov, ENF_GROUP_ALL,
					      ENF_BY_CASES, ENF_IND_DONE),
			 ENF_OK);
	assert_int_equal(total, sum);
	assert_string_equal(enf_stats_report_unit(prov), "LS");
	enf_stats_report_free(prov);
	enf_stats_reports_free(reps, n);
	enf_register_free(reg);
	enf_org_free(org);
	free(text);
}

/* A bad file: the status, the words of the message, no tree. */
static void refused(const char *text, enf_status want, const char *words)
{
	enf_org *org = (enf_org *)&org; /* not NULL: must become NULL */

	assert_int_equal(enf_io_org_from_csv(&org, text, ymd(2025, 7, 1)),
			 want);
	assert_null(org);
	assert_error_names("io_org_from_csv", words);
}

static void test_io_org__bad_files(void **state)
{
	(void)state;
	refused("", ENF_EPARSE, "offices.csv:1: the file is empty");
	refused("\r\n\r\n", ENF_EPARSE, "the file is empty");
	refused("office\nLS-TP\n", ENF_EPARSE,
		"offices.csv:1: header: no column \"province\"");
	refused("office,province,district\nLS-TP,LS,x\n", ENF_EPARSE,
		"offices.csv:1: header: column \"district\" is unknown");
	refused("office,province,office\nLS-TP,LS,x\n", ENF_EPARSE,
		"column \"office\" is given twice");
	refused("office,province\nLS-TP,LS\nLS-HL\n", ENF_EPARSE,
		"offices.csv:3: row: 1 field; the header has 2");
	refused("office,province\nLS-TP,LS\nLS-TP,LS\n", ENF_EINVALID,
		"offices.csv:3: office: ");
	refused("office,province\n,LS\n", ENF_EINVALID,
		"offices.csv:2: office: ");
	refused("office,province\nLS-TP,\n", ENF_EINVALID,
		"offices.csv:2: province: ");
	refused("office,province,province_name\nLS-TP,LS,Lạng Sơn\n"
		"LS-HL,LS,Lang Son\n",
		ENF_EPARSE,
		"offices.csv:3: province_name: \"Lang Son\" differs from "
		"\"Lạng Sơn\"");
	refused("office,province\nLS-TP,LS\n\nLS-HL,LS\n", ENF_EPARSE,
		"offices.csv:3: row: a blank line between rows");
	refused("office,province\n\"LS-TP,LS\n", ENF_EPARSE,
		"offices.csv:2: row: a malformed quoted field");
	refused("office,province,province_name\nLS-TP,LS,\"a\xff\"\n",
		ENF_EINVALID, "offices.csv:2: province: ");
}

static void test_io_org__bad_arguments(void **state)
{
	enf_org *org = (enf_org *)&org;

	(void)state;
	assert_int_equal(enf_io_org_from_csv(NULL, "office,province\n", 0),
			 ENF_EINVALID);
	assert_error_names("io_org_from_csv", "out is NULL");
	assert_int_equal(enf_io_org_from_csv(&org, NULL, 0), ENF_EINVALID);
	assert_null(org);
	assert_error_names("io_org_from_csv", "text is NULL");
	org = (enf_org *)&org;
	assert_int_equal(
		enf_io_org_from_csv(&org, "office,province\n", ENF_DATE_NONE),
		ENF_ERANGE);
	assert_null(org);
	assert_error_names("io_org_from_csv", "from is not a valid date");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_io_org__two_provinces),
		cmocka_unit_test(test_io_org__sample_rollup),
		cmocka_unit_test(test_io_org__bad_files),
		cmocka_unit_test(test_io_org__bad_arguments),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
