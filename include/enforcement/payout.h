/**
 * @file enforcement/payout.h
 * @brief Money out: the enforcement fee, late-payment interest and the
 *        order of payment, each with a calculation trail.
 *
 * - Fee (phí thi hành án dân sự), Circular 216/2016/TT-BTC (in force
 *   1 Jan 2017; V): the creditor pays it on the amount actually received,
 *   by a marginal schedule with a cliff at 2 x the base salary (lương cơ
 *   sở); instalments are charged on the cumulative amount; one third when
 *   the parties settle after the decision and before coercion.
 * - Interest, Civil Code 91/2015 Art 357 and 468: the agreed rate capped at
 *   20%/year unless another law provides otherwise (an option: off for the
 *   loans of credit institutions), otherwise 10%/year; simple interest on
 *   the outstanding principal only; payments go to principal first (Joint
 *   Circular 11/2016 Art 6; from 1 Jul 2026 Decree 152/2026 Art 29(1)); it
 *   runs to the day the money is collected or, for an asset sold or taken
 *   over, to the day the asset is handed over (Decree 152/2026 Art 29(2));
 *   no interest during a postponement agreed by the parties or a suspension
 *   for a protest (Law Art 48(1)(c), 49). The day count is not fixed by law
 *   (U): an option, actual/365 by default. Germany, England and Wales and
 *   the US federal rule are rule sets beside it.
 * - Order of payment, Law 26/2008 Art 47 (V; from 1 Jul 2026 Law 106/2025
 *   Art 54 with Decree 152/2026 Art 29-30): a pledgee or mortgagee who is
 *   not a judgment creditor first, from its collateral; then the costs and
 *   the rent reserve; then a secured judgment creditor from its collateral,
 *   after its judgment's court fee; then tier (a) maintenance, wages,
 *   compensation for life and health; (b) court fees; (c) everything else;
 *   pro rata within a tier (largest remainder: parts sum to the whole);
 *   creditors whose request came after the coercion decision share only
 *   what is left; surplus back to the debtor; principal before interest.
 *   The money is paid out within 10 days of its collection, or later on
 *   the grounds of Decree 152/2026 Art 30(3)-(4) (enf_payout_deadline()).
 *
 * Every engine can write its steps into an ::enf_trail (trail.h).
 */
#ifndef ENF_PAYOUT_H
#define ENF_PAYOUT_H

#include "common.h"
#include "date.h"
#include "money.h"
#include "rules.h"
#include "trail.h"

ENF_BEGIN_DECL

/* ---------------------------------------------------------------------- */
/* Enforcement fee (Circular 216/2016/TT-BTC)                              */

/**
 * The base salary (lương cơ sở) in force on a date, the rule
 * "VN.base_salary" of the built-in rules catalogue (enf_rules_value()
 * answers for a rulebook with overrides):
 * 1,210,000 VND from 1 May 2016 (Decree 47/2016), 1,300,000 from 1 Jul 2017
 * (Decree 47/2017), 1,390,000 from 1 Jul 2018 (Decree 72/2018), 1,490,000
 * from 1 Jul 2019 (Decree 38/2019), 1,800,000 from 1 Jul 2023 (Decree
 * 24/2023), 2,340,000 from 1 Jul 2024 (Decree 73/2024; Vs, as restated
 * by Decree 161/2026), and 2,530,000 from 1 Jul 2026 (Decree 161/2026/ND-CP
 * Art 3(2), which also ends Decree 73/2024 on that day, Art 6; V, read in
 * the signed text). The figures before 2024 are from the decrees' press
 * summaries (Vs). The fee of Circular 216/2016 is the state agencies'
 * fee; private enforcement offices charge a contractual remuneration
 * instead (Decree 151/2026; I).
 * @param[out] out the base salary, VND a month; unchanged on error.
 * @param date the day it must be in force.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOTFOUND (before 1 May 2016).
 */
ENF_EXTERN(enf_status) enf_fee_base_salary(enf_money *out, enf_date date);

