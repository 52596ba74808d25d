/*
 * Tests of the civil-date and lunar-calendar parts of date.h.
 *
 * Every expected value comes from the law, a published calendar fact or a
 * hand calculation written next to it; none was produced by running the
 * code under test. Day numbers count days since 1970-01-01.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

/* ---------------------------------------------------------------------- */
/* Day numbers                                                             */

static void test_date__day_numbers(void **state)
{
	enf_date d = -1;

	(void)state;
	/* The epoch. */
	assert_int_equal(enf_date_from_ymd(&d, 1970, 1, 1), ENF_OK);
	assert_int_equal(d, 0);
	/* 1970..1999: 30 * 365 days plus the leap days of 1972, 76, 80, 84,
	 * 88, 92, 96 (7) = 10957. */
	assert_int_equal(ymd(2000, 1, 1), 10957);
	/* 1969-12-31 is the day before the epoch. */
	assert_int_equal(ymd(1969, 12, 31), -1);
	/* 1970-03-01: 31 + 28 days after the epoch. */
	assert_int_equal(ymd(1970, 3, 1), 59);
	/* 2000 is a leap year: 2000-03-01 = 10957 + 31 + 29. */
	assert_int_equal(ymd(2000, 3, 1), 10957 + 60);
	/* 1600-01-01: 400 Gregorian years (146097 days) before 2000-01-01. */
	assert_int_equal(ymd(1600, 1, 1), 10957 - 146097);
	/* 2400-01-01: 400 years after 2000-01-01. */
	assert_int_equal(ymd(2400, 1, 1), 10957 + 146097);
	/* The range ends. */
	assert_int_equal(ymd(1, 1, 1), ENF_DATE_MIN);
	assert_int_equal(ymd(9999, 12, 31), ENF_DATE_MAX);
	/* 2025-01-13: 2000-01-01 + 25 years (25 * 365 + 7 leap days 2000,
	 * 04, 08, 12, 16, 20, 24 = 9132) + 12 days = 10957 + 9132 + 12. */
	assert_int_equal(ymd(2025, 1, 13), 20101);
}

static void test_date__to_ymd(void **state)
{
	int y = -1, m = -1, d = -1;

	(void)state;
	assert_int_equal(enf_date_to_ymd(&y, &m, &d, 0), ENF_OK);
	assert_int_equal(y, 1970);
	assert_int_equal(m, 1);
	assert_int_equal(d, 1);
	assert_int_equal(enf_date_to_ymd(&y, &m, &d, 10957), ENF_OK);
	assert_int_equal(y, 2000);
	assert_int_equal(m, 1);
	assert_int_equal(d, 1);
	assert_int_equal(enf_date_to_ymd(&y, &m, &d, -1), ENF_OK);
	assert_int_equal(y, 1969);
	assert_int_equal(m, 12);
	assert_int_equal(d, 31);
	assert_int_equal(enf_date_to_ymd(&y, &m, &d, ENF_DATE_MIN), ENF_OK);
	assert_int_equal(y, 1);
	assert_int_equal(m, 1);
	assert_int_equal(d, 1);
	assert_int_equal(enf_date_to_ymd(&y, &m, &d, ENF_DATE_MAX), ENF_OK);
	assert_int_equal(y, 9999);
	assert_int_equal(m, 12);
	assert_int_equal(d, 31);
}

static void test_date__to_ymd_bad_input(void **state)
{
	int y = 77, m = 88, d = 99;

	(void)state;
	assert_int_equal(enf_date_to_ymd(&y, &m, &d, ENF_DATE_MAX + 1),
			 ENF_ERANGE);
	assert_error_names("date_to_ymd", "2932897");
	assert_int_equal(enf_date_to_ymd(&y, &m, &d, ENF_DATE_MIN - 1),
			 ENF_ERANGE);
	assert_error_names("date_to_ymd", "-719163");
	assert_int_equal(enf_date_to_ymd(&y, &m, &d, INT32_MIN), ENF_ERANGE);
	assert_int_equal(enf_date_to_ymd(&y, &m, &d, INT32_MAX), ENF_ERANGE);
	assert_int_equal(y, 77);
	assert_int_equal(m, 88);
	assert_int_equal(d, 99);

	assert_int_equal(enf_date_to_ymd(NULL, &m, &d, 0), ENF_EINVALID);
	assert_error_names("date_to_ymd", "year");
	assert_int_equal(enf_date_to_ymd(&y, NULL, &d, 0), ENF_EINVALID);
	assert_error_names("date_to_ymd", "month");
	assert_int_equal(enf_date_to_ymd(&y, &m, NULL, 0), ENF_EINVALID);
	assert_error_names("date_to_ymd", "day");
	assert_int_equal(y, 77);
	assert_int_equal(m, 88);
}

/* Every day of 1600-2400 maps to the next day number and back. */
static void test_date__round_trip_1600_2400(void **state)
{
	/* 1600-01-01 is 10957 - 146097 (see day_numbers); each valid y-m-d
	 * in calendar order is the day after the previous one. */
	enf_date expect = 10957 - 146097;
	static const int mdays[12] = {31, 28, 31, 30, 31, 30,
				      31, 31, 30, 31, 30, 31};

	(void)state;
	for (int y = 1600; y <= 2400; y++) {
		/* Gregorian rule, written out independently of the library. */
		int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

		for (int m = 1; m <= 12; m++) {
			int dim = mdays[m - 1] + (m == 2 && leap);

			for (int d = 1; d <= dim; d++) {
				enf_date got = INT32_MIN;
				int yy = 0, mm = 0, dd = 0;

				assert_int_equal(
					enf_date_from_ymd(&got, y, m, d),
					ENF_OK);
				assert_int_equal(got, expect);
				assert_int_equal(
					enf_date_to_ymd(&yy, &mm, &dd, got),
					ENF_OK);
				assert_int_equal(yy, y);
				assert_int_equal(mm, m);
				assert_int_equal(dd, d);
				expect++;
			}
			/* The day after the month's last is not a date. */
			assert_false(enf_date_valid(y, m, dim + 1));
		}
	}
	/* 2401-01-01 = 2000-01-01 + 401 years = 10957 + 146097 + 366
	 * (2400 is a leap year). */
	assert_int_equal(expect, 10957 + 146097 + 366);
}

