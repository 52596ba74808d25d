/*
 * Tests of the trail and the enforcement fee of payout.h.
 *
 * Every expected value is a hand calculation written next to it from the
 * schedule of Circular 216/2016/TT-BTC (b = 2 x base salary):
 *   x <= b          0
 *   b < x <= 5 bn   3% of the whole x
 *   5 - 7 bn        150,000,000 + 2% of (x - 5 bn)
 *   7 - 10 bn       190,000,000 + 1% of (x - 7 bn)
 *   10 - 15 bn      220,000,000 + 0.5% of (x - 10 bn)
 *   > 15 bn         245,000,000 + 0.01% of (x - 15 bn)
 * and the base salary decrees (Decree 47/2016 ... 161/2026).
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
#include "trail_internal.h"

#define SENTINEL ((int64_t)0x5eed5eed5eedLL)
#define BN	 ((enf_money)1000000000)

/* Status, last status, and a message naming the function and the field;
 * the message is cleared first so it must come from this call. */
#define ASSERT_FAILS(call, want, fn, what)                                     \
	do {                                                                   \
		enf_status st_;                                                \
		enf_error_clear();                                             \
		st_ = (call);                                                  \
		assert_int_equal(st_, (want));                                 \
		assert_int_equal(enf_last_status(), (want));                   \
		if (strstr(enf_last_error(), (fn)) == NULL ||                  \
		    strstr(enf_last_error(), (what)) == NULL)                  \
			print_message("last error: \"%s\"\n",                  \
				      enf_last_error());                       \
		assert_non_null(strstr(enf_last_error(), (fn)));               \
		assert_non_null(strstr(enf_last_error(), (what)));             \
	} while (0)

/* Options with base salary 2,340,000 (b = 4,680,000), received 2025-03-10. */
static enf_fee_options opts_2024(void)
{
	enf_fee_options o;

	assert_int_equal(enf_fee_options_init(&o, ENF_FEE_OPTIONS_VERSION),
			 ENF_OK);
	o.base_salary = 2340000;
	o.date = ymd(2025, 3, 10);
	return o;
}

/* The fee on x received at once, with o. */
static enf_money fee1(enf_money x, const enf_fee_options *o)
{
	enf_money out = SENTINEL;

	assert_int_equal(enf_fee_compute(&out, 0, x, o, NULL), ENF_OK);
	return out;
}

/* ------------------------------------------------------------------ */
/* Base salary                                                        */
/* ------------------------------------------------------------------ */

static void test_fee__base_salary_dates(void **state)
{
	static const struct {
		int y, m, d;
		enf_money want;
	} cases[] = {
		{2016, 5, 1, 1210000},	/* Decree 47/2016, first day */
		{2017, 6, 30, 1210000}, /* its last day */
		{2017, 7, 1, 1300000},	/* Decree 47/2017 */
		{2018, 6, 30, 1300000},
		{2018, 7, 1, 1390000}, /* Decree 72/2018 */
		{2019, 6, 30, 1390000},
		{2019, 7, 1, 1490000}, /* Decree 38/2019 */
		{2023, 6, 30, 1490000},
		{2023, 7, 1, 1800000}, /* Decree 24/2023 */
		{2024, 6, 30, 1800000},
		{2024, 7, 1, 2340000}, /* Decree 73/2024 */
		{2026, 6, 30, 2340000},
		{2026, 7, 1, 2530000}, /* Decree 161/2026 */
		{2099, 12, 31, 2530000},
	};
	enf_money out;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		out = SENTINEL;
		assert_int_equal(
			enf_fee_base_salary(
				&out, ymd(cases[i].y, cases[i].m, cases[i].d)),
			ENF_OK);
		assert_int_equal(out, cases[i].want);
	}
}

static void test_fee__base_salary_not_found(void **state)
{
	enf_money out = SENTINEL;

	(void)state;
	ASSERT_FAILS(enf_fee_base_salary(&out, ymd(2016, 4, 30)), ENF_ENOTFOUND,
		     "fee_base_salary", "2016-05-01");
	assert_int_equal(out, SENTINEL);
	ASSERT_FAILS(enf_fee_base_salary(&out, ENF_DATE_NONE), ENF_ENOTFOUND,
		     "fee_base_salary", "date");
	assert_int_equal(out, SENTINEL);
	ASSERT_FAILS(enf_fee_base_salary(NULL, ymd(2025, 1, 1)), ENF_EINVALID,
		     "fee_base_salary", "out");
}

/* ------------------------------------------------------------------ */
/* Options                                                            */
/* ------------------------------------------------------------------ */