/** Options of the fee. */
typedef struct enf_fee_options {
	unsigned int version;  /**< ENF_FEE_OPTIONS_VERSION */
	enf_money base_salary; /**< 0: enf_fee_base_salary() of `date` */
	enf_date date;	       /**< the day the money is received */
	int settled;	       /**< 1: the parties settled after the decision
				  and before coercion: one third */
	int exempt; /**< 1: exempt or an item with no fee (maintenance,
		       compensation for life or health, wages, ...) */
	int32_t reduction_pct; /**< a reduction in percent, 0..100 (e.g. 30
				  when the creditor found the asset) */
	enf_rounding rounding; /**< of each fee to whole dong; default
				  half-up (the circular is silent: U) */
	const enf_rulebook *rulebook; /**< where the base salary and the
					 schedule come from ("VN.base_salary",
					 "VN.fee.*"); NULL: the built-in
					 catalogue. Borrowed. */
} enf_fee_options;

/** The current version of ::enf_fee_options. */
#define ENF_FEE_OPTIONS_VERSION 1
/** The defaults: the base salary of the date, no date (set one), no
 * settlement, exemption or reduction, half-up rounding, the built-in
 * catalogue. */
#define ENF_FEE_OPTIONS_INIT                                                   \
	{                                                                      \
		ENF_FEE_OPTIONS_VERSION, 0, ENF_DATE_NONE, 0, 0, 0,            \
			ENF_ROUND_HALF_UP, NULL                                \
	}

/**
 * Fills opts with the defaults (ENF_FEE_OPTIONS_INIT), for bindings that
 * cannot use the macro.
 * @param[out] opts the options to fill.
 * @param version ENF_FEE_OPTIONS_VERSION.
 * @return ENF_OK, ENF_EINVALID or ENF_EVERSION.
 */
ENF_EXTERN(enf_status)
enf_fee_options_init(enf_fee_options *opts, unsigned int version);

/**
 * The fee on an amount received now, after `received_before` was received
 * in earlier instalments of the same case: fee(before + now) -
 * fee(before). The schedule on a cumulative amount x (b = 2 x base
 * salary): 0 up to b; 3% of the whole above b up to 5 bn; 150 m + 2% of
 * the excess over 5 bn; 190 m + 1% over 7 bn; 220 m + 0.5% over 10 bn;
 * 245 m + 0.01% over 15 bn. 18 bn received in 6 instalments costs 245.3 m
 * in total. The figures are rows of the rules catalogue ("VN.fee.threshold",
 * "VN.fee.bracket1.rate", "VN.fee.bracketK.from/.fixed/.rate" for K = 2..5,
 * "VN.fee.settled_divisor", "VN.base_salary"), read on opts->date from
 * opts->rulebook; the schedule is in force from 1 Jan 2017.
 * The trail gets the threshold (2 x base salary), the fee of each
 * cumulative amount with its bracket, the instalment, and the settled,
 * reduced or exempt adjustments (rate_ppm 0 where the rate has no exact
 * ppm value, as one third). settled and exempt are 0 or 1; one third is
 * rounded before the reduction.
 * @param[out] out the fee on received_now, VND; unchanged on error.
 * @param received_before what the creditor received earlier in the case,
 *        VND.
 * @param received_now what it receives now, VND.
 * @param opts required (use ENF_FEE_OPTIONS_INIT and set the date).
 * @param trail NULL, or a trail to append the steps to; unchanged on error.
 * @return ENF_OK, ENF_EINVALID (NULL out, negative amounts, bad options,
 *         a rulebook whose brackets do not rise), ENF_EVERSION,
 *         ENF_ENOTFOUND (no base salary or schedule for the date),
 *         ENF_EOVERFLOW or ENF_ENOMEM (trail).
 */
ENF_EXTERN(enf_status)
enf_fee_compute(enf_money *out, enf_money received_before,
		enf_money received_now, const enf_fee_options *opts,
		enf_trail *trail);

/* ---------------------------------------------------------------------- */
/* Late-payment interest                                                   */

/** Day-count conventions (the Vietnamese law does not fix one: U). */
typedef enum enf_day_count {
	ENF_DC_ACT_365 = 0, /**< actual days / 365 (default) */
	ENF_DC_ACT_ACT = 1, /**< actual days / days in the calendar year */
	ENF_DC_30_360 = 2   /**< 30/360 (US rule) */
} enf_day_count;

