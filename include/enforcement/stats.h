/**
 * @file enforcement/stats.h
 * @brief Completion rates, targets and growth; the indicator table of a
 *        reporting period built from the register; mergeable reports;
 *        checks of published figures.
 *
 * Enforcement offices report cumulative figures from 1 October, by cases
 * (việc) and by money (tiền). The headline is the completion rate, done /
 * with means to enforce (có điều kiện), published to two decimals of a
 * percent rounded half-up (Circular 05/2024/TT-BTP; Vs), and compared with
 * a target set by the National Assembly: "vượt" / "còn thiếu" X% are
 * percentage points. Lạng Sơn, first six months of 2025: 2,244 cases done
 * of 3,567 with means = 62.91%, target 84.05%, short by 21.14 points.
 *
 * Rates here are integers in units of 10^-precision percent (precision 2:
 * hundredths, 6291 = 62.91%), computed exactly in 128 bits and rounded
 * once. Division by zero and negative inputs are errors, never NaN.
 *
 * The indicator table (::enf_indicator) follows the domain notes §6
 * (Circular 05/2024 forms; Vs/I where marked there). Its identities hold by
 * construction and enf_stats_report_check() verifies them:
 * - total = carried over + received
 * - to enforce = total - entrusted - withdrawn
 * - to enforce = with means + without means + separate book + returned
 * - with means = done + being enforced + postponed 48(1)(c) + other
 * - carried to next period = to enforce - done
 * By money, a case's amount is what it owed at the start of the period
 * (or when decided within it); money collected in the period is done, and
 * the remainder is counted in the row of the case's state at the end.
 *
 * Where the official definitions leave a choice, a report takes it from
 * ::enf_stats_report_options (defaults from the rules catalogue, rows
 * "VN.stats.*") and records it: which counter makes money done, whether
 * a case done in part whose rest was entrusted counts as done, and the
 * row of a decided case not yet classified. A reduction of an
 * obligation to the state budget (ENF_EV_OBLIGATION_REDUCED, "giảm thi
 * hành án") leaves the table by money, and a case whose rest was reduced
 * and collected counts as done (GSO metadata "Kết quả thi hành án dân
 * sự"; Vs).
 */
#ifndef ENF_STATS_H
#define ENF_STATS_H

#include "case.h"
#include "common.h"
#include "date.h"
#include "money.h"
#include "rules.h"

ENF_BEGIN_DECL

/* ---------------------------------------------------------------------- */
/* Pure rate functions (no allocation)                                     */

/** Precision and rounding of rates. */
typedef struct enf_rate_options {
	unsigned int version;  /**< ENF_RATE_OPTIONS_VERSION */
	int precision;	       /**< decimals of a percent, 0..6; default 2 */
	enf_rounding rounding; /**< default ENF_ROUND_HALF_UP */
} enf_rate_options;

/** The current version of ::enf_rate_options. */
#define ENF_RATE_OPTIONS_VERSION 1
/** The defaults: precision 2, half-up. */
#define ENF_RATE_OPTIONS_INIT                                                  \
	{                                                                      \
		ENF_RATE_OPTIONS_VERSION, 2, ENF_ROUND_HALF_UP                 \
	}

/**
 * Fills opts with the defaults (precision 2, half-up).
 * @param[out] opts the options to fill.
 * @param version ENF_RATE_OPTIONS_VERSION.
 * @return ENF_OK, ENF_EINVALID or ENF_EVERSION.
 */
ENF_EXTERN(enf_status)
enf_rate_options_init(enf_rate_options *opts, unsigned int version);

/**
 * The completion rate done / with_means in units of 10^-precision percent:
 * 2,244 of 3,567 gives 6291 (62.91%). The library's one rate function
 * (the deprecated enf_percent_of() of money.h gives the same figure at
 * precision 2 for 0 <= done <= with_means); report tables use it too
 * (enf_stats_report_rate()).
 * @param[out] out the rate; unchanged on error.
 * @param done the cases (or VND) done.
 * @param with_means the cases (or VND) with means.
 * @param opts NULL for precision 2, half-up.
 * @return ENF_OK, ENF_EINVALID (NULL out, negative input, done above
 *         with_means, bad options), ENF_EDIVZERO (with_means 0),
 *         ENF_EVERSION or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status)
enf_stats_rate(int64_t *out, int64_t done, int64_t with_means,
	       const enf_rate_options *opts);

/**
 * The share of a target reached, rate / target, in units of
 * 10^-precision percent: 62.91% of a target of 84.05% is 7485 (74.85%).
 * rate and target are in the same units as opts->precision.
 * @param[out] out the share; unchanged on error.
 * @param rate the rate reached.
 * @param target the target.
 * @param opts NULL for precision 2, half-up.
 * @return ENF_OK, ENF_EINVALID (negative), ENF_EDIVZERO (target 0),
 *         ENF_EVERSION or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status)
enf_stats_target_share(int64_t *out, int64_t rate, int64_t target,
		       const enf_rate_options *opts);

/**
 * Relative growth (current - previous) / previous of a count or amount,
 * in units of 10^-precision percent (not a difference of rates).
 * @param[out] out the growth; unchanged on error.
 * @param current the count or amount of the period.
 * @param previous the base.
 * @param opts NULL for precision 2, half-up.
 * @return ENF_OK, ENF_EINVALID (negative input), ENF_EDIVZERO (previous
 *         0), ENF_EVERSION or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status)
enf_stats_growth(int64_t *out, int64_t current, int64_t previous,
		 const enf_rate_options *opts);

/** A result against a target. */
typedef enum enf_target_verdict {
	ENF_TARGET_REACHED = 0,	 /**< rate equals the target */
	ENF_TARGET_EXCEEDED = 1, /**< "vượt": above by points */
	ENF_TARGET_SHORT = 2	 /**< "còn thiếu": below by points */
} enf_target_verdict;

/** The comparison of a rate with its target. */
typedef struct enf_target_result {
	enf_target_verdict verdict; /**< reached, exceeded or short */
	int64_t points; /**< |rate - target|, same units as the rate */
} enf_target_result;

