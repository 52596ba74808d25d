/*
 * The figures of reports for the table and the chart (stats_figs.h), read
 * through the public accessors of stats.h (enf_stats_report_get, _rate,
 * _unit, _period), so that the writers know nothing of how a report keeps
 * its counters.
 */
#include "stats_figs.h"

#include <stdio.h>
#include <stdlib.h>

int enf__stats_locale_ok(enf_locale locale)
{
	return locale == ENF_LOCALE_VI || locale == ENF_LOCALE_EN ||
	       locale == ENF_LOCALE_PLAIN;
}

/* The message of the call that failed is copied first: enf__fail writes
 * over it. */
enf_status enf__stats_wrap(enf_status st, const char *fn, const char *field)
{
	char why[400];

	(void)snprintf(why, sizeof(why), "%s", enf_last_error());
	return enf__fail(st, "%s: %s: %s", fn, field, why);
}

enf_status enf__stats_wrap_rep(enf_status st, const char *fn, size_t i)
{
	char field[32];

	(void)snprintf(field, sizeof(field), "reps[%zu]", i);
	return enf__stats_wrap(st, fn, field);
}

enf_status enf__stats_figs_read(enf__figs *f, const enf_stats_report *rep,
				enf_stats_group g)
{
	enf_status st = enf_stats_report_period(&f->period, rep);

	f->unit = enf_stats_report_unit(rep);
	if (st == ENF_OK && f->unit == NULL)
		st = enf__fail(ENF_EINVALID,
			       "stats_report_unit: the report has no unit");
	for (int m = 0; st == ENF_OK && m < ENF__MEASURE_COUNT; m++) {
		for (int r = 0; st == ENF_OK && r < ENF_IND_COUNT; r++)
			st = enf_stats_report_get(&f->v[m][r], rep, g,
						  (enf_measure)m,
						  (enf_indicator)r);
		/* With nothing with means the rate is undefined: do not ask
		 * for it, so no division-by-zero message is left behind on
		 * success. */
		f->has_rate[m] =
			st == ENF_OK && f->v[m][ENF_IND_WITH_MEANS] != 0;
		f->rate[m] = 0;
		if (f->has_rate[m])
			st = enf_stats_report_rate(&f->rate[m], rep, g,
						   (enf_measure)m, NULL);
	}
	return st;
}

enf__figs *enf__stats_figs_collect(const char *fn,
				   const enf_stats_report *const *reps,
				   size_t count, enf_stats_group g)
{
	enf__figs *figs;

	if (reps == NULL) {
		(void)enf__fail(ENF_EINVALID, "%s: reps is NULL", fn);
		return NULL;
	}
	if (count == 0) {
		(void)enf__fail(ENF_EINVALID,
				"%s: count is 0; at least one report is "
				"needed",
				fn);
		return NULL;
	}
	for (size_t i = 0; i < count; i++) {
		if (reps[i] == NULL) {
			(void)enf__fail(ENF_EINVALID, "%s: reps[%zu] is NULL",
					fn, i);
			return NULL;
		}
	}
	if (count > SIZE_MAX / sizeof(*figs) ||
	    (figs = malloc(count * sizeof(*figs))) == NULL) {
		(void)enf__fail(ENF_ENOMEM, "%s: out of memory for %zu reports",
				fn, count);
		return NULL;
	}
	for (size_t i = 0; i < count; i++) {
		enf_status st = enf__stats_figs_read(&figs[i], reps[i], g);

		if (st != ENF_OK) {
			free(figs);
			(void)enf__stats_wrap_rep(st, fn, i);
			return NULL;
		}
	}
	return figs;
}
