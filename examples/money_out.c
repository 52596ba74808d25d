/*
 * Money out, with the trail of each figure:
 * 1. the fee on 18 bn VND received in 6 instalments (Circular 216/2016's
 *    own example: 245.3 m in total);
 * 2. 500 m VND collected, paid out in the order of Law 26/2008 Art 47 to
 *    four creditors in three tiers, one of whom asked after the coercion
 *    decision;
 * 3. late-payment interest on 100 m VND at the statutory 10% with two
 *    partial payments and an agreed postponement, and the same claim under
 *    the German rule (base rate + 5 points; the base rates here are
 *    illustrative inputs, not official data).
 */
#include <enforcement.h>
#include <stdio.h>
#include <stdlib.h>

static void check(enf_status st)
{
	if (st < 0) {
		fprintf(stderr, "error: %s (%s)\n", enf_last_error(),
			enf_status_str(st));
		exit(1);
	}
}

static enf_date day(const char *text)
{
	enf_date d;

	check(enf_date_parse(&d, text));
	return d;
}

static const char *vnd(char *buf, enf_money m)
{
	check(enf_money_format(buf, 40, m, ENF_LOCALE_EN));
	return buf;
}

static void print_trail(const enf_trail *t)
{
	char a[40], b[40];

	for (size_t i = 0; i < enf_trail_count(t); i++) {
		enf_trail_step s;

		check(enf_trail_step_at(&s, t, i));
		printf("    %-52s base %22s -> %18s  (%s)\n", s.rule,
		       vnd(a, s.base), vnd(b, s.amount), s.source);
	}
}

static void fees(enf_trail *t)
{
	enf_fee_options opts = ENF_FEE_OPTIONS_INIT;
	enf_money before = 0, total = 0, fee;
	char a[40];

	opts.date = day("2025-03-01");
	printf("1. Fee on 18 bn VND in 6 instalments of 3 bn\n");
	for (int i = 0; i < 6; i++) {
		enf_trail_clear(t);
		check(enf_fee_compute(&fee, before, 3000000000, &opts, t));
		printf("  instalment %d: fee %s\n", i + 1, vnd(a, fee));
		print_trail(t);
		before += 3000000000;
		total += fee;
	}
	printf("  total %s\n\n", vnd(a, total));
}

static void order_of_payment(enf_trail *t)
{
	enf_claim claims[] = {
		{ENF_TIER_C, 300000000, 20000000, day("2025-01-10"), 0, 0, 0},
		{ENF_TIER_A, 60000000, 0, day("2025-01-15"), 0, 0, 0},
		{ENF_TIER_B, 5000000, 0, day("2025-01-10"), 0, 0, 0},
		{ENF_TIER_C, 200000000, 0, day("2025-04-02"), 0, 0, 0},
	};
	const char *names[] = {"bank (tier c)", "maintenance (tier a)",
			       "court fee (tier b)", "late creditor (tier c)"};
	enf_payout_options opts = ENF_PAYOUT_OPTIONS_INIT;
	enf_payout_result r;
	enf_money paid[4];
	char a[40];

	opts.costs = 12000000;
	opts.coercion = day("2025-03-20");
	enf_trail_clear(t);
	check(enf_payout_distribute(&r, paid, claims, 4, 500000000, &opts, t));
	printf("2. 500,000,000 VND paid out (coercion decided 20/03/2025)\n");
	print_trail(t);
	for (size_t i = 0; i < 4; i++)
		printf("  %-24s %s\n", names[i], vnd(a, paid[i]));
	printf("  surplus to the debtor %s\n\n", vnd(a, r.surplus));
}

static void interest(enf_trail *t, enf_interest_rules rules,
		     const enf_rate_change *rates, size_t nrates)
{
	const enf_payment pay[] = {{day("2025-04-30"), 30000000},
				   {day("2025-09-30"), 50000000}};
	const enf_pause pause[] = {{day("2025-06-01"), day("2025-06-30")}};
	enf_interest_options opts;
	enf_interest_result r;
	char a[40], b[40];

	check(enf_interest_options_init(&opts, ENF_INTEREST_OPTIONS_VERSION,
					rules));
	enf_trail_clear(t);
	check(enf_interest_compute(&r, 100000000, day("2025-01-01"),
				   day("2025-12-31"), pay, 2, pause, 1, rates,
				   nrates, &opts, t));
	print_trail(t);
	printf("  interest %s; principal unpaid %s\n", vnd(a, r.interest),
	       vnd(b, r.principal_unpaid));
}

int main(void)
{
	enf_trail *t;
	/* Illustrative German base rates (BGB 247), per year in ppm. */
	const enf_rate_change de[] = {{day("2025-01-01"), 22700},
				      {day("2025-07-01"), 12700}};

	check(enf_trail_new(&t));
	fees(t);
	order_of_payment(t);
	printf("3. Interest on 100,000,000 VND, 2025, payments 30 m on "
	       "30/04 and 50 m on 30/09, postponed by agreement in June\n");
	printf("  Vietnam (Civil Code 468: 10%%/year, principal first):\n");
	interest(t, ENF_INTEREST_VN, NULL, 0);
	printf("  Germany (BGB 288: base rate + 5 points, interest first):\n");
	interest(t, ENF_INTEREST_DE, de, 2);
	enf_trail_free(t);
	return 0;
}
