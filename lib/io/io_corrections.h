/*
 * Private: the row of a correction (corrections.csv, and the items of the
 * JSON "corrections" arrays), shared by io_corrections.c (columns, texts,
 * conversion, export) and io_corr_read.c (the CSV reader and the restore).
 *
 * A row names its case (office, decision_no), its place among the case's
 * corrections (index), the correction (kind, recorded, reason, author,
 * target), then the new value and, in the columns prefixed "was_", the
 * value it replaced: the event (event_*), the facts (the columns of
 * cases.csv), a party (party_*), an obligation (obligation_*) or an asset
 * (asset_*). Only the columns of the correction's kind are filled.
 */
#ifndef ENF_IO_CORRECTIONS_H
#define ENF_IO_CORRECTIONS_H

#include "io_internal.h"
#include "enforcement/correct.h"

/* The columns before the values. */
enum {
	ENF__CR_OFFICE = 0,
	ENF__CR_NO,
	ENF__CR_INDEX,
	ENF__CR_KIND,
	ENF__CR_RECORDED,
	ENF__CR_REASON,
	ENF__CR_AUTHOR,
	ENF__CR_TARGET,
	ENF__CR_VALUES /* the first column of the new value */
};

/* The groups of value columns, and the columns of each value. */
typedef enum enf__cr_group {
	ENF__G_EVENT = 0,
	ENF__G_INFO,
	ENF__G_PARTY,
	ENF__G_OBLIGATION,
	ENF__G_ASSET,
	ENF__G_COUNT
} enf__cr_group;

/* Columns of one value (the new one from ENF__CR_VALUES, the old one
 * ENF__CR_VALUE_COLS after it). */
#define ENF__CR_VALUE_COLS 26
#define ENF__CR_COLS	   (ENF__CR_VALUES + 2 * ENF__CR_VALUE_COLS)

/* The columns of corrections.csv, in the order the export writes them. */
extern const enf__io_col enf__cr_cols[ENF__CR_COLS];

/* The group of a value column (the column's offset from the start of its
 * value), and the first offset of each group. */
enf__cr_group enf__cr_group_of(int offset);
int enf__cr_group_start(enf__cr_group g);
/* The groups a kind has a new value (old 0) or an old value (old 1) in,
 * as bits 1 << group. */
unsigned enf__cr_groups(enf_correction_kind kind, int old);

/* Texts of a row: v[col] for every column ("" where none). */
typedef struct enf__cr_scratch {
	char text[ENF__CR_COLS][48];
} enf__cr_scratch;
void enf__cr_row_texts(const char *v[ENF__CR_COLS], enf__cr_scratch *s,
		       const enf_case *c, size_t i);

/* Converts the texts of a row into the correction and the value it
 * replaced (strings borrowed from v); the office and decision number of
 * facts are the case's (c). Fails with "file:line: column: why". */
enf_status enf__cr_convert(enf_correction *rec, enf_correction *before,
			   size_t *index, const char *const *v,
			   const enf_case *c, const enf__io_loc *loc);

#endif /* ENF_IO_CORRECTIONS_H */
