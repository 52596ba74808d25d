/**
 * @file enforcement/rules.h
 * @brief The law as data: which regime governs a date, the rules catalogue
 *        (every legal figure as a dated, cited row, with the caller's
 *        overrides), the durations of the case lifecycle, and the auction
 *        rule sets.
 *
 * Vietnam's civil-judgment enforcement has had three regimes:
 * - ENF_REGIME_VN2008: Law 26/2008/QH12 as first enacted (1 Jul 2009 -
 *   30 Jun 2015);
 * - ENF_REGIME_VN2014: the same law as amended by Law 64/2014/QH13, with
 *   Decree 62/2015/NĐ-CP (1 Jul 2015 - 30 Jun 2026), called "old" below;
 * - ENF_REGIME_VN2026: Law 106/2025/QH15 with Decree 152/2026/NĐ-CP (from
 *   1 Jul 2026), called "new": the regime of every date from that day on.
 * Decree 152/2026 Art 115: steps lawfully taken before 1 Jul 2026 stay
 * valid and the remaining steps follow the new law; so the regime that
 * governs a step is the one in force on the step's date.
 *
 * Every number a law, decree or circular sets (the base salary, regional
 * minimum wages, fee brackets, interest caps, small-value thresholds,
 * durations, holiday rules, national targets, statistics definitions) is
 * a row of the rules catalogue, with its citation and its confidence: V
 * (read in the legal text), Vs (secondary source), I (inferred) or U (not
 * found in any text read: a documented default, never a silent guess).
 * The engines read the catalogue; a caller lists it, audits it and
 * overrides any row from text (enf_rulebook_override()). Where the text
 * of Law 106/2025 could not be read, the new regime keeps the old value
 * as a U row.
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
 * @param date a day number.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE (before 2009-07-01 or not a
 *         valid date).
 */
ENF_EXTERN(enf_status) enf_regime_on(enf_regime *out, enf_date date);

/**
 * A short name: "VN-2008", "VN-2014", "VN-2026"; "unknown" otherwise.
 * @param regime any value.
 * @return a static string; never NULL.
 */
ENF_EXTERN(const char *) enf_regime_name(enf_regime regime);

/**
 * The durations of the case lifecycle under one regime. Counted as the
 * Civil Code says (see date.h). Sources per field; U = the text of Law 106
 * was not checked, the old value is the default. "Law 26/2008" is the
 * 2014 text unless the 2008 text is named.
 */
