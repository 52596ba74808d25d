/*
 * A seized asset's sale in the case log: the events, the asset's status
 * on a date, the law of each step checked by the auction engine
 * (enf_auction_case_apply(), enf_auction_from_case()), the CSV and JSON
 * round trip and the interest that runs to the handover.
 *
 * The case is the SOMECO1 hydropower project of the Lạng Sơn article
 * (Báo Lạng Sơn, 2025, "Không để án đọng trên giấy"): a debt of 199.1 bn
 * VND, 7 auctions after 6 cuts, sold for nearly 73 bn VND on 26 Dec 2024,
 * handed over on 3 Apr 2025. The value and the dates of the single steps
 * are not in the article; those below are lawful under Law 26/2008 Art
 * 104 as amended 2014 and Law 01/2016 Art 35 (checked here): a value of
 * 130 bn, each cut 10% of the previous starting price, so auction 7
 * opened at 69,087,330,000 and the asset sold above it, at 72.9 bn.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "test_helpers.h"

#define BN 1000000000LL

/* Auction 1 at the value, then each cut 10% of the price before it. */
static const enf_money P[8] = {
	0,	     130 * BN,	  117 * BN,    105300000000,
	94770000000, 85293000000, 76763700000, 69087330000};

typedef struct step {
	enf_event_kind kind;
	int y, m, d;
	int32_t detail;
	enf_money amount;
} step;

/* The sale, in the order the office recorded it. */
static const step steps[] = {
	{ENF_EV_AUCTION_FAILED, 2023, 7, 20, 0, 130 * BN},     /* 0 */
	{ENF_EV_PRICE_CUT, 2023, 8, 14, 0, 117 * BN},	       /* 1 */
	{ENF_EV_AUCTION_FAILED, 2023, 9, 14, 0, 117 * BN},     /* 2 */
	{ENF_EV_PRICE_CUT, 2023, 10, 5, 0, 105300000000},      /* 3 */
	{ENF_EV_AUCTION_FAILED, 2023, 11, 9, 0, 105300000000}, /* 4 */
	{ENF_EV_CREDITOR_ANSWERED, 2023, 11, 20, 0, 0},	       /* 5 */
	{ENF_EV_PRICE_CUT, 2023, 12, 7, 0, 94770000000},       /* 6 */
	{ENF_EV_AUCTION_FAILED, 2024, 1, 11, 0, 94770000000},  /* 7 */
	{ENF_EV_CREDITOR_ANSWERED, 2024, 1, 22, 0, 0},	       /* 8 */
	{ENF_EV_PRICE_CUT, 2024, 3, 7, 0, 85293000000},	       /* 9 */
	{ENF_EV_AUCTION_FAILED, 2024, 4, 11, 0, 85293000000},  /* 10 */
	{ENF_EV_CREDITOR_ANSWERED, 2024, 4, 22, 0, 0},	       /* 11 */
	{ENF_EV_PRICE_CUT, 2024, 6, 6, 0, 76763700000},	       /* 12 */
	{ENF_EV_AUCTION_FAILED, 2024, 7, 11, 0, 76763700000},  /* 13 */
	{ENF_EV_CREDITOR_ANSWERED, 2024, 7, 22, 0, 0},	       /* 14 */
	{ENF_EV_PRICE_CUT, 2024, 10, 10, 0, 69087330000},      /* 15 */
	{ENF_EV_ASSET_SOLD, 2024, 12, 26, 0, 72900000000},     /* 16 */
	{ENF_EV_ASSET_HANDED_OVER, 2025, 4, 3, 0, 0},	       /* 17 */
};
#define NSALE (sizeof(steps) / sizeof(steps[0]))

static enf_event mk(enf_event_kind kind, enf_date date, int32_t detail,
		    enf_money amount, int32_t asset)
{
	enf_event e;

	memset(&e, 0, sizeof(e));
	e.kind = kind;
	e.date = date;
	e.detail = detail;
	e.amount = amount;
	e.asset = asset;
	return e;
}

static void law_ok(enf_case *c, enf_event e)
{
	if (enf_auction_case_apply(c, &e, NULL) != ENF_OK)
		fail_msg("%s", enf_last_error());
}