/**
 * Compares a rate with a target (same units): 6291 against 8405 is
 * ENF_TARGET_SHORT by 2114 (21.14 points).
 * @param[out] out the comparison; unchanged on error.
 * @param rate the rate reached.
 * @param target the target.
 * @return ENF_OK, ENF_EINVALID (NULL, negative) or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status)
enf_stats_compare(enf_target_result *out, int64_t rate, int64_t target);

/**
 * Writes a rate of the given precision: "62.91%" (EN), "62,91%" (VI),
 * "62.91" (PLAIN).
 * @param[out] buf the text; unchanged on error.
 * @param size bytes available in buf.
 * @param rate the rate, in units of 10^-precision percent.
 * @param precision decimals of a percent, 0..6.
 * @param locale one of ::enf_locale.
 * @return ENF_OK, ENF_EINVALID (NULL, precision outside 0..6, locale) or
 *         ENF_EBUFSIZE.
 */
ENF_EXTERN(enf_status)
enf_stats_format_rate(char *buf, size_t size, int64_t rate, int precision,
		      enf_locale locale);

/**
 * Writes a target result: "short by 21.14 points", "exceeded by 1.41
 * points", "reached" (EN); "còn thiếu 21,14%", "vượt 1,41%", "đạt chỉ
 * tiêu" (VI, as the press writes them).
 * @param[out] buf the text; unchanged on error.
 * @param size bytes available in buf.
 * @param result the comparison (enf_stats_compare()).
 * @param precision the precision of its points (decimals of a percent).
 * @param locale one of ::enf_locale.
 * @return ENF_OK, ENF_EINVALID or ENF_EBUFSIZE.
 */
ENF_EXTERN(enf_status)
enf_stats_format_result(char *buf, size_t size, const enf_target_result *result,
			int precision, enf_locale locale);

/* ---------------------------------------------------------------------- */
/* Checks of published figures                                             */

/**
 * The whole-number denominators consistent with a numerator and a
 * published rate rounded half-up at the given precision: every d with
 * round(num / d) = rate. 600 done at a published 75.66% gives only 793.
 * @param[out] lo smallest consistent denominator; unchanged on error.
 * @param[out] hi largest; when no whole number fits, *lo > *hi and the
 *        call still succeeds (the published pair is inconsistent).
 * @param numerator the published count (done).
 * @param rate in units of 10^-precision percent, above 0.
 * @param precision decimals of a percent of the published rate, 0..6.
 * @return ENF_OK, ENF_EINVALID (NULL, negative, rate 0, precision) or
 *         ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status)
enf_stats_denominators(int64_t *lo, int64_t *hi, int64_t numerator,
		       int64_t rate, int precision);

/* ---------------------------------------------------------------------- */
/* The indicator table                                                     */

/** Measures: cases or money. */
typedef enum enf_measure {
	ENF_BY_CASES = 0, /**< việc */
	ENF_BY_MONEY = 1  /**< tiền, VND */
} enf_measure;

/** Rows of the indicator table. */
typedef enum enf_indicator {
	ENF_IND_CARRIED_OVER = 0,   /**< from earlier periods, open at the
				       start, separate book excluded */
	ENF_IND_RECEIVED = 1,	    /**< decided within the period */
	ENF_IND_TOTAL = 2,	    /**< carried over + received */
	ENF_IND_ENTRUSTED = 3,	    /**< entrusted out in the period */
	ENF_IND_WITHDRAWN = 4,	    /**< decisions withdrawn or annulled */
	ENF_IND_TO_ENFORCE = 5,	    /**< total - entrusted - withdrawn */
	ENF_IND_WITH_MEANS = 6,	    /**< có điều kiện */
	ENF_IND_DONE = 7,	    /**< done, terminated counted as done */
	ENF_IND_BEING_ENFORCED = 8, /**< with means, not done at the end */
	ENF_IND_POSTPONED_AGREEMENT = 9, /**< postponed under 48(1)(c) */
	ENF_IND_WITH_MEANS_OTHER = 10,	 /**< decided, not yet classified */
	ENF_IND_WITHOUT_MEANS = 11, /**< chưa có điều kiện, incl. other
				       postponements and suspensions */
	ENF_IND_SEPARATE_BOOK = 12, /**< moved to the separate book */
	ENF_IND_RETURNED = 13,	  /**< request returned (2008 text, new law) */
	ENF_IND_CARRIED_NEXT = 14 /**< to enforce - done */
} enf_indicator;

/** The number of indicators (rows of the table). */
#define ENF_IND_COUNT 15

/** Breakdowns of the table. A case counts in ALL and in each group it
 * belongs to. */
typedef enum enf_stats_group {
	ENF_GROUP_ALL = 0,	     /**< every case */
	ENF_GROUP_AGENCY = 1,	     /**< chủ động */
	ENF_GROUP_REQUEST = 2,	     /**< theo yêu cầu */
	ENF_GROUP_BANK_CREDIT = 3,   /**< has a bank-credit obligation */
	ENF_GROUP_CORRUPTION = 4,    /**< ENF_CASE_CORRUPTION */
	ENF_GROUP_ADMINISTRATIVE = 5 /**< administrative judgment */
} enf_stats_group;

/** The number of groups. */
#define ENF_GROUP_COUNT 6

/** The report of one unit (an office, a set of offices, a province) for a
 * reporting period. */
typedef struct enf_stats_report enf_stats_report;

/**
 * Creates an empty report that counts by the definitions of the built-in
 * catalogue (enf_stats_report_new_with() with NULL options).
 * @param unit a name for the unit ("LS-TP", "Lạng Sơn"); copied.
 * @param period the reporting period, e.g. from enf_report_cumulative().
 * @param[out] out to free with enf_stats_report_free(); NULL on error.
 * @return ENF_OK, ENF_EINVALID (NULL, empty unit, period ends before it
 *         starts), ENF_ERANGE (invalid dates) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_stats_report_new(enf_stats_report **out, const char *unit,
		     const enf_period *period);

/**
 * Frees a report.
 * @param rep the report; NULL is a no-op.
 */
ENF_EXTERN(void) enf_stats_report_free(enf_stats_report *rep);

/**
 * Which counter makes money "done". The GSO definition counts money
 * "đã thu, nộp ngân sách và chi trả cho người được thi hành án" (collected,
 * remitted to the budget and paid to the creditors; Vs, text cut short):
 * whether collected money still held counts is not settled (I). Rule
 * "VN.stats.money_done_basis", default collected.
 */
