/*
 * Rollups of reports onto the organisation tree of a date, restating the
 * figures of units that have ceased onto their successors (stats_org.h).
 * A split restates a report by binary steps (the first successor against
 * the others, then the second against the rest, ...), each keeping every
 * relation of the table: see enf__split_half().
 */
#include "stats_org.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------- */
/* Rollups                                                                 */

typedef struct enf__rollup {
	const enf_org *org;
	size_t target;
	enf_date date;
	enf__stats_cells sum;
	const char *fn;
	const char *report; /* unit of the report being restated */
} enf__rollup;

static enf_status enf__add_cells(enf__rollup *ru, const enf__stats_cells *c)
{
	enf__stats_cells s;

	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < ENF__MEASURE_COUNT; m++)
			for (int r = 0; r < ENF_IND_COUNT; r++)
				if (__builtin_add_overflow(ru->sum.v[g][m][r],
							   c->v[g][m][r],
							   &s.v[g][m][r]))
					return enf__fail(
						ENF_EOVERFLOW,
						"%s: adding the report of "
						"\"%.*s\": row %s by %s in "
						"group %s overflows 64 bits",
						ru->fn, ENF__Q(ru->report),
						enf__stats_row_tokens[r],
						enf__stats_measure_tokens[m],
						enf__stats_group_tokens[g]);
	ru->sum = s;
	return ENF_OK;
}

/* Restates cells of unit u onto its successors alive on the rollup's
 * date, and adds what lands on the target or below it. */
static enf_status enf__restate(enf__rollup *ru, size_t u,
			       const enf__stats_cells *cells)
{
	const enf__org_unit *x = &ru->org->units[u];
	enf__stats_cells *parts;
	int64_t *weights;
	enf_status st = ENF_OK;

	/* Merges pass everything on. */
	while (!enf__org_alive(x, ru->date) && x->nsucc == 1) {
		u = x->succ[0].unit;
		x = &ru->org->units[u];
	}
	if (enf__org_alive(x, ru->date))
		return enf__org_under(ru->org, u, ru->target, ru->date)
			       ? enf__add_cells(ru, cells)
			       : ENF_OK;
	if (x->nsucc == 0) /* not reached: a unit ceases with successors */
		return ENF_OK;
	parts = malloc(x->nsucc * sizeof(*parts));
	weights = malloc(x->nsucc * sizeof(*weights));
	if (parts == NULL || weights == NULL) {
		free(parts);
		free(weights);
		return enf__org_nomem(ru->fn);
	}
	for (size_t i = 0; i < x->nsucc; i++)
		weights[i] = x->succ[i].weight;
	enf__split_cells(parts, cells, weights, x->nsucc);
	for (size_t i = 0; i < x->nsucc && st == ENF_OK; i++)
		st = enf__restate(ru, x->succ[i].unit, &parts[i]);
	free(parts);
	free(weights);
	return st;
}

/* Checks the reports of a rollup: one period, known units existing on or
 * before the date, tables that hold their identities. */