static void test_fee__options_init(void **state)
{
	enf_fee_options o, keep;

	(void)state;
	memset(&o, 0x55, sizeof(o));
	assert_int_equal(enf_fee_options_init(&o, 1), ENF_OK);
	assert_int_equal(o.version, 1);
	assert_int_equal(o.base_salary, 0);
	assert_int_equal(o.date, ENF_DATE_NONE);
	assert_int_equal(o.settled, 0);
	assert_int_equal(o.exempt, 0);
	assert_int_equal(o.reduction_pct, 0);
	assert_int_equal(o.rounding, ENF_ROUND_HALF_UP);
	assert_null(o.rulebook);
	keep = o;
	ASSERT_FAILS(enf_fee_options_init(&o, 2), ENF_EVERSION,
		     "fee_options_init", "version");
	ASSERT_FAILS(enf_fee_options_init(&o, 0), ENF_EVERSION,
		     "fee_options_init", "version");
	assert_memory_equal(&o, &keep, sizeof(o));
	ASSERT_FAILS(enf_fee_options_init(NULL, 1), ENF_EINVALID,
		     "fee_options_init", "opts");
}

/* ------------------------------------------------------------------ */
/* Schedule                                                           */
/* ------------------------------------------------------------------ */

static void test_fee__schedule_thresholds(void **state)
{
	enf_fee_options o = opts_2024();

	(void)state;
	assert_int_equal(fee1(0, &o), 0);
	/* b = 2 x 2,340,000 = 4,680,000: no fee at b. */
	assert_int_equal(fee1(4680000, &o), 0);
	/* The cliff: 3% of 4,680,001 = 140,400.03 -> 140,400. */
	assert_int_equal(fee1(4680001, &o), 140400);
	/* 3% of 1,000,000,000 = 30,000,000. */
	assert_int_equal(fee1(BN, &o), 30000000);
	/* 3% of 4,999,999,999 = 149,999,999.97 -> 150,000,000. */
	assert_int_equal(fee1(5 * BN - 1, &o), 150000000);
	/* 3% of 5 bn = 150,000,000. */
	assert_int_equal(fee1(5 * BN, &o), 150000000);
	/* 150,000,000 + 2% of 1 = 150,000,000.02 -> 150,000,000. */
	assert_int_equal(fee1(5 * BN + 1, &o), 150000000);
	/* 150,000,000 + 2% of 50 = 150,000,001. */
	assert_int_equal(fee1(5 * BN + 50, &o), 150000001);
	/* 150,000,000 + 2% of 2 bn = 190,000,000. */
	assert_int_equal(fee1(7 * BN, &o), 190000000);
	/* 190,000,000 + 1% of 1 = 190,000,000.01 -> 190,000,000. */
	assert_int_equal(fee1(7 * BN + 1, &o), 190000000);
	/* 190,000,000 + 1% of 3 bn = 220,000,000. */
	assert_int_equal(fee1(10 * BN, &o), 220000000);
	/* 220,000,000 + 0.5% of 100 = 220,000,000.5 -> 220,000,001. */
	assert_int_equal(fee1(10 * BN + 100, &o), 220000001);
	/* 220,000,000 + 0.5% of 5 bn = 245,000,000. */
	assert_int_equal(fee1(15 * BN, &o), 245000000);
	/* 245,000,000 + 0.01% of 4,999 = 245,000,000.4999 -> 245,000,000;
	 * of 5,000 = 245,000,000.5 -> 245,000,001. */
	assert_int_equal(fee1(15 * BN + 4999, &o), 245000000);
	assert_int_equal(fee1(15 * BN + 5000, &o), 245000001);
	/* 245,000,000 + 0.01% of 3 bn = 245,300,000. */
	assert_int_equal(fee1(18 * BN, &o), 245300000);
	/* No cap: 245,000,000 + 0.01% of (INT64_MAX - 15 bn)
	 * = 245,000,000 + 922,337,202,185,477.5807 -> 922,337,447,185,478. */
	assert_int_equal(fee1(INT64_MAX, &o), 922337447185478LL);
}

static void test_fee__schedule_by_date(void **state)
{
	enf_fee_options o = opts_2024();

	(void)state;
	/* base_salary 0: the table. 2025-03-10: 2,340,000, b = 4,680,000. */
	o.base_salary = 0;
	assert_int_equal(fee1(4680000, &o), 0);
	assert_int_equal(fee1(4680001, &o), 140400);
	/* 2026-07-01: 2,530,000, b = 5,060,000; 3% of 5,060,001 =
	 * 151,800.03 -> 151,800. */
	o.date = ymd(2026, 7, 1);
	assert_int_equal(fee1(5060000, &o), 0);
	assert_int_equal(fee1(5060001, &o), 151800);
	/* 2017-01-01: 1,210,000, b = 2,420,000; 3% of 2,420,001 =
	 * 72,600.03 -> 72,600. */
	o.date = ymd(2017, 1, 1);
	assert_int_equal(fee1(2420000, &o), 0);
	assert_int_equal(fee1(2420001, &o), 72600);
}

