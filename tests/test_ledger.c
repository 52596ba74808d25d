/*
 * Tests of the claim ledger (payout.h): claims with their interest, costs,
 * collections paid out in the order of Art 47 with the fee of Circular
 * 216/2016, the balance on any date and the preview of a collection.
 *
 * The case: claim 0, tier A, 60,000,000; claim 1, tier C, 100,000,000;
 * both 10%/year (VN, ACT/365) from 2025-01-01, the first day that accrues;
 * costs 2,000,000 on 2025-02-01; collections of 50,000,000 on 2025-03-01
 * and 100,000,000 on 2025-07-01. A day's interest on P is P x 0.1 / 365,
 * each sub-period rounded half-up once; a payment reduces the principal
 * from the next day. Every expected value is worked by hand beside it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

static enf_claim claim(enf_tier tier, enf_money principal)
{
	enf_claim c;

	memset(&c, 0, sizeof c);
	c.tier = tier;
	c.principal = principal;
	c.interest = 0;
	c.requested = ymd(2025, 1, 1);
	c.secured = 0;
	return c;
}

/* The two claims and the costs, no collection yet. */
static enf_ledger *make_claims(void)
{
	enf_ledger *l = NULL;
	enf_claim a = claim(ENF_TIER_A, 60000000);
	enf_claim c = claim(ENF_TIER_C, 100000000);
	int32_t ia = -1, ic = -1;

	assert_int_equal(enf_ledger_new(&l), ENF_OK);
	assert_non_null(l);
	assert_int_equal(
		enf_ledger_add_claim(&ia, l, &a, ymd(2025, 1, 1), NULL),
		ENF_OK);
	assert_int_equal(
		enf_ledger_add_claim(&ic, l, &c, ymd(2025, 1, 1), NULL),
		ENF_OK);
	assert_int_equal(ia, 0);
	assert_int_equal(ic, 1);
	assert_int_equal(enf_ledger_add_costs(l, ymd(2025, 2, 1), 2000000),
			 ENF_OK);
	return l;
}

/* The whole case, with the fee when fee_opts is given. */
static enf_ledger *make_case(const enf_fee_options *fee_opts)
{
	enf_ledger *l = make_claims();

	assert_int_equal(enf_ledger_collect(l, ymd(2025, 3, 1), 50000000, NULL,
					    fee_opts, NULL),
			 ENF_OK);
	assert_int_equal(enf_ledger_collect(l, ymd(2025, 7, 1), 100000000, NULL,
					    fee_opts, NULL),
			 ENF_OK);
	return l;
}

static void assert_balance(const enf_ledger *l, enf_date d, enf_money principal,
			   enf_money interest, enf_money costs, enf_money fees,
			   enf_money collected, enf_money paid_out)
{
	enf_ledger_balance b;

	assert_int_equal(enf_ledger_balance_on(&b, l, d), ENF_OK);
	assert_int_equal(b.principal, principal);
	assert_int_equal(b.interest, interest);
	assert_int_equal(b.costs, costs);
	assert_int_equal(b.fees, fees);
	assert_int_equal(b.collected, collected);
	assert_int_equal(b.paid_out, paid_out);
	assert_int_equal(b.total, principal + interest + costs);
}

static void test_ledger__new_and_free(void **state)
{
	enf_ledger *l = NULL;
	enf_ledger_balance b;

	(void)state;
	assert_int_equal(enf_ledger_new(NULL), ENF_EINVALID);
	assert_error_names("ledger_new", "out");
	assert_int_equal(enf_ledger_new(&l), ENF_OK);
	/* An empty ledger owes nothing. */
	assert_int_equal(enf_ledger_balance_on(&b, l, ymd(2025, 1, 1)), ENF_OK);
	assert_int_equal(b.total, 0);
	assert_int_equal(b.collected, 0);
	enf_ledger_free(l);
	enf_ledger_free(NULL);
}

