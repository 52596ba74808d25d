/*
 * Tests of the library's own messages (issue 17, item 3): a date shows as
 * YYYY-MM-DD, a missing date (ENF_DATE_NONE) as "missing (no date)" and a
 * day number outside 0001-01-01..9999-12-31 as "day N" beside that range;
 * a field of an options or record argument is named as the caller knows
 * it (date, not opts->date), an array element with its index.
 *
 * The day numbers are hand-computed: 2025-01-13 is day 20101 (55 years of
 * 365 days from 1970, 14 leap days, 12 days into January), 9999-12-31 is
 * ENF_DATE_MAX = 2932896.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>

#include "internal.h"
#include "test_helpers.h"

/* The last error is exactly want, and has no C access path in it. */
static void assert_message(const char *want)
{
	assert_string_equal(enf_last_error(), want);
	assert_null(strstr(enf_last_error(), "->"));
}

static void test_messages__date_shown(void **state)
{
	(void)state;
	assert_int_equal(ymd(2025, 1, 13), 20101);
	assert_string_equal(enf__date_shown(20101).s, "2025-01-13");
	assert_string_equal(enf__date_shown(ENF_DATE_MIN).s, "0001-01-01");
	assert_string_equal(enf__date_shown(ENF_DATE_MAX).s, "9999-12-31");
	assert_string_equal(enf__date_shown(ENF_DATE_NONE).s, "no date");
	assert_string_equal(enf__date_shown(ENF_DATE_MAX + 1).s, "day 2932897");
	assert_string_equal(enf__date_shown(INT32_MAX).s, "day 2147483647");
	/* Showing a date for a message sets no error of its own. */
	(void)enf__fail(ENF_EINVALID, "before");
	(void)enf__date_shown(INT32_MAX);
	assert_string_equal(enf_last_error(), "before");
}

static void test_messages__missing_and_out_of_range(void **state)
{
	int y = 7, m = 7, d = 7;

	(void)state;
	assert_int_equal(enf_date_to_ymd(&y, &m, &d, ENF_DATE_NONE),
			 ENF_ERANGE);
	assert_message("date_to_ymd: date is missing (no date); give a date "
		       "from 0001-01-01 to 9999-12-31");
	assert_int_equal(enf_date_to_ymd(&y, &m, &d, ENF_DATE_MAX + 1),
			 ENF_ERANGE);
	assert_message("date_to_ymd: date is day 2932897, not a date from "
		       "0001-01-01 to 9999-12-31");
	assert_int_equal(y, 7);
	assert_int_equal(m, 7);
	assert_int_equal(d, 7);
}

static void test_messages__dates_in_messages(void **state)
{
	enf_date out = 555;
	enf_period p = {0, 0}, got = {1, 2};
	enf_interest_result r;
	enf_interest_options io = ENF_INTEREST_OPTIONS_INIT;

	(void)state;
	assert_int_equal(enf_date_add_days(&out, ENF_DATE_MAX, 1), ENF_ERANGE);
	assert_message("date_add_days: 9999-12-31 + 1 days falls outside "
		       "0001-01-01..9999-12-31");
	assert_int_equal(out, 555);

	p.first = ymd(2025, 2, 13);
	p.last = ymd(2025, 1, 13);
	assert_int_equal(enf_period_last_year(&got, &p), ENF_EINVALID);
	assert_message("period_last_year: last (2025-01-13) is before first "
		       "(2025-02-13)");
	assert_int_equal(got.first, 1);
	assert_int_equal(got.last, 2);

	memset(&r, 0x5a, sizeof r);
	assert_int_equal(enf_interest_compute(&r, 1000000, ymd(2025, 2, 13),
					      ymd(2025, 1, 13), NULL, 0, NULL,
					      0, NULL, 0, &io, NULL),
			 ENF_ERANGE);
	assert_message("interest_compute: to (2025-01-13) is before from "
		       "(2025-02-13)");
}

static void test_messages__fields_as_the_caller_knows_them(void **state)
{
	enf_fee_options o = ENF_FEE_OPTIONS_INIT;
	enf_money fee = 42;

	(void)state;
	/* The fee with the default options: no date, so no base salary. */
	assert_int_equal(enf_fee_compute(&fee, 0, 4629000, &o, NULL),
			 ENF_ENOTFOUND);
	assert_message("fee_compute: date is missing (no date); the base "
		       "salary goes by date");
	assert_null(strstr(enf_last_error(), "-2147483648"));
	o.date = ymd(2025, 1, 13);
	o.settled = 2;
	assert_int_equal(enf_fee_compute(&fee, 0, 4629000, &o, NULL),
			 ENF_EINVALID);
	assert_error_names("fee_compute", ": settled is 2");
	assert_null(strstr(enf_last_error(), "opts"));
	o.settled = 0;
	o.version = 0;
	assert_int_equal(enf_fee_compute(&fee, 0, 4629000, &o, NULL),
			 ENF_EVERSION);
	assert_error_names("fee_compute", ": version is 0");
	assert_null(strstr(enf_last_error(), "opts"));
	assert_int_equal(fee, 42);
}

static void test_messages__array_elements_with_their_index(void **state)
{
	enf_pause pauses[2];
	enf_interest_result r;
	enf_interest_options io = ENF_INTEREST_OPTIONS_INIT;

	(void)state;
	pauses[0].first = ymd(2025, 1, 13);
	pauses[0].last = ymd(2025, 1, 20);
	pauses[1].first = ymd(2025, 2, 1);
	pauses[1].last = ENF_DATE_NONE;
	assert_int_equal(enf_interest_compute(&r, 1000000, ymd(2025, 1, 1),
					      ymd(2025, 6, 30), NULL, 0, pauses,
					      2, NULL, 0, &io, NULL),
			 ENF_ERANGE);
	assert_message("interest_compute: pauses[1].last is missing (no "
		       "date); give a date from 0001-01-01 to 9999-12-31");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_messages__date_shown),
		cmocka_unit_test(test_messages__missing_and_out_of_range),
		cmocka_unit_test(test_messages__dates_in_messages),
		cmocka_unit_test(
			test_messages__fields_as_the_caller_knows_them),
		cmocka_unit_test(
			test_messages__array_elements_with_their_index),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
