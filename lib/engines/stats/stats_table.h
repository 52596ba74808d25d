/*
 * Private: the indicator table of reports side by side (stats_table.c
 * writes CSV, Markdown and HTML, stats_table_json.c the two JSON forms),
 * with the figures the table options add to each report.
 */
#ifndef ENF_STATS_TABLE_H
#define ENF_STATS_TABLE_H

#include "stats_figs.h"

/* Rows of a grid: the indicators, the two rates, then the rows the
 * options add (targets and gaps, last year's done and growth). */
enum {
	ENF__ROW_RATE_CASES = ENF_IND_COUNT,
	ENF__ROW_RATE_MONEY,
	ENF__ROW_TARGET,
	ENF__ROW_GAP,
	ENF__ROW_PREV_DONE,
	ENF__ROW_GROWTH,
	ENF__ROWS
};

/* One report's figures with what the options add, by measure. */
typedef struct enf__tfigs {
	enf__figs f;
	int has_prev; /* a report of last year was given */
	int64_t prev_done[ENF__MEASURE_COUNT];
	int has_growth[ENF__MEASURE_COUNT]; /* last year's done above 0 */
	int64_t growth[ENF__MEASURE_COUNT]; /* hundredths of a percent */
	int has_gap[ENF__MEASURE_COUNT];    /* a rate and a target */
	int64_t gap[ENF__MEASURE_COUNT];    /* rate - target, hundredths */
} enf__tfigs;

/* A table being written. */
typedef struct enf__table {
	enf_table_options o; /* checked; title NULL when there is none */
	enf__tfigs *t;	     /* count reports */
	size_t count;
	enf_period prev_period;	       /* last year's, when o.previous */
	enf_stats_report_options defs; /* of reps[0] */
} enf__table;

/* The JSON of enf_stats_table() (the form of earlier releases) and the
 * "enforcement-table/1" form of enf_stats_table_with(). */
enf_status enf__table_json_legacy(enf__io_buf *b, const enf__table *tb);
enf_status enf__table_json(enf__io_buf *b, const enf__table *tb);

#endif /* ENF_STATS_TABLE_H */
