/**
 * @file enforcement/trail.h
 * @brief The calculation trail every engine can write its steps into.
 *
 * Each step holds the rule applied, its legal source, the period, days,
 * base, rate and amount, so a clerk can redo each figure by hand. The fee,
 * interest and order-of-payment engines (payout.h) and the auction engine
 * (auction.h) append to a trail the caller creates.
 */
#ifndef ENF_TRAIL_H
#define ENF_TRAIL_H

#include "common.h"
#include "date.h"
#include "money.h"

ENF_BEGIN_DECL

/** One step of a calculation. */
typedef struct enf_trail_step {
	const char *rule;   /**< what was applied, e.g. "3% of the whole" */
	const char *source; /**< e.g. "Circular 216/2016 Art 4" */
	enf_date first;	    /**< period of the step, or ENF_DATE_NONE */
	enf_date last;	    /**< last day of the period, or ENF_DATE_NONE */
	int32_t days;	    /**< days counted, or 0 */
	enf_money base;	    /**< the amount the rate applies to */
	int64_t rate_ppm;   /**< rate in parts per million (3% = 30000), or
			       0 */
	enf_money amount;   /**< the result of the step */
} enf_trail_step;

/** The ordered steps of one or more calculations. */
typedef struct enf_trail enf_trail;

/**
 * Creates an empty trail.
 * @param[out] out to free with enf_trail_free(); NULL on error.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status) enf_trail_new(enf_trail **out);

/**
 * Frees a trail and the text of its steps.
 * @param trail the trail; NULL is a no-op.
 */
ENF_EXTERN(void) enf_trail_free(enf_trail *trail);

/**
 * Number of steps.
 * @param trail the trail, or NULL.
 * @return the number of steps; 0 for NULL.
 */
ENF_EXTERN(size_t) enf_trail_count(const enf_trail *trail);

/**
 * The i-th step; its strings are borrowed from the trail.
 * @param[out] out the step; unchanged on error.
 * @param trail the trail.
 * @param i the step's position, from 0 in the order the steps were added.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE.
 */
ENF_EXTERN(enf_status)
enf_trail_step_at(enf_trail_step *out, const enf_trail *trail, size_t i);

/**
 * Removes every step, so the trail can record another calculation.
 * @param trail the trail; NULL is a no-op.
 */
ENF_EXTERN(void) enf_trail_clear(enf_trail *trail);

/**
 * The trail as CSV (columns rule, source, first, last, days, base,
 * rate_ppm, amount; header row; LF) or JSON: {"schema":
 * "enforcement-trail/1", "steps": [...]}, the steps an array of objects
 * with those keys (docs/schemas/trail.schema.json). Before the schema
 * member came in, the JSON was the bare array.
 * @param[out] out text to free with enf_free(); NULL on error.
 * @param[out] len its length in bytes, without the final NUL (may be
 *        NULL).
 * @param trail the trail.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_trail_to_csv(char **out, size_t *len, const enf_trail *trail);

/**
 * The trail as JSON, the "enforcement-trail/1" form described at
 * enf_trail_to_csv().
 * @param[out] out text to free with enf_free(); NULL on error.
 * @param[out] len its length in bytes, without the final NUL (may be
 *        NULL).
 * @param trail the trail.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_trail_to_json(char **out, size_t *len, const enf_trail *trail);

ENF_END_DECL

#endif /* ENF_TRAIL_H */
