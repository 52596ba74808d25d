/*
 * The indicator table of a reporting period: each case classified by its
 * state before the period and at its end (a replay of its log), counted
 * by cases and by money in every group it belongs to; merging, checks of
 * the identities, and the byte and JSON forms of a report.
 *
 * Classification of a case for a period [first, last] (stats.h, domain
 * notes §6):
 * - The decision is the DECISION_ISSUED event, or info.decision_date
 *   without one; a case not decided by `last` adds nothing.
 * - Its state at the end of first - 1: closed (done, terminated,
 *   entrusted, returned, withdrawn) or in the separate book adds nothing;
 *   otherwise it is carried over (decided before `first`) or received
 *   (decided within the period).
 * - Its state at the end of `last` gives its end row: entrusted,
 *   withdrawn, done (terminated counts as done), separate book, returned,
 *   being enforced (with means), with means other (decided, not yet
 *   classified: voluntary, or no event yet), postponed by agreement
 *   (48(1)(c)), without means (other postponements, suspensions, no
 *   means).
 * - By money its amount is what it still owed before the period (all of
 *   it when received); money collected in the period, up to the amount,
 *   is done, and the remainder goes to the end row, except that a case
 *   done or terminated in the period counts its whole amount as done.
 * The derived rows of a case are computed from its own rows, so each
 * case's contribution satisfies the identities and so does every sum.
 */
#include "internal.h"
#include "case_internal.h"
#include "io_internal.h"
#include "stats_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENF__REPORT_FORMAT  "enforcement-report"
#define ENF__REPORT_VERSION 1
#define ENF__REPORT_MAGIC   "ENFR"

/*
 * The byte form, little-endian throughout:
 *   0  "ENFR"
 *   4  u32 version (1)
 *   8  i32 period first, 12 i32 period last (day numbers)
 *   16 u32 n, the unit's length in bytes (1..1024)
 *   20 the unit, UTF-8, no terminator
 *   20 + n  180 i64 cells, by group, then measure, then row (enum order)
 *   then u32 CRC-32 (IEEE) of every byte before it.
 */
#define ENF__BYTES_HEAD	 20u
#define ENF__NCELLS	 (ENF_GROUP_COUNT * ENF__MEASURE_COUNT * ENF_IND_COUNT)
#define ENF__BYTES_CELLS ((size_t)ENF__NCELLS * 8u)

const char *const enf__stats_row_tokens[ENF_IND_COUNT] = {
	"carried_over",
	"received",
	"total",
	"entrusted",
	"withdrawn",
	"to_enforce",
	"with_means",
	"done",
	"being_enforced",
	"postponed_agreement",
	"with_means_other",
	"without_means",
	"separate_book",
	"returned",
	"carried_next",
};

const char *const enf__stats_group_tokens[ENF_GROUP_COUNT] = {
	"all",	       "agency",     "request",
	"bank_credit", "corruption", "administrative",
};

const char *const enf__stats_measure_tokens[ENF__MEASURE_COUNT] = {"cases",
								   "money"};

/* Row names for messages. */
static const char *const enf__row_words[ENF_IND_COUNT] = {
	"carried over",
	"received",
	"total",
	"entrusted",
	"withdrawn",
	"to enforce",
	"with means",
	"done",
	"being enforced",
	"postponed by agreement",
	"with means other",
	"without means",
	"separate book",
	"returned",
	"carried to next period",
};

/* ---------------------------------------------------------------------- */
/* Checks of the parts of a report                                         */

/* Why a unit name of n bytes is refused, or NULL. */
static const char *enf__unit_problem(const char *unit, size_t n)
{
	const unsigned char *u = (const unsigned char *)unit;

	if (n == 0)
		return "is empty";
	if (n > ENF__UNIT_MAX)
		return "is longer than 1024 bytes";
	for (size_t i = 0; i < n;) {
		int k = u[i] != 0 ? enf__io_utf8_len(u + i) : 0;

		if (k == 0 || (size_t)k > n - i)
			return "is not valid UTF-8 text";
		i += (size_t)k;
	}
	return NULL;
}

/* Why a period is refused, or NULL; *range is set when a date is not a
 * valid date (rather than the ends being out of order). */
static const char *enf__period_problem(const enf_period *p, int *range)
{
	*range = 0;
	if (!enf__date_in_range(p->first)) {
		*range = 1;
		return "period->first is not a valid date";
	}
	if (!enf__date_in_range(p->last)) {
		*range = 1;
		return "period->last is not a valid date";
	}
	if (p->last < p->first)
		return "the period ends before it starts";
	return NULL;
}

/* The identity checks of a table: every cell non-negative; the five
 * identities of stats.h in each group and measure; and between groups,
 * agency + request = all (a case is one or the other) and every other
 * group at most all. On failure writes why and returns -1. */
