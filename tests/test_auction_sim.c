/*
 * Tests of the Monte Carlo scenarios (enf_auction_simulate): the plan of
 * a sale under VN-2014 with every auction failing gives the auctions; the
 * model gives each a chance of a sale; the simulated figures are checked
 * against the exact ones and both against hand calculations.
 *
 * The sale used throughout: value 1,000,000,000 VND, costs 400,000,000
 * VND, VN-2014 (auction 1 at the value; each cut 10% of the previous
 * starting price by default; the asset returned once the price is at or
 * below the costs and the creditor declines). Its auctions start at
 * 1,000,000,000 x 0.9^k for k = 0..9 (all exact in whole VND):
 * 1,000,000,000; 900,000,000; 810,000,000; 729,000,000; 656,100,000;
 * 590,490,000; 531,441,000; 478,296,900; 430,467,210; 387,420,489, the
 * first at or below the costs: 10 auctions.
 *
 * Every expected value is worked by hand (or by the closed form written
 * beside it); none was obtained by running the code under test. The
 * oracle sums in the test use long double: a check of the library's
 * integers, not a part of it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>
#include <math.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

#define N_VN 10

static const enf_money vn_prices[N_VN] = {
	1000000000, 900000000, 810000000, 729000000, 656100000,
	590490000,  531441000, 478296900, 430467210, 387420489};

static enf_auction_rules *rules_vn(void)
{
	enf_auction_rules *r = NULL;

	assert_int_equal(enf_auction_rules_builtin(&r, "VN-2014"), ENF_OK);
	return r;
}

static enf_auction_options opts_vn(void)
{
	enf_auction_options o = ENF_AUCTION_OPTIONS_INIT;

	o.value = 1000000000;
	o.costs = 400000000;
	o.debt = 900000000;
	return o;
}

static enf_auction_model model(int64_t p_value, int64_t p_zero, int64_t runs,
			       uint64_t seed)
{
	enf_auction_model m = ENF_AUCTION_MODEL_INIT;

	m.p_value_ppm = p_value;
	m.p_zero_ppm = p_zero;
	m.runs = runs;
	m.seed = seed;
	return m;
}

static enf_auction_scenario run(const enf_auction_rules *r,
				const enf_auction_options *o,
				const enf_auction_policy *pol,
				const enf_auction_model *m)
{
	enf_auction_scenario s;

	memset(&s, 0xab, sizeof s);
	assert_int_equal(enf_auction_simulate(&s, r, o, pol, m), ENF_OK);
	assert_int_equal(s.runs, m->runs);
	return s;
}

static long double absl(long double x)
{
	return x < 0 ? -x : x;
}

/* The plan really is the ladder above: 10 failed auctions at those
 * prices (the simulation reads exactly these steps). */
static void test_sim__plan_is_the_ladder(void **state)
{
	enf_auction_rules *r = rules_vn();
	enf_auction_options o = opts_vn();
	enf_auction *sale = NULL;
	enf_auction_step st;
	size_t k = 0;

	(void)state;
	assert_int_equal(enf_auction_new(&sale, r, &o), ENF_OK);
	assert_int_equal(enf_auction_plan(sale, NULL), ENF_OK);
	for (size_t i = 0; i < enf_auction_count(sale); i++) {
		assert_int_equal(enf_auction_step_at(&st, sale, i), ENF_OK);
		if (st.kind != ENF_AUCTION_FAILED)
			continue;
		assert_true(k < N_VN);
		assert_int_equal(st.price, vn_prices[k]);
		k++;
	}
	assert_int_equal(k, N_VN);
	enf_auction_free(sale);
	enf_auction_rules_free(r);
}

/* p = 1,000,000 ppm everywhere: auction 1 always sells at 1,000,000,000;
 * one auction, no days. */
static void test_sim__always_sells(void **state)
{
	enf_auction_rules *r = rules_vn();
	enf_auction_options o = opts_vn();
	enf_auction_model m = model(1000000, 1000000, 1000, 7);
	enf_auction_scenario s = run(r, &o, NULL, &m);

	(void)state;
	assert_int_equal(s.sold_ppm, 1000000);
	assert_int_equal(s.mean_proceeds, 1000000000);
	assert_int_equal(s.mean_auctions_milli, 1000);
	assert_int_equal(s.mean_days_milli, 0);
	assert_int_equal(s.exp_sold_ppm, 1000000);
	assert_int_equal(s.exp_proceeds, 1000000000);
	assert_int_equal(s.exp_auctions_milli, 1000);
	assert_int_equal(s.exp_days_milli, 0);
	assert_int_equal(s.max_auctions, N_VN);
	enf_auction_rules_free(r);
}

