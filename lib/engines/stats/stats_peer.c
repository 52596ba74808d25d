/*
 * Other countries' court-statistics indicators computed from the same
 * data (stats.h; domain notes peers-and-rules §4):
 * - CEPEJ clearance rate = resolved / incoming x 100, and disposition
 *   time = 365 x pending at end / resolved, in days;
 * - CNJ congestion rate = pending / (resolved + pending) x 100;
 * - NCSC age of the active pending caseload, in buckets of days.
 *
 * The first three read the rows of a report by cases (mapping in
 * stats.h): incoming = received; resolved = done + entrusted + withdrawn
 * + separate book + returned; pending at end = carried to the next period
 * - separate book - returned. Rates are in hundredths of a percent and
 * days whole, each computed exactly in 128 bits and rounded once half-up;
 * an indicator whose denominator is 0 is -1.
 *
 * The age of a pending case is counted on a date for the cases open then:
 * received, voluntary, with means, without means, postponed or suspended
 * (not the separate book, not closed, and not a case with no event yet).
 * A case is aged from its decision event, or from the receipt of its
 * request or entrustment while it is undecided.
 */
#include "internal.h"
#include "case_internal.h"
#include "stats_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 100% in hundredths of a percent. */
#define ENF__HUNDRED_PCT 10000

/* Days in the CEPEJ year of the disposition time. */
#define ENF__YEAR_DAYS 365

/* The states in which a case is pending for its age (bit 1 << state). */
#define ENF__PENDING_STATES                                                    \
	((1u << ENF_STATE_RECEIVED) | (1u << ENF_STATE_VOLUNTARY) |            \
	 (1u << ENF_STATE_WITH_MEANS) | (1u << ENF_STATE_WITHOUT_MEANS) |      \
	 (1u << ENF_STATE_POSTPONED) | (1u << ENF_STATE_SUSPENDED))

/* ---------------------------------------------------------------------- */
/* CEPEJ and CNJ indicators of a report                                    */

/* num / den rounded half-up into *out, or -1 when den is 0; fails with
 * ENF_EOVERFLOW naming the indicator when the quotient passes 64 bits. */
static enf_status enf__ratio(int64_t *out, enf__i128 num, enf__i128 den,
			     const char *what, enf_stats_group group)
{
	enf_money q = 0;

	if (den == 0) {
		*out = -1;
		return ENF_OK;
	}
	if (enf__div_round(&q, num, den, ENF_ROUND_HALF_UP) != ENF_OK)
		return enf__fail(ENF_EOVERFLOW,
				 "stats_peer_indicators: the %s of group %s "
				 "overflows 64 bits",
				 what, enf__stats_group_tokens[group]);
	*out = q;
	return ENF_OK;
}

enf_status enf_stats_peer_indicators(enf_peer_indicators *out,
				     const enf_stats_report *rep,
				     enf_stats_group group)
{
	static const enf_indicator used[] = {
		ENF_IND_RECEIVED,     ENF_IND_DONE,	     ENF_IND_ENTRUSTED,
		ENF_IND_WITHDRAWN,    ENF_IND_SEPARATE_BOOK, ENF_IND_RETURNED,
		ENF_IND_CARRIED_NEXT,
	};
	int64_t v[ENF_IND_COUNT] = {0};
	enf__i128 incoming, resolved, pending;
	enf_peer_indicators r;
	enf_status st;

	ENF__CHECK_NULL("stats_peer_indicators", out);
	ENF__CHECK_NULL("stats_peer_indicators", rep);
	if ((unsigned)group >= ENF_GROUP_COUNT)
		return enf__fail(ENF_EINVALID,
				 "stats_peer_indicators: group is %d; not a "
				 "group",
				 (int)group);
	for (size_t i = 0; i < sizeof(used) / sizeof(used[0]); i++) {
		st = enf_stats_report_get(&v[used[i]], rep, group, ENF_BY_CASES,
					  used[i]);
		if (st != ENF_OK)
			return st;
		/* Reports are checked when made, so this guards against a
		 * report broken in memory rather than bad data. */
		if (v[used[i]] < 0)
			return enf__fail(ENF_EINVALID,
					 "stats_peer_indicators: row %s of "
					 "group %s is %lld, below 0",
					 enf__stats_row_tokens[used[i]],
					 enf__stats_group_tokens[group],
					 (long long)v[used[i]]);
	}
	incoming = v[ENF_IND_RECEIVED];
	resolved = (enf__i128)v[ENF_IND_DONE] + v[ENF_IND_ENTRUSTED] +
		   v[ENF_IND_WITHDRAWN] + v[ENF_IND_SEPARATE_BOOK] +
		   v[ENF_IND_RETURNED];
	pending = (enf__i128)v[ENF_IND_CARRIED_NEXT] -
		  v[ENF_IND_SEPARATE_BOOK] - v[ENF_IND_RETURNED];
	if (pending < 0)
		return enf__fail(ENF_EINVALID,
				 "stats_peer_indicators: in group %s, carried "
				 "to next period (%lld) is less than separate "
				 "book + returned",
				 enf__stats_group_tokens[group],
				 (long long)v[ENF_IND_CARRIED_NEXT]);
	st = enf__ratio(&r.clearance_rate, resolved * ENF__HUNDRED_PCT,
			incoming, "clearance rate", group);
	if (st == ENF_OK)
		st = enf__ratio(&r.disposition_days, pending * ENF__YEAR_DAYS,
				resolved, "disposition time", group);
	if (st == ENF_OK)
		st = enf__ratio(&r.congestion_rate, pending * ENF__HUNDRED_PCT,
				resolved + pending, "congestion rate", group);
	if (st == ENF_OK)
		*out = r;
	return st;
}

