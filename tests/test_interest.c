/*
 * Tests of the late-payment interest engine of payout.h.
 *
 * Every expected value is worked out by hand in the comment next to it;
 * none was produced by running the code under test. "x / 365" results are
 * rounded half-up to whole units once per sub-period.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

/* 100 m VND: the principal of most Vietnamese cases below. */
#define M100 INT64_C(100000000)

static enf_interest_options opts_for(enf_interest_rules rules)
{
	enf_interest_options o = ENF_INTEREST_OPTIONS_INIT;

	assert_int_equal(enf_interest_options_init(
				 &o, ENF_INTEREST_OPTIONS_VERSION, rules),
			 ENF_OK);
	return o;
}

/* Runs a computation with no payments, pauses or rates. */
static enf_interest_result simple(enf_money principal, enf_date from,
				  enf_date to, const enf_interest_options *o)
{
	enf_interest_result r = {-1, -1, -1, -1};

	assert_int_equal(enf_interest_compute(&r, principal, from, to, NULL, 0,
					      NULL, 0, NULL, 0, o, NULL),
			 ENF_OK);
	return r;
}

/* ---------------------------------------------------------------------- */
/* Options                                                                 */

static void test_interest__options_init(void **state)
{
	enf_interest_options o = ENF_INTEREST_OPTIONS_INIT;
	enf_interest_options def = ENF_INTEREST_OPTIONS_INIT;

	(void)state;
	/* VN equals the static initialiser. */
	o = opts_for(ENF_INTEREST_VN);
	assert_int_equal(o.version, def.version);
	assert_int_equal(o.rules, def.rules);
	assert_int_equal(o.day_count, def.day_count);
	assert_int_equal(o.agreed_rate_ppm, def.agreed_rate_ppm);
	assert_int_equal(o.margin_ppm, def.margin_ppm);
	assert_int_equal(o.day_count, ENF_DC_ACT_365);
	assert_int_equal(o.agreed_rate_ppm, -1);
	/* The Civil Code Art 468(1) cap is on by default. */
	assert_int_equal(o.rate_cap, def.rate_cap);
	assert_int_equal(o.rate_cap, 1);
	assert_null(o.rulebook);
	/* DE: actual/365 and 5 points over the base rate (BGB 288(1)). */
	o = opts_for(ENF_INTEREST_DE);
	assert_int_equal(o.rules, ENF_INTEREST_DE);
	assert_int_equal(o.day_count, ENF_DC_ACT_365);
	assert_int_equal(o.margin_ppm, 50000);
	o = opts_for(ENF_INTEREST_UK);
	assert_int_equal(o.rules, ENF_INTEREST_UK);
	assert_int_equal(o.day_count, ENF_DC_ACT_365);
	o = opts_for(ENF_INTEREST_US);
	assert_int_equal(o.rules, ENF_INTEREST_US);
	assert_int_equal(o.day_count, ENF_DC_ACT_365);

	assert_int_equal(enf_interest_options_init(NULL, 1, ENF_INTEREST_VN),
			 ENF_EINVALID);
	assert_error_names("interest_options_init", "opts");
	assert_int_equal(enf_interest_options_init(&o, 0, ENF_INTEREST_VN),
			 ENF_EVERSION);
	assert_int_equal(enf_interest_options_init(&o, 2, ENF_INTEREST_VN),
			 ENF_EVERSION);
	assert_error_names("interest_options_init", "version");
	assert_int_equal(
		enf_interest_options_init(&o, 1, (enf_interest_rules)4),
		ENF_EINVALID);
	assert_error_names("interest_options_init", "rules");
	/* Untouched by the failures. */
	assert_int_equal(o.rules, ENF_INTEREST_US);
}

/* ---------------------------------------------------------------------- */
/* Vietnam                                                                 */

static void test_interest__vn_statutory_year(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r;

	(void)state;
	/* No agreed rate: 10% (Art 468(2)). 2025-01-01..2025-12-31 = 365
	 * days: 100,000,000 x 0.10 x 365 / 365 = 10,000,000. */
	r = simple(M100, ymd(2025, 1, 1), ymd(2025, 12, 31), &o);
	assert_int_equal(r.interest, 10000000);
	assert_int_equal(r.interest_unpaid, 10000000);
	assert_int_equal(r.principal_unpaid, M100);
	assert_int_equal(r.overpaid, 0);
	/* One day: 10,000,000 / 365 = 27,397.26 -> 27,397. */
	r = simple(M100, ymd(2025, 1, 1), ymd(2025, 1, 1), &o);
	assert_int_equal(r.interest, 27397);
	/* No principal, no interest. */
	r = simple(0, ymd(2025, 1, 1), ymd(2025, 12, 31), &o);
	assert_int_equal(r.interest, 0);
}

static void test_interest__vn_payment_principal_first(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r = {-1, -1, -1, -1};
	/* Day 100 of 2025: 31 + 28 + 31 = 90 days to 31 Mar, + 10 = 10 Apr. */
	enf_payment pay[1] = {{0, INT64_C(40000000)}};

	(void)state;
	pay[0].date = ymd(2025, 4, 10);
	/* [1 Jan, 10 Apr] 100 days on 100 m: 1,000,000,000 / 365 =
	 * 2,739,726.03 -> 2,739,726. The payment goes to principal (60 m
	 * left) from 11 Apr. [11 Apr, 31 Dec] 265 days on 60 m:
	 * 6,000,000 x 265 / 365 = 1,590,000,000 / 365 = 4,356,164.38 ->
	 * 4,356,164. Total 7,095,890 (not 7,095,890.41 rounded once). The
	 * interest stays unpaid: the principal is not paid off. */
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), pay, 1, NULL,
					      0, NULL, 0, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 7095890);
	assert_int_equal(r.interest_unpaid, 7095890);
	assert_int_equal(r.principal_unpaid, 60000000);
	assert_int_equal(r.overpaid, 0);
}

