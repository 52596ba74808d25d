/*
 * Throughput of two hot paths of the library, on one core (one thread),
 * with fixed inputs, no file I/O, each against a plain-C reference timed
 * in the same run:
 *
 * 1. Auction plans: enf_auction_new() under the Vietnamese rule set in
 *    force on 2025-03-03 (VN-2014), enf_auction_plan() with 10% cuts, the
 *    creditor declining every offer, at most 10 auctions (so 9 cuts),
 *    enf_auction_state_get(), enf_auction_free(); once without dates and
 *    once dated on the working-day calendar (created once, outside the
 *    loop). Reported as plans/s and trail steps/s. References: the same
 *    enf_auction_new() + enf_auction_free() alone (the fixed cost of a
 *    sale), and the bare price ladder: the same 9 successive 10% cuts in
 *    plain C integer arithmetic (price -= price * ppm / 10^6).
 * 2. Payouts: enf_payout_distribute() of one amount over 5 claims in the
 *    order of Law 26/2008 Art 47 (costs, tier a, tier b, tier c pro rata,
 *    one claim requested after the coercion decision), with the amount
 *    covering tiers a and b and part of tier c; once with trail NULL and
 *    once with a trail (cleared before each distribution, so the clear is
 *    counted). Reference: a plain-C pro-rata split of the same amount over
 *    the 5 claims (largest remainder), ignoring the order of payment.
 *
 * The appraised value and the amount vary with the iteration (1024
 * fixed inputs, the same in every run) so that the rounding varies and
 * no work can be hoisted out of a loop. Every result is checked: the
 * first plan's price against a hand-computed ladder, the sum of every
 * plan's final price against the reference ladder over the same inputs,
 * every distribution's parts against its amount. Any failure exits 1.
 *
 * Timing: each measure calibrates a count (doubling until a run takes
 * 1/8 of the time wanted) sized to take 0.5 s (0.025 s with --quick, for
 * CI: 20x shorter); then 3 rounds run every measure once in turn,
 * library and references interleaved, and the fastest of the 3 runs of
 * each is reported, so a busy machine disturbs the figures and ratios
 * less. About 1.5 s per measure, 11 s in all (0.6 s with --quick).
 * Every run is checked, not only the reported one.
 *
 * Output: one line per measure, "key value" (an integer per second)
 * followed by a sentence; lines starting with '#' are comments. How to
 * read the ratios: "plan 8.1 us = 350x the bare price ladder" means one
 * library call sequence costs as much as 350 runs of the reference loop,
 * timed seconds apart in the same process. The ratio tells what the
 * rules, checks, trail and allocation cost over the bare arithmetic and
 * moves much less between machines than the per-second figures; compare
 * those only on the same machine.
 */
#define _POSIX_C_SOURCE 200809L

#include <enforcement.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define PLAN_ROUNDS  10
#define PLAN_CUTS    (PLAN_ROUNDS - 1)
#define CUT_PPM	     100000
#define VALUE	     10000000000 /* 10 bn VND */
#define VALUE_LADDER 3874204890	 /* 10^10 x 0.9^9, exact */
#define VALUE_STEP   7777
#define AMOUNT	     400000000 /* 400 m VND */
#define AMOUNT_STEP  7919
#define COSTS	     12000000
#define N_CLAIMS     5
#define N_INPUTS     1024
#define N_BENCH	     7 /* measures */
#define ROUNDS	     3 /* runs of each, the fastest reported */

static void check(enf_status st, const char *what)
{
	if (st != ENF_OK) {
		fprintf(stderr, "throughput: %s: %s (%s)\n", what,
			enf_last_error(), enf_status_str(st));
		exit(1);
	}
}

static void fail(const char *what)
{
	fprintf(stderr, "throughput: wrong result: %s\n", what);
	exit(1);
}

static double now_s(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) {
		perror("throughput: clock_gettime");
		exit(1);
	}
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static enf_money value_of(uint64_t i)
{
	return VALUE + (enf_money)(i % N_INPUTS) * VALUE_STEP;
}

static enf_money amount_of(uint64_t i)
{
	return AMOUNT + (enf_money)(i % N_INPUTS) * AMOUNT_STEP;
}

/* The bare price ladder: PLAN_CUTS cuts of ppm, each rounded down (the
 * price rounded up), as the library documents it. price * ppm stays far
 * below 2^63 for these inputs. */
