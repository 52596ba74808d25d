/*
 * Tests of a sale under the built-in auction rule sets (auction.h): the
 * object, events and their checks against each law, dates on the
 * working-day calendar, batches and bad input.
 *
 * Every expected figure is worked by hand in the comment beside it from
 * the rule the built-in set states (rules.h,
 * lib/rules/auction_rules_data.c) and the law it cites; none was read off
 * the code under test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

/* ---------------------------------------------------------------------- */
/* Helpers                                                                 */

static enf_auction_rules *rules_get(const char *id)
{
	enf_auction_rules *r = NULL;

	assert_int_equal(enf_auction_rules_builtin(&r, id), ENF_OK);
	assert_non_null(r);
	return r;
}

static enf_auction_options opts_of(enf_money value)
{
	enf_auction_options o = ENF_AUCTION_OPTIONS_INIT;

	o.value = value;
	return o;
}

static enf_auction *sale_new(const enf_auction_rules *r,
			     const enf_auction_options *o)
{
	enf_auction *a = NULL;

	assert_int_equal(enf_auction_new(&a, r, o), ENF_OK);
	assert_non_null(a);
	return a;
}

static enf_status put(enf_auction *a, enf_auction_event_kind kind,
		      enf_date date, enf_money amount)
{
	enf_auction_event e;

	e.kind = kind;
	e.date = date;
	e.amount = amount;
	return enf_auction_apply(a, &e);
}

/* Applies an undated event that must be accepted. */
static void ok(enf_auction *a, enf_auction_event_kind kind, enf_money amount)
{
	enf_status st = put(a, kind, ENF_DATE_NONE, amount);

	if (st != ENF_OK)
		fail_msg("%s", enf_last_error());
}

static enf_auction_state state_of(const enf_auction *a)
{
	enf_auction_state s;

	memset(&s, 0, sizeof(s));
	assert_int_equal(enf_auction_state_get(&s, a), ENF_OK);
	return s;
}

static enf_auction_step last_step(const enf_auction *a)
{
	enf_auction_step s;

	assert_int_equal(enf_auction_step_at(&s, a, enf_auction_count(a) - 1),
			 ENF_OK);
	return s;
}

/* The event is refused with status want and a message naming both parts;
 * the sale is exactly as before. */
static void refused(enf_auction *a, enf_auction_event_kind kind, enf_date date,
		    enf_money amount, enf_status want, const char *part1,
		    const char *part2)
{
	enf_auction_state before = state_of(a), after;
	size_t n = enf_auction_count(a);

	assert_int_equal(put(a, kind, date, amount), want);
	assert_error_names("auction_apply", part1);
	if (part2 != NULL && strstr(enf_last_error(), part2) == NULL)
		fail_msg("\"%s\" not in: %s", part2, enf_last_error());
	after = state_of(a);
	assert_auction_state_equal(&before, &after);
	assert_int_equal(enf_auction_count(a), n);
}

/* A failed auction followed by a cut to price (undated). */
static void fail_cut(enf_auction *a, enf_money price)
{
	ok(a, ENF_AUCTION_FAILED, 0);
	ok(a, ENF_AUCTION_CUT, price);
}

/* ---------------------------------------------------------------------- */
/* Options, names, creation                                                */

static void test_auction__options_init(void **state)
{
	enf_auction_options o;

	(void)state;
	memset(&o, 0xab, sizeof(o));
	assert_int_equal(
		enf_auction_options_init(&o, ENF_AUCTION_OPTIONS_VERSION),
		ENF_OK);
	assert_int_equal(o.version, ENF_AUCTION_OPTIONS_VERSION);
	assert_int_equal(o.value, 0);
	assert_int_equal(o.costs, 0);
	assert_int_equal(o.real_estate, 0);
	assert_int_equal(o.start, ENF_DATE_NONE);
	assert_null(o.calendar);

	assert_int_equal(enf_auction_options_init(NULL, 1), ENF_EINVALID);
	assert_error_names("auction_options_init", "opts");
	memset(&o, 0xab, sizeof(o));
	assert_int_equal(enf_auction_options_init(&o, 0), ENF_EVERSION);
	assert_error_names("auction_options_init", "version");
	assert_int_equal(o.value, (enf_money)0xabababababababab);
	assert_int_equal(enf_auction_options_init(&o, 2), ENF_EVERSION);
}

static void test_auction__names(void **state)
{
	(void)state;
	assert_string_equal(enf_auction_kind_name(ENF_AUCTION_FAILED),
			    "failed");
	assert_string_equal(enf_auction_kind_name(ENF_AUCTION_CUT), "cut");
	assert_string_equal(enf_auction_kind_name(ENF_AUCTION_REAPPRAISED),
			    "reappraised");
	assert_string_equal(enf_auction_kind_name(ENF_AUCTION_STARTED),
			    "started");
	assert_string_equal(enf_auction_kind_name((enf_auction_event_kind)12),
			    "unknown");
	assert_string_equal(enf_auction_kind_name((enf_auction_event_kind)-1),
			    "unknown");
	assert_string_equal(enf_auction_phase_name(ENF_PHASE_READY), "ready");
	assert_string_equal(enf_auction_phase_name(ENF_PHASE_REDEEM), "redeem");
	assert_string_equal(enf_auction_phase_name(ENF_PHASE_WITHDRAWN),
			    "withdrawn");
	assert_string_equal(enf_auction_phase_name((enf_auction_phase)9),
			    "unknown");
}

/* VN-2014, value 100,000,000: auction 1 at the value ("round 1 price 1 1 1
 * of value", Law Art 98-101), lowest bid the price ("bid 1"), deposit at
 * most 20% (Property Auction Law Art 39): 20,000,000. */
static void test_auction__new_vn2014(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a;
	enf_auction_state s;
	enf_auction_step st;

	(void)state;
	o.costs = 3000000;
	a = sale_new(r, &o);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_READY);
	assert_int_equal(s.round, 1);
	assert_int_equal(s.cuts, 0);
	assert_int_equal(s.value, 100000000);
	assert_int_equal(s.price, 100000000);
	assert_int_equal(s.lowest_bid, 100000000);
	assert_int_equal(s.deposit, 20000000);
	assert_int_equal(s.next_min, 0);
	assert_int_equal(s.proceeds, 0);
	assert_int_equal(s.offer_open, 0);
	assert_int_equal(s.at_floor, 0);
	assert_int_equal(s.date, ENF_DATE_NONE);
	assert_int_equal(s.next_date, ENF_DATE_NONE);
	assert_int_equal(enf_auction_count(a), 1);
	st = last_step(a);
	assert_int_equal(st.kind, ENF_AUCTION_STARTED);
	assert_int_equal(st.round, 1);
	assert_int_equal(st.price, 100000000);
	assert_int_equal(st.amount, 100000000);
	assert_int_equal(st.phase, ENF_PHASE_READY);
	assert_non_null(strstr(st.source, "Art 98-101"));
	assert_non_null(strstr(st.rule, "first auction"));
	enf_auction_free(a);
	enf_auction_free(NULL);
	enf_auction_rules_free(r);
}