static void test_ledger__balance_before(void **state)
{
	enf_ledger *l = make_case(NULL);

	(void)state;
	/* 2025-01-01: 1 day. 60,000,000 x 0.1 / 365 = 16,438.36 -> 16,438;
	 * 100,000,000 x 0.1 / 365 = 27,397.26 -> 27,397; 43,835. */
	assert_balance(l, ymd(2025, 1, 1), 160000000, 43835, 0, 0, 0, 0);
	/* 2025-01-31: 31 days. 6,000,000 x 31 / 365 = 186,000,000 / 365 =
	 * 509,589.04 -> 509,589; 10,000,000 x 31 / 365 = 849,315.07 ->
	 * 849,315; 1,358,904. No costs yet. */
	assert_balance(l, ymd(2025, 1, 31), 160000000, 1358904, 0, 0, 0, 0);
	/* 2025-02-28: 59 days. 354,000,000 / 365 = 969,863.01 -> 969,863;
	 * 590,000,000 / 365 = 1,616,438.36 -> 1,616,438; 2,586,301; the
	 * costs of 2025-02-01 are owed. */
	assert_balance(l, ymd(2025, 2, 28), 160000000, 2586301, 2000000, 0, 0,
		       0);
	/* Before interest runs: 2024-12-31, nothing accrued. */
	assert_balance(l, ymd(2024, 12, 31), 160000000, 0, 0, 0, 0, 0);
	enf_ledger_free(l);
}

static void test_ledger__first_collection(void **state)
{
	enf_ledger *l = make_case(NULL);

	(void)state;
	/* 2025-03-01: 60 days (31 + 28 + 1). Interest 360,000,000 / 365 =
	 * 986,301.37 -> 986,301 and 600,000,000 / 365 = 1,643,835.62 ->
	 * 1,643,836. 50,000,000: costs 2,000,000 first, then tier A principal
	 * 48,000,000 (of 60,000,000); tier C nothing. Principal 12,000,000 +
	 * 100,000,000; interest 986,301 + 1,643,836 = 2,630,137 (the payment
	 * reduces the principal from 03-02). */
	assert_balance(l, ymd(2025, 3, 1), 112000000, 2630137, 0, 0, 50000000,
		       48000000);
	enf_ledger_free(l);
}

static void test_ledger__balance_between(void **state)
{
	enf_ledger *l = make_case(NULL);

	(void)state;
	/* 2025-06-30. Claim 0: 986,301 (60 days on 60 m) + 03-02..06-30
	 * (30 + 30 + 31 + 30 = 121 days) on 12,000,000: 145,200,000 / 365 =
	 * 397,808.22 -> 397,808; 1,384,109. Claim 1: 181 days on 100 m:
	 * 1,810,000,000 / 365 = 4,958,904.11 -> 4,958,904. Interest
	 * 6,343,013. */
	assert_balance(l, ymd(2025, 6, 30), 112000000, 6343013, 0, 0, 50000000,
		       48000000);
	enf_ledger_free(l);
}

static void test_ledger__second_collection(void **state)
{
	enf_ledger *l = make_case(NULL);

	(void)state;
	/* 2025-07-01. Claim 0: 986,301 + 122 days on 12 m: 146,400,000 / 365
	 * = 401,095.89 -> 401,096; 1,387,397. Claim 1: 182 days:
	 * 1,820,000,000 / 365 = 4,986,301.37 -> 4,986,301. 100,000,000: no
	 * costs left; tier A principal 12,000,000 and interest 1,387,397
	 * (13,387,397); tier C principal 86,612,603, leaving 13,387,397 and
	 * interest 4,986,301. */
	assert_balance(l, ymd(2025, 7, 1), 13387397, 4986301, 0, 0, 150000000,
		       148000000);
	enf_ledger_free(l);
}

static void test_ledger__balance_after(void **state)
{
	enf_ledger *l = make_case(NULL);

	(void)state;
	/* 2025-12-31. Claim 0 owes nothing. Claim 1: 4,986,301 + 07-02..12-31
	 * (Jul 30, Aug 31, Sep 30, Oct 31, Nov 30, Dec 31 = 183 days) on
	 * 13,387,397:
	 * 13,387,397 x 183 / 3650 = 2,449,893,651 / 3650 = 671,203.74 ->
	 * 671,204; 5,657,505. */
	assert_balance(l, ymd(2025, 12, 31), 13387397, 5657505, 0, 0, 150000000,
		       148000000);
	enf_ledger_free(l);
}