typedef struct enf_case_rules {
	unsigned int version; /**< ENF_CASE_RULES_VERSION */
	enf_regime regime;    /**< the regime these values come from */
	/** Decision on a request or a received judgment: 5 working days
	 * (Law 26/2008 Art 36(1); new: U). */
	int32_t decision_working_days;
	/** Voluntary period from notice of the decision: 10 days (Art 45(1)
	 * as amended 2014; 15 days in the 2008 text; new: Law 106/2025 Art
	 * 36(1), length U). */
	int32_t voluntary_days;
	/** First verification: within 10 days after the voluntary period
	 * ends (Art 44(1)); in the 2008 text within 10 days of the decision
	 * (see verification_from_decision); new: Law 106/2025 Art 38,
	 * length U. */
	int32_t verification_days;
	/** Re-verification of a case without means: at least every 6 months
	 * (Art 44(2) as amended 2014; 2008 text and new: Law 106/2025 Art
	 * 38(3), interval U). */
	int32_t reverify_months;
	/** ... every 12 months when the debtor is in prison with 2+ years
	 * left or has no known address (Art 44(2); 2008 text and new: U). */
	int32_t reverify_months_special;
	/** Separate book (or, where returns_request, the return of the
	 * request) after this long without means: 12 months (Decree 62 Art
	 * 9(5)); new: 24 months (Decree 152 Art 22); 2008 text: the time of
	 * the return is U (the old value is kept). */
	int32_t separate_book_months;
	/** ... for prisoners and unknown addresses: 24 months (Decree 62
	 * Art 9(5)); new: 24. */
	int32_t separate_book_months_special;
	/** Verifications needed before the separate book: 2. */
	int32_t separate_book_verifications;
	/** Limitation on a request: 5 years from the judgment taking effect
	 * (Art 30(1); new: Law 106/2025 Art 34, length U). */
	int32_t limitation_years;
	/** 1 when on-request cases without means are returned to the
	 * creditor instead of going to the separate book: the 2008 text
	 * (Art 51, trả đơn, repealed 2014; Vs) and the new law (Law 106/2025
	 * Art 38(4); Decree 152 Art 22(2)); 0 under the 2014 amendment. */
	int returns_request;
	/** 1 when one decision (one case) is issued per debtor (new: Decree
	 * 152 Art 8, 11); 0 when one per request (old: Decree 62 Art 7). */
	int case_per_debtor;
	/* Version 2. */
	/** 1 when the first verification is counted from the decision: the
	 * 2008 text (Art 44(1)-(2); Vs) has the enforcer verify an agency
	 * case within verification_days of the decision, and an on-request
	 * case within verification_days of the creditor's request to verify,
	 * which the log does not record (so no deadline is listed for it); 0
	 * when counted from the end of the voluntary period (Art 44(1) as
	 * amended 2014; new: U, the same). */
	int verification_from_decision;
	/** 1 when the regime has the separate book (Decree 62/2015 Art 9(5);
	 * Decree 152/2026 Art 22(1)); 0 in the 2008 text, which had none. */
	int separate_book;
	/** 1 when a returned request still has a limitation (the last day to
	 * file it again is listed); 0 when a request filed again after the
	 * agency sent it back is not subject to the limitation (Law 106/2025
	 * Art 34(2), Vs; Decree 152/2026 Art 9(7)(đ), 22(2)). The 2008 text
	 * (trả đơn, Art 51) is U: its default, 1, keeps the limitation. */
	int limitation_after_return;
	/** No coercion with mobilised forces within this many days before
	 * Tết: 15 (Decree 152/2026 Art 42(2); Decree 62/2015 Art 13(2), Vs;
	 * before 1 Jul 2015: U, the same). */
	int32_t blackout_days_before;
	/** ... and this many days after it: 15 (same sources). */
	int32_t blackout_days_after;
	/** The days of Tết those periods surround, from the first day of the
	 * lunar year: 3 (the 1st to 3rd of the first month, as the Ministry
	 * of Justice's yearly directives count: 4 Feb - 8 Mar 2015, 1 Feb -
	 * 5 Mar 2018; Vs). 0: the regime has no such rule. */
	int32_t blackout_tet_days;
	/** Reply to a delegated verification of real estate or of movables
	 * whose ownership or use is registered: within 30 days of receiving
	 * the delegation (Decree 152/2026 Art 21(5)(a)); 0: the regime sets
	 * no limit (before 1 Jul 2026: U). */
	int32_t delegated_reply_days;
	/** ... when that verification is difficult or complex: 45 days
	 * (Art 21(5)(a)); 0: none. */
	int32_t delegated_reply_days_complex;
	/** ... for other assets and information: 15 days (Art 21(5)(b));
	 * 0: none. Accounts and provisional emergency measures are answered
	 * at once (Art 21(5)(c)). */
	int32_t delegated_reply_days_other;
} enf_case_rules;

/** Version 2 added the fields from verification_from_decision on; a
 * version 1 value (the fields before them) is still accepted, and gets
 * the regime's defaults for the rest. */
#define ENF_CASE_RULES_VERSION 2

/** The value enf_case_rules_init() fills: the version, regime
 * ENF_REGIME_VN2008 and every other field 0. The law sets no default
 * regime, so this is a blank to fill field by field (durations of 0 are
 * refused by enf_case_rules_check()); enf_case_rules_for() gives a
 * regime's values. */
#define ENF_CASE_RULES_INIT                                                    \
	{                                                                      \
		ENF_CASE_RULES_VERSION, ENF_REGIME_VN2008, 0, 0, 0, 0, 0, 0,   \
			0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0               \
	}