static void expect_new_fails(const enf_auction_rules *r,
			     const enf_auction_options *o, enf_status want,
			     const char *what)
{
	enf_auction *a = (enf_auction *)(uintptr_t)1;

	assert_int_equal(enf_auction_new(&a, r, o), want);
	assert_null(a);
	assert_error_names("auction_new", what);
}

static void test_auction__new_bad_input(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000), b;
	enf_calendar *cal = NULL;

	(void)state;
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	assert_int_equal(enf_auction_new(NULL, r, &o), ENF_EINVALID);
	assert_error_names("auction_new", "out");
	expect_new_fails(NULL, &o, ENF_EINVALID, "rules");
	expect_new_fails(r, NULL, ENF_EINVALID, "opts");
	b = o, b.version = 0;
	expect_new_fails(r, &b, ENF_EVERSION, "version");
	b = o, b.version = 2;
	expect_new_fails(r, &b, ENF_EVERSION, "version");
	b = o, b.value = 0;
	expect_new_fails(r, &b, ENF_EINVALID, "value is 0");
	b = o, b.value = -5;
	expect_new_fails(r, &b, ENF_EINVALID, "value is -5");
	b = o, b.costs = -1;
	expect_new_fails(r, &b, ENF_EINVALID, "costs is -1");
	b = o, b.debt = -1;
	expect_new_fails(r, &b, ENF_EINVALID, ": debt");
	b = o, b.secured = -1;
	expect_new_fails(r, &b, ENF_EINVALID, ": secured");
	b = o, b.prior = -1;
	expect_new_fails(r, &b, ENF_EINVALID, ": prior");
	b = o, b.real_estate = 2;
	expect_new_fails(r, &b, ENF_EINVALID, "real_estate is 2");
	b = o, b.state_budget = -1;
	expect_new_fails(r, &b, ENF_EINVALID, ": state_budget");
	/* A start date needs a calendar. */
	b = o, b.start = ymd(2026, 2, 6);
	expect_new_fails(r, &b, ENF_EINVALID, "calendar is NULL");
	/* The calendar knows 1900-2100 only. */
	b.calendar = cal;
	b.start = ymd(2200, 1, 6);
	expect_new_fails(r, &b, ENF_ERANGE, ": start");
	enf_calendar_free(cal);
	enf_auction_rules_free(r);
}

/* ---------------------------------------------------------------------- */
/* Vietnam, Law 26/2008 Art 104 as amended 2014                            */

/* Each cut is at most 10% of the starting price of the auction before. */
static void test_auction__vn2014_cap(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o), *b = sale_new(r, &o);
	enf_auction_state s;
	enf_auction_step st;

	(void)state;
	/* 10% of 100,000,000 = 10,000,000: a cut to 90,000,000 is lawful. */
	ok(a, ENF_AUCTION_FAILED, 0);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_FAILED);
	assert_int_equal(s.next_min, 90000000);
	ok(a, ENF_AUCTION_CUT, 90000000);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_READY);
	assert_int_equal(s.round, 2);
	assert_int_equal(s.cuts, 1);
	assert_int_equal(s.price, 90000000);
	assert_int_equal(s.lowest_bid, 90000000);
	assert_int_equal(s.deposit, 18000000); /* 20% of 90,000,000 */
	st = last_step(a);
	assert_int_equal(st.kind, ENF_AUCTION_CUT);
	assert_int_equal(st.round, 2);
	assert_int_equal(st.cut_ppm, 100000);
	assert_non_null(strstr(st.source, "Art 104(1)"));

	/* 10% + 1 VND: 89,999,999 is refused, naming the round and the law
	 * (10,000,001 / 100,000,000 = 10.000001%, shown as 10.00%). */
	ok(b, ENF_AUCTION_FAILED, 0);
	refused(b, ENF_AUCTION_CUT, ENF_DATE_NONE, 89999999, ENF_ERANGE,
		"round 2", "Art 104");
	assert_non_null(strstr(enf_last_error(), "cap of 10%"));
	assert_non_null(strstr(enf_last_error(), "89,999,999"));
	/* A raise, and a "cut" to the same price, are refused. */
	refused(b, ENF_AUCTION_CUT, ENF_DATE_NONE, 100000001, ENF_ERANGE,
		"round 2", "does not lower");
	refused(b, ENF_AUCTION_CUT, ENF_DATE_NONE, 100000000, ENF_ERANGE,
		"round 2", "does not lower");
	/* A 6% cut is lawful (HCMC practice, vietnam-thads.md S19). */
	ok(b, ENF_AUCTION_CUT, 94000000);

	/* The cap follows the price: round 3 at most 10% of 90,000,000. */
	ok(a, ENF_AUCTION_FAILED, 0);
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 80999999, ENF_ERANGE,
		"round 3", "Art 104");
	ok(a, ENF_AUCTION_CUT, 81000000);
	enf_auction_free(a);
	enf_auction_free(b);
	enf_auction_rules_free(r);
}

/* The creditor's option opens after the auction following the 2nd cut
 * fails, i.e. after auction 3 (Art 104(2)). */
static void test_auction__vn2014_offer_after_third(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o);
	enf_auction_state s;
	enf_auction_step st;

	(void)state;
	fail_cut(a, 90000000);
	ok(a, ENF_AUCTION_FAILED, 0); /* auction 2 fails */
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_FAILED);
	assert_int_equal(s.offer_open, 0);
	assert_int_equal(last_step(a).kind, ENF_AUCTION_FAILED);
	refused(a, ENF_AUCTION_ACCEPTED, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 2", "auction 3");
	refused(a, ENF_AUCTION_DECLINED, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 2", "Art 104(2)");
	ok(a, ENF_AUCTION_CUT, 81000000);
	ok(a, ENF_AUCTION_FAILED, 0); /* auction 3 fails: the offer opens */
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_OFFERED);
	assert_int_equal(s.offer_open, 1);
	assert_int_equal(s.round, 3);
	st = last_step(a);
	assert_int_equal(st.kind, ENF_AUCTION_OFFERED);
	assert_int_equal(st.round, 3);
	assert_int_equal(st.offer_open, 1);
	assert_int_equal(st.amount, 81000000); /* "price last" */
	assert_non_null(strstr(st.source, "Art 104(2)"));
	/* A cut while the offer is open is refused. */
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 72900000, ENF_ESTATE,
		"round 3", "must answer the offer");
	/* Declined: the next cut (10% of 81,000,000 = 8,100,000) follows. */
	ok(a, ENF_AUCTION_DECLINED, 0);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_FAILED);
	assert_int_equal(s.offer_open, 0);
	assert_int_equal(s.next_min, 72900000);
	ok(a, ENF_AUCTION_CUT, 72900000);
	/* Every later failure opens it again. */
	ok(a, ENF_AUCTION_FAILED, 0);
	assert_int_equal(state_of(a).phase, ENF_PHASE_OFFERED);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* Accepted: the debtor's window, then delivery at the failed price. */
