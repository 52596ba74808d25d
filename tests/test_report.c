/*
 * Tests of the reporting periods of date.h: the enforcement year runs
 * 1 October to 30 September and is named by the year in which it ends;
 * reports are cumulative from 1 October (Circular 06/2019/TT-BTP Art 4);
 * the inter-agency cut-offs are 31 December, 31 March, 31 July and
 * 30 September (Joint Circular 12/2021/TTLT Art 6).
 *
 * Every expected value comes from those rules and the Gregorian month
 * lengths; none was produced by running the code under test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

static void assert_period(const enf_period *p, enf_date first, enf_date last)
{
	assert_int_equal(p->first, first);
	assert_int_equal(p->last, last);
}

/* A period pre-filled with a sentinel, to see it unchanged on error. */
#define SENTINEL_PERIOD                                                        \
	{                                                                      \
		111, 222                                                       \
	}

static void assert_sentinel(const enf_period *p)
{
	assert_int_equal(p->first, 111);
	assert_int_equal(p->last, 222);
}

/* ---------------------------------------------------------------------- */

static void test_report__year_of(void **state)
{
	int y = -1;

	(void)state;
	/* 2024-10-01 .. 2025-09-30 is enforcement year 2025. */
	assert_int_equal(enf_report_year_of(&y, ymd(2024, 10, 1)), ENF_OK);
	assert_int_equal(y, 2025);
	assert_int_equal(enf_report_year_of(&y, ymd(2025, 1, 13)), ENF_OK);
	assert_int_equal(y, 2025);
	assert_int_equal(enf_report_year_of(&y, ymd(2025, 9, 30)), ENF_OK);
	assert_int_equal(y, 2025);
	assert_int_equal(enf_report_year_of(&y, ymd(2025, 10, 1)), ENF_OK);
	assert_int_equal(y, 2026);
	assert_int_equal(enf_report_year_of(&y, ymd(2024, 9, 30)), ENF_OK);
	assert_int_equal(y, 2024);
	assert_int_equal(enf_report_year_of(&y, ymd(2025, 12, 31)), ENF_OK);
	assert_int_equal(y, 2026);
	/* Range ends: 0001-01-01 is in year 1, 9999-09-30 in year 9999. */
	assert_int_equal(enf_report_year_of(&y, ENF_DATE_MIN), ENF_OK);
	assert_int_equal(y, 1);
	assert_int_equal(enf_report_year_of(&y, ymd(9999, 9, 30)), ENF_OK);
	assert_int_equal(y, 9999);
}

static void test_report__year_of_bad_input(void **state)
{
	int y = 4242;

	(void)state;
	/* 9999-10-01 would be in enforcement year 10000. */
	assert_int_equal(enf_report_year_of(&y, ymd(9999, 10, 1)), ENF_ERANGE);
	assert_error_names("report_year_of", "9999-10-01");
	assert_int_equal(enf_report_year_of(&y, ENF_DATE_MAX), ENF_ERANGE);
	assert_error_names("report_year_of", "9999-12-31");
	assert_int_equal(enf_report_year_of(&y, ENF_DATE_MAX + 1), ENF_ERANGE);
	assert_error_names("report_year_of", "2932897");
	assert_int_equal(enf_report_year_of(&y, ENF_DATE_MIN - 1), ENF_ERANGE);
	assert_error_names("report_year_of", "-719163");
	assert_int_equal(y, 4242);
	assert_int_equal(enf_report_year_of(NULL, 0), ENF_EINVALID);
	assert_error_names("report_year_of", "out");
}

static void test_report__month(void **state)
{
	enf_period p = {0, 0};

	(void)state;
	/* Month 1 of 2025 is October 2024. */
	assert_int_equal(enf_report_month(&p, 2025, 1), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2024, 10, 31));
	/* Month 3 is December 2024, month 4 January 2025. */
	assert_int_equal(enf_report_month(&p, 2025, 3), ENF_OK);
	assert_period(&p, ymd(2024, 12, 1), ymd(2024, 12, 31));
	assert_int_equal(enf_report_month(&p, 2025, 4), ENF_OK);
	assert_period(&p, ymd(2025, 1, 1), ymd(2025, 1, 31));
	/* Month 5 is February 2025: 28 days. */
	assert_int_equal(enf_report_month(&p, 2025, 5), ENF_OK);
	assert_period(&p, ymd(2025, 2, 1), ymd(2025, 2, 28));
	assert_int_equal(p.last - p.first + 1, 28);
	/* February 2024 has 29. */
	assert_int_equal(enf_report_month(&p, 2024, 5), ENF_OK);
	assert_period(&p, ymd(2024, 2, 1), ymd(2024, 2, 29));
	/* Month 12 is September 2025. */
	assert_int_equal(enf_report_month(&p, 2025, 12), ENF_OK);
	assert_period(&p, ymd(2025, 9, 1), ymd(2025, 9, 30));
	/* Range ends: year 2 begins in October of year 1. */
	assert_int_equal(enf_report_month(&p, 2, 1), ENF_OK);
	assert_period(&p, ymd(1, 10, 1), ymd(1, 10, 31));
	assert_int_equal(enf_report_month(&p, 9999, 12), ENF_OK);
	assert_period(&p, ymd(9999, 9, 1), ymd(9999, 9, 30));
}