static enf_event sale_event(size_t i)
{
	return mk(steps[i].kind, ymd(steps[i].y, steps[i].m, steps[i].d),
		  steps[i].detail, steps[i].amount, 0);
}

/* The case up to its appraisal, and the first n steps of the sale. */
static enf_case *someco(size_t n)
{
	enf_case_info info = ENF_CASE_INFO_INIT;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_ORGANISATION,
			    "Công ty cổ phần Năng lượng SOMECO1", NULL};
	enf_party bank = {ENF_PARTY_CREDITOR, ENF_PARTY_ORGANISATION,
			  "Ngân hàng nhận thế chấp", NULL};
	enf_obligation o = {ENF_OBL_BANK_CREDIT, 199100000000, 0, 1, 0};
	enf_asset a = {ENF_ASSET_REAL_ESTATE,
		       "Dự án thủy điện Bắc Giang (Vằng Puộc), xã Quý Hòa", 0,
		       ENF_SECURITY_MORTGAGE, 199100000000};
	enf_case *c = NULL;

	info.office = "LS-BG";
	info.decision_no = "12/QĐ-CCTHADS";
	info.decision_date = ymd(2022, 3, 7);
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &debtor), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &bank), ENF_OK);
	assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
	assert_int_equal(enf_case_add_asset(NULL, c, &a), ENF_OK);
	law_ok(c, mk(ENF_EV_REQUEST_RECEIVED, ymd(2022, 3, 1), 0, 0, -1));
	law_ok(c, mk(ENF_EV_DECISION_ISSUED, ymd(2022, 3, 7), 0, 0, -1));
	law_ok(c, mk(ENF_EV_DECISION_NOTIFIED, ymd(2022, 3, 10), 0, 0, -1));
	law_ok(c, mk(ENF_EV_VERIFIED, ymd(2022, 4, 15), 1, 0, -1));
	law_ok(c, mk(ENF_EV_ASSET_SEIZED, ymd(2022, 11, 15), 0, 0, 0));
	law_ok(c, mk(ENF_EV_ASSET_APPRAISED, ymd(2023, 6, 20), 0, P[1], 0));
	for (size_t i = 0; i < n; i++)
		law_ok(c, sale_event(i));
	return c;
}

static enf_asset_status astatus(const enf_case *c, enf_date d)
{
	enf_asset_status s;

	memset(&s, 0x5a, sizeof(s));
	assert_int_equal(enf_case_asset_status(&s, c, 0, d), ENF_OK);
	return s;
}

static int has(const char *what)
{
	return strstr(enf_last_error(), what) != NULL;
}

/* A refused event leaves the log and the asset's status as they were. */
static void refused(enf_case *c, enf_event e, enf_status want)
{
	size_t n = enf_case_event_count(c);
	enf_asset_status before = astatus(c, ENF_DATE_MAX), after;

	assert_int_equal(enf_auction_case_check(c, &e, NULL), want);
	assert_int_equal(enf_auction_case_apply(c, &e, NULL), want);
	assert_int_equal(enf_case_event_count(c), n);
	after = astatus(c, ENF_DATE_MAX);
	assert_int_equal(after.stage, before.stage);
	assert_int_equal(after.price, before.price);
	assert_int_equal(after.auctions, before.auctions);
	assert_int_equal(after.cuts, before.cuts);
}

/* ---------------------------------------------------------------------- */