static void test_auction__vn2014_takeover(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o);
	enf_auction_state s;

	(void)state;
	fail_cut(a, 90000000);
	fail_cut(a, 81000000);
	ok(a, ENF_AUCTION_FAILED, 0);
	refused(a, ENF_AUCTION_TAKEN, ENF_DATE_NONE, 0, ENF_ESTATE, "round 3",
		"accepted");
	ok(a, ENF_AUCTION_ACCEPTED, 0);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_REDEEM);
	assert_int_equal(s.offer_open, 0);
	refused(a, ENF_AUCTION_DECLINED, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 3", "no offer is open");
	ok(a, ENF_AUCTION_TAKEN, 0);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_TAKEN);
	assert_int_equal(s.proceeds, 81000000);
	refused(a, ENF_AUCTION_FAILED, ENF_DATE_NONE, 0, ENF_ESTATE, "round 3",
		"the sale ended: taken in round 3");
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* Debts to the state budget have no creditor option (Art 104). */
static void test_auction__vn2014_state_budget(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a;
	enf_money p = 100000000;

	(void)state;
	o.state_budget = 1;
	a = sale_new(r, &o);
	for (int k = 1; k <= 6; k++) {
		ok(a, ENF_AUCTION_FAILED, 0);
		assert_int_equal(last_step(a).kind, ENF_AUCTION_FAILED);
		assert_int_equal(state_of(a).phase, ENF_PHASE_FAILED);
		p -= p / 10;
		ok(a, ENF_AUCTION_CUT, p);
	}
	ok(a, ENF_AUCTION_FAILED, 0);
	refused(a, ENF_AUCTION_ACCEPTED, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 7", "state budget");
	for (size_t i = 0; i < enf_auction_count(a); i++) {
		enf_auction_step st;

		assert_int_equal(enf_auction_step_at(&st, a, i), ENF_OK);
		assert_int_not_equal(st.kind, ENF_AUCTION_OFFERED);
	}
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* The floor: at a price at or below the costs, the creditor declining,
 * the asset goes back to the debtor (Art 104(3), Art 48(1)(h)). Costs
 * 75,000,000: auction 4 at 72,900,000 is at the floor. */
static void test_auction__vn2014_floor(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a;
	enf_auction_state s;

	(void)state;
	o.costs = 75000000;
	a = sale_new(r, &o);
	ok(a, ENF_AUCTION_FAILED, 0);
	/* Not at the floor yet: no return. */
	refused(a, ENF_AUCTION_RETURNED, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 1", "floor");
	ok(a, ENF_AUCTION_CUT, 90000000);
	fail_cut(a, 81000000);
	ok(a, ENF_AUCTION_FAILED, 0);
	ok(a, ENF_AUCTION_DECLINED, 0);
	ok(a, ENF_AUCTION_CUT, 72900000);
	s = state_of(a);
	assert_int_equal(s.at_floor, 1);
	ok(a, ENF_AUCTION_FAILED, 0);
	ok(a, ENF_AUCTION_DECLINED, 0);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_FAILED);
	assert_int_equal(s.next_min, 0); /* no further cut */
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 65610000, ENF_ESTATE,
		"round 4", "Art 104(3)");
	ok(a, ENF_AUCTION_RETURNED, 0);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_RETURNED);
	assert_non_null(strstr(last_step(a).source, "Art 48(1)(h)"));
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* Redemption: debt + costs = 50,000,000 + 5,000,000 = 55,000,000. */
static void test_auction__vn2014_redemption(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a;
	enf_auction_state s;

	(void)state;
	o.debt = 50000000;
	o.costs = 5000000;
	a = sale_new(r, &o);
	ok(a, ENF_AUCTION_FAILED, 0);
	refused(a, ENF_AUCTION_REDEEMED, ENF_DATE_NONE, 54999999, ENF_ERANGE,
		"round 1", "55,000,000");
	ok(a, ENF_AUCTION_REDEEMED, 55000000);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_REDEEMED);
	assert_int_equal(s.proceeds, 55000000);
	assert_int_equal(last_step(a).amount, 55000000);
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 90000000, ENF_ESTATE,
		"round 1", "the sale ended: redeemed in round 1");
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* A mortgaged asset worth no more than secured debt + costs ends the
 * coercion (JC 11/2016 Art 4(3)): 80,000,000 + 5,000,000 = 85,000,000. */
static void test_auction__vn2014_mortgage(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a;
	enf_auction_state s;

	(void)state;
	o.secured = 80000000;
	o.costs = 5000000;
	a = sale_new(r, &o);
	refused(a, ENF_AUCTION_WITHDRAWN, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 1", "100,000,000");
	fail_cut(a, 90000000); /* 90,000,000 > 85,000,000 */
	refused(a, ENF_AUCTION_WITHDRAWN, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 2", "Art 4(3)");
	fail_cut(a, 81000000); /* 81,000,000 <= 85,000,000 */
	s = state_of(a);
	assert_int_equal(s.below_secured, 1);
	ok(a, ENF_AUCTION_WITHDRAWN, 0);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_WITHDRAWN);
	assert_non_null(strstr(last_step(a).source, "Art 4(3)"));
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* A return is only for the floor or the end branch. */
static void test_auction__vn2014_no_reappraisal(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o);

	(void)state;
	ok(a, ENF_AUCTION_FAILED, 0);
	/* The 2014 amendment removed re-appraisal after a failure. */
	refused(a, ENF_AUCTION_REAPPRAISED, ENF_DATE_NONE, 120000000,
		ENF_ESTATE, "round 1", "re-appraisal");
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* ---------------------------------------------------------------------- */
/* Vietnam, 2008 text and 2026                                             */

/* 2008: each cut at most 10% of the first price (the "set price"): from
 * 100,000,000, three cuts of 10,000,000 give 70,000,000; under 2014 the
 * second cut (90 -> 80 m, 11.1% of 90 m) is refused. */
static void test_auction__vn2008_cut_of_first(void **state)
{
	enf_auction_rules *r8 = rules_get("VN-2008");
	enf_auction_rules *r14 = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r8, &o), *b = sale_new(r14, &o);
	enf_auction_step st;

	(void)state;
	fail_cut(a, 90000000);
	fail_cut(a, 80000000);
	st = last_step(a);
	assert_int_equal(st.cut_ppm, 111111); /* 10 m / 90 m, rounded down */
	/* No creditor's option after auction 3 in the 2008 text (only at
	 * the floor, Art 104): the next cut needs no answer. */
	ok(a, ENF_AUCTION_FAILED, 0);
	assert_int_equal(state_of(a).phase, ENF_PHASE_FAILED);
	assert_int_equal(state_of(a).offer_open, 0);
	ok(a, ENF_AUCTION_CUT, 70000000);
	assert_int_equal(state_of(a).price, 70000000);
	assert_int_equal(state_of(a).cuts, 3);
	/* 10,000,001 > 10% of the first price. */
	ok(a, ENF_AUCTION_FAILED, 0);
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 59999999, ENF_ERANGE,
		"round 5", "first starting price 100,000,000");

	fail_cut(b, 90000000);
	ok(b, ENF_AUCTION_FAILED, 0);
	refused(b, ENF_AUCTION_CUT, ENF_DATE_NONE, 80000000, ENF_ERANGE,
		"round 3", "11.11%");
	enf_auction_free(a);
	enf_auction_free(b);
	enf_auction_rules_free(r8);
	enf_auction_rules_free(r14);
}