/**
 * Fills rules with ENF_CASE_RULES_INIT, for bindings that cannot use an
 * initialiser; version 1 gives the same value with version 1.
 * @param[out] rules the value to fill.
 * @param version 1..ENF_CASE_RULES_VERSION.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_EVERSION (version outside
 *         1..ENF_CASE_RULES_VERSION; the message names "version").
 */
ENF_EXTERN(enf_status)
enf_case_rules_init(enf_case_rules *rules, unsigned int version);

/**
 * The case rules of a regime, with their defaults: the rows
 * "<regime>.<field>" of the built-in rules catalogue (e.g.
 * "VN-2014.voluntary_days"), each the row in force on the regime's first
 * day; enf_case_rules_from() reads a caller's overrides too.
 * @param[out] out the rules; unchanged on error.
 * @param regime the regime.
 * @return ENF_OK, ENF_EINVALID (out NULL, unknown regime).
 */
ENF_EXTERN(enf_status)
enf_case_rules_for(enf_case_rules *out, enf_regime regime);

/**
 * Checks a rules value (for one a caller edited): version 1 or 2, every
 * duration 1..1200, except those version 2 added, where 0 means the regime
 * has no such rule (the blackout days 0..120, blackout_tet_days 0..30, the
 * delegated reply days 0..1200), flags 0 or 1.
 * @param rules the value to check.
 * @return ENF_OK, ENF_EINVALID (with the field named) or ENF_EVERSION.
 */
ENF_EXTERN(enf_status) enf_case_rules_check(const enf_case_rules *rules);

/* ---------------------------------------------------------------------- */
/* Rules catalogue                                                         */

/**
 * One dated figure of the law, as the library applies it: a row of the
 * rules catalogue. Every number a law, decree or circular sets (the base
 * salary, regional minimum wages, fee brackets and thresholds, interest
 * caps and rates, small-value thresholds, case durations, holiday rules,
 * national targets, statistics definitions) is such a row, and the
 * engines read it from here.
 *
 * id names the rule, e.g. "VN.base_salary", "VN-2026.voluntary_days",
 * "VN.min_wage.region1"; one id has one row per period in which its value
 * held, and the periods do not overlap. unit is one of:
 * "VND", "VND/month", "ppm" (parts per million of a base: 3% = 30000),
 * "ppm/year" (a yearly rate), "hundredths-%" (62.91% = 6291), "days",
 * "working-days", "months", "years", "count", "flag" (0 or 1) and "code"
 * (one of the values listed in the note). confidence is "V" (read in the
 * legal text), "Vs" (from a secondary source), "I" (inferred) or "U"
 * (unknown: a documented default the caller should check and may
 * override).
 */
typedef struct enf_rule {
	const char *id;		/**< the rule, e.g. "VN.base_salary" */
	const char *scope;	/**< regime or country: "VN", "VN-2026",
				   "DE", ... */
	enf_date from;		/**< in force from, or ENF_DATE_NONE */
	enf_date to;		/**< in force to (included), or
				   ENF_DATE_NONE */
	int64_t value;		/**< in unit */
	const char *unit;	/**< see above */
	const char *citation;	/**< document and article */
	const char *confidence; /**< "V", "Vs", "I" or "U" */
	const char *note;	/**< one line: what the rule says */
	int overridden;		/**< 1 for a row given by the caller
				   (enf_rulebook_override()) */
} enf_rule;

/**
 * A set of rules: the built-in catalogue and the caller's overrides on
 * top. Immutable once built: any number of threads may read one
 * rulebook. Engines take one through their options (`rulebook`, NULL for
 * the built-in catalogue).
 */
typedef struct enf_rulebook enf_rulebook;

/**
 * A rulebook with the built-in catalogue and no overrides.
 * @param[out] out to free with enf_rulebook_free(); NULL on error.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status) enf_rulebook_new(enf_rulebook **out);

/**
 * Frees a rulebook and its overrides.
 * @param book the rulebook; NULL is a no-op.
 */