static void test_case_sale__someco1_history(void **state)
{
	enf_case *c = someco(NSALE);
	enf_asset_status s;

	(void)state;
	assert_int_equal(enf_case_event_count(c), 6 + NSALE);
	s = astatus(c, ymd(2022, 12, 31));
	assert_int_equal(s.stage, ENF_ASSET_STAGE_SEIZED);
	assert_int_equal(s.since, ymd(2022, 11, 15));
	assert_int_equal(s.price, 0);
	s = astatus(c, ymd(2023, 7, 1));
	assert_int_equal(s.stage, ENF_ASSET_STAGE_APPRAISED);
	assert_int_equal(s.value, P[1]);
	assert_int_equal(s.price, P[1]);
	/* End of 2023: auctions 1-3 failed, cut 3 decided (94.77 bn). */
	s = astatus(c, ymd(2023, 12, 31));
	assert_int_equal(s.stage, ENF_ASSET_STAGE_IN_AUCTION);
	assert_int_equal(s.since, ymd(2023, 7, 20));
	assert_int_equal(s.auctions, 3);
	assert_int_equal(s.cuts, 3);
	assert_int_equal(s.price, P[4]);
	assert_int_equal(s.creditor_takes, 0);
	assert_int_equal(s.sale_price, 0);
	/* 31 Dec 2024: sold at auction 7 after 6 cuts, not handed over. */
	s = astatus(c, ymd(2024, 12, 31));
	assert_int_equal(s.stage, ENF_ASSET_STAGE_SOLD);
	assert_int_equal(s.auctions, 7);
	assert_int_equal(s.cuts, 6);
	assert_int_equal(s.price, P[7]);
	assert_int_equal(s.sale_price, 72900000000);
	assert_int_equal(s.sold_on, ymd(2024, 12, 26));
	assert_int_equal(s.handed_over, ENF_DATE_NONE);
	/* 3 Apr 2025: handed over. */
	s = astatus(c, ymd(2025, 4, 3));
	assert_int_equal(s.stage, ENF_ASSET_STAGE_HANDED_OVER);
	assert_int_equal(s.since, ymd(2025, 4, 3));
	assert_int_equal(s.handed_over, ymd(2025, 4, 3));
	assert_int_equal(s.sale_price, 72900000000);
	assert_string_equal(enf_asset_stage_name(s.stage), "handed_over");
	assert_string_equal(enf_event_kind_name(ENF_EV_PRICE_CUT), "price_cut");
	enf_case_free(c);
}

static void test_case_sale__from_case(void **state)
{
	enf_case *c = someco(NSALE);
	enf_auction *a = NULL;
	enf_auction_state st;
	enf_auction_step last;

	(void)state;
	assert_int_equal(enf_auction_from_case(&a, c, 0, NULL), ENF_OK);
	assert_int_equal(enf_auction_state_get(&st, a), ENF_OK);
	assert_int_equal(st.phase, ENF_PHASE_SOLD);
	assert_int_equal(st.round, 7);
	assert_int_equal(st.cuts, 6);
	assert_int_equal(st.price, P[7]);
	assert_int_equal(st.proceeds, 72900000000);
	/* started, 6 failures, 4 offers, 4 answers, 6 cuts, the sale. */
	assert_int_equal(enf_auction_count(a), 1 + 6 + 4 + 4 + 6 + 1);
	assert_int_equal(
		enf_auction_step_at(&last, a, enf_auction_count(a) - 1),
		ENF_OK);
	assert_int_equal(last.kind, ENF_AUCTION_SOLD);
	assert_int_equal(last.date, ymd(2024, 12, 26));
	enf_auction_free(a);
	enf_case_free(c);
}

/* Law 26/2008 Art 104(1) as amended 2014: a cut is at most 10% of the
 * previous starting price. After auction 2 (117 bn) the lowest lawful
 * price is 105.3 bn. */
static void test_case_sale__cut_over_cap_refused(void **state)
{
	enf_case *c = someco(3);

	(void)state;
	refused(c, mk(ENF_EV_PRICE_CUT, ymd(2023, 10, 5), 0, 105299999999, 0),
		ENF_ERANGE);
	assert_true(has("auction_case_apply"));
	assert_true(has("12/QĐ-CCTHADS"));
	assert_true(has("round 2") || has("round 3"));
	assert_true(has("Art 104"));
	law_ok(c, sale_event(3)); /* exactly 10% */
	enf_case_free(c);
}

/* Law 01/2016 Art 35: real estate is posted at least 15 days before the
 * auction; after the cut of 14 Aug 2023 not before 30 Aug. */
static void test_case_sale__auction_before_posting_refused(void **state)
{
	enf_case *c = someco(2);

	(void)state;
	refused(c, mk(ENF_EV_AUCTION_FAILED, ymd(2023, 8, 21), 0, 117 * BN, 0),
		ENF_ERANGE);
	assert_true(has("Law 01/2016"));
	assert_true(has("2023-08-21"));
	refused(c, mk(ENF_EV_ASSET_SOLD, ymd(2023, 8, 21), 0, 117 * BN, 0),
		ENF_ERANGE);
	/* The cut itself waits for the parties (5 working days' notice and
	 * 10 days) after the first failure. */
	enf_case_free(c);
	c = someco(1);
	refused(c, mk(ENF_EV_PRICE_CUT, ymd(2023, 7, 24), 0, 117 * BN, 0),
		ENF_ERANGE);
	assert_true(has("Art 104(1)"));
	enf_case_free(c);
}