/* The twelve months of a year tile 1 October .. 30 September. */
static void test_report__months_tile_the_year(void **state)
{
	enf_period p = {0, 0};
	enf_date next = ymd(2024, 10, 1);

	(void)state;
	for (int k = 1; k <= 12; k++) {
		assert_int_equal(enf_report_month(&p, 2025, k), ENF_OK);
		assert_int_equal(p.first, next);
		assert_true(p.last - p.first + 1 >= 28);
		assert_true(p.last - p.first + 1 <= 31);
		next = p.last + 1;
	}
	assert_int_equal(next, ymd(2025, 10, 1));
	/* Oct 2024 .. Sep 2025 has no 29 February: 365 days. */
	assert_int_equal(next - ymd(2024, 10, 1), 365);
}

static void test_report__month_bad_input(void **state)
{
	enf_period p = SENTINEL_PERIOD;

	(void)state;
	assert_int_equal(enf_report_month(&p, 2025, 0), ENF_ERANGE);
	assert_error_names("report_month", "k is 0");
	assert_int_equal(enf_report_month(&p, 2025, 13), ENF_ERANGE);
	assert_error_names("report_month", "k is 13");
	assert_int_equal(enf_report_month(&p, 2025, -1), ENF_ERANGE);
	assert_error_names("report_month", "k is -1");
	/* Year 1 would begin in October of year 0. */
	assert_int_equal(enf_report_month(&p, 1, 12), ENF_ERANGE);
	assert_error_names("report_month", "year is 1");
	assert_int_equal(enf_report_month(&p, 10000, 1), ENF_ERANGE);
	assert_error_names("report_month", "year is 10000");
	assert_int_equal(enf_report_month(&p, 0, 1), ENF_ERANGE);
	assert_sentinel(&p);
	assert_int_equal(enf_report_month(NULL, 2025, 1), ENF_EINVALID);
	assert_error_names("report_month", "out");
}

static void test_report__cumulative(void **state)
{
	enf_period p = {0, 0};

	(void)state;
	/* Six months of 2025: 1 Oct 2024 .. 31 Mar 2025, the "first six
	 * months of 2025" of the Lạng Sơn report. */
	assert_int_equal(enf_report_cumulative(&p, 2025, 6), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2025, 3, 31));
	assert_int_equal(enf_report_cumulative(&p, 2025, 1), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2024, 10, 31));
	assert_int_equal(enf_report_cumulative(&p, 2025, 3), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2024, 12, 31));
	assert_int_equal(enf_report_cumulative(&p, 2025, 5), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2025, 2, 28));
	assert_int_equal(enf_report_cumulative(&p, 2024, 5), ENF_OK);
	assert_period(&p, ymd(2023, 10, 1), ymd(2024, 2, 29));
	/* k = 12 is the whole year. */
	assert_int_equal(enf_report_cumulative(&p, 2025, 12), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2025, 9, 30));
	assert_int_equal(enf_report_cumulative(&p, 2, 12), ENF_OK);
	assert_period(&p, ymd(1, 10, 1), ymd(2, 9, 30));
	assert_int_equal(enf_report_cumulative(&p, 9999, 12), ENF_OK);
	assert_period(&p, ymd(9998, 10, 1), ymd(9999, 9, 30));
}

static void test_report__cumulative_bad_input(void **state)
{
	enf_period p = SENTINEL_PERIOD;

	(void)state;
	assert_int_equal(enf_report_cumulative(&p, 2025, 0), ENF_ERANGE);
	assert_error_names("report_cumulative", "k is 0");
	assert_int_equal(enf_report_cumulative(&p, 2025, 13), ENF_ERANGE);
	assert_error_names("report_cumulative", "k is 13");
	assert_int_equal(enf_report_cumulative(&p, 1, 6), ENF_ERANGE);
	assert_error_names("report_cumulative", "year is 1");
	assert_int_equal(enf_report_cumulative(&p, 10000, 6), ENF_ERANGE);
	assert_error_names("report_cumulative", "year is 10000");
	assert_sentinel(&p);
	assert_int_equal(enf_report_cumulative(NULL, 2025, 6), ENF_EINVALID);
	assert_error_names("report_cumulative", "out");
}