static void test_fee__rounding_modes(void **state)
{
	enf_fee_options o = opts_2024();

	(void)state;
	/* 3% of 4,680,150 = 140,404.5. */
	o.rounding = ENF_ROUND_HALF_UP;
	assert_int_equal(fee1(4680150, &o), 140405);
	o.rounding = ENF_ROUND_HALF_EVEN;
	assert_int_equal(fee1(4680150, &o), 140404);
	o.rounding = ENF_ROUND_DOWN;
	assert_int_equal(fee1(4680150, &o), 140404);
	o.rounding = ENF_ROUND_UP;
	assert_int_equal(fee1(4680150, &o), 140405);
	/* 3% of 4,680,001 = 140,400.03: up -> 140,401. */
	assert_int_equal(fee1(4680001, &o), 140401);
}

/* ------------------------------------------------------------------ */
/* Instalments                                                        */
/* ------------------------------------------------------------------ */

static void test_fee__instalments_circular_example(void **state)
{
	/* 18 bn in 6 instalments of 3 bn:
	 * fee(3) = 3% of 3 bn = 90,000,000           -> 90,000,000
	 * fee(6) = 150 m + 2% of 1 bn = 170,000,000  -> 80,000,000
	 * fee(9) = 190 m + 1% of 2 bn = 210,000,000  -> 40,000,000
	 * fee(12) = 220 m + 0.5% of 2 bn = 230 m     -> 20,000,000
	 * fee(15) = 245,000,000                      -> 15,000,000
	 * fee(18) = 245 m + 0.01% of 3 bn = 245.3 m  ->    300,000
	 * sum 245,300,000 = fee(18 bn) at once. */
	static const enf_money want[6] = {90000000, 80000000, 40000000,
					  20000000, 15000000, 300000};
	enf_fee_options o = opts_2024();
	enf_money before = 0, sum = 0, out;

	(void)state;
	for (int i = 0; i < 6; i++) {
		out = SENTINEL;
		assert_int_equal(
			enf_fee_compute(&out, before, 3 * BN, &o, NULL),
			ENF_OK);
		assert_int_equal(out, want[i]);
		before += 3 * BN;
		sum += out;
	}
	assert_int_equal(sum, 245300000);
	assert_int_equal(fee1(18 * BN, &o), 245300000);
}

static void test_fee__instalments_cliff(void **state)
{
	enf_fee_options o = opts_2024();
	enf_money out = SENTINEL;

	(void)state;
	/* 4,000,000 then 680,000: fee(4,680,000) - fee(4,000,000) = 0. */
	assert_int_equal(enf_fee_compute(&out, 4000000, 680000, &o, NULL),
			 ENF_OK);
	assert_int_equal(out, 0);
	/* One more dong crosses the cliff: fee(4,680,001) - fee(4,680,000)
	 * = 140,400 - 0. */
	assert_int_equal(enf_fee_compute(&out, 4680000, 1, &o, NULL), ENF_OK);
	assert_int_equal(out, 140400);
	/* Nothing received now: 0. */
	assert_int_equal(enf_fee_compute(&out, 7 * BN, 0, &o, NULL), ENF_OK);
	assert_int_equal(out, 0);
	/* Each fee rounded before the difference: fee(4,680,150) = 140,405
	 * (140,404.5), fee(4,680,050) = 140,402 (140,401.5): 3. */
	assert_int_equal(enf_fee_compute(&out, 4680050, 100, &o, NULL), ENF_OK);
	assert_int_equal(out, 3);
}

/* ------------------------------------------------------------------ */
/* Settled, reduction, exempt                                         */
/* ------------------------------------------------------------------ */

static void test_fee__settled_third(void **state)
{
	enf_fee_options o = opts_2024();
	enf_money out = SENTINEL;

	(void)state;
	o.settled = 1;
	/* 90,000,000 / 3 = 30,000,000. */
	assert_int_equal(fee1(3 * BN, &o), 30000000);
	/* 140,400 / 3 = 46,800. */
	assert_int_equal(fee1(4680001, &o), 46800);
	/* fee(5 bn + 50) = 150,000,001; / 3 = 50,000,000.33. */
	assert_int_equal(fee1(5 * BN + 50, &o), 50000000);
	o.rounding = ENF_ROUND_UP;
	assert_int_equal(fee1(5 * BN + 50, &o), 50000001);
	o.rounding = ENF_ROUND_HALF_UP;
	/* Second instalment of the example: 80,000,000 / 3 =
	 * 26,666,666.67 -> 26,666,667. */
	assert_int_equal(enf_fee_compute(&out, 3 * BN, 3 * BN, &o, NULL),
			 ENF_OK);
	assert_int_equal(out, 26666667);
}