typedef enum enf_money_done_basis {
	ENF_MONEY_DONE_COLLECTED = 0, /**< collected (ENF_EV_COLLECTED) */
	ENF_MONEY_DONE_PAID_OUT = 1   /**< paid out (ENF_EV_PAID_OUT) */
} enf_money_done_basis;

/**
 * The row of a decided case not yet classified: in its voluntary period,
 * or decided with no event yet. Circular 05/2024 forms not read (U); rule
 * "VN.stats.unclassified_row", default with means, other.
 */
typedef enum enf_unclassified_row {
	ENF_UNCLASSIFIED_WITH_MEANS_OTHER = 0, /**< ENF_IND_WITH_MEANS_OTHER */
	ENF_UNCLASSIFIED_WITHOUT_MEANS = 1     /**< ENF_IND_WITHOUT_MEANS */
} enf_unclassified_row;

/** A field of ::enf_stats_report_options taken from the rulebook. */
#define ENF_STATS_FROM_RULES (-1)

/**
 * The definitions a report counts by. Each field is a code, or
 * ENF_STATS_FROM_RULES (-1) for the value of its rule in `rulebook`
 * (NULL: the built-in catalogue).
 *
 * - money_done (::enf_money_done_basis, rule "VN.stats.money_done_basis",
 *   default 0 collected): with 1, the amount a case still owed before the
 *   period and the money done in it follow the money paid out instead of
 *   the money collected; a case done or terminated in the period still
 *   counts its whole amount as done.
 * - partial_entrusted_done (0 or 1, rule "VN.stats.partial_entrusted_done",
 *   default 1): 1 counts a case entrusted to another office at the end of
 *   the period, of which some money was done (collected, or paid out with
 *   money_done 1), as done by cases (GSO: "đã tổ chức thi hành xong một
 *   phần ... nhưng phần còn lại đã ủy thác ... và đã xóa sổ"; Vs); by
 *   money its done part is done and the rest entrusted either way. 0
 *   counts it as entrusted.
 * - unclassified_row (::enf_unclassified_row, rule
 *   "VN.stats.unclassified_row", default 0 with means, other).
 * - restate (0 or 1, rule "VN.stats.restate_corrections", default 0;
 *   version 2): how corrections (correct.h) count. Joint Circular
 *   12/2021/TTLT Art 10 (V): a correction is counted in the period in
 *   which it is recorded and a period already reported is not changed.
 *   With 0, a case corrected after the day before the period is
 *   classified by its state before the period as it was known at the end
 *   of that day (enf_case_as_known(): the figures carried over are those
 *   reported), and by its state at the end of the period as known at the
 *   end of `last`. The money counted in the period is the difference of
 *   the two; a correction that lowers money counted in an earlier period
 *   (a collection corrected down) would make it negative: it is counted
 *   as 0, and the lower figure is carried into the periods after (the
 *   table keeps no negative cell). Likewise a case closed before the
 *   period as then known (done, withdrawn) whose closing a correction
 *   voids in the period stays off this period's table, as reported, and
 *   is carried over into the next one. With 1 every case is counted as it is
 *   known now: a restatement. Either way a case withdrawn as entered in
 *   error adds nothing, in any period, as every report leaves it out
 *   (correct.h); a register as known on a day before the withdrawal
 *   (enf_register_as_known()) still holds it. A version 1 value takes
 *   restate from the rulebook.
 */
typedef struct enf_stats_report_options {
	unsigned int version;	      /**< ENF_STATS_REPORT_OPTIONS_VERSION */
	int money_done;		      /**< ::enf_money_done_basis, or -1 */
	int partial_entrusted_done;   /**< 0, 1, or -1 */
	int unclassified_row;	      /**< ::enf_unclassified_row, or -1 */
	const enf_rulebook *rulebook; /**< for the -1 fields; NULL: built-in */
	int restate;		      /**< 0, 1, or -1 (version 2) */
} enf_stats_report_options;

/** The current version of ::enf_stats_report_options. */
#define ENF_STATS_REPORT_OPTIONS_VERSION 2
/** The defaults: every definition from the rulebook. */
#define ENF_STATS_REPORT_OPTIONS_INIT                                          \
	{                                                                      \
		ENF_STATS_REPORT_OPTIONS_VERSION, ENF_STATS_FROM_RULES,        \
			ENF_STATS_FROM_RULES, ENF_STATS_FROM_RULES, NULL,      \
			ENF_STATS_FROM_RULES                                   \
	}

/**
 * Fills opts with ENF_STATS_REPORT_OPTIONS_INIT (every definition from the
 * built-in catalogue).
 * @param[out] opts the options to fill.
 * @param version ENF_STATS_REPORT_OPTIONS_VERSION.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_EVERSION.
 */
ENF_EXTERN(enf_status)
enf_stats_report_options_init(enf_stats_report_options *opts,
			      unsigned int version);

/**
 * Creates an empty report that counts by the definitions of opts (NULL:
 * the built-in catalogue's, as enf_stats_report_new()). The report keeps
 * the resolved codes, not the rulebook.
 * @param[out] out to free with enf_stats_report_free(); NULL on error.
 * @param unit a name for the unit; copied.
 * @param period the reporting period.
 * @param opts the definitions, or NULL.
 * @return as enf_stats_report_new(), plus ENF_EVERSION (opts->version)
 *         and ENF_EINVALID naming a field out of range, or a rule whose
 *         value in the rulebook is not a code of its field.
 */
ENF_EXTERN(enf_status)
enf_stats_report_new_with(enf_stats_report **out, const char *unit,
			  const enf_period *period,
			  const enf_stats_report_options *opts);

/**
 * The definitions a report counts by, resolved: every field a code (never
 * -1), version ENF_STATS_REPORT_OPTIONS_VERSION and rulebook NULL.
 * @param[out] out the definitions; unchanged on error.
 * @param rep the report.
 * @return ENF_OK or ENF_EINVALID (NULL).
 */
ENF_EXTERN(enf_status)
enf_stats_report_options_get(enf_stats_report_options *out,
			     const enf_stats_report *rep);

/**
 * Counts one case into the report (cases not open in the period, or not
 * yet decided at its end, add nothing).
 * @param rep the report.
 * @param c the case.
 * @return ENF_OK, ENF_EINVALID or ENF_EOVERFLOW; the report is unchanged
 *         on error.
 */
