/*
 * Private: the figures of reports as the table and the chart read them,
 * through the public accessors of stats.h only (stats_figs.c), and the
 * messages that name the report a failure came from.
 */
#ifndef ENF_STATS_FIGS_H
#define ENF_STATS_FIGS_H

#include "stats_internal.h"

/* Figures of one report for one group, read before anything is written. */
typedef struct enf__figs {
	const char *unit;
	enf_period period;
	int64_t v[ENF__MEASURE_COUNT][ENF_IND_COUNT]; /* [measure][row] */
	int has_rate[ENF__MEASURE_COUNT]; /* 0: nothing with means, no rate */
	int64_t rate[ENF__MEASURE_COUNT]; /* hundredths of a percent */
} enf__figs;

/* Whether locale is one of enf_locale. */
int enf__stats_locale_ok(enf_locale locale);

/* Fails naming fn and the field, with the message of the call that
 * failed; the same for report i ("reps[i]"). */
enf_status enf__stats_wrap(enf_status st, const char *fn, const char *field);
enf_status enf__stats_wrap_rep(enf_status st, const char *fn, size_t i);

/* The figures of one report in group g. */
enf_status enf__stats_figs_read(enf__figs *f, const enf_stats_report *rep,
				enf_stats_group g);

/* Checks reps and count (NULL, 0, NULL entries, naming fn) and reads the
 * figures of every report in group g into a malloc'd array; NULL on
 * failure, with the message set. */
enf__figs *enf__stats_figs_collect(const char *fn,
				   const enf_stats_report *const *reps,
				   size_t count, enf_stats_group g);

#endif /* ENF_STATS_FIGS_H */