static void test_ledger__preview(void **state)
{
	enf_ledger *l = make_case(NULL);
	enf_payout_result r;
	enf_money paid[2] = {-1, -1};

	(void)state;
	/* 20,000,000 on 2026-01-15. Claim 1 interest: 4,986,301 + 198 days
	 * (183 + 15) on 13,387,397: 2,650,704,606 / 3650 = 726,220.44 ->
	 * 726,220; 5,712,521. Tier C principal 13,387,397, then interest
	 * 5,712,521: 19,099,918; surplus 900,082. */
	assert_int_equal(enf_ledger_preview(&r, paid, 2, l, ymd(2026, 1, 15),
					    20000000, NULL),
			 ENF_OK);
	assert_int_equal(paid[0], 0);
	assert_int_equal(paid[1], 19099918);
	assert_int_equal(r.costs, 0);
	assert_int_equal(r.rent_reserve, 0);
	assert_int_equal(r.to_claims, 19099918);
	assert_int_equal(r.surplus, 900082);
	/* Nothing recorded: the balance is still the one of the case. */
	assert_balance(l, ymd(2025, 12, 31), 13387397, 5657505, 0, 0, 150000000,
		       148000000);
	/* 10,000,000: principal only, 10,000,000 to claim 1. */
	assert_int_equal(enf_ledger_preview(&r, paid, 2, l, ymd(2026, 1, 15),
					    10000000, NULL),
			 ENF_OK);
	assert_int_equal(paid[0], 0);
	assert_int_equal(paid[1], 10000000);
	assert_int_equal(r.surplus, 0);
	enf_ledger_free(l);
}

static void test_ledger__preview_costs_first(void **state)
{
	enf_ledger *l = make_claims();
	enf_payout_result r;
	enf_money paid[2] = {-1, -1};

	(void)state;
	/* Before any collection, 1,500,000 on 2025-02-10 goes to the costs
	 * (2,000,000 owed); on 2025-01-31 the costs are not incurred yet and
	 * tier A takes it all. */
	assert_int_equal(enf_ledger_preview(&r, paid, 2, l, ymd(2025, 2, 10),
					    1500000, NULL),
			 ENF_OK);
	assert_int_equal(r.costs, 1500000);
	assert_int_equal(paid[0], 0);
	assert_int_equal(paid[1], 0);
	assert_int_equal(enf_ledger_preview(&r, paid, 2, l, ymd(2025, 1, 31),
					    1500000, NULL),
			 ENF_OK);
	assert_int_equal(r.costs, 0);
	assert_int_equal(paid[0], 1500000);
	assert_int_equal(paid[1], 0);
	enf_ledger_free(l);
}

static void test_ledger__fees(void **state)
{
	enf_fee_options fo = ENF_FEE_OPTIONS_INIT;
	enf_ledger *l = make_case(&fo);
	enf_trail *t = NULL;

	(void)state;
	/* First collection: tier A only (exempt: maintenance, wages, life
	 * and health), no fee. Second: tier C receives 86,612,603, above 2 x
	 * 2,340,000 = 4,680,000 (base salary from 2024-07-01): 3% of the
	 * whole, 2,598,378.09 -> 2,598,378. */
	assert_balance(l, ymd(2025, 3, 1), 112000000, 2630137, 0, 0, 50000000,
		       48000000);
	assert_balance(l, ymd(2025, 7, 1), 13387397, 4986301, 0, 2598378,
		       150000000, 148000000);
	/* A third collection of 10,000,000 on 2026-01-15 to claim 1, which
	 * has received 86,612,603: fee(96,612,603) - fee(86,612,603) =
	 * 2,898,378.09 -> 2,898,378 less 2,598,378 = 300,000. The trail gets
	 * the distribution and the fee steps. */
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	assert_int_equal(
		enf_ledger_collect(l, ymd(2026, 1, 15), 10000000, NULL, &fo, t),
		ENF_OK);
	assert_true(enf_trail_count(t) > 0);
	assert_balance(l, ymd(2026, 1, 15), 3387397, 5712521, 0, 2898378,
		       160000000, 158000000);
	enf_trail_free(t);
	enf_ledger_free(l);
}