ENF_EXTERN(enf_status)
enf_stats_report_add_case(enf_stats_report *rep, const enf_case *c);

/**
 * Counts every case of a register kept by a filter (NULL: all; only
 * office, modes, judgment_kinds, obligation_kinds and flags are used).
 * @param rep the report.
 * @param reg the register.
 * @param f the filter, or NULL.
 * @return as enf_stats_report_add_case(), plus ENF_EVERSION and
 *         ENF_ENOMEM; unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_stats_report_add_register(enf_stats_report *rep, const enf_register *reg,
			      const enf_filter *f);

/**
 * One report per office of the register, counted in one pass over its
 * cases: each named after its office code, in byte order of the codes,
 * with the cells enf_stats_report_add_register() would give the cases of
 * that office alone, by the definitions of the built-in catalogue. Roll
 * them up to provinces and the nation with enf_org_rollup() or
 * enf_stats_report_merge().
 * @param[out] out a new array of *count new reports (NULL and 0 for an
 *        empty register or on error); free with enf_stats_reports_free().
 * @param[out] count the number of reports (offices).
 * @param reg the register.
 * @param period the reporting period.
 * @return ENF_OK, ENF_EINVALID (NULL, period out of order), ENF_ERANGE
 *         (a date of the period not valid), ENF_EOVERFLOW or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_stats_report_by_office(enf_stats_report ***out, size_t *count,
			   const enf_register *reg, const enf_period *period);

/**
 * enf_stats_report_by_office() counting by the definitions of opts (NULL:
 * the built-in catalogue's); every report records them.
 * @param[out] out a new array of *count new reports, as
 *        enf_stats_report_by_office().
 * @param[out] count the number of reports (offices).
 * @param reg the register.
 * @param period the reporting period.
 * @param opts the definitions, or NULL.
 * @return as enf_stats_report_by_office() and enf_stats_report_new_with().
 */
ENF_EXTERN(enf_status)
enf_stats_report_by_office_with(enf_stats_report ***out, size_t *count,
				const enf_register *reg,
				const enf_period *period,
				const enf_stats_report_options *opts);

/**
 * Frees count reports and the array holding them.
 * @param reps the array, as enf_stats_report_by_office() gave it; NULL is
 *        a no-op.
 * @param count the number of reports in it.
 */
ENF_EXTERN(void)
enf_stats_reports_free(enf_stats_report **reps, size_t count);

/**
 * One cell of the table.
 * @param[out] out the count (cases) or amount (VND); unchanged on error.
 * @param rep the report.
 * @param group the breakdown.
 * @param measure cases or money.
 * @param row the indicator.
 * @return ENF_OK or ENF_EINVALID (NULL, unknown group, measure or row).
 */
ENF_EXTERN(enf_status)
enf_stats_report_get(int64_t *out, const enf_stats_report *rep,
		     enf_stats_group group, enf_measure measure,
		     enf_indicator row);

/**
 * The completion rate of a group by a measure: done / with means.
 * @param[out] out the rate, in units of 10^-precision percent; unchanged
 *        on error.
 * @param rep the report.
 * @param group the breakdown.
 * @param measure cases or money.
 * @param opts NULL for precision 2, half-up.
 * @return as enf_stats_rate() (ENF_EDIVZERO when nothing has means).
 */
ENF_EXTERN(enf_status)
enf_stats_report_rate(int64_t *out, const enf_stats_report *rep,
		      enf_stats_group group, enf_measure measure,
		      const enf_rate_options *opts);

/**
 * The unit name of a report.
 * @param rep the report.
 * @return borrowed from the report.
 */
ENF_EXTERN(const char *) enf_stats_report_unit(const enf_stats_report *rep);

/**
 * The period of a report.
 * @param[out] out the period; unchanged on error.
 * @param rep the report.
 * @return ENF_OK or ENF_EINVALID (NULL).
 */
ENF_EXTERN(enf_status)
enf_stats_report_period(enf_period *out, const enf_stats_report *rep);

/**
 * Checks the identities of the table in every group and measure.
 * @param rep the report.
 * @return ENF_OK or ENF_ESTATE naming the group, measure and identity.
 */
ENF_EXTERN(enf_status) enf_stats_report_check(const enf_stats_report *rep);

/** The number of identities of the table (listed at the top of stats.h). */
#define ENF_STATS_IDENTITY_COUNT 5

/** What a check found of one identity (enf_stats_identities()). */
typedef enum enf_identity_result {
	ENF_IDENTITY_UNCHECKED = 0, /**< a row it needs is not known */
	ENF_IDENTITY_HOLDS = 1,	    /**< both sides are equal */
	ENF_IDENTITY_FAILS = 2	    /**< they differ by the difference */
} enf_identity_result;

/** One identity of the table checked against published figures. */
typedef struct enf_stats_identity {
	const char *name;	    /**< static, with the row tokens:
				       "total = carried_over + received" */
	enf_identity_result result; /**< unchecked, holds or fails */
	int64_t difference; /**< left - right when checked (0 when it holds) */
} enf_stats_identity;

/**
 * Checks the identities of the table (those enf_stats_report_check()
 * proves of a report) between the rows of a published table of one
 * measure, some of which may be unknown: an identity is checked only when
 * every row it names is known. The same identities and the same
 * arithmetic as the library's own reports, for a figure printed in a
 * newspaper or a province's return.
 * @param[out] out ENF_STATS_IDENTITY_COUNT results in the order of the
 *        list at the top of stats.h; may be NULL when cap is 0.
 * @param cap the number of results out can hold.
 * @param[out] count ENF_STATS_IDENTITY_COUNT, set even when cap is too
 *        small.
 * @param rows the figures (cases or VND) indexed by ::enf_indicator, -1
 *        for a row not published.
 * @param nrows ENF_IND_COUNT.
 * @return ENF_OK (whether or not every identity holds: see each result),
 *         ENF_EINVALID (NULL, nrows not ENF_IND_COUNT, a figure below -1,
 *         the message naming its row) or ENF_EBUFSIZE (nothing written).
 */
ENF_EXTERN(enf_status)
enf_stats_identities(enf_stats_identity *out, size_t cap, size_t *count,
		     const int64_t *rows, size_t nrows);

