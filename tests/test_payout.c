/*
 * Tests of the order of payment (payout.h, Law 26/2008 Art 47): secured
 * claims from their collateral (before everything, or after the costs,
 * the rent reserve and the judgment's court fee when the secured party is
 * the judgment creditor, Art 47(3)), costs, the rent reserve, tiers A, B,
 * C with principal before interest, pro rata by largest remainder, the
 * coercion-date cut-off (Art 47(2)(b), Decree 62/2015 Art 49(1)), the
 * surplus, the citations by date and the payment deadline.
 *
 * Every expected value is worked by hand in the comment beside it; none
 * was obtained by running the code.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

/* 128-bit oracle arithmetic (GCC/Clang extension; quiet under -pedantic). */
__extension__ typedef __int128 t_i128;

#define SENTINEL ((enf_money)-777)

static enf_claim claim(enf_tier tier, enf_money principal, enf_money interest)
{
	enf_claim c;

	memset(&c, 0, sizeof c);
	c.tier = tier;
	c.principal = principal;
	c.interest = interest;
	c.requested = ENF_DATE_NONE;
	c.secured = 0;
	return c;
}

static enf_payout_options opts_default(void)
{
	enf_payout_options o = ENF_PAYOUT_OPTIONS_INIT;

	return o;
}

/*
 * Distributes and checks the invariants every result must keep: the four
 * parts sum to the amount, to_claims is the sum of paid, and no claim gets
 * more than its principal + interest or less than 0.
 */
static void distribute_ok(enf_payout_result *out, enf_money *paid,
			  const enf_claim *claims, size_t n, enf_money amount,
			  const enf_payout_options *opts)
{
	t_i128 sum = 0, total;

	assert_int_equal(
		enf_payout_distribute(out, paid, claims, n, amount, opts, NULL),
		ENF_OK);
	for (size_t i = 0; i < n; i++) {
		assert_true(paid[i] >= 0);
		assert_true(paid[i] <=
			    claims[i].principal + claims[i].interest);
		sum += paid[i];
	}
	assert_true(sum == out->to_claims);
	total = (t_i128)out->costs + out->rent_reserve + out->to_claims +
		out->surplus;
	assert_true(total == amount);
	assert_true(out->costs >= 0 && out->rent_reserve >= 0 &&
		    out->surplus >= 0);
}

static void test_payout__options_init(void **state)
{
	enf_payout_options o;

	(void)state;
	memset(&o, 0xab, sizeof o);
	assert_int_equal(
		enf_payout_options_init(&o, ENF_PAYOUT_OPTIONS_VERSION),
		ENF_OK);
	assert_int_equal(o.version, ENF_PAYOUT_OPTIONS_VERSION);
	assert_int_equal(o.costs, 0);
	assert_int_equal(o.rent_reserve, 0);
	assert_int_equal(o.coercion, ENF_DATE_NONE);
	assert_int_equal(o.collateral, 0);
	assert_int_equal(o.date, ENF_DATE_NONE);
	assert_int_equal(o.delivered, ENF_DATE_NONE);
	assert_null(o.rulebook);

	assert_int_equal(enf_payout_options_init(NULL, 1), ENF_EINVALID);
	assert_error_names("payout_options_init", "opts");
	memset(&o, 0xab, sizeof o);
	assert_int_equal(enf_payout_options_init(&o, 0), ENF_EVERSION);
	assert_error_names("payout_options_init", "version");
	assert_int_equal(o.costs, (enf_money)0xabababababababab);
	assert_int_equal(enf_payout_options_init(&o, 2), ENF_EVERSION);
}

/* A before B before C when the money is short. */
static void test_payout__tier_order(void **state)
{
	/* Listed C, B, A so the order is the tier's, not the index's. */
	enf_claim c[3];
	enf_money paid[3];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	c[0] = claim(ENF_TIER_C, 100, 0);
	c[1] = claim(ENF_TIER_B, 100, 0);
	c[2] = claim(ENF_TIER_A, 100, 0);
	/* 150: A takes its 100, B the remaining 50, C nothing. */
	distribute_ok(&r, paid, c, 3, 150, &o);
	assert_int_equal(paid[2], 100);
	assert_int_equal(paid[1], 50);
	assert_int_equal(paid[0], 0);
	assert_int_equal(r.to_claims, 150);
	assert_int_equal(r.surplus, 0);

	/* 250: A 100, B 100, C 50. */
	distribute_ok(&r, paid, c, 3, 250, &o);
	assert_int_equal(paid[2], 100);
	assert_int_equal(paid[1], 100);
	assert_int_equal(paid[0], 50);

	/* 60: A 60, the others nothing. */
	distribute_ok(&r, paid, c, 3, 60, &o);
	assert_int_equal(paid[2], 60);
	assert_int_equal(paid[1], 0);
	assert_int_equal(paid[0], 0);
}

/* 100 over principals 1:1:1: 33 each and the 1 left to the first. */
static void test_payout__pro_rata_thirds(void **state)
{
	enf_claim c[3];
	enf_money paid[3];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	for (size_t i = 0; i < 3; i++)
		c[i] = claim(ENF_TIER_C, 500, 0);
	/* 100 / 3 = 33 r 1 each; one unit left, the three remainders tie,
	 * the earlier index wins: 34 / 33 / 33. */
	distribute_ok(&r, paid, c, 3, 100, &o);
	assert_int_equal(paid[0], 34);
	assert_int_equal(paid[1], 33);
	assert_int_equal(paid[2], 33);
	assert_int_equal(r.to_claims, 100);
}

/* 1,000,000 over principals 3 m, 7 m, 11 m (sum 21 m). */
static void test_payout__pro_rata_awkward(void **state)
{
	enf_claim c[3];
	enf_money paid[3];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	c[0] = claim(ENF_TIER_A, 3000000, 0);
	c[1] = claim(ENF_TIER_A, 7000000, 0);
	c[2] = claim(ENF_TIER_A, 11000000, 0);
	/*
	 * Shares are 1,000,000 x w / 21 for w = 3, 7, 11:
	 *   3,000,000 / 21 = 142,857 r 3   (21 x 142,857 = 2,999,997)
	 *   7,000,000 / 21 = 333,333 r 7   (21 x 333,333 = 6,999,993)
	 *  11,000,000 / 21 = 523,809 r 11  (21 x 523,809 = 10,999,989)
	 * Floors sum to 999,999; the one unit left goes to the largest
	 * remainder (11): 142,857 / 333,333 / 523,810, total 1,000,000.
	 */
	distribute_ok(&r, paid, c, 3, 1000000, &o);
	assert_int_equal(paid[0], 142857);
	assert_int_equal(paid[1], 333333);
	assert_int_equal(paid[2], 523810);
	assert_int_equal(paid[0] + paid[1] + paid[2], 1000000);
	assert_int_equal(r.surplus, 0);
}