static void test_interest__vn_agreed_rate_capped(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r;
	enf_rate_change table[2] = {{0, 250000}, {0, 150000}};

	(void)state;
	/* Agreed 25% is capped at 20% (Art 468(1)): 100 m x 0.20 = 20 m. */
	o.agreed_rate_ppm = 250000;
	r = simple(M100, ymd(2025, 1, 1), ymd(2025, 12, 31), &o);
	assert_int_equal(r.interest, 20000000);
	/* Agreed 15% stands: 15 m. */
	o.agreed_rate_ppm = 150000;
	r = simple(M100, ymd(2025, 1, 1), ymd(2025, 12, 31), &o);
	assert_int_equal(r.interest, 15000000);
	/* Agreed 0%: nothing. */
	o.agreed_rate_ppm = 0;
	r = simple(M100, ymd(2025, 1, 1), ymd(2025, 12, 31), &o);
	assert_int_equal(r.interest, 0);
	/* A table: 25% (capped to 20%) in Jan..Jun, 15% from 1 Jul.
	 * [1 Jan, 30 Jun] 181 days: 20,000,000 x 181 / 365 =
	 * 9,917,808.22 -> 9,917,808; [1 Jul, 31 Dec] 184 days:
	 * 15,000,000 x 184 / 365 = 7,561,643.84 -> 7,561,644. Sum
	 * 17,479,452. */
	table[0].from = ymd(2025, 1, 1);
	table[1].from = ymd(2025, 7, 1);
	o.agreed_rate_ppm = -1;
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), NULL, 0, NULL,
					      0, table, 2, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 17479452);
}

/* Civil Code Art 468(1) caps an agreed rate at 20%/year "unless another
 * law provides otherwise": a credit institution's contract rate runs on
 * after judgment (Resolution 01/2019/NQ-HDTP Art 13), so rate_cap 0. */
static void test_interest__vn_cap_off_credit_institution_art468(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r;
	enf_rate_change table[2] = {{0, 300000}, {0, 180000}};
	enf_trail *t = NULL;
	enf_trail_step s;

	(void)state;
	o.rate_cap = 0;
	/* Agreed 25%, uncapped: 100 m x 0.25 x 365 / 365 = 25,000,000. */
	o.agreed_rate_ppm = 250000;
	r = simple(M100, ymd(2025, 1, 1), ymd(2025, 12, 31), &o);
	assert_int_equal(r.interest, 25000000);
	/* No agreed rate: still 10% (Art 468(2)): 10,000,000. */
	o.agreed_rate_ppm = -1;
	r = simple(M100, ymd(2025, 1, 1), ymd(2025, 12, 31), &o);
	assert_int_equal(r.interest, 10000000);
	/* A table of 30% in Jan..Jun and 18% from 1 Jul, uncapped:
	 * [1 Jan, 30 Jun] 181 days: 30,000,000 x 181 / 365 = 14,876,712.33
	 * -> 14,876,712; [1 Jul, 31 Dec] 184 days: 18,000,000 x 184 / 365 =
	 * 9,073,972.60 -> 9,073,973. Sum 23,950,685. */
	table[0].from = ymd(2025, 1, 1);
	table[1].from = ymd(2025, 7, 1);
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), NULL, 0, NULL,
					      0, table, 2, &o, t),
			 ENF_OK);
	assert_int_equal(r.interest, 23950685);
	assert_int_equal(enf_trail_step_at(&s, t, 0), ENF_OK);
	assert_int_equal(s.rate_ppm, 300000);
	assert_non_null(strstr(s.source, "468(1) uncapped"));
	assert_non_null(strstr(s.source, "Resolution 01/2019/NQ-HDTP Art 13"));
	/* The same table capped (the default): 30% -> 20% for 181 days =
	 * 20,000,000 x 181 / 365 = 9,917,808.22 -> 9,917,808; 18% stands:
	 * 9,073,973. Sum 18,991,781. */
	o.rate_cap = 1;
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), NULL, 0, NULL,
					      0, table, 2, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 18991781);
	enf_trail_free(t);
}

/* The trail's sources follow the date: Joint Circular 11/2016 Art 6 for a
 * payment before 1 Jul 2026, Decree 152/2026 Art 29(1) from it; a
 * sub-period from 1 Jul 2026 adds Decree 152/2026 Art 29(2). */
static void test_interest__vn_citations_by_date_decree152_art29(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r = {-1, -1, -1, -1};
	enf_payment pay[2] = {{0, 10000000}, {0, 10000000}};
	enf_trail *t = NULL;
	enf_trail_step s;

	(void)state;
	pay[0].date = ymd(2026, 6, 30);
	pay[1].date = ymd(2026, 7, 10);
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	/* [1 Jun, 30 Jun] 30 days on 100 m: 300,000,000 / 365 = 821,917.81
	 * -> 821,918; [1 Jul, 10 Jul] 10 days on 90 m: 90,000,000 / 365 =
	 * 246,575.34 -> 246,575; [11 Jul, 31 Jul] 21 days on 80 m:
	 * 168,000,000 / 365 = 460,273.97 -> 460,274. Total 1,528,767. */
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2026, 6, 1),
					      ymd(2026, 7, 31), pay, 2, NULL, 0,
					      NULL, 0, &o, t),
			 ENF_OK);
	assert_int_equal(r.interest, 1528767);
	assert_int_equal(r.principal_unpaid, 80000000);
	/* period, payment, period, payment, period */
	assert_int_equal(enf_trail_count(t), 5);
	assert_int_equal(enf_trail_step_at(&s, t, 0), ENF_OK);
	assert_string_equal(s.source, "Civil Code 91/2015 Art 357, 468");
	assert_int_equal(s.amount, 821918);
	assert_int_equal(enf_trail_step_at(&s, t, 1), ENF_OK);
	assert_string_equal(s.source, "Joint Circular 11/2016 Art 6");
	assert_int_equal(enf_trail_step_at(&s, t, 2), ENF_OK);
	assert_string_equal(s.source, "Civil Code 91/2015 Art 357, 468; "
				      "Decree 152/2026 Art 29(2)");
	assert_int_equal(s.first, ymd(2026, 7, 1));
	assert_int_equal(s.amount, 246575);
	assert_int_equal(enf_trail_step_at(&s, t, 3), ENF_OK);
	assert_string_equal(s.source, "Decree 152/2026 Art 29(1)");
	assert_int_equal(enf_trail_step_at(&s, t, 4), ENF_OK);
	assert_int_equal(s.amount, 460274);
	enf_trail_free(t);
}

/* Decree 152/2026 Art 29(2): for an asset sold, interest runs to the day
 * it is handed to the buyer, not to the day the price was paid. A 100 m
 * debt from 1 Jul 2026; the buyer pays the full 100 m on 1 Aug 2026; the
 * asset is handed over on 30 Sep 2026. */
