/*
 * Private: the layout of a statistics report, shared by stats_report.c
 * (building, merging, checking and serialising reports) and the writers
 * of tables and charts.
 */
#ifndef ENF_STATS_INTERNAL_H
#define ENF_STATS_INTERNAL_H

#include "enforcement/stats.h"

/* Measures of the table: ENF_BY_CASES and ENF_BY_MONEY. */
#define ENF__MEASURE_COUNT 2

/* The longest unit name a report takes, in bytes. */
#define ENF__UNIT_MAX 1024

/* Every cell of a report, derived rows included, so that the identities
 * hold by construction and merging is a sum. */
typedef struct enf__stats_cells {
	int64_t v[ENF_GROUP_COUNT][ENF__MEASURE_COUNT][ENF_IND_COUNT];
} enf__stats_cells;

struct enf_stats_report {
	char *unit; /* owned, non-empty valid UTF-8 */
	enf_period period;
	enf__stats_cells cells;
	uint64_t org_version; /* basis of a rollup (stats_org.c): the tree */
	enf_date org_date;    /* version and date; 0 and ENF_DATE_NONE */
};

/* Sets the derived rows of one measure of one group (total, to enforce,
 * with means, carried to next period) from its base rows. */
void enf__stats_derive(int64_t *v);

/* Tokens of rows ("carried_over", ...), groups ("all", "agency", ...) and
 * measures ("cases", "money"), as the JSON form of a report uses them. */
extern const char *const enf__stats_row_tokens[ENF_IND_COUNT];
extern const char *const enf__stats_group_tokens[ENF_GROUP_COUNT];
extern const char *const enf__stats_measure_tokens[ENF__MEASURE_COUNT];

#endif /* ENF_STATS_INTERNAL_H */