/** How payments are applied. */
typedef enum enf_payment_order {
	ENF_PAY_PRINCIPAL_FIRST = 0, /**< Vietnam (JC 11/2016 Art 6; Decree
					152/2026 Art 29(1)) */
	ENF_PAY_INTEREST_FIRST = 1   /**< Germany (BGB 367: costs, interest,
					then principal) */
} enf_payment_order;

/** A rate in force from a date (per year, parts per million). */
typedef struct enf_rate_change {
	enf_date from;	  /**< the first day the rate applies */
	int64_t rate_ppm; /**< 10%/year = 100000 */
} enf_rate_change;

/** A payment by the debtor. */
typedef struct enf_payment {
	enf_date date;	  /**< the day of the payment */
	enf_money amount; /**< the amount paid, VND */
} enf_payment;

/** A span without interest (both ends included). */
typedef struct enf_pause {
	enf_date first; /**< the first day without interest */
	enf_date last;	/**< the last day without interest */
} enf_pause;

/** A rule set of interest. */
typedef enum enf_interest_rules {
	ENF_INTEREST_VN = 0, /**< Civil Code 468: simple, principal first */
	ENF_INTEREST_DE = 1, /**< BGB 288: base rate + 5 (or + 9) points,
				simple, interest first */
	ENF_INTEREST_UK = 2, /**< Judgments Act 1838: 8% simple */
	ENF_INTEREST_US = 3  /**< 28 USC 1961: daily, compounded annually */
} enf_interest_rules;

/** Options of the interest calculation. */
typedef struct enf_interest_options {
	unsigned int version;	  /**< ENF_INTEREST_OPTIONS_VERSION */
	enf_interest_rules rules; /**< default ENF_INTEREST_VN */
	enf_day_count day_count;  /**< default by rules (VN: ACT/365) */
	int64_t agreed_rate_ppm;  /**< VN: the agreed rate (capped at 20%
				     unless rate_cap is 0), or -1 for none
				     (10%) */
	int64_t margin_ppm;	  /**< DE: points over the base rate
				     (50000 or 90000) */
	int rate_cap; /**< VN: 1 (default) caps the agreed rate and each entry
			 of a rate table at 20%/year (Civil Code Art 468(1);
			 V); 0 leaves them uncapped, for the loans of credit
			 institutions: Art 468(1) yields where "another law
			 provides otherwise", and the contract rate of a bank
			 loan runs on after judgment (Law on Credit
			 Institutions; Resolution 01/2019/NQ-HDTP Art 13,
			 not read: I/U). Other rule sets ignore it. */
	const enf_rulebook *rulebook; /**< where the statutory figures come
					 from ("VN.interest.cap",
					 "VN.interest.statutory",
					 "UK.interest.judgment_rate",
					 "VN.regime"); NULL: the built-in
					 catalogue. Borrowed (a ledger keeps
					 it: it must outlive the ledger). */
} enf_interest_options;

/** The current version of ::enf_interest_options. */
#define ENF_INTEREST_OPTIONS_VERSION 1
/** The defaults: Vietnamese rules, ACT/365, no agreed rate, the cap on.
 * 50000: the "DE.interest.margin" of the catalogue (BGB 288(1)). */
#define ENF_INTEREST_OPTIONS_INIT                                              \
	{                                                                      \
		ENF_INTEREST_OPTIONS_VERSION, ENF_INTEREST_VN, ENF_DC_ACT_365, \
			-1, 50000, 1, NULL                                     \
	}

/**
 * Fills opts with the defaults of a rule set (the day count and margin
 * it uses).
 * @param[out] opts the options to fill.
 * @param version ENF_INTEREST_OPTIONS_VERSION.
 * @param rules the rule set whose defaults are wanted.
 * @return ENF_OK, ENF_EINVALID or ENF_EVERSION.
 */
ENF_EXTERN(enf_status)
enf_interest_options_init(enf_interest_options *opts, unsigned int version,
			  enf_interest_rules rules);