static void test_date__leap_years(void **state)
{
	int n = -1;

	(void)state;
	/* 1900: divisible by 100, not by 400: common year. */
	assert_false(enf_date_valid(1900, 2, 29));
	assert_int_equal(enf_date_days_in_month(&n, 1900, 2), ENF_OK);
	assert_int_equal(n, 28);
	/* 2000: divisible by 400: leap year. */
	assert_true(enf_date_valid(2000, 2, 29));
	assert_int_equal(enf_date_days_in_month(&n, 2000, 2), ENF_OK);
	assert_int_equal(n, 29);
	assert_true(enf_date_valid(2024, 2, 29));
	assert_false(enf_date_valid(2025, 2, 29));
	assert_false(enf_date_valid(2100, 2, 29));
	assert_true(enf_date_valid(2400, 2, 29));
	/* Year 4 is the first leap year of the range. */
	assert_true(enf_date_valid(4, 2, 29));
	assert_false(enf_date_valid(1, 2, 29));
	/* 1900-03-01 - 1900-02-28 = 1 day; 2000-03-01 - 2000-02-28 = 2. */
	assert_int_equal(ymd(1900, 3, 1) - ymd(1900, 2, 28), 1);
	assert_int_equal(ymd(2000, 3, 1) - ymd(2000, 2, 28), 2);
}

static void test_date__valid(void **state)
{
	(void)state;
	assert_true(enf_date_valid(2025, 1, 13));
	assert_true(enf_date_valid(1, 1, 1));
	assert_true(enf_date_valid(9999, 12, 31));
	assert_true(enf_date_valid(2025, 4, 30));
	assert_false(enf_date_valid(2025, 4, 31));
	assert_false(enf_date_valid(2025, 2, 29));
	assert_false(enf_date_valid(2024, 13, 1));
	assert_false(enf_date_valid(2024, 0, 1));
	assert_false(enf_date_valid(2024, 1, 0));
	assert_false(enf_date_valid(2024, 1, 32));
	assert_false(enf_date_valid(0, 1, 1));
	assert_false(enf_date_valid(10000, 1, 1));
	assert_false(enf_date_valid(-1, 1, 1));
	assert_false(enf_date_valid(2025, -1, 1));
	assert_false(enf_date_valid(2025, 1, -1));
	assert_false(enf_date_valid(INT32_MIN, INT32_MIN, INT32_MIN));
}

static void test_date__from_ymd_bad_input(void **state)
{
	enf_date d = 12345;

	(void)state;
	assert_int_equal(enf_date_from_ymd(&d, 2025, 2, 29), ENF_ERANGE);
	assert_error_names("date_from_ymd", "2025-02-29");
	assert_int_equal(enf_date_from_ymd(&d, 2024, 13, 1), ENF_ERANGE);
	assert_error_names("date_from_ymd", "2024-13-01");
	assert_int_equal(enf_date_from_ymd(&d, 0, 1, 1), ENF_ERANGE);
	assert_error_names("date_from_ymd", "0000-01-01");
	assert_int_equal(enf_date_from_ymd(&d, 10000, 1, 1), ENF_ERANGE);
	assert_error_names("date_from_ymd", "10000-01-01");
	assert_int_equal(enf_date_from_ymd(&d, 2025, 4, 31), ENF_ERANGE);
	assert_int_equal(enf_date_from_ymd(&d, 2025, 1, 0), ENF_ERANGE);
	assert_int_equal(d, 12345);
	assert_int_equal(enf_date_from_ymd(NULL, 2025, 1, 13), ENF_EINVALID);
	assert_error_names("date_from_ymd", "out");
}

static void test_date__days_in_month(void **state)
{
	int n = -1;
	/* 30 days hath September, April, June and November. */
	static const int expect[12] = {31, 28, 31, 30, 31, 30,
				       31, 31, 30, 31, 30, 31};

	(void)state;
	for (int m = 1; m <= 12; m++) {
		assert_int_equal(enf_date_days_in_month(&n, 2025, m), ENF_OK);
		assert_int_equal(n, expect[m - 1]);
	}
	assert_int_equal(enf_date_days_in_month(&n, 1, 1), ENF_OK);
	assert_int_equal(n, 31);
	assert_int_equal(enf_date_days_in_month(&n, 9999, 12), ENF_OK);
	assert_int_equal(n, 31);
	assert_int_equal(enf_date_days_in_month(&n, 2024, 2), ENF_OK);
	assert_int_equal(n, 29);

	n = 42;
	assert_int_equal(enf_date_days_in_month(&n, 2025, 13), ENF_ERANGE);
	assert_error_names("date_days_in_month", "month 13");
	assert_int_equal(enf_date_days_in_month(&n, 2025, 0), ENF_ERANGE);
	assert_error_names("date_days_in_month", "month 0");
	assert_int_equal(enf_date_days_in_month(&n, 0, 1), ENF_ERANGE);
	assert_error_names("date_days_in_month", "year 0");
	assert_int_equal(enf_date_days_in_month(&n, 10000, 1), ENF_ERANGE);
	assert_error_names("date_days_in_month", "year 10000");
	assert_int_equal(n, 42);
	assert_int_equal(enf_date_days_in_month(NULL, 2025, 1), ENF_EINVALID);
	assert_error_names("date_days_in_month", "out");
}