/**
 * Adds the counters of src to dst: the report of the union of their cases
 * (merging is associative and commutative). The periods and the
 * definitions (enf_stats_report_options_get()) must be equal. dst keeps
 * its unit name.
 * @param dst the report added to.
 * @param src the report added; unchanged.
 * @return ENF_OK, ENF_EINVALID (NULL, different periods, different
 *         definitions: the message names both) or ENF_EOVERFLOW; dst
 *         unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_stats_report_merge(enf_stats_report *dst, const enf_stats_report *src);

/**
 * Serialises a report as compact bytes (little-endian, versioned) or JSON.
 * Both carry the definitions of the report. The bytes of a report with the
 * built-in default definitions are those of earlier releases (version 1,
 * which reads back with those defaults); other definitions make version 2.
 * The JSON form is version 2 with a "definitions" object; version 1 JSON
 * (without it) reads back with the built-in defaults. Its first member is
 * "schema": "enforcement-report/2" (docs/schemas/report.schema.json); a
 * reader takes a document without it (older files), and one with it only
 * when it names the document's "version".
 * @param[out] bytes the bytes, to free with enf_free(); NULL on error.
 * @param[out] len their length in bytes.
 * @param rep the report.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_stats_report_to_bytes(char **bytes, size_t *len,
			  const enf_stats_report *rep);

/**
 * The report as JSON, the "enforcement-report/2" form described at
 * enf_stats_report_to_bytes().
 * @param[out] out the text, to free with enf_free(); NULL on error.
 * @param[out] len its length in bytes.
 * @param rep the report.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_stats_report_to_json(char **out, size_t *len, const enf_stats_report *rep);

/**
 * Reads a report written by enf_stats_report_to_bytes() or
 * enf_stats_report_to_json().
 * @param[out] out the report; NULL on error.
 * @param data the bytes.
 * @param len their number.
 * @return ENF_OK, ENF_EINVALID, ENF_EPARSE (malformed, wrong version,
 *         failed identities) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_stats_report_from_bytes(enf_stats_report **out, const char *data,
			    size_t len);

/**
 * Reads a report written by enf_stats_report_to_json(), as
 * enf_stats_report_from_bytes() reads bytes.
 * @param[out] out the report; NULL on error.
 * @param text NUL-terminated UTF-8 JSON.
 * @return ENF_OK, ENF_EINVALID, ENF_EPARSE (malformed, wrong version,
 *         failed identities) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_stats_report_from_json(enf_stats_report **out, const char *text);

/** Output formats of a table. */
typedef enum enf_table_format {
	ENF_TABLE_CSV = 0,	/**< UTF-8 CSV, one row per indicator */
	ENF_TABLE_CSV_BOM = 1,	/**< the same with a byte-order mark (Excel) */
	ENF_TABLE_MARKDOWN = 2, /**< a Markdown table */
	ENF_TABLE_JSON = 3,	/**< JSON */
	ENF_TABLE_HTML = 4	/**< an HTML `<table>` fragment */
} enf_table_format;

/**
 * Writes the indicator table of reports side by side (one column pair,
 * cases and money, per report) with the rates, for one group: what
 * enf_stats_table_with() writes with the default options and this group,
 * format and locale (ENF_TABLE_HTML included), except JSON, which keeps
 * the form of earlier releases ({"group", "period", "reports": [{"unit",
 * "cases", "money", "rate_cases", "rate_money"}]}, rates as strings or
 * null) and does not require one set of definitions.
 * @param[out] out text to free with enf_free().
 * @param[out] len its length in bytes (may be NULL).
 * @param reps count reports, one column pair each.
 * @param count the number of reports.
 * @param group the breakdown shown.
 * @param format the output format.
 * @param locale how figures are written.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_stats_table(char **out, size_t *len, const enf_stats_report *const *reps,
		size_t count, enf_stats_group group, enf_table_format format,
		enf_locale locale);

/**
 * How enf_stats_table_with() writes a table.
 *
 * - group, format, locale: as for enf_stats_table(). Counts and amounts
 *   follow the locale in Markdown and HTML ("2.244", "281.200.000.000 đ"
 *   in VI; "2,244" in HTML and "281,200,000,000 VND" in EN; Markdown
 *   keeps counts ungrouped, as enf_stats_table() always wrote them);
 *   CSV keeps plain integers so that a spreadsheet reads them as numbers,
 *   and rates, gaps and growth in every format take the locale's decimal
 *   mark ("62,91%" in VI).
 * - separator: the CSV field separator, ',' (RFC 4180) or ';' (what Excel
 *   expects where the decimal mark is a comma, as in vi-VN); with
 *   ENF_TABLE_CSV_BOM and ENF_LOCALE_VI this is the "csv-excel" form.
 *   Other formats ignore it, but it must still be one of the two.
 * - previous: NULL, or `count` reports of the same period one year earlier
 *   (enf_period_last_year() of the table's period), aligned with reps; an
 *   entry may be NULL (no figures last year). Each report of last year
 *   must count by the same definitions as the table. Adds the done of last
 *   year and the growth of done (enf_stats_growth(), relative, not points)
 *   by cases and by money; growth is left empty (JSON null) when last
 *   year's done is 0.
 * - target_cases, target_money: completion-rate targets in hundredths of
 *   a percent (0..10000), or -1 for none. Adds the target and the gap
 *   rate - target in percentage points (enf_percent_points(): -2114 is
 *   short by 21.14 points), empty where a report has no rate.
 * - title: NULL or "" for none; else valid UTF-8 of at most 1024 bytes,
 *   the HTML `<caption>`, a line above a Markdown table and the JSON
 *   "title" (CSV has no place for it: its first row is the header).
 */
typedef struct enf_table_options {
	unsigned int version;	 /**< ENF_TABLE_OPTIONS_VERSION */
	enf_stats_group group;	 /**< default ENF_GROUP_ALL */
	enf_table_format format; /**< default ENF_TABLE_MARKDOWN */
	enf_locale locale;	 /**< default ENF_LOCALE_EN */
	char separator;		 /**< CSV: ',' (default) or ';' */
	const enf_stats_report *const *previous; /**< NULL, or count reports
						     of last year (entries
						     may be NULL): growth */
	int64_t target_cases; /**< hundredths of a percent, -1 none */
	int64_t target_money; /**< hundredths of a percent, -1 none */
	const char *title;    /**< NULL: none */
} enf_table_options;