/* The starting price recorded with a failed auction must be the one in
 * force; a sale below the lowest bid is refused. */
static void test_case_sale__prices_refused(void **state)
{
	enf_case *c = someco(2);

	(void)state;
	refused(c, mk(ENF_EV_AUCTION_FAILED, ymd(2023, 9, 14), 0, 118 * BN, 0),
		ENF_ERANGE);
	assert_true(has("117,000,000,000"));
	refused(c, mk(ENF_EV_ASSET_SOLD, ymd(2023, 9, 14), 0, 116 * BN, 0),
		ENF_ERANGE);
	enf_case_free(c);
}

/* Art 104(2) as amended 2014: the creditor's option opens when the
 * auction after the 2nd cut (auction 3) fails, and the next cut waits
 * for its answer; the takeover comes after the debtor's window (notice
 * 10 days, 30 days to redeem). */
static void test_case_sale__creditor_option(void **state)
{
	enf_case *c = someco(1);
	enf_asset_status s;

	(void)state;
	refused(c, mk(ENF_EV_CREDITOR_ANSWERED, ymd(2023, 7, 25), 1, 0, 0),
		ENF_ESTATE);
	assert_true(has("Art 104(2)") || has("option"));
	enf_case_free(c);

	c = someco(5); /* auction 3 failed */
	refused(c, mk(ENF_EV_PRICE_CUT, ymd(2023, 12, 7), 0, 94770000000, 0),
		ENF_ESTATE);
	law_ok(c, mk(ENF_EV_CREDITOR_ANSWERED, ymd(2023, 11, 20), 1, 0, 0));
	assert_int_equal(astatus(c, ENF_DATE_MAX).creditor_takes, 1);
	refused(c, mk(ENF_EV_ASSET_TAKEN, ymd(2023, 12, 1), 0, 0, 0),
		ENF_ERANGE);
	law_ok(c, mk(ENF_EV_ASSET_TAKEN, ymd(2024, 1, 15), 0, 0, 0));
	s = astatus(c, ENF_DATE_MAX);
	assert_int_equal(s.stage, ENF_ASSET_STAGE_TAKEN);
	assert_int_equal(s.sale_price, P[3]);
	assert_int_equal(s.sold_on, ymd(2024, 1, 15));
	refused(c, mk(ENF_EV_ASSET_HANDED_OVER, ymd(2024, 2, 1), 0, 0, 0),
		ENF_EINVALID);
	enf_case_free(c);
}

/* The debtor redeems by paying the debt and costs (Art 104(2)). */
static void test_case_sale__redeemed(void **state)
{
	enf_case *c = someco(1);
	enf_asset_status s;

	(void)state;
	refused(c, mk(ENF_EV_ASSET_REDEEMED, ymd(2023, 8, 1), 0, 100 * BN, 0),
		ENF_ERANGE);
	law_ok(c,
	       mk(ENF_EV_ASSET_REDEEMED, ymd(2023, 8, 1), 0, 199100000000, 0));
	s = astatus(c, ENF_DATE_MAX);
	assert_int_equal(s.stage, ENF_ASSET_STAGE_REDEEMED);
	assert_int_equal(s.sale_price, 199100000000);
	enf_case_free(c);
}

/* Art 104(3), 48(1)(h): the asset goes back to the debtor once the price
 * is at or below the costs and the creditor declines it; not before. */
