/*
 * The review list (review.h): the "hot spots" a province reviews (Lạng
 * Sơn, 2025: every case with means for over a year and not done, large
 * cases, corruption and economic cases, difficult ones), each criterion,
 * the two rankings and bad input. Ages are counted by hand below.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>

#include "test_helpers.h"

#define MILLION 1000000LL

static void apply(enf_case *c, enf_event_kind kind, enf_date d, int32_t detail,
		  enf_money amount)
{
	enf_event ev = {kind, d, detail, amount, ENF_INDEX_NONE};

	assert_int_equal(enf_case_apply(c, &ev), ENF_OK);
}

/* A case decided on `decided` and classified with (means 1) or without
 * means on `classified`, owing `owed` to one creditor. */
static enf_case *add_case(enf_register *reg, const char *office, const char *no,
			  enf_mode mode, unsigned flags, enf_money owed,
			  enf_date decided, enf_date classified, int means)
{
	enf_case_info info = ENF_CASE_INFO_INIT;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "A", NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_ORGANISATION, "B",
			      NULL};
	enf_obligation o = {ENF_OBL_OTHER_MONEY, owed, 0, 1, 0};
	enf_case *c = NULL;

	info.office = office;
	info.decision_no = no;
	info.decision_date = decided;
	info.mode = mode;
	info.flags = flags;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &debtor), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &creditor), ENF_OK);
	assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
	if (mode == ENF_MODE_REQUEST)
		apply(c, ENF_EV_REQUEST_RECEIVED, decided, 0, 0);
	apply(c, ENF_EV_DECISION_ISSUED, decided, 0, 0);
	apply(c, ENF_EV_CLASSIFIED, classified, means, 0);
	assert_int_equal(enf_register_add(reg, c), ENF_OK);
	return c;
}

/*
 * Index: case (office, number, mode, flags), owed, with means since,
 * further events:
 *   0 A  LS-BG 1/QĐ request, 199.1 bn, with means since 2022-03-01
 *   1 B  LS-BG 2/QĐ agency, difficult, 50 M, with means since 2025-01-10
 *   2 C  LS-TP 1/QĐ request, corruption, 800 M, with means since
 *        2023-05-05, 300 M collected on 2024-02-01: 500 M outstanding
 *   3 D  LS-TP 2/QĐ request, 900 M, with means 2023-01-01, done
 *        2024-06-01 (never listed: done)
 *   4 E  LS-TP 3/QĐ request, 2 bn, without means since 2022-01-01
 *   5 F  LS-CL 1/QĐ agency, 500 M, with means since 2024-06-30
 */
static enf_register *sample(void)
{
	enf_register *reg = NULL;
	enf_case *c;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	add_case(reg, "LS-BG", "1/QĐ", ENF_MODE_REQUEST, 0, 199100 * MILLION,
		 ymd(2022, 1, 10), ymd(2022, 3, 1), 1);
	add_case(reg, "LS-BG", "2/QĐ", ENF_MODE_AGENCY, ENF_CASE_DIFFICULT,
		 50 * MILLION, ymd(2024, 12, 2), ymd(2025, 1, 10), 1);
	c = add_case(reg, "LS-TP", "1/QĐ", ENF_MODE_REQUEST,
		     ENF_CASE_CORRUPTION, 800 * MILLION, ymd(2023, 4, 3),
		     ymd(2023, 5, 5), 1);
	apply(c, ENF_EV_COLLECTED, ymd(2024, 2, 1), 0, 300 * MILLION);
	c = add_case(reg, "LS-TP", "2/QĐ", ENF_MODE_REQUEST, 0, 900 * MILLION,
		     ymd(2022, 12, 1), ymd(2023, 1, 1), 1);
	apply(c, ENF_EV_COLLECTED, ymd(2024, 6, 1), 0, 900 * MILLION);
	apply(c, ENF_EV_DONE, ymd(2024, 6, 1), 0, 0);
	add_case(reg, "LS-TP", "3/QĐ", ENF_MODE_REQUEST, 0, 2000 * MILLION,
		 ymd(2021, 11, 1), ymd(2022, 1, 1), 0);
	add_case(reg, "LS-CL", "1/QĐ", ENF_MODE_AGENCY, 0, 500 * MILLION,
		 ymd(2024, 6, 3), ymd(2024, 6, 30), 1);
	return reg;
}