static void test_ledger__fee_below_threshold(void **state)
{
	enf_fee_options fo = ENF_FEE_OPTIONS_INIT;
	enf_ledger *l = NULL;
	enf_claim c = claim(ENF_TIER_C, 10000000);

	(void)state;
	/* A tier C claim receives 4,000,000 (below 4,680,000): no fee; then
	 * 1,000,000 more: fee(5,000,000) = 150,000 - fee(4,000,000) = 0. */
	assert_int_equal(enf_ledger_new(&l), ENF_OK);
	assert_int_equal(
		enf_ledger_add_claim(NULL, l, &c, ymd(2025, 1, 1), NULL),
		ENF_OK);
	assert_int_equal(enf_ledger_collect(l, ymd(2025, 1, 1), 4000000, NULL,
					    &fo, NULL),
			 ENF_OK);
	assert_int_equal(enf_ledger_collect(l, ymd(2025, 1, 1), 1000000, NULL,
					    &fo, NULL),
			 ENF_OK);
	/* 2025-01-01: one day on 10,000,000 = 2,739.73 -> 2,740, paid after
	 * the principal: principal 5,000,000 owed, interest 2,740. */
	assert_balance(l, ymd(2025, 1, 1), 5000000, 2740, 0, 150000, 5000000,
		       5000000);
	enf_ledger_free(l);
}

/* Asserts that the ledger still holds the case as make_case() built it. */
static void assert_case_unchanged(const enf_ledger *l)
{
	enf_payout_result r;
	enf_money paid[2];

	assert_balance(l, ymd(2025, 12, 31), 13387397, 5657505, 0, 0, 150000000,
		       148000000);
	assert_int_equal(enf_ledger_preview(&r, paid, 2, l, ymd(2026, 1, 15),
					    20000000, NULL),
			 ENF_OK);
	assert_int_equal(paid[1], 19099918);
}

static void test_ledger__bad_claim(void **state)
{
	enf_ledger *l = make_case(NULL);
	enf_claim c = claim(ENF_TIER_C, 1000);
	enf_interest_options io = ENF_INTEREST_OPTIONS_INIT;
	int32_t idx = 77;

	(void)state;
	assert_int_equal(
		enf_ledger_add_claim(&idx, NULL, &c, ymd(2025, 1, 1), NULL),
		ENF_EINVALID);
	assert_error_names("ledger_add_claim", "ledger");
	assert_int_equal(
		enf_ledger_add_claim(&idx, l, NULL, ymd(2025, 1, 1), NULL),
		ENF_EINVALID);
	assert_error_names("ledger_add_claim", "claim");
	c.tier = (enf_tier)3;
	assert_int_equal(
		enf_ledger_add_claim(&idx, l, &c, ymd(2025, 1, 1), NULL),
		ENF_EINVALID);
	assert_error_names("ledger_add_claim", ": tier");
	c.tier = ENF_TIER_C;
	c.principal = -1;
	assert_int_equal(
		enf_ledger_add_claim(&idx, l, &c, ymd(2025, 1, 1), NULL),
		ENF_EINVALID);
	assert_error_names("ledger_add_claim", ": principal");
	c.principal = 1000;
	c.interest = -5;
	assert_int_equal(
		enf_ledger_add_claim(&idx, l, &c, ymd(2025, 1, 1), NULL),
		ENF_EINVALID);
	assert_error_names("ledger_add_claim", ": interest");
	c.interest = 0;
	assert_int_equal(enf_ledger_add_claim(&idx, l, &c, ENF_DATE_NONE, NULL),
			 ENF_ERANGE);
	assert_error_names("ledger_add_claim", "interest_from");
	io.version = 99;
	assert_int_equal(
		enf_ledger_add_claim(&idx, l, &c, ymd(2025, 1, 1), &io),
		ENF_EVERSION);
	assert_error_names("interest_compute", "version");
	assert_int_equal(idx, 77);
	assert_case_unchanged(l);
	enf_ledger_free(l);
}

static void test_ledger__bad_costs(void **state)
{
	enf_ledger *l = make_case(NULL);

	(void)state;
	assert_int_equal(enf_ledger_add_costs(NULL, ymd(2025, 1, 1), 1),
			 ENF_EINVALID);
	assert_error_names("ledger_add_costs", "ledger");
	assert_int_equal(enf_ledger_add_costs(l, ymd(2025, 1, 1), -1),
			 ENF_EINVALID);
	assert_error_names("ledger_add_costs", "amount");
	assert_int_equal(enf_ledger_add_costs(l, ENF_DATE_NONE, 1), ENF_ERANGE);
	assert_error_names("ledger_add_costs", "date");
	assert_case_unchanged(l);
	enf_ledger_free(l);
}