/** The result of an interest calculation. */
typedef struct enf_interest_result {
	enf_money interest;	    /**< accrued over the whole span */
	enf_money interest_unpaid;  /**< after payments applied to it */
	enf_money principal_unpaid; /**< after payments */
	enf_money overpaid;	    /**< payments beyond what was owed */
} enf_interest_result;

/**
 * Interest on a principal from `from` (the first day that accrues) to
 * `to` (the last day), split into sub-periods at every payment, rate
 * change and pause. A payment on a day reduces the balance from the next
 * day. Vietnam: interest starts on the day the judgment sets, else on the
 * day enforcement was requested, and runs to the day the enforcement
 * agency collects the money; where an asset is sold, or handed to the
 * creditor against its claim, it runs to the day the asset is handed to
 * the buyer or the creditor (Decree 152/2026 Art 29(2); V). So date the
 * payment of an asset's price on its handover day, not on the day the
 * buyer paid (handover may come up to 60 days after full payment, Decree
 * 152/2026 Art 67(1)(c)); enf_ledger_collect() takes that day as
 * opts->delivered. Each sub-period's interest is rounded half-up to whole units
 * once; the US rule adds the year's interest to the balance at each anniversary
 * of `from`.
 * @param[out] out the result; unchanged on error.
 * @param principal the principal, VND.
 * @param from the first day that accrues.
 * @param to the last day that accrues.
 * @param payments the debtor's payments, in date order (may be NULL when
 *        npayments is 0).
 * @param npayments the number of payments.
 * @param pauses the spans without interest, in date order (may be NULL
 *        when npauses is 0).
 * @param npauses the number of pauses.
 * @param rates the rate table, in date order (VN and UK may pass NULL:
 *        the statutory rate; DE: the base rates; US: the weekly rate of
 *        the judgment date is one entry).
 * @param nrates the number of rates.
 * @param opts the rule set and its options; required.
 * @param trail NULL, or a trail for the sub-periods.
 * Payments: VN principal first; DE, UK and US interest first (US
 * capitalised interest, the older debt, before the running year's, and
 * reported in interest_unpaid). A VN rate table, when passed, replaces the
 * agreed rate, each entry capped at 20% unless opts->rate_cap is 0; the
 * trail cites Joint Circular 11/2016 Art 6 for a payment before 1 Jul 2026
 * and Decree 152/2026 Art 29(1) from that day. DE accrues nothing while base
 * rate + margin is below zero; every rate lies within +-1,000,000,000 ppm.
 * ENF_DC_30_360 is the US bond basis (a sub-period [a, b] counts a to
 * b + 1).
 * The statutory figures are rows of the rules catalogue read from
 * opts->rulebook on each sub-period's first day ("VN.interest.cap" and
 * "VN.interest.statutory" from 1 Jan 2017, when Civil Code 91/2015 took
 * effect; "UK.interest.judgment_rate"), a row's end splitting the
 * sub-period.
 * @return ENF_OK, ENF_EINVALID (NULL, negative amounts, unordered or
 *         overlapping tables, a first rate after `from`, rate_cap not 0 or
 *         1), ENF_EVERSION, ENF_ERANGE (to before from, a payment outside
 *         [from, to], invalid dates), ENF_ENOTFOUND (a statutory figure the
 *         calculation needs is not in force on a day of it: Vietnamese
 *         interest before 2017 needs the caller's rows), ENF_EOVERFLOW or
 *         ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_interest_compute(enf_interest_result *out, enf_money principal,
		     enf_date from, enf_date to, const enf_payment *payments,
		     size_t npayments, const enf_pause *pauses, size_t npauses,
		     const enf_rate_change *rates, size_t nrates,
		     const enf_interest_options *opts, enf_trail *trail);

/* ---------------------------------------------------------------------- */
/* Order of payment (Law 26/2008 Art 47; Law 106/2025 Art 54)             */

/** Tiers of Art 47(1) (old law; V). Law 106/2025 Art 54 was not read:
 * the library assumes the same tiers under it (U). */
typedef enum enf_tier {
	ENF_TIER_A = 0, /**< maintenance, wages, compensation for life and
			   health */
	ENF_TIER_B = 1, /**< court fees and charges */
	ENF_TIER_C = 2	/**< everything else */
} enf_tier;