/* ---------------------------------------------------------------------- */
/* NCSC age of the active pending caseload                                 */

/* The day a case open on `date` is aged from: its decision event, else
 * the receipt of its request or entrustment (ENF_DATE_NONE if neither,
 * which an open case cannot be). Events are in date order. */
static enf_date enf__aged_from(const enf_case *c, enf_date date)
{
	enf_date received = ENF_DATE_NONE;

	for (size_t i = 0; i < c->nevents && c->events[i].date <= date; i++) {
		const enf__event *e = &c->events[i];

		if (e->kind == ENF_EV_DECISION_ISSUED)
			return e->date;
		if (received == ENF_DATE_NONE &&
		    (e->kind == ENF_EV_REQUEST_RECEIVED ||
		     e->kind == ENF_EV_ENTRUSTED_IN))
			received = e->date;
	}
	return received;
}

/* The bucket of an age: the first i with age <= bounds[i], else n. */
static size_t enf__bucket(int64_t age, const int32_t *bounds, size_t n)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (age <= bounds[mid])
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* Reports a failure of enf_register_filter() as this function's, keeping
 * its reason (which names the field of the filter). */
static enf_status enf__filter_fail(enf_status st)
{
	char why[512];

	(void)snprintf(why, sizeof(why), "%s", enf_last_error());
	return enf__fail(st, "stats_pending_age: %s", why);
}

enf_status enf_stats_pending_age(int64_t *counts, const int32_t *bounds,
				 size_t nbounds, const enf_register *reg,
				 const enf_filter *f, enf_date date)
{
	size_t n, kept = 0, *idx;
	enf_status st;

	ENF__CHECK_NULL("stats_pending_age", counts);
	ENF__CHECK_NULL("stats_pending_age", reg);
	if (bounds == NULL && nbounds > 0)
		return enf__fail(ENF_EINVALID,
				 "stats_pending_age: bounds is NULL but "
				 "nbounds is %zu",
				 nbounds);
	if (!enf__date_in_range(date))
		return enf__range_fail("stats_pending_age", "date", date);
	for (size_t i = 1; i < nbounds; i++)
		if (bounds[i] <= bounds[i - 1])
			return enf__fail(ENF_EINVALID,
					 "stats_pending_age: bounds[%zu] is "
					 "%ld, not above bounds[%zu] (%ld); "
					 "bounds must increase",
					 i, (long)bounds[i], i - 1,
					 (long)bounds[i - 1]);
	n = enf_register_count(reg);
	idx = malloc((n ? n : 1) * sizeof(*idx));
	if (idx == NULL)
		return enf__fail(ENF_ENOMEM,
				 "stats_pending_age: out of memory");
	st = enf_register_filter(idx, n, &kept, reg, f);
	if (st != ENF_OK) {
		free(idx);
		return enf__filter_fail(st);
	}
	/* Nothing fails from here on, so counts are written in place. */
	memset(counts, 0, (nbounds + 1) * sizeof(*counts));
	for (size_t i = 0; i < kept; i++) {
		enf_case *c = NULL;
		enf__replay rs;
		enf_date from;

		if (enf_register_at(&c, reg, idx[i]) != ENF_OK)
			continue; /* an index the filter gave: cannot fail */
		enf__replay_until(&rs, c, date);
		if ((ENF__PENDING_STATES & (1u << rs.state)) == 0)
			continue;
		/* A case suspended out of the separate book is still in it. */
		if (rs.state == ENF_STATE_SUSPENDED &&
		    rs.paused_from == ENF_STATE_SEPARATE_BOOK)
			continue;
		from = enf__aged_from(c, date);
		if (from == ENF_DATE_NONE)
			continue;
		counts[enf__bucket((int64_t)date - from, bounds, nbounds)]++;
	}
	free(idx);
	return ENF_OK;
}