static void test_ledger__bad_collection(void **state)
{
	enf_ledger *l = make_case(NULL);
	enf_fee_options fo = ENF_FEE_OPTIONS_INIT;
	enf_payout_options po = ENF_PAYOUT_OPTIONS_INIT;
	enf_trail *t = NULL;

	(void)state;
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	assert_int_equal(
		enf_ledger_collect(NULL, ymd(2026, 1, 1), 1, NULL, NULL, t),
		ENF_EINVALID);
	assert_error_names("ledger_collect", "ledger");
	assert_int_equal(
		enf_ledger_collect(l, ymd(2026, 1, 1), -1, NULL, NULL, t),
		ENF_EINVALID);
	assert_error_names("ledger_collect", "amount");
	/* Out of date order: before the collection of 2025-07-01. */
	assert_int_equal(
		enf_ledger_collect(l, ymd(2025, 6, 30), 1, NULL, NULL, t),
		ENF_EINVALID);
	assert_error_names("ledger_collect", "date");
	assert_int_equal(enf_ledger_collect(l, ENF_DATE_NONE, 1, NULL, NULL, t),
			 ENF_ERANGE);
	assert_error_names("ledger_collect", "date");
	po.version = 9;
	assert_int_equal(
		enf_ledger_collect(l, ymd(2026, 1, 1), 1, &po, NULL, t),
		ENF_EVERSION);
	assert_error_names("payout_distribute", "version");
	/* A bad fee option fails after the distribution wrote its steps:
	 * the trail is put back and nothing is recorded. */
	fo.reduction_pct = 101;
	assert_int_equal(
		enf_ledger_collect(l, ymd(2026, 1, 1), 1000000, NULL, &fo, t),
		ENF_EINVALID);
	assert_error_names("fee_compute", "reduction_pct");
	assert_int_equal(enf_trail_count(t), 0);
	assert_case_unchanged(l);
	enf_trail_free(t);
	enf_ledger_free(l);
}

static void test_ledger__bad_balance_and_preview(void **state)
{
	enf_ledger *l = make_case(NULL);
	enf_ledger_balance b;
	enf_payout_result r;
	enf_money paid[3] = {-1, -1, -1};

	(void)state;
	assert_int_equal(enf_ledger_balance_on(NULL, l, ymd(2025, 1, 1)),
			 ENF_EINVALID);
	assert_error_names("ledger_balance_on", "out");
	assert_int_equal(enf_ledger_balance_on(&b, NULL, ymd(2025, 1, 1)),
			 ENF_EINVALID);
	assert_error_names("ledger_balance_on", "ledger");
	assert_int_equal(enf_ledger_balance_on(&b, l, ENF_DATE_NONE),
			 ENF_ERANGE);
	assert_error_names("ledger_balance_on", "date");
	assert_int_equal(
		enf_ledger_preview(&r, paid, 3, l, ymd(2026, 1, 1), 1, NULL),
		ENF_EINVALID);
	assert_error_names("ledger_preview", "n is 3");
	assert_int_equal(
		enf_ledger_preview(&r, NULL, 2, l, ymd(2026, 1, 1), 1, NULL),
		ENF_EINVALID);
	assert_error_names("ledger_preview", "paid");
	assert_int_equal(
		enf_ledger_preview(&r, paid, 2, l, ymd(2026, 1, 1), -1, NULL),
		ENF_EINVALID);
	assert_error_names("ledger_preview", "amount");
	assert_int_equal(
		enf_ledger_preview(&r, paid, 2, l, ymd(2025, 1, 1), 1, NULL),
		ENF_EINVALID);
	assert_error_names("ledger_preview", "date");
	assert_int_equal(paid[0], -1);
	assert_int_equal(paid[1], -1);
	assert_case_unchanged(l);
	enf_ledger_free(l);
}

/*
 * A claim of 1,000,000 (tier C, no request date) whose interest runs from
 * 2025-07-01, collected 400,000 on 2025-03-01, before: the collection
 * pays principal only (no interest yet, no costs) and the interest then
 * runs on 600,000. 30 June: 600,000, no interest. 31 December: 1 Jul..31
 * Dec is 184 days, 600,000 x 0.1 x 184 / 365 = 30,246.6 -> 30,247.
 */