/**
 * A creditor's claim on the money.
 *
 * A claim with `secured` > 0 takes up to that much from the proceeds of
 * its collateral (opts->collateral) before the tiers. Where it ranks
 * depends on who holds the security (Law 26/2008 Art 47(3); V):
 * - secured_is_creditor 0: the pledgee or mortgagee is not a judgment
 *   creditor of the case; it is paid from the collateral before every
 *   other item, costs included (Art 47(3) para 2);
 * - secured_is_creditor 1: the pledgee or mortgagee is the judgment
 *   creditor, or the judgment seized the asset to secure this specific
 *   obligation; it is paid from the collateral only after the coercion
 *   costs, the rent reserve and "that judgment's court fee" (Art 47(3)
 *   para 1; from 1 Jul 2026 Law 106/2025 Art 54(3) keeps the
 *   specific-obligation case, Decree 152/2026 Art 30(2); V).
 *
 * "That judgment's court fee" is named by `judgment`: give every claim of
 * one judgment or decision the same number (any number but 0); the tier-B
 * claims that carry the secured claim's number are the court fee of its
 * judgment, and they are paid from the collateral just before it. With
 * judgment 0 (or no tier-B claim of that number) no court fee comes first.
 * Bank-credit cases are the usual secured_is_creditor case: the bank holds
 * the mortgage and the judgment.
 */
typedef struct enf_claim {
	enf_tier tier;		 /**< the tier of Art 47(1) */
	enf_money principal;	 /**< still owed */
	enf_money interest;	 /**< still owed; paid after all principal of
				    the tier */
	enf_date requested;	 /**< date of the request or decision that gives
				    the claim its place (Decree 62 Art 49(1)) */
	enf_money secured;	 /**< what the claim may take first from the
				    proceeds of its collateral; 0 if none */
	int secured_is_creditor; /**< 0 (default) or 1, see above */
	int32_t judgment; /**< the caller's number of the judgment the claim
			     comes from, >= 0; 0: not given */
} enf_claim;

/** Options of a distribution. */
typedef struct enf_payout_options {
	unsigned int version;	/**< ENF_PAYOUT_OPTIONS_VERSION */
	enf_money costs;	/**< enforcement costs, paid first */
	enf_money rent_reserve; /**< kept back for the debtor's housing
				   (old: 1 year of local rent, an input; new:
				   12 x regional minimum wage) */
	enf_date coercion;	/**< the coercion decision's date: claims
				   requested after it share only the rest
				   (Art 47(2)(b)); ENF_DATE_NONE: no cut-off */
	enf_money collateral;	/**< of the amount, proceeds of collateral that
				   secured claims take first */
	enf_date date;		/**< the day of the distribution; it picks the
				   law the trail cites: Law 106/2025 Art 54 and
				   Decree 152/2026 Art 29-30 from 1 Jul 2026,
				   Law 26/2008 Art 47 before and for
				   ENF_DATE_NONE (the default) */
	enf_date delivered;	/**< enf_ledger_collect() only: when the amount
				   is the price of an asset sold or taken
				   over, the day the asset was handed to the
				   buyer or the creditor, on or after the
				   collection; the claims' interest runs to it
				   (Decree 152/2026 Art 29(2)). ENF_DATE_NONE:
				   to the collection day */
	const enf_rulebook *rulebook; /**< where "VN.regime" (the law of
					 opts->date) comes from; NULL: the
					 built-in catalogue. Borrowed. */
} enf_payout_options;

/** The current version of ::enf_payout_options. */
#define ENF_PAYOUT_OPTIONS_VERSION 1
/** The defaults: no costs, reserve, cut-off or collateral, no date. */
#define ENF_PAYOUT_OPTIONS_INIT                                                \
	{                                                                      \
		ENF_PAYOUT_OPTIONS_VERSION, 0, 0, ENF_DATE_NONE, 0,            \
			ENF_DATE_NONE, ENF_DATE_NONE, NULL                     \
	}

/**
 * Fills opts with the defaults (ENF_PAYOUT_OPTIONS_INIT), for bindings
 * that cannot use the macro.
 * @param[out] opts the options to fill.
 * @param version ENF_PAYOUT_OPTIONS_VERSION.
 * @return ENF_OK, ENF_EINVALID or ENF_EVERSION.
 */