/* ---------------------------------------------------------------------- */
/* Weekdays                                                                */

static void test_date__weekday(void **state)
{
	enf_weekday wd = (enf_weekday)0;

	(void)state;
	/* The header's example. */
	assert_int_equal(enf_date_weekday(&wd, ymd(2025, 1, 13)), ENF_OK);
	assert_int_equal(wd, ENF_MONDAY);
	/* 1970-01-01 was a Thursday. */
	assert_int_equal(enf_date_weekday(&wd, 0), ENF_OK);
	assert_int_equal(wd, ENF_THURSDAY);
	/* Tết Bính Ngọ, Tuesday 17 February 2026. */
	assert_int_equal(enf_date_weekday(&wd, ymd(2026, 2, 17)), ENF_OK);
	assert_int_equal(wd, ENF_TUESDAY);
	/* The day before the epoch: Wednesday; a week before: Thursday. */
	assert_int_equal(enf_date_weekday(&wd, -1), ENF_OK);
	assert_int_equal(wd, ENF_WEDNESDAY);
	assert_int_equal(enf_date_weekday(&wd, -7), ENF_OK);
	assert_int_equal(wd, ENF_THURSDAY);
	/* 2000-01-01 was a Saturday; 2025-01-12 a Sunday; 2025-01-17 a
	 * Friday. */
	assert_int_equal(enf_date_weekday(&wd, 10957), ENF_OK);
	assert_int_equal(wd, ENF_SATURDAY);
	assert_int_equal(enf_date_weekday(&wd, ymd(2025, 1, 12)), ENF_OK);
	assert_int_equal(wd, ENF_SUNDAY);
	assert_int_equal(enf_date_weekday(&wd, ymd(2025, 1, 17)), ENF_OK);
	assert_int_equal(wd, ENF_FRIDAY);
	/* 0001-01-01 was a Monday (proleptic Gregorian: ordinal day 1, and
	 * ordinal 719163 = 1970-01-01 Thursday; 719162 = 7 * 102737 + 3, so
	 * Thursday - 3 = Monday). */
	assert_int_equal(enf_date_weekday(&wd, ENF_DATE_MIN), ENF_OK);
	assert_int_equal(wd, ENF_MONDAY);
	/* 9999-12-31: 2932896 = 7 * 418985 + 1 days after a Thursday. */
	assert_int_equal(enf_date_weekday(&wd, ENF_DATE_MAX), ENF_OK);
	assert_int_equal(wd, ENF_FRIDAY);
}

static void test_date__weekday_bad_input(void **state)
{
	enf_weekday wd = (enf_weekday)99;

	(void)state;
	assert_int_equal(enf_date_weekday(&wd, ENF_DATE_MAX + 1), ENF_ERANGE);
	assert_error_names("date_weekday", "2932897");
	assert_int_equal(enf_date_weekday(&wd, ENF_DATE_MIN - 1), ENF_ERANGE);
	assert_error_names("date_weekday", "-719163");
	assert_int_equal((int)wd, 99);
	assert_int_equal(enf_date_weekday(NULL, 0), ENF_EINVALID);
	assert_error_names("date_weekday", "out");
}

/* ---------------------------------------------------------------------- */
/* Arithmetic                                                              */

static void test_date__add_days(void **state)
{
	enf_date d = -1;

	(void)state;
	/* 2025-01-13 + 30 = 2025-02-12 (18 days left in January, 12 in
	 * February). */
	assert_int_equal(enf_date_add_days(&d, ymd(2025, 1, 13), 30), ENF_OK);
	assert_int_equal(d, ymd(2025, 2, 12));
	/* 2025-01-13 - 13 = 2024-12-31. */
	assert_int_equal(enf_date_add_days(&d, ymd(2025, 1, 13), -13), ENF_OK);
	assert_int_equal(d, ymd(2024, 12, 31));
	/* 2024 has 366 days. */
	assert_int_equal(enf_date_add_days(&d, ymd(2024, 1, 1), 366), ENF_OK);
	assert_int_equal(d, ymd(2025, 1, 1));
	assert_int_equal(enf_date_add_days(&d, 20101, 0), ENF_OK);
	assert_int_equal(d, 20101);
	/* Up to the range ends and no further. */
	assert_int_equal(enf_date_add_days(&d, ENF_DATE_MAX - 1, 1), ENF_OK);
	assert_int_equal(d, ENF_DATE_MAX);
	assert_int_equal(enf_date_add_days(&d, ENF_DATE_MIN + 1, -1), ENF_OK);
	assert_int_equal(d, ENF_DATE_MIN);
	assert_int_equal(enf_date_add_days(&d, ENF_DATE_MIN,
					   ENF_DATE_MAX - ENF_DATE_MIN),
			 ENF_OK);
	assert_int_equal(d, ENF_DATE_MAX);
}