/* p = 0: nothing sells; every run holds all 10 auctions. */
static void test_sim__never_sells(void **state)
{
	enf_auction_rules *r = rules_vn();
	enf_auction_options o = opts_vn();
	enf_auction_model m = model(0, 0, 5000, 7);
	enf_auction_scenario s = run(r, &o, NULL, &m);

	(void)state;
	assert_int_equal(s.sold_ppm, 0);
	assert_int_equal(s.mean_proceeds, 0);
	assert_int_equal(s.mean_auctions_milli, N_VN * 1000);
	assert_int_equal(s.mean_days_milli, 0);
	assert_int_equal(s.exp_sold_ppm, 0);
	assert_int_equal(s.exp_proceeds, 0);
	assert_int_equal(s.exp_auctions_milli, N_VN * 1000);
	assert_int_equal(s.exp_days_milli, 0);
	assert_int_equal(s.max_auctions, N_VN);
	enf_auction_rules_free(r);
}

/* A mortgage of the whole value (secured 1 bn, price 1 bn <= secured +
 * costs): the plan withdraws the coercion before any auction, so no run
 * sells and no auction is held, whatever the chances. */
static void test_sim__no_auction(void **state)
{
	enf_auction_rules *r = rules_vn();
	enf_auction_options o = opts_vn();
	enf_auction_model m = model(1000000, 1000000, 100, 3);
	enf_auction_scenario s;

	(void)state;
	o.secured = 1000000000;
	s = run(r, &o, NULL, &m);
	assert_int_equal(s.max_auctions, 0);
	assert_int_equal(s.sold_ppm, 0);
	assert_int_equal(s.mean_proceeds, 0);
	assert_int_equal(s.mean_auctions_milli, 0);
	assert_int_equal(s.exp_sold_ppm, 0);
	assert_int_equal(s.exp_proceeds, 0);
	assert_int_equal(s.exp_auctions_milli, 0);
	enf_auction_rules_free(r);
}

/*
 * A constant chance p = 1/4 (p_value = p_zero = 250,000 ppm), exact
 * figures by the closed forms of a geometric law cut at 10 auctions:
 * - sold: 1 - 0.75^10 = 0.943686485... -> 943,686 ppm;
 * - proceeds: sum_k 10^9 0.9^k x 0.25 x 0.75^k = 0.25e9 (1 - 0.675^10) /
 *   0.325 = 754,126,685.80 -> 754,126,686 VND;
 * - auctions: E[min(G, 10)] = (1 - 0.75^10) / 0.25 = 3.774746 -> 3,775
 *   milli.
 */
static void test_sim__exact_quarter(void **state)
{
	enf_auction_rules *r = rules_vn();
	enf_auction_options o = opts_vn();
	enf_auction_model m = model(250000, 250000, 1, 1);
	enf_auction_scenario s = run(r, &o, NULL, &m);

	(void)state;
	assert_int_equal(s.exp_sold_ppm, 943686);
	assert_int_equal(s.exp_proceeds, 754126686);
	assert_int_equal(s.exp_auctions_milli, 3775);
	assert_int_equal(s.exp_days_milli, 0);
	enf_auction_rules_free(r);
}

/*
 * Convergence at p = 1/4: the standard deviation of one run's proceeds
 * is sqrt(sum_k q_k P_k^2 - E^2) with q_k = 0.25 x 0.75^k (about 3.2e8
 * VND); the simulated mean is within 3 standard errors of the exact one
 * at 1,000, 100,000 and 1,000,000 runs, within 5% at 1,000 and 1% at
 * 1,000,000, and the error at 1,000,000 runs is below that at 1,000.
 * Likewise the share sold (Bernoulli, sd sqrt(s (1 - s))) and the
 * auctions held.
 */