static void test_interest__vn_runs_to_handover_decree152_art29_2(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r = {-1, -1, -1, -1};
	enf_payment pay[1] = {{0, M100}};

	(void)state;
	/* Dated on the handover: [1 Jul, 30 Sep] 31 + 31 + 30 = 92 days on
	 * 100 m: 920,000,000 / 365 = 2,520,547.95 -> 2,520,548, unpaid. */
	pay[0].date = ymd(2026, 9, 30);
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2026, 7, 1),
					      ymd(2026, 9, 30), pay, 1, NULL, 0,
					      NULL, 0, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 2520548);
	assert_int_equal(r.principal_unpaid, 0);
	assert_int_equal(r.interest_unpaid, 2520548);
	/* Dated on the payment, as a collection would be: [1 Jul, 1 Aug] 32
	 * days: 320,000,000 / 365 = 876,712.33 -> 876,712; too little by
	 * the 60 days of [2 Aug, 30 Sep]. */
	pay[0].date = ymd(2026, 8, 1);
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2026, 7, 1),
					      ymd(2026, 8, 1), pay, 1, NULL, 0,
					      NULL, 0, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 876712);
}

/* The statutory figures are rows of the catalogue: Civil Code 91/2015
 * Art 468(1) and (2), in force from 1 Jan 2017. */
static void test_interest__vn_rows_civil_code_art468(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r = {-1, -1, -1, -1};
	enf_rule row;
	int64_t v = -1;

	(void)state;
	assert_int_equal(enf_rules_value(&v, &row, NULL, "VN.interest.cap",
					 ymd(2017, 1, 1)),
			 ENF_OK);
	assert_int_equal(v, 200000); /* 20%/year */
	assert_string_equal(row.citation, "Civil Code 91/2015 Art 468(1)");
	assert_int_equal(enf_rules_value(&v, NULL, NULL,
					 "VN.interest.statutory",
					 ymd(2026, 7, 1)),
			 ENF_OK);
	assert_int_equal(v, 100000); /* 50% of the cap */
	assert_int_equal(enf_rules_value(&v, NULL, NULL,
					 "UK.interest.judgment_rate",
					 ymd(1993, 4, 1)),
			 ENF_OK);
	assert_int_equal(v, 80000); /* SI 1993/564 */
	/* Before the Civil Code 2015 took effect: no statutory rate. */
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2016, 12, 1),
					      ymd(2017, 1, 31), NULL, 0, NULL,
					      0, NULL, 0, &o, NULL),
			 ENF_ENOTFOUND);
	assert_error_names("VN.interest.statutory", "2016-12-01");
	assert_int_equal(r.interest, -1);
}

/* A rulebook's rows reach the interest, and a row that starts inside the
 * span splits it. Illustrative overrides: the cap falls to 15% from 1 Jan
 * 2027; a caller's rates for 2016, before the Civil Code 2015 rows (9%,
 * capped at 13.5%). */
static void test_interest__vn_rulebook_rows_split_the_span(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r = {-1, -1, -1, -1};
	enf_rulebook *book = NULL;
	enf_trail *t = NULL;
	enf_trail_step s;

	(void)state;
	assert_int_equal(enf_rulebook_new(&book), ENF_OK);
	assert_int_equal(
		enf_rulebook_override(
			book, "VN.interest.cap 2027-01-01 none 150000\n"
			      "VN.interest.cap 2010-01-01 2016-12-31 135000\n"
			      "VN.interest.statutory 2010-01-01 2016-12-31 "
			      "90000\n"),
		ENF_OK);
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	o.rulebook = book;
	/* Agreed 18% from 1 Jul 2026 to 30 Jun 2027: [1 Jul, 31 Dec 2026]
	 * 184 days at 18% (under 20%): 18,000,000 x 184 / 365 =
	 * 9,073,972.60 -> 9,073,973; [1 Jan, 30 Jun 2027] 181 days at the
	 * new 15% cap: 15,000,000 x 181 / 365 = 7,438,356.16 -> 7,438,356.
	 * 16,512,329 (18,000,000 without the book). */
	o.agreed_rate_ppm = 180000;
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2026, 7, 1),
					      ymd(2027, 6, 30), NULL, 0, NULL,
					      0, NULL, 0, &o, t),
			 ENF_OK);
	assert_int_equal(r.interest, 16512329);
	assert_int_equal(enf_trail_count(t), 2);
	assert_int_equal(enf_trail_step_at(&s, t, 0), ENF_OK);
	assert_int_equal(s.last, ymd(2026, 12, 31));
	assert_int_equal(s.rate_ppm, 180000);
	assert_int_equal(enf_trail_step_at(&s, t, 1), ENF_OK);
	assert_int_equal(s.first, ymd(2027, 1, 1));
	assert_int_equal(s.rate_ppm, 150000);
	/* No agreed rate across 1 Jan 2017: [1 Dec, 31 Dec 2016] 31 days at
	 * the caller's 9%: 9,000,000 x 31 / 365 = 764,383.56 -> 764,384;
	 * [1 Jan, 31 Jan 2017] 31 days at 10%: 10,000,000 x 31 / 365 =
	 * 849,315.07 -> 849,315. 1,613,699. */
	o.agreed_rate_ppm = -1;
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2016, 12, 1),
					      ymd(2017, 1, 31), NULL, 0, NULL,
					      0, NULL, 0, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 1613699);
	enf_trail_free(t);
	enf_rulebook_free(book);
}

static void test_interest__vn_pause(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r = {-1, -1, -1, -1};
	enf_pause pause[1];

	(void)state;
	/* A postponement agreed by the parties, 1..30 Mar 2025 (30 days).
	 * [1 Jan, 28 Feb] 59 days: 590,000,000 / 365 = 1,616,438.36 ->
	 * 1,616,438; [31 Mar, 31 Dec] 365 - 59 - 30 = 276 days:
	 * 2,760,000,000 / 365 = 7,561,643.84 -> 7,561,644. Total
	 * 9,178,082: 821,918 less than the whole year (30 days =
	 * 300,000,000 / 365 = 821,917.8). */
	pause[0].first = ymd(2025, 3, 1);
	pause[0].last = ymd(2025, 3, 30);
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), NULL, 0, pause,
					      1, NULL, 0, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 9178082);
	/* A pause covering the whole span: nothing. */
	pause[0].first = ymd(2024, 12, 1);
	pause[0].last = ymd(2026, 1, 31);
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), NULL, 0, pause,
					      1, NULL, 0, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 0);
	assert_int_equal(r.principal_unpaid, M100);
}