static enf_money ladder(enf_money price, int64_t ppm)
{
	for (int k = 0; k < PLAN_CUTS; k++)
		price -= price * ppm / 1000000;
	return price;
}

static uint64_t ladder_sum(uint64_t n, int64_t ppm)
{
	uint64_t sum = 0;

	for (uint64_t i = 0; i < n; i++)
		sum += (uint64_t)ladder(value_of(i), ppm);
	return sum;
}

/* The pro-rata reference: amount split over weights by largest
 * remainder, ties to the earlier index. amount * w stays below 2^63 for
 * these inputs. */
static void prorata(enf_money *parts, enf_money amount, const int64_t *w,
		    size_t n)
{
	int64_t rem[N_CLAIMS], total = 0;
	enf_money left = amount;

	for (size_t k = 0; k < n; k++)
		total += w[k];
	for (size_t k = 0; k < n; k++) {
		parts[k] = amount * w[k] / total;
		rem[k] = amount * w[k] % total;
		left -= parts[k];
	}
	for (; left > 0; left--) {
		size_t best = 0;

		for (size_t k = 1; k < n; k++)
			if (rem[k] > rem[best])
				best = k;
		parts[best]++;
		rem[best] = -1;
	}
}

struct bench;
typedef uint64_t (*bench_run)(struct bench *b, uint64_t n);

struct bench {
	const char *what; /* for error messages */
	bench_run run;
	/* Auction inputs. */
	const enf_auction_rules *rules;
	enf_auction_options opts;
	enf_auction_policy policy;
	/* Payout inputs. */
	enf_claim claims[N_CLAIMS];
	int64_t weights[N_CLAIMS];
	enf_payout_options popts;
	enf_trail *trail;
	/* Results of the last run. */
	uint64_t steps;
	int bad;
	uint64_t n;
	double seconds;
};

static volatile int64_t cut_ppm_volatile = CUT_PPM;

static uint64_t run_ladder(struct bench *b, uint64_t n)
{
	const int64_t ppm = cut_ppm_volatile;
	uint64_t sum = 0;

	(void)b;
	for (uint64_t i = 0; i < n; i++)
		sum += (uint64_t)ladder(value_of(i), ppm);
	return sum;
}

static uint64_t run_new_free(struct bench *b, uint64_t n)
{
	enf_auction_options opts = b->opts;
	uint64_t sum = 0;

	for (uint64_t i = 0; i < n; i++) {
		enf_auction *sale;
		enf_auction_state st;

		opts.value = value_of(i);
		check(enf_auction_new(&sale, b->rules, &opts),
		      "enf_auction_new");
		check(enf_auction_state_get(&st, sale),
		      "enf_auction_state_get");
		sum += (uint64_t)st.price;
		enf_auction_free(sale);
	}
	return sum;
}

static uint64_t run_plan(struct bench *b, uint64_t n)
{
	enf_auction_options opts = b->opts;
	uint64_t sum = 0, steps = 0;

	for (uint64_t i = 0; i < n; i++) {
		enf_auction *sale;
		enf_auction_state st;

		opts.value = value_of(i);
		check(enf_auction_new(&sale, b->rules, &opts),
		      "enf_auction_new");
		check(enf_auction_plan(sale, &b->policy), "enf_auction_plan");
		check(enf_auction_state_get(&st, sale),
		      "enf_auction_state_get");
		sum += (uint64_t)st.price;
		steps += enf_auction_count(sale);
		enf_auction_free(sale);
	}
	b->steps = steps;
	return sum;
}

static uint64_t run_payout(struct bench *b, uint64_t n)
{
	uint64_t sum = 0;

	for (uint64_t i = 0; i < n; i++) {
		enf_payout_result r;
		enf_money paid[N_CLAIMS], amount = amount_of(i), total = 0;

		if (b->trail != NULL)
			enf_trail_clear(b->trail);
		check(enf_payout_distribute(&r, paid, b->claims, N_CLAIMS,
					    amount, &b->popts, b->trail),
		      "enf_payout_distribute");
		for (size_t k = 0; k < N_CLAIMS; k++)
			total += paid[k];
		if (total != r.to_claims ||
		    r.costs + r.rent_reserve + r.to_claims + r.surplus !=
			    amount ||
		    (b->trail != NULL && enf_trail_count(b->trail) == 0)) {
			b->bad = 1;
			break;
		}
		sum += (uint64_t)paid[2];
	}
	return sum;
}