static void test_report__to_date(void **state)
{
	enf_period p = {0, 0};

	(void)state;
	assert_int_equal(enf_report_to_date(&p, ymd(2025, 1, 13)), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2025, 1, 13));
	/* The first day of a year is a one-day period. */
	assert_int_equal(enf_report_to_date(&p, ymd(2025, 10, 1)), ENF_OK);
	assert_period(&p, ymd(2025, 10, 1), ymd(2025, 10, 1));
	assert_int_equal(enf_report_to_date(&p, ymd(2025, 9, 30)), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2025, 9, 30));
	assert_int_equal(enf_report_to_date(&p, ymd(2024, 12, 31)), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2024, 12, 31));
	/* Range ends: 0001-10-01 starts year 2; 9999-09-30 ends year 9999. */
	assert_int_equal(enf_report_to_date(&p, ymd(1, 10, 1)), ENF_OK);
	assert_period(&p, ymd(1, 10, 1), ymd(1, 10, 1));
	assert_int_equal(enf_report_to_date(&p, ymd(9999, 9, 30)), ENF_OK);
	assert_period(&p, ymd(9998, 10, 1), ymd(9999, 9, 30));
}

static void test_report__to_date_bad_input(void **state)
{
	enf_period p = SENTINEL_PERIOD;

	(void)state;
	/* Year 1 would begin on 0000-10-01, before the first date. */
	assert_int_equal(enf_report_to_date(&p, ENF_DATE_MIN), ENF_ERANGE);
	assert_error_names("report_to_date", "year is 1");
	assert_int_equal(enf_report_to_date(&p, ymd(1, 9, 30)), ENF_ERANGE);
	assert_error_names("report_to_date", "year is 1");
	/* 9999-10-01 would be in year 10000. */
	assert_int_equal(enf_report_to_date(&p, ymd(9999, 10, 1)), ENF_ERANGE);
	assert_error_names("report_to_date", "9999-10-01");
	assert_int_equal(enf_report_to_date(&p, ENF_DATE_MAX + 1), ENF_ERANGE);
	assert_error_names("report_to_date", "2932897");
	assert_sentinel(&p);
	assert_int_equal(enf_report_to_date(NULL, 0), ENF_EINVALID);
	assert_error_names("report_to_date", "out");
}

static void test_report__same_period_last_year(void **state)
{
	enf_period in = {0, 0}, out = {0, 0};

	(void)state;
	/* Six months of 2025 against six months of 2024. */
	in.first = ymd(2024, 10, 1);
	in.last = ymd(2025, 3, 31);
	assert_int_equal(enf_report_same_period_last_year(&out, &in), ENF_OK);
	assert_period(&out, ymd(2023, 10, 1), ymd(2024, 3, 31));
	/* A 29 February end becomes 28 February. */
	in.first = ymd(2023, 10, 1);
	in.last = ymd(2024, 2, 29);
	assert_int_equal(enf_report_same_period_last_year(&out, &in), ENF_OK);
	assert_period(&out, ymd(2022, 10, 1), ymd(2023, 2, 28));
	/* A 29 February start too. */
	in.first = ymd(2024, 2, 29);
	in.last = ymd(2024, 2, 29);
	assert_int_equal(enf_report_same_period_last_year(&out, &in), ENF_OK);
	assert_period(&out, ymd(2023, 2, 28), ymd(2023, 2, 28));
	/* Into a leap year: 28 Feb 2025 goes to 28 Feb 2024 (no clamp). */
	in.first = ymd(2025, 2, 1);
	in.last = ymd(2025, 2, 28);
	assert_int_equal(enf_report_same_period_last_year(&out, &in), ENF_OK);
	assert_period(&out, ymd(2024, 2, 1), ymd(2024, 2, 28));
	/* The input may be the output. */
	in.first = ymd(2024, 10, 1);
	in.last = ymd(2025, 9, 30);
	assert_int_equal(enf_report_same_period_last_year(&in, &in), ENF_OK);
	assert_period(&in, ymd(2023, 10, 1), ymd(2024, 9, 30));
	/* Range end: year 2 back to year 1. */
	in.first = ymd(2, 1, 1);
	in.last = ENF_DATE_MAX;
	assert_int_equal(enf_report_same_period_last_year(&out, &in), ENF_OK);
	assert_period(&out, ENF_DATE_MIN, ymd(9998, 12, 31));
}

