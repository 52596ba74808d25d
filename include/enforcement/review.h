/**
 * @file enforcement/review.h
 * @brief The review list of a register: the cases an office or province
 *        reviews to concentrate its resources, ranked.
 *
 * Provinces review their "hot spots" (điểm nóng): cases with means to
 * enforce that have stayed undone for a long time, cases of large value,
 * corruption and economic cases, and difficult ones (Lạng Sơn, 2025:
 * every case with means for over a year and not done). No statute sets
 * the criteria; the caller chooses them. What "with means" and "done"
 * mean comes from the case model (case.h, Circular 05/2024/TT-BTP): with
 * means = being enforced, in the voluntary period, postponed under Art
 * 48(1)(c), done or terminated; done = performed in full or terminated.
 *
 * A case is listed when it lies in the scope (office, modes, states on
 * the as-of date) and meets the criteria: in its state since before a
 * date, at least an amount outstanding, any of some flags; all of those
 * given, or any of them (::enf_review_options.match_any). Each item says
 * which criteria it met.
 */
#ifndef ENF_REVIEW_H
#define ENF_REVIEW_H

#include "case.h"
#include "common.h"
#include "date.h"
#include "money.h"

ENF_BEGIN_DECL

/** How the list is ranked. Ties are broken by office, then decision
 * number (byte order), then register index. */
typedef enum enf_review_order {
	ENF_REVIEW_BY_OUTSTANDING = 0, /**< most money outstanding first */
	ENF_REVIEW_BY_AGE =
		1 /**< longest in its state first (earliest since) */
} enf_review_order;

/** The criteria an item met (::enf_review_item.reasons). */
#define ENF_REVIEW_AGE	 0x1u /**< in its state since before since_before */
#define ENF_REVIEW_MONEY 0x2u /**< outstanding at least min_outstanding */
#define ENF_REVIEW_FLAGS 0x4u /**< has one of the flags */

/** What the review list keeps. Start from enf_review_options_init() and
 * set the date. */
typedef struct enf_review_options {
	unsigned int version; /**< ENF_REVIEW_OPTIONS_VERSION */
	enf_date date;	      /**< the as-of date; required */
	const char *office;   /**< office code, or NULL for all */
	unsigned int modes;   /**< bitmask of 1u << mode; 0 = all */
	/** Bitmask of 1u << state on `date`; 0 = the cases counted with
	 * means and not done on `date` (the default of a review). */
	unsigned int states;
	/** Criterion: in its state since a day before this one (a case
	 * classified with means on 2024-06-30 and still so is kept for
	 * 2024-07-01 and later); ENF_DATE_NONE for no such criterion. */
	enf_date since_before;
	/** Criterion: outstanding (owed less collected and reduced) on
	 * `date` at least this many VND; 0 for no such criterion. */
	enf_money min_outstanding;
	/** Criterion: at least one of these case flags (ENF_CASE_CORRUPTION,
	 * ENF_CASE_DIFFICULT, ...); 0 for no such criterion. */
	unsigned int flags;
	/** 0: a case meets every criterion given; 1: at least one (a case
	 * still has to lie in the scope). With no criterion, every case of
	 * the scope is listed. */
	int match_any;
	enf_review_order order; /**< ranking */
} enf_review_options;

/** The current version of ::enf_review_options. */
#define ENF_REVIEW_OPTIONS_VERSION 1
/** The defaults enf_review_options_init() fills: no date (set one), all
 * offices and modes, the cases with means not done, no criterion, all
 * criteria to be met, by outstanding money. */
#define ENF_REVIEW_OPTIONS_INIT                                                \
	{                                                                      \
		ENF_REVIEW_OPTIONS_VERSION, ENF_DATE_NONE, NULL, 0, 0,         \
			ENF_DATE_NONE, 0, 0, 0, ENF_REVIEW_BY_OUTSTANDING      \
	}

/** One line of the review list. */
typedef struct enf_review_item {
	size_t case_index;     /**< index in the register */
	enf_case_state state;  /**< state on the as-of date */
	enf_date since;	       /**< date the case entered that state */
	enf_money outstanding; /**< on the as-of date, VND */
	int32_t age_days;      /**< days from since to the as-of date */
	unsigned int reasons;  /**< ENF_REVIEW_AGE | ... met */
} enf_review_item;

/**
 * Fills opts with ENF_REVIEW_OPTIONS_INIT, for bindings that cannot use
 * the macro.
 * @param[out] opts the options to fill.
 * @param version ENF_REVIEW_OPTIONS_VERSION.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_EVERSION (version outside
 *         1..ENF_REVIEW_OPTIONS_VERSION; the message names "version").
 */
ENF_EXTERN(enf_status)
enf_review_options_init(enf_review_options *opts, unsigned int version);

/**
 * The review list of a register, ranked by opts->order.
 * @param[out] out array of cap items; may be NULL when cap is 0 (to ask
 *        for the count).
 * @param cap the number of items out can hold.
 * @param[out] count number of items; set even when cap is too small.
 * @param reg the register.
 * @param opts required (the as-of date has no default).
 * @return ENF_OK, ENF_EINVALID (NULL, no date, since_before after
 *         the date, a negative amount, unknown mask bits, order or
 *         match_any out of range: the message names the field and shows
 *         dates as YYYY-MM-DD), ENF_ERANGE (a date outside the calendar),
 *         ENF_EVERSION, ENF_EBUFSIZE (cap too small:
 *         *count is the number needed and out is not written) or
 *         ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_register_review(enf_review_item *out, size_t cap, size_t *count,
		    const enf_register *reg, const enf_review_options *opts);

/**
 * The number of items enf_register_review() would list.
 * @param[out] out the count; unchanged on error.
 * @param reg the register.
 * @param opts as for enf_register_review(); required.
 * @return as enf_register_review(), without ENF_EBUFSIZE.
 */
ENF_EXTERN(enf_status)
enf_register_review_count(size_t *out, const enf_register *reg,
			  const enf_review_options *opts);

ENF_END_DECL

#endif /* ENF_REVIEW_H */