static int enf__verify_one(const int64_t *v, char *why, size_t size)
{
	const enf__i128 total = (enf__i128)v[ENF_IND_CARRIED_OVER] +
				v[ENF_IND_RECEIVED],
			to_enforce = (enf__i128)v[ENF_IND_TOTAL] -
				     v[ENF_IND_ENTRUSTED] -
				     v[ENF_IND_WITHDRAWN],
			parts = (enf__i128)v[ENF_IND_WITH_MEANS] +
				v[ENF_IND_WITHOUT_MEANS] +
				v[ENF_IND_SEPARATE_BOOK] + v[ENF_IND_RETURNED],
			means = (enf__i128)v[ENF_IND_DONE] +
				v[ENF_IND_BEING_ENFORCED] +
				v[ENF_IND_POSTPONED_AGREEMENT] +
				v[ENF_IND_WITH_MEANS_OTHER],
			next = (enf__i128)v[ENF_IND_TO_ENFORCE] -
			       v[ENF_IND_DONE];

	for (int r = 0; r < ENF_IND_COUNT; r++)
		if (v[r] < 0) {
			(void)snprintf(why, size, "%s is %lld, below 0",
				       enf__row_words[r], (long long)v[r]);
			return -1;
		}
	if (total != v[ENF_IND_TOTAL])
		(void)snprintf(why, size,
			       "total (%lld) is not carried over + received",
			       (long long)v[ENF_IND_TOTAL]);
	else if (to_enforce != v[ENF_IND_TO_ENFORCE])
		(void)snprintf(why, size,
			       "to enforce (%lld) is not total - entrusted - "
			       "withdrawn",
			       (long long)v[ENF_IND_TO_ENFORCE]);
	else if (parts != v[ENF_IND_TO_ENFORCE])
		(void)snprintf(why, size,
			       "to enforce (%lld) is not with means + without "
			       "means + separate book + returned",
			       (long long)v[ENF_IND_TO_ENFORCE]);
	else if (means != v[ENF_IND_WITH_MEANS])
		(void)snprintf(why, size,
			       "with means (%lld) is not done + being enforced "
			       "+ postponed by agreement + other",
			       (long long)v[ENF_IND_WITH_MEANS]);
	else if (next != v[ENF_IND_CARRIED_NEXT])
		(void)snprintf(
			why, size,
			"carried to next period (%lld) is not to enforce "
			"- done",
			(long long)v[ENF_IND_CARRIED_NEXT]);
	else
		return 0;
	return -1;
}

static int enf__verify(const enf__stats_cells *c, char *why, size_t size)
{
	const int64_t(*cells)[ENF__MEASURE_COUNT][ENF_IND_COUNT] = c->v;
	char one[200];

	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < ENF__MEASURE_COUNT; m++)
			if (enf__verify_one(cells[g][m], one, sizeof(one)) !=
			    0) {
				(void)snprintf(why, size, "group %s, by %s: %s",
					       enf__stats_group_tokens[g],
					       enf__stats_measure_tokens[m],
					       one);
				return -1;
			}
	for (int m = 0; m < ENF__MEASURE_COUNT; m++)
		for (int r = 0; r < ENF_IND_COUNT; r++) {
			const int64_t all = cells[ENF_GROUP_ALL][m][r];
			int g = ENF_GROUP_BANK_CREDIT;

			if ((enf__i128)cells[ENF_GROUP_AGENCY][m][r] +
				    cells[ENF_GROUP_REQUEST][m][r] !=
			    all) {
				(void)snprintf(
					why, size,
					"by %s, %s: agency (%lld) + "
					"request (%lld) is not all "
					"(%lld)",
					enf__stats_measure_tokens[m],
					enf__row_words[r],
					(long long)
						cells[ENF_GROUP_AGENCY][m][r],
					(long long)
						cells[ENF_GROUP_REQUEST][m][r],
					(long long)all);
				return -1;
			}
			while (g < ENF_GROUP_COUNT && cells[g][m][r] <= all)
				g++;
			if (g < ENF_GROUP_COUNT) {
				(void)snprintf(why, size,
					       "by %s, %s: group %s (%lld) is "
					       "more than all (%lld)",
					       enf__stats_measure_tokens[m],
					       enf__row_words[r],
					       enf__stats_group_tokens[g],
					       (long long)cells[g][m][r],
					       (long long)all);
				return -1;
			}
		}
	return 0;
}

/* ---------------------------------------------------------------------- */
/* Creating and reading                                                    */

/* A new report of a checked unit of n bytes and period. */
static enf_status enf__report_alloc(enf_stats_report **out, const char *unit,
				    size_t n, const enf_period *period,
				    const char *fn)
{
	enf_stats_report *rep = calloc(1, sizeof(*rep));

	if (rep != NULL)
		rep->unit = malloc(n + 1);
	if (rep == NULL || rep->unit == NULL) {
		free(rep);
		(void)enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
		return ENF_ENOMEM;
	}
	memcpy(rep->unit, unit, n);
	rep->unit[n] = '\0';
	rep->period = *period;
	rep->org_date = ENF_DATE_NONE;
	*out = rep;
	return ENF_OK;
}

enf_status enf_stats_report_new(enf_stats_report **out, const char *unit,
				const enf_period *period)
{
	const char *why;
	int range;

	ENF__CHECK_NULL("stats_report_new", out);
	*out = NULL;
	ENF__CHECK_NULL("stats_report_new", unit);
	ENF__CHECK_NULL("stats_report_new", period);
	if ((why = enf__unit_problem(unit, strlen(unit))) != NULL)
		return enf__fail(ENF_EINVALID, "stats_report_new: unit %s",
				 why);
	if ((why = enf__period_problem(period, &range)) != NULL)
		return enf__fail(range ? ENF_ERANGE : ENF_EINVALID,
				 "stats_report_new: %s (days %ld..%ld)", why,
				 (long)period->first, (long)period->last);
	return enf__report_alloc(out, unit, strlen(unit), period,
				 "stats_report_new");
}

void enf_stats_report_free(enf_stats_report *rep)
{
	if (rep == NULL)
		return;
	free(rep->unit);
	free(rep);
}

const char *enf_stats_report_unit(const enf_stats_report *rep)
{
	return rep != NULL ? rep->unit : NULL;
}

