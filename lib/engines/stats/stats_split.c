/*
 * Restating an indicator table onto the successors of a split unit: the
 * table is divided in binary steps (each successor against the rest) with
 * largest-remainder shares placed inside bounds that keep every group
 * between 0 and the ALL row, so the parts sum to the whole cell by cell and
 * each part keeps the identities of stats.h. Used by enf_org_rollup().
 */
#include "internal.h"
#include "text.h"
#include "stats_internal.h"

#include <string.h>

/* ---------------------------------------------------------------------- */
/* Splitting a table                                                       */

typedef int64_t enf__tab[ENF_GROUP_COUNT][ENF_IND_COUNT];

static const int enf__end_rows[] = {ENF_IND_ENTRUSTED,
				    ENF_IND_WITHDRAWN,
				    ENF_IND_DONE,
				    ENF_IND_BEING_ENFORCED,
				    ENF_IND_POSTPONED_AGREEMENT,
				    ENF_IND_WITH_MEANS_OTHER,
				    ENF_IND_WITHOUT_MEANS,
				    ENF_IND_SEPARATE_BOOK,
				    ENF_IND_RETURNED};
#define ENF__NEND (sizeof(enf__end_rows) / sizeof(enf__end_rows[0]))
/* The groups placed within all when a table is split; request is all
 * less agency. */
static const int enf__subgroups[] = {ENF_GROUP_AGENCY, ENF_GROUP_BANK_CREDIT,
				     ENF_GROUP_CORRUPTION,
				     ENF_GROUP_ADMINISTRATIVE};
#define ENF__NSUB (sizeof(enf__subgroups) / sizeof(enf__subgroups[0]))

/* The share of x (>= 0) for the first of two weights by the largest
 * remainder (enf_money_allocate); the shares of x by a and by b never
 * exceed a and b when x <= a + b. */
static int64_t enf__share(int64_t x, int64_t a, int64_t b)
{
	const int64_t w[2] = {a, b};
	enf_money parts[2] = {0, 0};

	if (x == 0 || a == 0)
		return 0;
	if (b == 0)
		return x;
	(void)enf_money_allocate(parts, x, w, 2);
	return parts[0];
}

static enf__i128 enf__floor2(enf__i128 v)
{
	return v >= 0 ? v / 2 : -((-v + 1) / 2);
}

