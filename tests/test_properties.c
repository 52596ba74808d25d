/*
 * Property tests (issue 8, item 5): many random cases from a seeded
 * splitmix64 generator, each checked against a property that holds for
 * every input rather than against a worked value:
 *
 * - enf_money_allocate(): the parts sum to the total and each part is the
 *   exact share rounded down or up by magnitude (within 1 of it), zero for
 *   a zero weight, of the total's sign, and equal weights get parts that
 *   never grow with the index (the earlier index wins a tie); weights up
 *   to INT64_MAX, totals negative, huge and INT64_MIN;
 * - enf_stats_rate() and enf_percent_of(): non-decreasing in the numerator
 *   for a fixed denominator, in every precision and rounding;
 * - statistics reports: the sample's cases (a random subset, or all of
 *   them) split at random into parts counted with
 *   enf_stats_report_add_case(), then merged in order, in a random order
 *   and in random groupings, give the very bytes (and JSON) of the report
 *   of the whole, counted in another random order (merging is associative
 *   and commutative, and equals counting the union);
 * - auctions: a sale under a random built-in rule set with random options,
 *   driven by enf_auction_plan() with a random policy or by random events
 *   chosen from its state (refused ones must leave it unchanged), exported
 *   as CSV and replayed into a fresh sale, gives the same state (every
 *   field), the same CSV and the same JSON; replaying the applied events
 *   with enf_auction_replay() gives the same CSV too.
 *
 * A failing case prints its seed and index; ENF_PROP_SEED in the
 * environment replays another seed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

#ifndef ENF_SAMPLE_DIR
#error "ENF_SAMPLE_DIR must name examples/data/sample"
#endif

__extension__ typedef unsigned __int128 u128;
__extension__ typedef __int128 i128;

/* ---------------------------------------------------------------------- */
/* The generator                                                           */

typedef struct rng {
	uint64_t s;
} rng;

static uint64_t seed_base = 0x5eed2025c0ffee11ULL;