static enf_status enf__rollup_args(const enf_org *org, const char *fn,
				   const enf_stats_report *const *reps,
				   size_t count, enf_date date)
{
	for (size_t i = 0; i < count; i++) {
		const enf_stats_report *r = reps[i];
		char differ[200], name[32];
		size_t u;

		if (r == NULL)
			return enf__fail(ENF_EINVALID, "%s: reps[%zu] is NULL",
					 fn, i);
		if (r->period.first != reps[0]->period.first ||
		    r->period.last != reps[0]->period.last)
			return enf__fail(
				ENF_EINVALID,
				"%s: reps[%zu] (\"%.*s\") covers %s..%s but "
				"reps[0] covers %s..%s; all reports must "
				"share one period",
				fn, i, ENF__Q(r->unit),
				enf__date_shown(r->period.first).s,
				enf__date_shown(r->period.last).s,
				enf__date_shown(reps[0]->period.first).s,
				enf__date_shown(reps[0]->period.last).s);
		(void)snprintf(name, sizeof(name), "reps[%zu]", i);
		if (enf__stats_defs_differ(differ, sizeof(differ), &r->defs,
					   name, &reps[0]->defs,
					   "reps[0]") != 0)
			return enf__fail(ENF_EINVALID,
					 "%s: reps[%zu] (\"%.*s\") differs: "
					 "%s; all reports must share one set "
					 "of definitions",
					 fn, i, ENF__Q(r->unit), differ);
		u = enf__org_find(org, r->unit);
		if (u == ENF__NO_UNIT)
			return enf__fail(ENF_ENOTFOUND,
					 "%s: reps[%zu] is of \"%.*s\", no "
					 "unit of the tree",
					 fn, i, ENF__Q(r->unit));
		if (org->units[u].born > date)
			return enf__fail(ENF_ENOTFOUND,
					 "%s: reps[%zu] is of \"%.*s\", "
					 "created on %s, after %s",
					 fn, i, ENF__Q(r->unit),
					 enf__date_shown(org->units[u].born).s,
					 enf__date_shown(date).s);
		if (enf_stats_report_check(r) != ENF_OK) {
			char why[400];

			(void)snprintf(why, sizeof(why), "%s",
				       enf_last_error());
			return enf__fail(ENF_EINVALID,
					 "%s: reps[%zu] (\"%.*s\") fails its "
					 "identities (%s)",
					 fn, i, ENF__Q(r->unit), why);
		}
	}
	return ENF_OK;
}

enf_status enf_org_rollup(enf_stats_report **out, const enf_org *org,
			  const char *unit, enf_date date,
			  const enf_stats_report *const *reps, size_t count)
{
	static const char fn[] = "org_rollup";
	enf__rollup ru;
	enf_stats_report *rep = NULL;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, org);
	ENF__CHECK_NULL(fn, reps);
	if (count == 0)
		return enf__fail(ENF_EINVALID,
				 "%s: count is 0; a rollup needs at least one "
				 "report (its period)",
				 fn);
	memset(&ru, 0, sizeof(ru));
	ru.org = org;
	ru.date = date;
	ru.fn = fn;
	if ((st = enf__org_check_text(fn, "unit", unit)) != ENF_OK ||
	    (st = enf__org_check_date(fn, "date", date)) != ENF_OK ||
	    (st = enf__org_alive_unit(&ru.target, org, fn, "unit", unit,
				      date)) != ENF_OK ||
	    (st = enf__rollup_args(org, fn, reps, count, date)) != ENF_OK)
		return st;
	for (size_t i = 0; i < count && st == ENF_OK; i++) {
		ru.report = reps[i]->unit;
		st = enf__restate(&ru, enf__org_find(org, reps[i]->unit),
				  &reps[i]->cells);
	}
	if (st == ENF_OK)
		st = enf_stats_report_new(&rep, unit, &reps[0]->period);
	if (st != ENF_OK)
		return st;
	rep->cells = ru.sum;
	rep->defs = reps[0]->defs;
	rep->org_version = org->version;
	rep->org_date = date;
	*out = rep;
	return ENF_OK;
}

enf_status enf_stats_report_basis(uint64_t *org_version, enf_date *org_date,
				  enf_regime *regime,
				  const enf_stats_report *rep)
{
	enf_regime r = ENF_REGIME_VN2008;
	enf_date start = 0;

	ENF__CHECK_NULL("stats_report_basis", org_version);
	ENF__CHECK_NULL("stats_report_basis", org_date);
	ENF__CHECK_NULL("stats_report_basis", regime);
	ENF__CHECK_NULL("stats_report_basis", rep);
	/* Before Law 26/2008 took effect (2009-07-01): its text. */
	(void)enf_date_from_ymd(&start, 2009, 7, 1);
	if (rep->period.last >= start &&
	    enf_regime_on(&r, rep->period.last) != ENF_OK)
		return ENF_ERANGE; /* not reached: periods are valid dates */
	*org_version = rep->org_version;
	*org_date = rep->org_date;
	*regime = r;
	return ENF_OK;
}
