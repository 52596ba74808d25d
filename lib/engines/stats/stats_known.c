/*
 * A case as a report counts it when corrections are counted in the
 * period in which they were recorded (stats.h, restate 0; Joint Circular
 * 12/2021/TTLT Art 10, V): the state carried into a period is the one
 * known at its start, so a period already reported keeps its figures.
 * Only a case with a correction recorded after the day before the period
 * is copied as known on a day (enf_case_as_known()); the others, most of
 * a register, are counted as they are.
 */
#include "internal.h"
#include "enforcement/correct.h"
#include "case_internal.h"
#include "stats_internal.h"

/* The day the last correction of c was recorded, or ENF_DATE_NONE. */
static enf_date enf__last_recorded(const enf_case *c)
{
	size_t n = enf_case_correction_count(c);
	enf_correction r;

	if (n == 0 || enf_case_correction(&r, NULL, c, n - 1) != ENF_OK)
		return ENF_DATE_NONE;
	return r.recorded;
}

enf_status enf__stats_known(enf_case **before, enf_case **end,
			    const enf_case *c, const enf_period *p, int restate,
			    const char *fn)
{
	enf_date last;
	enf_status st;

	*before = *end = NULL;
	if (restate)
		return ENF_OK;
	last = enf__last_recorded(c);
	/* Corrections are recorded in date order: the last one says
	 * whether any came after the day. */
	if (last == ENF_DATE_NONE || last < p->first)
		return ENF_OK;
	st = enf_case_as_known(before, c, p->first - 1);
	if (st == ENF_OK && last > p->last)
		st = enf_case_as_known(end, c, p->last);
	if (st == ENF_OK)
		return ENF_OK;
	enf_case_free(*before);
	*before = NULL;
	return enf__fail(
		st, "%s: case %s (office %s) as known before %s: %s", fn,
		enf__case_name(c), c->info.office, enf__date_shown(p->first).s,
		st == ENF_ENOMEM ? "out of memory" : "a day out of range");
}