static void test_interest__vn_overpayment(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r = {-1, -1, -1, -1};
	enf_payment pay[1] = {{0, INT64_C(110000000)}};

	(void)state;
	/* 110 m on 10 Apr (day 100). Interest to then: 2,739,726 (see
	 * vn_payment_principal_first). The payment clears the principal
	 * (100 m), then that interest; 110,000,000 - 102,739,726 =
	 * 7,260,274 is beyond what was owed. No balance from 11 Apr: no
	 * more interest. */
	pay[0].date = ymd(2025, 4, 10);
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), pay, 1, NULL,
					      0, NULL, 0, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 2739726);
	assert_int_equal(r.interest_unpaid, 0);
	assert_int_equal(r.principal_unpaid, 0);
	assert_int_equal(r.overpaid, 7260274);
}

static void test_interest__vn_interest_paid_after_principal(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r = {-1, -1, -1, -1};
	enf_payment pay[2] = {{0, INT64_C(40000000)}, {0, INT64_C(61000000)}};

	(void)state;
	/* 40 m on 10 Apr (interest to then 2,739,726, principal 60 m), then
	 * 61 m on 31 Dec 2025, the last day. [11 Apr, 31 Dec] on 60 m:
	 * 4,356,164. 61 m pays the 60 m principal, then 1 m of the
	 * 7,095,890 interest: 6,095,890 unpaid. */
	pay[0].date = ymd(2025, 4, 10);
	pay[1].date = ymd(2025, 12, 31);
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), pay, 2, NULL,
					      0, NULL, 0, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 7095890);
	assert_int_equal(r.interest_unpaid, 6095890);
	assert_int_equal(r.principal_unpaid, 0);
	assert_int_equal(r.overpaid, 0);
}

/* ---------------------------------------------------------------------- */
/* Day counts                                                              */

static void test_interest__leap_year_day_counts(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r;

	(void)state;
	/* 2024 has 366 days. ACT/365: 10,000,000 x 366 / 365 =
	 * 10,027,397.26 -> 10,027,397. ACT/ACT: 10,000,000 x 366 / 366. */
	r = simple(M100, ymd(2024, 1, 1), ymd(2024, 12, 31), &o);
	assert_int_equal(r.interest, 10027397);
	o.day_count = ENF_DC_ACT_ACT;
	r = simple(M100, ymd(2024, 1, 1), ymd(2024, 12, 31), &o);
	assert_int_equal(r.interest, 10000000);
	/* ACT/ACT across the year end, 1 Jul 2023..30 Jun 2024:
	 * [1 Jul, 31 Dec 2023] 184 days / 365: 1,840,000,000 / 365 =
	 * 5,041,095.89 -> 5,041,096; [1 Jan, 30 Jun 2024] 31+29+31+30+31+30
	 * = 182 days / 366: 1,820,000,000 / 366 = 4,972,677.60 ->
	 * 4,972,678. Total 10,013,774. */
	r = simple(M100, ymd(2023, 7, 1), ymd(2024, 6, 30), &o);
	assert_int_equal(r.interest, 10013774);
}

static void test_interest__thirty_360(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r;

	(void)state;
	o.day_count = ENF_DC_30_360;
	/* 1 Feb..30 Apr 2025: 89 actual days, but 3 months of 30 = 90:
	 * 10,000,000 x 90 / 360 = 2,500,000. */
	r = simple(M100, ymd(2025, 2, 1), ymd(2025, 4, 30), &o);
	assert_int_equal(r.interest, 2500000);
	/* A whole year is 360 days: 10,000,000. */
	r = simple(M100, ymd(2025, 1, 1), ymd(2025, 12, 31), &o);
	assert_int_equal(r.interest, 10000000);
	/* 1..31 Jan: 31 Jan + 1 = 1 Feb, so 30 days: 10,000,000 x 30 / 360
	 * = 833,333.33 -> 833,333. ACT/365 would be 31 days. */
	r = simple(M100, ymd(2025, 1, 1), ymd(2025, 1, 31), &o);
	assert_int_equal(r.interest, 833333);
}

/* ---------------------------------------------------------------------- */
/* Germany, England and Wales, US                                          */

static void test_interest__de_base_rates_interest_first(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_DE);
	enf_interest_result r = {-1, -1, -1, -1};
	/* Illustrative base rates (the real ones moved -0.88% -> 3.12% on
	 * 1 Jul 2023 and to 3.62% on 1 Jan 2024): -0.88% from 1 Jul 2022,
	 * 3.62% from 1 Jul 2023; + 5 points: 4.12%, then 8.62%. */
	enf_rate_change base[2] = {{0, -8800}, {0, 36200}};
	enf_payment pay[1] = {{0, 50000}};

	(void)state;
	base[0].from = ymd(2022, 7, 1);
	base[1].from = ymd(2023, 7, 1);
	pay[0].date = ymd(2023, 9, 30);
	/* 10,000.00 EUR = 1,000,000 cents from 1 Jan to 31 Dec 2023.
	 * [1 Jan, 30 Jun] 181 days at 4.12%: 1,000,000 x 0.0412 x 181 / 365
	 * = 7,457,200 / 365 = 20,430.68 -> 20,431.
	 * [1 Jul, 30 Sep] 92 days at 8.62%: 1,000,000 x 0.0862 x 92 / 365 =
	 * 7,930,400 / 365 = 21,727.12 -> 21,727.
	 * 500.00 EUR on 30 Sep: interest first (BGB 367): the 42,158 cents
	 * of interest, then 7,842 of principal: 992,158 left.
	 * [1 Oct, 31 Dec] 92 days: 992,158 x 0.0862 x 92 / 365 =
	 * 7,868,209.80 / 365 = 21,556.74 -> 21,557.
	 * Total 20,431 + 21,727 + 21,557 = 63,715; unpaid 21,557. */
	assert_int_equal(enf_interest_compute(&r, 1000000, ymd(2023, 1, 1),
					      ymd(2023, 12, 31), pay, 1, NULL,
					      0, base, 2, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 63715);
	assert_int_equal(r.interest_unpaid, 21557);
	assert_int_equal(r.principal_unpaid, 992158);
	assert_int_equal(r.overpaid, 0);
	/* A base rate so low that base + margin < 0 accrues nothing. */
	base[0].rate_ppm = -60000;
	assert_int_equal(enf_interest_compute(&r, 1000000, ymd(2023, 1, 1),
					      ymd(2023, 6, 30), NULL, 0, NULL,
					      0, base, 2, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 0);
}

static void test_interest__uk_simple(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_UK);
	enf_interest_result r;

	(void)state;
	/* 8% simple (SI 1993/564) on 10,000.00 GBP = 1,000,000 pence.
	 * 2025: 80,000. */
	r = simple(1000000, ymd(2025, 1, 1), ymd(2025, 12, 31), &o);
	assert_int_equal(r.interest, 80000);
	/* 2024..2025, 731 days, no compounding: 80,000 x 731 / 365 =
	 * 160,219.18 -> 160,219 (compounded it would be about 6,400
	 * more). */
	r = simple(1000000, ymd(2024, 1, 1), ymd(2025, 12, 31), &o);
	assert_int_equal(r.interest, 160219);
}