ENF_EXTERN(enf_status)
enf_payout_options_init(enf_payout_options *opts, unsigned int version);

/**
 * The rent reserve of the new law: 12 x the regional minimum monthly wage
 * of the region where the debtor lives (Law 106/2025 Art 89(2); Decree
 * 152/2026 Art 67(3); V). The wages are dated data: region I-IV 4,960,000 /
 * 4,410,000 / 3,860,000 / 3,450,000 VND from 1 Jul 2024 (Decree
 * 74/2024/ND-CP; Vs), and 5,310,000 / 4,730,000 / 4,140,000 / 3,700,000
 * from 1 Jan 2026 (Decree 293/2025/ND-CP Art 3(1); V, read in the text).
 * Under the old law the reserve is one year of the local average rent, an
 * input the caller has. The wages are the rules "VN.min_wage.region1".."4"
 * of the built-in catalogue on `date`, the multiple "VN-2026.rent_reserve_
 * months" (the new law's formula, applied to the wages of any date from 1
 * Jul 2024); enf_rules_value() answers for a rulebook with overrides.
 * @param[out] out the reserve, VND; unchanged on error.
 * @param region 1..4, of the debtor's residence.
 * @param date the day the wages are taken on.
 * @return ENF_OK, ENF_EINVALID (NULL, region) or ENF_ENOTFOUND (a date
 *         before 1 Jul 2024).
 */
ENF_EXTERN(enf_status)
enf_payout_rent_reserve(enf_money *out, int region, enf_date date);

/** What a distribution pays. */
typedef struct enf_payout_result {
	enf_money costs;	/**< paid to costs */
	enf_money rent_reserve; /**< kept back */
	enf_money to_claims;	/**< paid to the claims in total */
	enf_money surplus;	/**< returned to the debtor */
} enf_payout_result;

/**
 * Distributes an amount, in this order:
 * 1. claims with `secured` and secured_is_creditor 0, from the collateral
 *    proceeds (up to `secured`, pro rata when the collateral is short);
 * 2. the costs, then the rent reserve, out of what is left (charged to
 *    what is left of the collateral first: Art 47(3) para 1 pays the
 *    secured judgment creditor from the proceeds "after deducting" them;
 *    I for an amount that is not all collateral);
 * 3. for the claims with `secured` and secured_is_creditor 1: the tier-B
 *    claims of their judgments (`judgment`), then the claims themselves up
 *    to `secured`, both from what is left of the collateral;
 * 4. for the claims requested by the coercion date, tier A, B, C
 *    (principal of a tier pro rata, then its interest pro rata); then the
 *    same for later claims;
 * 5. the surplus, back to the debtor.
 * paid[i] is what claim i receives (principal + interest); parts always
 * sum exactly; a claim is never paid more than it is owed; payments to a
 * claim go to its principal first. Claims requested on the coercion date
 * count as early. `secured` is capped at what the claim owes.
 * @param[out] out the totals; unchanged on error.
 * @param[out] paid array of n amounts; unchanged on error (claims and paid
 *        may be NULL when n is 0).
 * @param claims n claims.
 * @param n the number of claims.
 * @param amount the amount distributed, VND.
 * @param opts the costs, reserve, cut-off and collateral; required
 *        (ENF_PAYOUT_OPTIONS_INIT for none).
 * @param trail NULL, or a trail the steps are appended to; unchanged on
 *        error. Sources by opts->date (see enf_payout_options).
 * @return ENF_OK, ENF_EINVALID (NULL, negative amounts, bad tier,
 *         collateral above amount, secured_is_creditor not 0 or 1, a
 *         negative judgment), ENF_ERANGE (an invalid coercion or requested
 *         date when a cut-off is set, an invalid opts->date),
 *         ENF_EVERSION, ENF_EOVERFLOW or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_payout_distribute(enf_payout_result *out, enf_money *paid,
		      const enf_claim *claims, size_t n, enf_money amount,
		      const enf_payout_options *opts, enf_trail *trail);

/** Grounds for paying collected money out later than the ordinary
 * deadline (Decree 152/2026 Art 30(3); V). */