static void test_ledger__collected_before_interest(void **state)
{
	enf_ledger *l = NULL;
	enf_claim c = claim(ENF_TIER_C, 1000000);
	enf_payout_result r;
	enf_money paid = -1;

	(void)state;
	c.requested = ENF_DATE_NONE;
	assert_int_equal(enf_ledger_new(&l), ENF_OK);
	assert_int_equal(
		enf_ledger_add_claim(NULL, l, &c, ymd(2025, 7, 1), NULL),
		ENF_OK);
	assert_int_equal(enf_ledger_collect(l, ymd(2025, 3, 1), 400000, NULL,
					    NULL, NULL),
			 ENF_OK);
	assert_balance(l, ymd(2025, 6, 30), 600000, 0, 0, 0, 400000, 400000);
	assert_balance(l, ymd(2025, 12, 31), 600000, 30247, 0, 0, 400000,
		       400000);
	/* The next collection of 700,000 on 31 December pays all of it:
	 * 630,247, and 69,753 go back to the debtor. */
	assert_int_equal(enf_ledger_preview(&r, &paid, 1, l, ymd(2025, 12, 31),
					    700000, NULL),
			 ENF_OK);
	assert_int_equal(paid, 630247);
	assert_int_equal(r.to_claims, 630247);
	assert_int_equal(r.surplus, 69753);
	enf_ledger_free(l);
}

/* An empty ledger: a collection goes back to the debtor whole. */
static void test_ledger__no_claims(void **state)
{
	enf_ledger *l = NULL;
	enf_payout_result r;

	(void)state;
	assert_int_equal(enf_ledger_new(&l), ENF_OK);
	assert_int_equal(
		enf_ledger_preview(&r, NULL, 0, l, ymd(2025, 1, 1), 5000, NULL),
		ENF_OK);
	assert_int_equal(r.to_claims, 0);
	assert_int_equal(r.surplus, 5000);
	assert_int_equal(
		enf_ledger_collect(l, ymd(2025, 1, 1), 5000, NULL, NULL, NULL),
		ENF_OK);
	assert_balance(l, ymd(2025, 1, 1), 0, 0, 0, 0, 5000, 0);
	assert_int_equal(
		enf_ledger_preview(NULL, NULL, 0, l, ymd(2025, 1, 1), 1, NULL),
		ENF_EINVALID);
	assert_error_names("ledger_preview", "out");
	assert_int_equal(
		enf_ledger_preview(&r, NULL, 0, NULL, ymd(2025, 1, 1), 1, NULL),
		ENF_EINVALID);
	assert_error_names("ledger_preview", "ledger");
	enf_ledger_free(l);
}

/* Sums past 64 bits: the balance fails and names the sum. */
static void test_ledger__overflow(void **state)
{
	enf_ledger *l = NULL;
	enf_claim c = claim(ENF_TIER_C, 1000000);
	enf_ledger_balance b;

	(void)state;
	memset(&b, 0x5a, sizeof b);
	/* Interest owed when added (INT64_MAX) plus a year's accrued. */
	c.interest = INT64_MAX;
	assert_int_equal(enf_ledger_new(&l), ENF_OK);
	assert_int_equal(
		enf_ledger_add_claim(NULL, l, &c, ymd(2025, 1, 1), NULL),
		ENF_OK);
	assert_int_equal(enf_ledger_balance_on(&b, l, ymd(2025, 12, 31)),
			 ENF_EOVERFLOW);
	assert_error_names("ledger_balance_on", "interest");
	/* On the day before interest runs the sum fits, but not with the
	 * costs in the total. */
	assert_int_equal(enf_ledger_add_costs(l, ymd(2024, 1, 1), 1), ENF_OK);
	assert_int_equal(enf_ledger_balance_on(&b, l, ymd(2024, 12, 31)),
			 ENF_EOVERFLOW);
	assert_error_names("ledger_balance_on", "total");
	enf_ledger_free(l);
	/* Two claims of 2^62 (a claim of INT64_MAX cannot accrue a day's
	 * interest): the principal; two costs of INT64_MAX: the costs. */
	c.interest = 0;
	c.principal = INT64_MAX / 2 + 1;
	assert_int_equal(enf_ledger_new(&l), ENF_OK);
	assert_int_equal(
		enf_ledger_add_claim(NULL, l, &c, ymd(2025, 1, 1), NULL),
		ENF_OK);
	assert_int_equal(
		enf_ledger_add_claim(NULL, l, &c, ymd(2025, 1, 1), NULL),
		ENF_OK);
	assert_int_equal(enf_ledger_balance_on(&b, l, ymd(2024, 12, 31)),
			 ENF_EOVERFLOW);
	assert_error_names("ledger_balance_on", "principal");
	enf_ledger_free(l);
	assert_int_equal(enf_ledger_new(&l), ENF_OK);
	assert_int_equal(enf_ledger_add_costs(l, ymd(2024, 1, 1), INT64_MAX),
			 ENF_OK);
	assert_int_equal(enf_ledger_add_costs(l, ymd(2024, 1, 2), INT64_MAX),
			 ENF_OK);
	assert_int_equal(enf_ledger_balance_on(&b, l, ymd(2024, 12, 31)),
			 ENF_EOVERFLOW);
	assert_error_names("ledger_balance_on", "costs");
	assert_int_equal(
		enf_ledger_collect(l, ymd(2025, 1, 1), 1, NULL, NULL, NULL),
		ENF_EOVERFLOW);
	assert_error_names("ledger_collect", "costs");
	/* On the first day only the first counts. */
	assert_int_equal(enf_ledger_balance_on(&b, l, ymd(2024, 1, 1)), ENF_OK);
	assert_int_equal(b.costs, INT64_MAX);
	enf_ledger_free(l);
}