enf_status enf_stats_report_period(enf_period *out, const enf_stats_report *rep)
{
	ENF__CHECK_NULL("stats_report_period", out);
	ENF__CHECK_NULL("stats_report_period", rep);
	*out = rep->period;
	return ENF_OK;
}

/* Fails unless group and measure name a column of the table. */
static enf_status enf__check_column(const char *fn, enf_stats_group group,
				    enf_measure measure)
{
	if ((unsigned)group >= ENF_GROUP_COUNT)
		return enf__fail(ENF_EINVALID, "%s: group is %d; not a group",
				 fn, (int)group);
	if ((unsigned)measure >= ENF__MEASURE_COUNT)
		return enf__fail(ENF_EINVALID,
				 "%s: measure is %d; not a measure", fn,
				 (int)measure);
	return ENF_OK;
}

enf_status enf_stats_report_get(int64_t *out, const enf_stats_report *rep,
				enf_stats_group group, enf_measure measure,
				enf_indicator row)
{
	enf_status st;

	ENF__CHECK_NULL("stats_report_get", out);
	ENF__CHECK_NULL("stats_report_get", rep);
	st = enf__check_column("stats_report_get", group, measure);
	if (st != ENF_OK)
		return st;
	if ((unsigned)row >= ENF_IND_COUNT)
		return enf__fail(ENF_EINVALID,
				 "stats_report_get: row is %d; not an "
				 "indicator",
				 (int)row);
	*out = rep->cells.v[group][measure][row];
	return ENF_OK;
}

enf_status enf_stats_report_rate(int64_t *out, const enf_stats_report *rep,
				 enf_stats_group group, enf_measure measure,
				 const enf_rate_options *opts)
{
	enf_status st;
	const int64_t *v;

	ENF__CHECK_NULL("stats_report_rate", out);
	ENF__CHECK_NULL("stats_report_rate", rep);
	st = enf__check_column("stats_report_rate", group, measure);
	if (st != ENF_OK)
		return st;
	v = rep->cells.v[group][measure];
	return enf_stats_rate(out, v[ENF_IND_DONE], v[ENF_IND_WITH_MEANS],
			      opts);
}

