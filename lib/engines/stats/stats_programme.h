/*
 * Private: the layout of a programme report (programme.h), shared by
 * stats_programme.c (counting, rows, rates, merging) and
 * stats_programme_io.c (JSON and tables).
 */
#ifndef ENF_STATS_PROGRAMME_H
#define ENF_STATS_PROGRAMME_H

#include "internal.h"
#include "enforcement/programme.h"

/* Groups of a row: put to the programme, and the comparable others. */
enum { ENF__PROG_ASSIGNED = 0, ENF__PROG_OTHERS = 1, ENF__PROG_GROUPS = 2 };

typedef struct enf__prog_row {
	char *office; /* owned */
	enf_programme_figures f[ENF__PROG_GROUPS];
} enf__prog_row;

struct enf_programme_report {
	char *code; /* owned */
	char *name; /* owned; NULL for none */
	int32_t number;
	enf_period period;   /* first day to the end of the report */
	enf__prog_row *rows; /* by office code, byte order */
	size_t nrows;
};

/* A report of code, name, number and period with n rows whose offices
 * are copied from offices (already in order, each once), all zero; NULL
 * when out of memory. */
enf_programme_report *enf__prog_alloc(const char *code, const char *name,
				      int32_t number, const enf_period *period,
				      const char *const *offices, size_t n);

/* Figures that are consistent: nothing negative, done within put. */
int enf__prog_figures_ok(const enf_programme_figures *f);

#endif /* ENF_STATS_PROGRAMME_H */