/* Interest of a tier after all its principal, before the next tier. */
static void test_payout__interest_after_principal(void **state)
{
	enf_claim c[3];
	enf_money paid[3];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	c[0] = claim(ENF_TIER_A, 100, 50);
	c[1] = claim(ENF_TIER_A, 200, 100);
	c[2] = claim(ENF_TIER_B, 10, 0);
	/*
	 * 330: tier A principal 100 + 200 = 300 in full, 30 left; tier A
	 * interest 30 over 50:100 -> 10 and 20; tier B nothing.
	 */
	distribute_ok(&r, paid, c, 3, 330, &o);
	assert_int_equal(paid[0], 110);
	assert_int_equal(paid[1], 220);
	assert_int_equal(paid[2], 0);

	/*
	 * 150: principal only, 150 over 100:200 -> 50 and 100; no interest
	 * although claim 0's interest is "older" money.
	 */
	distribute_ok(&r, paid, c, 3, 150, &o);
	assert_int_equal(paid[0], 50);
	assert_int_equal(paid[1], 100);
	assert_int_equal(paid[2], 0);

	/* 455: A 300 + 150, then B 5. */
	distribute_ok(&r, paid, c, 3, 455, &o);
	assert_int_equal(paid[0], 150);
	assert_int_equal(paid[1], 300);
	assert_int_equal(paid[2], 5);
}

/* Claims requested after the coercion date share only what is left. */
static void test_payout__coercion_cutoff(void **state)
{
	enf_claim c[3];
	enf_money paid[3];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	o.coercion = ymd(2025, 3, 10);
	c[0] = claim(ENF_TIER_C, 100, 20);
	c[0].requested = ymd(2025, 3, 10); /* on the day: early */
	c[1] = claim(ENF_TIER_A, 100, 0);
	c[1].requested = ymd(2025, 3, 11); /* the day after: late */
	c[2] = claim(ENF_TIER_B, 40, 0);
	c[2].requested = ymd(2024, 12, 1); /* early */
	/*
	 * 150: early claims first: B 40, C principal 100 (110 paid, 10 left),
	 * C interest 10 of 20; the late tier-A claim gets nothing.
	 */
	distribute_ok(&r, paid, c, 3, 150, &o);
	assert_int_equal(paid[2], 40);
	assert_int_equal(paid[0], 110);
	assert_int_equal(paid[1], 0);

	/* 200: early 40 + 120 = 160; the late claim takes the 40 left. */
	distribute_ok(&r, paid, c, 3, 200, &o);
	assert_int_equal(paid[2], 40);
	assert_int_equal(paid[0], 120);
	assert_int_equal(paid[1], 40);

	/* No cut-off: all claims together, A 100 first, B 40, C 10. */
	o.coercion = ENF_DATE_NONE;
	distribute_ok(&r, paid, c, 3, 150, &o);
	assert_int_equal(paid[1], 100);
	assert_int_equal(paid[2], 40);
	assert_int_equal(paid[0], 10);
}

/* Costs, then the rent reserve, come before every unsecured claim. */
static void test_payout__costs_and_rent_first(void **state)
{
	enf_claim c[1];
	enf_money paid[1];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	c[0] = claim(ENF_TIER_A, 100, 0);
	o.costs = 30;
	o.rent_reserve = 50;
	/* 100: costs 30, rent 50, the claim 20. */
	distribute_ok(&r, paid, c, 1, 100, &o);
	assert_int_equal(r.costs, 30);
	assert_int_equal(r.rent_reserve, 50);
	assert_int_equal(paid[0], 20);
	assert_int_equal(r.to_claims, 20);
	assert_int_equal(r.surplus, 0);

	/* 40: costs 30, rent only the 10 left, the claim nothing. */
	distribute_ok(&r, paid, c, 1, 40, &o);
	assert_int_equal(r.costs, 30);
	assert_int_equal(r.rent_reserve, 10);
	assert_int_equal(paid[0], 0);

	/* 20: costs take all 20. */
	distribute_ok(&r, paid, c, 1, 20, &o);
	assert_int_equal(r.costs, 20);
	assert_int_equal(r.rent_reserve, 0);
	assert_int_equal(paid[0], 0);
}

/* Secured claims take from the collateral first, up to `secured`. */
static void test_payout__secured_from_collateral(void **state)
{
	enf_claim c[2];
	enf_money paid[2];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	c[0] = claim(ENF_TIER_C, 400, 0);
	c[0].secured = 250;
	c[1] = claim(ENF_TIER_A, 100, 0);
	o.collateral = 300;
	o.costs = 50;
	/*
	 * 500 with 300 of collateral: the secured claim takes 250 (its
	 * cap), 250 left; costs 50, 200 left; tier A 100, 100 left; tier C:
	 * the secured claim's remaining 150 principal gets the last 100.
	 * Claim 0: 350, claim 1: 100.
	 */
	distribute_ok(&r, paid, c, 2, 500, &o);
	assert_int_equal(paid[0], 350);
	assert_int_equal(paid[1], 100);
	assert_int_equal(r.costs, 50);
	assert_int_equal(r.surplus, 0);

	/*
	 * Costs do not reach the collateral: 300, all of it collateral:
	 * secured 250, costs 50, claim 1 nothing.
	 */
	o.collateral = 300;
	distribute_ok(&r, paid, c, 2, 300, &o);
	assert_int_equal(paid[0], 250);
	assert_int_equal(r.costs, 50);
	assert_int_equal(paid[1], 0);
}