static void test_date__add_days_bad_input(void **state)
{
	enf_date d = 555;

	(void)state;
	assert_int_equal(enf_date_add_days(&d, ENF_DATE_MAX, 1), ENF_ERANGE);
	assert_error_names("date_add_days", "9999-12-31 + 1 days");
	assert_int_equal(enf_date_add_days(&d, ENF_DATE_MIN, -1), ENF_ERANGE);
	assert_error_names("date_add_days", "0001-01-01 + -1 days");
	assert_int_equal(enf_date_add_days(&d, 0, INT32_MAX), ENF_ERANGE);
	assert_int_equal(enf_date_add_days(&d, 0, INT32_MIN), ENF_ERANGE);
	assert_int_equal(enf_date_add_days(&d, ENF_DATE_MAX, INT32_MAX),
			 ENF_ERANGE);
	/* A date outside the range is refused even when the sum would be
	 * back inside it. */
	assert_int_equal(enf_date_add_days(&d, ENF_DATE_MAX + 1, -1),
			 ENF_ERANGE);
	assert_error_names("date_add_days", "2932897");
	assert_int_equal(d, 555);
	assert_int_equal(enf_date_add_days(NULL, 0, 1), ENF_EINVALID);
	assert_error_names("date_add_days", "out");
}

static void test_date__add_months(void **state)
{
	enf_date d = -1;

	(void)state;
	/* Art 148(1)(c): no 31 February, so the month's last day. */
	assert_int_equal(enf_date_add_months(&d, ymd(2025, 1, 31), 1), ENF_OK);
	assert_int_equal(d, ymd(2025, 2, 28));
	/* 2024 is a leap year: 29 February exists. */
	assert_int_equal(enf_date_add_months(&d, ymd(2024, 1, 31), 1), ENF_OK);
	assert_int_equal(d, ymd(2024, 2, 29));
	/* 2025 has no 29 February. */
	assert_int_equal(enf_date_add_months(&d, ymd(2024, 2, 29), 12), ENF_OK);
	assert_int_equal(d, ymd(2025, 2, 28));
	/* Four years on, 29 February exists again. */
	assert_int_equal(enf_date_add_months(&d, ymd(2024, 2, 29), 48), ENF_OK);
	assert_int_equal(d, ymd(2028, 2, 29));
	/* Backwards: 31 March - 1 month = last day of February. */
	assert_int_equal(enf_date_add_months(&d, ymd(2025, 3, 31), -1), ENF_OK);
	assert_int_equal(d, ymd(2025, 2, 28));
	assert_int_equal(enf_date_add_months(&d, ymd(2024, 3, 31), -1), ENF_OK);
	assert_int_equal(d, ymd(2024, 2, 29));
	/* Negative months across years: March 2025 - 15 months = December
	 * 2023; October 2025 - 13 = September 2024, which has 30 days. */
	assert_int_equal(enf_date_add_months(&d, ymd(2025, 3, 15), -15),
			 ENF_OK);
	assert_int_equal(d, ymd(2023, 12, 15));
	assert_int_equal(enf_date_add_months(&d, ymd(2025, 10, 31), -13),
			 ENF_OK);
	assert_int_equal(d, ymd(2024, 9, 30));
	assert_int_equal(enf_date_add_months(&d, ymd(2025, 1, 1), -1), ENF_OK);
	assert_int_equal(d, ymd(2024, 12, 1));
	/* Forwards across a year: December 2024 + 2 = February 2025. */
	assert_int_equal(enf_date_add_months(&d, ymd(2024, 12, 31), 2), ENF_OK);
	assert_int_equal(d, ymd(2025, 2, 28));
	/* The day is kept when the month has it. */
	assert_int_equal(enf_date_add_months(&d, ymd(2025, 1, 13), 6), ENF_OK);
	assert_int_equal(d, ymd(2025, 7, 13));
	assert_int_equal(enf_date_add_months(&d, ymd(2025, 1, 13), 0), ENF_OK);
	assert_int_equal(d, ymd(2025, 1, 13));
	/* Range ends. */
	assert_int_equal(enf_date_add_months(&d, ymd(9999, 11, 30), 1), ENF_OK);
	assert_int_equal(d, ymd(9999, 12, 30));
	assert_int_equal(enf_date_add_months(&d, ymd(1, 2, 1), -1), ENF_OK);
	assert_int_equal(d, ENF_DATE_MIN);
	/* 9998 years * 12 + 11 months span the whole range. */
	assert_int_equal(enf_date_add_months(&d, ymd(1, 1, 31), 9998 * 12 + 11),
			 ENF_OK);
	assert_int_equal(d, ENF_DATE_MAX);
}

static void test_date__add_months_bad_input(void **state)
{
	enf_date d = 777;

	(void)state;
	assert_int_equal(enf_date_add_months(&d, ymd(9999, 12, 1), 1),
			 ENF_ERANGE);
	assert_error_names("date_add_months", "1 months");
	assert_int_equal(enf_date_add_months(&d, ymd(1, 1, 31), -1),
			 ENF_ERANGE);
	assert_error_names("date_add_months", "-1 months");
	assert_int_equal(enf_date_add_months(&d, 0, INT32_MAX), ENF_ERANGE);
	assert_int_equal(enf_date_add_months(&d, 0, INT32_MIN), ENF_ERANGE);
	assert_int_equal(enf_date_add_months(&d, ENF_DATE_MAX + 1, -1),
			 ENF_ERANGE);
	assert_error_names("date_add_months", "2932897");
	assert_int_equal(enf_date_add_months(&d, ENF_DATE_MIN - 1, 1),
			 ENF_ERANGE);
	assert_int_equal(d, 777);
	assert_int_equal(enf_date_add_months(NULL, 0, 1), ENF_EINVALID);
	assert_error_names("date_add_months", "out");
}

/* ---------------------------------------------------------------------- */
/* Text                                                                    */