ENF_EXTERN(void) enf_rulebook_free(enf_rulebook *book);

/**
 * Adds overrides from text: one row a line, '#' to the end of a line is a
 * comment, words separated by blanks, "..." quotes a word (\" and \\
 * escape):
 *
 *     ID FROM TO VALUE [confidence C] [cite "..."] [note "..."]
 *
 * ID must be a rule of the catalogue (its unit and scope are kept); FROM
 * and TO are YYYY-MM-DD or `none` (open); VALUE an integer in the unit's
 * range (money and counts >= 0, days/months/years 0..36500, flags 0 or 1,
 * hundredths-% 0..10000, ppm 0..10^9). confidence defaults to "I", cite
 * to "caller override". A caller's row wins over the built-in rows on the
 * days it covers; of two caller rows, the later one. All or nothing: on
 * error the rulebook is as it was.
 * @param book the rulebook to add to.
 * @param text NUL-terminated UTF-8, in the format above.
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_EPARSE or ENF_ERANGE with
 *         "rulebook_override: line N: field: ..." naming the line, the
 *         field (id, from, to, value, confidence, cite, note) and the
 *         word at fault; ENF_ENOTFOUND (an unknown id, named) or
 *         ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_rulebook_override(enf_rulebook *book, const char *text);

/**
 * The number of rows of the rules catalogue (book NULL: the built-in
 * catalogue; else the built-in rows and then the caller's overrides).
 * @param book the rulebook, or NULL.
 * @return the number of rows.
 */
ENF_EXTERN(size_t) enf_rules_catalogue_count(const enf_rulebook *book);

/**
 * The i-th row of the rules catalogue; its strings are borrowed, valid
 * until book is changed or freed (for NULL: for the life of the program).
 * @param[out] out the row; unchanged on error.
 * @param book the rulebook, or NULL for the built-in catalogue.
 * @param i the row's position, from 0.
 * @return ENF_OK, ENF_EINVALID (out NULL) or ENF_ERANGE (i past the end).
 */
ENF_EXTERN(enf_status)
enf_rules_catalogue_at(enf_rule *out, const enf_rulebook *book, size_t i);

/**
 * The value of a rule in force on a date (overrides first).
 * @param[out] out the value, in the row's unit; unchanged on error.
 * @param[out] row NULL, or the row that answered (strings borrowed as
 *        above); unchanged on error.
 * @param book the rulebook, or NULL for the built-in catalogue.
 * @param id the rule, e.g. "VN.base_salary".
 * @param date the day the value must be in force.
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_ERANGE (not a valid date) or
 *         ENF_ENOTFOUND (unknown id, or no row in force on the date;
 *         the message names the id and the date).
 */
ENF_EXTERN(enf_status)
enf_rules_value(int64_t *out, enf_rule *row, const enf_rulebook *book,
		const char *id, enf_date date);

/**
 * The catalogue as CSV (header id,scope,from,to,value,unit,citation,
 * confidence,note,overridden; RFC 4180 quoting; LF) or JSON:
 * {"schema": "enforcement-rules-catalogue/1", "rules": [...]}, the rules
 * an array of objects with those keys (dates "YYYY-MM-DD" or null;
 * overridden a boolean; docs/schemas/rules-catalogue.schema.json). Before
 * the schema member came in, the JSON was the bare array.
 * @param[out] out text to free with enf_free(); NULL on error.
 * @param[out] len its length without the NUL; may be NULL.
 * @param book the rulebook, or NULL for the built-in catalogue.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_rules_catalogue_to_csv(char **out, size_t *len, const enf_rulebook *book);

/**
 * The catalogue as JSON, the "enforcement-rules-catalogue/1" form
 * described at enf_rules_catalogue_to_csv().
 * @param[out] out text to free with enf_free(); NULL on error.
 * @param[out] len its length without the NUL; may be NULL.
 * @param book the rulebook, or NULL for the built-in catalogue.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_rules_catalogue_to_json(char **out, size_t *len, const enf_rulebook *book);

/**
 * The case rules of a regime read from a rulebook (NULL: built-in), so
 * that overridden durations reach the deadlines, the Tết blackout and the
 * delegated verification limits: for each field, the book's own row of
 * "<regime>.<field>" (the one given last, whatever its dates: a regime's
 * rules hold one value), else the built-in row in force on the regime's
 * first day. Pass the result to enf_case_deadlines(),
 * enf_register_worklist(), enf_coercion_blackout() or
 * enf_delegated_verification_due().
 * @param[out] out the rules; unchanged on error.
 * @param book the rulebook, or NULL for the built-in catalogue.
 * @param regime the regime.
 * @return ENF_OK, ENF_EINVALID (out NULL, unknown regime), ENF_ERANGE (an
 *         overriding value outside what enf_case_rules_check() allows; the
 *         message names the rule) or ENF_ENOTFOUND (a rule missing from
 *         the catalogue).
 */
