/*
 * The indicator table of a reporting period: creating and reading a
 * report, adding cases and registers to it (each case classified by
 * stats_count.c), merging, checks of the identities, and the byte and
 * JSON forms of a report.
 */
#include "internal.h"
#include "enforcement/correct.h"
#include "case_internal.h"
#include "text.h"
#include "stats_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
const char *enf__stats_unit_problem(const char *unit, size_t n)
{
	return enf__text_field_problem(unit, n);
}

/* Why a period is refused, or NULL; *range is set when a date is not a
 * valid date (rather than the ends being out of order). */
const char *enf__stats_period_problem(const enf_period *p, int *range,
				      char *buf, size_t size)
{
	*range = 1;
	if (!enf__date_in_range(p->first))
		(void)enf__date_problem(buf, size, "first", p->first);
	else if (!enf__date_in_range(p->last))
		(void)enf__date_problem(buf, size, "last", p->last);
	else if (p->last < p->first) {
		*range = 0;
		(void)snprintf(buf, size,
			       "the period ends before it starts (%s..%s)",
			       enf__date_shown(p->first).s,
			       enf__date_shown(p->last).s);
	} else
		return NULL;
	return buf;
}

/* The identity checks of a table: every cell non-negative; the five
 * identities of stats.h in each group and measure; and between groups,
 * agency + request = all (a case is one or the other) and every other
 * group at most all. On failure writes why and returns -1. */
static int enf__verify_one(const int64_t *v, char *why, size_t size)
{
	for (int r = 0; r < ENF_IND_COUNT; r++)
		if (v[r] < 0) {
			(void)snprintf(why, size, "%s is %lld, below 0",
				       enf__row_words[r], (long long)v[r]);
			return -1;
		}
	return enf__stats_identities_verify(v, why, size);
}

int enf__stats_verify(const enf__stats_cells *c, char *why, size_t size)
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
enf_status enf__stats_report_alloc(enf_stats_report **out, const char *unit,
				   size_t n, const enf_period *period,
				   const enf__stats_defs *defs, const char *fn)
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
	rep->defs = *defs;
	rep->org_date = ENF_DATE_NONE;
	*out = rep;
	return ENF_OK;
}

/* enf_stats_report_new_with(), its messages naming fn. */
static enf_status enf__report_new(enf_stats_report **out, const char *unit,
				  const enf_period *period,
				  const enf_stats_report_options *opts,
				  const char *fn)
{
	enf__stats_defs defs;
	const char *why;
	char text[120];
	int range;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, unit);
	ENF__CHECK_NULL(fn, period);
	if ((why = enf__stats_unit_problem(unit, strlen(unit))) != NULL)
		return enf__fail(ENF_EINVALID, "%s: unit %s", fn, why);
	if ((why = enf__stats_period_problem(period, &range, text,
					     sizeof text)) != NULL)
		return enf__fail(range ? ENF_ERANGE : ENF_EINVALID, "%s: %s",
				 fn, why);
	if ((st = enf__stats_defs_resolve(&defs, opts, fn)) != ENF_OK)
		return st;
	return enf__stats_report_alloc(out, unit, strlen(unit), period, &defs,
				       fn);
}

enf_status enf_stats_report_new(enf_stats_report **out, const char *unit,
				const enf_period *period)
{
	return enf__report_new(out, unit, period, NULL, "stats_report_new");
}

enf_status enf_stats_report_new_with(enf_stats_report **out, const char *unit,
				     const enf_period *period,
				     const enf_stats_report_options *opts)
{
	return enf__report_new(out, unit, period, opts,
			       "stats_report_new_with");
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
	if (enf__stats_verify(&rep->cells, why, sizeof(why)) != 0)
		return enf__fail(ENF_ESTATE, "stats_report_check: %s", why);
	return ENF_OK;
}

enf_status enf_stats_report_add_case(enf_stats_report *rep, const enf_case *c)
{
	ENF__CHECK_NULL("stats_report_add_case", rep);
	ENF__CHECK_NULL("stats_report_add_case", c);
	/* enf__stats_count_case leaves the cells as they were on overflow. */
	return enf__stats_count_case(&rep->cells, NULL, c, &rep->period,
				     &rep->defs, "stats_report_add_case");
}

enf_status enf_stats_report_add_register(enf_stats_report *rep,
					 const enf_register *reg,
					 const enf_filter *f)
{
	enf__stats_cells cells;
	enf_filter keep;
	size_t n, count = 0, *idx;
	int64_t top;
	enf_status st;

	ENF__CHECK_NULL("stats_report_add_register", rep);
	ENF__CHECK_NULL("stats_report_add_register", reg);
	cells = rep->cells;
	top = enf__stats_cells_top(&cells);
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
			st = enf__stats_count_case(&cells, &top, c,
						   &rep->period, &rep->defs,
						   "stats_report_add_register");
	}
	free(idx);
	if (st == ENF_OK) {
		enf__stats_cells_derive(&cells);
		rep->cells = cells;
	}
	return st;
}

enf_status enf_stats_report_merge(enf_stats_report *dst,
				  const enf_stats_report *src)
{
	enf__stats_cells cells;
	char why[200];

	ENF__CHECK_NULL("stats_report_merge", dst);
	ENF__CHECK_NULL("stats_report_merge", src);
	if (dst->period.first != src->period.first ||
	    dst->period.last != src->period.last) {
		return enf__fail(ENF_EINVALID,
				 "stats_report_merge: dst covers %s..%s but "
				 "src covers %s..%s; only reports of the same "
				 "period merge",
				 enf__date_shown(dst->period.first).s,
				 enf__date_shown(dst->period.last).s,
				 enf__date_shown(src->period.first).s,
				 enf__date_shown(src->period.last).s);
	}
	if (enf__stats_defs_differ(why, sizeof(why), &dst->defs, "dst",
				   &src->defs, "src") != 0)
		return enf__fail(ENF_EINVALID,
				 "stats_report_merge: %s; only reports of the "
				 "same definitions merge",
				 why);
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