static void test_sim__converges(void **state)
{
	static const int64_t sizes[3] = {1000, 100000, 1000000};
	enf_auction_rules *r = rules_vn();
	enf_auction_options o = opts_vn();
	long double e = 0, e2 = 0, a = 0, a2 = 0, q = 0.25L, surv = 1;
	long double sold, err[3];

	(void)state;
	for (int k = 0; k < N_VN; k++) {
		long double pk = surv * q;

		e += pk * vn_prices[k];
		e2 += pk * (long double)vn_prices[k] * vn_prices[k];
		a += pk * (k + 1);
		a2 += pk * (k + 1) * (k + 1);
		surv -= pk;
	}
	a += surv * N_VN;
	a2 += surv * N_VN * N_VN;
	sold = 1 - surv;
	for (int i = 0; i < 3; i++) {
		enf_auction_model m = model(250000, 250000, sizes[i], 2026);
		enf_auction_scenario s = run(r, &o, NULL, &m);
		long double n = (long double)sizes[i];
		long double se_e = sqrtl((e2 - e * e) / n);
		long double se_a = sqrtl((a2 - a * a) / n) * 1000;
		long double se_s = sqrtl(sold * (1 - sold) / n) * 1e6L;

		assert_int_equal(s.exp_proceeds, 754126686);
		err[i] = absl((long double)s.mean_proceeds - e);
		assert_true(err[i] <= 3 * se_e + 1);
		assert_true(absl((long double)s.mean_auctions_milli -
				 a * 1000) <= 3 * se_a + 1);
		assert_true(absl((long double)s.sold_ppm - sold * 1e6L) <=
			    3 * se_s + 1);
		if (sizes[i] == 1000)
			assert_true(err[i] < 0.05L * e);
		if (sizes[i] == 1000000)
			assert_true(err[i] < 0.01L * e);
	}
	assert_true(err[2] < err[0]);
	enf_auction_rules_free(r);
}

/* The same seed gives the same figures, byte for byte; another seed other
 * simulated figures and the same exact ones. */
static void test_sim__seeded(void **state)
{
	enf_auction_rules *r = rules_vn();
	enf_auction_options o = opts_vn();
	enf_auction_model m = ENF_AUCTION_MODEL_INIT;
	enf_auction_scenario s1, s2, s3;

	(void)state;
	memset(&s1, 0, sizeof s1);
	memset(&s2, 0xff, sizeof s2);
	assert_int_equal(enf_auction_simulate(&s1, r, &o, NULL, &m), ENF_OK);
	assert_int_equal(enf_auction_simulate(&s2, r, &o, NULL, &m), ENF_OK);
	assert_memory_equal(&s1, &s2, sizeof s1);
	m.seed = 2;
	s3 = run(r, &o, NULL, &m);
	assert_true(s3.mean_proceeds != s1.mean_proceeds ||
		    s3.mean_auctions_milli != s1.mean_auctions_milli);
	assert_int_equal(s3.exp_proceeds, s1.exp_proceeds);
	assert_int_equal(s3.exp_auctions_milli, s1.exp_auctions_milli);
	enf_auction_rules_free(r);
}

/*
 * The default model (10% chance at the value, 90% at a price of 0:
 * p = 900,000 - 800,000 x P / value ppm, rounded half up) with 10% cuts
 * and with 5% cuts (ceil(0.95 x P): 19 auctions from 1,000,000,000 down
 * to 397,214,324). The chances of the 10% ladder are 100,000; 180,000;
 * 252,000; 316,800; 375,120; 427,608; 474,847 (474,847.2); 517,362
 * (517,362.48); 555,626 (555,626.232); 590,064 (590,063.6088) ppm, and
 * sum_k P_k p_k prod_{j<k} (1 - p_j) = 739,477,631.87 VND; the 5% ladder
 * gives 825,517,739.93 VND (hand sums of 10 and 19 terms). Gentler cuts
 * sell higher, after more auctions: 4,058 against 4,946 milli.
 */