ENF_EXTERN(enf_status)
enf_case_rules_from(enf_case_rules *out, const enf_rulebook *book,
		    enf_regime regime);

/* ---------------------------------------------------------------------- */
/* Auction rule sets                                                       */

/**
 * The rules of a forced sale by auction under one law: the starting price
 * of each round, how far a price may be cut and from what, the lowest
 * acceptable bid, the deposit, the maximum number of rounds, the
 * creditor's option to take the asset, the floor at the enforcement costs,
 * the no-surplus check, the end branch, and the steps (with their periods)
 * between a failed auction and the next one. Each rule carries its legal
 * source. A rule set is data: text in the format below, parsed into an
 * opaque, immutable object that any number of threads may share.
 *
 * Built-in rule sets (enf_auction_rules_builtin_id() lists them):
 * "VN-2008", "VN-2014", "VN-2026" (Vietnam: Law 26/2008 Art 104 as first
 * enacted and as amended 2014; Law 106/2025 with Decree 152/2026 Art
 * 65-66, where the cap and the periods the notes mark U keep the old
 * values), "JP" (Civil Execution Act Art 60), "CN" (SPC Fa Shi [2016] 18),
 * "PL-realty" and "PL-movables" (Code of Civil Procedure Art 867, 983,
 * 962), "DE" (ZVG §74a, §85a, §77), "RU" (Law 229-FZ Art 87, 92), "KR"
 * (Civil Execution Act Art 119; practice), "UA" (Bankruptcy Code Art
 * 79-80) and "US-OH" (Ohio Rev. Code 2329.20, 2329.52).
 *
 * Vietnam's creditor's option: under the 2014 amendment (Art 104(2), V)
 * and under Decree 152/2026 Art 65(6) (V) alike it opens when the auction
 * held after the 2nd price cut fails, i.e. from the failure of auction 3
 * (`takeover after 3`), before the next cut is decided; the 2008 text
 * gave it only at the floor, once the price had been cut strictly below
 * the enforcement costs (`takeover at-floor`, `floor below-costs`). The
 * parties' window to agree a cut (5 working days' notice, then 10 days)
 * follows only the first failed auction under the 2014 text (Art 104(1),
 * V; later cuts are decided at once, Art 104(3)): `to 2` on those steps;
 * VN-2026 keeps that structure for its 10-day window (U: Law 106 Art
 * 83(3) unchecked) and gives the 2-working-day notice after every failure
 * (Decree 152 Art 65(6), V). Not modelled (the steps do not depend on the
 * debt or the value): the state-budget variant of Art 104(4) (the
 * enforcer decides the cut within 10 days, no agreement step) and the
 * shortened posting of Law 01/2016 Art 53(1)(a) when the starting prices
 * total under 50,000,000 VND and the parties agree; a caller who needs
 * either writes a set that `extends` the built-in one.
 *
 * The text format, one statement a line (at most 4096 bytes), '#' to the
 * end of a line is a comment, words separated by blanks, a quoted "..."
 * string is one word (UTF-8; \" and \\ are its only escapes; at most 1024
 * bytes as written), ratios written N/D (a plain integer N means N/1;
 * 0 <= N <= D, 0 < D <= 10^12; stored reduced). UNIT is days,
 * working-days, weeks, months or years (singular accepted):
 *
 *     rules VN-2014                        id (required, first statement)
 *     extends VN-2008                      start from a built-in set
 *     title "Viet Nam, Law 26/2008 as amended 2014"
 *     country VN
 *     from 2015-07-01                      effective dates, 1900-2100, or
 *     to 2026-06-30                        `none` (the default)
 *     source "Law 26/2008/QH12 Art 104, amended by Law 64/2014/QH13"
 *     max-rounds 0                         auctions allowed, 0 = no limit
 *     round 1 price 1 1 1 of value         price LO HI DEFAULT of value
 *     round 2 cut 0 1/10 1/10 of previous  cut LO HI DEFAULT of previous|first
 *     bid 1 from 1                         lowest bid / starting price
 *     deposit 1/20 1/5 from 1              deposit LO [HI] / starting price
 *     takeover after 3 price last notice 10 days redeem 30 days
 *              state no settle jc11        (or: takeover none; takeover
 *                                          at-floor ...: only at the floor)
 *     floor costs                          price <= costs: return to debtor
 *                                          (below-costs: price < costs)
 *     secured withdraw                     price <= secured + costs: withdraw
 *     no-surplus cancel                    lowest bid < costs+prior: cancel
 *                                          (raise: lift the lowest bid to
 *                                          costs+prior, ZVG §44)
 *     end return                           after max-rounds: return |
 *                                          special-sale N UNIT | sell-off N
 *                                          UNIT | takeover | discontinue
 *     reappraise after-failure             the parties may ask (2008 text)
 *     overbid 1/10 10 days                 France-style surenchère
 *     step notice within 5 working-days any from 2 to 0
 *     step post wait 15 days realty from 2 to 2 after-cut
 *
 * Defaults: `from 1` on bid, deposit and step; a step's asset `any`, `to
 * 0` (no end); the takeover clauses after `after N` (or `at-floor`) come
 * in any order and default to price last, notice and redeem 0 days,
 * state no, settle jc11. `takeover after N` opens the creditor's option
 * from the failure of auction N on and at the floor; `takeover at-floor`
 * only at the floor (after a failed auction whose price is at the floor
 * of the `floor` rule). `floor costs` is the floor at a price at or below
 * the enforcement costs, `floor below-costs` strictly below them.
 * `floor`, `secured`, `no-surplus`, `reappraise`, `end`, `overbid` and
 * `takeover` take `none` (the default when absent); `steps clear` drops
 * the steps so far. The rule statements (max-rounds and after) may end
 * with `cite "..."` (their legal source) and `note "..."` (what the rule
 * says, in a sentence); the others (rules to source) take neither. A
 * round, bid or deposit statement applies from its round on until a
 * later one replaces it; round 1 must be `price ... of value` (a cut has
 * nothing to cut from) and there must be a round 1 and a `bid ... from 1`;
 * at most 8 round entries, 4 bid, 4 deposit and 12 steps.
 *
 * Within one text each statement but round, bid, deposit and step comes
 * at most once, and rounds (bids, deposits) come in increasing order.
 * `extends ID` (only right after `rules`) starts from that built-in
 * (keeping its strings; a built-in cannot itself extend) and the later
 * statements override it: an entry with the same `from` replaces the old
 * one, else is inserted in order; a step with the same label, asset and
 * from replaces the old one, else is appended; the other statements
 * replace the whole rule, cite and note included.
 *
 * enf_auction_rules_to_text() writes this format back with every
 * statement written out (no `extends`), so a parsed and written set
 * parses to the same rules.
 */