/* Short collateral: pro rata among the secured claims by `secured`. */
static void test_payout__secured_short(void **state)
{
	enf_claim c[3];
	enf_money paid[3];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	c[0] = claim(ENF_TIER_C, 300, 0);
	c[0].secured = 300;
	c[1] = claim(ENF_TIER_C, 100, 0);
	c[1].secured = 100;
	c[2] = claim(ENF_TIER_A, 1000, 0);
	o.collateral = 200;
	/*
	 * 200, all collateral, over secured 300:100 -> 150 and 50; nothing
	 * left for the unsecured tier-A claim.
	 */
	distribute_ok(&r, paid, c, 3, 200, &o);
	assert_int_equal(paid[0], 150);
	assert_int_equal(paid[1], 50);
	assert_int_equal(paid[2], 0);

	/* 100 over 300:100 -> 75 and 25. */
	o.collateral = 100;
	distribute_ok(&r, paid, c, 3, 100, &o);
	assert_int_equal(paid[0], 75);
	assert_int_equal(paid[1], 25);
	assert_int_equal(paid[2], 0);
}

/* The collateral counts toward principal, then interest. */
static void test_payout__secured_principal_first(void **state)
{
	enf_claim c[2];
	enf_money paid[2];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	c[0] = claim(ENF_TIER_C, 100, 50);
	c[0].secured = 150;
	c[1] = claim(ENF_TIER_C, 100, 0);
	o.collateral = 120;
	/*
	 * 220: claim 0 takes 120 of collateral = principal 100 + interest 20,
	 * owing 0 principal and 30 interest. 100 left; tier C principal:
	 * only claim 1 owes any, it takes 100; nothing for the interest.
	 * (Had the collateral gone to interest first, claim 0 would still
	 * owe 30 principal and share the 100 with claim 1 as 30:100.)
	 */
	distribute_ok(&r, paid, c, 2, 220, &o);
	assert_int_equal(paid[0], 120);
	assert_int_equal(paid[1], 100);
}

/*
 * Law 26/2008 Art 47(3) para 1 (V): a mortgagee who IS the judgment
 * creditor is paid from the proceeds of the mortgaged asset "after
 * deducting that judgment's court fee, the coercion costs and the Art
 * 115(5) rent reserve"; para 2: a mortgagee who is not a judgment
 * creditor comes before everything.
 */
static void test_payout__secured_creditor_after_fee_art47_3(void **state)
{
	enf_claim c[3];
	enf_money paid[3];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	/* Judgment 7: the bank's 800 secured by the house, and the court fee
	 * of 30 the debtor owes under it; another judgment's maintenance. */
	c[0] = claim(ENF_TIER_C, 800, 0);
	c[0].secured = 800;
	c[0].secured_is_creditor = 1;
	c[0].judgment = 7;
	c[1] = claim(ENF_TIER_B, 30, 0);
	c[1].judgment = 7;
	c[2] = claim(ENF_TIER_A, 100, 0);
	o.collateral = 1000;
	o.costs = 50;
	o.rent_reserve = 120;
	/*
	 * 1000, all from the house: costs 50 (950 left), rent reserve 120
	 * (830), the court fee of judgment 7: 30 (800), the bank 800 (0);
	 * nothing for the maintenance.
	 */
	distribute_ok(&r, paid, c, 3, 1000, &o);
	assert_int_equal(r.costs, 50);
	assert_int_equal(r.rent_reserve, 120);
	assert_int_equal(paid[1], 30);
	assert_int_equal(paid[0], 800);
	assert_int_equal(paid[2], 0);
	assert_int_equal(r.surplus, 0);

	/* 600: costs 50 (550), reserve 120 (430), fee 30 (400), bank 400. */
	o.collateral = 600;
	distribute_ok(&r, paid, c, 3, 600, &o);
	assert_int_equal(paid[1], 30);
	assert_int_equal(paid[0], 400);
	assert_int_equal(paid[2], 0);

	/*
	 * The same bank as a mortgagee who is not a judgment creditor
	 * (para 2), 1000: the bank 800 first (200 left), costs 50 (150),
	 * reserve 120 (30); tier A takes the last 30, the court fee nothing.
	 */
	c[0].secured_is_creditor = 0;
	o.collateral = 1000;
	distribute_ok(&r, paid, c, 3, 1000, &o);
	assert_int_equal(paid[0], 800);
	assert_int_equal(r.costs, 50);
	assert_int_equal(r.rent_reserve, 120);
	assert_int_equal(paid[2], 30);
	assert_int_equal(paid[1], 0);
}

/* Part of the amount is other money: the deductions of Art 47(3) come out
 * of the collateral first, the bank's unsecured rest ranks in tier C. */
static void test_payout__secured_creditor_mixed_money_art47_3(void **state)
{
	enf_claim c[4];
	enf_money paid[4];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	c[0] = claim(ENF_TIER_C, 800, 0);
	c[0].secured = 800;
	c[0].secured_is_creditor = 1;
	c[0].judgment = 7;
	c[1] = claim(ENF_TIER_B, 30, 0);
	c[1].judgment = 7;
	c[2] = claim(ENF_TIER_A, 100, 0);
	c[3] = claim(ENF_TIER_C, 200, 0); /* a second, unsecured creditor */
	o.collateral = 700;
	o.costs = 50;
	o.rent_reserve = 120;
	/*
	 * 1000 of which 700 from the house. Costs 50 (left 950, house 650),
	 * reserve 120 (830, 530), fee 30 from the house (800, 500), the bank
	 * 500 from the house (300, 0). Tiers: A 100 (200 left); B: the fee
	 * is paid; C principal 300 (bank) + 200 (other) over 200 left:
	 * 120 and 80. Bank 620, other 80.
	 */
	distribute_ok(&r, paid, c, 4, 1000, &o);
	assert_int_equal(paid[1], 30);
	assert_int_equal(paid[2], 100);
	assert_int_equal(paid[0], 620);
	assert_int_equal(paid[3], 80);
	assert_int_equal(r.surplus, 0);
}

/* "That judgment's court fee" is a tier-B claim with the secured claim's
 * judgment number, and only that: another judgment's fee, a tier-C claim
 * of the same judgment or judgment 0 take no place before the bank. A
 * non-creditor mortgagee still comes first of all. */