/** The current version of ::enf_table_options. */
#define ENF_TABLE_OPTIONS_VERSION 1
/** The defaults: all cases, Markdown, English, ',' separator, no last
 * year, no targets, no title. */
#define ENF_TABLE_OPTIONS_INIT                                                 \
	{                                                                      \
		ENF_TABLE_OPTIONS_VERSION, ENF_GROUP_ALL, ENF_TABLE_MARKDOWN,  \
			ENF_LOCALE_EN, ',', NULL, -1, -1, NULL                 \
	}

/**
 * Fills o with ENF_TABLE_OPTIONS_INIT.
 * @param[out] o the options to fill.
 * @param version ENF_TABLE_OPTIONS_VERSION.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_EVERSION.
 */
ENF_EXTERN(enf_status)
enf_table_options_init(enf_table_options *o, unsigned int version);

/**
 * Writes the indicator table of reports of one period side by side, as
 * enf_stats_table(), with what opts adds: each report's completion rates
 * by cases and money, the gap of each to its target, last year's done and
 * the growth of done over it, and a title.
 *
 * The grid formats (CSV, Markdown, HTML) add rows after the two rate rows:
 * "Target" and "Gap to target (points)" when a target is set (the cases
 * column holds the cases figure, the money column the money one), then
 * "Done in the same period last year" and "Growth of done" when previous
 * is given. Gaps and growth carry their sign ("-21.14", "+6.70%").
 * HTML is a `<table class="enf-table">` fragment: a `<caption>` with the
 * title, `<th scope="col">` and `<th scope="row">` headers, every text
 * escaped, no script and no style.
 *
 * JSON has the schema "enforcement-table/1" (docs/schemas/
 * table.schema.json): the basis (period, group, definitions, rate
 * precision and rounding, targets, whether growth is present and last
 * year's period), then per report its unit, its rows by cases and money,
 * and its rates, gaps and growth each as an exact string ("62.91") and
 * an integer in hundredths (6291), null where undefined.
 *
 * Lạng Sơn, first six months of 2025: 2,244 of 3,567 cases = 62.91%,
 * against 84.05% a gap of -21.14 points.
 * @param[out] out the text, to free with enf_free(); NULL on error.
 * @param[out] len its length in bytes.
 * @param reps count reports of one period, one column pair each.
 * @param count the number of reports, at least 1.
 * @param opts NULL for the defaults (ENF_TABLE_OPTIONS_INIT).
 * @return ENF_OK, ENF_EVERSION (opts->version), ENF_EINVALID (NULL, count
 *         0, a field of opts out of range, reports of different periods
 *         or definitions, a report of last year of another period or
 *         other definitions: the message names the field or the entry),
 *         ENF_EOVERFLOW or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_stats_table_with(char **out, size_t *len,
		     const enf_stats_report *const *reps, size_t count,
		     const enf_table_options *opts);

/**
 * Draws an SVG bar chart of the rate of each report against a target
 * (a line), by cases or money, without any dependency.
 * @param[out] out SVG text to free with enf_free().
 * @param[out] len its length in bytes (may be NULL).
 * @param reps count reports, one bar each.
 * @param count the number of reports.
 * @param measure the rate drawn: by cases or by money.
 * @param target in hundredths of a percent (8405), or -1 for none.
 * @param title the chart's title, or NULL.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_stats_svg(char **out, size_t *len, const enf_stats_report *const *reps,
	      size_t count, enf_measure measure, int64_t target,
	      const char *title);

/** How enf_stats_chart() lays out its units. */
typedef enum enf_chart_layout {
	ENF_CHART_AUTO = 0,    /**< columns up to 12 units, bars beyond */
	ENF_CHART_COLUMNS = 1, /**< one vertical column per unit */
	ENF_CHART_BARS = 2     /**< one horizontal bar (row) per unit */
} enf_chart_layout;

/**
 * Options of the charts (enf_stats_chart(), enf_auction_chart()). Every
 * text is UTF-8 and written escaped; invalid bytes become U+FFFD.
 */
typedef struct enf_chart_options {
	unsigned int version; /**< ENF_CHART_OPTIONS_VERSION */
	enf_measure measure;  /**< the rate drawn; default ENF_BY_CASES */
	int64_t target; /**< hundredths of a percent (8405), or -1 for none */
	const char *target_label; /**< NULL: "Target 84.05%" /
				     "Chỉ tiêu 84,05%" */
	enf_locale locale;	  /**< words and numbers; default EN */
	const char *title;	  /**< NULL: none */
	const char *value_title;  /**< NULL: from the measure ("Completion
				     rate by cases, %") */
	const char *unit_title;	  /**< NULL: from the period ("Units,
				     2024-10-01 to 2025-09-30") */
	enf_chart_layout layout;  /**< default ENF_CHART_AUTO */
	unsigned int label_chars; /**< longer names are cut with an ellipsis,
				     the full name in a tooltip; 0: 28 */
	const char *const *names; /**< NULL, or one display name per unit or
				     series (a NULL entry: the default) */
} enf_chart_options;

/** The current version of ::enf_chart_options. */
#define ENF_CHART_OPTIONS_VERSION 1
/** The defaults: by cases, no target, English, automatic layout. */
#define ENF_CHART_OPTIONS_INIT                                                 \
	{                                                                      \
		ENF_CHART_OPTIONS_VERSION, ENF_BY_CASES, -1, NULL,             \
			ENF_LOCALE_EN, NULL, NULL, NULL, ENF_CHART_AUTO, 0,    \
			NULL                                                   \
	}

/**
 * Fills opts with ENF_CHART_OPTIONS_INIT (by cases, no target, English,
 * automatic layout, 28 characters a label).
 * @param[out] opts the options to fill.
 * @param version ENF_CHART_OPTIONS_VERSION.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_EVERSION.
 */
ENF_EXTERN(enf_status)
enf_chart_options_init(enf_chart_options *opts, unsigned int version);