static enf_review_options options(void)
{
	enf_review_options o = ENF_REVIEW_OPTIONS_INIT;

	o.date = ymd(2025, 6, 30);
	return o;
}

/* The indices of the list, in order, as "0 5 2 1". */
static void assert_list(const enf_register *reg, const enf_review_options *o,
			const char *want)
{
	enf_review_item items[8];
	size_t n = 99, n2 = 99;
	char got[64] = "";

	assert_int_equal(enf_register_review(items, 8, &n, reg, o), ENF_OK);
	for (size_t i = 0; i < n; i++)
		(void)snprintf(got + strlen(got), sizeof(got) - strlen(got),
			       "%s%zu", i ? " " : "", items[i].case_index);
	assert_string_equal(got, want);
	assert_int_equal(enf_register_review_count(&n2, reg, o), ENF_OK);
	assert_int_equal(n2, n);
}

static void test_review__options_init(void **state)
{
	enf_review_options o, init = ENF_REVIEW_OPTIONS_INIT;

	(void)state;
	memset(&o, 0x5a, sizeof(o));
	assert_int_equal(enf_review_options_init(&o, 1), ENF_OK);
	assert_int_equal(o.version, init.version);
	assert_int_equal(o.date, ENF_DATE_NONE);
	assert_null(o.office);
	assert_int_equal(o.since_before, ENF_DATE_NONE);
	assert_int_equal(o.order, ENF_REVIEW_BY_OUTSTANDING);
	assert_int_equal(enf_review_options_init(&o, 2), ENF_EVERSION);
	assert_error_names("review_options_init", "version");
	assert_int_equal(enf_review_options_init(NULL, 1), ENF_EINVALID);
}

/* With no criterion: every case with means and not done, by money, ties
 * (C and F, 500 M each) by office: LS-CL before LS-TP. */
static void test_review__default_by_money(void **state)
{
	enf_register *reg = sample();
	enf_review_options o = options();
	enf_review_item items[4];
	size_t n = 0;

	(void)state;
	assert_list(reg, &o, "0 5 2 1");
	assert_int_equal(enf_register_review(items, 4, &n, reg, &o), ENF_OK);
	assert_int_equal(items[0].state, ENF_STATE_WITH_MEANS);
	assert_int_equal(items[0].since, ymd(2022, 3, 1));
	assert_int_equal(items[0].outstanding, 199100 * MILLION);
	/* 2022-03-01 to 2025-03-01: 365 + 366 + 365 = 1096 days; then
	 * March 31 + April 30 + May 31 + June 29 = 121: 1217. */
	assert_int_equal(items[0].age_days, 1217);
	assert_int_equal(items[0].reasons, 0);
	assert_int_equal(items[2].outstanding, 500 * MILLION); /* C: 800-300 */
	enf_register_free(reg);
}

/* By age: the earliest "since" first. */
static void test_review__by_age(void **state)
{
	enf_register *reg = sample();
	enf_review_options o = options();

	(void)state;
	o.order = ENF_REVIEW_BY_AGE;
	assert_list(reg, &o, "0 2 5 1");
	enf_register_free(reg);
}

/* With means for over a year on 2025-06-30: since before 2024-07-01. F
 * (since 2024-06-30) is in, by one day. */
static void test_review__age_criterion(void **state)
{
	enf_register *reg = sample();
	enf_review_options o = options();
	enf_review_item items[4];
	size_t n = 0;

	(void)state;
	o.since_before = ymd(2024, 7, 1);
	assert_list(reg, &o, "0 5 2");
	assert_int_equal(enf_register_review(items, 4, &n, reg, &o), ENF_OK);
	assert_int_equal(items[1].reasons, ENF_REVIEW_AGE);
	assert_int_equal(items[1].age_days, 365); /* 2024-06-30 to -06-30 */
	o.since_before = ymd(2024, 6, 30);
	assert_list(reg, &o, "0 2");
	enf_register_free(reg);
}