static void test_case_sale__returned(void **state)
{
	enf_case *c = someco(1);

	(void)state;
	refused(c, mk(ENF_EV_ASSET_RETURNED, ymd(2023, 7, 25), 0, 0, 0),
		ENF_ESTATE);
	/* Costs at the price: the floor, so the offer comes first. */
	refused(c, mk(ENF_EV_ASSET_RETURNED, ymd(2023, 7, 25), 0, 130 * BN, 0),
		ENF_ESTATE);
	assert_true(has("offer"));
	enf_case_free(c);
	/* The offer at the floor needs the costs before the return: given
	 * by the options. */
	c = someco(1);
	{
		enf_auction_case_options o = ENF_AUCTION_CASE_OPTIONS_INIT;
		enf_event e =
			mk(ENF_EV_CREDITOR_ANSWERED, ymd(2023, 7, 25), 0, 0, 0);

		o.costs = 130 * BN;
		assert_int_equal(enf_auction_case_apply(c, &e, &o), ENF_OK);
		e = mk(ENF_EV_ASSET_RETURNED, ymd(2023, 7, 26), 0, 130 * BN, 0);
		assert_int_equal(enf_auction_case_apply(c, &e, &o), ENF_OK);
	}
	assert_int_equal(astatus(c, ENF_DATE_MAX).stage,
			 ENF_ASSET_STAGE_RETURNED);
	enf_case_free(c);
}

/* The model's own order, whatever the law. */
static void test_case_sale__order_in_the_model(void **state)
{
	enf_case *c = someco(0);
	enf_event e;

	(void)state;
	e = mk(ENF_EV_PRICE_CUT, ymd(2023, 7, 1), 0, P[2], 0);
	assert_int_equal(enf_case_apply(c, &e), ENF_EINVALID);
	assert_true(has("no auction of the asset has been held"));
	e = mk(ENF_EV_ASSET_HANDED_OVER, ymd(2023, 7, 1), 0, 0, 0);
	assert_int_equal(enf_case_apply(c, &e), ENF_EINVALID);
	assert_true(has("not sold"));
	e = mk(ENF_EV_ASSET_TAKEN, ymd(2023, 7, 1), 0, 0, 0);
	assert_int_equal(enf_case_apply(c, &e), ENF_EINVALID);
	e = mk(ENF_EV_AUCTION_FAILED, ymd(2023, 7, 1), 0, 0, 0);
	assert_int_equal(enf_case_apply(c, &e), ENF_EINVALID);
	assert_true(has("amount"));
	e = mk(ENF_EV_CREDITOR_ANSWERED, ymd(2023, 7, 1), 2, 0, 0);
	assert_int_equal(enf_case_apply(c, &e), ENF_EINVALID);
	e = mk(ENF_EV_AUCTION_FAILED, ymd(2023, 7, 1), 0, P[1], -1);
	assert_int_equal(enf_case_apply(c, &e), ENF_EINVALID);
	assert_int_equal(enf_case_event_count(c), 6);
	enf_case_free(c);
	c = someco(NSALE);
	e = mk(ENF_EV_AUCTION_FAILED, ymd(2025, 5, 1), 0, P[7], 0);
	assert_int_equal(enf_case_apply(c, &e), ENF_EINVALID);
	assert_true(has("already sold"));
	e = mk(ENF_EV_ASSET_HANDED_OVER, ymd(2025, 5, 1), 0, 0, 0);
	assert_int_equal(enf_case_apply(c, &e), ENF_EINVALID);
	assert_true(has("already handed over"));
	enf_case_free(c);
}

/* Decree 152/2026 Art 115: a step follows the law of its date. A cut
 * decided after 1 Jul 2026 cites the new law; with a fixed rule set, that
 * set's. */
static void test_case_sale__rules_of_each_date(void **state)
{
	enf_case *c = someco(0);
	enf_auction *a = NULL;
	enf_auction_rules *r = NULL;
	enf_auction_case_options o = ENF_AUCTION_CASE_OPTIONS_INIT;
	enf_auction_step s;
	enf_event e = mk(ENF_EV_AUCTION_FAILED, ymd(2026, 6, 4), 0, P[1], 0);

	(void)state;
	law_ok(c, e);
	law_ok(c, mk(ENF_EV_PRICE_CUT, ymd(2026, 7, 6), 0, P[2], 0));
	assert_int_equal(enf_auction_from_case(&a, c, 0, NULL), ENF_OK);
	assert_int_equal(enf_auction_step_at(&s, a, enf_auction_count(a) - 1),
			 ENF_OK);
	assert_int_equal(s.kind, ENF_AUCTION_CUT);
	assert_non_null(strstr(s.source, "Law 106/2025"));
	enf_auction_free(a);
	assert_int_equal(enf_auction_rules_builtin(&r, "VN-2014"), ENF_OK);
	o.rules = r;
	assert_int_equal(enf_auction_from_case(&a, c, 0, &o), ENF_OK);
	assert_int_equal(enf_auction_step_at(&s, a, enf_auction_count(a) - 1),
			 ENF_OK);
	assert_non_null(strstr(s.source, "Law 26/2008"));
	enf_auction_free(a);
	enf_auction_rules_free(r);
	enf_case_free(c);
}