/**
 * Draws the completion rate of each report (opts->measure) as a
 * standalone SVG document (UTF-8, no script, no external reference) that
 * stays readable from one unit to hundreds: up to 12 units as columns,
 * beyond that (or with ENF_CHART_BARS) as horizontal bars, one row of 18
 * pixels per unit in a chart 900 pixels wide whose height grows with the
 * count (355 offices: about 6,500 pixels). Each unit is named by
 * opts->names[i] or the report's unit, cut to opts->label_chars
 * characters with an ellipsis; every bar carries a `<title>` tooltip with
 * the full name and the rate ("n/a" when nothing had means). The rates
 * are written in the locale ("62,91%" in ENF_LOCALE_VI); the axes carry
 * titles (the measure, and the units with the period of the first
 * report); a target, when given, is a dashed line named in a legend
 * ("Target 84.05%"). The same reports and options give the same bytes.
 * @param[out] out SVG text to free with enf_free(); NULL on error.
 * @param[out] len its length in bytes (may be NULL).
 * @param reps count reports (1..10000).
 * @param count the number of reports.
 * @param opts NULL for the defaults.
 * @return ENF_OK, ENF_EINVALID (NULL, count 0 or above 10000, a field of
 *         opts out of range), ENF_EVERSION (opts->version) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_stats_chart(char **out, size_t *len, const enf_stats_report *const *reps,
		size_t count, const enf_chart_options *opts);

/* ---------------------------------------------------------------------- */
/* Published totals and mobilisation teams                                 */

/**
 * A report of published totals only: with means and done, by cases and
 * money, for when a press figure is all there is.
 */
typedef struct enf_published {
	const char *unit;	    /**< e.g. "Lạng Sơn" */
	int64_t cases_with_means;   /**< -1 if not published */
	int64_t cases_done;	    /**< -1 if not published */
	enf_money money_with_means; /**< VND; -1 if not published */
	enf_money money_done;	    /**< VND; -1 if not published */
	int64_t target_cases;	    /**< hundredths of a percent, -1 if none */
	int64_t target_money;	    /**< hundredths of a percent, -1 if none */
} enf_published;

/** Rates and gaps derived from published totals. */
typedef struct enf_published_result {
	int64_t rate_cases; /**< hundredths of a percent; -1 if unknown */
	int64_t rate_money; /**< hundredths of a percent; -1 if unknown */
	enf_target_result vs_target_cases; /**< valid if rate and target */
	enf_target_result vs_target_money; /**< valid if rate and target */
} enf_published_result;

/**
 * Rates and gaps from published totals (half-up, two decimals).
 * @param[out] out the rates and gaps; unchanged on error.
 * @param in the published totals.
 * @return ENF_OK, ENF_EINVALID (NULL, negative, done above with means) or
 *         ENF_EDIVZERO (with means 0).
 */
ENF_EXTERN(enf_status)
enf_stats_published(enf_published_result *out, const enf_published *in);

/**
 * Sums published figures (a province from its districts, a pilot from its
 * units): counts and amounts add; a field unknown (-1) in any item is
 * unknown in the sum; targets are not summed (set to -1).
 * @param[out] out the sum; its unit is the caller's `unit`.
 * @param unit the name of the sum (borrowed: it must outlive out).
 * @param items count published figures.
 * @param count the number of items, at least 1.
 * @return ENF_OK, ENF_EINVALID (NULL, count 0) or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status)
enf_stats_published_sum(enf_published *out, const char *unit,
			const enf_published *items, size_t count);

/**
 * The national completion-rate targets of an enforcement year, in
 * hundredths of a percent, from the rules catalogue (rows
 * "VN.target.cases" and "VN.target.money"): 2023 82.50 / 45.50, 2024
 * 83.25 / 46.45 (General Department of THADS), 2025 83.90 / 51.90
 * (National Assembly; all Vs, from the press). Offices get their own
 * targets from their province (Lạng Sơn 2025: 84.05 / 52.00): pass those
 * as data.
 * @param[out] cases the target by cases; unchanged on error.
 * @param[out] money the target by money; unchanged on error.
 * @param year the enforcement year.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ENOTFOUND (no target known,
 *         e.g. 2026).
 */
ENF_EXTERN(enf_status)
enf_stats_national_target(int64_t *cases, int64_t *money, int year);

/* ---------------------------------------------------------------------- */
/* The organisation tree, with lineage                                     */

/**
 * Offices and provinces as they change over time (Decision 1898/QĐ-BTP of
 * 25 Jun 2025: 63 provincial bodies became 34 and district offices 355
 * regional ones from 1 Jul 2025). Every change is an effective-dated
 * event; rollups follow the tree on a date, and figures of units that no
 * longer exist are restated onto their successors, so that last year's
 * figures compare like with like with this year's.
 */
typedef struct enf_org enf_org;

/**
 * Creates an empty tree.
 * @param[out] out to free with enf_org_free(); NULL on error.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status) enf_org_new(enf_org **out);

/**
 * Frees a tree.
 * @param org the tree; NULL is a no-op.
 */
ENF_EXTERN(void) enf_org_free(enf_org *org);

/**
 * Creates a unit from a date, under a parent (NULL: a root, e.g. the
 * nation). Codes are unique for all time.
 * @param org the tree.
 * @param code the unit's code.
 * @param name its name.
 * @param parent the parent's code, or NULL for a root.
 * @param from the first day the unit exists.
 * @return ENF_OK, ENF_EINVALID (NULL/empty code or name, invalid date,
 *         a code already used), ENF_ENOTFOUND (no such parent on that
 *         date) or ENF_ENOMEM; the tree is unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_org_create(enf_org *org, const char *code, const char *name,
	       const char *parent, enf_date from);

/**
 * Renames a unit from a date.
 * @param org the tree.
 * @param code the unit's code.
 * @param name its new name.
 * @param from the first day of the new name.
 * @return ENF_OK, ENF_EINVALID, ENF_ENOTFOUND (no such unit alive on that
 *         date) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_org_rename(enf_org *org, const char *code, const char *name, enf_date from);

/**
 * Moves a unit (with its children) under another parent from a date.
 * @param org the tree.
 * @param code the unit's code.
 * @param parent the new parent's code.
 * @param from the first day under the new parent.
 * @return ENF_OK, ENF_EINVALID (a cycle), ENF_ENOTFOUND or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_org_move(enf_org *org, const char *code, const char *parent, enf_date from);

/**
 * Merges a unit into another from a date: `code` ceases to exist, its
 * children move under `into`, and its figures are restated onto `into`.
 * @param org the tree.
 * @param code the unit that ceases.
 * @param into the unit it merges into.
 * @param from the day of the merger.
 * @return ENF_OK, ENF_EINVALID, ENF_ENOTFOUND or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_org_merge(enf_org *org, const char *code, const char *into, enf_date from);

/**
 * Splits a unit from a date into existing units (create them first, the
 * same day): `code` ceases to exist and its figures are restated onto
 * `into[i]` in proportion to weights[i] (largest remainder, so the parts
 * always sum to the whole).
 * @param org the tree.
 * @param code the unit that ceases.
 * @param into count codes of the successors.
 * @param weights count weights, one per successor.
 * @param count the number of successors, at least 1.
 * @param from the day of the split.
 * @return ENF_OK, ENF_EINVALID (count 0, negative or all-zero weights),
 *         ENF_ENOTFOUND or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_org_split(enf_org *org, const char *code, const char *const *into,
	      const int64_t *weights, size_t count, enf_date from);

/**
 * The parent of a unit on a date.
 * @param[out] out the parent's code, borrowed from the tree; "" for a
 *        root; unchanged on error.
 * @param org the tree.
 * @param code the unit's code.
 * @param date the day asked about.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOTFOUND (the unit does not exist
 *         on that date).
 */