static void test_review__money_and_flags(void **state)
{
	enf_register *reg = sample();
	enf_review_options o = options();

	(void)state;
	o.min_outstanding = 500 * MILLION;
	assert_list(reg, &o, "0 5 2");
	o.min_outstanding = 500 * MILLION + 1;
	assert_list(reg, &o, "0");
	o.min_outstanding = 0;
	o.flags = ENF_CASE_CORRUPTION | ENF_CASE_DIFFICULT;
	assert_list(reg, &o, "2 1");
	o.flags = ENF_CASE_DIFFICULT;
	assert_list(reg, &o, "1");
	enf_register_free(reg);
}

/* All criteria, or any: the reasons say which were met. */
static void test_review__match_all_or_any(void **state)
{
	enf_register *reg = sample();
	enf_review_options o = options();
	enf_review_item items[4];
	size_t n = 0;

	(void)state;
	o.since_before = ymd(2024, 7, 1);
	o.flags = ENF_CASE_CORRUPTION | ENF_CASE_DIFFICULT;
	assert_list(reg, &o, "2");
	o.match_any = 1;
	assert_list(reg, &o, "0 5 2 1");
	assert_int_equal(enf_register_review(items, 4, &n, reg, &o), ENF_OK);
	assert_int_equal(items[0].reasons, ENF_REVIEW_AGE);
	assert_int_equal(items[2].reasons, ENF_REVIEW_AGE | ENF_REVIEW_FLAGS);
	assert_int_equal(items[3].reasons, ENF_REVIEW_FLAGS);
	enf_register_free(reg);
}

/* The scope: office, modes, states. */
static void test_review__scope(void **state)
{
	enf_register *reg = sample();
	enf_review_options o = options();

	(void)state;
	o.office = "LS-TP";
	assert_list(reg, &o, "2");
	o.office = "LS-XX";
	assert_list(reg, &o, "");
	o.office = NULL;
	o.modes = 1u << ENF_MODE_AGENCY;
	assert_list(reg, &o, "5 1");
	o.modes = 0;
	o.states = 1u << ENF_STATE_WITHOUT_MEANS;
	assert_list(reg, &o, "4");
	o.states = 1u << ENF_STATE_DONE;
	assert_list(reg, &o, "3");
	/* On an earlier date the state of that day counts: on 2024-05-01
	 * D was not yet done, B and F not yet classified. */
	o.states = 0;
	o.date = ymd(2024, 5, 1);
	assert_list(reg, &o, "0 3 2");
	enf_register_free(reg);
}

/* The two-call convention: count first, then fill. */
static void test_review__buffer(void **state)
{
	enf_register *reg = sample();
	enf_review_options o = options();
	enf_review_item items[4];
	size_t n = 0;

	(void)state;
	memset(items, 0x77, sizeof(items));
	assert_int_equal(enf_register_review(NULL, 0, &n, reg, &o),
			 ENF_EBUFSIZE);
	assert_int_equal(n, 4);
	assert_int_equal(enf_register_review(items, 3, &n, reg, &o),
			 ENF_EBUFSIZE);
	assert_int_equal(n, 4);
	assert_error_names("register_review", "cap is 3");
	assert_int_equal(items[0].case_index, (size_t)0x7777777777777777ull);
	o.office = "LS-XX";
	assert_int_equal(enf_register_review(NULL, 0, &n, reg, &o), ENF_OK);
	assert_int_equal(n, 0);
	enf_register_free(reg);
}

static void expect_bad(const enf_register *reg, const enf_review_options *o,
		       enf_status want, const char *what)
{
	enf_review_item items[8];
	size_t n = 42, m = 43;

	memset(items, 0x77, sizeof(items));
	assert_int_equal(enf_register_review(items, 8, &n, reg, o), want);
	assert_error_names("register_review", what);
	assert_int_equal(n, 42);
	assert_int_equal(items[0].case_index, (size_t)0x7777777777777777ull);
	assert_int_equal(enf_register_review_count(&m, reg, o), want);
	assert_error_names("register_review_count", what);
	assert_int_equal(m, 43);
}

