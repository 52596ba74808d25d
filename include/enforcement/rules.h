/**
 * @file enforcement/rules.h
 * @brief Effective-dated rule sets: which law governs a date, and the
 *        numbers each regime sets for the case lifecycle.
 *
 * Vietnam's civil-judgment enforcement has had three regimes:
 * - ENF_REGIME_VN2008: Law 26/2008/QH12 as first enacted (1 Jul 2009 -
 *   30 Jun 2015);
 * - ENF_REGIME_VN2014: the same law as amended by Law 64/2014/QH13, with
 *   Decree 62/2015/NĐ-CP (1 Jul 2015 - 30 Jun 2026), called "old" below;
 * - ENF_REGIME_VN2026: Law 106/2025/QH15 with Decree 152/2026/NĐ-CP (from
 *   1 Jul 2026), called "new".
 * Decree 152/2026 Art 115: steps lawfully taken before 1 Jul 2026 stay
 * valid and the remaining steps follow the new law; so the regime that
 * governs a step is the one in force on the step's date.
 *
 * Every duration the law sets for the case lifecycle lives in an
 * ::enf_case_rules value, never in a code path. Where the text of Law 106
 * could not be checked (marked U in the domain notes) the new regime keeps
 * the old value as a documented default, and callers may override it.
 */
#ifndef ENF_RULES_H
#define ENF_RULES_H

#include "common.h"
#include "date.h"

ENF_BEGIN_DECL

/** The legal regime of enforcement. */
typedef enum enf_regime {
	ENF_REGIME_VN2008 = 0, /**< Law 26/2008, original text */
	ENF_REGIME_VN2014 = 1, /**< Law 26/2008 as amended 2014 ("old") */
	ENF_REGIME_VN2026 = 2  /**< Law 106/2025, Decree 152/2026 ("new") */
} enf_regime;

/**
 * The regime in force on a date: VN2008 from 2009-07-01, VN2014 from
 * 2015-07-01, VN2026 from 2026-07-01.
 * @param[out] out the regime; unchanged on error.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE (before 2009-07-01 or not a
 *         valid date).
 */
ENF_EXTERN(enf_status) enf_regime_on(enf_regime *out, enf_date date);

/**
 * A short name: "VN-2008", "VN-2014", "VN-2026"; "unknown" otherwise.
 * @return a static string; never NULL.
 */
ENF_EXTERN(const char *) enf_regime_name(enf_regime regime);

/**
 * The durations of the case lifecycle under one regime. Counted as the
 * Civil Code says (see date.h). Sources per field; U = the text of Law 106
 * was not checked, the old value is the default.
 */
typedef struct enf_case_rules {
	unsigned int version; /**< ENF_CASE_RULES_VERSION */
	enf_regime regime;    /**< the regime these values come from */
	/** Decision on a request or a received judgment: 5 working days
	 * (Law 26/2008 Art 36(1); new: U). */
	int32_t decision_working_days;
	/** Voluntary period from notice of the decision: 10 days (Art 45(1)
	 * as amended 2014; 15 days in the 2008 text; new: U). */
	int32_t voluntary_days;
	/** Verification within 10 days after the voluntary period ends
	 * (Art 44(1); new: U). */
	int32_t verification_days;
	/** Re-verification of a case without means: at least every 6 months
	 * (Art 44(4); new: U). */
	int32_t reverify_months;
	/** ... every 12 months when the debtor is in prison with 2+ years
	 * left or has no known address (Art 44(4)). */
	int32_t reverify_months_special;
	/** Separate book after this long without means: 12 months (Decree
	 * 62 Art 9(5)); new: 24 months (Decree 152 Art 22). */
	int32_t separate_book_months;
	/** ... for prisoners and unknown addresses: 24 months (Decree 62
	 * Art 9(5)); new: 24. */
	int32_t separate_book_months_special;
	/** Verifications needed before the separate book: 2. */
	int32_t separate_book_verifications;
	/** Limitation on a request: 5 years from the judgment taking effect
	 * (Art 30(1); new: U). */
	int32_t limitation_years;
	/** 1 when on-request cases without means are returned to the
	 * creditor instead of going to the separate book: the 2008 text
	 * (Art 51, trả đơn, repealed 2014; Vs) and the new law (Decree 152
	 * Art 22); 0 under the 2014 amendment. */
	int returns_request;
	/** 1 when one decision (one case) is issued per debtor (new: Decree
	 * 152 Art 8, 11); 0 when one per request (old: Decree 62 Art 7). */
	int case_per_debtor;
} enf_case_rules;

#define ENF_CASE_RULES_VERSION 1

/**
 * The case rules of a regime, with their defaults.
 * @param[out] out the rules; unchanged on error.
 * @return ENF_OK, ENF_EINVALID (out NULL, unknown regime).
 */
ENF_EXTERN(enf_status)
enf_case_rules_for(enf_case_rules *out, enf_regime regime);

/**
 * Checks a rules value (for one a caller edited): version known, every
 * duration 1..1200, flags 0 or 1.
 * @return ENF_OK, ENF_EINVALID (with the field named) or ENF_EVERSION.
 */
ENF_EXTERN(enf_status) enf_case_rules_check(const enf_case_rules *rules);

ENF_END_DECL

#endif /* ENF_RULES_H */