/*
 * 2008 (Art 104 as first enacted, quoted: "Trường hợp giá tài sản đã giảm
 * thấp hơn chi phí cưỡng chế mà người được thi hành án không nhận tài
 * sản ... thì tài sản được trả lại"): the creditor's option only at the
 * floor, and the floor strictly below the costs. Value 100,000,000, costs
 * 90,000,000:
 * - VN-2008: auction 2 at 90 m (= the costs) fails: not below them, no
 *   offer, no return, a further cut is lawful (to 80 m, 10% of the first
 *   price); auction 3 at 80 m < 90 m fails: the offer opens; declined, the
 *   asset goes back and no cut follows. Accepted instead, it is taken at
 *   once (the text set no notice or redemption periods).
 * - VN-2014 ("bằng hoặc thấp hơn", Art 104(3)): auction 2 at 90 m is at
 *   the floor already: the offer opens there, though auction 3 has not
 *   been held, and declined the asset goes back.
 */
static void test_auction__vn2008_floor_only_option(void **state)
{
	enf_auction_rules *r8 = rules_get("VN-2008");
	enf_auction_rules *r14 = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a, *b, *c;

	(void)state;
	o.costs = 90000000;
	o.debt = 200000000;
	a = sale_new(r8, &o);
	b = sale_new(r14, &o);
	c = sale_new(r8, &o);
	fail_cut(a, 90000000);
	ok(a, ENF_AUCTION_FAILED, 0);
	assert_int_equal(state_of(a).at_floor, 0);
	assert_int_equal(state_of(a).offer_open, 0);
	refused(a, ENF_AUCTION_ACCEPTED, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 2", "only at the floor, once the price is below");
	refused(a, ENF_AUCTION_RETURNED, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 2", "price below the costs");
	ok(a, ENF_AUCTION_CUT, 80000000);
	ok(a, ENF_AUCTION_FAILED, 0);
	assert_int_equal(state_of(a).at_floor, 1);
	assert_int_equal(state_of(a).phase, ENF_PHASE_OFFERED);
	assert_int_equal(last_step(a).kind, ENF_AUCTION_OFFERED);
	assert_non_null(strstr(last_step(a).source, "2008 text"));
	ok(a, ENF_AUCTION_DECLINED, 0);
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 72000000, ENF_ESTATE,
		"round 3", "is below the enforcement costs");
	ok(a, ENF_AUCTION_RETURNED, 0);
	assert_int_equal(state_of(a).phase, ENF_PHASE_RETURNED);

	fail_cut(c, 90000000);
	fail_cut(c, 80000000);
	ok(c, ENF_AUCTION_FAILED, 0);
	ok(c, ENF_AUCTION_ACCEPTED, 0);
	ok(c, ENF_AUCTION_TAKEN, 0);
	assert_int_equal(state_of(c).phase, ENF_PHASE_TAKEN);
	assert_int_equal(state_of(c).proceeds, 80000000);

	fail_cut(b, 90000000);
	ok(b, ENF_AUCTION_FAILED, 0);
	assert_int_equal(state_of(b).at_floor, 1);
	assert_int_equal(state_of(b).phase, ENF_PHASE_OFFERED);
	ok(b, ENF_AUCTION_DECLINED, 0);
	refused(b, ENF_AUCTION_CUT, ENF_DATE_NONE, 81000000, ENF_ESTATE,
		"round 2", "at or below the enforcement costs");
	ok(b, ENF_AUCTION_RETURNED, 0);
	enf_auction_free(a);
	enf_auction_free(b);
	enf_auction_free(c);
	enf_auction_rules_free(r8);
	enf_auction_rules_free(r14);
}

/* 2008: the parties could ask for a re-appraisal after a failure; the
 * next auction starts at the new value and cuts are 10% of it. */
static void test_auction__vn2008_reappraise(void **state)
{
	enf_auction_rules *r = rules_get("VN-2008");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o);
	enf_auction_state s;

	(void)state;
	ok(a, ENF_AUCTION_FAILED, 0);
	refused(a, ENF_AUCTION_REAPPRAISED, ENF_DATE_NONE, 0, ENF_ERANGE,
		"round 1", "above 0");
	ok(a, ENF_AUCTION_REAPPRAISED, 120000000);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_READY);
	assert_int_equal(s.round, 2);
	assert_int_equal(s.value, 120000000);
	assert_int_equal(s.price, 120000000);
	assert_int_equal(s.cuts, 0);
	assert_int_equal(last_step(a).kind, ENF_AUCTION_REAPPRAISED);
	/* 10% of the new first price 120,000,000 = 12,000,000. */
	ok(a, ENF_AUCTION_FAILED, 0);
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 107999999, ENF_ERANGE,
		"round 3", "120,000,000");
	ok(a, ENF_AUCTION_CUT, 108000000);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/*
 * 2026 (Decree 152/2026 Art 65(6): "Từ sau lần giảm giá thứ hai trở đi mà
 * tài sản đấu giá không thành"): the creditor is offered the asset once
 * the auction held after the 2nd cut (auction 3) fails, as under the 2014
 * Art 104(2); told in 3 working days, the debtor has 5 working days to
 * redeem. Movable, value 100,000,000, auction 1 on Wed 2026-07-01 (the
 * Decree's first day):
 * - cut 1: notice within 2 working days: Thu 07-02; 10 days from 07-02
 *   end on Sun 07-12, so on Mon 07-13; the cut from Tue 07-14;
 * - auction 2: posting of movables 7 working days from Tue 07-14: 07-15,
 *   16, 17, 20, 21, 22, 23 -> Thu 07-23; the auction from Fri 07-24; it
 *   fails: no offer yet (only one cut so far);
 * - cut 2: the 2-working-day notice after every failure: Mon 07-27; the
 *   10-day window only after the first failure (U: the old structure), so
 *   the cut from Mon 07-27;
 * - auction 3: shortened posting of 3 working days (Law 01/2016 Art 53):
 *   07-28, 29, 30; the auction from Fri 07-31; it fails: the offer;
 * - accepted on 07-31: notice 3 working days 08-03, 04, 05; then 5
 *   working days 08-06, 07, 10, 11, 12; delivery from Thu 08-13 at the
 *   price of auction 3, 81,000,000.
 */