static uint64_t rnd(rng *r)
{
	uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* Uniform enough in 0..n-1 (0 when n is 0). */
static uint64_t below(rng *r, uint64_t n)
{
	return n == 0 ? 0 : rnd(r) % n;
}

/* lo..hi inclusive, any int64 bounds with lo <= hi. */
static int64_t between(rng *r, int64_t lo, int64_t hi)
{
	uint64_t span = (uint64_t)hi - (uint64_t)lo;

	if (span == UINT64_MAX)
		return (int64_t)rnd(r);
	return (int64_t)((uint64_t)lo + below(r, span + 1));
}

/* A magnitude of a random scale: small, medium, large or up to max. */
static int64_t scaled(rng *r, int64_t max)
{
	static const int64_t caps[] = {10, 100000, 1000000000000LL};
	uint64_t k = below(r, 4);
	int64_t cap = k < 3 && caps[k] < max ? caps[k] : max;

	return between(r, 0, cap);
}

/* The seed of case i of a property, printed when it fails. */
static rng case_rng(uint64_t property, int i)
{
	rng r = {seed_base};

	r.s = rnd(&r) ^ (property << 32) ^ (uint64_t)i;
	(void)rnd(&r);
	return r;
}

#define CASE_FAIL(prop, i, ...)                                                \
	do {                                                                   \
		print_error("property %s, seed %#" PRIx64 ", case %d: ", prop, \
			    seed_base, i);                                     \
		print_error(__VA_ARGS__);                                      \
		print_error("\n");                                             \
		fail();                                                        \
	} while (0)

/* ---------------------------------------------------------------------- */
/* Shared inputs                                                           */

static struct {
	enf_register *sample;
	enf_calendar *cal;
	enf_auction_rules *rules[32];
	size_t nrules;
} in;

static int group_setup(void **state)
{
	const char *env = getenv("ENF_PROP_SEED");
	const char *id;

	(void)state;
	if (env != NULL && env[0] != '\0')
		seed_base = strtoull(env, NULL, 0);
	if (enf_register_new(&in.sample) != ENF_OK ||
	    enf_io_load_csv_dir(in.sample, ENF_SAMPLE_DIR) != ENF_OK ||
	    enf_calendar_new(&in.cal, NULL) != ENF_OK)
		return -1;
	for (size_t i = 0;
	     (id = enf_auction_rules_builtin_id(i)) != NULL && in.nrules < 32;
	     i++)
		if (enf_auction_rules_builtin(&in.rules[in.nrules++], id) !=
		    ENF_OK)
			return -1;
	return 0;
}

static int group_teardown(void **state)
{
	(void)state;
	enf_register_free(in.sample);
	enf_calendar_free(in.cal);
	for (size_t i = 0; i < in.nrules; i++)
		enf_auction_rules_free(in.rules[i]);
	return 0;
}

/* ---------------------------------------------------------------------- */
/* Allocation                                                              */

#define MAXW 24

static u128 magnitude(enf_money v)
{
	return v < 0 ? (u128)0 - (u128)(i128)v : (u128)v;
}

static void check_allocation(int i, enf_money total, const int64_t *w, size_t n)
{
	enf_money parts[MAXW];
	u128 sum = 0, mag = magnitude(total);
	i128 got = 0;
	enf_status st;

	for (size_t k = 0; k < n; k++) {
		sum += (u128)w[k];
		parts[k] = 0x5eed;
	}
	st = enf_money_allocate(parts, total, w, n);
	if (st != ENF_OK)
		CASE_FAIL("allocate", i, "status %s (%s)", enf_status_str(st),
			  enf_last_error());
	for (size_t k = 0; k < n; k++) {
		u128 prod = mag * (u128)w[k], q = prod / sum, rem = prod % sum;
		u128 p = magnitude(parts[k]);

		got += parts[k];
		if (!(p == q || (rem != 0 && p == q + 1)))
			CASE_FAIL("allocate", i,
				  "part %zu is %" PRId64 ", not within 1 of "
				  "%" PRId64 " x %" PRId64 " / sum",
				  k, parts[k], total, w[k]);
		if ((total < 0 && parts[k] > 0) || (total > 0 && parts[k] < 0))
			CASE_FAIL("allocate", i, "part %zu has the wrong sign",
				  k);
		if (w[k] == 0 && parts[k] != 0)
			CASE_FAIL("allocate", i,
				  "zero weight %zu gets %" PRId64, k, parts[k]);
		for (size_t j = 0; j < k; j++)
			if (w[j] == w[k] &&
			    magnitude(parts[j]) < magnitude(parts[k]))
				CASE_FAIL("allocate", i,
					  "equal weights %zu and %zu: the "
					  "later gets more",
					  j, k);
	}
	if (got != (i128)total)
		CASE_FAIL("allocate", i,
			  "parts sum to %" PRId64 ", not %" PRId64,
			  (int64_t)got, total);
}

static void test_properties__allocate(void **state)
{
	(void)state;
	for (int i = 0; i < 3000; i++) {
		rng r = case_rng(1, i);
		size_t n = 1 + below(&r, MAXW);
		int64_t w[MAXW];
		enf_money total;
		int any = 0;

		for (size_t k = 0; k < n; k++) {
			/* Often equal weights and zeros, to test ties. */
			uint64_t kind = below(&r, 6);

			w[k] = kind == 0	    ? 0
			       : kind == 1 && k > 0 ? w[k - 1]
			       : kind == 2 ? INT64_MAX - (int64_t)below(&r, 3)
					   : scaled(&r, INT64_MAX);
			any |= w[k] != 0;
		}
		if (!any)
			w[below(&r, n)] = 1 + scaled(&r, INT64_MAX - 1);
		switch (below(&r, 6)) {
		case 0: total = INT64_MIN + (int64_t)below(&r, 2); break;
		case 1: total = INT64_MAX - (int64_t)below(&r, 2); break;
		case 2: total = (int64_t)rnd(&r); break;
		default:
			total = scaled(&r, INT64_MAX);
			if (below(&r, 2))
				total = -total;
		}
		check_allocation(i, total, w, n);
	}
}

/* ---------------------------------------------------------------------- */
/* Rates                                                                   */

static void test_properties__rate_monotone(void **state)
{
	(void)state;
	for (int i = 0; i < 4000; i++) {
		rng r = case_rng(2, i);
		enf_rate_options o = ENF_RATE_OPTIONS_INIT;
		int64_t wm = 1 + scaled(&r, INT64_MAX - 1);
		int64_t d1 = between(&r, 0, wm), d2 = between(&r, d1, wm);
		int64_t a = -1, b = -1, c = -1, full = -1, zero = -1;
		int64_t one = 100;

		o.precision = (int)below(&r, 7);
		o.rounding = (enf_rounding)below(&r, 4);
		for (int p = 0; p < o.precision; p++)
			one *= 10;
		if (enf_stats_rate(&a, d1, wm, &o) != ENF_OK ||
		    enf_stats_rate(&b, d2, wm, &o) != ENF_OK ||
		    enf_stats_rate(&full, wm, wm, &o) != ENF_OK ||
		    enf_stats_rate(&zero, 0, wm, &o) != ENF_OK)
			CASE_FAIL("rate", i, "refused: %s", enf_last_error());
		if (a > b)
			CASE_FAIL("rate", i,
				  "%" PRId64 "/%" PRId64 " gives %" PRId64
				  " but %" PRId64 "/%" PRId64 " gives %" PRId64,
				  d1, wm, a, d2, wm, b);
		if (zero != 0 || full != one || a < 0 || b > one)
			CASE_FAIL("rate", i,
				  "bounds: 0 -> %" PRId64 ", all -> %" PRId64,
				  zero, full);
		if (d1 < wm) {
			if (enf_stats_rate(&c, d1 + 1, wm, &o) != ENF_OK ||
			    c < a)
				CASE_FAIL("rate", i, "not monotone at %" PRId64,
					  d1);
		}
	}
	/* Every numerator of small denominators, every option. */
	for (int64_t wm = 1; wm <= 60; wm++)
		for (int p = 0; p <= 6; p++)
			for (int m = 0; m < 4; m++) {
				enf_rate_options o = {ENF_RATE_OPTIONS_VERSION,
						      p, (enf_rounding)m};
				int64_t prev = -1, x = 0;

				for (int64_t d = 0; d <= wm; d++) {
					assert_int_equal(
						enf_stats_rate(&x, d, wm, &o),
						ENF_OK);
					assert_true(x >= prev);
					prev = x;
				}
			}
}

static void test_properties__percent_monotone(void **state)
{
	(void)state;
	for (int i = 0; i < 4000; i++) {
		rng r = case_rng(3, i);
		enf_rounding mode = (enf_rounding)below(&r, 4);
		int64_t whole = 1 + scaled(&r, INT64_MAX - 1);
		int64_t p1 = below(&r, 2) ? scaled(&r, INT64_MAX)
					  : -scaled(&r, INT64_MAX);
		/* Mostly a near neighbour, sometimes anything above. */
		int64_t near = p1 < INT64_MAX - 5 ? p1 + 5 : INT64_MAX;
		int64_t p2 = between(&r, p1, below(&r, 4) ? near : INT64_MAX);
		int64_t a = 0, b = 0;
		enf_status s1 = enf_percent_of(&a, p1, whole, mode);
		enf_status s2 = enf_percent_of(&b, p2, whole, mode);

		if ((s1 != ENF_OK && s1 != ENF_EOVERFLOW) ||
		    (s2 != ENF_OK && s2 != ENF_EOVERFLOW))
			CASE_FAIL("percent", i, "status %s / %s",
				  enf_status_str(s1), enf_status_str(s2));
		if (s1 == ENF_OK && s2 == ENF_OK && a > b)
			CASE_FAIL("percent", i,
				  "%" PRId64 "/%" PRId64 " gives %" PRId64
				  " but %" PRId64 " gives %" PRId64,
				  p1, whole, a, p2, b);
		/* Between two results that fit, everything fits. */
		if ((s2 == ENF_OK && p1 >= 0 && s1 != ENF_OK) ||
		    (s1 == ENF_OK && p2 <= 0 && s2 != ENF_OK))
			CASE_FAIL("percent", i, "overflow inside the range");
	}
}

/* ---------------------------------------------------------------------- */
/* Merging reports                                                         */

#define MAXPARTS 7

typedef struct blob {
	char *p;
	size_t n;
} blob;

static blob bytes_of(const enf_stats_report *rep)
{
	blob b = {NULL, 0};

	assert_int_equal(enf_stats_report_to_bytes(&b.p, &b.n, rep), ENF_OK);
	return b;
}

static void assert_same_report(int i, const char *how,
			       const enf_stats_report *got,
			       const enf_stats_report *want)
{
	blob a = bytes_of(got), b = bytes_of(want);
	char *ja = NULL, *jb = NULL;

	if (a.n != b.n || memcmp(a.p, b.p, a.n) != 0)
		CASE_FAIL("merge", i, "%s: the bytes differ", how);
	assert_int_equal(enf_stats_report_to_json(&ja, NULL, got), ENF_OK);
	assert_int_equal(enf_stats_report_to_json(&jb, NULL, want), ENF_OK);
	if (strcmp(ja, jb) != 0)
		CASE_FAIL("merge", i, "%s: the JSON differs", how);
	enf_io_free(a.p);
	enf_io_free(b.p);
	enf_io_free(ja);
	enf_io_free(jb);
}

static enf_stats_report *empty(const enf_period *p)
{
	enf_stats_report *rep = NULL;

	assert_int_equal(enf_stats_report_new(&rep, "LS", p), ENF_OK);
	return rep;
}

static enf_stats_report *clone(const enf_stats_report *src, const enf_period *p)
{
	enf_stats_report *rep = empty(p);

	assert_int_equal(enf_stats_report_merge(rep, src), ENF_OK);
	return rep;
}

static void shuffle(rng *r, size_t *v, size_t n)
{
	for (size_t k = n; k > 1; k--) {
		size_t j = (size_t)below(r, k), t = v[k - 1];

		v[k - 1] = v[j];
		v[j] = t;
	}
}

/* Splits the cases idx[0..n) into k parts, and checks every way of
 * merging them against whole. */
static void check_merges(int i, rng *r, const size_t *idx, size_t n, size_t k,
			 const enf_period *p, const enf_stats_report *whole)
{
	enf_stats_report *parts[MAXPARTS], *acc, *list[MAXPARTS];
	size_t order[MAXPARTS], live = k;

	for (size_t j = 0; j < k; j++)
		parts[j] = empty(p);
	for (size_t c = 0; c < n; c++) {
		enf_case *cs = NULL;

		assert_int_equal(enf_register_at(&cs, in.sample, idx[c]),
				 ENF_OK);
		assert_int_equal(
			enf_stats_report_add_case(parts[below(r, k)], cs),
			ENF_OK);
	}
	/* In order. */
	acc = empty(p);
	for (size_t j = 0; j < k; j++)
		assert_int_equal(enf_stats_report_merge(acc, parts[j]), ENF_OK);
	assert_same_report(i, "in order", acc, whole);
	enf_stats_report_free(acc);
	/* In a random order, into a copy of one part. */
	for (size_t j = 0; j < k; j++)
		order[j] = j;
	shuffle(r, order, k);
	acc = clone(parts[order[0]], p);
	for (size_t j = 1; j < k; j++)
		assert_int_equal(enf_stats_report_merge(acc, parts[order[j]]),
				 ENF_OK);
	assert_same_report(i, "random order", acc, whole);
	enf_stats_report_free(acc);
	/* (a + b) + c against a + (b + c). */
	if (k >= 3) {
		enf_stats_report *ab = clone(parts[0], p),
				 *bc = clone(parts[1], p);

		assert_int_equal(enf_stats_report_merge(ab, parts[1]), ENF_OK);
		assert_int_equal(enf_stats_report_merge(ab, parts[2]), ENF_OK);
		assert_int_equal(enf_stats_report_merge(bc, parts[2]), ENF_OK);
		acc = clone(parts[0], p);
		assert_int_equal(enf_stats_report_merge(acc, bc), ENF_OK);
		assert_same_report(i, "associativity", ab, acc);
		enf_stats_report_free(ab);
		enf_stats_report_free(bc);
		enf_stats_report_free(acc);
	}
	/* Random groupings: merge two random reports until one is left. */
	for (size_t j = 0; j < k; j++)
		list[j] = clone(parts[j], p);
	while (live > 1) {
		size_t a = (size_t)below(r, live),
		       b = (size_t)below(r, live - 1);

		if (b >= a)
			b++;
		assert_int_equal(enf_stats_report_merge(list[a], list[b]),
				 ENF_OK);
		enf_stats_report_free(list[b]);
		list[b] = list[--live];
	}
	assert_same_report(i, "random grouping", list[0], whole);
	enf_stats_report_free(list[0]);
	for (size_t j = 0; j < k; j++)
		enf_stats_report_free(parts[j]);
}

static void test_properties__merge(void **state)
{
	size_t total = enf_register_count(in.sample);
	size_t *idx = malloc(total * sizeof(*idx));

	(void)state;
	assert_non_null(idx);
	for (int i = 0; i < 150; i++) {
		rng r = case_rng(4, i);
		enf_period p;
		enf_stats_report *whole;
		/* Two cases over the whole sample, the others over 1..200 of
		 * its cases. */
		size_t n = i < 2 ? total : 1 + (size_t)below(&r, 200);
		size_t k = 1 + (size_t)below(&r, MAXPARTS);

		assert_int_equal(enf_report_cumulative(&p,
						       2024 + (int)below(&r, 2),
						       1 + (int)below(&r, 12)),
				 ENF_OK);
		for (size_t c = 0; c < total; c++)
			idx[c] = c;
		shuffle(&r, idx, total);
		whole = empty(&p);
		if (n == total) {
			assert_int_equal(enf_stats_report_add_register(
						 whole, in.sample, NULL),
					 ENF_OK);
		} else {
			for (size_t c = 0; c < n; c++) {
				enf_case *cs = NULL;

				assert_int_equal(
					enf_register_at(&cs, in.sample, idx[c]),
					ENF_OK);
				assert_int_equal(
					enf_stats_report_add_case(whole, cs),
					ENF_OK);
			}
		}
		assert_int_equal(enf_stats_report_check(whole), ENF_OK);
		/* The parts are counted in another order. */
		shuffle(&r, idx, n);
		check_merges(i, &r, idx, n, k, &p, whole);
		enf_stats_report_free(whole);
	}
	free(idx);
}

/* ---------------------------------------------------------------------- */
/* Auction replay                                                          */

static void assert_same_state(int i, const enf_auction *a, const enf_auction *b)
{
	enf_auction_state x, y;

	assert_int_equal(enf_auction_state_get(&x, a), ENF_OK);
	assert_int_equal(enf_auction_state_get(&y, b), ENF_OK);
	if (x.phase != y.phase || x.round != y.round || x.cuts != y.cuts ||
	    x.value != y.value || x.price != y.price ||
	    x.lowest_bid != y.lowest_bid || x.deposit != y.deposit ||
	    x.next_min != y.next_min || x.proceeds != y.proceeds ||
	    x.offer_open != y.offer_open || x.at_floor != y.at_floor ||
	    x.below_secured != y.below_secured || x.date != y.date ||
	    x.next_date != y.next_date)
		CASE_FAIL("replay", i,
			  "states differ: phase %d/%d round %d/%d price "
			  "%" PRId64 "/%" PRId64 " next_min %" PRId64
			  "/%" PRId64 " date %ld/%ld next %ld/%ld",
			  (int)x.phase, (int)y.phase, (int)x.round,
			  (int)y.round, x.price, y.price, x.next_min,
			  y.next_min, (long)x.date, (long)y.date,
			  (long)x.next_date, (long)y.next_date);
}

static char *csv_of(const enf_auction *sale)
{
	char *t = NULL;

	assert_int_equal(enf_auction_to_csv(&t, NULL, sale), ENF_OK);
	return t;
}

static int ended(enf_auction_phase ph)
{
	return ph >= ENF_PHASE_SOLD;
}

/* A random event that the state may allow. */
static enf_auction_event pick_event(rng *r, const enf_auction_state *s,
				    const enf_auction_options *o)
{
	enf_auction_event e = {ENF_AUCTION_FAILED, ENF_DATE_NONE, 0};
	uint64_t x = below(r, 100);
	enf_money redeem =
		o->debt > INT64_MAX - o->costs ? INT64_MAX : o->debt + o->costs;
	enf_money bid_hi = s->lowest_bid > INT64_MAX - s->price / 4 - 1
				   ? INT64_MAX
				   : s->lowest_bid + s->price / 4 + 1;

	switch (s->phase) {
	case ENF_PHASE_READY:
		if (x < 80) {
			e.kind = ENF_AUCTION_FAILED;
		} else if (x < 92) {
			e.kind = ENF_AUCTION_SOLD;
			e.amount = between(r, s->lowest_bid, bid_hi);
		} else if (x < 96) {
			e.kind = ENF_AUCTION_REDEEMED;
			e.amount = redeem - (int64_t)below(r, 2) +
				   (redeem < INT64_MAX - 1000
					    ? (int64_t)below(r, 1000)
					    : 0);
		} else {
			e.kind = ENF_AUCTION_WITHDRAWN;
		}
		break;
	case ENF_PHASE_FAILED:
		if (x < 45 && s->next_min > 0 && s->next_min < s->price) {
			e.kind = ENF_AUCTION_CUT;
			e.amount = between(r, s->next_min, s->price - 1);
		} else if (x < 70 && s->next_min > 0) {
			/* The lowest lawful price: always allowed. */
			e.kind = ENF_AUCTION_CUT;
			e.amount = s->next_min;
		} else if (x < 75) {
			e.kind = ENF_AUCTION_REAPPRAISED;
			e.amount = between(r, s->value / 2 + 1, s->value);
		} else if (x < 90) {
			e.kind = ENF_AUCTION_RETURNED;
		} else if (x < 96) {
			e.kind = ENF_AUCTION_SOLD;
			e.amount = between(r, s->lowest_bid, s->price);
		} else {
			e.kind = ENF_AUCTION_CUT;
			e.amount = s->next_min > 1 ? s->next_min - 1 : 1;
		}
		break;
	case ENF_PHASE_OFFERED:
		e.kind = x < 75	  ? ENF_AUCTION_DECLINED
			 : x < 95 ? ENF_AUCTION_ACCEPTED
				  : ENF_AUCTION_REDEEMED;
		if (e.kind == ENF_AUCTION_REDEEMED)
			e.amount = redeem;
		break;
	default: /* REDEEM */
		e.kind = x < 85 ? ENF_AUCTION_TAKEN : ENF_AUCTION_REDEEMED;
		if (e.kind == ENF_AUCTION_REDEEMED)
			e.amount = redeem;
		break;
	}
	if (o->start != ENF_DATE_NONE) {
		enf_date base =
			s->next_date != ENF_DATE_NONE ? s->next_date : s->date;

		/* Mostly the earliest date; sometimes later, or too early. */
		e.date = base + (below(r, 2) ? 0 : (int32_t)below(r, 20));
		if (below(r, 30) == 0)
			e.date = base - 1;
	}
	return e;
}

static void random_options(rng *r, enf_auction_options *o)
{
	/* Mostly realistic values, sometimes anything up to INT64_MAX. */
	o->value = below(r, 4) == 0 ? between(r, 1, INT64_MAX)
				    : 1000000 + scaled(r, 1000000000000LL);
	o->costs = below(r, 3) ? between(r, 0, o->value / 3) : 0;
	o->debt = between(r, 1, o->value);
	o->secured = below(r, 4) == 0 ? between(r, 0, o->value) : 0;
	o->prior = below(r, 5) == 0 ? between(r, 0, o->value / 2) : 0;
	o->real_estate = (int)below(r, 2);
	o->state_budget = below(r, 5) == 0;
	if (below(r, 2)) {
		o->start = ymd(2016, 1, 4) + (enf_date)below(r, 12 * 365);
		o->calendar = in.cal;
	} else {
		o->start = ENF_DATE_NONE;
		o->calendar = NULL;
	}
}

static void test_properties__auction_replay(void **state)
{
	size_t planned = 0, driven = 0, refused = 0, applied = 0;

	(void)state;
	for (int i = 0; i < 500; i++) {
		rng r = case_rng(5, i);
		const enf_auction_rules *rules = in.rules[below(&r, in.nrules)];
		enf_auction_options o = ENF_AUCTION_OPTIONS_INIT;
		enf_auction *sale = NULL, *again = NULL, *third = NULL;
		enf_auction_event evs[64];
		size_t nev = 0;
		char *csv, *csv2, *csv3, *j1 = NULL, *j2 = NULL;
		enf_status st;

		random_options(&r, &o);
		st = enf_auction_new(&sale, rules, &o);
		if (st != ENF_OK)
			CASE_FAIL("replay", i, "new: %s", enf_last_error());
		if (below(&r, 3) == 0) {
			enf_auction_policy pol = ENF_AUCTION_POLICY_INIT;

			pol.cut_ppm =
				below(&r, 3) ? (int64_t)below(&r, 200001) : 0;
			pol.creditor_accepts = below(&r, 4) == 0;
			pol.max_rounds =
				below(&r, 6) ? 1 + (int32_t)below(&r, 12) : 0;
			char *before = csv_of(sale), *after;

			st = enf_auction_plan(sale, &pol);
			/* A plan of a thousand rounds may run past the
			 * calendar (2100): refused, the sale unchanged. */
			if (st == ENF_ERANGE && o.start != ENF_DATE_NONE) {
				after = csv_of(sale);
				if (strcmp(before, after) != 0)
					CASE_FAIL("replay", i,
						  "a refused plan changed the "
						  "sale");
				enf_io_free(after);
				st = ENF_OK;
			}
			enf_io_free(before);
			if (st != ENF_OK)
				CASE_FAIL("replay", i, "plan: %s",
					  enf_last_error());
			planned++;
		} else {
			for (int k = 0; k < 60 && nev < 64; k++) {
				enf_auction_state s;
				enf_auction_event e;
				char *before, *after;

				assert_int_equal(
					enf_auction_state_get(&s, sale),
					ENF_OK);
				if (ended(s.phase))
					break;
				e = pick_event(&r, &s, &o);
				before = csv_of(sale);
				if (enf_auction_apply(sale, &e) == ENF_OK) {
					evs[nev++] = e;
					applied++;
				} else {
					enf_auction_state t;

					/* next_min is a lawful price, and
					 * next_date a lawful date. */
					if (e.kind == ENF_AUCTION_CUT &&
					    s.phase == ENF_PHASE_FAILED &&
					    s.next_min > 0 &&
					    e.amount == s.next_min &&
					    (e.date == ENF_DATE_NONE ||
					     e.date >= s.next_date))
						CASE_FAIL("replay", i,
							  "a cut to next_min "
							  "was refused: %s",
							  enf_last_error());
					refused++;
					after = csv_of(sale);
					assert_int_equal(
						enf_auction_state_get(&t, sale),
						ENF_OK);
					if (strcmp(before, after) != 0 ||
					    t.phase != s.phase ||
					    t.price != s.price ||
					    t.date != s.date)
						CASE_FAIL("replay", i,
							  "a refused event "
							  "changed the sale");
					enf_io_free(after);
				}
				enf_io_free(before);
			}
			driven++;
		}
		csv = csv_of(sale);
		assert_int_equal(enf_auction_new(&again, rules, &o), ENF_OK);
		st = enf_auction_replay_csv(again, csv);
		if (st != ENF_OK)
			CASE_FAIL("replay", i, "replay_csv: %s\n%s",
				  enf_last_error(), csv);
		csv2 = csv_of(again);
		if (strcmp(csv, csv2) != 0)
			CASE_FAIL("replay", i, "the CSV differs:\n%s\n---\n%s",
				  csv, csv2);
		assert_same_state(i, sale, again);
		assert_int_equal(enf_auction_count(sale),
				 enf_auction_count(again));
		assert_int_equal(enf_auction_to_json(&j1, NULL, sale), ENF_OK);
		assert_int_equal(enf_auction_to_json(&j2, NULL, again), ENF_OK);
		if (strcmp(j1, j2) != 0)
			CASE_FAIL("replay", i, "the JSON differs");
		if (nev > 0) {
			assert_int_equal(enf_auction_new(&third, rules, &o),
					 ENF_OK);
			st = enf_auction_replay(third, evs, nev);
			if (st != ENF_OK)
				CASE_FAIL("replay", i, "replay: %s",
					  enf_last_error());
			csv3 = csv_of(third);
			if (strcmp(csv, csv3) != 0)
				CASE_FAIL("replay", i,
					  "replayed events differ");
			assert_same_state(i, sale, third);
			enf_io_free(csv3);
		}
		enf_io_free(csv);
		enf_io_free(csv2);
		enf_io_free(j1);
		enf_io_free(j2);
		enf_auction_free(sale);
		enf_auction_free(again);
		enf_auction_free(third);
	}
	print_message("auction replay: %zu planned, %zu driven by %zu events "
		      "(%zu refused)\n",
		      planned, driven, applied, refused);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_properties__allocate),
		cmocka_unit_test(test_properties__rate_monotone),
		cmocka_unit_test(test_properties__percent_monotone),
		cmocka_unit_test(test_properties__merge),
		cmocka_unit_test(test_properties__auction_replay),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
