/*
 * Private to the model: the history a corrected case keeps (correct.h),
 * shared by case_correct.c (making and restoring corrections),
 * case_history.c (its memory, the corrected log, the copy as known on a
 * day) and case_known.c (what the history answers).
 */
#ifndef ENF_CASE_HISTORY_H
#define ENF_CASE_HISTORY_H

#include "case_internal.h"
#include "enforcement/correct.h"

/* One correction as made, and the value it replaced; both own their
 * strings (reason, author, and those of the kind's value). */
typedef struct enf__record {
	enf_correction now;
	enf_correction before;
} enf__record;

/* A case's corrections and every event as entered. A case gets one with
 * its first correction; until then its log is what was entered. */
struct enf__history {
	enf__event *entries; /* by seq */
	size_t nentries, cap_entries;
	size_t *seqs; /* the seq of each event of the case's log */
	size_t cap_seqs;
	enf__record *recs; /* in the order made */
	size_t nrecs, cap_recs;
	enf_date in_error; /* the day withdrawn as entered in error */
	enf_date known;	   /* a copy as known on this day: read-only */
};

typedef struct enf__history enf__history;

/* The facts a case is built from: its info and arrays, borrowed. */
typedef struct enf__facts {
	enf_case_info info;
	const enf_party *parties;
	size_t nparties;
	const enf_obligation *obligations;
	size_t nobligations;
	const enf_asset *assets;
	size_t nassets;
} enf__facts;

/* The facts c holds now. */
enf__facts enf__facts_of_case(const enf_case *c);

/* A new history holding c's log as entered (seq = position), not yet
 * attached; NULL when out of memory. */
enf__history *enf__history_from_log(const enf_case *c);
/* Copies the owned strings of src's value (and reason and author) into
 * dst; -1 when out of memory (dst then holds nothing to free). */
int enf__correction_own(enf_correction *dst, const enf_correction *src);
void enf__correction_disown(enf_correction *c);
/* Appends a record (taking ownership of its strings); -1 when out of
 * memory, h unchanged. */
int enf__history_push_record(enf__history *h, const enf__record *r);

/*
 * The corrected log of h as known at the end of `known` (ENF_DATE_NONE:
 * everything): the entries (dated up to known) with the corrections
 * recorded up to known applied, in date order, events of a day in seq
 * order. *log and *seqs are malloc'd arrays of *n items (NULL for 0);
 * -1 when out of memory.
 */
int enf__history_log(const enf__history *h, enf_date known, enf__event **log,
		     size_t **seqs, size_t *n);

/*
 * A new case built from f and the n events of log through the checks of
 * enf_case_new, enf_case_add_* and enf_case_apply; its refused item's
 * message is left as the case model wrote it. The case has no history.
 */
enf_status enf__case_build(enf_case **out, const enf__facts *f,
			   const enf__event *log, size_t n);

/* Moves the facts, log and owed sum of built (a case enf__case_build()
 * made) into c, whose old parts are freed, and frees built's shell; c's
 * info strings are replaced when its info changed. -1 when out of memory
 * (c and built unchanged). */
int enf__case_take(enf_case *c, enf_case *built);

#endif /* ENF_CASE_HISTORY_H */