static void test_payout__secured_creditor_fee_link(void **state)
{
	enf_claim c[5];
	enf_money paid[5];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	c[0] = claim(ENF_TIER_C, 800, 0);
	c[0].secured = 800;
	c[0].secured_is_creditor = 1;
	c[0].judgment = 7;
	c[1] = claim(ENF_TIER_B, 30, 0);
	c[1].judgment = 8; /* another judgment's court fee */
	c[2] = claim(ENF_TIER_C, 40, 0);
	c[2].judgment = 7; /* same judgment, not a court fee */
	c[3] = claim(ENF_TIER_C, 200, 0);
	c[3].secured = 200; /* a mortgagee who is not a judgment creditor */
	c[4] = claim(ENF_TIER_B, 20, 0);
	c[4].judgment = 7; /* the court fee of judgment 7 */
	o.collateral = 1000;
	o.costs = 50;
	/*
	 * 1000 from the house: the non-creditor mortgagee 200 (800 left),
	 * costs 50 (750), the fee of judgment 7: 20 (730), the bank 730 of
	 * 800 (0). Nothing for the rest.
	 */
	distribute_ok(&r, paid, c, 5, 1000, &o);
	assert_int_equal(paid[3], 200);
	assert_int_equal(paid[4], 20);
	assert_int_equal(paid[0], 730);
	assert_int_equal(paid[1], 0);
	assert_int_equal(paid[2], 0);

	/* judgment 0 on the bank: no court fee first. 1000: mortgagee 200,
	 * costs 50, the bank 750 of 800. */
	c[0].judgment = 0;
	distribute_ok(&r, paid, c, 5, 1000, &o);
	assert_int_equal(paid[3], 200);
	assert_int_equal(paid[0], 750);
	assert_int_equal(paid[4], 0);
}

/* What is left after every claim goes back to the debtor. */
static void test_payout__surplus(void **state)
{
	enf_claim c[2];
	enf_money paid[2];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	c[0] = claim(ENF_TIER_A, 100, 10);
	c[1] = claim(ENF_TIER_C, 150, 40);
	o.costs = 100;
	o.rent_reserve = 0;
	/* 1000 - costs 100 - claims 110 + 190 = 600 back. */
	distribute_ok(&r, paid, c, 2, 1000, &o);
	assert_int_equal(paid[0], 110);
	assert_int_equal(paid[1], 190);
	assert_int_equal(r.to_claims, 300);
	assert_int_equal(r.surplus, 600);

	/* No claims at all (NULL arrays with n = 0): all surplus but costs. */
	distribute_ok(&r, NULL, NULL, 0, 1000, &o);
	assert_int_equal(r.costs, 100);
	assert_int_equal(r.to_claims, 0);
	assert_int_equal(r.surplus, 900);

	/* Amount 0: nothing to anyone. */
	distribute_ok(&r, paid, c, 2, 0, &o);
	assert_int_equal(paid[0], 0);
	assert_int_equal(paid[1], 0);
	assert_int_equal(r.costs, 0);
	assert_int_equal(r.surplus, 0);
}

/* No claim gets more than principal + interest, whatever `secured` says. */
static void test_payout__never_overpaid(void **state)
{
	enf_claim c[3];
	enf_money paid[3];
	enf_payout_result r;
	enf_payout_options o = opts_default();

	(void)state;
	c[0] = claim(ENF_TIER_A, 100, 0);
	c[0].secured = 1000;		 /* above what is owed: capped at 100 */
	c[1] = claim(ENF_TIER_B, 0, 70); /* interest only */
	c[2] = claim(ENF_TIER_C, 0, 0);	 /* nothing owed */
	o.collateral = 500;
	/*
	 * 600: secured takes 100 of the 500 of collateral; tier B interest 70;
	 * nothing for the empty claim; surplus 600 - 170 = 430.
	 */
	distribute_ok(&r, paid, c, 3, 600, &o);
	assert_int_equal(paid[0], 100);
	assert_int_equal(paid[1], 70);
	assert_int_equal(paid[2], 0);
	assert_int_equal(r.surplus, 430);
}

/* Large amounts near INT64_MAX are split exactly. */
static void test_payout__large_amounts(void **state)
{
	enf_claim c[2];
	enf_money paid[2];
	enf_payout_result r;
	enf_payout_options o = opts_default();
	const enf_money half = INT64_MAX / 2; /* 4,611,686,018,427,387,903 */

	(void)state;
	c[0] = claim(ENF_TIER_C, half, 0);
	c[1] = claim(ENF_TIER_C, half, 0);
	/* Owed 2 x half = INT64_MAX - 1: both in full, 1 back. */
	distribute_ok(&r, paid, c, 2, INT64_MAX, &o);
	assert_int_equal(paid[0], half);
	assert_int_equal(paid[1], half);
	assert_int_equal(r.surplus, 1);

	/* half + 1 over 1:1: (half + 1) / 2 = 2,305,843,009,213,693,952 each
	 * (half + 1 = 2^62 is even). */
	distribute_ok(&r, paid, c, 2, half + 1, &o);
	assert_int_equal(paid[0], (enf_money)1 << 61);
	assert_int_equal(paid[1], (enf_money)1 << 61);

	/* One claim owing exactly INT64_MAX (principal + interest). */
	c[0] = claim(ENF_TIER_A, INT64_MAX - 5, 5);
	distribute_ok(&r, paid, c, 1, INT64_MAX, &o);
	assert_int_equal(paid[0], INT64_MAX);
	assert_int_equal(r.surplus, 0);
}

static void test_payout__overflow(void **state)
{
	enf_claim c[2];
	enf_money paid[2] = {SENTINEL, SENTINEL};
	enf_payout_result r = {SENTINEL, SENTINEL, SENTINEL, SENTINEL};
	enf_payout_options o = opts_default();

	(void)state;
	/* One claim: INT64_MAX + 1 does not fit. */
	c[0] = claim(ENF_TIER_A, INT64_MAX, 1);
	assert_int_equal(enf_payout_distribute(&r, paid, c, 1, 10, &o, NULL),
			 ENF_EOVERFLOW);
	assert_error_names("payout_distribute", "claims[0]");
	/* Two claims of 2^62 each: 2^63 = INT64_MAX + 1. */
	c[0] = claim(ENF_TIER_A, (enf_money)1 << 62, 0);
	c[1] = claim(ENF_TIER_B, 0, (enf_money)1 << 62);
	assert_int_equal(enf_payout_distribute(&r, paid, c, 2, 10, &o, NULL),
			 ENF_EOVERFLOW);
	assert_error_names("payout_distribute", "claims[1]");
	assert_int_equal(paid[0], SENTINEL);
	assert_int_equal(paid[1], SENTINEL);
	assert_int_equal(r.costs, SENTINEL);
	assert_int_equal(r.to_claims, SENTINEL);
	assert_int_equal(r.surplus, SENTINEL);
}