static void test_auction__vn2026_offer_and_window(void **state)
{
	enf_auction_rules *r = rules_get("VN-2026");
	enf_auction_rules *r14 = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_calendar *cal = NULL;
	enf_auction *a, *b;

	(void)state;
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	o.start = ymd(2026, 7, 1);
	o.calendar = cal;
	a = sale_new(r, &o);
	b = sale_new(r14, &o);
	assert_int_equal(put(a, ENF_AUCTION_FAILED, ymd(2026, 7, 1), 0),
			 ENF_OK);
	assert_int_equal(state_of(a).next_date, ymd(2026, 7, 14));
	assert_int_equal(put(a, ENF_AUCTION_CUT, ymd(2026, 7, 14), 90000000),
			 ENF_OK);
	assert_int_equal(state_of(a).next_date, ymd(2026, 7, 24));
	assert_int_equal(put(a, ENF_AUCTION_FAILED, ymd(2026, 7, 24), 0),
			 ENF_OK);
	assert_int_equal(state_of(a).phase, ENF_PHASE_FAILED);
	assert_int_equal(state_of(a).offer_open, 0);
	refused(a, ENF_AUCTION_ACCEPTED, ymd(2026, 7, 24), 0, ENF_ESTATE,
		"round 2", "auction 3");
	assert_int_equal(state_of(a).next_date, ymd(2026, 7, 27));
	refused(a, ENF_AUCTION_CUT, ymd(2026, 7, 24), 81000000, ENF_ERANGE,
		"round 2", "2026-07-27");
	assert_int_equal(put(a, ENF_AUCTION_CUT, ymd(2026, 7, 27), 81000000),
			 ENF_OK);
	assert_int_equal(state_of(a).next_date, ymd(2026, 7, 31));
	assert_int_equal(put(a, ENF_AUCTION_FAILED, ymd(2026, 7, 31), 0),
			 ENF_OK);
	assert_int_equal(state_of(a).phase, ENF_PHASE_OFFERED);
	assert_int_equal(last_step(a).round, 3);
	assert_int_equal(last_step(a).amount, 81000000);
	assert_non_null(
		strstr(last_step(a).source, "Decree 152/2026 Art 65(6)"));
	assert_int_equal(put(a, ENF_AUCTION_ACCEPTED, ymd(2026, 7, 31), 0),
			 ENF_OK);
	assert_int_equal(state_of(a).next_date, ymd(2026, 8, 13));
	refused(a, ENF_AUCTION_TAKEN, ymd(2026, 8, 12), 0, ENF_ERANGE,
		"round 3", "2026-08-13");
	assert_int_equal(put(a, ENF_AUCTION_TAKEN, ymd(2026, 8, 13), 0),
			 ENF_OK);
	assert_int_equal(state_of(a).proceeds, 81000000);

	/* Under 2014 the same trigger (Art 104(2)). */
	ok(b, ENF_AUCTION_FAILED, 0);
	ok(b, ENF_AUCTION_CUT, 90000000);
	ok(b, ENF_AUCTION_FAILED, 0);
	refused(b, ENF_AUCTION_ACCEPTED, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 2", "auction 3");
	ok(b, ENF_AUCTION_CUT, 81000000);
	ok(b, ENF_AUCTION_FAILED, 0);
	assert_int_equal(state_of(b).phase, ENF_PHASE_OFFERED);
	enf_auction_free(a);
	enf_auction_free(b);
	enf_calendar_free(cal);
	enf_auction_rules_free(r);
	enf_auction_rules_free(r14);
}

/*
 * 2014 (Art 104(1) as amended: "bán đấu giá lần đầu không thành"): the 5
 * working days' notice and the 10 days to agree follow only the first
 * failed auction; later cuts the enforcer decides at once (Art 104(3);
 * the 2nd cut, which the text does not name: I). Movable, value
 * 100,000,000, auction 1 on Wed 2025-07-02:
 * - cut 1: notice Thu 07-03; 10 days from 07-03 end on Sun 07-13, so on
 *   Mon 07-14; the cut from Tue 07-15;
 * - auction 2: 7 working days from 07-15: 16, 17, 18, 21, 22, 23, 24;
 *   the auction from Fri 07-25; it fails;
 * - cut 2: no window: the same day, Fri 07-25 (before the fix: a notice on
 *   Mon 07-28 and 10 days to Thu 08-07, the cut from Fri 08-08);
 * - auction 3: after a 2nd failure the shortened posting (Law 01/2016 Art
 *   53), 3 working days for movables: 07-28, 29, 30; the auction from Thu
 *   07-31; it fails: the offer (Art 104(2)); declined, cut 3 the same day
 *   (10% of 81,000,000 = 8,100,000: 72,900,000).
 */
static void test_auction__vn2014_window_first_cut_only(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_calendar *cal = NULL;
	enf_auction *a;

	(void)state;
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	o.start = ymd(2025, 7, 2);
	o.calendar = cal;
	a = sale_new(r, &o);
	assert_int_equal(put(a, ENF_AUCTION_FAILED, ymd(2025, 7, 2), 0),
			 ENF_OK);
	assert_int_equal(state_of(a).next_date, ymd(2025, 7, 15));
	refused(a, ENF_AUCTION_CUT, ymd(2025, 7, 14), 90000000, ENF_ERANGE,
		"round 1", "2025-07-15");
	assert_int_equal(put(a, ENF_AUCTION_CUT, ymd(2025, 7, 15), 90000000),
			 ENF_OK);
	assert_int_equal(state_of(a).next_date, ymd(2025, 7, 25));
	assert_int_equal(put(a, ENF_AUCTION_FAILED, ymd(2025, 7, 25), 0),
			 ENF_OK);
	assert_int_equal(state_of(a).next_date, ymd(2025, 7, 25));
	assert_int_equal(put(a, ENF_AUCTION_CUT, ymd(2025, 7, 25), 81000000),
			 ENF_OK);
	assert_int_equal(state_of(a).next_date, ymd(2025, 7, 31));
	assert_int_equal(put(a, ENF_AUCTION_FAILED, ymd(2025, 7, 31), 0),
			 ENF_OK);
	assert_int_equal(state_of(a).phase, ENF_PHASE_OFFERED);
	assert_int_equal(put(a, ENF_AUCTION_DECLINED, ymd(2025, 7, 31), 0),
			 ENF_OK);
	assert_int_equal(put(a, ENF_AUCTION_CUT, ymd(2025, 7, 31), 72900000),
			 ENF_OK);
	enf_auction_free(a);
	enf_calendar_free(cal);
	enf_auction_rules_free(r);
}

/* ---------------------------------------------------------------------- */
/* Other countries                                                         */

/* Japan (Civil Execution Act Art 60(3)): the lowest acceptable bid is the
 * base price less 2/10: 50,000,000 -> 40,000,000; deposit 20% (Rules
 * Art 39) = 10,000,000. One auction, then the special sale at the lowest
 * acceptable bid (Rules Art 51). */
static void test_auction__jp_lowest_bid(void **state)
{
	enf_auction_rules *r = rules_get("JP");
	enf_auction_options o = opts_of(50000000);
	enf_auction *a = sale_new(r, &o), *b = sale_new(r, &o);
	enf_auction_state s = state_of(a);

	(void)state;
	assert_int_equal(s.price, 50000000);
	assert_int_equal(s.lowest_bid, 40000000);
	assert_int_equal(s.deposit, 10000000);
	refused(a, ENF_AUCTION_SOLD, ENF_DATE_NONE, 39999999, ENF_ERANGE,
		"round 1", "40,000,000");
	ok(a, ENF_AUCTION_SOLD, 40000000);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_SOLD);
	assert_int_equal(s.proceeds, 40000000);
	assert_non_null(strstr(last_step(a).source, "Art 60(3)"));
	refused(a, ENF_AUCTION_FAILED, ENF_DATE_NONE, 0, ENF_ESTATE, "round 1",
		"the sale ended: sold in round 1");

	/* Special sale after the one auction: no cut; first-come at the
	 * lowest acceptable bid. */
	ok(b, ENF_AUCTION_FAILED, 0);
	refused(b, ENF_AUCTION_CUT, ENF_DATE_NONE, 45000000, ENF_ESTATE,
		"round 1", "at most 1 auctions");
	refused(b, ENF_AUCTION_SOLD, ENF_DATE_NONE, 39999999, ENF_ERANGE,
		"round 1", "special sale");
	ok(b, ENF_AUCTION_SOLD, 40000000);
	assert_non_null(strstr(last_step(b).source, "Art 51"));
	enf_auction_free(a);
	enf_auction_free(b);
	enf_auction_rules_free(r);
}

