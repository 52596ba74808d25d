/*
 * Private: how the engines write into an enf_trail (enforcement/trail.h).
 */
#ifndef ENF_TRAIL_INTERNAL_H
#define ENF_TRAIL_INTERNAL_H

#include "internal.h"
#include "enforcement/trail.h"

/*
 * Appends a copy of step (its rule and source strings are copied; NULL
 * strings are stored as ""). A NULL trail is a no-op returning ENF_OK; a
 * NULL step is ENF_EINVALID. ENF_ENOMEM (with a message) leaves the trail
 * unchanged.
 */
enf_status enf__trail_add(enf_trail *t, const enf_trail_step *step);

/* Appends an undated step (no period, no days) with the given rule,
 * source, base, rate and amount; as enf__trail_add(). */
enf_status enf__trail_note(enf_trail *t, const char *rule, const char *source,
			   enf_money base, int64_t rate_ppm, enf_money amount);

/* Removes the steps from index n on (no-op for NULL or n >= count), so an
 * engine that fails half-way can put the trail back as it found it. */
void enf__trail_truncate(enf_trail *t, size_t n);

/* The thread's last error, kept across a lookup whose failure is an
 * answer ("no row in force"), so that a call that succeeds leaves
 * enf_last_error() as it found it. */
typedef struct enf__err_keep {
	enf_status status;
	char msg[512];
} enf__err_keep;

void enf__err_save(enf__err_keep *k);
void enf__err_restore(const enf__err_keep *k);

#endif /* ENF_TRAIL_INTERNAL_H */