static void test_date__format(void **state)
{
	char buf[32];

	(void)state;
	assert_int_equal(enf_date_format(buf, sizeof(buf), ymd(2025, 1, 13),
					 ENF_LOCALE_EN),
			 ENF_OK);
	assert_string_equal(buf, "2025-01-13");
	assert_int_equal(enf_date_format(buf, sizeof(buf), ymd(2025, 1, 13),
					 ENF_LOCALE_PLAIN),
			 ENF_OK);
	assert_string_equal(buf, "2025-01-13");
	assert_int_equal(enf_date_format(buf, sizeof(buf), ymd(2025, 1, 13),
					 ENF_LOCALE_VI),
			 ENF_OK);
	assert_string_equal(buf, "13/01/2025");
	assert_int_equal(
		enf_date_format(buf, sizeof(buf), ENF_DATE_MIN, ENF_LOCALE_EN),
		ENF_OK);
	assert_string_equal(buf, "0001-01-01");
	assert_int_equal(
		enf_date_format(buf, sizeof(buf), ENF_DATE_MIN, ENF_LOCALE_VI),
		ENF_OK);
	assert_string_equal(buf, "01/01/0001");
	assert_int_equal(
		enf_date_format(buf, sizeof(buf), ENF_DATE_MAX, ENF_LOCALE_VI),
		ENF_OK);
	assert_string_equal(buf, "31/12/9999");
	/* 11 bytes suffice: 10 characters and the NUL. */
	assert_int_equal(
		enf_date_format(buf, 11, ymd(2026, 7, 1), ENF_LOCALE_VI),
		ENF_OK);
	assert_string_equal(buf, "01/07/2026");
}

static void test_date__format_bad_input(void **state)
{
	char buf[32] = "sentinel";

	(void)state;
	/* Buffer too small: 10 bytes leave no room for the NUL. */
	assert_int_equal(
		enf_date_format(buf, 10, ymd(2025, 1, 13), ENF_LOCALE_EN),
		ENF_EBUFSIZE);
	assert_error_names("date_format", "size is 10");
	assert_int_equal(
		enf_date_format(buf, 0, ymd(2025, 1, 13), ENF_LOCALE_VI),
		ENF_EBUFSIZE);
	assert_error_names("date_format", "size is 0");
	assert_string_equal(buf, "sentinel");
	assert_int_equal(enf_date_format(buf, sizeof(buf), ENF_DATE_MAX + 1,
					 ENF_LOCALE_EN),
			 ENF_ERANGE);
	assert_error_names("date_format", "2932897");
	assert_int_equal(enf_date_format(buf, sizeof(buf), 0, (enf_locale)3),
			 ENF_EINVALID);
	assert_error_names("date_format", "locale is 3");
	assert_int_equal(enf_date_format(buf, sizeof(buf), 0, (enf_locale)-1),
			 ENF_EINVALID);
	assert_string_equal(buf, "sentinel");
	assert_int_equal(enf_date_format(NULL, 11, 0, ENF_LOCALE_EN),
			 ENF_EINVALID);
	assert_error_names("date_format", "buf");
}

static void test_date__parse(void **state)
{
	enf_date d = -1;

	(void)state;
	/* Vietnamese day/month/year: 1/7/2026 is 1 July 2026. */
	assert_int_equal(enf_date_parse(&d, "1/7/2026"), ENF_OK);
	assert_int_equal(d, ymd(2026, 7, 1));
	assert_int_equal(enf_date_parse(&d, "01/07/2026"), ENF_OK);
	assert_int_equal(d, ymd(2026, 7, 1));
	assert_int_equal(enf_date_parse(&d, "2026-07-01"), ENF_OK);
	assert_int_equal(d, ymd(2026, 7, 1));
	assert_int_equal(enf_date_parse(&d, "13/01/2025"), ENF_OK);
	assert_int_equal(d, 20101);
	assert_int_equal(enf_date_parse(&d, "2025-01-13"), ENF_OK);
	assert_int_equal(d, 20101);
	assert_int_equal(enf_date_parse(&d, "29/02/2024"), ENF_OK);
	assert_int_equal(d, ymd(2024, 2, 29));
	assert_int_equal(enf_date_parse(&d, "0001-01-01"), ENF_OK);
	assert_int_equal(d, ENF_DATE_MIN);
	assert_int_equal(enf_date_parse(&d, "31/12/9999"), ENF_OK);
	assert_int_equal(d, ENF_DATE_MAX);
}

static void test_date__parse_bad_input(void **state)
{
	static const char *const bad[] = {
		"2025-02-30",  /* no such date */
		"2025/01/13",  /* ISO order with slashes */
		"13-01-2025",  /* day first with hyphens */
		"",	       /* empty */
		"2025-1-13",   /* ISO needs two-digit month */
		"2025-01-3",   /* and day */
		"31/13/2025",  /* month 13 */
		"29/02/2025",  /* 2025 is not a leap year */
		"0000-01-01",  /* year 0 */
		"1/7/26",      /* two-digit year */
		"001/07/2026", /* three-digit day */
		"1/007/2026",  /* three-digit month */
		"2025-01-13 ", /* trailing text */
		" 2025-01-13", /* leading text */
		"2025-01-130",
		"2025-01-",
		"2025-01",
		"2025",
		"13/01/",
		"13/01/20255",
		"-1/01/2025",
		"+2025-01-13",
		"x",
		"20250113",
	};
	enf_date d = 4242;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(enf_date_parse(&d, bad[i]), ENF_EPARSE);
		assert_error_names("date_parse", bad[i]);
		assert_int_equal(d, 4242);
	}
	assert_int_equal(enf_date_parse(NULL, "2025-01-13"), ENF_EINVALID);
	assert_error_names("date_parse", "out");
	assert_int_equal(enf_date_parse(&d, NULL), ENF_EINVALID);
	assert_error_names("date_parse", "text");
	assert_int_equal(d, 4242);
}