static void test_ledger__bad_claim_fields(void **state)
{
	enf_ledger *l = make_case(NULL);
	enf_claim c = claim(ENF_TIER_C, 1000);
	int32_t idx = 77;

	(void)state;
	c.tier = (enf_tier)-1;
	assert_int_equal(
		enf_ledger_add_claim(&idx, l, &c, ymd(2025, 1, 1), NULL),
		ENF_EINVALID);
	assert_error_names("ledger_add_claim", "tier is -1");
	c.tier = ENF_TIER_B;
	c.secured = -1;
	assert_int_equal(
		enf_ledger_add_claim(&idx, l, &c, ymd(2025, 1, 1), NULL),
		ENF_EINVALID);
	assert_error_names("ledger_add_claim", "secured is -1");
	c.secured = 0;
	c.requested = ENF_DATE_MAX + 1;
	assert_int_equal(
		enf_ledger_add_claim(&idx, l, &c, ymd(2025, 1, 1), NULL),
		ENF_ERANGE);
	assert_error_names("ledger_add_claim", ": requested");
	c.requested = ymd(2025, 1, 1);
	c.secured_is_creditor = 2;
	assert_int_equal(
		enf_ledger_add_claim(&idx, l, &c, ymd(2025, 1, 1), NULL),
		ENF_EINVALID);
	assert_error_names("ledger_add_claim", ": secured_is_creditor");
	c.secured_is_creditor = 1;
	c.judgment = -3;
	assert_int_equal(
		enf_ledger_add_claim(&idx, l, &c, ymd(2025, 1, 1), NULL),
		ENF_EINVALID);
	assert_error_names("ledger_add_claim", "judgment is -3");
	assert_int_equal(idx, 77);
	assert_case_unchanged(l);
	enf_ledger_free(l);
}

/* One tier-C claim of 100,000,000 at 10% from 2026-07-01; a house sold,
 * its price of 50,000,000 collected on 2026-08-01. */
static enf_ledger *make_sale(void)
{
	enf_ledger *l = NULL;
	enf_claim c = claim(ENF_TIER_C, 100000000);

	c.requested = ymd(2026, 7, 1);
	assert_int_equal(enf_ledger_new(&l), ENF_OK);
	assert_int_equal(
		enf_ledger_add_claim(NULL, l, &c, ymd(2026, 7, 1), NULL),
		ENF_OK);
	return l;
}

/*
 * Decree 152/2026 Art 29(2) (V): where an asset is sold, interest runs to
 * the day it is handed to the buyer. The house is handed over on
 * 2026-09-30: opts->delivered. The collection's principal counts as paid
 * from 2026-08-01, but interest on it runs to 2026-09-30.
 */