static void test_interest__us_compounds_annually(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_US);
	enf_interest_result r = {-1, -1, -1, -1};
	enf_rate_change rate[1] = {{0, 50000}};

	(void)state;
	/* 5% from the judgment, 1 Mar 2024, on 10,000.00 USD (1,000,000
	 * cents) to 28 Feb 2026. Year 1, [1 Mar 2024, 28 Feb 2025]: 365
	 * days, 50,000. Added to the balance on 1 Mar 2025. Year 2,
	 * [1 Mar 2025, 28 Feb 2026]: 365 days on 1,050,000 = 52,500. Total
	 * 102,500 (simple: 100,000). */
	rate[0].from = ymd(2024, 3, 1);
	assert_int_equal(enf_interest_compute(&r, 1000000, ymd(2024, 3, 1),
					      ymd(2026, 2, 28), NULL, 0, NULL,
					      0, rate, 1, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 102500);
	assert_int_equal(r.interest_unpaid, 102500);
	assert_int_equal(r.principal_unpaid, 1000000);
	/* One year only: no compounding yet. */
	assert_int_equal(enf_interest_compute(&r, 1000000, ymd(2024, 3, 1),
					      ymd(2025, 2, 28), NULL, 0, NULL,
					      0, rate, 1, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 50000);
}

static void test_interest__us_payment_interest_first(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_US);
	enf_interest_result r = {-1, -1, -1, -1};
	enf_rate_change rate[1] = {{0, 50000}};
	enf_payment pay[1] = {{0, 60000}};

	(void)state;
	rate[0].from = ymd(2024, 3, 1);
	/* 60,000 on 28 Feb 2025, the last day of year 1: the year's 50,000
	 * of interest, then 10,000 of principal (990,000 left); nothing to
	 * capitalise. Year 2: 990,000 x 0.05 = 49,500. */
	pay[0].date = ymd(2025, 2, 28);
	assert_int_equal(enf_interest_compute(&r, 1000000, ymd(2024, 3, 1),
					      ymd(2026, 2, 28), pay, 1, NULL, 0,
					      rate, 1, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 99500);
	assert_int_equal(r.interest_unpaid, 49500);
	assert_int_equal(r.principal_unpaid, 990000);
	/* 20,000 on 30 Jun 2025 instead. Year 1: 50,000, capitalised on
	 * 1 Mar 2025. [1 Mar, 30 Jun 2025] 31+30+31+30 = 122 days on
	 * 1,050,000: 52,500 x 122 / 365 = 17,547.95 -> 17,548. The payment
	 * takes the capitalised (older) interest first: 30,000 of it left
	 * bears interest. [1 Jul 2025, 28 Feb 2026] 365 - 122 = 243 days on
	 * 1,030,000: 51,500 x 243 / 365 = 34,286.30 -> 34,286. Total
	 * 50,000 + 17,548 + 34,286 = 101,834; unpaid 101,834 - 20,000 =
	 * 81,834. */
	pay[0].date = ymd(2025, 6, 30);
	pay[0].amount = 20000;
	assert_int_equal(enf_interest_compute(&r, 1000000, ymd(2024, 3, 1),
					      ymd(2026, 2, 28), pay, 1, NULL, 0,
					      rate, 1, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 101834);
	assert_int_equal(r.interest_unpaid, 81834);
	assert_int_equal(r.principal_unpaid, 1000000);
}

static void test_interest__vn_payment_during_pause(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r = {-1, -1, -1, -1};
	enf_pause pause[1];
	enf_payment pay[1] = {{0, INT64_C(40000000)}};

	(void)state;
	/* Pause 1..30 Mar 2025, 40 m paid on 15 Mar. [1 Jan, 28 Feb] 59
	 * days on 100 m: 1,616,438 (see vn_pause). [31 Mar, 31 Dec] 276
	 * days on 60 m: 1,656,000,000 / 365 = 4,536,986.30 -> 4,536,986.
	 * Total 6,153,424. */
	pause[0].first = ymd(2025, 3, 1);
	pause[0].last = ymd(2025, 3, 30);
	pay[0].date = ymd(2025, 3, 15);
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), pay, 1, pause,
					      1, NULL, 0, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 6153424);
	assert_int_equal(r.principal_unpaid, 60000000);
}

/* ---------------------------------------------------------------------- */
/* Trail                                                                   */

static void test_interest__trail(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r = {-1, -1, -1, -1};
	enf_payment pay[1] = {{0, INT64_C(40000000)}};
	enf_trail *t = NULL;
	enf_trail_step s;

	(void)state;
	pay[0].date = ymd(2025, 4, 10);
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), pay, 1, NULL,
					      0, NULL, 0, &o, t),
			 ENF_OK);
	/* Sub-period, payment, sub-period (vn_payment_principal_first). */
	assert_int_equal(enf_trail_count(t), 3);
	assert_int_equal(enf_trail_step_at(&s, t, 0), ENF_OK);
	assert_string_equal(s.source, "Civil Code 91/2015 Art 357, 468");
	assert_int_equal(s.first, ymd(2025, 1, 1));
	assert_int_equal(s.last, ymd(2025, 4, 10));
	assert_int_equal(s.days, 100);
	assert_int_equal(s.base, M100);
	assert_int_equal(s.rate_ppm, 100000);
	assert_int_equal(s.amount, 2739726);
	assert_int_equal(enf_trail_step_at(&s, t, 1), ENF_OK);
	assert_int_equal(s.first, ymd(2025, 4, 10));
	assert_int_equal(s.base, M100);
	assert_int_equal(s.amount, 40000000);
	assert_non_null(strstr(s.rule, "principal"));
	assert_int_equal(enf_trail_step_at(&s, t, 2), ENF_OK);
	assert_int_equal(s.first, ymd(2025, 4, 11));
	assert_int_equal(s.last, ymd(2025, 12, 31));
	assert_int_equal(s.days, 265);
	assert_int_equal(s.base, 60000000);
	assert_int_equal(s.amount, 4356164);

	/* US: year 1, the capitalisation of 50,000, year 2. */
	{
		enf_interest_options us = opts_for(ENF_INTEREST_US);
		enf_rate_change rate[1] = {{0, 50000}};

		rate[0].from = ymd(2024, 3, 1);
		enf_trail_clear(t);
		assert_int_equal(enf_interest_compute(&r, 1000000,
						      ymd(2024, 3, 1),
						      ymd(2026, 2, 28), NULL, 0,
						      NULL, 0, rate, 1, &us, t),
				 ENF_OK);
		assert_int_equal(enf_trail_count(t), 3);
		assert_int_equal(enf_trail_step_at(&s, t, 1), ENF_OK);
		assert_int_equal(s.amount, 50000);
		assert_string_equal(s.source, "28 USC 1961");
		assert_int_equal(enf_trail_step_at(&s, t, 2), ENF_OK);
		assert_int_equal(s.base, 1050000);
		assert_int_equal(s.amount, 52500);
	}

	/* An overflow leaves the trail as it was. */
	assert_int_equal(enf_interest_compute(&r, INT64_MAX, ymd(2025, 1, 1),
					      ymd(2034, 12, 31), NULL, 0, NULL,
					      0, NULL, 0, &o, t),
			 ENF_EOVERFLOW);
	assert_int_equal(enf_trail_count(t), 3);
	enf_trail_free(t);
}

