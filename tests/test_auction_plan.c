/*
 * Tests of the plan of a sale, its output and the inverse queries
 * (auction.h): price ladders under each built-in rule set, dates across
 * Tết, CSV and JSON round trips, the chart, and the first price behind a
 * sale at a known price.
 *
 * Every expected figure is worked by hand (or with Python integers, as
 * said) in the comment beside it; none was read off the code under test.
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
	return a;
}

static enf_auction_policy policy_of(int32_t max_rounds, int accepts,
				    int64_t cut_ppm)
{
	enf_auction_policy p = ENF_AUCTION_POLICY_INIT;

	p.max_rounds = max_rounds;
	p.creditor_accepts = accepts;
	p.cut_ppm = cut_ppm;
	return p;
}

static void plan_ok(enf_auction *a, const enf_auction_policy *p)
{
	enf_status st = enf_auction_plan(a, p);

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

static enf_auction_step step(const enf_auction *a, size_t i)
{
	enf_auction_step s;

	assert_int_equal(enf_auction_step_at(&s, a, i), ENF_OK);
	return s;
}

/* Checks step i: round, kind, date (or ENF_DATE_NONE) and price. */
static void expect_step(const enf_auction *a, size_t i, int32_t round,
			enf_auction_event_kind kind, enf_date date,
			enf_money price)
{
	enf_auction_step s = step(a, i);

	if (s.round != round || s.kind != kind || s.date != date ||
	    s.price != price)
		fail_msg("step %zu: round %d kind %s date %ld price %lld; "
			 "expected round %d kind %s date %ld price %lld",
			 i, (int)s.round, enf_auction_kind_name(s.kind),
			 (long)s.date, (long long)s.price, (int)round,
			 enf_auction_kind_name(kind), (long)date,
			 (long long)price);
}

/* The starting prices of auctions 1.. in the trail, into p (at most n);
 * returns how many. */
static size_t ladder(enf_money *p, size_t n, const enf_auction *a)
{
	size_t k = 0;

	for (size_t i = 0; i < enf_auction_count(a) && k < n; i++) {
		enf_auction_step s = step(a, i);

		if (s.kind == ENF_AUCTION_STARTED || s.kind == ENF_AUCTION_CUT)
			p[k++] = s.price;
	}
	return k;
}

static void expect_ladder(const enf_auction *a, const enf_money *want, size_t n)
{
	enf_money got[64];

	assert_int_equal(ladder(got, 64, a), n);
	for (size_t i = 0; i < n; i++)
		if (got[i] != want[i])
			fail_msg("auction %zu at %lld, expected %lld", i + 1,
				 (long long)got[i], (long long)want[i]);
}

/* The plan is refused and the sale is exactly as before. */
static void plan_refused(enf_auction *a, const enf_auction_policy *p,
			 enf_status want, const char *what)
{
	enf_auction_state before = state_of(a), after;
	size_t n = enf_auction_count(a);

	assert_int_equal(enf_auction_plan(a, p), want);
	assert_error_names("auction_plan", what);
	after = state_of(a);
	assert_auction_state_equal(&before, &after);
	assert_int_equal(enf_auction_count(a), n);
}

static char *csv_of(const enf_auction *a)
{
	char *t = NULL;
	size_t len = 0;

	assert_int_equal(enf_auction_to_csv(&t, &len, a), ENF_OK);
	assert_int_equal(len, strlen(t));
	return t;
}

/* ---------------------------------------------------------------------- */
/* Plans                                                                   */

static void test_auction_plan__policy_init(void **state)
{
	enf_auction_policy p;

	(void)state;
	memset(&p, 0x11, sizeof(p));
	assert_int_equal(
		enf_auction_policy_init(&p, ENF_AUCTION_POLICY_VERSION),
		ENF_OK);
	assert_int_equal(p.version, ENF_AUCTION_POLICY_VERSION);
	assert_int_equal(p.cut_ppm, 0);
	assert_int_equal(p.creditor_accepts, 0);
	assert_int_equal(p.max_rounds, 0);
	assert_int_equal(enf_auction_policy_init(NULL, 1), ENF_EINVALID);
	assert_error_names("auction_policy_init", "policy");
	assert_int_equal(p.floor_price, 0);
	memset(&p, 0x11, sizeof(p));
	assert_int_equal(enf_auction_policy_init(&p, 1), ENF_OK);
	assert_int_equal(p.version, 1);
	assert_int_equal(p.max_rounds, 0);
	memset(&p, 0x11, sizeof(p));
	assert_int_equal(enf_auction_policy_init(&p, 3), ENF_EVERSION);
	assert_error_names("auction_policy_init", "version is 3");
	assert_int_equal(p.max_rounds, 0x11111111);
}

/*
 * The Lạng Sơn shape: a hydropower project sold at about 73 bn VND at the
 * 7th auction after 6 cuts. Under VN-2014 with cuts of the full 10%, each
 * price rounded up (p - floor(p / 10)), the value 137,362,378,890 (the
 * highest first price that leads to 73 bn, see first_price below) gives
 * (Python: p -= p // 10):
 *   137,362,378,890  123,626,141,001  111,263,526,901  100,137,174,211
 *   90,123,456,790  81,111,111,111  73,000,000,000.
 * The plan stops after auction 7 fails (policy max_rounds 7); auction 3
 * and later open the creditor's option, declined each time.
 */
