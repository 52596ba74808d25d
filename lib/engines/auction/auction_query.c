/*
 * Inverse queries of auction.h: pure functions of a rule set, in exact
 * integer arithmetic, on the same lawful ranges as the engine
 * (enf__auc_range in auction_state.c).
 *
 * The ladder of lowest prices: auction 1 at ceil(lo x value) of the round-1
 * rule, then each round at the lowest lawful price after the one before.
 *
 * The first price of a sale seen at price X after k cuts: for a fixed
 * value V and first price P0, the prices lawful after each cut form an
 * interval (the union over the previous interval of each price's range,
 * whose ends move by at most one unit per unit of price), and its ends
 * do not decrease as P0 or V grow. So the first prices that can lead to X
 * form an interval too, found by binary search on int64 at both ends.
 */
#include "auction_engine.h"

#include <inttypes.h>
#include <stdio.h>

/* An interval of prices; empty when lo > hi. */
typedef struct enf__span {
	enf_money lo, hi;
} enf__span;

static enf_status enf__auc_query_args(const char *fn,
				      const enf_auction_rules *rules,
				      enf_money value, const char *field)
{
	ENF__CHECK_NULL(fn, rules);
	if (value <= 0)
		return enf__fail(ENF_EINVALID,
				 "%s: %s is %" PRId64 "; it must be above 0",
				 fn, field, value);
	return ENF_OK;
}

/* Checks a number of cuts: 0..ENF__AUC_ROUND_CAP-1 (ENF_EINVALID) and
 * fewer than the auctions the rules allow (ENF_ENOTFOUND). */
static enf_status enf__auc_query_cuts(const char *fn,
				      const enf_auction_rules *rules,
				      int32_t cuts)
{
	if (cuts < 0 || cuts >= ENF__AUC_ROUND_CAP)
		return enf__fail(ENF_EINVALID, "%s: cuts is %d; it is 0..%d",
				 fn, (int)cuts, ENF__AUC_ROUND_CAP - 1);
	if (rules->max_rounds > 0 && cuts >= rules->max_rounds)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: cuts is %d; the rules allow %d auctions, "
				 "so at most %d cuts",
				 fn, (int)cuts, (int)rules->max_rounds,
				 (int)rules->max_rounds - 1);
	return ENF_OK;
}

/* 1 when round's rule is the last one and sets a share of the value: the
 * price stays where it is from there on. */
static int enf__auc_fixed_from(const enf_auction_rules *r, int32_t round)
{
	const enf__round_rule *last = &r->rounds[r->n_rounds - 1];

	return round >= last->from && last->mode == ENF__PRICE_OF_VALUE;
}

enf_status enf_auction_rounds_to_reach(int32_t *out,
				       const enf_auction_rules *rules,
				       enf_money value, enf_money target)
{
	static const char fn[] = "auction_rounds_to_reach";
	enf_money p, first, lo, hi;
	char m1[32], m2[32], m3[32];
	int32_t round;

	ENF__CHECK_NULL(fn, out);
	if (enf__auc_query_args(fn, rules, value, "value") != ENF_OK)
		return ENF_EINVALID;
	if (target < 0)
		return enf__fail(ENF_EINVALID,
				 "%s: target is %" PRId64
				 "; it must not be negative",
				 fn, target);
	if (enf__ratio_ceil(&p, value, rules->rounds[0].lo) != 0)
		return enf__fail(ENF_EOVERFLOW, "%s: value overflows", fn);
	first = p;
	for (round = 1; p > target; round++) {
		if ((rules->max_rounds > 0 && round >= rules->max_rounds) ||
		    round >= ENF__AUC_ROUND_CAP ||
		    enf__auc_range(&lo, &hi, rules, round + 1, value, first,
				   p) != 0 ||
		    (lo >= p && enf__auc_fixed_from(rules, round + 1)))
			return enf__fail(
				ENF_ENOTFOUND,
				"%s: target is %s; from the value %s "
				"the lowest lawful price goes no lower "
				"than %s, at auction %d",
				fn, enf__auc_money(m1, target),
				enf__auc_money(m2, value),
				enf__auc_money(m3, p), (int)round);
		p = lo;
	}
	*out = round;
	return ENF_OK;
}