static void test_fee__reduction(void **state)
{
	enf_fee_options o = opts_2024();

	(void)state;
	o.reduction_pct = 30;
	/* 90,000,000 x 70% = 63,000,000. */
	assert_int_equal(fee1(3 * BN, &o), 63000000);
	/* fee(4,680,150) = 140,405; x 70% = 98,283.5 -> 98,284. */
	assert_int_equal(fee1(4680150, &o), 98284);
	/* Settled and reduced: 90 m / 3 = 30 m, x 70% = 21,000,000. */
	o.settled = 1;
	assert_int_equal(fee1(3 * BN, &o), 21000000);
	o.settled = 0;
	o.reduction_pct = 100;
	assert_int_equal(fee1(3 * BN, &o), 0);
	o.reduction_pct = 20;
	/* 90 m x 80% = 72,000,000. */
	assert_int_equal(fee1(3 * BN, &o), 72000000);
}

static void test_fee__exempt(void **state)
{
	enf_fee_options o = opts_2024();
	enf_money out = SENTINEL;

	(void)state;
	o.exempt = 1;
	assert_int_equal(fee1(3 * BN, &o), 0);
	assert_int_equal(fee1(18 * BN, &o), 0);
	assert_int_equal(enf_fee_compute(&out, 3 * BN, 3 * BN, &o, NULL),
			 ENF_OK);
	assert_int_equal(out, 0);
}

/* ------------------------------------------------------------------ */
/* Trail                                                              */
/* ------------------------------------------------------------------ */

static void test_fee__trail_basics(void **state)
{
	enf_trail *t = NULL;
	enf_trail_step s, got;
	char rule[8] = "abc";

	(void)state;
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	assert_non_null(t);
	assert_int_equal(enf_trail_count(t), 0);
	assert_int_equal(enf_trail_count(NULL), 0);
	memset(&s, 0, sizeof(s));
	s.rule = rule;
	s.source = NULL;
	s.first = ymd(2025, 1, 2);
	s.last = ENF_DATE_NONE;
	s.days = 3;
	s.base = 4;
	s.rate_ppm = 5;
	s.amount = 6;
	assert_int_equal(enf__trail_add(t, &s), ENF_OK);
	assert_int_equal(enf__trail_add(NULL, &s), ENF_OK);
	rule[0] = 'X'; /* the trail holds a copy */
	assert_int_equal(enf_trail_count(t), 1);
	assert_int_equal(enf_trail_step_at(&got, t, 0), ENF_OK);
	assert_string_equal(got.rule, "abc");
	assert_string_equal(got.source, "");
	assert_int_equal(got.first, ymd(2025, 1, 2));
	assert_int_equal(got.last, ENF_DATE_NONE);
	assert_int_equal(got.days, 3);
	assert_int_equal(got.base, 4);
	assert_int_equal(got.rate_ppm, 5);
	assert_int_equal(got.amount, 6);
	for (int i = 0; i < 40; i++) /* growth */
		assert_int_equal(enf__trail_add(t, &s), ENF_OK);
	assert_int_equal(enf_trail_count(t), 41);
	memset(&got, 0x55, sizeof(got));
	s = got;
	ASSERT_FAILS(enf_trail_step_at(&got, t, 41), ENF_ERANGE,
		     "trail_step_at", "41");
	assert_memory_equal(&got, &s, sizeof(got));
	ASSERT_FAILS(enf_trail_step_at(NULL, t, 0), ENF_EINVALID,
		     "trail_step_at", "out");
	ASSERT_FAILS(enf_trail_step_at(&got, NULL, 0), ENF_EINVALID,
		     "trail_step_at", "trail");
	ASSERT_FAILS(enf__trail_add(t, NULL), ENF_EINVALID, "trail_add",
		     "step");
	enf_trail_clear(t);
	assert_int_equal(enf_trail_count(t), 0);
	enf_trail_clear(NULL);
	enf_trail_free(t);
	enf_trail_free(NULL);
	ASSERT_FAILS(enf_trail_new(NULL), ENF_EINVALID, "trail_new", "out");
}