static void test_case_sale__bad_input(void **state)
{
	enf_case *c = someco(2), *bare = NULL;
	enf_case_info info = ENF_CASE_INFO_INIT;
	enf_asset a = {ENF_ASSET_MOVABLE, "xe", 0, ENF_SECURITY_NONE, 0};
	enf_party p = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "An", NULL};
	enf_auction *sale = (enf_auction *)&info;
	enf_auction_case_options o = ENF_AUCTION_CASE_OPTIONS_INIT;
	enf_asset_status s, same;
	enf_event e = sale_event(2);

	(void)state;
	/* enf_case_asset_status: out unchanged. */
	memset(&s, 0x5a, sizeof(s));
	same = s;
	assert_int_equal(enf_case_asset_status(NULL, c, 0, ymd(2024, 1, 1)),
			 ENF_EINVALID);
	assert_int_equal(enf_case_asset_status(&s, NULL, 0, ymd(2024, 1, 1)),
			 ENF_EINVALID);
	assert_true(has("case_asset_status"));
	assert_int_equal(enf_case_asset_status(&s, c, 1, ymd(2024, 1, 1)),
			 ENF_ERANGE);
	assert_true(has("asset is 1"));
	assert_int_equal(enf_case_asset_status(&s, c, 0, ENF_DATE_NONE),
			 ENF_ERANGE);
	assert_true(has("date"));
	assert_memory_equal(&s, &same, sizeof(s));
	assert_string_equal(enf_asset_stage_name((enf_asset_stage)9),
			    "unknown");
	assert_string_equal(enf_asset_stage_name((enf_asset_stage)-1),
			    "unknown");

	/* enf_auction_case_options_init */
	assert_int_equal(enf_auction_case_options_init(NULL, 1), ENF_EINVALID);
	assert_int_equal(enf_auction_case_options_init(&o, 2), ENF_EVERSION);
	assert_true(has("version"));
	assert_int_equal(enf_auction_case_options_init(&o, 1), ENF_OK);
	assert_null(o.rules);
	assert_null(o.calendar);
	assert_int_equal(o.costs, 0);

	/* enf_auction_from_case: *out NULL on error. */
	assert_int_equal(enf_auction_from_case(NULL, c, 0, NULL), ENF_EINVALID);
	assert_int_equal(enf_auction_from_case(&sale, NULL, 0, NULL),
			 ENF_EINVALID);
	assert_null(sale);
	assert_int_equal(enf_auction_from_case(&sale, c, 1, NULL), ENF_ERANGE);
	assert_true(has("asset is 1"));
	o.version = 0;
	assert_int_equal(enf_auction_from_case(&sale, c, 0, &o), ENF_EVERSION);
	assert_true(has("opts->version"));
	o.version = ENF_AUCTION_CASE_OPTIONS_VERSION;
	o.costs = -1;
	assert_int_equal(enf_auction_from_case(&sale, c, 0, &o), ENF_EINVALID);
	assert_true(has("opts->costs"));
	assert_null(sale);
	info.office = "LS-BG";
	info.decision_no = "1/QĐ-CCTHADS";
	assert_int_equal(enf_case_new(&bare, &info), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, bare, &p), ENF_OK);
	assert_int_equal(enf_case_add_asset(NULL, bare, &a), ENF_OK);
	assert_int_equal(enf_auction_from_case(&sale, bare, 0, NULL),
			 ENF_ENOTFOUND);
	assert_true(has("appraised"));
	enf_case_free(bare);

	/* enf_auction_case_check / _apply: the case unchanged. */
	assert_int_equal(enf_auction_case_check(NULL, &e, NULL), ENF_EINVALID);
	assert_int_equal(enf_auction_case_check(c, NULL, NULL), ENF_EINVALID);
	assert_int_equal(enf_auction_case_apply(NULL, &e, NULL), ENF_EINVALID);
	assert_int_equal(enf_auction_case_apply(c, NULL, NULL), ENF_EINVALID);
	o.costs = 0;
	o.version = 9;
	assert_int_equal(enf_auction_case_apply(c, &e, &o), ENF_EVERSION);
	e.kind = (enf_event_kind)ENF_EV_COUNT;
	refused(c, e, ENF_EINVALID);
	assert_int_equal(enf_case_event_count(c), 8);
	enf_case_free(c);
}