/* ---------------------------------------------------------------------- */
/* Errors                                                                  */

/* Asserts status and that the message names the field, out unchanged. */
static void expect_fail(enf_status want, const char *field, enf_money p,
			enf_date from, enf_date to, const enf_payment *pay,
			size_t npay, const enf_pause *pause, size_t npause,
			const enf_rate_change *rates, size_t nrates,
			const enf_interest_options *o)
{
	enf_interest_result r = {-7, -7, -7, -7};
	const enf_interest_result before = {-7, -7, -7, -7};

	assert_int_equal(enf_interest_compute(&r, p, from, to, pay, npay, pause,
					      npause, rates, nrates, o, NULL),
			 want);
	assert_error_names("interest_compute", field);
	assert_memory_equal(&r, &before, sizeof r);
}

static void test_interest__bad_input(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_options de = opts_for(ENF_INTEREST_DE);
	enf_interest_options us = opts_for(ENF_INTEREST_US);
	enf_interest_options bad = o;
	enf_date a = ymd(2025, 1, 1), b = ymd(2025, 12, 31);
	enf_payment pay[2] = {{0, 1}, {0, 1}};
	enf_pause pause[2];
	enf_rate_change rates[2] = {{0, 100000}, {0, 100000}};

	(void)state;
	assert_int_equal(enf_interest_compute(NULL, M100, a, b, NULL, 0, NULL,
					      0, NULL, 0, &o, NULL),
			 ENF_EINVALID);
	assert_error_names("interest_compute", "out");
	expect_fail(ENF_EINVALID, "opts", M100, a, b, NULL, 0, NULL, 0, NULL, 0,
		    NULL);
	bad.version = 99;
	expect_fail(ENF_EVERSION, "version", M100, a, b, NULL, 0, NULL, 0, NULL,
		    0, &bad);
	bad = o;
	bad.day_count = (enf_day_count)7;
	expect_fail(ENF_EINVALID, "day_count", M100, a, b, NULL, 0, NULL, 0,
		    NULL, 0, &bad);
	bad = o;
	bad.rate_cap = 2;
	expect_fail(ENF_EINVALID, ": rate_cap", M100, a, b, NULL, 0, NULL, 0,
		    NULL, 0, &bad);
	bad = o;
	bad.agreed_rate_ppm = -2;
	expect_fail(ENF_EINVALID, "agreed_rate_ppm", M100, a, b, NULL, 0, NULL,
		    0, NULL, 0, &bad);
	expect_fail(ENF_EINVALID, "principal", -1, a, b, NULL, 0, NULL, 0, NULL,
		    0, &o);
	expect_fail(ENF_ERANGE, "before from", M100, b, a, NULL, 0, NULL, 0,
		    NULL, 0, &o);
	expect_fail(ENF_ERANGE, "from", M100, ENF_DATE_MIN - 1, b, NULL, 0,
		    NULL, 0, NULL, 0, &o);
	expect_fail(ENF_EINVALID, "payments", M100, a, b, NULL, 1, NULL, 0,
		    NULL, 0, &o);
	/* Payments out of order. */
	pay[0].date = ymd(2025, 6, 1);
	pay[1].date = ymd(2025, 5, 1);
	expect_fail(ENF_EINVALID, "payments[1].date", M100, a, b, pay, 2, NULL,
		    0, NULL, 0, &o);
	pay[1].date = ymd(2025, 7, 1);
	pay[1].amount = -1;
	expect_fail(ENF_EINVALID, "payments[1].amount", M100, a, b, pay, 2,
		    NULL, 0, NULL, 0, &o);
	pay[1].amount = 1;
	pay[1].date = ymd(2026, 1, 1);
	expect_fail(ENF_ERANGE, "payments[1].date", M100, a, b, pay, 2, NULL, 0,
		    NULL, 0, &o);
	/* Pauses out of order, overlapping, reversed. */
	pause[0].first = ymd(2025, 3, 1);
	pause[0].last = ymd(2025, 3, 31);
	pause[1].first = ymd(2025, 3, 31);
	pause[1].last = ymd(2025, 4, 30);
	expect_fail(ENF_EINVALID, "pauses[1]", M100, a, b, NULL, 0, pause, 2,
		    NULL, 0, &o);
	pause[1].first = ymd(2025, 5, 1);
	expect_fail(ENF_EINVALID, "pauses[1].last", M100, a, b, NULL, 0, pause,
		    2, NULL, 0, &o);
	/* Rates out of order, negative outside DE, missing, starting late. */
	rates[0].from = ymd(2025, 1, 1);
	rates[1].from = ymd(2025, 1, 1);
	expect_fail(ENF_EINVALID, "rates[1].from", M100, a, b, NULL, 0, NULL, 0,
		    rates, 2, &o);
	rates[1].from = ymd(2025, 7, 1);
	rates[1].rate_ppm = -1;
	expect_fail(ENF_EINVALID, "rates[1].rate_ppm", M100, a, b, NULL, 0,
		    NULL, 0, rates, 2, &o);
	rates[1].rate_ppm = 100000;
	expect_fail(ENF_EINVALID, "rates", M100, a, b, NULL, 0, NULL, 0, NULL,
		    0, &de);
	expect_fail(ENF_EINVALID, "rates", M100, a, b, NULL, 0, NULL, 0, NULL,
		    0, &us);
	expect_fail(ENF_EINVALID, "rates[0].from", M100, ymd(2024, 12, 31), b,
		    NULL, 0, NULL, 0, rates, 2, &de);
}