static void test_fee__trail_text(void **state)
{
	enf_trail *t = NULL;
	enf_trail_step s = {"a, \"quoted\" rule", "src\n2", 0, 0, 0, 0, 0, 0};
	char *text = (char *)"keep";
	size_t len = 99;

	(void)state;
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	assert_int_equal(enf_trail_to_csv(&text, &len, t), ENF_OK);
	assert_string_equal(
		text, "rule,source,first,last,days,base,rate_ppm,amount\n");
	assert_int_equal(len, strlen(text));
	enf_io_free(text);
	assert_int_equal(enf_trail_to_json(&text, NULL, t), ENF_OK);
	assert_string_equal(
		text, "{\"schema\": \"enforcement-trail/1\", \"steps\": []}\n");
	enf_io_free(text);

	s.first = ymd(2024, 7, 1);
	s.last = ymd(2024, 12, 31);
	s.days = 184;
	s.base = -5;
	s.rate_ppm = 100000;
	s.amount = INT64_MAX;
	assert_int_equal(enf__trail_add(t, &s), ENF_OK);
	s.rule = "plain";
	s.source = "x";
	s.first = s.last = ENF_DATE_NONE;
	s.days = 0;
	s.base = 1;
	s.rate_ppm = 0;
	s.amount = 2;
	assert_int_equal(enf__trail_add(t, &s), ENF_OK);
	assert_int_equal(enf_trail_to_csv(&text, &len, t), ENF_OK);
	assert_string_equal(text,
			    "rule,source,first,last,days,base,rate_ppm,amount\n"
			    "\"a, \"\"quoted\"\" rule\",\"src\n2\",2024-07-01,"
			    "2024-12-31,184,-5,100000,9223372036854775807\n"
			    "plain,x,,,0,1,0,2\n");
	assert_int_equal(len, strlen(text));
	enf_io_free(text);
	assert_int_equal(enf_trail_to_json(&text, &len, t), ENF_OK);
	assert_string_equal(
		text,
		"{\"schema\": \"enforcement-trail/1\", \"steps\": [\n"
		"  {\"rule\": \"a, \\\"quoted\\\" rule\", \"source\": "
		"\"src\\n2\", \"first\": \"2024-07-01\", \"last\": "
		"\"2024-12-31\", \"days\": 184, \"base\": -5, \"rate_ppm\": "
		"100000, \"amount\": 9223372036854775807},\n"
		"  {\"rule\": \"plain\", \"source\": \"x\", \"first\": null, "
		"\"last\": null, \"days\": 0, \"base\": 1, \"rate_ppm\": 0, "
		"\"amount\": 2}\n"
		"]}\n");
	assert_int_equal(len, strlen(text));
	enf_io_free(text);

	ASSERT_FAILS(enf_trail_to_csv(NULL, &len, t), ENF_EINVALID,
		     "trail_to_csv", "out");
	ASSERT_FAILS(enf_trail_to_csv(&text, &len, NULL), ENF_EINVALID,
		     "trail_to_csv", "trail");
	assert_null(text);
	ASSERT_FAILS(enf_trail_to_json(&text, &len, NULL), ENF_EINVALID,
		     "trail_to_json", "trail");
	assert_null(text);
	enf_trail_free(t);
}

/* Asserts step i of t. */
static void assert_step(const enf_trail *t, size_t i, const char *rule,
			const char *source, enf_money base, int64_t rate_ppm,
			enf_money amount)
{
	enf_trail_step s;

	assert_int_equal(enf_trail_step_at(&s, t, i), ENF_OK);
	assert_string_equal(s.rule, rule);
	assert_string_equal(s.source, source);
	assert_int_equal(s.days, 0);
	assert_int_equal(s.base, base);
	assert_int_equal(s.rate_ppm, rate_ppm);
	assert_int_equal(s.amount, amount);
}