static void test_report__same_period_last_year_bad_input(void **state)
{
	enf_period in = {0, 0}, out = SENTINEL_PERIOD;

	(void)state;
	/* First after last. */
	in.first = ymd(2025, 3, 31);
	in.last = ymd(2024, 10, 1);
	assert_int_equal(enf_report_same_period_last_year(&out, &in),
			 ENF_EINVALID);
	assert_error_names("report_same_period_last_year", ": last");
	/* A year before year 1 does not exist. */
	in.first = ymd(1, 12, 31);
	in.last = ymd(2, 1, 1);
	assert_int_equal(enf_report_same_period_last_year(&out, &in),
			 ENF_ERANGE);
	assert_error_names("report_same_period_last_year", ": first");
	/* Ends outside the valid dates. */
	in.first = ENF_DATE_MIN - 1;
	in.last = 0;
	assert_int_equal(enf_report_same_period_last_year(&out, &in),
			 ENF_ERANGE);
	assert_error_names("report_same_period_last_year", "-719163");
	in.first = 0;
	in.last = ENF_DATE_MAX + 1;
	assert_int_equal(enf_report_same_period_last_year(&out, &in),
			 ENF_ERANGE);
	assert_error_names("report_same_period_last_year", ": last");
	assert_error_names("report_same_period_last_year", "2932897");
	assert_sentinel(&out);
	assert_int_equal(enf_report_same_period_last_year(NULL, &in),
			 ENF_EINVALID);
	assert_error_names("report_same_period_last_year", "out");
	assert_int_equal(enf_report_same_period_last_year(&out, NULL),
			 ENF_EINVALID);
	assert_error_names("report_same_period_last_year", "p is NULL");
	assert_sentinel(&out);
}

static void test_report__interagency(void **state)
{
	enf_period p = {0, 0};

	(void)state;
	/* Joint Circular 12/2021/TTLT Art 6: from 1 October of the year
	 * before to 31 Dec (3 months), 31 Mar (6), 31 Jul (10), 30 Sep (12). */
	assert_int_equal(enf_report_interagency(&p, 2025, 3), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2024, 12, 31));
	assert_int_equal(enf_report_interagency(&p, 2025, 6), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2025, 3, 31));
	assert_int_equal(enf_report_interagency(&p, 2025, 10), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2025, 7, 31));
	assert_int_equal(enf_report_interagency(&p, 2025, 12), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2025, 9, 30));
	assert_int_equal(enf_report_interagency(&p, 2, 3), ENF_OK);
	assert_period(&p, ymd(1, 10, 1), ymd(1, 12, 31));
}

static void test_report__interagency_bad_input(void **state)
{
	static const int bad_months[] = {4, 0, 1, 2, 5, 7, 9, 11, 13, -3};
	enf_period p = SENTINEL_PERIOD;

	(void)state;
	assert_int_equal(enf_report_interagency(&p, 2025, 4), ENF_EINVALID);
	assert_error_names("report_interagency", "months is 4");
	for (size_t i = 0; i < sizeof(bad_months) / sizeof(bad_months[0]); i++)
		assert_int_equal(
			enf_report_interagency(&p, 2025, bad_months[i]),
			ENF_EINVALID);
	assert_error_names("report_interagency", "months is -3");
	assert_int_equal(enf_report_interagency(&p, 1, 6), ENF_ERANGE);
	assert_error_names("report_interagency", "year is 1");
	assert_int_equal(enf_report_interagency(&p, 10000, 12), ENF_ERANGE);
	assert_error_names("report_interagency", "year is 10000");
	assert_sentinel(&p);
	assert_int_equal(enf_report_interagency(NULL, 2025, 6), ENF_EINVALID);
	assert_error_names("report_interagency", "out");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_report__year_of),
		cmocka_unit_test(test_report__year_of_bad_input),
		cmocka_unit_test(test_report__month),
		cmocka_unit_test(test_report__months_tile_the_year),
		cmocka_unit_test(test_report__month_bad_input),
		cmocka_unit_test(test_report__cumulative),
		cmocka_unit_test(test_report__cumulative_bad_input),
		cmocka_unit_test(test_report__to_date),
		cmocka_unit_test(test_report__to_date_bad_input),
		cmocka_unit_test(test_report__same_period_last_year),
		cmocka_unit_test(test_report__same_period_last_year_bad_input),
		cmocka_unit_test(test_report__interagency),
		cmocka_unit_test(test_report__interagency_bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