/* Formatting then parsing gives the date back in both styles. */
static void test_date__format_parse_round_trip(void **state)
{
	(void)state;
	for (enf_date d = ymd(2024, 1, 1); d <= ymd(2026, 12, 31); d++) {
		char buf[11];
		enf_date back = INT32_MIN;

		assert_int_equal(
			enf_date_format(buf, sizeof(buf), d, ENF_LOCALE_VI),
			ENF_OK);
		assert_int_equal(enf_date_parse(&back, buf), ENF_OK);
		assert_int_equal(back, d);
		assert_int_equal(
			enf_date_format(buf, sizeof(buf), d, ENF_LOCALE_EN),
			ENF_OK);
		assert_int_equal(enf_date_parse(&back, buf), ENF_OK);
		assert_int_equal(back, d);
	}
}

/* ---------------------------------------------------------------------- */
/* Lunar calendar                                                          */

/* The solar date of a lunar date, asserting success. */
static enf_date lunar(int year, int month, int day, int leap)
{
	enf_lunar_date l = {year, month, day, leap};
	enf_date out = INT32_MIN;

	assert_int_equal(enf_lunar_to_date(&out, &l), ENF_OK);
	return out;
}

static void assert_lunar_of(enf_date d, int year, int month, int day, int leap)
{
	enf_lunar_date l = {-1, -1, -1, -1};

	assert_int_equal(enf_lunar_from_date(&l, d), ENF_OK);
	assert_int_equal(l.year, year);
	assert_int_equal(l.month, month);
	assert_int_equal(l.day, day);
	assert_int_equal(l.leap, leap);
}

static void test_date__lunar_tet(void **state)
{
	(void)state;
	/* Tết, 1/1 lunar, as fixed by the Prime Minister's yearly holiday
	 * decisions: Ất Tỵ 29 Jan 2025, Bính Ngọ 17 Feb 2026, and Canh Tý
	 * 2020 .. Giáp Thìn 2024. */
	assert_int_equal(lunar(2025, 1, 1, 0), ymd(2025, 1, 29));
	assert_int_equal(lunar(2026, 1, 1, 0), ymd(2026, 2, 17));
	assert_int_equal(lunar(2020, 1, 1, 0), ymd(2020, 1, 25));
	assert_int_equal(lunar(2021, 1, 1, 0), ymd(2021, 2, 12));
	assert_int_equal(lunar(2022, 1, 1, 0), ymd(2022, 2, 1));
	assert_int_equal(lunar(2023, 1, 1, 0), ymd(2023, 1, 22));
	assert_int_equal(lunar(2024, 1, 1, 0), ymd(2024, 2, 10));
	assert_lunar_of(ymd(2025, 1, 29), 2025, 1, 1, 0);
	assert_lunar_of(ymd(2026, 2, 17), 2026, 1, 1, 0);
}

static void test_date__lunar_vietnam_differs_from_china(void **state)
{
	(void)state;
	/* With UTC+7 the Vietnamese calendar puts Tết Ất Sửu on 21 Jan 1985
	 * (China: 20 Feb), Tết Đinh Hợi on 17 Feb 2007 (China: 18 Feb) and
	 * Tết Canh Tuất on 2 Feb 2030 (China: 3 Feb). */
	assert_int_equal(lunar(1985, 1, 1, 0), ymd(1985, 1, 21));
	assert_lunar_of(ymd(1985, 1, 21), 1985, 1, 1, 0);
	assert_lunar_of(ymd(1985, 2, 20), 1985, 2, 1, 0);
	assert_int_equal(lunar(2007, 1, 1, 0), ymd(2007, 2, 17));
	assert_lunar_of(ymd(2007, 2, 17), 2007, 1, 1, 0);
	assert_lunar_of(ymd(2007, 2, 18), 2007, 1, 2, 0);
	assert_int_equal(lunar(2030, 1, 1, 0), ymd(2030, 2, 2));
	assert_lunar_of(ymd(2030, 2, 2), 2030, 1, 1, 0);
	assert_lunar_of(ymd(2030, 2, 3), 2030, 1, 2, 0);
}

static void test_date__lunar_hung_kings(void **state)
{
	(void)state;
	/* Giỗ Tổ Hùng Vương, 10/3 lunar: the official days off Mon 7 Apr
	 * 2025, Sun 26 Apr 2026, Thu 18 Apr 2024 and Sat 29 Apr 2023. */
	assert_int_equal(lunar(2025, 3, 10, 0), ymd(2025, 4, 7));
	assert_int_equal(lunar(2026, 3, 10, 0), ymd(2026, 4, 26));
	assert_int_equal(lunar(2024, 3, 10, 0), ymd(2024, 4, 18));
	assert_int_equal(lunar(2023, 3, 10, 0), ymd(2023, 4, 29));
	assert_lunar_of(ymd(2025, 4, 7), 2025, 3, 10, 0);
	assert_lunar_of(ymd(2026, 4, 26), 2026, 3, 10, 0);
}