static void test_sim__gentler_cuts(void **state)
{
	enf_auction_rules *r = rules_vn();
	enf_auction_options o = opts_vn();
	enf_auction_policy p10 = ENF_AUCTION_POLICY_INIT, p5 = p10;
	enf_auction_model m = model(100000, 900000, 20000, 99);
	enf_auction_scenario s10, s5;

	(void)state;
	p10.cut_ppm = 100000;
	p5.cut_ppm = 50000;
	s10 = run(r, &o, &p10, &m);
	s5 = run(r, &o, &p5, &m);
	assert_int_equal(s10.max_auctions, 10);
	assert_int_equal(s5.max_auctions, 19);
	assert_int_equal(s10.exp_proceeds, 739477632);
	assert_int_equal(s5.exp_proceeds, 825517740);
	assert_int_equal(s10.exp_auctions_milli, 4058);
	assert_int_equal(s5.exp_auctions_milli, 4946);
	assert_true(s5.exp_proceeds > s10.exp_proceeds);
	assert_true(s5.exp_auctions_milli > s10.exp_auctions_milli);
	/* 20,000 runs: within 2% of the exact figures. */
	assert_true(absl((long double)s10.mean_proceeds - 739477632) <
		    0.02L * 739477632);
	assert_true(absl((long double)s5.mean_proceeds - 825517740) <
		    0.02L * 825517740);
	/* The default policy is the 10% one. */
	assert_int_equal(run(r, &o, NULL, &m).exp_proceeds, 739477632);
	enf_auction_rules_free(r);
}

/* A creditor who takes the asset when first offered (after the 3rd
 * auction fails, Law Art 104(3)) ends the plan there: 3 auctions, and the
 * asset unsold in the scenario when they fail. */
static void test_sim__creditor_takes(void **state)
{
	enf_auction_rules *r = rules_vn();
	enf_auction_options o = opts_vn();
	enf_auction_policy pol = ENF_AUCTION_POLICY_INIT;
	enf_auction_model m = model(0, 0, 100, 3);
	enf_auction_scenario s;

	(void)state;
	pol.creditor_accepts = 1;
	s = run(r, &o, &pol, &m);
	assert_int_equal(s.max_auctions, 3);
	assert_int_equal(s.mean_auctions_milli, 3000);
	assert_int_equal(s.exp_auctions_milli, 3000);
	assert_int_equal(s.sold_ppm, 0);
	/* p = 1/2: sold 1 - 1/8 = 875,000 ppm; proceeds 0.5 x 10^9 + 0.25 x
	 * 9 x 10^8 + 0.125 x 8.1 x 10^8 = 826,250,000. */
	m = model(500000, 500000, 100, 3);
	s = run(r, &o, &pol, &m);
	assert_int_equal(s.exp_sold_ppm, 875000);
	assert_int_equal(s.exp_proceeds, 826250000);
	/* auctions: 1 x 0.5 + 2 x 0.25 + 3 x 0.125 + 3 x 0.125 = 1.75 */
	assert_int_equal(s.exp_auctions_milli, 1750);
	enf_auction_rules_free(r);
}

/* With dates, the days from auction 1 to the sale: at p = 1/2 over the
 * planned dates D_1..D_10 the exact mean given a sale is
 * sum_k q_k (D_k - D_1) / sum_k q_k, q_k = 2^-(k+1), computed here from
 * the dates of the plan. */
static void test_sim__days(void **state)
{
	enf_auction_rules *r = rules_vn();
	enf_auction_options o = opts_vn();
	enf_calendar *cal = NULL;
	enf_auction *sale = NULL;
	enf_auction_step st;
	enf_date d[N_VN];
	enf_auction_model m = model(500000, 500000, 200000, 11);
	enf_auction_scenario s;
	long double num = 0, den = 0, q = 0.5L, se;
	size_t k = 0;

	(void)state;
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	o.start = ymd(2025, 3, 3);
	o.calendar = cal;
	assert_int_equal(enf_auction_new(&sale, r, &o), ENF_OK);
	assert_int_equal(enf_auction_plan(sale, NULL), ENF_OK);
	for (size_t i = 0; i < enf_auction_count(sale); i++) {
		assert_int_equal(enf_auction_step_at(&st, sale, i), ENF_OK);
		if (st.kind == ENF_AUCTION_FAILED && k < N_VN)
			d[k++] = st.date;
	}
	assert_int_equal(k, N_VN);
	assert_int_equal(d[0], o.start);
	for (k = 0; k < N_VN; k++) {
		if (k > 0)
			assert_true(d[k] > d[k - 1]);
		num += q * (d[k] - d[0]);
		den += q;
		q /= 2;
	}
	s = run(r, &o, NULL, &m);
	assert_true(absl(s.exp_days_milli - num / den * 1000) <= 1);
	/* The sd of the days is below D_10 - D_1, a loose bound for 3 SE. */
	se = (long double)(d[N_VN - 1] - d[0]) * 1000 / sqrtl(200000);
	assert_true(absl((long double)s.mean_days_milli - s.exp_days_milli) <
		    3 * se);
	assert_true(s.mean_days_milli > 0);
	/* No sale at all: days 0. */
	m = model(0, 0, 10, 11);
	s = run(r, &o, NULL, &m);
	assert_int_equal(s.mean_days_milli, 0);
	assert_int_equal(s.exp_days_milli, 0);
	enf_auction_free(sale);
	enf_calendar_free(cal);
	enf_auction_rules_free(r);
}