static void test_auction_plan__langson(void **state)
{
	static const enf_money want[7] = {
		137362378890, 123626141001, 111263526901, 100137174211,
		90123456790,  81111111111,  73000000000};
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(137362378890);
	enf_auction_policy p = policy_of(7, 0, 0);
	enf_auction *a;
	enf_auction_state s;

	(void)state;
	o.costs = 2000000000;
	o.debt = 199100000000; /* the secured debt in the report */
	a = sale_new(r, &o);
	plan_ok(a, &p);
	expect_ladder(a, want, 7);
	/* started; F1 C2; F2 C3; (F O D C) for auctions 3-6; F7 O7. */
	assert_int_equal(enf_auction_count(a), 23);
	expect_step(a, 22, 7, ENF_AUCTION_OFFERED, ENF_DATE_NONE, 73000000000);
	expect_step(a, 21, 7, ENF_AUCTION_FAILED, ENF_DATE_NONE, 73000000000);
	assert_int_equal(step(a, 20).cut_ppm, 99999); /* 8.1 bn / 81.1 bn */
	s = state_of(a);
	assert_int_equal(s.round, 7);
	assert_int_equal(s.cuts, 6);
	assert_int_equal(s.phase, ENF_PHASE_OFFERED);
	assert_int_equal(s.price, 73000000000);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* The floor: costs 60,000,000; the ladder 100, 90, 81, 72.9, 65.61,
 * 59.049 m reaches it at auction 6 (59,049,000 <= 60,000,000); the
 * creditor declines and the asset goes back to the debtor. */
static void test_auction_plan__floor(void **state)
{
	static const enf_money want[6] = {100000000, 90000000, 81000000,
					  72900000,  65610000, 59049000};
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a;
	enf_auction_step last;

	(void)state;
	o.costs = 60000000;
	a = sale_new(r, &o);
	plan_ok(a, NULL);
	expect_ladder(a, want, 6);
	last = step(a, enf_auction_count(a) - 1);
	assert_int_equal(last.kind, ENF_AUCTION_RETURNED);
	assert_int_equal(last.round, 6);
	assert_non_null(strstr(last.source, "Art 104(3)"));
	expect_step(a, enf_auction_count(a) - 2, 6, ENF_AUCTION_DECLINED,
		    ENF_DATE_NONE, 59049000);
	assert_int_equal(state_of(a).phase, ENF_PHASE_RETURNED);
	/* An ended sale has no plan. */
	plan_refused(a, NULL, ENF_ESTATE,
		     "the sale ended: returned in round 6");
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* The creditor takes the asset when first offered: after auction 3
 * fails at 81,000,000 (Art 104(2)). */
static void test_auction_plan__creditor_accepts(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction_policy p = policy_of(0, 1, 0);
	enf_auction *a = sale_new(r, &o);
	enf_auction_state s;

	(void)state;
	plan_ok(a, &p);
	/* started, F1, C2, F2, C3, F3, O3, A3, T3 */
	assert_int_equal(enf_auction_count(a), 9);
	expect_step(a, 7, 3, ENF_AUCTION_ACCEPTED, ENF_DATE_NONE, 81000000);
	expect_step(a, 8, 3, ENF_AUCTION_TAKEN, ENF_DATE_NONE, 81000000);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_TAKEN);
	assert_int_equal(s.proceeds, 81000000);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* Policy: at most 3 auctions; cuts of 5% (100 -> 95 -> 90.25 m); a cut
 * of 20% is clamped to the 10% cap; and a plan from a sale part-way. */
static void test_auction_plan__policy(void **state)
{
	static const enf_money five[3] = {100000000, 95000000, 90250000};
	static const enf_money capped[3] = {100000000, 90000000, 81000000};
	static const enf_money later[3] = {100000000, 95000000, 85500000};
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction_policy p5 = policy_of(3, 0, 50000);
	enf_auction_policy p20 = policy_of(3, 0, 200000);
	enf_auction_policy p0 = policy_of(3, 0, 0);
	enf_auction *a = sale_new(r, &o), *b = sale_new(r, &o),
		    *c = sale_new(r, &o);
	enf_auction_event ev[2] = {{ENF_AUCTION_FAILED, ENF_DATE_NONE, 0},
				   {ENF_AUCTION_CUT, ENF_DATE_NONE, 95000000}};

	(void)state;
	plan_ok(a, &p5);
	expect_ladder(a, five, 3);
	assert_int_equal(step(a, 2).cut_ppm, 50000);
	assert_int_equal(state_of(a).round, 3);
	/* Stops after auction 3 fails: its offer is the last step. */
	assert_int_equal(step(a, enf_auction_count(a) - 1).kind,
			 ENF_AUCTION_OFFERED);
	plan_ok(b, &p20);
	expect_ladder(b, capped, 3);
	/* From round 2 at 95 m: the default cut 10% of 95 m = 9.5 m. */
	assert_int_equal(enf_auction_replay(c, ev, 2), ENF_OK);
	plan_ok(c, &p0);
	expect_ladder(c, later, 3);
	enf_auction_free(a);
	enf_auction_free(b);
	enf_auction_free(c);
	enf_auction_rules_free(r);
}

/*
 * VN-2014, real estate, auction 1 on Fri 2026-02-06; Tết 2026 off Sat 14
 * - Sun 22 February. Each step at its earliest date:
 * - F1 02-06;
 * - C2: notice within 5 working days from Mon 02-09; 10 days to agree end
 *   Thu 02-19 (Tết) -> Mon 02-23; the cut Tue 02-24;
 * - F2: posting 15 days from 02-24 ends Wed 03-11; auction Thu 03-12;
 * - C3: the 5 + 10-day agreement window follows only the first failure
 *   (Art 104(1) as amended 2014, "bán đấu giá lần đầu"); the enforcer
 *   decides the 2nd cut at once (I), so on the day of F2, Thu 03-12;
 * - F3: a re-auction after a 2nd failure is posted 5 working days (Law
 *   01/2016 Art 53): 03-13, 16, 17, 18, 19; auction Fri 03-20; the offer
 *   opens the same day.
 */
static void test_auction_plan__tet_dates(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction_policy p = policy_of(3, 0, 0);
	enf_calendar *cal = NULL;
	enf_auction *a, *b;
	enf_auction_event ev = {ENF_AUCTION_FAILED, 0, 0};
	enf_auction_state s;

	(void)state;
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	o.real_estate = 1;
	o.start = ymd(2026, 2, 6);
	o.calendar = cal;
	a = sale_new(r, &o);
	plan_ok(a, &p);
	assert_int_equal(enf_auction_count(a), 7);
	expect_step(a, 0, 1, ENF_AUCTION_STARTED, ymd(2026, 2, 6), 100000000);
	expect_step(a, 1, 1, ENF_AUCTION_FAILED, ymd(2026, 2, 6), 100000000);
	expect_step(a, 2, 2, ENF_AUCTION_CUT, ymd(2026, 2, 24), 90000000);
	expect_step(a, 3, 2, ENF_AUCTION_FAILED, ymd(2026, 3, 12), 90000000);
	expect_step(a, 4, 3, ENF_AUCTION_CUT, ymd(2026, 3, 12), 81000000);
	expect_step(a, 5, 3, ENF_AUCTION_FAILED, ymd(2026, 3, 20), 81000000);
	expect_step(a, 6, 3, ENF_AUCTION_OFFERED, ymd(2026, 3, 20), 81000000);
	assert_non_null(strstr(step(a, 5).source, "Art 53"));
	assert_non_null(strstr(step(a, 3).source, "Art 35"));
	s = state_of(a);
	assert_int_equal(s.date, ymd(2026, 3, 20));

	/* The same sale by hand: auction 3 one day early is refused. */
	b = sale_new(r, &o);
	for (size_t i = 1; i <= 4; i++) {
		enf_auction_step st = step(a, i);

		ev.kind = st.kind;
		ev.date = st.date;
		ev.amount = st.kind == ENF_AUCTION_CUT ? st.price : 0;
		assert_int_equal(enf_auction_apply(b, &ev), ENF_OK);
	}
	ev.kind = ENF_AUCTION_FAILED;
	ev.date = ymd(2026, 3, 19);
	ev.amount = 0;
	assert_int_equal(enf_auction_apply(b, &ev), ENF_ERANGE);
	assert_error_names("auction_apply", "round 3");
	assert_non_null(strstr(enf_last_error(), "2026-03-20"));
	assert_non_null(strstr(enf_last_error(), "post-short"));
	enf_auction_free(a);
	enf_auction_free(b);
	enf_calendar_free(cal);
	enf_auction_rules_free(r);
}

/*
 * China, real estate, from Fri 2026-02-06: no step before the cut, so the
 * cut comes the same day; the re-auction is posted (within 30 days: from
 * Mon 02-09) and announced 15 days before: 02-24, so from Wed 02-25; the
 * 60-day sell-off from 02-25 ends Sun 04-26, a day off like Mon 04-27
 * (Hùng Kings), so on Tue 04-28; the asset goes back from Wed 04-29.
 */
static void test_auction_plan__cn_dates(void **state)
{
	enf_auction_rules *r = rules_get("CN");
	enf_auction_options o = opts_of(1000000);
	enf_calendar *cal = NULL;
	enf_auction *a;

	(void)state;
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	o.real_estate = 1;
	o.start = ymd(2026, 2, 6);
	o.calendar = cal;
	a = sale_new(r, &o);
	plan_ok(a, NULL);
	assert_int_equal(enf_auction_count(a), 5);
	expect_step(a, 1, 1, ENF_AUCTION_FAILED, ymd(2026, 2, 6), 700000);
	expect_step(a, 2, 2, ENF_AUCTION_CUT, ymd(2026, 2, 6), 560000);
	expect_step(a, 3, 2, ENF_AUCTION_FAILED, ymd(2026, 2, 25), 560000);
	expect_step(a, 4, 2, ENF_AUCTION_RETURNED, ymd(2026, 4, 29), 560000);
	enf_auction_free(a);
	enf_calendar_free(cal);
	enf_auction_rules_free(r);
}

/* Each country's ladder under the default policy (every auction fails,
 * each cut the rule's default, the creditor declining). */
static void test_auction_plan__countries(void **state)
{
	/* JP: one auction at the base price, then the special sale. */
	static const enf_money jp[1] = {50000000};
	/* CN: 70% of 1,000,000, then 20% less: 560,000; then a sell-off. */
	static const enf_money cn[2] = {700000, 560000};
	/* PL: 3/4 and 2/3 of 300,000; offered, declined, discontinued. */
	static const enf_money pl[2] = {225000, 200000};
	/* DE: the value twice; the lowest bid 1/2 of it, then 0. */
	static const enf_money de[2] = {200000, 200000};
	/* UA: exact cuts of 1/5 and 1/4 of 1,000,003: 200,000.6 and
	 * 200,000.75 are not whole, so each cut is rounded down and the
	 * price up: 800,003, then 600,003. */
	static const enf_money ua[3] = {1000003, 800003, 600003};
	const struct {
		const char *id;
		enf_money value;
		const enf_money *want;
		size_t n;
		size_t steps;
	} c[] = {{"JP", 50000000, jp, 1, 3},
		 {"CN", 1000000, cn, 2, 5},
		 {"PL-realty", 300000, pl, 2, 7},
		 {"DE", 200000, de, 2, 5},
		 {"UA", 1000003, ua, 3, 7}};

	(void)state;
	for (size_t i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		enf_auction_rules *r = rules_get(c[i].id);
		enf_auction_options o = opts_of(c[i].value);
		enf_auction *a = sale_new(r, &o);

		plan_ok(a, NULL);
		expect_ladder(a, c[i].want, c[i].n);
		assert_int_equal(enf_auction_count(a), c[i].steps);
		assert_int_equal(state_of(a).phase, ENF_PHASE_RETURNED);
		if (strcmp(c[i].id, "DE") == 0) {
			assert_int_equal(step(a, 0).lowest_bid, 100000);
			assert_int_equal(step(a, 2).lowest_bid, 0);
		}
		enf_auction_free(a);
		enf_auction_rules_free(r);
	}
}

/* Germany, ZVG §44: no bid below the costs and the rights ranking ahead
 * (geringstes Gebot), even at the second sale where the 5/10 and 7/10
 * limits lapse (§85a(2)). Value 200,000, costs 30,000, prior 20,000: the
 * second sale's lowest bid is 50,000, not 0; the first stays 100,000. */
static void test_auction_plan__de_lowest_bid_covers_costs(void **state)
{
	enf_auction_rules *r = rules_get("DE");
	enf_auction_options o = opts_of(200000);
	enf_auction_event fail = {ENF_AUCTION_FAILED, ENF_DATE_NONE, 0};
	enf_auction_event cut = {ENF_AUCTION_CUT, ENF_DATE_NONE, 200000};
	enf_auction_event sell = {ENF_AUCTION_SOLD, ENF_DATE_NONE, 49999};
	enf_auction *a;

	(void)state;
	o.costs = 30000;
	o.prior = 20000;
	a = sale_new(r, &o);
	assert_int_equal(state_of(a).lowest_bid, 100000);
	assert_int_equal(enf_auction_apply(a, &fail), ENF_OK);
	assert_int_equal(enf_auction_apply(a, &cut), ENF_OK);
	assert_int_equal(state_of(a).lowest_bid, 50000);
	assert_int_equal(enf_auction_apply(a, &sell), ENF_ERANGE);
	assert_error_names("auction_apply", "50,000");
	sell.amount = 50000;
	assert_int_equal(enf_auction_apply(a, &sell), ENF_OK);
	assert_int_equal(state_of(a).phase, ENF_PHASE_SOLD);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* Russia: 1,000,000, then 15% less (850,000); the creditor takes the
 * property at 3/4 of the valuation (750,000). */
static void test_auction_plan__ru_takeover(void **state)
{
	static const enf_money want[2] = {1000000, 850000};
	enf_auction_rules *r = rules_get("RU");
	enf_auction_options o = opts_of(1000000);
	enf_auction_policy p = policy_of(0, 1, 0);
	enf_auction *a = sale_new(r, &o);

	(void)state;
	plan_ok(a, &p);
	expect_ladder(a, want, 2);
	expect_step(a, 4, 2, ENF_AUCTION_OFFERED, ENF_DATE_NONE, 850000);
	assert_int_equal(step(a, 4).amount, 750000);
	expect_step(a, 6, 2, ENF_AUCTION_TAKEN, ENF_DATE_NONE, 850000);
	assert_int_equal(state_of(a).proceeds, 750000);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* Korea: cuts of 20% (the default, Seoul practice) from 100,000,000: 80,
 * 64, 51.2, 40.96, 32.768, 26.2144 m; with costs of 30,000,000 the
 * minimum price of auction 7 (26,214,400) no longer covers the costs, so
 * the sale is cancelled (Art 91, 102). */
static void test_auction_plan__kr_no_surplus(void **state)
{
	static const enf_money want[7] = {100000000, 80000000, 64000000,
					  51200000,  40960000, 32768000,
					  26214400};
	enf_auction_rules *r = rules_get("KR");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a;

	(void)state;
	o.costs = 30000000;
	a = sale_new(r, &o);
	plan_ok(a, NULL);
	expect_ladder(a, want, 7);
	assert_int_equal(enf_auction_count(a), 14);
	expect_step(a, 13, 7, ENF_AUCTION_WITHDRAWN, ENF_DATE_NONE, 26214400);
	assert_int_equal(state_of(a).phase, ENF_PHASE_WITHDRAWN);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/*
 * The floor price (policy version 2). VN-2014, 100,000,000 VND, no costs,
 * cuts of 10% (Python: p -= p // 10): 100,000,000, 90,000,000, ...,
 * 13,508,520, 12,157,668, 10,941,902 at auction 22; the next price,
 * 9,847,712, is below a floor of 10,000,000 (10% of the value), so the
 * plan stops after auction 22 fails and its offer is declined: started,
 * F1 C2, F2 C3, (F O D C) for auctions 3-21, F O D for auction 22 =
 * 1 + 2 + 2 + 76 + 3 = 84 steps. Without the floor the same plan runs on
 * until the price can fall no further. A floor equal to a price allows
 * that price; one unit above stops an auction earlier. A version-1
 * policy ignores the field.
 */
static void test_auction_plan__floor_price(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction_policy p = policy_of(0, 0, 0), v1 = p;
	enf_auction *a = sale_new(r, &o), *b = sale_new(r, &o),
		    *c = sale_new(r, &o), *d = sale_new(r, &o);
	enf_auction_state s;

	(void)state;
	p.floor_price = 10000000;
	plan_ok(a, &p);
	assert_int_equal(enf_auction_count(a), 84);
	expect_step(a, 83, 22, ENF_AUCTION_DECLINED, ENF_DATE_NONE, 10941902);
	s = state_of(a);
	assert_int_equal(s.phase, ENF_PHASE_FAILED);
	assert_int_equal(s.round, 22);
	assert_int_equal(s.cuts, 21);
	assert_int_equal(s.price, 10941902);
	/* Planned again: the floor still holds, nothing is added. */
	plan_ok(a, &p);
	assert_int_equal(enf_auction_count(a), 84);

	p.floor_price = 10941902;
	plan_ok(b, &p);
	assert_int_equal(state_of(b).price, 10941902);
	p.floor_price = 10941903;
	plan_ok(c, &p);
	s = state_of(c);
	assert_int_equal(s.round, 21);
	assert_int_equal(s.price, 12157668);

	v1.version = 1;
	v1.max_rounds = 3;
	v1.floor_price = -5; /* not read under version 1 */
	plan_ok(d, &v1);
	assert_int_equal(state_of(d).round, 3);
	assert_int_equal(state_of(d).price, 81000000);

	enf_auction_free(a);
	enf_auction_free(b);
	enf_auction_free(c);
	enf_auction_free(d);
	enf_auction_rules_free(r);
}

static void test_auction_plan__bad_input(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction_policy p = policy_of(0, 0, 0), b;
	enf_calendar *cal = NULL;
	enf_auction *a = sale_new(r, &o), *late;

	(void)state;
	assert_int_equal(enf_auction_plan(NULL, &p), ENF_EINVALID);
	assert_error_names("auction_plan", "sale");
	b = p, b.version = 0;
	plan_refused(a, &b, ENF_EVERSION, "version is 0");
	b = p, b.version = ENF_AUCTION_POLICY_VERSION + 1;
	plan_refused(a, &b, ENF_EVERSION, ": version");
	b = p, b.floor_price = -1;
	plan_refused(a, &b, ENF_EINVALID, "floor_price is -1");
	b = p, b.cut_ppm = -1;
	plan_refused(a, &b, ENF_EINVALID, "cut_ppm is -1");
	b = p, b.cut_ppm = 1000001;
	plan_refused(a, &b, ENF_EINVALID, "cut_ppm is 1000001");
	b = p, b.creditor_accepts = 2;
	plan_refused(a, &b, ENF_EINVALID, "creditor_accepts is 2");
	b = p, b.max_rounds = -1;
	plan_refused(a, &b, ENF_EINVALID, "max_rounds is -1");

	/* Dates past the calendar (2100): all or nothing. Auction 2 can
	 * still be dated in December 2100, the cut after it cannot. */
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	o.real_estate = 1;
	o.start = ymd(2100, 11, 1);
	o.calendar = cal;
	late = sale_new(r, &o);
	plan_refused(late, NULL, ENF_ERANGE, "calendar");
	assert_int_equal(enf_auction_count(late), 1);
	enf_auction_free(late);
	enf_calendar_free(cal);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* ---------------------------------------------------------------------- */
/* CSV, JSON, chart                                                        */

static const char header[] = "round,kind,date,price,lowest_bid,amount,"
			     "cut_ppm,phase,offer_open,rule,source\n";

static void test_auction_plan__csv_text(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o);
	enf_auction_event ev[2] = {{ENF_AUCTION_FAILED, ENF_DATE_NONE, 0},
				   {ENF_AUCTION_CUT, ENF_DATE_NONE, 90000000}};
	char *t, *line;

	(void)state;
	assert_int_equal(enf_auction_replay(a, ev, 2), ENF_OK);
	t = csv_of(a);
	assert_memory_equal(t, header, strlen(header));
	/* The failed row: its rule holds commas, so it is quoted. */
	assert_non_null(strstr(t, "\n1,failed,,100000000,100000000,0,0,"
				  "failed,0,\"the auction failed: no "
				  "registrant, no bid or no sale\",\""));
	line = strstr(t, "\n2,cut,");
	assert_non_null(line);
	assert_memory_equal(
		line,
		"\n2,cut,,90000000,90000000,90000000,100000,ready,0,"
		"Each cut is at most 10% of the starting price of "
		"the auction just before.,Law 26/2008/QH12 Art "
		"104(1) as amended by Law 64/2014/QH13\n",
		strlen(line));
	enf_io_free(t);

	t = (char *)(uintptr_t)1;
	assert_int_equal(enf_auction_to_csv(&t, NULL, NULL), ENF_EINVALID);
	assert_error_names("auction_to_csv", "sale");
	assert_null(t);
	assert_int_equal(enf_auction_to_csv(NULL, NULL, a), ENF_EINVALID);
	assert_error_names("auction_to_csv", "out");
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* Export after a plan, replay into a fresh sale, export again: the same
 * state and the same text (the started and offered rows are derived). */
static void test_auction_plan__csv_round_trip(void **state)
{
	const char *ids[2] = {"VN-2014", "KR"};
	enf_calendar *cal = NULL;

	(void)state;
	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	for (size_t i = 0; i < 2; i++) {
		enf_auction_rules *r = rules_get(ids[i]);
		enf_auction_options o = opts_of(100000000);
		enf_auction_policy p = policy_of(5, 0, 0);
		enf_auction *a, *b;
		enf_auction_state s1, s2;
		char *t1, *t2;

		o.real_estate = 1;
		o.costs = 1000000;
		if (i == 0) {
			o.start = ymd(2026, 2, 6);
			o.calendar = cal;
		}
		a = sale_new(r, &o);
		b = sale_new(r, &o);
		plan_ok(a, &p);
		t1 = csv_of(a);
		assert_int_equal(enf_auction_replay_csv(b, t1), ENF_OK);
		t2 = csv_of(b);
		assert_string_equal(t1, t2);
		s1 = state_of(a);
		s2 = state_of(b);
		assert_auction_state_equal(&s1, &s2);
		enf_io_free(t1);
		enf_io_free(t2);
		enf_auction_free(a);
		enf_auction_free(b);
		enf_auction_rules_free(r);
	}
	enf_calendar_free(cal);
}

static void replay_refused(enf_auction *a, const char *text, enf_status want,
			   const char *what)
{
	enf_auction_state before = state_of(a), after;
	size_t n = enf_auction_count(a);

	assert_int_equal(enf_auction_replay_csv(a, text), want);
	assert_error_names("auction_replay_csv", what);
	after = state_of(a);
	assert_auction_state_equal(&before, &after);
	assert_int_equal(enf_auction_count(a), n);
}

static void test_auction_plan__replay_csv_errors(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o);

	(void)state;
	assert_int_equal(enf_auction_replay_csv(NULL, header), ENF_EINVALID);
	assert_error_names("auction_replay_csv", "sale");
	replay_refused(a, NULL, ENF_EINVALID, "text");
	replay_refused(a, "", ENF_EPARSE, "line 1");
	replay_refused(a, "round,kind,amount\n", ENF_EPARSE,
		       "line 1: header: no column date");
	replay_refused(a, "kind,date,amount\nfailed,,0\nbogus,,0\n", ENF_EPARSE,
		       "line 3: kind: \"bogus\"");
	replay_refused(a, "kind,date,amount\nfailed,2026-02-30,0\n", ENF_EPARSE,
		       "line 2: date");
	replay_refused(a, "kind,date,amount\nfailed,,\ncut,,9000000x\n",
		       ENF_EPARSE, "line 3: amount");
	replay_refused(a, "kind,date,amount\nfailed\n", ENF_EPARSE,
		       "line 2: date: missing");
	replay_refused(a, "kind,date,amount,rule\nfailed,,0,\"open\n",
		       ENF_EPARSE, "line 2");
	/* The engine's refusal, with the line: a cut of more than 10%. */
	replay_refused(a, "kind,date,amount\r\nfailed,,0\r\ncut,,80000000\r\n",
		       ENF_ERANGE, "line 3: round 2");
	/* Quoted fields, CRLF, blank lines and a started row are fine. */
	assert_int_equal(enf_auction_replay_csv(
				 a, "kind,date,amount,rule\r\n"
				    "started,,100000000,\"a, \"\"b\"\"\"\r\n"
				    "\r\n"
				    "\"failed\",,0,x\r\n"
				    "cut,,90000000,\"multi\nline\"\r\n"),
			 ENF_OK);
	assert_int_equal(state_of(a).price, 90000000);
	assert_int_equal(enf_auction_count(a), 3);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* Amounts and fields that replay refuses, and the fields it reads past. */
static void test_auction_plan__replay_csv_fields(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o);

	(void)state;
	replay_refused(a, "kind,date,amount\nfailed,,-\n", ENF_EPARSE,
		       "line 2: amount: \"-\" is not a whole amount");
	replay_refused(a, "kind,date,amount\nfailed,,99999999999999999999\n",
		       ENF_EPARSE, "line 2: amount");
	/* A negative amount is read, then refused by the engine. */
	replay_refused(a, "kind,date,amount\nfailed,,0\ncut,,-5\n",
		       ENF_EINVALID, "-5");
	/* Text after a closing quote. */
	replay_refused(a, "kind,date,amount\n\"failed\"x,,0\n", ENF_EPARSE,
		       "line 2: a quoted field is not closed");
	/* Fields of 63 bytes at most: a longer kind is no kind, a longer
	 * date or amount no date or amount. */
	replay_refused(a,
		       "kind,date,amount\nfailedfailedfailedfailedfailedfailed"
		       "failedfailedfailedfailedfailed,,0\n",
		       ENF_EPARSE, "line 2: kind");
	replay_refused(a,
		       "kind,date,amount\nfailed,2026-01-01                  "
		       "                                          ,0\n",
		       ENF_EPARSE, "line 2: date");
	replay_refused(a,
		       "kind,date,amount\nfailed,,0000000000000000000000000000"
		       "000000000000000000000000000000000000000000\n",
		       ENF_EPARSE, "line 2: amount");
	/* More than 16 fields: those past the 16th are not kept. */
	assert_int_equal(enf_auction_replay_csv(
				 a, "kind,date,amount,a,b,c,d,e,f,g,h,i,j,k,l,"
				    "m,n,o\nfailed,,0,,,,,,,,,,,,,,,,x\n"
				    "cut,,90000000\n"),
			 ENF_OK);
	assert_int_equal(state_of(a).price, 90000000);
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

/* The title of a chart: quotes, apostrophes and control characters. */
static void test_auction_plan__svg_title(void **state)
{
	enf_auction_rules *vn = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(vn, &o);
	const enf_auction *one[1];
	char *t = NULL;

	(void)state;
	one[0] = a;
	assert_int_equal(enf_auction_svg(&t, NULL, one, 1,
					 "\"Lạng Sơn\" l'an\x01 \xff end"),
			 ENF_OK);
	assert_non_null(strstr(t, "&quot;L\xe1\xba\xa1ng S\xc6\xa1n&quot; "
				  "l&apos;an\xef\xbf\xbd \xef\xbf\xbd end"));
	enf_io_free(t);
	enf_auction_free(a);
	enf_auction_rules_free(vn);
}

static void test_auction_plan__json(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a = sale_new(r, &o);
	char *t = NULL;
	size_t len = 0;

	enf_auction_policy p = policy_of(4, 0, 0);
	static const char head[] =
		"{\"schema\":\"enforcement-auction/1\",\"rules\":\"VN-2014\","
		"\"value\":100000000,";

	(void)state;
	plan_ok(a, &p);
	assert_int_equal(enf_auction_to_json(&t, &len, a), ENF_OK);
	assert_int_equal(len, strlen(t));
	assert_memory_equal(t, head, strlen(head));
	assert_non_null(strstr(t, "\"start\":null,\"steps\":["));
	assert_non_null(strstr(t, "{\"round\":1,\"kind\":\"started\","
				  "\"date\":null,\"price\":100000000,"));
	assert_non_null(strstr(t, "\"kind\":\"offered\""));
	assert_non_null(strstr(t, "\"offer_open\":true"));
	enf_io_free(t);
	t = (char *)(uintptr_t)1;
	assert_int_equal(enf_auction_to_json(&t, &len, NULL), ENF_EINVALID);
	assert_error_names("auction_to_json", "sale");
	assert_null(t);
	assert_int_equal(enf_auction_to_json(NULL, &len, a), ENF_EINVALID);
	assert_error_names("auction_to_json", "out");
	enf_auction_free(a);
	enf_auction_rules_free(r);
}

static void test_auction_plan__svg(void **state)
{
	enf_auction_rules *vn = rules_get("VN-2014"), *jp = rules_get("JP");
	enf_auction_options o = opts_of(100000000);
	enf_auction *a, *b;
	const enf_auction *two[2], *bad[2];
	const enf_auction *many[17];
	char *t = NULL;
	size_t len = 0;

	(void)state;
	o.costs = 60000000;
	a = sale_new(vn, &o);
	b = sale_new(jp, &o);
	plan_ok(a, NULL);
	plan_ok(b, NULL);
	two[0] = a;
	two[1] = b;
	assert_int_equal(enf_auction_svg(&t, &len, two, 2, "Ladders <VN & JP>"),
			 ENF_OK);
	assert_int_equal(len, strlen(t));
	assert_memory_equal(t, "<svg", 4);
	assert_non_null(strstr(t, ">VN-2014</text>"));
	assert_non_null(strstr(t, ">JP</text>"));
	assert_non_null(strstr(t, "Ladders &lt;VN &amp; JP&gt;"));
	/* Auction 6 of the VN ladder at 59,049,000 = 59.05% of the value. */
	assert_non_null(strstr(t, ">59.05%</text>"));
	assert_null(strstr(t, "<script"));
	assert_non_null(strstr(t, "</svg>\n"));
	enf_io_free(t);
	assert_int_equal(enf_auction_svg(&t, NULL, two, 1, NULL), ENF_OK);
	enf_io_free(t);

	t = (char *)(uintptr_t)1;
	assert_int_equal(enf_auction_svg(&t, &len, two, 0, NULL), ENF_EINVALID);
	assert_error_names("auction_svg", "n is 0");
	assert_null(t);
	for (size_t i = 0; i < 17; i++)
		many[i] = a;
	assert_int_equal(enf_auction_svg(&t, &len, many, 17, NULL),
			 ENF_EINVALID);
	assert_error_names("auction_svg", "n is 17");
	bad[0] = a;
	bad[1] = NULL;
	assert_int_equal(enf_auction_svg(&t, &len, bad, 2, NULL), ENF_EINVALID);
	assert_error_names("auction_svg", "sales[1]");
	assert_int_equal(enf_auction_svg(&t, &len, NULL, 1, NULL),
			 ENF_EINVALID);
	assert_error_names("auction_svg", "sales");
	assert_int_equal(enf_auction_svg(NULL, &len, two, 1, NULL),
			 ENF_EINVALID);
	assert_error_names("auction_svg", "out");
	enf_auction_free(a);
	enf_auction_free(b);
	enf_auction_rules_free(vn);
	enf_auction_rules_free(jp);
}

/* ---------------------------------------------------------------------- */
/* Inverse queries                                                         */

/*
 * VN-2014, 6 cuts, sold at 73,000,000,000 at auction 7 (Lạng Sơn).
 * Highest first price: cuts of the full 10% (p -> p - floor(p / 10)),
 * the largest P0 whose 6th step is <= 73 bn; by binary search with Python
 * integers: 137,362,378,890 (it gives exactly 73,000,000,000; 890 + 1
 * gives 73,000,000,001). 73 bn / 0.9^6 = 137,362,378,890.6.
 * Lowest: cuts of 1 VND each: 73,000,000,006. The value is the first
 * price (round 1 at 1/1 of the value).
 */
static void test_auction_plan__first_price_vn2014(void **state)
{
	enf_auction_rules *r = rules_get("VN-2014");
	enf_auction_bounds b;
	enf_money low = 0;

	(void)state;
	assert_int_equal(enf_auction_first_price_range(&b, r, 6, 73000000000),
			 ENF_OK);
	assert_int_equal(b.first_lo, 73000000006);
	assert_int_equal(b.first_hi, 137362378890);
	assert_int_equal(b.value_lo, 73000000006);
	assert_int_equal(b.value_hi, 137362378890);
	/* The same figure the other way round. */
	assert_int_equal(enf_auction_lowest_price(&low, r, 137362378890, 6),
			 ENF_OK);
	assert_int_equal(low, 73000000000);
	assert_int_equal(enf_auction_lowest_price(&low, r, 137362378891, 6),
			 ENF_OK);
	assert_int_equal(low, 73000000001);
	enf_auction_rules_free(r);
}

/*
 * JP, no cut: the first price is the price, and the value too (round 1 at
 * the base price). CN, 1 cut to 560,000: from P0 a cut of 1..20% gives
 * [P0 - floor(P0 / 5), P0 - 1], so P0 in [560,001, 700,000]; the value
 * V has P0 in [ceil(0.7 V), V]: V in [560,001, 1,000,000]. PL-realty, 1
 * "cut" to 200,000 = ceil(2/3 V): V in [299,999, 300,000] (2V/3 in
 * (199,999, 200,000]), first price ceil(3/4 V) = 225,000 for both.
 */
static void test_auction_plan__first_price_others(void **state)
{
	enf_auction_rules *jp = rules_get("JP"), *cn = rules_get("CN"),
			  *pl = rules_get("PL-realty");
	enf_auction_bounds b;

	(void)state;
	assert_int_equal(enf_auction_first_price_range(&b, jp, 0, 45000000),
			 ENF_OK);
	assert_int_equal(b.first_lo, 45000000);
	assert_int_equal(b.first_hi, 45000000);
	assert_int_equal(b.value_lo, 45000000);
	assert_int_equal(b.value_hi, 45000000);
	assert_int_equal(enf_auction_first_price_range(&b, cn, 1, 560000),
			 ENF_OK);
	assert_int_equal(b.first_lo, 560001);
	assert_int_equal(b.first_hi, 700000);
	assert_int_equal(b.value_lo, 560001);
	assert_int_equal(b.value_hi, 1000000);
	assert_int_equal(enf_auction_first_price_range(&b, pl, 1, 200000),
			 ENF_OK);
	assert_int_equal(b.first_lo, 225000);
	assert_int_equal(b.first_hi, 225000);
	assert_int_equal(b.value_lo, 299999);
	assert_int_equal(b.value_hi, 300000);
	enf_auction_rules_free(jp);
	enf_auction_rules_free(cn);
	enf_auction_rules_free(pl);
}

static void test_auction_plan__first_price_bad_input(void **state)
{
	enf_auction_rules *vn = rules_get("VN-2014"),
			  *pl = rules_get("PL-realty");
	enf_auction_bounds b;

	(void)state;
	memset(&b, 0x33, sizeof(b));
	assert_int_equal(enf_auction_first_price_range(NULL, vn, 1, 5),
			 ENF_EINVALID);
	assert_error_names("auction_first_price_range", "out");
	assert_int_equal(enf_auction_first_price_range(&b, NULL, 1, 5),
			 ENF_EINVALID);
	assert_error_names("auction_first_price_range", "rules");
	assert_int_equal(enf_auction_first_price_range(&b, vn, 1, 0),
			 ENF_EINVALID);
	assert_error_names("auction_first_price_range", "price is 0");
	assert_int_equal(enf_auction_first_price_range(&b, vn, -1, 5),
			 ENF_EINVALID);
	assert_error_names("auction_first_price_range", "cuts is -1");
	/* PL-realty allows 2 auctions: 1 cut at most. */
	assert_int_equal(enf_auction_first_price_range(&b, pl, 2, 200000),
			 ENF_ENOTFOUND);
	assert_error_names("auction_first_price_range", "cuts is 2");
	assert_int_equal(b.first_lo, 0x3333333333333333);
	enf_auction_rules_free(vn);
	enf_auction_rules_free(pl);
}

/* VN-2014 from 100,000,000: 100, 90, 81, 72.9, 65.61, 59.049, 53.1441,
 * 47.82969 m: 50 m is reached at auction 8. CN: 700,000 then 560,000,
 * no further auction. DE: the price never falls. */
static void test_auction_plan__rounds_to_reach(void **state)
{
	enf_auction_rules *vn = rules_get("VN-2014"), *cn = rules_get("CN"),
			  *de = rules_get("DE");
	int32_t k = -7;

	(void)state;
	assert_int_equal(
		enf_auction_rounds_to_reach(&k, vn, 100000000, 50000000),
		ENF_OK);
	assert_int_equal(k, 8);
	assert_int_equal(
		enf_auction_rounds_to_reach(&k, vn, 100000000, 53144100),
		ENF_OK);
	assert_int_equal(k, 7);
	assert_int_equal(
		enf_auction_rounds_to_reach(&k, vn, 100000000, 100000000),
		ENF_OK);
	assert_int_equal(k, 1);
	assert_int_equal(enf_auction_rounds_to_reach(&k, cn, 1000000, 560000),
			 ENF_OK);
	assert_int_equal(k, 2);
	k = -7;
	assert_int_equal(enf_auction_rounds_to_reach(&k, cn, 1000000, 559999),
			 ENF_ENOTFOUND);
	assert_error_names("auction_rounds_to_reach", "559,999");
	assert_int_equal(k, -7);
	assert_int_equal(enf_auction_rounds_to_reach(&k, de, 200000, 150000),
			 ENF_ENOTFOUND);
	assert_int_equal(enf_auction_rounds_to_reach(NULL, vn, 1, 1),
			 ENF_EINVALID);
	assert_error_names("auction_rounds_to_reach", "out");
	assert_int_equal(enf_auction_rounds_to_reach(&k, NULL, 1, 1),
			 ENF_EINVALID);
	assert_error_names("auction_rounds_to_reach", "rules");
	assert_int_equal(enf_auction_rounds_to_reach(&k, vn, 0, 1),
			 ENF_EINVALID);
	assert_error_names("auction_rounds_to_reach", "value is 0");
	assert_int_equal(enf_auction_rounds_to_reach(&k, vn, 1, -1),
			 ENF_EINVALID);
	assert_error_names("auction_rounds_to_reach", "target is -1");
	assert_int_equal(k, -7);
	enf_auction_rules_free(vn);
	enf_auction_rules_free(cn);
	enf_auction_rules_free(de);
}

/* VN-2014: 6 cuts from 100,000,000 -> 53,144,100 (ladder above); CN: 1
 * cut -> 560,000, 2 cuts impossible (2 auctions); DE: the value stays. */
static void test_auction_plan__lowest_price(void **state)
{
	enf_auction_rules *vn = rules_get("VN-2014"), *cn = rules_get("CN"),
			  *de = rules_get("DE");
	enf_money m = -7;

	(void)state;
	assert_int_equal(enf_auction_lowest_price(&m, vn, 100000000, 6),
			 ENF_OK);
	assert_int_equal(m, 53144100);
	assert_int_equal(enf_auction_lowest_price(&m, vn, 100000000, 0),
			 ENF_OK);
	assert_int_equal(m, 100000000);
	assert_int_equal(enf_auction_lowest_price(&m, cn, 1000000, 1), ENF_OK);
	assert_int_equal(m, 560000);
	assert_int_equal(enf_auction_lowest_price(&m, de, 200000, 1), ENF_OK);
	assert_int_equal(m, 200000);
	m = -7;
	assert_int_equal(enf_auction_lowest_price(&m, cn, 1000000, 2),
			 ENF_ENOTFOUND);
	assert_error_names("auction_lowest_price", "cuts is 2");
	assert_int_equal(m, -7);
	assert_int_equal(enf_auction_lowest_price(NULL, vn, 1, 0),
			 ENF_EINVALID);
	assert_error_names("auction_lowest_price", "out");
	assert_int_equal(enf_auction_lowest_price(&m, NULL, 1, 0),
			 ENF_EINVALID);
	assert_error_names("auction_lowest_price", "rules");
	assert_int_equal(enf_auction_lowest_price(&m, vn, -1, 0), ENF_EINVALID);
	assert_error_names("auction_lowest_price", "value is -1");
	assert_int_equal(enf_auction_lowest_price(&m, vn, 1, -1), ENF_EINVALID);
	assert_error_names("auction_lowest_price", "cuts is -1");
	assert_int_equal(m, -7);
	enf_auction_rules_free(vn);
	enf_auction_rules_free(cn);
	enf_auction_rules_free(de);
}

/* A rule set from text (a test's own schedule). */
static enf_auction_rules *rules_text(const char *text)
{
	enf_auction_rules *r = NULL;

	assert_int_equal(enf_auction_rules_parse(&r, text), ENF_OK);
	return r;
}

static void expect_bounds(const enf_auction_rules *r, int32_t cuts,
			  enf_money price, enf_money first_lo,
			  enf_money first_hi, enf_money value_lo,
			  enf_money value_hi)
{
	enf_auction_bounds b;

	memset(&b, 0x33, sizeof(b));
	assert_int_equal(enf_auction_first_price_range(&b, r, cuts, price),
			 ENF_OK);
	assert_int_equal(b.first_lo, first_lo);
	assert_int_equal(b.first_hi, first_hi);
	assert_int_equal(b.value_lo, value_lo);
	assert_int_equal(b.value_hi, value_hi);
}

static void expect_no_bounds(const enf_auction_rules *r, int32_t cuts,
			     enf_money price, enf_status want, const char *what)
{
	enf_auction_bounds b;

	memset(&b, 0x33, sizeof(b));
	assert_int_equal(enf_auction_first_price_range(&b, r, cuts, price),
			 want);
	assert_error_names("auction_first_price_range", what);
	assert_int_equal(b.first_lo, 0x3333333333333333);
	assert_int_equal(b.value_hi, 0x3333333333333333);
}

/*
 * CN, 1 cut, sold at 4: a cut is 1..floor(P / 5) units, so a first price
 * P <= 4 cannot be cut, P = 5 gives 4 and P >= 6 gives at least 5 (P -
 * floor(P / 5)): P = 5. The value V has 5 in [ceil(0.7 V), V]: V >= 5 and
 * 0.7 V <= 5, V <= 7. The lowest first price of V = 5, 6 or 7 (4 or 5)
 * cannot always be cut, but 5 can: the query once found no first price.
 */
static void test_auction_plan__first_price_small(void **state)
{
	enf_auction_rules *cn = rules_get("CN"), *vn = rules_get("VN-2014");

	(void)state;
	expect_bounds(cn, 1, 4, 5, 5, 5, 7);
	/* VN-2014: cuts of 1..floor(P / 10). 1 cut to 9: only P = 10. 20
	 * cuts to 9: the most is 20 cuts of 1 unit, P = 29; the least, from
	 * P = 50: 45 (5), 41, 37, 34, 31, 28, 26, 24, 22, 20, 18, 17, 16, 15,
	 * 14, 13, 12, 11, 10 (each less floor(P / 10)) and 9 at the 20th; P
	 * = 51 gives 46, 42, 38, 35, 32, 29, 27, 25, 23, 21, 19, 18, 17, 16,
	 * 15, 14, 13, 12, 11, 10: the price cannot fall to 9. (By a search
	 * over every P with Python integers, as the others below.) */
	expect_bounds(vn, 1, 9, 10, 10, 10, 10);
	expect_bounds(vn, 20, 9, 29, 50, 29, 50);
	/* No first price: 1 cut to 5 (P <= 9 cannot be cut, P >= 10 gives
	 * at least 9), or to the largest amount (a cut lowers the price). */
	expect_no_bounds(vn, 1, 5, ENF_ENOTFOUND, "price is 5");
	expect_no_bounds(vn, 1, INT64_MAX, ENF_ENOTFOUND,
			 "no first price leads to it after 1 lawful cuts");
	expect_no_bounds(vn, 10000, 5, ENF_EINVALID, "cuts is 10000");
	enf_auction_rules_free(cn);
	enf_auction_rules_free(vn);
}

/*
 * VN-2008: each cut 1..floor(P0 / 10) of the first price P0 (the value),
 * so after k cuts the price is P0 - S with S in [k, k floor(P0 / 10)].
 * 2 cuts to 80,000: P0 >= 80,002, and P0 - 80,000 <= 2 floor(P0 / 10)
 * holds up to P0 = 100,000 (20,000 <= 20,000) and for no P0 above it
 * (100,001..100,009 need 20,001.. > 20,000; from 100,010 the left side
 * grows by 10 and the right by 2 per 10). 6 cuts to 73 bn: P0 = 182.5
 * bn gives 6 x 18.25 bn = 109.5 bn = P0 - 73 bn exactly; the next P0
 * with a larger floor (182,500,000,010) needs 109,500,000,010 >
 * 109,500,000,006.
 */
static void test_auction_plan__first_price_vn2008(void **state)
{
	enf_auction_rules *r = rules_get("VN-2008");

	(void)state;
	expect_bounds(r, 2, 80000, 80002, 100000, 80002, 100000);
	expect_bounds(r, 6, 73000000000, 73000000006, 182500000000, 73000000006,
		      182500000000);
	/* 9 cuts to 5: P0 - 5 in [9, 9 floor(P0 / 10)] holds for 14 (9 <=
	 * 9; 15..19 need 10.. > 9), 20..23 (15..18 <= 18), 30..32, 40, 41
	 * and 50 (45 <= 45), and for no P0 above 50 (P0 - 5 > 0.9 P0): the
	 * bounds are 14..50, with gaps between. */
	expect_bounds(r, 9, 5, 14, 50, 14, 50);
	enf_auction_rules_free(r);
}

/*
 * A cut of 1/5 of the previous price, then cuts of 1/4 of the first: the
 * price falls by a twentieth of P0 over 4 cuts, give or take the
 * rounding, so the ends of the prices reached move by a few units as P0
 * grows by 1 and the search must look around its result. 4 cuts to 3:
 * P0 = 7 gives 6 (7 - 1: ceil(7/5) = 2 > floor(7/5) = 1, the cut is 1),
 * 5, 4, 3 (less floor(7/4) = 1); 5 gives 1 and 6 gives 2; P0 <= 4 cannot
 * be cut. P0 = 60 gives 48, 33, 18, 3; from 61 to 200 every P0 ends at
 * 4 or more (and above 200, at least 200 x 1/20 = 10). The query once
 * gave 15..56 for the first price and 14..60 for the value.
 */
static void test_auction_plan__first_price_window(void **state)
{
	enf_auction_rules *r =
		rules_text("rules T1\nround 1 price 1 1 1 of value\n"
			   "round 2 cut 1/5 1/5 1/5 of previous\n"
			   "round 3 cut 1/4 1/4 1/4 of first\nbid 1 from 1\n");

	(void)state;
	expect_bounds(r, 4, 3, 7, 60, 7, 60);
	enf_auction_rules_free(r);
}

/*
 * Auction 1 at 1/2..1 of the value V, auction 2 at 3/4..1 of it (and
 * never above the first price P0). 1 cut to 30: ceil(3V/4) <= 30 <= V
 * and 30 <= P0 <= V, P0 >= ceil(V/2): V in 30..40, P0 in 30..40 (V =
 * 40, P0 = 40; V = 30..40, P0 = 30). The highest value of a first price
 * (2 P0) and the lowest first price of a value (V/2) put auction 2 out of
 * reach (3/4 x 2 P0 > P0, V/2 < 3V/4): the query once found nothing.
 */
static void test_auction_plan__first_price_of_value(void **state)
{
	enf_auction_rules *r =
		rules_text("rules T2\nround 1 price 1/2 1 1/2 of value\n"
			   "round 2 price 3/4 1 3/4 of value\nbid 1 from 1\n");
	enf_auction_rules *none = rules_text(
		"rules T3\nround 1 price 0 0 0 of value\nbid 1 from 1\n");

	(void)state;
	expect_bounds(r, 1, 30, 30, 40, 30, 40);
	/* Round 1 at 0 of the value: no first price at all. */
	expect_no_bounds(none, 0, 1, ENF_ENOTFOUND, "price is 1");
	enf_auction_rules_free(r);
	enf_auction_rules_free(none);
}

/*
 * The ends of the ladder. A fixed schedule (auction 2 at half the value,
 * then the price stays): from 100, 100 then 50; 50 is reached at auction
 * 2, 10 never; 5 cuts leave 50. With a cut of 10% first, auction 3 at
 * half the value: 100, 90, 50. Cuts of at most 1/10,000 of the price
 * from 10^15: after the 9,999 cuts the 10,000 auctions allow the price is
 * still about 10^15 x 0.9999^9999 = 3.7 x 10^14, so 1 is never reached.
 */
static void test_auction_plan__ladder_ends(void **state)
{
	enf_auction_rules *half = rules_text(
		"rules T4\nround 1 price 1 1 1 of value\n"
		"round 2 price 1/2 1/2 1/2 of value\nbid 1 from 1\n");
	enf_auction_rules *later = rules_text(
		"rules T5\nround 1 price 1 1 1 of value\n"
		"round 2 cut 0 1/10 1/10 of previous\n"
		"round 3 price 1/2 1/2 1/2 of value\nbid 1 from 1\n");
	enf_auction_rules *slow = rules_text(
		"rules T6\nround 1 price 1 1 1 of value\n"
		"round 2 cut 0 1/10000 1/10000 of previous\nbid 1 from 1\n");
	enf_auction_rules *vn = rules_get("VN-2014");
	int32_t k = -7;
	enf_money m = -7;

	(void)state;
	assert_int_equal(enf_auction_rounds_to_reach(&k, half, 100, 50),
			 ENF_OK);
	assert_int_equal(k, 2);
	k = -7;
	assert_int_equal(enf_auction_rounds_to_reach(&k, half, 100, 10),
			 ENF_ENOTFOUND);
	assert_error_names("auction_rounds_to_reach",
			   "goes no lower than 50, at auction 2");
	assert_int_equal(k, -7);
	assert_int_equal(enf_auction_lowest_price(&m, half, 100, 5), ENF_OK);
	assert_int_equal(m, 50);
	assert_int_equal(enf_auction_rounds_to_reach(&k, later, 100, 50),
			 ENF_OK);
	assert_int_equal(k, 3);
	assert_int_equal(enf_auction_rounds_to_reach(&k, later, 100, 40),
			 ENF_ENOTFOUND);
	assert_error_names("auction_rounds_to_reach", "at auction 3");
	assert_int_equal(enf_auction_lowest_price(&m, later, 100, 1), ENF_OK);
	assert_int_equal(m, 90);
	assert_int_equal(enf_auction_lowest_price(&m, later, 100, 4), ENF_OK);
	assert_int_equal(m, 50);
	k = -7;
	assert_int_equal(
		enf_auction_rounds_to_reach(&k, slow, 1000000000000000, 1),
		ENF_ENOTFOUND);
	assert_error_names("auction_rounds_to_reach", "at auction 10000");
	assert_int_equal(k, -7);
	/* VN-2014 from 15: 14, 13 (cuts of floor(P / 10) = 1); from 9 no cut
	 * is lawful (a cut is at least 1 unit and at most 0). */
	assert_int_equal(enf_auction_lowest_price(&m, vn, 15, 2), ENF_OK);
	assert_int_equal(m, 13);
	m = -7;
	assert_int_equal(enf_auction_lowest_price(&m, vn, 9, 1), ENF_ENOTFOUND);
	assert_error_names("auction_lowest_price",
			   "no lawful cut follows cut 0");
	assert_int_equal(m, -7);
	assert_int_equal(enf_auction_lowest_price(&m, vn, 9, 10000),
			 ENF_EINVALID);
	assert_error_names("auction_lowest_price", "cuts is 10000");
	enf_auction_rules_free(half);
	enf_auction_rules_free(later);
	enf_auction_rules_free(slow);
	enf_auction_rules_free(vn);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_auction_plan__policy_init),
		cmocka_unit_test(test_auction_plan__langson),
		cmocka_unit_test(test_auction_plan__floor),
		cmocka_unit_test(test_auction_plan__creditor_accepts),
		cmocka_unit_test(test_auction_plan__policy),
		cmocka_unit_test(test_auction_plan__tet_dates),
		cmocka_unit_test(test_auction_plan__cn_dates),
		cmocka_unit_test(test_auction_plan__countries),
		cmocka_unit_test(test_auction_plan__de_lowest_bid_covers_costs),
		cmocka_unit_test(test_auction_plan__ru_takeover),
		cmocka_unit_test(test_auction_plan__kr_no_surplus),
		cmocka_unit_test(test_auction_plan__bad_input),
		cmocka_unit_test(test_auction_plan__floor_price),
		cmocka_unit_test(test_auction_plan__csv_text),
		cmocka_unit_test(test_auction_plan__csv_round_trip),
		cmocka_unit_test(test_auction_plan__replay_csv_errors),
		cmocka_unit_test(test_auction_plan__replay_csv_fields),
		cmocka_unit_test(test_auction_plan__svg_title),
		cmocka_unit_test(test_auction_plan__json),
		cmocka_unit_test(test_auction_plan__svg),
		cmocka_unit_test(test_auction_plan__first_price_vn2014),
		cmocka_unit_test(test_auction_plan__first_price_others),
		cmocka_unit_test(test_auction_plan__first_price_bad_input),
		cmocka_unit_test(test_auction_plan__first_price_small),
		cmocka_unit_test(test_auction_plan__first_price_vn2008),
		cmocka_unit_test(test_auction_plan__first_price_window),
		cmocka_unit_test(test_auction_plan__first_price_of_value),
		cmocka_unit_test(test_auction_plan__rounds_to_reach),
		cmocka_unit_test(test_auction_plan__lowest_price),
		cmocka_unit_test(test_auction_plan__ladder_ends),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