static void test_ledger__interest_to_handover_decree152_art29_2(void **state)
{
	enf_ledger *l = make_sale(), *plain = make_sale();
	enf_payout_options o = ENF_PAYOUT_OPTIONS_INIT;
	enf_payout_result r;
	enf_money paid[1] = {-1};

	(void)state;
	o.delivered = ymd(2026, 9, 30);
	/* Preview of 150,000,000: interest to the handover, [1 Jul, 30 Sep]
	 * 92 days on 100 m: 920,000,000 / 365 = 2,520,547.95 -> 2,520,548;
	 * the claim takes 102,520,548, 47,479,452 back. Without the
	 * handover, to 1 Aug: 32 days, 320,000,000 / 365 = 876,712.33 ->
	 * 876,712. */
	assert_int_equal(enf_ledger_preview(&r, paid, 1, l, ymd(2026, 8, 1),
					    150000000, &o),
			 ENF_OK);
	assert_int_equal(paid[0], 102520548);
	assert_int_equal(r.surplus, 47479452);
	assert_int_equal(enf_ledger_preview(&r, paid, 1, l, ymd(2026, 8, 1),
					    150000000, NULL),
			 ENF_OK);
	assert_int_equal(paid[0], 100876712);

	/* The price, 50,000,000, all to principal (principal first). */
	assert_int_equal(enf_ledger_collect(l, ymd(2026, 8, 1), 50000000, &o,
					    NULL, NULL),
			 ENF_OK);
	assert_int_equal(enf_ledger_collect(plain, ymd(2026, 8, 1), 50000000,
					    NULL, NULL, NULL),
			 ENF_OK);
	/* 2026-08-15, before the handover: 50 m principal left, interest
	 * still on 100 m: [1 Jul, 15 Aug] 46 days: 460,000,000 / 365 =
	 * 1,260,273.97 -> 1,260,274. */
	assert_balance(l, ymd(2026, 8, 15), 50000000, 1260274, 0, 0, 50000000,
		       50000000);
	/* 2026-09-30: 2,520,548 (92 days on 100 m). Collected on the
	 * collection day instead: [1 Jul, 1 Aug] 876,712 + [2 Aug, 30 Sep]
	 * 60 days on 50 m: 300,000,000 / 365 = 821,917.81 -> 821,918;
	 * 1,698,630. */
	assert_balance(l, ymd(2026, 9, 30), 50000000, 2520548, 0, 0, 50000000,
		       50000000);
	assert_balance(plain, ymd(2026, 9, 30), 50000000, 1698630, 0, 0,
		       50000000, 50000000);
	/* 2026-10-31: 2,520,548 + [1 Oct, 31 Oct] 31 days on 50 m:
	 * 155,000,000 / 365 = 424,657.53 -> 424,658; 2,945,206. */
	assert_balance(l, ymd(2026, 10, 31), 50000000, 2945206, 0, 0, 50000000,
		       50000000);

	/* A handover before the collection is refused; nothing recorded. */
	o.delivered = ymd(2026, 8, 31);
	assert_int_equal(
		enf_ledger_collect(l, ymd(2026, 9, 1), 1000, &o, NULL, NULL),
		ENF_EINVALID);
	assert_error_names("ledger_collect",
			   "delivered is 2026-08-31, before date "
			   "2026-09-01");
	assert_balance(l, ymd(2026, 10, 31), 50000000, 2945206, 0, 0, 50000000,
		       50000000);
	o.delivered = ENF_DATE_MAX + 1;
	assert_int_equal(
		enf_ledger_collect(l, ymd(2026, 9, 1), 1000, &o, NULL, NULL),
		ENF_ERANGE);
	assert_error_names("ledger_collect", ": delivered");
	enf_ledger_free(l);
	enf_ledger_free(plain);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ledger__new_and_free),
		cmocka_unit_test(test_ledger__collected_before_interest),
		cmocka_unit_test(test_ledger__no_claims),
		cmocka_unit_test(test_ledger__overflow),
		cmocka_unit_test(test_ledger__bad_claim_fields),
		cmocka_unit_test(test_ledger__balance_before),
		cmocka_unit_test(test_ledger__first_collection),
		cmocka_unit_test(test_ledger__balance_between),
		cmocka_unit_test(test_ledger__second_collection),
		cmocka_unit_test(test_ledger__balance_after),
		cmocka_unit_test(test_ledger__preview),
		cmocka_unit_test(test_ledger__preview_costs_first),
		cmocka_unit_test(test_ledger__fees),
		cmocka_unit_test(test_ledger__fee_below_threshold),
		cmocka_unit_test(test_ledger__bad_claim),
		cmocka_unit_test(test_ledger__bad_costs),
		cmocka_unit_test(test_ledger__bad_collection),
		cmocka_unit_test(test_ledger__bad_balance_and_preview),
		cmocka_unit_test(
			test_ledger__interest_to_handover_decree152_art29_2),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