typedef struct enf_auction_rules enf_auction_rules;

/**
 * The id of the i-th built-in rule set, in the order listed above.
 * @param i the position, from 0.
 * @return a static string; NULL when i is past the end.
 */
ENF_EXTERN(const char *) enf_auction_rules_builtin_id(size_t i);

/**
 * A built-in rule set by id (case-sensitive).
 * @param[out] out to free with enf_auction_rules_free(); NULL on error.
 * @param id e.g. "VN-2014".
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_ENOTFOUND (unknown id, named
 *         in the message with the known ids) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_rules_builtin(enf_auction_rules **out, const char *id);

/**
 * The built-in rule set of a country in force on a date: the first
 * built-in (in the order above) whose country matches and whose from..to
 * holds the date. For "VN": VN-2008 from 2009-07-01, VN-2014 from
 * 2015-07-01, VN-2026 from 2026-07-01; other countries have sets with no
 * dates. "PL" gives PL-realty (PL-movables only by
 * enf_auction_rules_builtin()).
 * @param[out] out to free with enf_auction_rules_free(); NULL on error.
 * @param country e.g. "VN", "JP", "US-OH".
 * @param date the day the set must be in force.
 * @return ENF_OK, ENF_EINVALID, ENF_ENOTFOUND (unknown country; the
 *         message lists the known ones) or ENF_ERANGE (date not a valid
 *         enf_date, or no set of that country in force on it; the message
 *         names the date and the sets' dates) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_rules_on(enf_auction_rules **out, const char *country,
		     enf_date date);

/**
 * Parses a rule set from text (format above).
 * @param[out] out to free with enf_auction_rules_free(); NULL on error.
 * @param text NUL-terminated UTF-8.
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_EPARSE (message
 *         "auction_rules_parse: line N: ..." with the word at fault and
 *         what was expected: syntax, unknown keyword, extra words, a
 *         statement given twice, a missing `rules`, round 1 or bid),
 *         ENF_ERANGE (a number or ratio out of its range, not LO <=
 *         DEFAULT <= HI, a round out of order, too many entries, a date
 *         outside 1900-2100, a string too long), ENF_ENOTFOUND (unknown
 *         `extends`) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_rules_parse(enf_auction_rules **out, const char *text);

/**
 * Writes a rule set as text that enf_auction_rules_parse() reads back to
 * the same rules (no `extends`; every statement written out).
 * @param[out] out text to free with enf_free(); NULL on error.
 * @param[out] len its length in bytes without the NUL; may be NULL.
 * @param rules the rule set.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_rules_to_text(char **out, size_t *len,
			  const enf_auction_rules *rules);

/**
 * Frees a rule set.
 * @param rules the rule set; NULL is a no-op.
 */