static void test_date__lunar_leap_months(void **state)
{
	(void)state;
	/* Ất Tỵ 2025 has a leap 6th month: month 6 begins at the new moon of
	 * 25 Jun 2025 10:31 UTC (17:31 UTC+7), leap month 6 at that of
	 * 24 Jul 2025 19:11 UTC (02:11 on 25 Jul UTC+7), month 7 at that of
	 * 23 Aug 2025 06:06 UTC. So 24 Jul is day 30 of month 6 and the leap
	 * month has 29 days (25 Jul .. 22 Aug). */
	assert_int_equal(lunar(2025, 6, 1, 1), ymd(2025, 7, 25));
	assert_int_equal(lunar(2025, 6, 1, 0), ymd(2025, 6, 25));
	assert_int_equal(lunar(2025, 7, 1, 0), ymd(2025, 8, 23));
	assert_int_equal(lunar(2025, 6, 29, 1), ymd(2025, 8, 22));
	assert_lunar_of(ymd(2025, 7, 24), 2025, 6, 30, 0);
	assert_lunar_of(ymd(2025, 7, 25), 2025, 6, 1, 1);
	assert_lunar_of(ymd(2025, 8, 22), 2025, 6, 29, 1);
	assert_lunar_of(ymd(2025, 8, 23), 2025, 7, 1, 0);
	/* Quý Mão 2023 has a leap 2nd month from 22 Mar 2023 (new moon
	 * 21 Mar 17:23 UTC = 00:23 on 22 Mar UTC+7): right after midnight,
	 * so the day is the later one. Month 2 began 20 Feb 2023 (new moon
	 * 07:06 UTC), so 21 Mar is its day 30. Month 3 starts 20 Apr 2023. */
	assert_int_equal(lunar(2023, 2, 1, 1), ymd(2023, 3, 22));
	assert_lunar_of(ymd(2023, 3, 22), 2023, 2, 1, 1);
	assert_lunar_of(ymd(2023, 3, 21), 2023, 2, 30, 0);
	assert_int_equal(lunar(2023, 3, 1, 0), ymd(2023, 4, 20));
	/* Canh Tý 2020 has a leap 4th month from 23 May 2020 (new moon
	 * 22 May 17:39 UTC = 00:39 on 23 May UTC+7). */
	assert_int_equal(lunar(2020, 4, 1, 1), ymd(2020, 5, 23));
	assert_lunar_of(ymd(2020, 5, 23), 2020, 4, 1, 1);
}

static void test_date__lunar_year_end(void **state)
{
	(void)state;
	/* Month 12 of Giáp Thìn starts 31 Dec 2024 (new moon 30 Dec 22:27
	 * UTC = 05:27 on 31 Dec UTC+7) and Tết is 29 Jan 2025: 29 days, so
	 * the eve of Tết 2025 is 29/12, "no 30 Tết". */
	assert_int_equal(lunar(2024, 12, 1, 0), ymd(2024, 12, 31));
	assert_int_equal(lunar(2024, 12, 29, 0), ymd(2025, 1, 28));
	assert_lunar_of(ymd(2025, 1, 28), 2024, 12, 29, 0);
	assert_lunar_of(ymd(2024, 12, 31), 2024, 12, 1, 0);
	/* Months 11 and 12 belong to the lunar year that began in the same
	 * solar year: 1 Jan 2025 is 2/12 Giáp Thìn. */
	assert_lunar_of(ymd(2025, 1, 1), 2024, 12, 2, 0);
}

static void test_date__lunar_range(void **state)
{
	enf_lunar_date l = {-1, -1, -1, -1};

	(void)state;
	/* The first covered day, 1 Jan 1900, is a new-moon day (13:52 UTC,
	 * 20:52 UTC+7): 1/12 of Kỷ Hợi 1899. Tết Canh Tý is 31 Jan 1900. */
	assert_lunar_of(ENF_LUNAR_DATE_MIN, 1899, 12, 1, 0);
	assert_int_equal(lunar(1900, 1, 1, 0), ymd(1900, 1, 31));
	assert_int_equal(lunar(1899, 12, 1, 0), ENF_LUNAR_DATE_MIN);
	assert_int_equal(enf_lunar_from_date(&l, ENF_LUNAR_DATE_MAX), ENF_OK);
	assert_int_equal(l.year, 2100);
	assert_int_equal(ymd(1900, 1, 1), ENF_LUNAR_DATE_MIN);
	assert_int_equal(ymd(2100, 12, 31), ENF_LUNAR_DATE_MAX);
}

static void test_date__lunar_from_date_bad_input(void **state)
{
	enf_lunar_date l = {11, 22, 33, 44};

	(void)state;
	/* 1899-12-31 = day -25568; 2101-01-01 = day 47847. */
	assert_int_equal(enf_lunar_from_date(&l, ymd(1899, 12, 31)),
			 ENF_ERANGE);
	assert_error_names("lunar_from_date", "1899-12-31");
	assert_int_equal(enf_lunar_from_date(&l, ymd(2101, 1, 1)), ENF_ERANGE);
	assert_error_names("lunar_from_date", "2101-01-01");
	assert_int_equal(enf_lunar_from_date(&l, INT32_MIN), ENF_ERANGE);
	assert_int_equal(enf_lunar_from_date(&l, INT32_MAX), ENF_ERANGE);
	assert_int_equal(l.year, 11);
	assert_int_equal(l.month, 22);
	assert_int_equal(l.day, 33);
	assert_int_equal(l.leap, 44);
	assert_int_equal(enf_lunar_from_date(NULL, 0), ENF_EINVALID);
	assert_error_names("lunar_from_date", "out");
}