static void test_review__bad_input(void **state)
{
	enf_register *reg = sample();
	enf_review_options o = options(), b;
	enf_review_item items[2];
	size_t n = 0;

	(void)state;
	assert_int_equal(enf_register_review(items, 2, NULL, reg, &o),
			 ENF_EINVALID);
	assert_error_names("register_review", "count");
	assert_int_equal(enf_register_review(items, 2, &n, NULL, &o),
			 ENF_EINVALID);
	assert_error_names("register_review", "reg");
	assert_int_equal(enf_register_review(items, 2, &n, reg, NULL),
			 ENF_EINVALID);
	assert_error_names("register_review", "opts");
	assert_int_equal(enf_register_review(NULL, 2, &n, reg, &o),
			 ENF_EINVALID);
	assert_error_names("register_review", "out is NULL");
	assert_int_equal(enf_register_review_count(NULL, reg, &o),
			 ENF_EINVALID);
	assert_error_names("register_review_count", "out");
	b = o, b.version = 0;
	expect_bad(reg, &b, ENF_EVERSION, "version");
	b = o, b.version = 2;
	expect_bad(reg, &b, ENF_EVERSION, "version");
	b = o, b.date = ENF_DATE_NONE;
	expect_bad(reg, &b, ENF_EINVALID, "date is none");
	b = o, b.date = ENF_DATE_MAX + 1;
	expect_bad(reg, &b, ENF_ERANGE, "date");
	b = o, b.since_before = ymd(2025, 7, 1);
	expect_bad(reg, &b, ENF_EINVALID,
		   "since_before is 2025-07-01, after date "
		   "2025-06-30");
	b = o, b.since_before = ENF_DATE_MIN - 1;
	expect_bad(reg, &b, ENF_ERANGE, "since_before");
	b = o, b.min_outstanding = -1;
	expect_bad(reg, &b, ENF_EINVALID, "min_outstanding is -1");
	b = o, b.match_any = 2;
	expect_bad(reg, &b, ENF_EINVALID, "match_any is 2");
	b = o, b.order = (enf_review_order)2;
	expect_bad(reg, &b, ENF_EINVALID, "order is 2");
	b = o, b.modes = 0x4;
	expect_bad(reg, &b, ENF_EINVALID, "modes is 0x4");
	b = o, b.flags = 0x10;
	expect_bad(reg, &b, ENF_EINVALID, "flags is 0x10");
	b = o, b.states = 1u << ENF_STATE_COUNT;
	expect_bad(reg, &b, ENF_EINVALID, "states");
	enf_register_free(reg);
}

/* The new flag goes through CSV and JSON as "difficult". */
static void test_review__difficult_flag_io(void **state)
{
	enf_register *reg = sample(), *back = NULL;
	char *csv = NULL, *json = NULL;
	enf_case *c = NULL;
	enf_case_info info;

	(void)state;
	assert_int_equal(enf_io_export_csv(&csv, NULL, reg, ENF_IO_CASES),
			 ENF_OK);
	assert_non_null(strstr(csv, ",difficult\n"));
	assert_int_equal(enf_io_export_json(&json, NULL, reg), ENF_OK);
	assert_non_null(strstr(json, "\"difficult\""));
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(enf_io_import_json(back, json, NULL), ENF_OK);
	assert_int_equal(enf_register_find(&c, back, "LS-BG", "2/QĐ"), ENF_OK);
	assert_int_equal(enf_case_info_get(&info, c), ENF_OK);
	assert_int_equal(info.flags, ENF_CASE_DIFFICULT);
	enf_free(csv);
	enf_free(json);
	enf_register_free(back);
	enf_register_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_review__options_init),
		cmocka_unit_test(test_review__default_by_money),
		cmocka_unit_test(test_review__by_age),
		cmocka_unit_test(test_review__age_criterion),
		cmocka_unit_test(test_review__money_and_flags),
		cmocka_unit_test(test_review__match_all_or_any),
		cmocka_unit_test(test_review__scope),
		cmocka_unit_test(test_review__buffer),
		cmocka_unit_test(test_review__bad_input),
		cmocka_unit_test(test_review__difficult_flag_io),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