typedef enum enf_payout_delay {
	ENF_DELAY_NONE = 0,	      /**< none: within 10 days of collection */
	ENF_DELAY_MANY_CREDITORS = 1, /**< (a) many creditors, little money
					collected, other assets still being
					processed: up to 45 days */
	ENF_DELAY_AUTHORITY = 2,      /**< (b) a competent authority decided
					 the money must not be paid yet */
	ENF_DELAY_DISPUTE = 3,	      /**< (c) a complaint, denunciation,
					 protest or petition about the money
					 or the asset */
	ENF_DELAY_FORCE_MAJEURE = 4   /**< (d) an emergency, force majeure or
					 an objective obstacle */
} enf_payout_delay;

/**
 * The last day to pay collected money out to the creditors.
 * - Ordinary: 10 days from the collection (Law 26/2008 Art 47(5); V; Law
 *   106/2025 Art 54(6) was not read, and the library keeps the 10 days,
 *   which Decree 152/2026 Art 30(4) and (7) also count: I).
 * - ENF_DELAY_MANY_CREDITORS, collected from 1 Jul 2026: "the extended
 *   period does not exceed 45 days" (Decree 152/2026 Art 30(3)(a); V);
 *   the library counts the 45 days from the collection, the stricter
 *   reading (I).
 * - ENF_DELAY_AUTHORITY, _DISPUTE, _FORCE_MAJEURE, from 1 Jul 2026: 10
 *   days from the day the ground ceased, or the day the authority's
 *   decision was received (Art 30(4); V), given as `ground_ended`; while
 *   the ground lasts (ground_ended ENF_DATE_NONE) there is no deadline
 *   and *out is ENF_DATE_NONE.
 * Days are calendar days counted from the next day (Civil Code Art 147);
 * with a calendar, a last day that is a day off moves to the next working
 * day (Art 148); cal NULL gives the nominal day. Money from an asset sold
 * but not yet handed over is deposited until the handover (Decree
 * 152/2026 Art 30(7)).
 * The periods are the rules "VN.payout.days", "VN.payout.extension_days"
 * and "VN.payout.after_ground_days" in force on the collection day.
 * @param[out] out the last day; unchanged on error.
 * @param cal the working-day calendar, or NULL for the nominal day.
 * @param collected the day the money was collected.
 * @param ground the ground for a later payout, or ENF_DELAY_NONE.
 * @param ground_ended the day the ground ceased, or ENF_DATE_NONE.
 * @param rulebook NULL (the built-in catalogue) or a rulebook with the
 *        caller's periods.
 * @return ENF_OK, ENF_EINVALID (out NULL, unknown ground, ground_ended
 *         before collected), ENF_ERANGE (invalid dates) or ENF_ENOTFOUND
 *         (no period in force on the collection day: a ground for delay
 *         before 1 Jul 2026, when the old law had only the 10 days, or any
 *         collection before Law 26/2008 took effect on 1 Jul 2009).
 */
ENF_EXTERN(enf_status)
enf_payout_deadline(enf_date *out, const enf_calendar *cal, enf_date collected,
		    enf_payout_delay ground, enf_date ground_ended,
		    const enf_rulebook *rulebook);

/* ---------------------------------------------------------------------- */
/* Claim ledger                                                            */

/**
 * The money of one case over time: its claims (with their tier, principal
 * and interest rule), costs and fees, and the collections and payouts. The
 * balance and its parts follow on any date; a preview tells what the next
 * collection would pay to whom.
 */
typedef struct enf_ledger enf_ledger;

/** The parts of a ledger's balance on a date. */
typedef struct enf_ledger_balance {
	enf_money principal; /**< principal still owed, all claims */
	enf_money interest;  /**< interest accrued and not paid */
	enf_money costs;     /**< enforcement costs not yet recovered */
	enf_money fees;	     /**< fees charged to creditors on what they
				received */
	enf_money collected; /**< collected from the debtor so far */
	enf_money paid_out;  /**< paid to creditors so far */
	enf_money total;     /**< principal + interest + costs */
} enf_ledger_balance;