static enf__i128 enf__clamp(enf__i128 v, enf__i128 lo, enf__i128 hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* What the first half P of a split knows of one group: its total, the
 * least and most it can take of the group's end rows (within the halves
 * of all's), and the whole group's total and carried over. */
typedef struct enf__half {
	enf__i128 t, tmin, tmax, total, co;
} enf__half;

/* The range of c (all's carried over in P) that leaves sub-group h a
 * total t in P and a carried-over part x in P such that, in both halves,
 * every row of the group lies between 0 and the row of all; pa and qa are
 * all's totals in P and Q, ca its carried over. The conditions, with
 * t_Q = total - t: t >= c + co - ca; t >= ca - co - qa + total - c;
 * t <= co + pa - c; t <= c + total - co; tmin <= t <= tmax. */
static void enf__sub_range(enf__i128 *lo, enf__i128 *hi, const enf__half *h,
			   enf__i128 pa, enf__i128 qa, enf__i128 ca)
{
	enf__i128 l[3], u[3];

	l[0] = -enf__floor2(-(ca - qa)); /* 2c >= ca - qa */
	l[1] = ca - h->co - qa + h->total - h->tmax;
	l[2] = h->tmin - h->total + h->co;
	u[0] = enf__floor2(ca + pa); /* 2c <= ca + pa */
	u[1] = h->tmax - h->co + ca;
	u[2] = h->co + pa - h->tmin;
	for (int i = 0; i < 3; i++) {
		*lo = l[i] > *lo ? l[i] : *lo;
		*hi = u[i] < *hi ? u[i] : *hi;
	}
}

/* The range of t, sub-group h's total in P, once c is chosen. */
static void enf__sub_total(enf__i128 *lo, enf__i128 *hi, const enf__half *h,
			   enf__i128 c, enf__i128 pa, enf__i128 qa,
			   enf__i128 ca)
{
	*lo = c + h->co - ca;
	if (ca - h->co - qa + h->total - c > *lo)
		*lo = ca - h->co - qa + h->total - c;
	if (h->tmin > *lo)
		*lo = h->tmin;
	*hi = h->co + pa - c;
	if (c + h->total - h->co < *hi)
		*hi = c + h->total - h->co;
	if (h->tmax < *hi)
		*hi = h->tmax;
}

/* Sub-group g's end rows in P summing to t (the group's total is at
 * least t), each between what Q's row of all cannot hold and what P's can
 * (lo and hi): t shared in proportion to the group's rows, each moved into
 * its range, and the difference shared in proportion to the room left,
 * never past it (largest remainder both times). */
static void enf__place_rows(enf__tab p, enf__tab w, int g, enf__i128 t)
{
	int64_t lo[ENF__NEND], hi[ENF__NEND], rows[ENF__NEND], v[ENF__NEND];
	int64_t room[ENF__NEND], extra[ENF__NEND];
	enf__i128 sum = 0, diff;

	for (size_t k = 0; k < ENF__NEND; k++) {
		int r = enf__end_rows[k];
		int64_t pr = p[ENF_GROUP_ALL][r], qr = w[ENF_GROUP_ALL][r] - pr;

		rows[k] = w[g][r];
		lo[k] = rows[k] > qr ? rows[k] - qr : 0;
		hi[k] = rows[k] < pr ? rows[k] : pr;
		v[k] = 0;
	}
	if (t > 0)
		(void)enf_money_allocate(v, (int64_t)t, rows, ENF__NEND);
	for (size_t k = 0; k < ENF__NEND; k++) {
		v[k] = v[k] < lo[k] ? lo[k] : v[k] > hi[k] ? hi[k] : v[k];
		sum += v[k];
	}
	diff = t - sum; /* t lies within the sums of lo and hi */
	if (diff != 0) {
		for (size_t k = 0; k < ENF__NEND; k++)
			room[k] = diff > 0 ? hi[k] - v[k] : v[k] - lo[k];
		(void)enf_money_allocate(extra,
					 (int64_t)(diff > 0 ? diff : -diff),
					 room, ENF__NEND);
		for (size_t k = 0; k < ENF__NEND; k++)
			v[k] += diff > 0 ? extra[k] : -extra[k];
	}
	for (size_t k = 0; k < ENF__NEND; k++)
		p[g][enf__end_rows[k]] = v[k];
}

/* What the rows of all in P (p) allow of the sub-groups: fills h and the
 * range [clo, chi] of all's carried over in P; returns chi - clo. */
static enf__i128 enf__c_range(enf__half *h, enf__i128 *clo, enf__i128 *chi,
			      enf__tab p, enf__tab w)
{
	const int all = ENF_GROUP_ALL;
	enf__i128 pa = 0, qa = 0, ca = w[all][ENF_IND_CARRIED_OVER];

	memset(h, 0, ENF_GROUP_COUNT * sizeof(*h));
	for (size_t k = 0; k < ENF__NEND; k++) {
		int r = enf__end_rows[k];
		int64_t pr = p[all][r], qr = w[all][r] - pr;

		pa += pr;
		qa += qr;
		for (size_t s = 0; s < ENF__NSUB; s++) {
			int g = enf__subgroups[s];

			h[g].total += w[g][r];
			h[g].tmin += w[g][r] > qr ? w[g][r] - qr : 0;
			h[g].tmax += w[g][r] < pr ? w[g][r] : pr;
		}
	}
	h[all].t = pa;
	h[all].total = pa + qa;
	/* c and its rest in Q within the totals; then what every sub-group
	 * allows. */
	*clo = ca - qa > 0 ? ca - qa : 0;
	*chi = pa < ca ? pa : ca;
	for (size_t s = 0; s < ENF__NSUB; s++) {
		enf__half *hg = &h[enf__subgroups[s]];

		hg->co = w[enf__subgroups[s]][ENF_IND_CARRIED_OVER];
		enf__sub_range(clo, chi, hg, pa, qa, ca);
	}
	return *chi - *clo;
}

/* Moves units of all's end rows in P, one at a time, from row to row (or
 * in or out of P) while that widens the range of c, until it is not
 * empty; 0 then, else -1. Only tables that no set of cases could give
 * (or tiny ones) come here. */
static int enf__widen(enf__half *h, enf__i128 *clo, enf__i128 *chi, enf__tab p,
		      enf__tab w)
{
	const int all = ENF_GROUP_ALL;
	enf__i128 room = *chi - *clo;

	for (int step = 0; room < 0 && step < 64; step++) {
		int best = -1, from = 0, to = 0;

		/* from, to: an end row's index, or ENF__NEND for outside P */
		for (int i = 0; i <= (int)ENF__NEND; i++)
			for (int j = 0; j <= (int)ENF__NEND; j++) {
				int ri = i < (int)ENF__NEND ? enf__end_rows[i]
							    : -1,
				    rj = j < (int)ENF__NEND ? enf__end_rows[j]
							    : -1;
				enf__i128 r;

				if (i == j || (ri >= 0 && p[all][ri] == 0) ||
				    (rj >= 0 && p[all][rj] == w[all][rj]))
					continue;
				if (ri >= 0)
					p[all][ri]--;
				if (rj >= 0)
					p[all][rj]++;
				r = enf__c_range(h, clo, chi, p, w);
				if (ri >= 0)
					p[all][ri]++;
				if (rj >= 0)
					p[all][rj]--;
				if (r > room) {
					room = r, best = 1, from = ri, to = rj;
				}
			}
		if (best < 0)
			break;
		if (from >= 0)
			p[all][from]--;
		if (to >= 0)
			p[all][to]++;
	}
	(void)enf__c_range(h, clo, chi, p, w);
	return room < 0 ? -1 : 0;
}

/*
 * Splits one measure of a table w into the first half p by weights a:b
 * (a + b > 0); the second half is w - p. Every relation of the table holds
 * in both halves: the identities, agency + request = all, the other
 * groups at most all row by row, nothing negative. Returns 0, or -1 when
 * no halves near the weights were found (p undefined).
 *
 * Splitting each row by itself would not do: carried over 1, received 1
 * and done 2 split 1:1 give the first half 1, 1 and 1, and its "to
 * enforce" (2) is no longer with means + without means + ... (1). So:
 * - P's total of all is its share by the weights, and is shared among
 *   all's end rows (entrusted ... returned) in proportion to them
 *   (enf_money_allocate both times).
 * - All's carried over in P, c, is its share, moved into the range that
 *   every group allows (one integer, so intervals; enf__widen() when it
 *   is empty); received is the rest.
 * - Agency and the other sub-groups in turn: the total in P is its share,
 *   moved into its range given c; the end rows are placed within all's
 *   (enf__place_rows); the carried over is its share within its bounds.
 *   Request is all less agency.
 */
static int enf__split_half(enf__tab p, enf__tab w, int64_t a, int64_t b)
{
	const int all = ENF_GROUP_ALL, co = ENF_IND_CARRIED_OVER,
		  re = ENF_IND_RECEIVED;
	enf__half h[ENF_GROUP_COUNT];
	int64_t rows[ENF__NEND], part[ENF__NEND], total = 0;
	enf__i128 pa, qa, ca = w[all][co], clo, chi, c, x, lo, hi;

	memset(p, 0, sizeof(enf__tab));
	for (size_t k = 0; k < ENF__NEND; k++) {
		rows[k] = w[all][enf__end_rows[k]];
		total += rows[k]; /* at most the valid total */
	}
	pa = enf__share(total, a, b);
	if (pa > 0) {
		(void)enf_money_allocate(part, (int64_t)pa, rows, ENF__NEND);
		for (size_t k = 0; k < ENF__NEND; k++)
			p[all][enf__end_rows[k]] = part[k];
	}
	if (enf__c_range(h, &clo, &chi, p, w) < 0 &&
	    enf__widen(h, &clo, &chi, p, w) != 0)
		return -1;
	pa = h[all].t;
	qa = h[all].total - pa;
	c = enf__clamp(enf__share(w[all][co], a, b), clo, chi);
	p[all][co] = (int64_t)c;
	p[all][re] = (int64_t)(pa - c);

	for (size_t s = 0; s < ENF__NSUB; s++) {
		int g = enf__subgroups[s];
		enf__i128 t;

		enf__sub_total(&lo, &hi, &h[g], c, pa, qa, ca);
		t = enf__clamp(enf__share((int64_t)h[g].total, a, b), lo, hi);
		enf__place_rows(p, w, g, t);
		/* Its carried over in P: x and the rest within [0, the
		 * group's totals] and at most all's, in P and in Q. */
		lo = h[g].co - (h[g].total - t);
		lo = lo > 0 ? lo : 0;
		lo = t - pa + c > lo ? t - pa + c : lo;
		lo = h[g].co - ca + c > lo ? h[g].co - ca + c : lo;
		hi = t < h[g].co ? t : h[g].co;
		hi = c < hi ? c : hi;
		x = c + qa - ca - (h[g].total - t) + h[g].co;
		hi = x < hi ? x : hi;
		x = enf__clamp(enf__share(w[g][co], a, b), lo, hi);
		p[g][co] = (int64_t)x;
		p[g][re] = (int64_t)(t - x);
	}
	for (int r = 0; r < ENF_IND_COUNT; r++)
		p[ENF_GROUP_REQUEST][r] = p[all][r] - p[ENF_GROUP_AGENCY][r];
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		enf__stats_derive(p[g]);
	return 0;
}

/*
 * Splits cells into n parts by weights (sum > 0): the first part against
 * the others, then the next against the rest, each by enf__split_half();
 * a measure for which no halves near the weights keep the relations goes
 * whole to the heavier side (the first on a tie). Tables counted from
 * cases never came to that in random trials; tables no set of cases could
 * give may (e.g. one carried-over case that each sub-group ends in a
 * different row: only all or nothing keeps the relations). The parts sum
 * to the whole, cell by cell.
 */
void enf__split_cells(enf__stats_cells *parts, const enf__stats_cells *whole,
		      const int64_t *weights, size_t n)
{
	enf__stats_cells rest = *whole;
	int64_t after = 0;

	for (size_t i = 0; i < n; i++)
		after += weights[i];
	for (size_t i = 0; i < n; i++) {
		after -= weights[i];
		memset(&parts[i], 0, sizeof(parts[i]));
		if (i + 1 == n || after == 0) {
			parts[i] = rest;
			memset(&rest, 0, sizeof(rest));
			continue;
		}
		for (int m = 0; m < ENF__MEASURE_COUNT; m++) {
			enf__tab w, p;

			for (int g = 0; g < ENF_GROUP_COUNT; g++)
				memcpy(w[g], rest.v[g][m], sizeof(w[g]));
			if (weights[i] == 0)
				memset(p, 0, sizeof(p));
			else if (enf__split_half(p, w, weights[i], after) !=
				 0) {
				if (weights[i] >= after)
					memcpy(p, w, sizeof(p));
				else
					memset(p, 0, sizeof(p));
			}
			for (int g = 0; g < ENF_GROUP_COUNT; g++)
				for (int r = 0; r < ENF_IND_COUNT; r++) {
					parts[i].v[g][m][r] = p[g][r];
					rest.v[g][m][r] -= p[g][r];
				}
		}
	}
}