static void test_fee__trail_steps(void **state)
{
	enf_fee_options o = opts_2024();
	enf_trail *t = NULL;
	enf_trail_step s;
	enf_money out = SENTINEL;
	char *text = NULL;

	(void)state;
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	/* Second instalment of the example, settled, reduced by 30%:
	 * fee(6 bn) = 170 m, fee(3 bn) = 90 m, 80 m, / 3 = 26,666,667,
	 * x 70% = 18,666,666.9 -> 18,666,667. */
	o.settled = 1;
	o.reduction_pct = 30;
	assert_int_equal(enf_fee_compute(&out, 3 * BN, 3 * BN, &o, t), ENF_OK);
	assert_int_equal(out, 18666667);
	assert_int_equal(enf_trail_count(t), 6);
	assert_step(t, 0, "threshold: 2 x base salary", "base_salary", 2340000,
		    2000000, 4680000);
	assert_step(t, 1, "150,000,000 + 2% of the excess over 5 bn",
		    "Circular 216/2016/TT-BTC Art 4", 6 * BN, 20000, 170000000);
	assert_step(t, 2, "3% of the whole amount above 2 x base salary",
		    "Circular 216/2016/TT-BTC Art 4", 3 * BN, 30000, 90000000);
	assert_step(t, 3, "instalment: fee(before + now) - fee(before)",
		    "Circular 216/2016/TT-BTC", 3 * BN, 0, 80000000);
	assert_step(t, 4,
		    "one third: the parties settled after the decision and "
		    "before coercion",
		    "Circular 216/2016/TT-BTC Art 4-6", 80000000, 0, 26666667);
	assert_step(t, 5, "reduced by 30%: 70% of the fee",
		    "Circular 216/2016/TT-BTC", 26666667, 700000, 18666667);
	assert_int_equal(enf_trail_step_at(&s, t, 5), ENF_OK);
	assert_int_equal(s.first, ymd(2025, 3, 10));
	assert_int_equal(s.last, ymd(2025, 3, 10));

	/* The base salary from the table names its decree; below the
	 * threshold; exempt. The trail keeps the earlier steps. */
	o = opts_2024();
	o.base_salary = 0;
	o.exempt = 1;
	assert_int_equal(enf_fee_compute(&out, 0, 4680000, &o, t), ENF_OK);
	assert_int_equal(out, 0);
	assert_int_equal(enf_trail_count(t), 9);
	assert_step(t, 6, "threshold: 2 x base salary",
		    "Decree 73/2024/ND-CP Art 3", 2340000, 2000000, 4680000);
	assert_step(t, 7, "no fee up to 2 x base salary",
		    "Circular 216/2016/TT-BTC Art 4", 4680000, 0, 0);
	assert_step(t, 8, "exempt: no fee", "Circular 216/2016/TT-BTC", 0, 0,
		    0);

	/* The fee steps' text, exactly. */
	enf_trail_clear(t);
	o = opts_2024();
	assert_int_equal(enf_fee_compute(&out, 0, 18 * BN, &o, t), ENF_OK);
	assert_int_equal(out, 245300000);
	assert_int_equal(enf_trail_to_csv(&text, NULL, t), ENF_OK);
	assert_string_equal(
		text, "rule,source,first,last,days,base,rate_ppm,amount\n"
		      "threshold: 2 x base salary,base_salary,2025-03-10,"
		      "2025-03-10,0,2340000,2000000,4680000\n"
		      "\"245,000,000 + 0.01% of the excess over 15 bn\","
		      "Circular 216/2016/TT-BTC Art 4,2025-03-10,2025-03-10,0,"
		      "18000000000,100,245300000\n");
	enf_io_free(text);
	assert_int_equal(enf_trail_to_json(&text, NULL, t), ENF_OK);
	assert_string_equal(
		text,
		"{\"schema\": \"enforcement-trail/1\", \"steps\": [\n"
		"  {\"rule\": \"threshold: 2 x base salary\", \"source\": "
		"\"base_salary\", \"first\": \"2025-03-10\", \"last\": "
		"\"2025-03-10\", \"days\": 0, \"base\": 2340000, "
		"\"rate_ppm\": 2000000, \"amount\": 4680000},\n"
		"  {\"rule\": \"245,000,000 + 0.01% of the excess over 15 "
		"bn\", "
		"\"source\": \"Circular 216/2016/TT-BTC Art 4\", \"first\": "
		"\"2025-03-10\", \"last\": \"2025-03-10\", \"days\": 0, "
		"\"base\": 18000000000, \"rate_ppm\": 100, \"amount\": "
		"245300000}\n"
		"]}\n");
	enf_io_free(text);
	enf_trail_free(t);
}

/* ------------------------------------------------------------------ */
/* Bad input                                                          */
/* ------------------------------------------------------------------ */

static void test_fee__bad_input(void **state)
{
	enf_fee_options o = opts_2024(), bad;
	enf_trail *t = NULL;
	enf_money out = SENTINEL;

	(void)state;
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	ASSERT_FAILS(enf_fee_compute(NULL, 0, 1, &o, t), ENF_EINVALID,
		     "fee_compute", "out");
	ASSERT_FAILS(enf_fee_compute(&out, 0, 1, NULL, t), ENF_EINVALID,
		     "fee_compute", "opts");
	ASSERT_FAILS(enf_fee_compute(&out, -1, 1, &o, t), ENF_EINVALID,
		     "fee_compute", "received_before");
	ASSERT_FAILS(enf_fee_compute(&out, 0, -1, &o, t), ENF_EINVALID,
		     "fee_compute", "received_now");
	ASSERT_FAILS(enf_fee_compute(&out, 0, INT64_MIN, &o, t), ENF_EINVALID,
		     "fee_compute", "received_now");
	bad = o;
	bad.version = 2;
	ASSERT_FAILS(enf_fee_compute(&out, 0, 1, &bad, t), ENF_EVERSION,
		     "fee_compute", "version");
	bad.version = 0;
	ASSERT_FAILS(enf_fee_compute(&out, 0, 1, &bad, t), ENF_EVERSION,
		     "fee_compute", "version");
	bad = o;
	bad.reduction_pct = 101;
	ASSERT_FAILS(enf_fee_compute(&out, 0, 1, &bad, t), ENF_EINVALID,
		     "fee_compute", "reduction_pct");
	bad.reduction_pct = -1;
	ASSERT_FAILS(enf_fee_compute(&out, 0, 1, &bad, t), ENF_EINVALID,
		     "fee_compute", "reduction_pct");
	bad = o;
	bad.base_salary = -1;
	ASSERT_FAILS(enf_fee_compute(&out, 0, 1, &bad, t), ENF_EINVALID,
		     "fee_compute", "base_salary");
	bad = o;
	bad.rounding = (enf_rounding)7;
	ASSERT_FAILS(enf_fee_compute(&out, 0, 1, &bad, t), ENF_EINVALID,
		     "fee_compute", "rounding");
	bad = o;
	bad.settled = 2;
	ASSERT_FAILS(enf_fee_compute(&out, 0, 1, &bad, t), ENF_EINVALID,
		     "fee_compute", "settled");
	bad = o;
	bad.exempt = -1;
	ASSERT_FAILS(enf_fee_compute(&out, 0, 1, &bad, t), ENF_EINVALID,
		     "fee_compute", "exempt");
	/* No base salary before 1 May 2016, nor for no date. */
	bad = o;
	bad.base_salary = 0;
	bad.date = ymd(2016, 4, 30);
	ASSERT_FAILS(enf_fee_compute(&out, 0, 1, &bad, t), ENF_ENOTFOUND,
		     "fee_compute", "base_salary");
	bad.date = ENF_DATE_NONE;
	ASSERT_FAILS(enf_fee_compute(&out, 0, 1, &bad, t), ENF_ENOTFOUND,
		     "fee_compute", "date");
	assert_int_equal(out, SENTINEL);
	assert_int_equal(enf_trail_count(t), 0);
	enf_trail_free(t);
}