/* ---------------------------------------------------------------------- */
/* CSV and JSON                                                            */

static char *export_csv(const enf_register *reg, enf_io_entity e)
{
	char *t = NULL;

	assert_int_equal(enf_io_export_csv(&t, NULL, reg, e), ENF_OK);
	return t;
}

static void same_sale(const enf_register *reg)
{
	enf_case *c = NULL;
	enf_asset_status s;

	assert_int_equal(enf_register_count(reg), 1);
	assert_int_equal(enf_register_at(&c, reg, 0), ENF_OK);
	assert_int_equal(enf_case_event_count(c), 6 + NSALE);
	s = astatus(c, ENF_DATE_MAX);
	assert_int_equal(s.stage, ENF_ASSET_STAGE_HANDED_OVER);
	assert_int_equal(s.auctions, 7);
	assert_int_equal(s.cuts, 6);
	assert_int_equal(s.price, P[7]);
	assert_int_equal(s.sale_price, 72900000000);
	assert_int_equal(s.handed_over, ymd(2025, 4, 3));
}

static void test_case_sale__csv_json_round_trip(void **state)
{
	enf_register *reg = NULL, *back = NULL;
	char *t[ENF_IO_ENTITY_COUNT], *json = NULL, *json2 = NULL;

	(void)state;
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_register_add(reg, someco(NSALE)), ENF_OK);
	for (int i = 0; i < ENF_IO_ENTITY_COUNT; i++)
		t[i] = export_csv(reg, (enf_io_entity)i);
	assert_non_null(strstr(t[ENF_IO_EVENTS], ",price_cut,"));
	assert_non_null(strstr(t[ENF_IO_EVENTS], ",creditor_answered,"));
	assert_non_null(strstr(t[ENF_IO_EVENTS], ",asset_handed_over,"));
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(enf_io_import_csv(back, t[0], t[1], t[2], t[3], t[4]),
			 ENF_OK);
	same_sale(back);
	enf_register_free(back);

	assert_int_equal(enf_io_export_json(&json, NULL, reg), ENF_OK);
	assert_non_null(strstr(json, "\"asset_sold\""));
	assert_int_equal(enf_register_new(&back), ENF_OK);
	assert_int_equal(enf_io_import_json(back, json, "someco1.json"),
			 ENF_OK);
	same_sale(back);
	assert_int_equal(enf_io_export_json(&json2, NULL, back), ENF_OK);
	assert_string_equal(json, json2);
	enf_register_free(back);

	/* An unlawful cut in the file: the import is refused, naming the
	 * file, line and article, and nothing is loaded. */
	{
		size_t len = strlen(t[ENF_IO_EVENTS]) + 1;
		char *bad = malloc(len);
		char *at;

		assert_non_null(bad);
		memcpy(bad, t[ENF_IO_EVENTS], len);
		at = strstr(bad, "price_cut,0,105300000000");
		assert_non_null(at);
		memcpy(at + strlen("price_cut,0,"), "100000000000", 12);
		assert_int_equal(enf_register_new(&back), ENF_OK);
		assert_int_equal(
			enf_io_import_csv(back, t[0], t[1], t[2], t[3], bad),
			ENF_ERANGE);
		assert_true(has("events.csv"));
		assert_true(has(": amount: "));
		assert_true(has("Art 104"));
		assert_int_equal(enf_register_count(back), 0);
		enf_register_free(back);
		free(bad);
	}
	for (int i = 0; i < ENF_IO_ENTITY_COUNT; i++)
		enf_io_free(t[i]);
	enf_io_free(json);
	enf_io_free(json2);
	enf_register_free(reg);
}

/* ---------------------------------------------------------------------- */
/* Interest to the handover                                                */