ENF_EXTERN(enf_status)
enf_org_parent(const char **out, const enf_org *org, const char *code,
	       enf_date date);

/**
 * The name of a unit on a date.
 * @param[out] out the name, borrowed from the tree; unchanged on error.
 * @param org the tree.
 * @param code the unit's code.
 * @param date the day asked about.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOTFOUND (the unit does not exist
 *         on that date).
 */
ENF_EXTERN(enf_status)
enf_org_name(const char **out, const enf_org *org, const char *code,
	     enf_date date);

/**
 * A number that changes with every event added: reports rolled up with
 * the tree record it, with the date, as the structure they use.
 * @param org the tree.
 * @return the version.
 */
ENF_EXTERN(uint64_t) enf_org_version(const enf_org *org);

/**
 * Rolls reports of units up to `unit` as the tree stands on `date`: each
 * report (of a unit existing then or earlier) is first restated onto the
 * units that succeed it on `date` (merges and splits followed in order),
 * then counted if its successor is `unit` or below it. All reports must
 * share one period and one set of definitions, which the result records.
 * A split restates the table by its weights in
 * binary steps (each successor against the rest), placing every share with
 * largest-remainder allocation inside bounds that keep each group between
 * 0 and the ALL row, so the parts sum to the whole cell by cell and every
 * part passes enf_stats_report_check() (a cell may differ from its exact
 * proportional share by a few units). The basis (tree version and date) is
 * not carried by the byte and JSON forms of a report.
 * @param[out] out a new report named after `unit`; NULL on error.
 * @param org the tree.
 * @param unit the code of the unit rolled up to.
 * @param date the day the tree is taken on.
 * @param reps count reports of units.
 * @param count the number of reports.
 * @return ENF_OK, ENF_EINVALID (NULL, different periods or definitions),
 *         ENF_ENOTFOUND (a report of an unknown unit, or `unit` not alive
 *         on `date`),
 *         ENF_EOVERFLOW or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_org_rollup(enf_stats_report **out, const enf_org *org, const char *unit,
	       enf_date date, const enf_stats_report *const *reps,
	       size_t count);

/**
 * The structure a report was computed under: the tree version and date
 * of the rollup that made it (0 and ENF_DATE_NONE for a report counted
 * from cases), and the regime in force at the end of its period.
 * @param[out] org_version the tree version; unchanged on error.
 * @param[out] org_date the date of the rollup; unchanged on error.
 * @param[out] regime the regime; unchanged on error.
 * @param rep the report.
 * @return ENF_OK or ENF_EINVALID.
 */
ENF_EXTERN(enf_status)
enf_stats_report_basis(uint64_t *org_version, enf_date *org_date,
		       enf_regime *regime, const enf_stats_report *rep);

/* ---------------------------------------------------------------------- */
/* Other countries' indicators from the same data                         */

/** Court-statistics indicators of a report (see peers-and-rules §4). */
typedef struct enf_peer_indicators {
	int64_t clearance_rate;	  /**< CEPEJ: resolved / incoming, hundredths
				     of a percent; -1 if incoming is 0 */
	int64_t disposition_days; /**< CEPEJ: 365 x pending at end / resolved,
				     whole days half-up; -1 if none resolved */
	int64_t congestion_rate;  /**< CNJ: pending / (resolved + pending),
				     hundredths of a percent; -1 if both 0 */
} enf_peer_indicators;

/**
 * CEPEJ clearance rate and disposition time and the CNJ congestion rate
 * of a report, by cases: incoming = received, resolved = done + entrusted
 * + withdrawn + separate book + returned (the cases that left the books),
 * pending at end = carried to the next period minus the separate book and
 * returned (I: the mapping of Vietnamese rows to these definitions).
 * @param[out] out the indicators; unchanged on error.
 * @param rep the report.
 * @param group the breakdown.
 * @return ENF_OK, ENF_EINVALID or ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status)
enf_stats_peer_indicators(enf_peer_indicators *out, const enf_stats_report *rep,
			  enf_stats_group group);

/**
 * NCSC "age of the active pending caseload": of the cases of a register
 * kept by a filter that are open (received or decided, not closed, not in
 * the separate book, also when suspended from it) on `date`, how many have been
 * open (since their decision, or receipt) for at most bounds[0] days, at most
 * bounds[1], ..., and beyond the last bound (counts has nbounds + 1 slots).
 * @param[out] counts nbounds + 1 counts of cases.
 * @param bounds nbounds ages in days, increasing.
 * @param nbounds the number of bounds.
 * @param reg the register.
 * @param f the filter, or NULL for every case.
 * @param date the day the ages are taken on.
 * @return ENF_OK, ENF_EINVALID (NULL, bounds not increasing), ENF_ERANGE,
 *         ENF_EVERSION or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_stats_pending_age(int64_t *counts, const int32_t *bounds, size_t nbounds,
		      const enf_register *reg, const enf_filter *f,
		      enf_date date);

ENF_END_DECL

#endif /* ENF_STATS_H */