static void test_fee__overflow(void **state)
{
	enf_fee_options o = opts_2024();
	enf_trail *t = NULL;
	enf_money out = SENTINEL;

	(void)state;
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	ASSERT_FAILS(enf_fee_compute(&out, INT64_MAX, 1, &o, t), ENF_EOVERFLOW,
		     "fee_compute", "overflows");
	ASSERT_FAILS(enf_fee_compute(&out, INT64_MAX / 2 + 1, INT64_MAX / 2 + 1,
				     &o, t),
		     ENF_EOVERFLOW, "fee_compute", "received_now");
	assert_int_equal(out, SENTINEL);
	assert_int_equal(enf_trail_count(t), 0);
	/* At the edge it fits: fee(INT64_MAX) - fee(INT64_MAX - 1):
	 * ...477.5807 -> ...478 and ...477.5806 -> ...478: 0. */
	assert_int_equal(enf_fee_compute(&out, INT64_MAX - 1, 1, &o, t),
			 ENF_OK);
	assert_int_equal(out, 0);
	/* A base salary so large that 2 x it exceeds 64 bits: no fee. */
	o.base_salary = INT64_MAX;
	assert_int_equal(enf_fee_compute(&out, 0, INT64_MAX, &o, NULL), ENF_OK);
	assert_int_equal(out, 0);
	enf_trail_free(t);
}

/* ------------------------------------------------------------------ */
/* Rules catalogue                                                    */
/* ------------------------------------------------------------------ */

/* The schedule of Circular 216/2016/TT-BTC Art 4 as rows of the
 * catalogue, in force from 1 Jan 2017 (the circular's effective date). */
static void test_fee__schedule_rows_tt216_art4(void **state)
{
	static const struct {
		const char *id;
		int64_t want;
	} rows[] = {
		{"VN.fee.threshold", 2000000},	 /* 2 x base salary */
		{"VN.fee.bracket1.rate", 30000}, /* 3% of the whole */
		{"VN.fee.bracket2.from", 5 * BN},
		{"VN.fee.bracket2.fixed", 150000000},
		{"VN.fee.bracket2.rate", 20000},
		{"VN.fee.bracket3.from", 7 * BN},
		{"VN.fee.bracket3.fixed", 190000000},
		{"VN.fee.bracket3.rate", 10000},
		{"VN.fee.bracket4.from", 10 * BN},
		{"VN.fee.bracket4.fixed", 220000000},
		{"VN.fee.bracket4.rate", 5000},
		{"VN.fee.bracket5.from", 15 * BN},
		{"VN.fee.bracket5.fixed", 245000000},
		{"VN.fee.bracket5.rate", 100}, /* 0.01% */
		{"VN.fee.settled_divisor", 3}, /* one third */
	};
	enf_rule row;
	int64_t v;

	(void)state;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		v = -1;
		assert_int_equal(enf_rules_value(&v, &row, NULL, rows[i].id,
						 ymd(2017, 1, 1)),
				 ENF_OK);
		assert_int_equal(v, rows[i].want);
		assert_non_null(strstr(row.citation, "Circular 216/2016"));
		assert_int_equal(row.from, ymd(2017, 1, 1));
		ASSERT_FAILS(enf_rules_value(&v, NULL, NULL, rows[i].id,
					     ymd(2016, 12, 31)),
			     ENF_ENOTFOUND, rows[i].id, "2016-12-31");
	}
}

/* A rulebook's rows reach the fee: from 2030 (illustrative overrides) a
 * base salary of 3,000,000 (threshold 6,000,000), 4% in the first
 * bracket and one half on settlement. */