/* China (Fa Shi [2016] 18): the first price at least 70% of the
 * appraisal: 1,000,000 -> 700,000; the re-auction at most 20% lower:
 * 700,000 - 140,000 = 560,000 = 56% of the appraisal; then a sell-off at
 * that price. */
static void test_auction__cn_prices(void **state)
{
	enf_auction_rules *r = rules_get("CN");
	enf_auction_options o = opts_of(1000000);
	enf_auction *a = sale_new(r, &o);

	(void)state;
	assert_int_equal(state_of(a).price, 700000);
	ok(a, ENF_AUCTION_FAILED, 0);
	assert_int_equal(state_of(a).next_min, 560000);
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 559999, ENF_ERANGE,
		"round 2", "cap of 20%");
	ok(a, ENF_AUCTION_CUT, 560000);
	ok(a, ENF_AUCTION_FAILED, 0);
	/* Two auctions at most; the sell-off is at the last price. */
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 500000, ENF_ESTATE,
		"round 2", "at most 2 auctions");
	refused(a, ENF_AUCTION_SOLD, ENF_DATE_NONE, 559999, ENF_ERANGE,
		"round 2", "sell-off");
	ok(a, ENF_AUCTION_SOLD, 560000);
	assert_int_equal(state_of(a).proceeds, 560000);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* Poland, real estate (KPC Art 965, 983): 3/4 of the valuation, then 2/3:
 * 300,000 -> 225,000 -> 200,000; deposit 1/10 of the valuation = 30,000
 * at both auctions. */
static void test_auction__pl_realty(void **state)
{
	enf_auction_rules *r = rules_get("PL-realty");
	enf_auction_options o = opts_of(300000);
	enf_auction *a = sale_new(r, &o);
	enf_auction_state s = state_of(a);

	(void)state;
	assert_int_equal(s.price, 225000);
	assert_int_equal(s.deposit, 30000);
	ok(a, ENF_AUCTION_FAILED, 0);
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 199999, ENF_ERANGE,
		"round 2", "200,000..200,000");
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 200001, ENF_ERANGE,
		"round 2", "KPC Art 983");
	ok(a, ENF_AUCTION_CUT, 200000);
	s = state_of(a);
	assert_int_equal(s.price, 200000);
	assert_int_equal(s.deposit, 30000);
	/* After the 2nd auction: the creditor may take it over (Art 984),
	 * else the proceedings end (Art 985). */
	ok(a, ENF_AUCTION_FAILED, 0);
	assert_int_equal(state_of(a).phase, ENF_PHASE_OFFERED);
	ok(a, ENF_AUCTION_DECLINED, 0);
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 150000, ENF_ESTATE,
		"round 2", "at most 2 auctions");
	refused(a, ENF_AUCTION_REDEEMED, ENF_DATE_NONE, 1, ENF_ESTATE,
		"round 2", "only be returned");
	ok(a, ENF_AUCTION_RETURNED, 0);
	assert_non_null(strstr(last_step(a).source, "Art 985"));
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* Germany (ZVG §85a): a bid below 5/10 of the value is refused at the
 * first sale (200,000 -> 100,000); at the next neither limit applies. */