/* Calls with a bad input; expects st, a message naming `what`, and no
 * output touched. */
static void expect_bad(enf_status st, const char *what, const enf_claim *c,
		       size_t n, enf_money amount, const enf_payout_options *o)
{
	enf_money paid[4] = {SENTINEL, SENTINEL, SENTINEL, SENTINEL};
	enf_payout_result r = {SENTINEL, SENTINEL, SENTINEL, SENTINEL};

	assert_true(n <= 4);
	assert_int_equal(enf_payout_distribute(&r, paid, c, n, amount, o, NULL),
			 st);
	assert_error_names("payout_distribute", what);
	for (size_t i = 0; i < 4; i++)
		assert_int_equal(paid[i], SENTINEL);
	assert_int_equal(r.costs, SENTINEL);
	assert_int_equal(r.rent_reserve, SENTINEL);
	assert_int_equal(r.to_claims, SENTINEL);
	assert_int_equal(r.surplus, SENTINEL);
}

static void test_payout__bad_input(void **state)
{
	enf_claim c[2];
	enf_money paid[2] = {SENTINEL, SENTINEL};
	enf_payout_result r = {SENTINEL, SENTINEL, SENTINEL, SENTINEL};
	enf_payout_options o = opts_default();

	(void)state;
	c[0] = claim(ENF_TIER_A, 100, 0);
	c[1] = claim(ENF_TIER_C, 100, 0);

	/* NULL pointers. */
	assert_int_equal(enf_payout_distribute(NULL, paid, c, 2, 10, &o, NULL),
			 ENF_EINVALID);
	assert_error_names("payout_distribute", "out");
	assert_int_equal(enf_payout_distribute(&r, NULL, c, 2, 10, &o, NULL),
			 ENF_EINVALID);
	assert_error_names("payout_distribute", "paid");
	assert_int_equal(r.surplus, SENTINEL);
	assert_int_equal(enf_payout_distribute(&r, paid, NULL, 2, 10, &o, NULL),
			 ENF_EINVALID);
	assert_error_names("payout_distribute", "claims");
	assert_int_equal(enf_payout_distribute(&r, paid, c, 2, 10, NULL, NULL),
			 ENF_EINVALID);
	assert_error_names("payout_distribute", "opts");
	assert_int_equal(paid[0], SENTINEL);
	assert_int_equal(r.surplus, SENTINEL);

	/* Version. */
	o.version = 0;
	expect_bad(ENF_EVERSION, ": version", c, 2, 10, &o);
	o.version = ENF_PAYOUT_OPTIONS_VERSION + 1;
	expect_bad(ENF_EVERSION, ": version", c, 2, 10, &o);
	o = opts_default();

	/* Negative amounts. */
	expect_bad(ENF_EINVALID, "amount", c, 2, -1, &o);
	o.costs = -1;
	expect_bad(ENF_EINVALID, ": costs", c, 2, 10, &o);
	o = opts_default();
	o.rent_reserve = -5;
	expect_bad(ENF_EINVALID, ": rent_reserve", c, 2, 10, &o);
	o = opts_default();
	o.collateral = -1;
	expect_bad(ENF_EINVALID, ": collateral", c, 2, 10, &o);
	o = opts_default();

	/* Collateral above the amount it is part of. */
	o.collateral = 11;
	expect_bad(ENF_EINVALID, ": collateral", c, 2, 10, &o);
	o = opts_default();

	/* A claim's fields. */
	c[1].principal = -1;
	expect_bad(ENF_EINVALID, "claims[1].principal", c, 2, 10, &o);
	c[1] = claim(ENF_TIER_C, 100, 0);
	c[1].interest = -1;
	expect_bad(ENF_EINVALID, "claims[1].interest", c, 2, 10, &o);
	c[1] = claim(ENF_TIER_C, 100, 0);
	c[0].secured = INT64_MIN;
	expect_bad(ENF_EINVALID, "claims[0].secured", c, 2, 10, &o);
	c[0] = claim(ENF_TIER_A, 100, 0);
	c[0].secured_is_creditor = 2;
	expect_bad(ENF_EINVALID, "claims[0].secured_is_creditor", c, 2, 10, &o);
	c[0] = claim(ENF_TIER_A, 100, 0);
	c[1].judgment = -1;
	expect_bad(ENF_EINVALID, "claims[1].judgment", c, 2, 10, &o);
	c[1] = claim(ENF_TIER_C, 100, 0);
	o.date = ENF_DATE_MAX + 1;
	expect_bad(ENF_ERANGE, ": date", c, 2, 10, &o);
	o = opts_default();
	c[1].tier = (enf_tier)3;
	expect_bad(ENF_EINVALID, "claims[1].tier", c, 2, 10, &o);
	c[1].tier = (enf_tier)-1;
	expect_bad(ENF_EINVALID, "claims[1].tier", c, 2, 10, &o);
	c[1] = claim(ENF_TIER_C, 100, 0);

	/* Dates: a coercion date out of range, and with a coercion date a
	 * claim must carry its request date. */
	o.coercion = ENF_DATE_MAX + 1;
	expect_bad(ENF_ERANGE, ": coercion", c, 2, 10, &o);
	o.coercion = ymd(2025, 1, 1);
	c[0].requested = ymd(2024, 6, 1);
	expect_bad(ENF_ERANGE, "claims[1].requested", c, 2, 10, &o);
}

/* Asserts step i of the trail: its rule and source contain the given
 * words, and its base and amount. */
static void assert_step(const enf_trail *t, size_t i, const char *rule,
			const char *source, enf_money base, enf_money amount)
{
	enf_trail_step s;

	assert_int_equal(enf_trail_step_at(&s, t, i), ENF_OK);
	assert_non_null(strstr(s.rule, rule));
	assert_non_null(strstr(s.source, source));
	assert_int_equal(s.base, base);
	assert_int_equal(s.amount, amount);
	assert_int_equal(s.first, ENF_DATE_NONE);
	assert_int_equal(s.last, ENF_DATE_NONE);
	assert_int_equal(s.days, 0);
	assert_int_equal(s.rate_ppm, 0);
}