static void test_fee__rulebook_overrides(void **state)
{
	enf_rulebook *book = NULL;
	enf_fee_options o = opts_2024();
	enf_trail *t = NULL;
	enf_trail_step s;
	enf_money out = SENTINEL;

	(void)state;
	assert_int_equal(enf_rulebook_new(&book), ENF_OK);
	assert_int_equal(
		enf_rulebook_override(book,
				      "VN.base_salary 2030-01-01 none 3000000\n"
				      "VN.fee.bracket1.rate 2030-01-01 none "
				      "40000\n"
				      "VN.fee.settled_divisor 2030-01-01 none "
				      "2\n"),
		ENF_OK);
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	o.base_salary = 0;
	o.rulebook = book;
	/* The day before: the built-in figures, 3% of 3 bn = 90,000,000. */
	o.date = ymd(2029, 12, 31);
	assert_int_equal(enf_fee_compute(&out, 0, 3 * BN, &o, NULL), ENF_OK);
	assert_int_equal(out, 90000000);
	/* 2030: 4% of 3 bn = 120,000,000; the threshold 2 x 3,000,000. */
	o.date = ymd(2030, 1, 1);
	assert_int_equal(enf_fee_compute(&out, 0, 3 * BN, &o, t), ENF_OK);
	assert_int_equal(out, 120000000);
	assert_step(t, 0, "threshold: 2 x base salary", "caller override",
		    3000000, 2000000, 6000000);
	assert_step(t, 1, "4% of the whole amount above 2 x base salary",
		    "caller override", 3 * BN, 40000, 120000000);
	/* 6,000,000 owes nothing; 6,000,001 owes 4%: 240,000.04 -> 240,000. */
	assert_int_equal(enf_fee_compute(&out, 0, 6000000, &o, NULL), ENF_OK);
	assert_int_equal(out, 0);
	assert_int_equal(enf_fee_compute(&out, 0, 6000001, &o, NULL), ENF_OK);
	assert_int_equal(out, 240000);
	/* Settled: one half, 60,000,000. */
	enf_trail_clear(t);
	o.settled = 1;
	assert_int_equal(enf_fee_compute(&out, 0, 3 * BN, &o, t), ENF_OK);
	assert_int_equal(out, 60000000);
	assert_int_equal(enf_trail_step_at(&s, t, 2), ENF_OK);
	assert_string_equal(s.rule, "1/2: the parties settled after the "
				    "decision and before coercion");
	enf_trail_free(t);
	enf_rulebook_free(book);
}

/* Before Circular 216/2016 took effect (1 Jan 2017) there is no
 * schedule; brackets that do not rise are refused. */
static void test_fee__rulebook_refusals(void **state)
{
	enf_rulebook *book = NULL;
	enf_fee_options o = opts_2024();
	enf_money out = SENTINEL;

	(void)state;
	o.date = ymd(2016, 6, 1);
	ASSERT_FAILS(enf_fee_compute(&out, 0, 3 * BN, &o, NULL), ENF_ENOTFOUND,
		     "VN.fee.threshold", "2016-06-01");
	assert_int_equal(enf_rulebook_new(&book), ENF_OK);
	assert_int_equal(enf_rulebook_override(
				 book, "VN.fee.bracket3.from 2030-01-01 none "
				       "4000000000\n"),
			 ENF_OK);
	o.rulebook = book;
	o.date = ymd(2030, 1, 1);
	ASSERT_FAILS(enf_fee_compute(&out, 0, 3 * BN, &o, NULL), ENF_EINVALID,
		     "fee_compute", "VN.fee.bracket3.from");
	assert_int_equal(out, SENTINEL);
	enf_rulebook_free(book);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fee__base_salary_dates),
		cmocka_unit_test(test_fee__base_salary_not_found),
		cmocka_unit_test(test_fee__options_init),
		cmocka_unit_test(test_fee__schedule_thresholds),
		cmocka_unit_test(test_fee__schedule_by_date),
		cmocka_unit_test(test_fee__rounding_modes),
		cmocka_unit_test(test_fee__instalments_circular_example),
		cmocka_unit_test(test_fee__instalments_cliff),
		cmocka_unit_test(test_fee__settled_third),
		cmocka_unit_test(test_fee__reduction),
		cmocka_unit_test(test_fee__exempt),
		cmocka_unit_test(test_fee__trail_basics),
		cmocka_unit_test(test_fee__trail_text),
		cmocka_unit_test(test_fee__trail_steps),
		cmocka_unit_test(test_fee__bad_input),
		cmocka_unit_test(test_fee__overflow),
		cmocka_unit_test(test_fee__schedule_rows_tt216_art4),
		cmocka_unit_test(test_fee__rulebook_overrides),
		cmocka_unit_test(test_fee__rulebook_refusals),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