/* The bounds of each option and table entry, one at a time. */
static void test_interest__bad_input_bounds(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_options de = opts_for(ENF_INTEREST_DE);
	enf_interest_options bad = o;
	enf_date a = ymd(2025, 1, 1), b = ymd(2025, 12, 31);
	enf_payment pay = {0, 1};
	enf_pause pause = {0, 0};
	enf_rate_change rate = {0, 100000};

	(void)state;
	bad = o;
	assert_int_equal(enf_interest_options_init(&bad,
						   ENF_INTEREST_OPTIONS_VERSION,
						   (enf_interest_rules)-1),
			 ENF_EINVALID);
	assert_error_names("interest_options_init", "rules is -1");
	/* Field by field: the padding of a struct copy is not defined. */
	assert_int_equal(bad.version, o.version);
	assert_int_equal(bad.rules, o.rules);
	assert_int_equal(bad.day_count, o.day_count);
	assert_int_equal(bad.agreed_rate_ppm, o.agreed_rate_ppm);
	assert_int_equal(bad.margin_ppm, o.margin_ppm);
	bad.rules = (enf_interest_rules)4;
	expect_fail(ENF_EINVALID, "rules is 4", M100, a, b, NULL, 0, NULL, 0,
		    NULL, 0, &bad);
	bad.rules = (enf_interest_rules)-1;
	expect_fail(ENF_EINVALID, "rules is -1", M100, a, b, NULL, 0, NULL, 0,
		    NULL, 0, &bad);
	bad = o;
	bad.day_count = (enf_day_count)-1;
	expect_fail(ENF_EINVALID, "day_count is -1", M100, a, b, NULL, 0, NULL,
		    0, NULL, 0, &bad);
	bad = o;
	bad.agreed_rate_ppm = 1000000001;
	expect_fail(ENF_EINVALID, "agreed_rate_ppm is 1000000001", M100, a, b,
		    NULL, 0, NULL, 0, NULL, 0, &bad);
	/* The margin counts for Germany only. */
	rate.from = a;
	bad = de;
	bad.margin_ppm = 1000000001;
	expect_fail(ENF_EINVALID, "margin_ppm is 1000000001", M100, a, b, NULL,
		    0, NULL, 0, &rate, 1, &bad);
	bad.margin_ppm = -1000000001;
	expect_fail(ENF_EINVALID, "margin_ppm is -1000000001", M100, a, b, NULL,
		    0, NULL, 0, &rate, 1, &bad);
	expect_fail(ENF_ERANGE, "to", M100, a, ENF_DATE_MAX + 1, NULL, 0, NULL,
		    0, NULL, 0, &o);
	/* A payment the day before from. */
	pay.date = a - 1;
	expect_fail(ENF_ERANGE, "payments[0].date", M100, a, b, &pay, 1, NULL,
		    0, NULL, 0, &o);
	expect_fail(ENF_EINVALID, "pauses is NULL", M100, a, b, NULL, 0, NULL,
		    1, NULL, 0, &o);
	pause.first = ENF_DATE_MIN - 1;
	pause.last = a;
	expect_fail(ENF_ERANGE, "pauses[0].first", M100, a, b, NULL, 0, &pause,
		    1, NULL, 0, &o);
	pause.first = a;
	pause.last = ENF_DATE_MAX + 1;
	expect_fail(ENF_ERANGE, "pauses[0].last", M100, a, b, NULL, 0, &pause,
		    1, NULL, 0, &o);
	expect_fail(ENF_EINVALID, "rates is NULL", M100, a, b, NULL, 0, NULL, 0,
		    NULL, 1, &o);
	rate.from = ENF_DATE_MIN - 1;
	expect_fail(ENF_ERANGE, "rates[0].from", M100, a, b, NULL, 0, NULL, 0,
		    &rate, 1, &o);
	rate.from = a;
	rate.rate_ppm = 1000000001;
	expect_fail(ENF_EINVALID, "rates[0].rate_ppm is 1000000001", M100, a, b,
		    NULL, 0, NULL, 0, &rate, 1, &o);
	/* Germany takes a negative base rate, but not below -100,000%. */
	rate.rate_ppm = -1000000001;
	expect_fail(ENF_EINVALID, "rates[0].rate_ppm is -1000000001", M100, a,
		    b, NULL, 0, NULL, 0, &rate, 1, &de);
}

/*
 * 30/360 at the ends of months (US bond basis: a day 31 counts as 30 at
 * the start; at the end only when the start is the 30th or 31st), 10% on
 * 100,000,000: 31 Jan..28 Feb is 31 Jan to 1 Mar, (30 - 30) + 30 x 2 +
 * (1 - 30) = 31 days, 10,000,000 x 31 / 360 = 861,111.1 -> 861,111. 30
 * Jan..30 Mar is 30 Jan to 31 Mar, the end counted as 30: 60 days,
 * 1,666,666.7 -> 1,666,667. 1..30 Mar is 1 to 31 Mar, kept at 31: 30
 * days, 833,333. 30 Jan alone is 30 to 31 Jan, both 30: 0 days, none.
 */
static void test_interest__thirty_360_month_ends(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r;

	(void)state;
	o.day_count = ENF_DC_30_360;
	r = simple(M100, ymd(2025, 1, 31), ymd(2025, 2, 28), &o);
	assert_int_equal(r.interest, 861111);
	r = simple(M100, ymd(2025, 1, 30), ymd(2025, 3, 30), &o);
	assert_int_equal(r.interest, 1666667);
	r = simple(M100, ymd(2025, 3, 1), ymd(2025, 3, 30), &o);
	assert_int_equal(r.interest, 833333);
	r = simple(M100, ymd(2025, 1, 30), ymd(2025, 1, 30), &o);
	assert_int_equal(r.interest, 0);
	assert_int_equal(r.principal_unpaid, M100);
}

/*
 * VN 10% on 100,000,000 over 2025 with two pauses, March and May: the
 * periods accruing are 1 Jan..28 Feb (59 days), April (30) and 1 Jun..31
 * Dec (214): 10,000,000 x 59 / 365 = 1,616,438.4 -> 1,616,438; x 30 /
 * 365 = 821,917.8 -> 821,918; x 214 / 365 = 5,863,013.7 -> 5,863,014.
 * Total 8,301,370. UK with its own table (5% for the year): 5,000,000.
 */