ENF_EXTERN(void) enf_auction_rules_free(enf_auction_rules *rules);

/** What a rule set is, for display; strings are borrowed from it. */
typedef struct enf_auction_rules_info {
	const char *id;		/**< e.g. "VN-2014" */
	const char *title;	/**< one line */
	const char *country;	/**< e.g. "VN", "JP", "US-OH" */
	const char *source;	/**< the law as a whole */
	enf_date from;		/**< in force from, or ENF_DATE_NONE */
	enf_date to;		/**< in force to (included), or ENF_DATE_NONE */
	int32_t max_rounds;	/**< auctions allowed; 0 = no limit */
	int32_t takeover_after; /**< the creditor may take the asset after
				   the auction of this round fails; 0 =
				   no such round (see takeover_at_floor) */
	int takeover_at_floor;	/**< 1: the creditor may take the asset at
				   the floor (every set with an option; with
				   takeover_after 0, only there: VN-2008) */
	int floor_strict;	/**< 1: the floor is a price strictly below
				   the costs (`floor below-costs`), 0: at or
				   below them, or no floor rule */
} enf_auction_rules_info;

/**
 * Describes a rule set.
 * @param[out] out the description; unchanged on error.
 * @param rules the rule set.
 * @return ENF_OK or ENF_EINVALID.
 */
ENF_EXTERN(enf_status)
enf_auction_rules_info_get(enf_auction_rules_info *out,
			   const enf_auction_rules *rules);

ENF_END_DECL

#endif /* ENF_RULES_H */