/*
 * Decree 152/2026 Art 29(2): where an asset is sold, interest runs to the
 * day it is handed to the buyer. A house worth 50 m sold at auction 1 on
 * 2026-07-20 for a 100 m claim, its price collected on 2026-08-01, handed
 * over on 2026-09-30: the case gives the price and the handover day, the
 * ledger takes them. Interest at 10%/year on 100 m from 1 Jul to the
 * handover, 92 days: 920,000,000 / 365 = 2,520,547.95 -> 2,520,548; to
 * the collection only, [1 Jul, 1 Aug] on 100 m, 876,712, plus [2 Aug, 30
 * Sep] on 50 m, 821,918: 1,698,630.
 */
static void test_case_sale__interest_to_handover(void **state)
{
	enf_case_info info = ENF_CASE_INFO_INIT;
	enf_party d = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Trần Văn Bình",
		       NULL};
	enf_party k = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON, "Lê Thị Cúc",
		       NULL};
	enf_obligation o = {ENF_OBL_OTHER_MONEY, 100000000, 0, 1, 0};
	enf_asset a = {ENF_ASSET_REAL_ESTATE, "nhà số 3", 0, ENF_SECURITY_NONE,
		       0};
	enf_case *c = NULL;
	enf_ledger *l = NULL;
	enf_claim cl;
	enf_payout_options po = ENF_PAYOUT_OPTIONS_INIT;
	enf_ledger_balance b;
	enf_asset_status s;

	(void)state;
	info.office = "LS-01";
	info.decision_no = "40/QĐ-THADS";
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &d), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &k), ENF_OK);
	assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
	assert_int_equal(enf_case_add_asset(NULL, c, &a), ENF_OK);
	law_ok(c, mk(ENF_EV_REQUEST_RECEIVED, ymd(2026, 5, 4), 0, 0, -1));
	law_ok(c, mk(ENF_EV_DECISION_ISSUED, ymd(2026, 5, 6), 0, 0, -1));
	law_ok(c, mk(ENF_EV_CLASSIFIED, ymd(2026, 5, 20), 1, 0, -1));
	law_ok(c, mk(ENF_EV_ASSET_SEIZED, ymd(2026, 5, 25), 0, 0, 0));
	law_ok(c, mk(ENF_EV_ASSET_APPRAISED, ymd(2026, 6, 15), 0, 50000000, 0));
	law_ok(c, mk(ENF_EV_ASSET_SOLD, ymd(2026, 7, 20), 0, 50000000, 0));
	law_ok(c, mk(ENF_EV_COLLECTED, ymd(2026, 8, 1), 0, 50000000, -1));
	law_ok(c, mk(ENF_EV_ASSET_HANDED_OVER, ymd(2026, 9, 30), 0, 0, 0));
	s = astatus(c, ymd(2026, 9, 30));

	memset(&cl, 0, sizeof(cl));
	cl.tier = ENF_TIER_C;
	cl.principal = 100000000;
	cl.requested = ymd(2026, 7, 1);
	assert_int_equal(enf_ledger_new(&l), ENF_OK);
	assert_int_equal(
		enf_ledger_add_claim(NULL, l, &cl, ymd(2026, 7, 1), NULL),
		ENF_OK);
	po.delivered = s.handed_over;
	assert_int_equal(enf_ledger_collect(l, ymd(2026, 8, 1), s.sale_price,
					    &po, NULL, NULL),
			 ENF_OK);
	assert_int_equal(enf_ledger_balance_on(&b, l, ymd(2026, 9, 30)),
			 ENF_OK);
	assert_int_equal(b.interest, 2520548);
	enf_ledger_free(l);
	enf_case_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_case_sale__someco1_history),
		cmocka_unit_test(test_case_sale__from_case),
		cmocka_unit_test(test_case_sale__cut_over_cap_refused),
		cmocka_unit_test(
			test_case_sale__auction_before_posting_refused),
		cmocka_unit_test(test_case_sale__prices_refused),
		cmocka_unit_test(test_case_sale__creditor_option),
		cmocka_unit_test(test_case_sale__redeemed),
		cmocka_unit_test(test_case_sale__returned),
		cmocka_unit_test(test_case_sale__order_in_the_model),
		cmocka_unit_test(test_case_sale__rules_of_each_date),
		cmocka_unit_test(test_case_sale__bad_input),
		cmocka_unit_test(test_case_sale__csv_json_round_trip),
		cmocka_unit_test(test_case_sale__interest_to_handover),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