static void test_interest__two_pauses_and_uk_table(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_options uk = opts_for(ENF_INTEREST_UK);
	enf_pause pause[2] = {{0, 0}, {0, 0}};
	enf_rate_change rate = {0, 50000};
	enf_interest_result r = {-1, -1, -1, -1};

	(void)state;
	pause[0].first = ymd(2025, 3, 1);
	pause[0].last = ymd(2025, 3, 31);
	pause[1].first = ymd(2025, 5, 1);
	pause[1].last = ymd(2025, 5, 31);
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), NULL, 0, pause,
					      2, NULL, 0, &o, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 8301370);
	rate.from = ymd(2025, 1, 1);
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), NULL, 0, NULL,
					      0, &rate, 1, &uk, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 5000000);
}

/*
 * DE with a base rate of -6% and the 5-point margin: -1%, so nothing
 * accrues; a payment of 1,000 on 1 Jun then goes to the principal (no
 * interest to pay first): 99,999,000 left, interest 0. Two payments of
 * INT64_MAX on a principal of 0 overpay by more than 64 bits hold.
 */
static void test_interest__de_nothing_accrues_and_overpaid(void **state)
{
	enf_interest_options de = opts_for(ENF_INTEREST_DE);
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_rate_change rate = {0, -60000};
	enf_payment pay[2] = {{0, 1000}, {0, INT64_MAX}};
	enf_interest_result r = {-1, -1, -1, -1};
	const enf_interest_result before = {-1, -1, -1, -1};

	(void)state;
	rate.from = ymd(2025, 1, 1);
	pay[0].date = ymd(2025, 6, 1);
	assert_int_equal(enf_interest_compute(&r, M100, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), pay, 1, NULL,
					      0, &rate, 1, &de, NULL),
			 ENF_OK);
	assert_int_equal(r.interest, 0);
	assert_int_equal(r.principal_unpaid, M100 - 1000);
	assert_int_equal(r.overpaid, 0);
	r = before;
	pay[0].amount = INT64_MAX;
	pay[1].date = ymd(2025, 7, 1);
	assert_int_equal(enf_interest_compute(&r, 0, ymd(2025, 1, 1),
					      ymd(2025, 12, 31), pay, 2, NULL,
					      0, NULL, 0, &o, NULL),
			 ENF_EOVERFLOW);
	assert_error_names("interest_compute", "overpaid total");
	assert_memory_equal(&r, &before, sizeof r);
}

static void test_interest__overflow(void **state)
{
	enf_interest_options o = opts_for(ENF_INTEREST_VN);
	enf_interest_result r = {-7, -7, -7, -7};
	const enf_interest_result before = {-7, -7, -7, -7};

	(void)state;
	/* INT64_MAX (about 9.22e18) at 10% for 10 years is about 9.2e18 of
	 * interest in one sub-period, plus the principal: past INT64_MAX. */
	assert_int_equal(enf_interest_compute(&r, INT64_MAX, ymd(2025, 1, 1),
					      ymd(2034, 12, 31), NULL, 0, NULL,
					      0, NULL, 0, &o, NULL),
			 ENF_EOVERFLOW);
	assert_error_names("interest_compute", "64 bits");
	assert_memory_equal(&r, &before, sizeof r);
	/* At 20% for 83 years the sub-period's interest alone (about
	 * 1.5e20) does not fit. (From 2017: the Civil Code 2015 rows of the
	 * catalogue start on 1 Jan 2017.) */
	o.agreed_rate_ppm = 200000;
	assert_int_equal(enf_interest_compute(&r, INT64_MAX, ymd(2017, 1, 1),
					      ymd(2099, 12, 31), NULL, 0, NULL,
					      0, NULL, 0, &o, NULL),
			 ENF_EOVERFLOW);
	assert_memory_equal(&r, &before, sizeof r);
	/* One day on INT64_MAX: 9.22e18 x 0.2 / 365 = 5.05e15 of interest,
	 * but principal + interest overflows. */
	assert_int_equal(enf_interest_compute(&r, INT64_MAX, ymd(2025, 1, 1),
					      ymd(2025, 1, 1), NULL, 0, NULL, 0,
					      NULL, 0, &o, NULL),
			 ENF_EOVERFLOW);
	/* A tenth of INT64_MAX for a year at 20% fits. */
	assert_int_equal(enf_interest_compute(&r, INT64_MAX / 10,
					      ymd(2025, 1, 1),
					      ymd(2025, 12, 31), NULL, 0, NULL,
					      0, NULL, 0, &o, NULL),
			 ENF_OK);
	/* 922,337,203,685,477,580 x 0.2 = 184,467,440,737,095,516. */
	assert_int_equal(r.interest, INT64_C(184467440737095516));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_interest__options_init),
		cmocka_unit_test(test_interest__vn_statutory_year),
		cmocka_unit_test(test_interest__vn_payment_principal_first),
		cmocka_unit_test(test_interest__vn_agreed_rate_capped),
		cmocka_unit_test(
			test_interest__vn_cap_off_credit_institution_art468),
		cmocka_unit_test(
			test_interest__vn_citations_by_date_decree152_art29),
		cmocka_unit_test(
			test_interest__vn_runs_to_handover_decree152_art29_2),
		cmocka_unit_test(test_interest__vn_rows_civil_code_art468),
		cmocka_unit_test(
			test_interest__vn_rulebook_rows_split_the_span),
		cmocka_unit_test(test_interest__vn_pause),
		cmocka_unit_test(test_interest__vn_overpayment),
		cmocka_unit_test(
			test_interest__vn_interest_paid_after_principal),
		cmocka_unit_test(test_interest__leap_year_day_counts),
		cmocka_unit_test(test_interest__thirty_360),
		cmocka_unit_test(test_interest__de_base_rates_interest_first),
		cmocka_unit_test(test_interest__uk_simple),
		cmocka_unit_test(test_interest__us_compounds_annually),
		cmocka_unit_test(test_interest__us_payment_interest_first),
		cmocka_unit_test(test_interest__vn_payment_during_pause),
		cmocka_unit_test(test_interest__trail),
		cmocka_unit_test(test_interest__bad_input),
		cmocka_unit_test(test_interest__overflow),
		cmocka_unit_test(test_interest__bad_input_bounds),
		cmocka_unit_test(test_interest__thirty_360_month_ends),
		cmocka_unit_test(test_interest__two_pauses_and_uk_table),
		cmocka_unit_test(
			test_interest__de_nothing_accrues_and_overpaid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