enf_status enf_stats_report_check(const enf_stats_report *rep)
{
	char why[400];

	ENF__CHECK_NULL("stats_report_check", rep);
	if (enf__verify(&rep->cells, why, sizeof(why)) != 0)
		return enf__fail(ENF_ESTATE, "stats_report_check: %s", why);
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Classification                                                          */

/* What one case adds: its cells by measure, and the groups it counts in
 * (bit 1 << group). */
typedef struct enf__contrib {
	int64_t v[ENF__MEASURE_COUNT][ENF_IND_COUNT];
	unsigned groups;
} enf__contrib;

/* The end row of a case from its state at the end of the period. */
static enf_indicator enf__end_row(const enf__replay *rs)
{
	switch (rs->state) {
	case ENF_STATE_ENTRUSTED: return ENF_IND_ENTRUSTED;
	case ENF_STATE_WITHDRAWN: return ENF_IND_WITHDRAWN;
	case ENF_STATE_DONE:
	case ENF_STATE_TERMINATED: return ENF_IND_DONE;
	case ENF_STATE_SEPARATE_BOOK: return ENF_IND_SEPARATE_BOOK;
	case ENF_STATE_RETURNED: return ENF_IND_RETURNED;
	case ENF_STATE_WITH_MEANS: return ENF_IND_BEING_ENFORCED;
	case ENF_STATE_POSTPONED:
		return rs->detail == ENF_POSTPONE_AGREEMENT
			       ? ENF_IND_POSTPONED_AGREEMENT
			       : ENF_IND_WITHOUT_MEANS;
	case ENF_STATE_WITHOUT_MEANS:
	case ENF_STATE_SUSPENDED: return ENF_IND_WITHOUT_MEANS;
	default:
		/* Voluntary, or decided by its facts with no event yet:
		 * decided and not classified. */
		return ENF_IND_WITH_MEANS_OTHER;
	}
}

/* Whether a state before the period keeps the case off the table. */
static int enf__off_books(enf_case_state s)
{
	return s == ENF_STATE_DONE || s == ENF_STATE_TERMINATED ||
	       s == ENF_STATE_ENTRUSTED || s == ENF_STATE_RETURNED ||
	       s == ENF_STATE_WITHDRAWN || s == ENF_STATE_SEPARATE_BOOK;
}

/* The derived rows of one measure from its other rows (no overflow: a
 * case's rows are at most its amount, a sum's are checked). */
void enf__stats_derive(int64_t *v)
{
	v[ENF_IND_TOTAL] = v[ENF_IND_CARRIED_OVER] + v[ENF_IND_RECEIVED];
	v[ENF_IND_TO_ENFORCE] =
		v[ENF_IND_TOTAL] - v[ENF_IND_ENTRUSTED] - v[ENF_IND_WITHDRAWN];
	v[ENF_IND_WITH_MEANS] = v[ENF_IND_DONE] + v[ENF_IND_BEING_ENFORCED] +
				v[ENF_IND_POSTPONED_AGREEMENT] +
				v[ENF_IND_WITH_MEANS_OTHER];
	v[ENF_IND_CARRIED_NEXT] = v[ENF_IND_TO_ENFORCE] - v[ENF_IND_DONE];
}

/* The groups a case counts in. */
static unsigned enf__groups_of(const enf_case *c)
{
	unsigned g = 1u << ENF_GROUP_ALL;

	g |= 1u << (c->info.mode == ENF_MODE_AGENCY ? ENF_GROUP_AGENCY
						    : ENF_GROUP_REQUEST);
	for (size_t i = 0; i < c->nobligations; i++)
		if (c->obligations[i].kind == ENF_OBL_BANK_CREDIT)
			g |= 1u << ENF_GROUP_BANK_CREDIT;
	if (c->info.flags & ENF_CASE_CORRUPTION)
		g |= 1u << ENF_GROUP_CORRUPTION;
	if (c->info.judgment_kind == ENF_JUDGMENT_ADMINISTRATIVE)
		g |= 1u << ENF_GROUP_ADMINISTRATIVE;
	return g;
}

/* Classifies c for period p; returns 0 if it adds nothing. */
static int enf__classify(enf__contrib *k, const enf_case *c,
			 const enf_period *p)
{
	enf_date decided = c->info.decision_date;
	enf__replay before, end;
	enf_indicator start, row;
	enf_money amount, in, done;

	for (size_t i = 0; i < c->nevents; i++)
		if (c->events[i].kind == ENF_EV_DECISION_ISSUED) {
			decided = c->events[i].date;
			break;
		}
	if (decided == ENF_DATE_NONE || decided > p->last)
		return 0;
	enf__replay_until(&before, c, p->first - 1);
	if (enf__off_books(before.state))
		return 0;
	start = decided < p->first ? ENF_IND_CARRIED_OVER : ENF_IND_RECEIVED;
	enf__replay_until(&end, c, p->last);
	row = enf__end_row(&end);
	amount = c->owed > before.collected ? c->owed - before.collected : 0;
	in = end.collected - before.collected;
	done = row == ENF_IND_DONE || in > amount ? amount : in;

	memset(k, 0, sizeof(*k));
	k->v[ENF_BY_CASES][start] = 1;
	k->v[ENF_BY_CASES][row] += 1;
	k->v[ENF_BY_MONEY][start] = amount;
	k->v[ENF_BY_MONEY][ENF_IND_DONE] = done;
	k->v[ENF_BY_MONEY][row] += amount - done;
	enf__stats_derive(k->v[ENF_BY_CASES]);
	enf__stats_derive(k->v[ENF_BY_MONEY]);
	k->groups = enf__groups_of(c);
	return 1;
}

/* Adds a contribution to cells, checked; cells are unchanged on
 * overflow, and *bad names the group, measure and row that overflowed. */
static int enf__add_contrib(enf__stats_cells *cells, const enf__contrib *k,
			    int bad[3])
{
	for (int pass = 0; pass < 2; pass++)
		for (int g = 0; g < ENF_GROUP_COUNT; g++) {
			if (!(k->groups & 1u << g))
				continue;
			for (int m = 0; m < ENF__MEASURE_COUNT; m++)
				for (int r = 0; r < ENF_IND_COUNT; r++) {
					int64_t s;

					if (__builtin_add_overflow(
						    cells->v[g][m][r],
						    k->v[m][r], &s)) {
						bad[0] = g, bad[1] = m,
						bad[2] = r;
						return -1;
					}
					if (pass == 1)
						cells->v[g][m][r] = s;
				}
		}
	return 0;
}

/* Classifies c and adds it to cells; fn names the caller. */
static enf_status enf__count_case(enf__stats_cells *cells, const enf_case *c,
				  const enf_period *p, const char *fn)
{
	enf__contrib k;
	int bad[3];

	if (!enf__classify(&k, c, p))
		return ENF_OK;
	if (enf__add_contrib(cells, &k, bad) != 0)
		return enf__fail(ENF_EOVERFLOW,
				 "%s: case %s (office %s): row %s by %s in "
				 "group %s overflows 64 bits",
				 fn, enf__case_name(c), c->info.office,
				 enf__stats_row_tokens[bad[2]],
				 enf__stats_measure_tokens[bad[1]],
				 enf__stats_group_tokens[bad[0]]);
	return ENF_OK;
}

enf_status enf_stats_report_add_case(enf_stats_report *rep, const enf_case *c)
{
	ENF__CHECK_NULL("stats_report_add_case", rep);
	ENF__CHECK_NULL("stats_report_add_case", c);
	/* enf__count_case leaves the cells as they were on overflow. */
	return enf__count_case(&rep->cells, c, &rep->period,
			       "stats_report_add_case");
}

enf_status enf_stats_report_add_register(enf_stats_report *rep,
					 const enf_register *reg,
					 const enf_filter *f)
{
	enf__stats_cells cells;
	enf_filter keep;
	size_t n, count = 0, *idx;
	enf_status st;

	ENF__CHECK_NULL("stats_report_add_register", rep);
	ENF__CHECK_NULL("stats_report_add_register", reg);
	cells = rep->cells;
	n = enf_register_count(reg);
	if (f != NULL) {
		/* Only the case's facts select: states and date are not
		 * used (the period says which state counts where). */
		keep = *f;
		keep.states = 0;
		keep.date = ENF_DATE_NONE;
		f = &keep;
	}
	idx = malloc((n ? n : 1) * sizeof(*idx));
	if (idx == NULL)
		return enf__fail(ENF_ENOMEM,
				 "stats_report_add_register: out of memory");
	st = enf_register_filter(idx, n, &count, reg, f);
	for (size_t i = 0; i < count && st == ENF_OK; i++) {
		enf_case *c = NULL;

		st = enf_register_at(&c, reg, idx[i]);
		if (st == ENF_OK)
			st = enf__count_case(&cells, c, &rep->period,
					     "stats_report_add_register");
	}
	free(idx);
	if (st == ENF_OK)
		rep->cells = cells;
	return st;
}

enf_status enf_stats_report_merge(enf_stats_report *dst,
				  const enf_stats_report *src)
{
	enf__stats_cells cells;

	ENF__CHECK_NULL("stats_report_merge", dst);
	ENF__CHECK_NULL("stats_report_merge", src);
	if (dst->period.first != src->period.first ||
	    dst->period.last != src->period.last) {
		char a[2][16] = {"", ""}, b[2][16] = {"", ""};

		(void)enf_date_format(a[0], 16, dst->period.first,
				      ENF_LOCALE_EN);
		(void)enf_date_format(a[1], 16, dst->period.last,
				      ENF_LOCALE_EN);
		(void)enf_date_format(b[0], 16, src->period.first,
				      ENF_LOCALE_EN);
		(void)enf_date_format(b[1], 16, src->period.last,
				      ENF_LOCALE_EN);
		return enf__fail(ENF_EINVALID,
				 "stats_report_merge: dst covers %s..%s but "
				 "src covers %s..%s; only reports of the same "
				 "period merge",
				 a[0], a[1], b[0], b[1]);
	}
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < ENF__MEASURE_COUNT; m++)
			for (int r = 0; r < ENF_IND_COUNT; r++)
				if (__builtin_add_overflow(
					    dst->cells.v[g][m][r],
					    src->cells.v[g][m][r],
					    &cells.v[g][m][r]))
					return enf__fail(
						ENF_EOVERFLOW,
						"stats_report_merge: row %s "
						"by %s in group %s overflows "
						"64 bits",
						enf__stats_row_tokens[r],
						enf__stats_measure_tokens[m],
						enf__stats_group_tokens[g]);
	dst->cells = cells;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Bytes                                                                   */

/* CRC-32 (IEEE 802.3, reflected), bit by bit: reports are small. */
static uint32_t enf__crc32(const unsigned char *p, size_t n)
{
	uint32_t crc = 0xffffffffu;

	for (size_t i = 0; i < n; i++) {
		crc ^= p[i];
		for (int b = 0; b < 8; b++)
			crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
	}
	return ~crc;
}

static void enf__put_le(unsigned char *p, uint64_t v, int n)
{
	for (int i = 0; i < n; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t enf__get_le(const unsigned char *p, int n)
{
	uint64_t v = 0;

	for (int i = n - 1; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

enf_status enf_stats_report_to_bytes(char **out, size_t *len,
				     const enf_stats_report *rep)
{
	size_t n, total;
	unsigned char *p, *q;

	ENF__CHECK_NULL("stats_report_to_bytes", out);
	*out = NULL;
	ENF__CHECK_NULL("stats_report_to_bytes", len);
	ENF__CHECK_NULL("stats_report_to_bytes", rep);
	n = strlen(rep->unit);
	total = ENF__BYTES_HEAD + n + ENF__BYTES_CELLS + 4;
	p = malloc(total);
	if (p == NULL)
		return enf__fail(ENF_ENOMEM,
				 "stats_report_to_bytes: out of memory");
	memcpy(p, ENF__REPORT_MAGIC, 4);
	enf__put_le(p + 4, ENF__REPORT_VERSION, 4);
	enf__put_le(p + 8, (uint32_t)rep->period.first, 4);
	enf__put_le(p + 12, (uint32_t)rep->period.last, 4);
	enf__put_le(p + 16, n, 4);
	memcpy(p + ENF__BYTES_HEAD, rep->unit, n);
	q = p + ENF__BYTES_HEAD + n;
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < ENF__MEASURE_COUNT; m++)
			for (int r = 0; r < ENF_IND_COUNT; r++, q += 8)
				enf__put_le(q, (uint64_t)rep->cells.v[g][m][r],
					    8);
	enf__put_le(q, enf__crc32(p, total - 4), 4);
	*out = (char *)p;
	*len = total;
	return ENF_OK;
}

/* Builds a report from read parts, refusing (ENF_EPARSE) a unit, period
 * or table that a report cannot have. */
static enf_status enf__report_from_parts(enf_stats_report **out,
					 const char *unit, size_t n,
					 const enf_period *period,
					 const enf__stats_cells *cells,
					 const char *fn)
{
	const char *why;
	char text[400];
	int range;
	enf_status st;

	if ((why = enf__unit_problem(unit, n)) != NULL)
		return enf__fail(ENF_EPARSE, "%s: the unit %s", fn, why);
	if ((why = enf__period_problem(period, &range)) != NULL)
		return enf__fail(ENF_EPARSE, "%s: %s", fn, why);
	if (enf__verify(cells, text, sizeof(text)) != 0)
		return enf__fail(ENF_EPARSE,
				 "%s: the table fails its identities: %s", fn,
				 text);
	st = enf__report_alloc(out, unit, n, period, fn);
	if (st == ENF_OK)
		(*out)->cells = *cells;
	return st;
}

enf_status enf_stats_report_from_bytes(enf_stats_report **out, const char *data,
				       size_t len)
{
	const unsigned char *p = (const unsigned char *)data;
	static const char fn[] = "stats_report_from_bytes";
	enf__stats_cells cells;
	enf_period period;
	uint64_t version, n;
	const unsigned char *q;

	ENF__CHECK_NULL("stats_report_from_bytes", out);
	*out = NULL;
	ENF__CHECK_NULL("stats_report_from_bytes", data);
	if (len < ENF__BYTES_HEAD || memcmp(p, ENF__REPORT_MAGIC, 4) != 0)
		return enf__fail(ENF_EPARSE,
				 "%s: the data does not start with the "
				 "report header \"ENFR\"",
				 fn);
	version = enf__get_le(p + 4, 4);
	if (version != ENF__REPORT_VERSION)
		return enf__fail(ENF_EPARSE,
				 "%s: the data is version %llu; this library "
				 "reads version %d",
				 fn, (unsigned long long)version,
				 ENF__REPORT_VERSION);
	n = enf__get_le(p + 16, 4);
	if (n > ENF__UNIT_MAX ||
	    len != ENF__BYTES_HEAD + n + ENF__BYTES_CELLS + 4)
		return enf__fail(ENF_EPARSE,
				 "%s: %zu bytes; a report with a unit of "
				 "%llu bytes has %llu",
				 fn, len, (unsigned long long)n,
				 (unsigned long long)(ENF__BYTES_HEAD + n +
						      ENF__BYTES_CELLS + 4));
	if (enf__get_le(p + len - 4, 4) != enf__crc32(p, len - 4))
		return enf__fail(ENF_EPARSE,
				 "%s: the checksum does not match; the data "
				 "is corrupted",
				 fn);
	period.first = (enf_date)(int32_t)(uint32_t)enf__get_le(p + 8, 4);
	period.last = (enf_date)(int32_t)(uint32_t)enf__get_le(p + 12, 4);
	q = p + ENF__BYTES_HEAD + n;
	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < ENF__MEASURE_COUNT; m++)
			for (int r = 0; r < ENF_IND_COUNT; r++, q += 8)
				cells.v[g][m][r] = (int64_t)enf__get_le(q, 8);
	return enf__report_from_parts(out, data + ENF__BYTES_HEAD, (size_t)n,
				      &period, &cells, fn);
}

/* ---------------------------------------------------------------------- */
/* JSON                                                                    */

/* Writes s as a JSON string. */
static void enf__json_string(enf__io_buf *b, const char *s)
{
	static const char hex[] = "0123456789abcdef";

	enf__io_put(b, "\"", 1);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\') {
			char e[2] = {'\\', (char)*p};

			enf__io_put(b, e, 2);
		} else if (*p < 0x20) {
			char e[6] = {'\\', 'u',		 '0',
				     '0',  hex[*p >> 4], hex[*p & 15]};

			enf__io_put(b, e, 6);
		} else {
			enf__io_put(b, (const char *)p, 1);
		}
	}
	enf__io_put(b, "\"", 1);
}

enf_status enf_stats_report_to_json(char **out, size_t *len,
				    const enf_stats_report *rep)
{
	enf__io_buf b = {NULL, 0, 0, 0};
	char text[64], d[2][16] = {"", ""};

	ENF__CHECK_NULL("stats_report_to_json", out);
	*out = NULL;
	ENF__CHECK_NULL("stats_report_to_json", rep);
	(void)enf_date_format(d[0], 16, rep->period.first, ENF_LOCALE_EN);
	(void)enf_date_format(d[1], 16, rep->period.last, ENF_LOCALE_EN);
	(void)snprintf(text, sizeof(text),
		       "{\n  \"format\": \"%s\",\n  \"version\": %d,\n",
		       ENF__REPORT_FORMAT, ENF__REPORT_VERSION);
	enf__io_puts(&b, text);
	enf__io_puts(&b, "  \"unit\": ");
	enf__json_string(&b, rep->unit);
	(void)snprintf(text, sizeof(text),
		       ",\n  \"period\": [\"%s\", \"%s\"],\n", d[0], d[1]);
	enf__io_puts(&b, text);
	enf__io_puts(&b, "  \"groups\": {");
	for (int g = 0; g < ENF_GROUP_COUNT; g++) {
		enf__io_puts(&b, g ? ",\n    \"" : "\n    \"");
		enf__io_puts(&b, enf__stats_group_tokens[g]);
		enf__io_puts(&b, "\": {");
		for (int m = 0; m < ENF__MEASURE_COUNT; m++) {
			enf__io_puts(&b, m ? ",\n      \"" : "\n      \"");
			enf__io_puts(&b, enf__stats_measure_tokens[m]);
			enf__io_puts(&b, "\": {");
			for (int r = 0; r < ENF_IND_COUNT; r++) {
				(void)snprintf(
					text, sizeof(text), "%s\"%s\": %lld",
					r ? ", " : "", enf__stats_row_tokens[r],
					(long long)rep->cells.v[g][m][r]);
				enf__io_puts(&b, text);
			}
			enf__io_puts(&b, "}");
		}
		enf__io_puts(&b, "\n    }");
	}
	enf__io_puts(&b, "\n  }\n}\n");
	return enf__io_buf_finish(&b, out, len, "stats_report_to_json");
}

/* A reader of the fixed shape of a report: objects with known keys,
 * strings, non-negative integers and the two-date period array. */
typedef struct enf__rj {
	const char *p;
	long line;
	char path[96];
} enf__rj;

static const char enf__rj_fn[] = "stats_report_from_json";

/* Fails with "line L: path: why". Not variadic, so that the analyser
 * sees that it never returns ENF_OK. */
static enf_status enf__rj_fail(const enf__rj *rj, const char *why)
{
	(void)enf__fail(ENF_EPARSE, "%s: line %ld: %s%s%s", enf__rj_fn,
			rj->line, rj->path, rj->path[0] ? ": " : "", why);
	return ENF_EPARSE;
}

static void enf__rj_ws(enf__rj *rj)
{
	for (;; rj->p++) {
		if (*rj->p == '\n')
			rj->line++;
		else if (*rj->p != ' ' && *rj->p != '\t' && *rj->p != '\r')
			return;
	}
}

/* Skips white space and one expected character. */
static enf_status enf__rj_expect(enf__rj *rj, char c, const char *what)
{
	char why[96];

	enf__rj_ws(rj);
	if (*rj->p == c) {
		rj->p++;
		return ENF_OK;
	}
	(void)snprintf(why, sizeof(why), "expected %s", what);
	return enf__rj_fail(rj, why);
}

static int enf__rj_hex4(const char *s, unsigned *out)
{
	unsigned v = 0;

	for (int i = 0; i < 4; i++) {
		char c = s[i];
		unsigned d;

		if (c >= '0' && c <= '9')
			d = (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			d = (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			d = (unsigned)(c - 'A' + 10);
		else
			return -1;
		v = v << 4 | d;
	}
	*out = v;
	return 0;
}

/* Reads the escape at rj->p into b. */
static enf_status enf__rj_escape(enf__rj *rj, enf__io_buf *b)
{
	static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
	const char *e = rj->p[1] != '\0' ? strchr(from, rj->p[1]) : NULL;
	unsigned cp, lo;

	if (e != NULL) {
		enf__io_put(b, &to[e - from], 1);
		rj->p += 2;
		return ENF_OK;
	}
	if (rj->p[1] != 'u')
		return enf__rj_fail(rj, "an unknown escape in a string");
	if (enf__rj_hex4(rj->p + 2, &cp) != 0)
		return enf__rj_fail(rj, "\\u needs four hexadecimal digits");
	rj->p += 6;
	if (cp >= 0xdc00 && cp <= 0xdfff)
		return enf__rj_fail(rj, "a low surrogate without a high one");
	if (cp >= 0xd800 && cp <= 0xdbff) {
		if (rj->p[0] != '\\' || rj->p[1] != 'u' ||
		    enf__rj_hex4(rj->p + 2, &lo) != 0 || lo < 0xdc00 ||
		    lo > 0xdfff)
			return enf__rj_fail(rj, "a high surrogate without a "
						"low one");
		cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
		rj->p += 6;
	}
	if (cp == 0)
		return enf__rj_fail(rj, "\\u0000 is not allowed in text");
	enf__io_put_utf8(b, cp);
	return ENF_OK;
}

/* Reads a string (after white space) into *out, malloc'd, and its length
 * into *n. */
static enf_status enf__rj_string(enf__rj *rj, char **out, size_t *n)
{
	enf__io_buf b = {NULL, 0, 0, 0};
	enf_status st = ENF_OK;

	enf__rj_ws(rj);
	if (*rj->p != '"')
		return enf__rj_fail(rj, "expected a string");
	enf__io_put(&b, "", 0);
	for (rj->p++; st == ENF_OK && *rj->p != '"';) {
		const unsigned char *u = (const unsigned char *)rj->p;
		int k = enf__io_utf8_len(u);

		if (*u == '\0')
			st = enf__rj_fail(rj, "the string is not closed");
		else if (*u < 0x20)
			st = enf__rj_fail(rj, "a control character in a "
					      "string");
		else if (*u == '\\')
			st = enf__rj_escape(rj, &b);
		else if (k == 0)
			st = enf__rj_fail(rj, "a string is not valid UTF-8");
		else
			enf__io_put(&b, rj->p, (size_t)k), rj->p += k;
	}
	if (st == ENF_OK && (b.oom || b.p == NULL)) {
		(void)enf__fail(ENF_ENOMEM, "%s: out of memory", enf__rj_fn);
		st = ENF_ENOMEM;
	}
	if (st != ENF_OK) {
		free(b.p);
		return st;
	}
	rj->p++;
	*out = b.p;
	*n = b.n;
	return ENF_OK;
}

/* Reads a non-negative integer. */
static enf_status enf__rj_count(enf__rj *rj, int64_t *out)
{
	const char *s;
	uint64_t acc = 0;

	enf__rj_ws(rj);
	s = rj->p;
	if (*s == '-')
		return enf__rj_fail(rj, "a count or amount is never "
					"negative");
	if (*s < '0' || *s > '9')
		return enf__rj_fail(rj, "expected an integer");
	if (s[0] == '0' && s[1] >= '0' && s[1] <= '9')
		return enf__rj_fail(rj, "a number with a leading zero");
	for (; *s >= '0' && *s <= '9'; s++) {
		unsigned d = (unsigned)(*s - '0');

		if (acc > ((uint64_t)INT64_MAX - d) / 10)
			return enf__rj_fail(rj, "a number out of the 64-bit "
						"range");
		acc = acc * 10 + d;
	}
	if (*s == '.' || *s == 'e' || *s == 'E')
		return enf__rj_fail(rj, "a number with a fraction or an "
					"exponent; only integers are read");
	rj->p = s;
	*out = (int64_t)acc;
	return ENF_OK;
}

/* Reads a date as a "YYYY-MM-DD" string. */
static enf_status enf__rj_date(enf__rj *rj, enf_date *out)
{
	char *s = NULL;
	size_t n = 0;
	enf_status st = enf__rj_string(rj, &s, &n);

	if (st != ENF_OK)
		return st;
	if (n != 10 || s[4] != '-' || enf__date_scan(out, s) != 0)
		st = enf__rj_fail(rj, "expected a date as \"YYYY-MM-DD\"");
	free(s);
	return st;
}

/* A member reader: reads the value of member `key` of an object. */
typedef enf_status (*enf__rj_member)(enf__rj *rj, int k, void *ctx);

/* Reads an object whose members are exactly the n keys, each once, in
 * any order, calling read for each value; the path names the member
 * meanwhile. */
static enf_status enf__rj_object(enf__rj *rj, const char *const *keys, int n,
				 enf__rj_member read, void *ctx)
{
	unsigned long seen = 0;
	size_t mark = strlen(rj->path);
	enf_status st = enf__rj_expect(rj, '{', "an object");

	for (int first = 1; st == ENF_OK; first = 0) {
		char *key = NULL;
		size_t len = 0;
		int k = 0;

		enf__rj_ws(rj);
		if (*rj->p == '}' && first)
			break;
		if (!first) {
			if (*rj->p == '}')
				break;
			if ((st = enf__rj_expect(
				     rj, ',', "',' or '}' after a member")) !=
			    ENF_OK)
				return st;
		}
		if ((st = enf__rj_string(rj, &key, &len)) != ENF_OK)
			return st;
		while (k < n && strcmp(keys[k], key) != 0)
			k++;
		(void)snprintf(rj->path + mark, sizeof(rj->path) - mark,
			       "%s%.*s", mark ? "." : "",
			       enf__utf8_prefix(key, 32), key);
		free(key);
		if (k == n)
			return enf__rj_fail(rj, "unknown field");
		if (seen & 1ul << k)
			return enf__rj_fail(rj, "named twice");
		seen |= 1ul << k;
		st = enf__rj_expect(rj, ':', "':' after a key");
		if (st == ENF_OK)
			st = read(rj, k, ctx);
		rj->path[mark] = '\0';
	}
	if (st != ENF_OK)
		return st;
	rj->p++;
	for (int k = 0; k < n; k++)
		if (!(seen & 1ul << k)) {
			(void)snprintf(rj->path + mark, sizeof(rj->path) - mark,
				       "%s%s", mark ? "." : "", keys[k]);
			return enf__rj_fail(rj, "missing");
		}
	return ENF_OK;
}

/* What the reader of a report fills. */
typedef struct enf__rj_report {
	char *unit;
	size_t unit_len;
	enf_period period;
	enf__stats_cells cells;
	int group; /* being read */
	int measure;
} enf__rj_report;

static enf_status enf__rj_row(enf__rj *rj, int k, void *ctx)
{
	enf__rj_report *r = ctx;

	return enf__rj_count(rj, &r->cells.v[r->group][r->measure][k]);
}

static enf_status enf__rj_measure(enf__rj *rj, int k, void *ctx)
{
	enf__rj_report *r = ctx;

	r->measure = k;
	return enf__rj_object(rj, enf__stats_row_tokens, ENF_IND_COUNT,
			      enf__rj_row, ctx);
}

static enf_status enf__rj_group(enf__rj *rj, int k, void *ctx)
{
	enf__rj_report *r = ctx;

	r->group = k;
	return enf__rj_object(rj, enf__stats_measure_tokens, ENF__MEASURE_COUNT,
			      enf__rj_measure, ctx);
}

static const char *const enf__rj_root_keys[] = {"format", "version", "unit",
						"period", "groups"};

static enf_status enf__rj_root(enf__rj *rj, int k, void *ctx)
{
	enf__rj_report *r = ctx;
	char *s = NULL;
	size_t n = 0;
	int64_t v = 0;
	enf_status st;

	switch (k) {
	case 0:
		if ((st = enf__rj_string(rj, &s, &n)) != ENF_OK)
			return st;
		if (strcmp(s, ENF__REPORT_FORMAT) != 0)
			st = enf__rj_fail(rj, "expected \"" ENF__REPORT_FORMAT
					      "\"");
		free(s);
		return st;
	case 1:
		if ((st = enf__rj_count(rj, &v)) != ENF_OK)
			return st;
		if (v != ENF__REPORT_VERSION) {
			char why[96];

			(void)snprintf(why, sizeof(why),
				       "version %lld; this library reads "
				       "version %d",
				       (long long)v, ENF__REPORT_VERSION);
			return enf__rj_fail(rj, why);
		}
		return ENF_OK;
	case 2: return enf__rj_string(rj, &r->unit, &r->unit_len);
	case 3:
		if ((st = enf__rj_expect(rj, '[', "an array of two dates")) !=
			    ENF_OK ||
		    (st = enf__rj_date(rj, &r->period.first)) != ENF_OK ||
		    (st = enf__rj_expect(rj, ',', "',' and the last day")) !=
			    ENF_OK ||
		    (st = enf__rj_date(rj, &r->period.last)) != ENF_OK)
			return st;
		return enf__rj_expect(rj, ']',
				      "']' after the two dates of the period");
	default:
		return enf__rj_object(rj, enf__stats_group_tokens,
				      ENF_GROUP_COUNT, enf__rj_group, ctx);
	}
}

enf_status enf_stats_report_from_json(enf_stats_report **out, const char *text)
{
	enf__rj rj;
	enf__rj_report r;
	enf_status st;

	ENF__CHECK_NULL("stats_report_from_json", out);
	*out = NULL;
	ENF__CHECK_NULL("stats_report_from_json", text);
	memset(&rj, 0, sizeof(rj));
	memset(&r, 0, sizeof(r));
	rj.p = text, rj.line = 1;
	if (strncmp(rj.p, "\xef\xbb\xbf", 3) == 0) /* byte-order mark */
		rj.p += 3;
	st = enf__rj_object(&rj, enf__rj_root_keys, 5, enf__rj_root, &r);
	if (st == ENF_OK) {
		enf__rj_ws(&rj);
		if (*rj.p != '\0')
			st = enf__rj_fail(&rj, "text after the end of the "
					       "document");
	}
	if (st == ENF_OK)
		st = enf__report_from_parts(out, r.unit, r.unit_len, &r.period,
					    &r.cells, enf__rj_fn);
	free(r.unit);
	return st;
}