/**
 * Creates an empty ledger.
 * @param[out] out to free with enf_ledger_free(); NULL on error.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status) enf_ledger_new(enf_ledger **out);

/**
 * Frees a ledger and its claims.
 * @param ledger the ledger; NULL is a no-op.
 */
ENF_EXTERN(void) enf_ledger_free(enf_ledger *ledger);

/**
 * Adds a claim: its tier, principal, the date interest starts to run and
 * the date of the request that gives it its place; interest follows opts
 * (NULL: Vietnam, 10%/year) with the optional rate table. The ledger keeps
 * a copy of opts, and so borrows opts->rulebook for its life.
 * @param[out] out_index the claim's index (may be NULL).
 * @param ledger the ledger.
 * @param claim the claim.
 * @param interest_from the first day interest accrues.
 * @param opts the interest rules; NULL for Vietnam's.
 * @return ENF_OK, ENF_EINVALID, ENF_ERANGE, ENF_ENOTFOUND (no statutory
 *         interest figure in force on interest_from: Vietnamese interest
 *         before 1 Jan 2017 needs a rulebook's rows) or ENF_ENOMEM;
 *         unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_ledger_add_claim(int32_t *out_index, enf_ledger *ledger,
		     const enf_claim *claim, enf_date interest_from,
		     const enf_interest_options *opts);

/**
 * Records enforcement costs incurred on a date.
 * @param ledger the ledger.
 * @param date the day the costs were incurred.
 * @param amount the costs, VND.
 * @return ENF_OK, ENF_EINVALID (negative), ENF_ERANGE or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_ledger_add_costs(enf_ledger *ledger, enf_date date, enf_money amount);

/**
 * Records a collection from the debtor on a date and pays it out at once
 * by enf_payout_distribute() (costs first, then the tiers; principal
 * before interest, interest up to the date), charging each creditor the
 * fee of Circular 216/2016 on what it receives (fee_opts NULL: no fee).
 * Collections come in date order. opts->date is taken as `date` when it is
 * ENF_DATE_NONE (it picks the citations). When the amount is the price of
 * an asset sold or taken over, set opts->delivered to the day the asset
 * was handed over: the claims' interest runs to that day (Decree 152/2026
 * Art 29(2)), both in what this collection pays and in later balances;
 * their principal counts as paid from `date` on.
 * @param ledger the ledger.
 * @param date the day of the collection.
 * @param amount the amount collected, VND.
 * @param opts the distribution's options; NULL for the defaults.
 * @param fee_opts the fee's options; NULL for no fee.
 * @param trail NULL, or a trail for the distribution and fees.
 * @return ENF_OK, ENF_EINVALID (negative, out of date order, delivered
 *         before date), ENF_ERANGE, ENF_EOVERFLOW or ENF_ENOMEM; unchanged
 *         on error.
 */
ENF_EXTERN(enf_status)
enf_ledger_collect(enf_ledger *ledger, enf_date date, enf_money amount,
		   const enf_payout_options *opts,
		   const enf_fee_options *fee_opts, enf_trail *trail);

/**
 * The balance and its parts at the end of a date (interest accrued up to
 * it on what is unpaid).
 * @param[out] out the balance; unchanged on error.
 * @param ledger the ledger.
 * @param date the day the balance is taken on.
 * @return ENF_OK, ENF_EINVALID, ENF_ERANGE, ENF_EOVERFLOW or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_ledger_balance_on(enf_ledger_balance *out, const enf_ledger *ledger,
		      enf_date date);

/**
 * What a collection of `amount` on `date` would pay each claim (paid[i]
 * per claim index, n = the number of claims), without recording it.
 * @param[out] out the totals; unchanged on error.
 * @param[out] paid array of n amounts, VND.
 * @param n the number of claims of the ledger.
 * @param ledger the ledger.
 * @param date the day of the collection.
 * @param amount the amount collected, VND.
 * @param opts the distribution's options; NULL for the defaults.
 * @return as enf_ledger_collect(); paid unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_ledger_preview(enf_payout_result *out, enf_money *paid, size_t n,
		   const enf_ledger *ledger, enf_date date, enf_money amount,
		   const enf_payout_options *opts);

ENF_END_DECL

#endif /* ENF_PAYOUT_H */