/* Each step of the order is written to the trail: rule, source, base,
 * amount. */
static void test_payout__trail_steps(void **state)
{
	enf_claim c[2];
	enf_money paid[2];
	enf_payout_result r;
	enf_payout_options o = opts_default();
	enf_trail *t = NULL;

	(void)state;
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	c[0] = claim(ENF_TIER_C, 100, 20);
	c[0].requested = ymd(2025, 3, 10);
	c[0].secured = 50;
	c[1] = claim(ENF_TIER_A, 100, 0);
	c[1].requested = ymd(2025, 3, 11);
	o.coercion = ymd(2025, 3, 10);
	o.collateral = 50;
	o.costs = 10;
	o.rent_reserve = 5;
	/*
	 * 200: secured 50 of collateral (claim 0 then owes 50 + 20), 150
	 * left; costs 10, 140; rent 5, 135; early tier C principal 50, 85;
	 * early tier C interest 20, 65; late tier A principal: 65 of 100;
	 * surplus 0. Tiers with nothing owed write no step.
	 */
	assert_int_equal(enf_payout_distribute(&r, paid, c, 2, 200, &o, t),
			 ENF_OK);
	assert_int_equal(paid[0], 120);
	assert_int_equal(paid[1], 65);
	assert_int_equal(enf_trail_count(t), 7);
	assert_step(t, 0, "secured", "Art 47", 50, 50);
	assert_step(t, 1, "costs", "Art 47", 10, 10);
	assert_step(t, 2, "rent reserve", "Art 47", 5, 5);
	assert_step(t, 3, "tier C principal, claims by the coercion date",
		    "Art 47(1)(c)", 50, 50);
	assert_step(t, 4, "tier C interest, claims by the coercion date",
		    "Joint Circular 11/2016", 20, 20);
	assert_step(t, 5, "tier A principal, claims after the coercion date",
		    "47(2)(b); Decree 62/2015 Art 49(1)", 100, 65);
	assert_step(t, 6, "surplus", "Art 47", 0, 0);

	/* A second call appends; a failing call leaves the trail as it was. */
	assert_int_equal(enf_payout_distribute(&r, paid, c, 2, 200, &o, t),
			 ENF_OK);
	assert_int_equal(enf_trail_count(t), 14);
	assert_step(t, 7, "secured", "Art 47", 50, 50);
	assert_int_equal(enf_payout_distribute(&r, paid, c, 2, -1, &o, t),
			 ENF_EINVALID);
	assert_int_equal(enf_trail_count(t), 14);

	/* Short money: a step with a base above its amount. 100 over A 100
	 * and B 50 with no cut-off: A principal 100 of 100, B principal 0 of
	 * 50, surplus 0. */
	enf_trail_clear(t);
	o = opts_default();
	c[0] = claim(ENF_TIER_B, 50, 0);
	c[1] = claim(ENF_TIER_A, 100, 0);
	assert_int_equal(enf_payout_distribute(&r, paid, c, 2, 100, &o, t),
			 ENF_OK);
	assert_int_equal(enf_trail_count(t), 3);
	assert_step(t, 0, "tier A principal", "Art 47(1)(a)", 100, 100);
	assert_step(t, 1, "tier B principal", "Art 47(1)(b)", 50, 0);
	assert_step(t, 2, "surplus", "Art 47", 0, 0);
	enf_trail_free(t);
}

/* The trail cites the law of the distribution's date: Law 26/2008 Art 47
 * before 1 Jul 2026, Law 106/2025 Art 54 and Decree 152/2026 Art 29-30
 * from that day (Decree 152/2026 Art 115(1): the remaining steps of a
 * pending case follow the new decree). */
static void test_payout__citations_by_date_law106_art54(void **state)
{
	enf_claim c[3];
	enf_money paid[3];
	enf_payout_result r;
	enf_payout_options o = opts_default();
	enf_trail *t = NULL;

	(void)state;
	assert_int_equal(enf_trail_new(&t), ENF_OK);
	c[0] = claim(ENF_TIER_C, 100, 0);
	c[0].secured = 100;
	c[0].secured_is_creditor = 1;
	c[0].judgment = 1;
	c[1] = claim(ENF_TIER_B, 10, 0);
	c[1].judgment = 1;
	c[2] = claim(ENF_TIER_A, 50, 10);
	o.collateral = 150;
	o.costs = 5;
	o.rent_reserve = 5;
	/*
	 * 200, 150 from the asset: costs 5 (195, asset 145), reserve 5
	 * (190, 140), the fee 10 (180, 130), the bank 100 (80, 30); tier A
	 * principal 50 (30), its interest 10 (20); surplus 20. Steps:
	 * costs, reserve, fee, secured, A principal, A interest, surplus.
	 */
	o.date = ymd(2026, 6, 30);
	assert_int_equal(enf_payout_distribute(&r, paid, c, 3, 200, &o, t),
			 ENF_OK);
	assert_int_equal(paid[0], 100);
	assert_int_equal(paid[1], 10);
	assert_int_equal(paid[2], 60);
	assert_int_equal(r.surplus, 20);
	assert_int_equal(enf_trail_count(t), 7);
	assert_step(t, 0, "costs", "Law 26/2008 Art 47(1)", 5, 5);
	assert_step(t, 1, "rent reserve", "Law 26/2008 Art 47(1), 115(5)", 5,
		    5);
	assert_step(t, 2, "court fee of the secured creditor's judgment",
		    "Law 26/2008 Art 47(3) para 1", 10, 10);
	assert_step(t, 3, "secured claims of judgment creditors",
		    "Law 26/2008 Art 47(3) para 1", 100, 100);
	assert_step(t, 4, "tier A principal", "Law 26/2008 Art 47(1)(a)", 50,
		    50);
	assert_step(t, 5, "tier A interest", "Joint Circular 11/2016 Art 6", 10,
		    10);
	assert_step(t, 6, "surplus", "Law 26/2008 Art 47(2)(c)", 20, 20);

	enf_trail_clear(t);
	o.date = ymd(2026, 7, 1);
	assert_int_equal(enf_payout_distribute(&r, paid, c, 3, 200, &o, t),
			 ENF_OK);
	assert_int_equal(paid[0], 100);
	assert_int_equal(enf_trail_count(t), 7);
	assert_step(t, 0, "costs", "Law 106/2025 Art 53, 54", 5, 5);
	assert_step(t, 1, "rent reserve", "Decree 152/2026 Art 67(3)", 5, 5);
	assert_step(t, 2, "court fee of the secured creditor's judgment",
		    "Law 106/2025 Art 54(3); Decree 152/2026 Art 30(2)", 10,
		    10);
	assert_step(t, 3, "secured claims of judgment creditors",
		    "Law 106/2025 Art 54(3); Decree 152/2026 Art 30(2)", 100,
		    100);
	assert_step(t, 4, "tier A principal", "Law 106/2025 Art 54", 50, 50);
	assert_step(t, 5, "tier A interest", "Decree 152/2026 Art 29(1)", 10,
		    10);
	assert_step(t, 6, "surplus", "Law 106/2025 Art 54", 20, 20);
	enf_trail_free(t);
}