static uint64_t run_prorata(struct bench *b, uint64_t n)
{
	uint64_t sum = 0;

	for (uint64_t i = 0; i < n; i++) {
		enf_money parts[N_CLAIMS], amount = amount_of(i), total = 0;

		prorata(parts, amount, b->weights, N_CLAIMS);
		for (size_t k = 0; k < N_CLAIMS; k++)
			total += parts[k];
		if (total != amount) {
			b->bad = 1;
			break;
		}
		sum += (uint64_t)parts[2];
	}
	return sum;
}

/* One run of n iterations, checked: plans against the reference ladder
 * over the same inputs, sales against their values, payouts in the
 * loop. */
static double timed(struct bench *b, uint64_t n)
{
	double t0, t;
	uint64_t sum, want = 0;

	b->bad = 0;
	t0 = now_s();
	sum = b->run(b, n);
	t = now_s() - t0;
	if (b->bad)
		fail(b->what);
	if (b->run == run_plan)
		want = ladder_sum(n, CUT_PPM);
	else if (b->run == run_new_free)
		for (uint64_t i = 0; i < n; i++)
			want += (uint64_t)value_of(i);
	else if (b->run == run_ladder)
		want = ladder_sum(n, CUT_PPM);
	else
		want = sum;
	if (sum != want)
		fail(b->what);
	return t;
}

/* Calibrates a count that takes about target seconds. */
static void calibrate(struct bench *b, double target)
{
	uint64_t n = 1;
	double t;

	for (;;) {
		t = timed(b, n);
		if (t >= target / 8 || n >= (UINT64_C(1) << 40))
			break;
		n *= 2;
	}
	if (t > 0)
		n = (uint64_t)((double)n * target / t) + 1;
	b->n = n;
	b->seconds = 0;
}

/* One more run of the calibrated count; keeps the fastest. */
static void sample(struct bench *b)
{
	double t = timed(b, b->n);

	if (b->seconds == 0 || t < b->seconds)
		b->seconds = t;
}

static double per_op(const struct bench *b)
{
	return b->seconds / (double)b->n;
}

static double per_s(const struct bench *b)
{
	return (double)b->n / b->seconds;
}

/* A duration in ns, us or ms with 3 significant digits. */
static const char *dur(char *buf, size_t size, double s)
{
	if (s < 1e-6)
		snprintf(buf, size, "%.3g ns", s * 1e9);
	else if (s < 1e-3)
		snprintf(buf, size, "%.3g us", s * 1e6);
	else
		snprintf(buf, size, "%.3g ms", s * 1e3);
	return buf;
}

static void line(const char *key, double value, const char *sentence)
{
	printf("%-34s %12.0f  %s\n", key, value, sentence);
}

/* The first plan, checked by hand: 10 auctions, 9 cuts, the price of the
 * ladder; dated when there is a calendar. */
static void check_first_plan(const struct bench *b)
{
	enf_auction *sale;
	enf_auction_state st;

	check(enf_auction_new(&sale, b->rules, &b->opts), "enf_auction_new");
	check(enf_auction_plan(sale, &b->policy), "enf_auction_plan");
	check(enf_auction_state_get(&st, sale), "enf_auction_state_get");
	if (st.price != VALUE_LADDER || ladder(VALUE, CUT_PPM) != VALUE_LADDER)
		fail("first plan's final price is not 10 bn x 0.9^9");
	if (st.round != PLAN_ROUNDS || st.cuts != PLAN_CUTS)
		fail("first plan does not stop after 10 auctions and 9 cuts");
	if (st.phase != ENF_PHASE_FAILED && st.phase != ENF_PHASE_OFFERED)
		fail("first plan ended the sale");
	if ((b->opts.calendar != NULL) != (st.date != ENF_DATE_NONE))
		fail("first plan's dates do not follow the calendar");
	enf_auction_free(sale);
}

/* The first distribution, checked by hand: costs 12 m, tier a 60 m, tier
 * b 5 m, the 323 m left split 300:140 over the early tier-c claims
 * (220,227,272.7 and 102,772,727.3: the unit left goes to the larger
 * remainder), nothing to the late claim. */