static void expect_bad_sim(const enf_auction_rules *r,
			   const enf_auction_options *o,
			   const enf_auction_policy *pol,
			   const enf_auction_model *m, enf_status status,
			   const char *fn, const char *what)
{
	enf_auction_scenario s, before;

	memset(&s, 0x5a, sizeof s);
	before = s;
	assert_int_equal(enf_auction_simulate(&s, r, o, pol, m), status);
	assert_error_names(fn, what);
	assert_memory_equal(&s, &before, sizeof s);
}

static void test_sim__bad_input(void **state)
{
	enf_auction_rules *r = rules_vn();
	enf_auction_options o = opts_vn(), bad_o;
	enf_auction_policy pol = ENF_AUCTION_POLICY_INIT;
	enf_auction_model m = ENF_AUCTION_MODEL_INIT, g;
	enf_auction_scenario s;
	const char *fn = "auction_simulate";

	(void)state;
	assert_int_equal(enf_auction_simulate(NULL, r, &o, NULL, &m),
			 ENF_EINVALID);
	assert_error_names(fn, "out");
	expect_bad_sim(NULL, &o, NULL, &m, ENF_EINVALID, fn, "rules");
	expect_bad_sim(r, NULL, NULL, &m, ENF_EINVALID, fn, "opts");
	expect_bad_sim(r, &o, NULL, NULL, ENF_EINVALID, fn, "model");
	g = m;
	g.version = 0;
	expect_bad_sim(r, &o, NULL, &g, ENF_EVERSION, fn, ": version");
	g.version = 2;
	expect_bad_sim(r, &o, NULL, &g, ENF_EVERSION, fn, ": version");
	g = m;
	g.p_value_ppm = -1;
	expect_bad_sim(r, &o, NULL, &g, ENF_EINVALID, fn, "p_value_ppm is -1");
	g.p_value_ppm = 1000001;
	expect_bad_sim(r, &o, NULL, &g, ENF_EINVALID, fn,
		       "p_value_ppm is 1000001");
	g = m;
	g.p_zero_ppm = -1;
	expect_bad_sim(r, &o, NULL, &g, ENF_EINVALID, fn, "p_zero_ppm is -1");
	g.p_zero_ppm = 1000001;
	expect_bad_sim(r, &o, NULL, &g, ENF_EINVALID, fn, "p_zero_ppm");
	g = m;
	g.runs = 0;
	expect_bad_sim(r, &o, NULL, &g, ENF_EINVALID, fn, "runs is 0");
	g.runs = 100000001;
	expect_bad_sim(r, &o, NULL, &g, ENF_EINVALID, fn, "runs is 100000001");
	/* The sale's own checks: a value of 0, a policy of version 0. */
	bad_o = o;
	bad_o.value = 0;
	expect_bad_sim(r, &bad_o, NULL, &m, ENF_EINVALID, "auction_new",
		       "value");
	pol.version = 0;
	expect_bad_sim(r, &o, &pol, &m, ENF_EVERSION, "auction_plan",
		       "version");
	/* The limits themselves are fine. */
	g = model(0, 1000000, 1, 5);
	s = run(r, &o, NULL, &g);
	/* p(P) = 1,000,000 - 1,000,000 x P / value: 0 at the value, then
	 * 100,000 ppm at 900,000,000; one run. */
	assert_true(s.exp_sold_ppm > 0);
	enf_auction_rules_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sim__plan_is_the_ladder),
		cmocka_unit_test(test_sim__always_sells),
		cmocka_unit_test(test_sim__never_sells),
		cmocka_unit_test(test_sim__no_auction),
		cmocka_unit_test(test_sim__exact_quarter),
		cmocka_unit_test(test_sim__converges),
		cmocka_unit_test(test_sim__seeded),
		cmocka_unit_test(test_sim__gentler_cuts),
		cmocka_unit_test(test_sim__creditor_takes),
		cmocka_unit_test(test_sim__days),
		cmocka_unit_test(test_sim__bad_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
