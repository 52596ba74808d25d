/*
 * Private: the layout of a statistics report, shared by stats_report.c
 * (building, merging, checking and serialising reports), stats_count.c
 * (counting cases into it) and the writers of tables and charts.
 */
#ifndef ENF_STATS_INTERNAL_H
#define ENF_STATS_INTERNAL_H

#include "enforcement/stats.h"
#include "text.h"

/* Measures of the table: ENF_BY_CASES and ENF_BY_MONEY. */
#define ENF__MEASURE_COUNT 2

/* The longest unit name a report takes, in bytes. */
#define ENF__UNIT_MAX ENF__TEXT_FIELD_MAX

/* Every cell of a report, derived rows included, so that the identities
 * hold by construction and merging is a sum. */
typedef struct enf__stats_cells {
	int64_t v[ENF_GROUP_COUNT][ENF__MEASURE_COUNT][ENF_IND_COUNT];
} enf__stats_cells;

/* The definitions a report counts by (enf_stats_report_options, every
 * field resolved to a code). */
typedef struct enf__stats_defs {
	int money_done;		    /* enf_money_done_basis */
	int partial_entrusted_done; /* 0 or 1 */
	int unclassified_row;	    /* enf_unclassified_row */
	int restate;		    /* 0 or 1 (corrections, correct.h) */
} enf__stats_defs;

struct enf_stats_report {
	char *unit; /* owned, non-empty valid UTF-8 */
	enf_period period;
	enf__stats_defs defs;
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
/* The first identity of the table that rows v (all known) break: writes
 * why ("total (5) is not carried over + received") and returns -1; 0 when
 * all hold (stats_identities.c). */
int enf__stats_identities_verify(const int64_t *v, char *why, size_t size);
extern const char *const enf__stats_group_tokens[ENF_GROUP_COUNT];
extern const char *const enf__stats_measure_tokens[ENF__MEASURE_COUNT];

/*
 * Splits a table over n successors in proportion to weights (lib/
 * stats_split.c): parts[i] get sums equal to the whole cell by cell, each
 * keeping the identities. weights are non-negative, not all zero.
 */
void enf__split_cells(enf__stats_cells *parts, const enf__stats_cells *whole,
		      const int64_t *weights, size_t n);

/* Shared by stats_report.c and stats_serial.c: why a unit name of n bytes
 * or a period is refused (NULL when fine; the period's reason is written
 * into buf, with its dates as dates), the identity checks of a table
 * (0 when they hold, else why in why), and a new empty report counting by
 * defs. */
const char *enf__stats_unit_problem(const char *unit, size_t n);
const char *enf__stats_period_problem(const enf_period *p, int *range,
				      char *buf, size_t size);
int enf__stats_verify(const enf__stats_cells *c, char *why, size_t size);
enf_status enf__stats_report_alloc(enf_stats_report **out, const char *unit,
				   size_t n, const enf_period *period,
				   const enf__stats_defs *defs, const char *fn);

/*
 * The definitions of opts (NULL: all from the built-in catalogue), each
 * field -1 looked up in opts->rulebook. Fails naming fn and the field
 * (ENF_EVERSION, ENF_EINVALID, ENF_ENOTFOUND); *out unchanged then.
 */
enf_status enf__stats_defs_resolve(enf__stats_defs *out,
				   const enf_stats_report_options *opts,
				   const char *fn);

/* The built-in definitions (rules "VN.stats.*" of the catalogue). */
enf__stats_defs enf__stats_defs_default(void);

/* The definitions one by one, f = 0 money_done, 1 partial_entrusted_done,
 * 2 unclassified_row, 3 restate: whether a code is one (every definition has
 * the codes 0 and 1), the field's name, a code's token in the JSON form
 * ("collected", ...; NULL for the flag, written as 0 or 1), and the code
 * of field f of d. */
#define ENF__DEFS_FIELDS 4
#define ENF__DEF_RESTATE 3
int enf__stats_def_ok(int code);
const char *enf__stats_def_name(int f);
const char *enf__stats_def_token(int f, int code);
int enf__stats_def_get(const enf__stats_defs *d, int f);
void enf__stats_def_set(enf__stats_defs *d, int f, int code);

/* 0 when a and b are the same definitions; else -1 and why says how the
 * first difference reads in each ("dst counts money done when paid out
 * but src when collected"), naming them an and bn. */
int enf__stats_defs_differ(char *why, size_t size, const enf__stats_defs *a,
			   const char *an, const enf__stats_defs *b,
			   const char *bn);

/*
 * Classifies case c for period p by defs and adds it to cells (unchanged
 * on overflow, ENF_EOVERFLOW naming the case); fn names the caller. top,
 * when not NULL, bounds every cell from above and is kept so: while it
 * leaves room only the base rows are added, unchecked, and the derived
 * rows are left behind until enf__stats_cells_derive(). Start top at
 * enf__stats_cells_top() of cells whose identities hold, and derive once
 * the counting is done (even after an overflow, if the cells are kept).
 */
enf_status enf__stats_count_case(enf__stats_cells *cells, int64_t *top,
				 const enf_case *c, const enf_period *p,
				 const enf__stats_defs *defs, const char *fn);
/* The largest cell, at least 0. */
int64_t enf__stats_cells_top(const enf__stats_cells *cells);
/* Sets the derived rows of every group and measure from the base rows. */
void enf__stats_cells_derive(enf__stats_cells *cells);

/*
 * The case c as known before period p and at its end, for a report that
 * counts corrections in the period in which they were recorded (restate
 * 0; stats_known.c): *before is c as known on the day before the period
 * when a correction was recorded after that day, *end c as known on the
 * last day when one was recorded after it; NULL where c itself serves
 * (always with restate 1). Only corrected cases are copied. Both to free
 * with enf_case_free(); both NULL on error (ENF_ENOMEM, ENF_ERANGE naming
 * fn and the case).
 */
enf_status enf__stats_known(enf_case **before, enf_case **end,
			    const enf_case *c, const enf_period *p, int restate,
			    const char *fn);

/* The byte forms of reports (stats_serial.c): the CRC-32 (IEEE 802.3)
 * of n bytes, and n-byte little-endian integers written and read. */
uint32_t enf__crc32(const unsigned char *p, size_t n);
void enf__put_le(unsigned char *p, uint64_t v, int n);
uint64_t enf__get_le(const unsigned char *p, int n);

#endif /* ENF_STATS_INTERNAL_H */