/* The last day to pay collected money out: 10 days from the collection
 * (Law 26/2008 Art 47(5)); from 1 Jul 2026 up to 45 days with many
 * creditors and little money (Decree 152/2026 Art 30(3)(a)), else 10 days
 * after the ground for delay ceased (Art 30(3)(b)-(d), 30(4)). Counted
 * from the next day; a last day off moves to the next working day (Civil
 * Code Art 147-148). */
static void test_payout__deadline_art47_5_decree152_art30(void **state)
{
	enf_calendar *cal = NULL;
	enf_date d = 7;

	(void)state;
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	/* Collected Mon 3 Mar 2025: day 10 is Thu 13 Mar. */
	assert_int_equal(enf_payout_deadline(&d, cal, ymd(2025, 3, 3),
					     ENF_DELAY_NONE, ENF_DATE_NONE,
					     NULL),
			 ENF_OK);
	assert_int_equal(d, ymd(2025, 3, 13));
	/* Collected 1 Jan 2025: day 10 is Sat 11 Jan, so Mon 13 Jan; the
	 * nominal day without a calendar. */
	assert_int_equal(enf_payout_deadline(&d, cal, ymd(2025, 1, 1),
					     ENF_DELAY_NONE, ENF_DATE_NONE,
					     NULL),
			 ENF_OK);
	assert_int_equal(d, ymd(2025, 1, 13));
	assert_int_equal(enf_payout_deadline(&d, NULL, ymd(2025, 1, 1),
					     ENF_DELAY_NONE, ENF_DATE_NONE,
					     NULL),
			 ENF_OK);
	assert_int_equal(d, ymd(2025, 1, 11));
	/* Many creditors, collected Wed 1 Jul 2026: + 45 days = Sat 15 Aug
	 * (31 - 1 = 30 days to 31 Jul, 15 more), so Mon 17 Aug. */
	assert_int_equal(enf_payout_deadline(&d, cal, ymd(2026, 7, 1),
					     ENF_DELAY_MANY_CREDITORS,
					     ENF_DATE_NONE, NULL),
			 ENF_OK);
	assert_int_equal(d, ymd(2026, 8, 17));
	/* A complaint about the money: no deadline while it lasts; settled
	 * Thu 10 Sep 2026: + 10 = Sun 20 Sep, so Mon 21 Sep. */
	d = 7;
	assert_int_equal(enf_payout_deadline(&d, cal, ymd(2026, 7, 1),
					     ENF_DELAY_DISPUTE, ENF_DATE_NONE,
					     NULL),
			 ENF_OK);
	assert_int_equal(d, ENF_DATE_NONE);
	assert_int_equal(enf_payout_deadline(&d, cal, ymd(2026, 7, 1),
					     ENF_DELAY_DISPUTE,
					     ymd(2026, 9, 10), NULL),
			 ENF_OK);
	assert_int_equal(d, ymd(2026, 9, 21));
	assert_int_equal(enf_payout_deadline(&d, NULL, ymd(2026, 7, 1),
					     ENF_DELAY_AUTHORITY,
					     ymd(2026, 9, 10), NULL),
			 ENF_OK);
	assert_int_equal(d, ymd(2026, 9, 20));

	/* Before 1 Jul 2026 the law has no extension; out unchanged. */
	d = 7;
	assert_int_equal(enf_payout_deadline(&d, cal, ymd(2026, 6, 30),
					     ENF_DELAY_MANY_CREDITORS,
					     ENF_DATE_NONE, NULL),
			 ENF_ENOTFOUND);
	assert_error_names("payout_deadline", "2026-06-30");
	assert_int_equal(enf_payout_deadline(&d, cal, ymd(2026, 7, 1),
					     ENF_DELAY_FORCE_MAJEURE,
					     ymd(2026, 6, 30), NULL),
			 ENF_EINVALID);
	assert_error_names("payout_deadline", "ground_ended is 2026-06-30");
	assert_int_equal(enf_payout_deadline(&d, cal, ymd(2026, 7, 1),
					     (enf_payout_delay)5, ENF_DATE_NONE,
					     NULL),
			 ENF_EINVALID);
	assert_error_names("payout_deadline", "ground is 5");
	assert_int_equal(enf_payout_deadline(&d, cal, ENF_DATE_MAX + 1,
					     ENF_DELAY_NONE, ENF_DATE_NONE,
					     NULL),
			 ENF_ERANGE);
	assert_error_names("payout_deadline", "collected");
	assert_int_equal(enf_payout_deadline(&d, NULL, ENF_DATE_MAX,
					     ENF_DELAY_NONE, ENF_DATE_NONE,
					     NULL),
			 ENF_ERANGE);
	assert_error_names("payout_deadline", "collected 9999-12-31");
	assert_int_equal(enf_payout_deadline(NULL, cal, ymd(2026, 7, 1),
					     ENF_DELAY_NONE, ENF_DATE_NONE,
					     NULL),
			 ENF_EINVALID);
	assert_error_names("payout_deadline", "out");
	assert_int_equal(d, 7);
	enf_calendar_free(cal);
}

/* Rent reserve of the new law: 12 x the regional minimum monthly wage
 * (Law 106/2025 Art 89(2)): region I from 1 Jul 2024 12 x 4,960,000 =
 * 59,520,000; region IV from 1 Jan 2026 12 x 3,700,000 = 44,400,000. */