static void check_first_payout(const struct bench *b)
{
	static const enf_money want[N_CLAIMS] = {60000000, 5000000, 220227273,
						 102772727, 0};
	enf_payout_result r;
	enf_money paid[N_CLAIMS], split[2], lib[2];
	const int64_t w[2] = {300000000, 140000000};

	check(enf_payout_distribute(&r, paid, b->claims, N_CLAIMS, AMOUNT,
				    &b->popts, NULL),
	      "enf_payout_distribute");
	if (memcmp(paid, want, sizeof want) != 0 || r.costs != COSTS ||
	    r.surplus != 0 || r.rent_reserve != 0)
		fail("first distribution differs from the hand computation");
	prorata(split, 323000000, w, 2);
	check(enf_money_allocate(lib, 323000000, w, 2), "enf_money_allocate");
	if (split[0] != want[2] || split[1] != want[3] || lib[0] != split[0] ||
	    lib[1] != split[1])
		fail("the reference split differs from enf_money_allocate");
}

static void usage(FILE *f)
{
	fprintf(f, "usage: throughput [--quick]\n"
		   "  Auction plans and payouts per second against plain-C "
		   "references;\n"
		   "  --quick runs about 20x shorter (CI).\n");
}

int main(int argc, char **argv)
{
	double run_s = 0.5; /* seconds per run */
	enf_date start, d_a, d_b, d_c, d_late, coercion;
	enf_auction_rules *rules = NULL;
	enf_auction_rules_info info;
	enf_calendar *cal = NULL;
	struct bench ladder_b, newfree, plan, plan_cal, split, pay, pay_trail;
	struct bench *const all[N_BENCH] = {&ladder_b, &newfree, &plan,
					    &plan_cal, &split,	 &pay,
					    &pay_trail};
	char a[32], c[32], d[32], s[256];

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--quick") == 0) {
			run_s = 0.025;
		} else if (strcmp(argv[i], "--help") == 0) {
			usage(stdout);
			return 0;
		} else {
			usage(stderr);
			return 2;
		}
	}

	check(enf_date_from_ymd(&start, 2025, 3, 3), "enf_date_from_ymd");
	check(enf_date_from_ymd(&d_a, 2025, 1, 15), "enf_date_from_ymd");
	check(enf_date_from_ymd(&d_b, 2025, 1, 10), "enf_date_from_ymd");
	check(enf_date_from_ymd(&d_c, 2025, 2, 1), "enf_date_from_ymd");
	check(enf_date_from_ymd(&d_late, 2025, 4, 2), "enf_date_from_ymd");
	check(enf_date_from_ymd(&coercion, 2025, 3, 20), "enf_date_from_ymd");
	check(enf_auction_rules_on(&rules, "VN", start),
	      "enf_auction_rules_on");
	check(enf_auction_rules_info_get(&info, rules),
	      "enf_auction_rules_info_get");
	check(enf_calendar_new(&cal, NULL), "enf_calendar_new");

	/* Auctions: 10 bn real estate, 50 m costs, 8 bn debt. */
	memset(&plan, 0, sizeof plan);
	plan.what = "auction plans (no calendar)";
	plan.run = run_plan;
	plan.rules = rules;
	check(enf_auction_options_init(&plan.opts, ENF_AUCTION_OPTIONS_VERSION),
	      "enf_auction_options_init");
	plan.opts.value = VALUE;
	plan.opts.costs = 50000000;
	plan.opts.debt = 8000000000;
	plan.opts.real_estate = 1;
	check(enf_auction_policy_init(&plan.policy, ENF_AUCTION_POLICY_VERSION),
	      "enf_auction_policy_init");
	plan.policy.cut_ppm = CUT_PPM;
	plan.policy.creditor_accepts = 0;
	plan.policy.max_rounds = PLAN_ROUNDS;

	plan_cal = plan;
	plan_cal.what = "auction plans (calendar)";
	plan_cal.opts.start = start;
	plan_cal.opts.calendar = cal;

	newfree = plan;
	newfree.what = "enf_auction_new + free";
	newfree.run = run_new_free;

	memset(&ladder_b, 0, sizeof ladder_b);
	ladder_b.what = "price ladder reference";
	ladder_b.run = run_ladder;

	/* Payouts: 5 claims, tiers a, b, c, c and a late c. */
	memset(&pay, 0, sizeof pay);
	pay.what = "payout distributions (no trail)";
	pay.run = run_payout;
	{
		const enf_claim claims[N_CLAIMS] = {
			{ENF_TIER_A, 60000000, 0, d_a, 0, 0, 0},
			{ENF_TIER_B, 5000000, 0, d_b, 0, 0, 0},
			{ENF_TIER_C, 300000000, 20000000, d_b, 0, 0, 0},
			{ENF_TIER_C, 140000000, 0, d_c, 0, 0, 0},
			{ENF_TIER_C, 200000000, 0, d_late, 0, 0, 0},
		};

		memcpy(pay.claims, claims, sizeof claims);
		for (size_t k = 0; k < N_CLAIMS; k++)
			pay.weights[k] =
				claims[k].principal + claims[k].interest;
	}
	check(enf_payout_options_init(&pay.popts, ENF_PAYOUT_OPTIONS_VERSION),
	      "enf_payout_options_init");
	pay.popts.costs = COSTS;
	pay.popts.coercion = coercion;

	pay_trail = pay;
	pay_trail.what = "payout distributions (trail)";
	check(enf_trail_new(&pay_trail.trail), "enf_trail_new");

	split = pay;
	split.what = "pro-rata reference";
	split.run = run_prorata;

	check_first_plan(&plan);
	check_first_plan(&plan_cal);
	check_first_payout(&pay);

	for (size_t k = 0; k < N_BENCH; k++)
		calibrate(all[k], run_s);
	for (int r = 0; r < ROUNDS; r++)
		for (size_t k = 0; k < N_BENCH; k++)
			sample(all[k]);

	printf("# throughput: enforcement %s, rules %s, fastest of %d runs of "
	       "about %.3g s each, one thread\n",
	       enf_version(), info.id, ROUNDS, run_s);
	snprintf(s, sizeof s,
		 "plan without dates %s (%.3g steps) = %.0fx the bare price "
		 "ladder, %.1fx enf_auction_new+free alone",
		 dur(a, sizeof a, per_op(&plan)),
		 (double)plan.steps / (double)plan.n,
		 per_op(&plan) / per_op(&ladder_b),
		 per_op(&plan) / per_op(&newfree));
	line("auction_plans_per_s", per_s(&plan), s);
	snprintf(s, sizeof s, "trail steps written per second, no calendar");
	line("auction_plan_steps_per_s", (double)plan.steps / plan.seconds, s);
	snprintf(s, sizeof s,
		 "plan on the working-day calendar %s = %.0fx the bare price "
		 "ladder, %.2fx the plan without dates",
		 dur(a, sizeof a, per_op(&plan_cal)),
		 per_op(&plan_cal) / per_op(&ladder_b),
		 per_op(&plan_cal) / per_op(&plan));
	line("auction_plans_cal_per_s", per_s(&plan_cal), s);
	snprintf(s, sizeof s, "trail steps written per second, calendar");
	line("auction_plan_cal_steps_per_s",
	     (double)plan_cal.steps / plan_cal.seconds, s);
	snprintf(s, sizeof s,
		 "reference: enf_auction_new + enf_auction_free alone %s",
		 dur(a, sizeof a, per_op(&newfree)));
	line("auction_new_free_per_s", per_s(&newfree), s);
	snprintf(s, sizeof s,
		 "reference: %d successive 10%% cuts in plain C integers %s",
		 PLAN_CUTS, dur(a, sizeof a, per_op(&ladder_b)));
	line("price_ladders_per_s", per_s(&ladder_b), s);
	snprintf(s, sizeof s,
		 "distribution over %d claims, trail NULL %s = %.1fx the "
		 "plain pro-rata split",
		 N_CLAIMS, dur(a, sizeof a, per_op(&pay)),
		 per_op(&pay) / per_op(&split));
	line("payout_distributions_per_s", per_s(&pay), s);
	snprintf(s, sizeof s,
		 "distribution with a trail (%zu steps) %s = %.1fx the plain "
		 "pro-rata split, %.2fx without the trail",
		 enf_trail_count(pay_trail.trail),
		 dur(c, sizeof c, per_op(&pay_trail)),
		 per_op(&pay_trail) / per_op(&split),
		 per_op(&pay_trail) / per_op(&pay));
	line("payout_distributions_trail_per_s", per_s(&pay_trail), s);
	snprintf(s, sizeof s,
		 "reference: largest-remainder pro-rata split over %d claims "
		 "%s",
		 N_CLAIMS, dur(d, sizeof d, per_op(&split)));
	line("prorata_splits_per_s", per_s(&split), s);

	enf_trail_free(pay_trail.trail);
	enf_calendar_free(cal);
	enf_auction_rules_free(rules);
	return 0;
}