/* The same ladder, but the first price is the base of every cut of the
 * first price: it is the round-1 lowest price. */
enf_status enf_auction_lowest_price(enf_money *out,
				    const enf_auction_rules *rules,
				    enf_money value, int32_t cuts)
{
	static const char fn[] = "auction_lowest_price";
	enf_money p, first, lo, hi;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	if (enf__auc_query_args(fn, rules, value, "value") != ENF_OK)
		return ENF_EINVALID;
	st = enf__auc_query_cuts(fn, rules, cuts);
	if (st != ENF_OK)
		return st;
	if (enf__ratio_ceil(&p, value, rules->rounds[0].lo) != 0)
		return enf__fail(ENF_EOVERFLOW, "%s: value overflows", fn);
	first = p;
	for (int32_t k = 1; k <= cuts; k++) {
		if (enf__auc_range(&lo, &hi, rules, k + 1, value, first, p) !=
		    0)
			return enf__fail(ENF_ENOTFOUND,
					 "%s: cuts is %d; no lawful cut "
					 "follows cut %d",
					 fn, (int)cuts, (int)k - 1);
		if (lo == p && enf__auc_fixed_from(rules, k + 1))
			break; /* the price stays */
		p = lo;
	}
	*out = p;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* First prices                                                            */

/* The prices lawful in round `round` after any price in s (empty when
 * none): the lower end from the lowest price that has a lawful range. */
static enf__span enf__auc_next_span(const enf_auction_rules *r, int32_t round,
				    enf_money value, enf_money first,
				    enf__span s)
{
	enf__span out = {1, 0};
	enf_money lo = 0, hi, l2, h2, a = s.lo;

	if (s.lo > s.hi ||
	    enf__auc_range(&l2, &hi, r, round, value, first, s.hi) != 0)
		return out;
	/* The smallest price in s with a lawful range: ranges exist from a
	 * threshold on (range(p) is monotone), found by doubling then
	 * halving. */
	if (enf__auc_range(&lo, &h2, r, round, value, first, a) != 0) {
		enf_money good = s.hi, bad = a;

		while (good - bad > 1) {
			enf_money mid = bad + (good - bad) / 2;

			if (enf__auc_range(&l2, &h2, r, round, value, first,
					   mid) == 0)
				good = mid;
			else
				bad = mid;
		}
		a = good;
		(void)enf__auc_range(&lo, &h2, r, round, value, first, a);
	}
	out.lo = lo;
	out.hi = hi;
	return out;
}

/* The prices lawful at auction cuts + 1 from value v and first price p0
 * (empty when the ladder breaks off). */
static enf__span enf__auc_reach(const enf_auction_rules *r, enf_money v,
				enf_money p0, int32_t cuts)
{
	enf__span s = {p0, p0};

	for (int32_t k = 1; k <= cuts && s.lo <= s.hi; k++) {
		enf__span n = enf__auc_next_span(r, k + 1, v, p0, s);

		if (n.lo == s.lo && n.hi == s.hi &&
		    enf__auc_fixed_from(r, k + 1))
			break;
		s = n;
	}
	return s;
}

/* Values whose round-1 range holds p0: [vmin, vmax]; 0, or -1 if none. */
static int enf__auc_values_of(enf_money *vmin, enf_money *vmax,
			      const enf_auction_rules *r, enf_money p0)
{
	enf__ratio lo = r->rounds[0].lo, hi = r->rounds[0].hi;
	enf__i128 a, b;

	if (hi.num <= 0)
		return -1;
	/* ceil(hi v) >= p0  <=>  v >= floor((p0 - 1) den / num) + 1 */
	a = (enf__i128)(p0 - 1) * hi.den / hi.num + 1;
	/* ceil(lo v) <= p0  <=>  v <= floor(p0 den / num) */
	b = lo.num > 0 ? (enf__i128)p0 * lo.den / lo.num : INT64_MAX;
	if (b > INT64_MAX)
		b = INT64_MAX;
	if (a > b)
		return -1;
	*vmin = (enf_money)a;
	*vmax = (enf_money)b;
	return 0;
}

/* The prices reached as enf__auc_reach(), but when the ladder from v and
 * p0 breaks off, from the nearest value (vary_v) or first price between
 * there and `to` whose ladder does not (the ladders keep going from that
 * one on towards `to`); empty when none does. */
static enf__span enf__auc_reach_live(const enf_auction_rules *r, enf_money v,
				     enf_money p0, int32_t cuts, int vary_v,
				     enf_money to)
{
	enf_money from = vary_v ? v : p0;
	enf__span s = enf__auc_reach(r, v, p0, cuts);

	if (s.lo <= s.hi || from == to)
		return s;
	s = enf__auc_reach(r, vary_v ? to : v, vary_v ? p0 : to, cuts);
	while (s.lo <= s.hi && from != to) {
		enf_money mid = from + (to - from) / 2;
		enf__span m = enf__auc_reach(r, vary_v ? mid : v,
					     vary_v ? p0 : mid, cuts);

		if (m.lo <= m.hi) {
			to = mid;
			s = m;
		} else {
			from = to > from ? mid + 1 : mid - 1;
		}
	}
	return s;
}

/* The first-price test: whether the lower end (low) or the upper end of
 * the prices reachable from p0 is at or below / at or above x: from the
 * lowest value of p0, or the highest that does not break the ladder off
 * (a share of a higher value may be above the price). */
static int enf__auc_p0_low_ok(const enf_auction_rules *r, enf_money p0,
			      int32_t cuts, enf_money x)
{
	enf_money vmin, vmax;
	enf__span s;

	if (enf__auc_values_of(&vmin, &vmax, r, p0) != 0)
		return 0;
	s = enf__auc_reach(r, vmin, p0, cuts);
	return s.lo <= s.hi && s.lo <= x;
}

static int enf__auc_p0_high_ok(const enf_auction_rules *r, enf_money p0,
			       int32_t cuts, enf_money x)
{
	enf_money vmin, vmax;
	enf__span s;

	if (enf__auc_values_of(&vmin, &vmax, r, p0) != 0)
		return 0;
	s = enf__auc_reach_live(r, vmax, p0, cuts, 1, vmin);
	return s.lo <= s.hi && s.hi >= x;
}

/* The same for a value: first price at its lowest (or the lowest that
 * does not break the ladder off) or highest. */
static int enf__auc_v_low_ok(const enf_auction_rules *r, enf_money v,
			     int32_t cuts, enf_money x)
{
	enf_money p0, top;
	enf__span s;

	if (enf__ratio_ceil(&p0, v, r->rounds[0].lo) != 0 ||
	    enf__ratio_ceil(&top, v, r->rounds[0].hi) != 0)
		return 0;
	if (p0 < 1)
		p0 = 1;
	s = enf__auc_reach_live(r, v, p0, cuts, 0, top);
	return s.lo <= s.hi && s.lo <= x;
}

static int enf__auc_v_high_ok(const enf_auction_rules *r, enf_money v,
			      int32_t cuts, enf_money x)
{
	enf_money p0;
	enf__span s;

	if (enf__ratio_ceil(&p0, v, r->rounds[0].hi) != 0 || p0 < 1)
		return 0;
	s = enf__auc_reach(r, v, p0, cuts);
	return s.lo <= s.hi && s.hi >= x;
}

typedef int (*enf__auc_test)(const enf_auction_rules *, enf_money, int32_t,
			     enf_money);

/* The smallest n in [lo, hi] with up(n) (which holds from some n on), or
 * -1 when none. */
static enf_money enf__auc_first_true(enf__auc_test up,
				     const enf_auction_rules *r, int32_t cuts,
				     enf_money x, enf_money lo, enf_money hi)
{
	if (!up(r, hi, cuts, x))
		return -1;
	while (lo < hi) {
		enf_money mid = lo + (hi - lo) / 2;

		if (up(r, mid, cuts, x))
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* The largest n in [lo, hi] with down(n) (which holds up to some n), or
 * -1 when none. */
static enf_money enf__auc_last_true(enf__auc_test down,
				    const enf_auction_rules *r, int32_t cuts,
				    enf_money x, enf_money lo, enf_money hi)
{
	if (!down(r, lo, cuts, x))
		return -1;
	while (lo < hi) {
		enf_money mid = hi - (hi - lo) / 2;

		if (down(r, mid, cuts, x))
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

/*
 * Cuts of the first price make the ends of the reachable prices move by
 * up to one unit per such cut as the first price grows (the rounding of
 * a share of it), so the binary search can stop short of the true bound.
 * Each rounding of a cut or of a share of the value is off by less than a
 * unit, and the ends grow with the first price at least at the slope s
 * (1, times 1 - hi for a cut of the previous price, less hi for a cut of
 * the first price, at most lo for a share of the value), so the bounds
 * are looked for in a window of about 2 x the roundings / s around the
 * search's result, price by price. 0 when no round of 2..cuts + 1 cuts
 * the first price (the ends are then monotone).
 */
#define ENF__AUC_WINDOW_CAP 4096

static enf_money enf__auc_window(const enf_auction_rules *r, int32_t cuts)
{
	int64_t k = 0, s = 1000000;
	int first = 0;
	enf_money w;

	for (int32_t round = 2; round <= cuts + 1; round++) {
		const enf__round_rule *rule = enf__auc_round_rule(r, round);
		enf_money q = 0;

		k++;
		if (rule->mode == ENF__PRICE_OF_VALUE) {
			(void)enf__ratio_floor(&q, 1000000, rule->lo);
			s = q < s ? q : s;
			continue;
		}
		(void)enf__ratio_ceil(&q, 1000000, rule->hi);
		if (rule->mode == ENF__CUT_OF_FIRST) {
			first = 1;
			s -= q;
		} else {
			s = s * (1000000 - q) / 1000000;
		}
	}
	if (!first)
		return 0;
	if (s <= 0)
		return ENF__AUC_WINDOW_CAP;
	w = (2 * k * 1000000 + s - 1) / s + 2;
	return w > ENF__AUC_WINDOW_CAP ? ENF__AUC_WINDOW_CAP : w;
}

/* The same window for values, whose first price is a share q of them. */
static enf_money enf__auc_value_window(enf_money w, enf__ratio q)
{
	enf__i128 v;

	if (w == 0)
		return 0;
	if (q.num <= 0)
		return ENF__AUC_WINDOW_CAP;
	v = (enf__i128)w * q.den / q.num + 2;
	return v > ENF__AUC_WINDOW_CAP ? ENF__AUC_WINDOW_CAP : (enf_money)v;
}

/* One axis of the search: first prices or values. */
typedef struct enf__auc_axis {
	enf__auc_test up;     /* the upper end reaches x (from some n on) */
	enf__auc_test down;   /* the lower end reaches x (up to some n) */
	enf_money lo, hi;     /* where to look */
	enf_money w_lo, w_hi; /* windows below and above (see above) */
} enf__auc_axis;

static int enf__auc_both(const enf__auc_axis *ax, const enf_auction_rules *r,
			 enf_money n, int32_t cuts, enf_money x)
{
	return ax->up(r, n, cuts, x) && ax->down(r, n, cuts, x);
}

static enf_money enf__auc_clamp(enf__i128 v, enf_money lo, enf_money hi)
{
	return v < lo ? lo : v > hi ? hi : (enf_money)v;
}

/* The smallest and largest n with both tests into *a and *b; 0, or -1
 * when there is none. */
static int enf__auc_bounds(enf_money *a, enf_money *b, const enf__auc_axis *ax,
			   const enf_auction_rules *r, int32_t cuts,
			   enf_money x)
{
	enf_money f, l, n, end;

	f = enf__auc_first_true(ax->up, r, cuts, x, ax->lo, ax->hi);
	if (f < 0)
		return -1;
	n = enf__auc_clamp((enf__i128)f - ax->w_lo, ax->lo, ax->hi);
	end = enf__auc_clamp((enf__i128)f + ax->w_hi, ax->lo, ax->hi);
	while (n < end && !enf__auc_both(ax, r, n, cuts, x))
		n++;
	if (!enf__auc_both(ax, r, n, cuts, x))
		return -1;
	*a = n;
	l = enf__auc_last_true(ax->down, r, cuts, x, n, ax->hi);
	n = enf__auc_clamp((enf__i128)l + ax->w_hi, ax->lo, ax->hi);
	end = enf__auc_clamp((enf__i128)l - ax->w_lo, *a, ax->hi);
	while (n > end && !enf__auc_both(ax, r, n, cuts, x))
		n--;
	*b = enf__auc_both(ax, r, n, cuts, x) ? n : *a;
	return 0;
}

/* 1 when a round of 2..cuts + 1 sets a share of the value: only then do
 * the prices reached depend on the value and not just the first price. */
static int enf__auc_uses_value(const enf_auction_rules *r, int32_t cuts)
{
	for (size_t i = 1; i < r->n_rounds; i++)
		if (r->rounds[i].mode == ENF__PRICE_OF_VALUE &&
		    r->rounds[i].from <= cuts + 1)
			return 1;
	return 0;
}

static enf_status enf__auc_none(const char *fn, int32_t cuts, enf_money x)
{
	char m[32];

	return enf__fail(ENF_ENOTFOUND,
			 "%s: price is %s; no first price leads to it "
			 "after %d lawful cuts",
			 fn, enf__auc_money(m, x), (int)cuts);
}

enf_status enf_auction_first_price_range(enf_auction_bounds *out,
					 const enf_auction_rules *rules,
					 int32_t cuts, enf_money price)
{
	static const char fn[] = "auction_first_price_range";
	enf_auction_bounds b;
	enf__auc_axis p0, v;
	enf_money pmax;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	if (enf__auc_query_args(fn, rules, price, "price") != ENF_OK)
		return ENF_EINVALID;
	st = enf__auc_query_cuts(fn, rules, cuts);
	if (st != ENF_OK)
		return st;
	if (enf__ratio_ceil(&pmax, INT64_MAX, rules->rounds[0].hi) != 0 ||
	    pmax < 1)
		return enf__auc_none(fn, cuts, price);
	p0.up = enf__auc_p0_high_ok;
	p0.down = enf__auc_p0_low_ok;
	p0.lo = 1;
	p0.hi = pmax;
	p0.w_lo = enf__auc_window(rules, cuts);
	p0.w_hi = p0.w_lo;
	v.up = enf__auc_v_high_ok;
	v.down = enf__auc_v_low_ok;
	v.lo = 1;
	v.hi = INT64_MAX;
	v.w_lo = enf__auc_value_window(p0.w_lo, rules->rounds[0].hi);
	v.w_hi = enf__auc_value_window(p0.w_hi, rules->rounds[0].lo);
	if (enf__auc_bounds(&b.first_lo, &b.first_hi, &p0, rules, cuts,
			    price) != 0)
		return enf__auc_none(fn, cuts, price);
	if (!enf__auc_uses_value(rules, cuts)) {
		/* The values whose first prices reach the ends of these (the
		 * tests found values for both). */
		enf_money unused;

		(void)enf__auc_values_of(&b.value_lo, &unused, rules,
					 b.first_lo);
		(void)enf__auc_values_of(&unused, &b.value_hi, rules,
					 b.first_hi);
	} else if (enf__auc_bounds(&b.value_lo, &b.value_hi, &v, rules, cuts,
				   price) != 0)
		return enf__auc_none(fn, cuts, price);
	*out = b;
	return ENF_OK;
}