static void test_auction__de_second_round(void **state)
{
	enf_auction_rules *r = rules_get("DE");
	enf_auction_options o = opts_of(200000);
	enf_auction *a = sale_new(r, &o);

	(void)state;
	assert_int_equal(state_of(a).lowest_bid, 100000);
	assert_int_equal(state_of(a).deposit, 20000); /* §68: 1/10 */
	refused(a, ENF_AUCTION_SOLD, ENF_DATE_NONE, 99999, ENF_ERANGE,
		"round 1", "§85a(1)");
	ok(a, ENF_AUCTION_FAILED, 0);
	/* The value stays the base: the "cut" keeps the price. */
	ok(a, ENF_AUCTION_CUT, 200000);
	assert_int_equal(state_of(a).lowest_bid, 0);
	assert_int_equal(last_step(a).cut_ppm, 0);
	ok(a, ENF_AUCTION_SOLD, 1);
	assert_int_equal(state_of(a).proceeds, 1);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* Russia (229-FZ Art 92, 87): the second sale 15% lower (1,000,000 ->
 * 850,000), then the creditor offered the property at 25% below the
 * valuation: 750,000. */
static void test_auction__ru_takeover(void **state)
{
	enf_auction_rules *r = rules_get("RU");
	enf_auction_options o = opts_of(1000000);
	enf_auction *a = sale_new(r, &o);

	(void)state;
	ok(a, ENF_AUCTION_FAILED, 0);
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 849999, ENF_ERANGE,
		"round 2", "Art 92(2)");
	ok(a, ENF_AUCTION_CUT, 850000);
	assert_int_equal(last_step(a).cut_ppm, 150000);
	ok(a, ENF_AUCTION_FAILED, 0);
	assert_int_equal(state_of(a).phase, ENF_PHASE_OFFERED);
	assert_int_equal(last_step(a).amount, 750000);
	ok(a, ENF_AUCTION_ACCEPTED, 0);
	ok(a, ENF_AUCTION_TAKEN, 0);
	assert_int_equal(state_of(a).phase, ENF_PHASE_TAKEN);
	assert_int_equal(state_of(a).proceeds, 750000);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* Korea (Civil Execution Act Art 91, 102): a minimum price that cannot
 * cover costs and prior claims (5,000,000 + 90,000,000 = 95,000,000)
 * cancels the sale; cuts in practice 20-30%. */
static void test_auction__kr_no_surplus(void **state)
{
	enf_auction_rules *r = rules_get("KR");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a;

	(void)state;
	o.costs = 5000000;
	o.prior = 90000000;
	a = sale_new(r, &o);
	refused(a, ENF_AUCTION_WITHDRAWN, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 1", "Art 91");
	ok(a, ENF_AUCTION_FAILED, 0);
	/* 30% of 100,000,000 is the most: 69,999,999 is refused. */
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 69999999, ENF_ERANGE,
		"round 2", "cap of 30%");
	ok(a, ENF_AUCTION_CUT, 80000000);
	ok(a, ENF_AUCTION_WITHDRAWN, 0); /* 80,000,000 < 95,000,000 */
	assert_int_equal(state_of(a).phase, ENF_PHASE_WITHDRAWN);
	assert_non_null(strstr(last_step(a).source, "Art 91, 102"));
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* ---------------------------------------------------------------------- */
/* Dates                                                                   */

/*
 * VN-2014, real estate, auction 1 on Fri 2026-02-06 fails; Tết 2026: days
 * off Sat 14 - Sun 22 February (Mon 16 - Fri 20 working days off).
 * - notice within 5 working days: from Mon 02-09;
 * - 10 days to agree from 02-09: day 10 is Thu 02-19, in Tết, so the
 *   period ends on Mon 02-23 and the cut comes from Tue 02-24;
 * - posting 15 days from 02-24: Wed 03-11; the auction from Thu 03-12.
 */
static void test_auction__tet_dates(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_calendar *cal = NULL;
	enf_auction *a;
	enf_auction_state s;

	(void)state;
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	o.real_estate = 1;
	o.start = ymd(2026, 2, 6);
	o.calendar = cal;
	a = sale_new(r, &o);
	s = state_of(a);
	assert_int_equal(s.date, ymd(2026, 2, 6));
	assert_int_equal(s.next_date, ymd(2026, 2, 6));
	refused(a, ENF_AUCTION_FAILED, ymd(2026, 2, 5), 0, ENF_ERANGE,
		"round 1", "2026-02-05");
	assert_int_equal(put(a, ENF_AUCTION_FAILED, ymd(2026, 2, 6), 0),
			 ENF_OK);
	assert_int_equal(state_of(a).next_date, ymd(2026, 2, 24));
	refused(a, ENF_AUCTION_CUT, ymd(2026, 2, 23), 90000000, ENF_ERANGE,
		"round 1", "agree period");
	assert_int_equal(put(a, ENF_AUCTION_CUT, ymd(2026, 2, 24), 90000000),
			 ENF_OK);
	s = state_of(a);
	assert_int_equal(s.date, ymd(2026, 2, 24));
	assert_int_equal(s.next_date, ymd(2026, 3, 12));
	refused(a, ENF_AUCTION_FAILED, ymd(2026, 3, 11), 0, ENF_ERANGE,
		"round 2",
		"comes before 2026-03-12, the end of the post period");
	refused(a, ENF_AUCTION_SOLD, ymd(2026, 3, 11), 90000000, ENF_ERANGE,
		"round 2", "Art 35");
	assert_int_equal(put(a, ENF_AUCTION_FAILED, ymd(2026, 3, 12), 0),
			 ENF_OK);
	/* The dated failure cites the posting step it waited for. */
	assert_non_null(strstr(last_step(a).source, "Art 35"));
	/* An undated event skips the checks. */
	ok(a, ENF_AUCTION_CUT, 81000000);
	enf_auction_free(a);
	enf_calendar_free(cal);
	enf_auction_rules_free(r);
}

/* Dates never go back, with or without a calendar. */
static void test_auction__date_order(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o);

	(void)state;
	assert_int_equal(put(a, ENF_AUCTION_FAILED, ymd(2025, 3, 10), 0),
			 ENF_OK);
	refused(a, ENF_AUCTION_CUT, ymd(2025, 3, 9), 90000000, ENF_ERANGE,
		"round 1", "before the last event, on 2025-03-10");
	assert_int_equal(put(a, ENF_AUCTION_CUT, ymd(2025, 3, 10), 90000000),
			 ENF_OK);
	/* Without a calendar no periods are checked. */
	assert_int_equal(state_of(a).next_date, ENF_DATE_NONE);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* ---------------------------------------------------------------------- */
/* Batches and bad input                                                   */

static void test_auction__replay(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o), *b = sale_new(r, &o);
	enf_auction_event ev[4] = {
		{ENF_AUCTION_FAILED, ENF_DATE_NONE, 0},
		{ENF_AUCTION_CUT, ENF_DATE_NONE, 90000000},
		{ENF_AUCTION_FAILED, ENF_DATE_NONE, 0},
		{ENF_AUCTION_CUT, ENF_DATE_NONE, 80000000}}; /* > 10% */
	enf_auction_state s0 = state_of(a), s1, s2;

	(void)state;
	assert_int_equal(enf_auction_replay(a, ev, 4), ENF_ERANGE);
	assert_error_names("auction_replay", "events[3]");
	assert_non_null(strstr(enf_last_error(), "round 3"));
	s1 = state_of(a);
	assert_auction_state_equal(&s0, &s1);
	assert_int_equal(enf_auction_count(a), 1);

	ev[3].amount = 81000000;
	assert_int_equal(enf_auction_replay(a, ev, 4), ENF_OK);
	fail_cut(b, 90000000);
	fail_cut(b, 81000000);
	s1 = state_of(a);
	s2 = state_of(b);
	assert_auction_state_equal(&s1, &s2);
	assert_int_equal(enf_auction_count(a), enf_auction_count(b));
	assert_int_equal(enf_auction_replay(a, NULL, 0), ENF_OK);

	assert_int_equal(enf_auction_replay(NULL, ev, 1), ENF_EINVALID);
	assert_error_names("auction_replay", "sale");
	assert_int_equal(enf_auction_replay(a, NULL, 2), ENF_EINVALID);
	assert_error_names("auction_replay", "events");
	enf_auction_free(a);
	enf_auction_free(b);
	enf_auction_rules_free(r);
}

static void test_auction__apply_bad_input(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o);
	enf_auction_event e = {ENF_AUCTION_FAILED, ENF_DATE_NONE, 0};

	(void)state;
	assert_int_equal(enf_auction_apply(NULL, &e), ENF_EINVALID);
	assert_error_names("auction_apply", "sale");
	assert_int_equal(enf_auction_apply(a, NULL), ENF_EINVALID);
	assert_error_names("auction_apply", "event");
	refused(a, (enf_auction_event_kind)99, ENF_DATE_NONE, 0, ENF_EINVALID,
		"kind is 99", NULL);
	refused(a, (enf_auction_event_kind)-1, ENF_DATE_NONE, 0, ENF_EINVALID,
		"kind is -1", NULL);
	refused(a, ENF_AUCTION_OFFERED, ENF_DATE_NONE, 0, ENF_EINVALID,
		"offered", "not an event");
	refused(a, ENF_AUCTION_STARTED, ENF_DATE_NONE, 0, ENF_EINVALID,
		"started", NULL);
	refused(a, ENF_AUCTION_SOLD, ENF_DATE_NONE, -1, ENF_EINVALID,
		"amount is -1", NULL);
	refused(a, ENF_AUCTION_FAILED, ENF_DATE_NONE, 5, ENF_EINVALID,
		"amount is 5", "no amount");
	refused(a, ENF_AUCTION_FAILED, ENF_DATE_MAX + 1, 0, ENF_ERANGE,
		": date", NULL);
	/* Not in this phase. */
	refused(a, ENF_AUCTION_CUT, ENF_DATE_NONE, 90000000, ENF_ESTATE,
		"round 1", "failed auction");
	refused(a, ENF_AUCTION_TAKEN, ENF_DATE_NONE, 0, ENF_ESTATE, "round 1",
		NULL);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

static void test_auction__state_step_bad_input(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o);
	enf_auction_state s;
	enf_auction_step st;

	(void)state;
	memset(&s, 0x5a, sizeof(s));
	assert_int_equal(enf_auction_state_get(NULL, a), ENF_EINVALID);
	assert_error_names("auction_state_get", "out");
	assert_int_equal(enf_auction_state_get(&s, NULL), ENF_EINVALID);
	assert_error_names("auction_state_get", "sale");
	assert_int_equal(s.round, 0x5a5a5a5a);
	assert_int_equal(enf_auction_count(NULL), 0);
	memset(&st, 0x5a, sizeof(st));
	assert_int_equal(enf_auction_step_at(&st, a, 1), ENF_ERANGE);
	assert_error_names("auction_step_at", "i is 1");
	assert_int_equal(st.round, 0x5a5a5a5a);
	assert_int_equal(enf_auction_step_at(NULL, a, 0), ENF_EINVALID);
	assert_error_names("auction_step_at", "out");
	assert_int_equal(enf_auction_step_at(&st, NULL, 0), ENF_EINVALID);
	assert_error_names("auction_step_at", "sale");
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* A rule set from text. */
static enf_auction_rules *rules_text(const char *text)
{
	enf_auction_rules *r = NULL;

	assert_int_equal(enf_auction_rules_parse(&r, text), ENF_OK);
	return r;
}

#define T_BASE                                                                 \
	"rules T\nmax-rounds 2\nround 1 price 1 1 1 of value\n"                \
	"round 2 cut 0 1/10 1/10 of previous\nbid 1 from 1\n"

/*
 * The creditor's option in its other forms. JP has none: an answer is
 * refused at any time. With only an end branch "takeover" (no "takeover
 * after"), the offer comes once the last auction (2) failed: 100,000,000
 * then 90,000,000, taken at that last price.
 */
static void test_auction__takeover_forms(void **state)
{
	enf_auction_rules *jp = rules_get("JP");
	enf_auction_rules *end = rules_text(T_BASE "end takeover\n");
	enf_auction_options oa = opts_of(50000000), ob = opts_of(100000000);
	enf_auction *a, *b;

	(void)state;
	a = sale_new(jp, &oa);
	refused(a, ENF_AUCTION_ACCEPTED, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 1",
		"accepted is not allowed: the rules give the creditor no "
		"option to take the asset");
	ok(a, ENF_AUCTION_FAILED, 0);
	refused(a, ENF_AUCTION_DECLINED, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 1", "no option");
	b = sale_new(end, &ob);
	refused(b, ENF_AUCTION_ACCEPTED, ENF_DATE_NONE, 0, ENF_ESTATE,
		"round 1",
		"no offer is open; the creditor is offered the asset after "
		"auction 2 fails");
	fail_cut(b, 90000000);
	ok(b, ENF_AUCTION_FAILED, 0);
	assert_int_equal(state_of(b).phase, ENF_PHASE_OFFERED);
	ok(b, ENF_AUCTION_ACCEPTED, 0);
	ok(b, ENF_AUCTION_TAKEN, 0);
	assert_int_equal(state_of(b).phase, ENF_PHASE_TAKEN);
	assert_int_equal(state_of(b).proceeds, 90000000);
	enf_auction_free(a);
	enf_auction_free(b);
	enf_auction_rules_free(jp);
	enf_auction_rules_free(end);
}

/*
 * The date of a takeover accepted on Wednesday 5 March 2025 after
 * auction 1 failed: with no notice and no window to redeem, the same day;
 * with a notice of 5 days only, or a window of 5 days only, the period
 * runs 6..10 March (a Monday) and the takeover comes on the next working
 * day, Tuesday 11 March.
 */
static void test_auction__takeover_dates(void **state)
{
	static const char *const texts[3] = {
		T_BASE "takeover after 1\n",
		T_BASE "takeover after 1 notice 5 days\n",
		T_BASE "takeover after 1 redeem 5 days\n"};
	const enf_date want[3] = {ymd(2025, 3, 5), ymd(2025, 3, 11),
				  ymd(2025, 3, 11)};
	enf_calendar *cal = NULL;

	(void)state;
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	for (int i = 0; i < 3; i++) {
		enf_auction_rules *r = rules_text(texts[i]);
		enf_auction_options o = opts_of(100000000);
		enf_auction *a;

		o.start = ymd(2025, 3, 5);
		o.calendar = cal;
		a = sale_new(r, &o);
		assert_int_equal(put(a, ENF_AUCTION_FAILED, o.start, 0),
				 ENF_OK);
		assert_int_equal(state_of(a).phase, ENF_PHASE_OFFERED);
		assert_int_equal(put(a, ENF_AUCTION_ACCEPTED, o.start, 0),
				 ENF_OK);
		assert_int_equal(state_of(a).next_date, want[i]);
		if (i > 0)
			refused(a, ENF_AUCTION_TAKEN, want[i] - 1, 0,
				ENF_ERANGE, "round 1", NULL);
		assert_int_equal(put(a, ENF_AUCTION_TAKEN, want[i], 0), ENF_OK);
		assert_int_equal(state_of(a).proceeds, 100000000);
		enf_auction_free(a);
		enf_auction_rules_free(r);
	}
	enf_calendar_free(cal);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_auction__options_init),
		cmocka_unit_test(test_auction__names),
		cmocka_unit_test(test_auction__new_vn2014),
		cmocka_unit_test(test_auction__new_bad_input),
		cmocka_unit_test(test_auction__vn2014_cap),
		cmocka_unit_test(test_auction__vn2014_offer_after_third),
		cmocka_unit_test(test_auction__vn2014_takeover),
		cmocka_unit_test(test_auction__vn2014_state_budget),
		cmocka_unit_test(test_auction__vn2014_floor),
		cmocka_unit_test(test_auction__vn2014_redemption),
		cmocka_unit_test(test_auction__vn2014_mortgage),
		cmocka_unit_test(test_auction__vn2014_no_reappraisal),
		cmocka_unit_test(test_auction__vn2008_cut_of_first),
		cmocka_unit_test(test_auction__vn2008_floor_only_option),
		cmocka_unit_test(test_auction__vn2008_reappraise),
		cmocka_unit_test(test_auction__vn2026_offer_and_window),
		cmocka_unit_test(test_auction__vn2014_window_first_cut_only),
		cmocka_unit_test(test_auction__jp_lowest_bid),
		cmocka_unit_test(test_auction__cn_prices),
		cmocka_unit_test(test_auction__pl_realty),
		cmocka_unit_test(test_auction__de_second_round),
		cmocka_unit_test(test_auction__ru_takeover),
		cmocka_unit_test(test_auction__kr_no_surplus),
		cmocka_unit_test(test_auction__tet_dates),
		cmocka_unit_test(test_auction__date_order),
		cmocka_unit_test(test_auction__replay),
		cmocka_unit_test(test_auction__apply_bad_input),
		cmocka_unit_test(test_auction__state_step_bad_input),
		cmocka_unit_test(test_auction__takeover_forms),
		cmocka_unit_test(test_auction__takeover_dates),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