static void test_date__lunar_to_date_bad_input(void **state)
{
	static const enf_lunar_date bad[] = {
		{2025, 5, 1, 1},   /* 2025's leap month is 6, not 5 */
		{2024, 12, 30, 0}, /* month 12 of Giáp Thìn has 29 days */
		{2025, 6, 30, 1},  /* leap month 6 of 2025 has 29 days */
		{2025, 1, 31, 0},  /* no lunar month has 31 days */
		{2025, 1, 0, 0},   /* day 0 */
		{2025, 0, 1, 0},   /* month 0 */
		{2025, 13, 1, 0},  /* month 13 */
		{2025, 1, 1, 2},   /* leap must be 0 or 1 */
		{2025, 1, 1, -1},
		{1899, 11, 1, 0}, /* before 1900-01-01 */
		{1898, 1, 1, 0},
		{2101, 1, 1, 0}, /* after 2100-12-31 */
		/* Month 11 holds the solstice (about 21 Dec), so it starts
		 * on or after about 22 Nov and month 12 on or after about
		 * 21 Dec 2100: its day 29 is in 2101. */
		{2100, 12, 29, 0},
	};
	enf_date d = 31337;

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		assert_int_equal(enf_lunar_to_date(&d, &bad[i]), ENF_ERANGE);
		assert_non_null(strstr(enf_last_error(), "lunar_to_date"));
		assert_int_equal(d, 31337);
	}
	assert_error_names("lunar_to_date", "2100-12-29");
	assert_int_equal(enf_lunar_to_date(&d, &bad[0]), ENF_ERANGE);
	assert_error_names("lunar_to_date", "2025-05-01 (leap month)");
	assert_int_equal(enf_lunar_to_date(&d, &bad[1]), ENF_ERANGE);
	assert_error_names("lunar_to_date", "2024-12-30");
	assert_int_equal(enf_lunar_to_date(NULL, &bad[0]), ENF_EINVALID);
	assert_error_names("lunar_to_date", "out");
	assert_int_equal(enf_lunar_to_date(&d, NULL), ENF_EINVALID);
	assert_error_names("lunar_to_date", "lunar");
	assert_int_equal(d, 31337);
}

/*
 * Every day of 1900-2100 converts to a lunar date and back, and the lunar
 * dates run as a lunar calendar must: the day goes up by one or a new month
 * begins on day 1; months have 29 or 30 days; the months of a year are
 * 1..12 in order with at most one leap month, which repeats the number of
 * the month before it; a year has 12 or 13 months.
 */
static void test_date__lunar_whole_range(void **state)
{
	enf_lunar_date prev = {0, 0, 0, 0};
	/* Months seen of the current lunar year (-1: it began before 1900),
	 * leap months among them, days seen of the current month. */
	int months = -1, leaps = 0, month_len = 0;

	(void)state;
	for (enf_date d = ENF_LUNAR_DATE_MIN; d <= ENF_LUNAR_DATE_MAX; d++) {
		enf_lunar_date l = {0, 0, 0, 0};
		enf_date back = INT32_MIN;

		assert_int_equal(enf_lunar_from_date(&l, d), ENF_OK);
		assert_int_equal(enf_lunar_to_date(&back, &l), ENF_OK);
		assert_int_equal(back, d);
		assert_true(l.month >= 1 && l.month <= 12);
		assert_true(l.day >= 1 && l.day <= 30);
		assert_true(l.leap == 0 || l.leap == 1);
		if (d == ENF_LUNAR_DATE_MIN) {
			/* 1 Jan 1900 begins a month (see lunar_range). */
			assert_int_equal(l.day, 1);
		} else if (l.day != 1) {
			assert_int_equal(l.day, prev.day + 1);
			assert_int_equal(l.month, prev.month);
			assert_int_equal(l.leap, prev.leap);
			assert_int_equal(l.year, prev.year);
		} else {
			/* A new month: the one before lasted 29 or 30 days. */
			assert_true(month_len == 29 || month_len == 30);
			if (l.leap) {
				/* A leap month repeats the month before. */
				assert_int_equal(prev.leap, 0);
				assert_int_equal(l.month, prev.month);
				assert_int_equal(l.year, prev.year);
				leaps++;
				months += months >= 0;
			} else if (l.month == 1) {
				assert_int_equal(prev.month, 12);
				assert_int_equal(l.year, prev.year + 1);
				if (months >= 0) {
					assert_true(leaps <= 1);
					assert_int_equal(months, 12 + leaps);
				}
				months = 1;
				leaps = 0;
			} else {
				assert_int_equal(l.month, prev.month + 1);
				assert_int_equal(l.year, prev.year);
				months += months >= 0;
			}
			month_len = 0;
		}
		month_len++;
		prev = l;
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_date__day_numbers),
		cmocka_unit_test(test_date__to_ymd),
		cmocka_unit_test(test_date__to_ymd_bad_input),
		cmocka_unit_test(test_date__round_trip_1600_2400),
		cmocka_unit_test(test_date__leap_years),
		cmocka_unit_test(test_date__valid),
		cmocka_unit_test(test_date__from_ymd_bad_input),
		cmocka_unit_test(test_date__days_in_month),
		cmocka_unit_test(test_date__weekday),
		cmocka_unit_test(test_date__weekday_bad_input),
		cmocka_unit_test(test_date__add_days),
		cmocka_unit_test(test_date__add_days_bad_input),
		cmocka_unit_test(test_date__add_months),
		cmocka_unit_test(test_date__add_months_bad_input),
		cmocka_unit_test(test_date__format),
		cmocka_unit_test(test_date__format_bad_input),
		cmocka_unit_test(test_date__parse),
		cmocka_unit_test(test_date__parse_bad_input),
		cmocka_unit_test(test_date__format_parse_round_trip),
		cmocka_unit_test(test_date__lunar_tet),
		cmocka_unit_test(test_date__lunar_vietnam_differs_from_china),
		cmocka_unit_test(test_date__lunar_hung_kings),
		cmocka_unit_test(test_date__lunar_leap_months),
		cmocka_unit_test(test_date__lunar_year_end),
		cmocka_unit_test(test_date__lunar_range),
		cmocka_unit_test(test_date__lunar_from_date_bad_input),
		cmocka_unit_test(test_date__lunar_to_date_bad_input),
		cmocka_unit_test(test_date__lunar_whole_range),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