static void test_payout__rent_reserve(void **state)
{
	enf_money out = 7;
	enf_date d;

	(void)state;
	assert_int_equal(enf_date_from_ymd(&d, 2024, 7, 1), ENF_OK);
	assert_int_equal(enf_payout_rent_reserve(&out, 1, d), ENF_OK);
	assert_int_equal(out, 59520000);
	assert_int_equal(enf_date_from_ymd(&d, 2025, 12, 31), ENF_OK);
	assert_int_equal(enf_payout_rent_reserve(&out, 4, d), ENF_OK);
	assert_int_equal(out, 41400000); /* 12 x 3,450,000 */
	assert_int_equal(enf_date_from_ymd(&d, 2026, 1, 1), ENF_OK);
	assert_int_equal(enf_payout_rent_reserve(&out, 4, d), ENF_OK);
	assert_int_equal(out, 44400000);
	/* Bad input: out unchanged. */
	out = 7;
	assert_int_equal(enf_payout_rent_reserve(&out, 5, d), ENF_EINVALID);
	assert_non_null(strstr(enf_last_error(), "region is 5"));
	assert_int_equal(enf_date_from_ymd(&d, 2024, 6, 30), ENF_OK);
	assert_int_equal(enf_payout_rent_reserve(&out, 1, d), ENF_ENOTFOUND);
	assert_non_null(strstr(enf_last_error(), "payout_rent_reserve"));
	assert_int_equal(enf_payout_rent_reserve(NULL, 1, d), ENF_EINVALID);
	assert_int_equal(out, 7);
}

/* The figures of money out as rows of the catalogue: regional minimum
 * wages (Decree 293/2025 Art 3(1): 5,310,000 / 4,730,000 / 4,140,000 /
 * 3,700,000 from 1 Jan 2026), the rent reserve multiple (Decree 152/2026
 * Art 67(3): 12) and the payment periods (Law 26/2008 Art 47(5): 10
 * days; Decree 152/2026 Art 30(3)(a): 45). */
static void test_payout__rows_of_the_catalogue(void **state)
{
	static const struct {
		const char *id;
		int y, m, d;
		int64_t want;
		const char *cite;
	} rows[] = {
		{"VN.min_wage.region1", 2026, 1, 1, 5310000, "Decree 293/2025"},
		{"VN.min_wage.region2", 2026, 1, 1, 4730000, "Decree 293/2025"},
		{"VN.min_wage.region3", 2026, 1, 1, 4140000, "Decree 293/2025"},
		{"VN.min_wage.region4", 2026, 1, 1, 3700000, "Decree 293/2025"},
		{"VN.min_wage.region1", 2025, 12, 31, 4960000,
		 "Decree 74/2024"},
		{"VN-2026.rent_reserve_months", 2026, 7, 1, 12,
		 "Decree 152/2026 Art 67(3)"},
		{"VN.payout.days", 2015, 7, 1, 10, "Law 26/2008 Art 47(5)"},
		{"VN.payout.extension_days", 2026, 7, 1, 45,
		 "Decree 152/2026 Art 30(3)(a)"},
		{"VN.payout.after_ground_days", 2026, 7, 1, 10,
		 "Decree 152/2026 Art 30(4)"},
	};
	enf_rule row;
	int64_t v;

	(void)state;
	for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		v = -1;
		assert_int_equal(
			enf_rules_value(&v, &row, NULL, rows[i].id,
					ymd(rows[i].y, rows[i].m, rows[i].d)),
			ENF_OK);
		assert_int_equal(v, rows[i].want);
		assert_non_null(strstr(row.citation, rows[i].cite));
	}
}

/* A rulebook's payment periods reach the deadline: 30 days instead of 45
 * for many creditors (an illustrative override), 1 Jul 2026 + 30 = Fri
 * 31 Jul 2026. */
static void test_payout__deadline_from_rulebook(void **state)
{
	enf_rulebook *book = NULL;
	enf_date d = 7;

	(void)state;
	assert_int_equal(enf_rulebook_new(&book), ENF_OK);
	assert_int_equal(enf_rulebook_override(
				 book, "VN.payout.extension_days 2026-07-01 "
				       "none 30\n"),
			 ENF_OK);
	assert_int_equal(enf_payout_deadline(&d, NULL, ymd(2026, 7, 1),
					     ENF_DELAY_MANY_CREDITORS,
					     ENF_DATE_NONE, book),
			 ENF_OK);
	assert_int_equal(d, ymd(2026, 7, 31));
	/* Law 26/2008 took effect on 1 Jul 2009: no period before it. */
	d = 7;
	assert_int_equal(enf_payout_deadline(&d, NULL, ymd(2009, 6, 30),
					     ENF_DELAY_NONE, ENF_DATE_NONE,
					     book),
			 ENF_ENOTFOUND);
	assert_error_names("payout_deadline", "VN.payout.days");
	assert_int_equal(d, 7);
	enf_rulebook_free(book);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_payout__rent_reserve),
		cmocka_unit_test(test_payout__rows_of_the_catalogue),
		cmocka_unit_test(test_payout__deadline_from_rulebook),
		cmocka_unit_test(test_payout__options_init),
		cmocka_unit_test(test_payout__tier_order),
		cmocka_unit_test(test_payout__pro_rata_thirds),
		cmocka_unit_test(test_payout__pro_rata_awkward),
		cmocka_unit_test(test_payout__interest_after_principal),
		cmocka_unit_test(test_payout__coercion_cutoff),
		cmocka_unit_test(test_payout__costs_and_rent_first),
		cmocka_unit_test(test_payout__secured_from_collateral),
		cmocka_unit_test(test_payout__secured_short),
		cmocka_unit_test(test_payout__secured_principal_first),
		cmocka_unit_test(test_payout__surplus),
		cmocka_unit_test(test_payout__never_overpaid),
		cmocka_unit_test(test_payout__large_amounts),
		cmocka_unit_test(test_payout__overflow),
		cmocka_unit_test(test_payout__bad_input),
		cmocka_unit_test(test_payout__trail_steps),
		cmocka_unit_test(
			test_payout__secured_creditor_after_fee_art47_3),
		cmocka_unit_test(
			test_payout__secured_creditor_mixed_money_art47_3),
		cmocka_unit_test(test_payout__secured_creditor_fee_link),
		cmocka_unit_test(test_payout__citations_by_date_law106_art54),
		cmocka_unit_test(test_payout__deadline_art47_5_decree152_art30),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
