/**
 * @file enforcement/auction.h
 * @brief Selling a seized asset: appraisal, the auction sequence with its
 *        price reductions, the creditor's option, redemption, the floor,
 *        inverse queries, several assets, the takeover settlement and
 *        Monte Carlo scenarios, each step with its rule and legal source.
 *
 * A sale (::enf_auction) runs under a rule set (rules.h). It starts ready
 * for auction 1 at the starting price the rules give the appraised value.
 * Events move it on: an auction fails, a reduction is decided, the
 * creditor accepts or declines the asset, the debtor redeems it, it is
 * sold, returned to the debtor or the coercion is withdrawn. Every event
 * is checked against the rule set; an illegal one is refused with the
 * round, the rule and its source, and the sale is left unchanged. A plan
 * is the same thing driven by a policy: the library generates the events
 * a sale would go through if every auction failed (cuts of the policy's
 * size, the creditor declining) and dates each step at the earliest the
 * working-day calendar allows.
 *
 * Vietnam (Law 26/2008 Art 104 as amended 2014, V): after the first
 * failed auction the enforcer asks the parties within 5 working days to
 * agree a cut and decides it himself after 10 days (later cuts he decides
 * at once, Art 104(3)); each cut is at most 10% of the previous starting
 * price; after the auction following the 2nd reduction fails (auction 3)
 * the creditor may take the asset against the debt (the debtor is told
 * within 10 days and has 30 days to pay and keep it); when the price is
 * at or below the enforcement costs and the creditor declines, the asset
 * goes back to the debtor and enforcement is postponed (Art 48(1)(h));
 * debts to the state budget have no creditor option; a mortgaged asset
 * worth no more than the secured debt plus costs ends the coercion (Joint
 * Circular 11/2016 Art 4(3)). Decree 152/2026 Art 65(6) (from 1 Jul 2026)
 * keeps the trigger (the failure of an auction held after the 2nd cut,
 * before the next cut is decided), tells the debtor within 3 working days
 * and gives him 5 to redeem. The 2008 text gave the creditor the asset
 * only at the floor, a price cut below the costs (Art 104, 2008 text).
 *
 * Money is whole VND (or the rule set's currency unit). Prices derived
 * from a ratio are rounded up to the unit, so a computed price is never
 * below the lawful minimum; a cut is therefore never above its cap.
 */
#ifndef ENF_AUCTION_H
#define ENF_AUCTION_H

#include "case.h"
#include "common.h"
#include "date.h"
#include "money.h"
#include "rules.h"
#include "stats.h"
#include "trail.h"

ENF_BEGIN_DECL

/* ---------------------------------------------------------------------- */
/* Appraisal                                                               */

/** Who sets the starting price. */
typedef enum enf_price_setter {
	ENF_PRICE_AGREED = 0,	 /**< the parties agreed it at seizure */
	ENF_PRICE_APPRAISER = 1, /**< an appraisal firm under contract */
	ENF_PRICE_ENFORCER = 2,	 /**< the enforcer (small value, perishable,
				    no firm available; old law) */
	ENF_PRICE_COUNCIL = 3	 /**< a price-determination council (new law,
				    no listed appraiser could be chosen) */
} enf_price_setter;

/** Who bears a cost. */
typedef enum enf_payer {
	ENF_PAYER_NONE = 0,	/**< no cost arises */
	ENF_PAYER_DEBTOR = 1,	/**< the judgment debtor */
	ENF_PAYER_CREDITOR = 2, /**< the creditor (an appraisal it asked) */
	ENF_PAYER_STATE = 3	/**< the state budget (a breach of the rules) */
} enf_payer;

/** Facts for enf_auction_appraisal(). */
typedef struct enf_appraisal_facts {
	unsigned int version;	  /**< ENF_APPRAISAL_FACTS_VERSION */
	enf_date date;		  /**< date of the seizure; picks the regime */
	int region;		  /**< minimum-wage region 1..4 of the seat of
				     the enforcement agency (the new law's
				     small-value threshold, Decree 152 Art
				     60(5)); not the debtor's residence,
				     which sets the rent reserve (Decree 152
				     Art 67(3)) */
	int agreed;		  /**< 1: the parties agreed a price */
	enf_money new_item_value; /**< price of an identical new item */
	int perishable;		  /**< 1: perishable or seasonal goods */
	int firm_available;	  /**< 1: an appraisal firm (new: a listed
				     appraiser) can be contracted */
	enf_money judgment_price; /**< the asset's price in the judgment, or
				     0 if none */
	enf_money market_price;	  /**< its price now, or 0 if unknown */
	int party_request;	  /**< 0 none, 1 creditor, 2 debtor asked for
				     re-appraisal (once, within 5 working
				     days of the result) */
	int breach;		  /**< 1: the enforcer seriously breached the
				     appraisal rules */
	int price_change_request; /**< (version 2) 0 none, 1 creditor, 2
				     debtor asked, with proof, for an
				     appraisal because the price moved by
				     20% or more since the judgment (Decree
				     62 Art 17(1)(b); Decree 152 Art 62(1)-
				     (2)); the rule concerns an asset the
				     judgment awards to one party against a
				     payment (old Art 59, new Art 82(5)).
				     Read as 0 when version is 1 */
	const enf_rulebook *rulebook; /**< (version 2) the figures of the
					 appraisal (VN.small_value,
					 VN-2026.small_value_wages,
					 VN.min_wage.region1..4,
					 VN.appraisal_contract_working_days,
					 VN.price_change_ppm): NULL for the
					 built-in catalogue; borrowed for the
					 call. Read as NULL when version is
					 1 */
} enf_appraisal_facts;

/** The current version of ::enf_appraisal_facts (2 added
 * price_change_request and rulebook). */
#define ENF_APPRAISAL_FACTS_VERSION 2
/** The defaults: no date, region 1, a firm available, the built-in
 * rulebook. */
#define ENF_APPRAISAL_FACTS_INIT                                               \
	{                                                                      \
		ENF_APPRAISAL_FACTS_VERSION, ENF_DATE_NONE, 1, 0, 0, 0, 1, 0,  \
			0, 0, 0, 0, NULL                                       \
	}

/**
 * Fills facts with ENF_APPRAISAL_FACTS_INIT (no date, region 1, a firm
 * available, the built-in rulebook), for bindings that cannot use an
 * initialiser. Version 1 gives the same value with version 1, whose
 * readers ignore the fields version 2 added.
 * @param[out] facts the facts to fill.
 * @param version 1..ENF_APPRAISAL_FACTS_VERSION.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_EVERSION (version outside
 *         1..ENF_APPRAISAL_FACTS_VERSION; the message names "version").
 */
ENF_EXTERN(enf_status)
enf_appraisal_facts_init(enf_appraisal_facts *facts, unsigned int version);

/** What the law says about the starting price. */
typedef struct enf_appraisal {
	enf_regime regime;	 /**< regime on the seizure date */
	enf_price_setter setter; /**< who sets the starting price */
	enf_money small_value;	 /**< the small-value threshold: 10,000,000
				    VND (old, Decree 62 Art 25(1)), 5 x the
				    regional minimum wage of the agency's
				    region (new, Decree 152 Art 60(5)) */
	int32_t contract_working_days; /**< enforcer contracts a firm within
					  (5; 0 when none is needed) */
	int reappraise;		       /**< 1: re-appraisal is due */
	int reappraise_reason;	     /**< 0 none, 1 price moved >= 20% since the
					judgment and a party asked (Decree 62
					Art 17; Decree 152 Art 62), 2 a
					party's request, 3 a breach */
	enf_payer appraisal_payer;   /**< who bears the first appraisal */
	enf_payer reappraisal_payer; /**< who bears the re-appraisal */
	const char *source;	     /**< the articles applied (static) */
} enf_appraisal;

/**
 * Decides who sets the starting price, whether re-appraisal is due and who
 * pays, under the regime in force on facts->date: old (Law Art 98-99,
 * Decree 62 Art 17, 25-26, 43; for the 2008 text, 2009-2015, the same
 * threshold and 20% rule are applied: I) or new (Decree 152 Art 60-62; the
 * 20% rule kept in Art 62). In this order: a price the parties agreed
 * stands (old Art 98(1), and (3)(b): the enforcer prices a perishable or
 * small item only when they did not agree; new: an agreement received
 * before the appraisal contract is signed, Decree 152 Art 60(1)); else the
 * enforcer sets the price when the asset is perishable or of small value
 * (new item <= small_value); else an appraisal firm (new: a listed
 * appraiser) is contracted within 5 working days; else the enforcer (old
 * law, after trying an out-of-province firm and consulting the finance
 * agency) or a price-determination council (new law). The first
 * appraisal is the debtor's when a firm or a council sets the price, no
 * cost otherwise. Re-appraisal, first match: a serious breach (reason 3,
 * the state pays); a party's request (reason 2, the requester pays in
 * advance); a party's request on the ground that the price moved by 20%
 * or more since the judgment, both prices known (price_change_request;
 * reason 1, the requester pays: Decree 62 Art 17(2), Decree 152 Art
 * 62(2)); without a request a moved price is not a ground. The figures
 * are rules of the catalogue (rules.h) in force on facts->date, read
 * from facts->rulebook: the old threshold VN.small_value (10,000,000
 * VND), the new one VN-2026.small_value_wages (5) x VN.min_wage.regionN
 * of facts->region, the contract period
 * VN.appraisal_contract_working_days (5) and the price-change share
 * VN.price_change_ppm (200,000 ppm, i.e. 20%: |market - judgment| x 10^6
 * >= judgment x ppm). region is checked (1..4) under every regime.
 * @param[out] out unchanged on error; out->source is static.
 * @param facts the facts of the seized asset and the case.
 * @return ENF_OK, ENF_EINVALID (NULL, negative amounts, region, flags,
 *         party_request, price_change_request), ENF_ERANGE (date before
 *         2009-07-01 or ENF_DATE_NONE), ENF_EVERSION or ENF_ENOTFOUND (a
 *         rule with no value in force on the date, named).
 */
ENF_EXTERN(enf_status)
enf_auction_appraisal(enf_appraisal *out, const enf_appraisal_facts *facts);

/* ---------------------------------------------------------------------- */
/* A sale: events, state, plan                                             */

/** A sale under a rule set. */
typedef struct enf_auction enf_auction;

/** Options of enf_auction_new(). */
typedef struct enf_auction_options {
	unsigned int version; /**< ENF_AUCTION_OPTIONS_VERSION */
	enf_money value;      /**< appraised value (> 0) */
	enf_money costs;      /**< enforcement costs so far (the floor) */
	enf_money debt;	      /**< what the creditor is owed (redemption =
				 debt + costs) */
	enf_money secured;    /**< debt secured on the asset ranking before
				 the judgment creditor (mortgage under Art
				 90), or 0 */
	enf_money prior;      /**< claims ranking before the creditor that
				 the lowest bid must cover (no-surplus
				 rules), or 0 */
	int real_estate;      /**< 1 real estate, 0 movable (posting
				 periods) */
	int state_budget;     /**< 1: the debt is owed to the state budget
				 (no creditor option in Vietnam) */
	enf_date start;	      /**< date of auction 1, or ENF_DATE_NONE: no
				 dates are checked or planned */
	const enf_calendar *calendar; /**< working days; borrowed, must
					 outlive the sale; required when
					 start is set */
} enf_auction_options;

/** The current version of ::enf_auction_options. */
#define ENF_AUCTION_OPTIONS_VERSION 1
/** The defaults: all amounts zero (set the value), no dates. */
#define ENF_AUCTION_OPTIONS_INIT                                               \
	{                                                                      \
		ENF_AUCTION_OPTIONS_VERSION, 0, 0, 0, 0, 0, 0, 0,              \
			ENF_DATE_NONE, NULL                                    \
	}

/**
 * Fills opts with the defaults (all zero, no dates).
 * @param[out] opts the options to fill.
 * @param version ENF_AUCTION_OPTIONS_VERSION.
 * @return ENF_OK, ENF_EINVALID or ENF_EVERSION.
 */
ENF_EXTERN(enf_status)
enf_auction_options_init(enf_auction_options *opts, unsigned int version);

/**
 * Starts a sale, ready for auction 1 at the rule set's first starting
 * price (its default share of the value, rounded up). The lowest bid and
 * the deposit are the round's shares of the price, rounded up (deposit 0
 * without a deposit rule). The trail opens with an ENF_AUCTION_STARTED
 * step (round 1, dated opts->start, amount = the value, the round-1
 * rule). With a start date, the date of the sale (state.date) is the
 * start, so no event may precede it.
 * @param[out] out to free with enf_auction_free(); NULL on error.
 * @param rules borrowed; must outlive the sale.
 * @param opts the value, costs, debts and dates of the sale; copied.
 * @return ENF_OK, ENF_EINVALID (NULL, value <= 0, negative amounts,
 *         flags, start set without a calendar), ENF_ERANGE (start outside
 *         the calendar's range), ENF_EVERSION or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_new(enf_auction **out, const enf_auction_rules *rules,
		const enf_auction_options *opts);

/**
 * Frees a sale and its trail.
 * @param sale the sale; NULL is a no-op.
 */
ENF_EXTERN(void) enf_auction_free(enf_auction *sale);

/** Kinds of event and step. */
typedef enum enf_auction_event_kind {
	ENF_AUCTION_FAILED = 0,	   /**< the auction of the round failed (no
				      registrant, no bid, no sale) */
	ENF_AUCTION_CUT = 1,	   /**< a reduction was decided; amount = the
				      new starting price */
	ENF_AUCTION_OFFERED = 2,   /**< (step only) the creditor may take the
				      asset */
	ENF_AUCTION_ACCEPTED = 3,  /**< the creditor takes the asset */
	ENF_AUCTION_DECLINED = 4,  /**< the creditor does not take it */
	ENF_AUCTION_REDEEMED = 5,  /**< the debtor paid debt + costs and keeps
				      it; amount = what was paid */
	ENF_AUCTION_SOLD = 6,	   /**< sold; amount = the price */
	ENF_AUCTION_TAKEN = 7,	   /**< delivered to the creditor after the
				      debtor's window */
	ENF_AUCTION_RETURNED = 8,  /**< returned to the debtor (floor or end
				      branch) */
	ENF_AUCTION_WITHDRAWN = 9, /**< coercion withdrawn (secured debt +
				      costs, no surplus) */
	ENF_AUCTION_REAPPRAISED = 10, /**< a new value; amount = the value
					 (after a failure where the rules
					 allow it); the next auction starts
					 at the round-1 share of it */
	ENF_AUCTION_STARTED = 11      /**< (step only) the sale opens: auction 1
					 at the first starting price */
} enf_auction_event_kind;

/** An event of a sale. */
typedef struct enf_auction_event {
	enf_auction_event_kind kind; /**< what happened */
	enf_date date;		     /**< when it happened, or ENF_DATE_NONE */
	enf_money amount;	     /**< see the kinds; 0 otherwise */
} enf_auction_event;

/** Phases of a sale. */
typedef enum enf_auction_phase {
	ENF_PHASE_READY = 0,	/**< an auction of the round may be held */
	ENF_PHASE_FAILED = 1,	/**< the round failed; a cut is next */
	ENF_PHASE_OFFERED = 2,	/**< the creditor must answer the offer */
	ENF_PHASE_REDEEM = 3,	/**< the creditor accepted; the debtor may
				   redeem until the window closes */
	ENF_PHASE_SOLD = 4,	/**< ended: sold */
	ENF_PHASE_TAKEN = 5,	/**< ended: the creditor took the asset */
	ENF_PHASE_REDEEMED = 6, /**< ended: the debtor redeemed it */
	ENF_PHASE_RETURNED = 7, /**< ended: returned to the debtor */
	ENF_PHASE_WITHDRAWN = 8 /**< ended: coercion withdrawn */
} enf_auction_phase;

/** Where a sale stands. */
typedef struct enf_auction_state {
	enf_auction_phase phase; /**< where the sale stands */
	int32_t round;		 /**< the current or last auction, 1.. */
	int32_t cuts;		 /**< reductions so far */
	enf_money value;	 /**< the appraised value in force */
	enf_money price;	 /**< starting price of the round */
	enf_money lowest_bid;	 /**< lowest acceptable bid of the round */
	enf_money deposit;	 /**< deposit of the round (the rule's upper
				    share) */
	enf_money next_min;	 /**< lowest lawful starting price of the next
				    round (after a failure), else 0 */
	enf_money proceeds;	 /**< price of a sale or takeover, or amount
				    redeemed */
	int offer_open;		 /**< 1: the creditor's option is open */
	int at_floor;		 /**< 1: price <= costs (the floor) */
	int below_secured;	 /**< 1: price <= secured + costs */
	enf_date date;		 /**< date of the last event, or NONE */
	enf_date next_date;	 /**< earliest date of the next step, or NONE */
} enf_auction_state;

/**
 * Applies one event. A date, when given, must not precede the last one
 * (checked with or without a calendar); with a calendar, the next auction
 * may not come before the posting period ends and a takeover not before
 * the debtor's window closes.
 *
 * What each phase allows (anything else is ENF_ESTATE):
 * - READY: FAILED; SOLD at or above the lowest bid; REDEEMED; WITHDRAWN.
 * - FAILED: CUT to the next round's starting price; REAPPRAISED where the
 *   rules allow it (the next auction at the round-1 share of the new
 *   value, which also becomes the base of cuts of the first price);
 *   RETURNED only at the floor (floor rule and price <= costs) or after
 *   the last auction (max_rounds); REDEEMED; WITHDRAWN. After the last
 *   auction: a special sale (SOLD at or above the lowest bid) or sell-off
 *   (SOLD at or above the last price), within the end period when dated;
 *   under an end branch "return" or "discontinue" only RETURNED.
 * - OFFERED: ACCEPTED or DECLINED (then FAILED as above); REDEEMED;
 *   WITHDRAWN. A cut is refused until the creditor answers.
 * - REDEEM: TAKEN (proceeds = the takeover price: the failed round's
 *   price, or the rules' share of the value); REDEEMED; WITHDRAWN.
 * - Ended phases: nothing.
 *
 * A failure opens the creditor's option (phase OFFERED and an automatic
 * OFFERED step, amount = the takeover price) from the failure of round
 * takeover_after on, also at the floor, and after the last auction when
 * the end branch is a takeover; never for a debt to the state budget
 * unless the rules say so. After the last auction the offer comes first
 * and the end branch applies once it is declined (so "takeover after 2"
 * and "end return" with 2 rounds offer, then return).
 *
 * Bounds, all rounded so that a price is never below the lawful minimum:
 * a share of the value lies in [ceil(lo x value), ceil(hi x value)] and
 * not above the current price; a cut (amount = the new price, strictly
 * lower) of a share of its base lies in [ceil(lo x base), floor(hi x
 * base)], or is floor(hi x base) when these cross (an exact share that is
 * not a whole unit); a price after a cut is at least 1. REDEEMED needs
 * amount >= debt + costs; WITHDRAWN needs price <= secured + costs (with
 * secured > 0, the secured rule) or a lowest bid below costs + prior
 * (> 0, the no-surplus rule). Events other than CUT, SOLD, REDEEMED and
 * REAPPRAISED carry amount 0; OFFERED and STARTED are steps only.
 *
 * Dates (with a start date and calendar): after a failure dated d the
 * step rules of the next round that run before the cut are chained from
 * d (a "within" step: the next working day; a "wait" step: the first
 * working day after its period), giving the earliest cut; from the cut
 * (or re-appraisal) the posting steps give the earliest auction; the
 * takeover comes on the first working day after the notice period and
 * then the debtor's window, counted from the acceptance. An undated event
 * skips these checks and leaves the next date unknown.
 *
 * Each step's rule and source are the note and cite of the rule applied
 * (borrowed from the rule set): the round rule for a cut, the bid rule
 * for a sale, the takeover rule for the option, the floor or end rule
 * for a return, the secured or no-surplus rule for a withdrawal, the
 * posting step for a dated failure; else a short sentence and the rule
 * set's source.
 * @param sale the sale.
 * @param event the event.
 * @return ENF_OK; ENF_EINVALID (NULL, unknown kind, negative amount);
 *         ENF_ESTATE (the event is not allowed now: a cut before the
 *         creditor answered the offer, a takeover before the law allows
 *         it, an event after the end); ENF_ERANGE (a cut above its cap or
 *         a price above the previous one, a sale below the lowest bid, a
 *         date out of order or too early); ENF_ENOMEM. The message names
 *         the round, the rule and its source; the sale is unchanged on
 *         error.
 */
ENF_EXTERN(enf_status)
enf_auction_apply(enf_auction *sale, const enf_auction_event *event);

/**
 * Applies events in order, all or nothing: on error the sale is as before
 * and the message starts with the index of the event at fault.
 * @param sale the sale.
 * @param events n events, in order.
 * @param n the number of events.
 * @return as enf_auction_apply(), or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_replay(enf_auction *sale, const enf_auction_event *events,
		   size_t n);

/**
 * Where the sale stands. next_min is the lowest lawful starting price of
 * the next round in phases FAILED and OFFERED (0 at the floor, after the
 * last auction or when no cut is lawful); next_date the earliest date of
 * the next step (the auction, the cut, the takeover, or the last event's
 * date for an answer, a return or a withdrawal), ENF_DATE_NONE without a
 * start date or after an undated event; at_floor is price <= costs and
 * below_secured price <= secured + costs.
 * @param[out] out the state; unchanged on error.
 * @param sale the sale.
 * @return ENF_OK or ENF_EINVALID.
 */
ENF_EXTERN(enf_status)
enf_auction_state_get(enf_auction_state *out, const enf_auction *sale);

/** How a plan drives a sale. */
typedef struct enf_auction_policy {
	unsigned int version;  /**< ENF_AUCTION_POLICY_VERSION */
	int64_t cut_ppm;       /**< each cut as parts per million of its base
				  (100000 = 10%); 0 = the rule set's default;
				  clamped into the rule's range */
	int creditor_accepts;  /**< 1: the creditor takes the asset when first
				  offered; 0: declines every offer */
	int32_t max_rounds;    /**< stop after this many auctions; 0 = until
				  the rules end the sale */
	enf_money floor_price; /**< (version 2) the lowest starting price the
				  plan proposes: it stops, after a failed
				  auction (and the answer to its offer),
				  rather than cut or set the price below
				  it; 0 = no such floor (the rules' own
				  floor, a price at or below the costs,
				  applies either way). Read as 0 when
				  version is 1 */
} enf_auction_policy;

/** The current version of ::enf_auction_policy (2 added floor_price). */
#define ENF_AUCTION_POLICY_VERSION 2
/** The defaults: the rules' cut, the creditor declines, no limit of
 * rounds, no floor price. */
#define ENF_AUCTION_POLICY_INIT                                                \
	{                                                                      \
		ENF_AUCTION_POLICY_VERSION, 0, 0, 0, 0                         \
	}

/**
 * Fills policy with the defaults (no cut size, no limit of rounds, no
 * floor price). Version 1 gives the same value with version 1, whose
 * readers ignore floor_price.
 * @param[out] policy the policy to fill.
 * @param version 1..ENF_AUCTION_POLICY_VERSION.
 * @return ENF_OK, ENF_EINVALID or ENF_EVERSION.
 */
ENF_EXTERN(enf_status)
enf_auction_policy_init(enf_auction_policy *policy, unsigned int version);

/**
 * Plans the rest of a sale from where it stands: every auction fails, each
 * cut is the policy's, the creditor answers each offer as the policy
 * says, until the rules end the sale (floor, withdrawal, end branch,
 * takeover), the price can fall no further, or max_rounds auctions. With
 * dates, each step is dated at the earliest the rule set's periods allow
 * on the calendar. The steps are appended to the sale's trail.
 *
 * The events go through enf_auction_apply()'s checks. In READY the plan
 * withdraws when the rules allow it, else the auction fails; in FAILED it
 * returns the asset when allowed (floor, end branch), else cuts: a
 * price-of-value round at the rule's default share, a cut round by
 * policy->cut_ppm (0: the rule's default) clamped into the rule's range,
 * rounded down, so the price is rounded up, and clamped into the lawful
 * range. It stops, the sale left where it is, when no lower price is
 * lawful (or, in a price-of-value round, neither the price nor the lowest
 * bid would fall), when the next starting price would be below
 * policy->floor_price (version 2; the sale stays after the failed auction
 * and its answered offer), after the failure of auction
 * policy->max_rounds (counted from auction 1 of the sale; its automatic
 * offer included), or after 10,000 auctions. Without a floor price, a
 * limit of rounds or costs under a rule set with a floor, a plan of 10%
 * cuts runs on for hundreds of auctions down to a few VND: callers who
 * want a realistic plan set one of them. Answers, returns and
 * withdrawals are dated on the last event's date, other steps at the
 * earliest date.
 * @param sale the sale.
 * @param policy NULL for the defaults.
 * @return ENF_OK, ENF_EINVALID (NULL sale; cut_ppm outside 0..1,000,000,
 *         creditor_accepts not 0 or 1, negative max_rounds or
 *         floor_price), ENF_EVERSION, ENF_ESTATE (the sale has
 *         ended), ENF_ERANGE (a date past the calendar) or ENF_ENOMEM;
 *         the sale is unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_auction_plan(enf_auction *sale, const enf_auction_policy *policy);

/** One step of a sale's trail. */
typedef struct enf_auction_step {
	int32_t round;		     /**< the auction it belongs to, 1.. */
	enf_auction_event_kind kind; /**< what happened */
	enf_date date;		     /**< when, or ENF_DATE_NONE */
	enf_money price;	     /**< starting price after the step */
	enf_money lowest_bid;	     /**< lowest acceptable bid after it */
	enf_money amount;	     /**< the event's amount */
	int64_t cut_ppm;	     /**< for a cut: its size in ppm of the
					previous price (rounded down) */
	enf_auction_phase phase;     /**< phase after the step */
	int offer_open;		     /**< 1: the creditor's option is open */
	const char *rule;   /**< the rule applied, one sentence (borrowed) */
	const char *source; /**< its legal source (borrowed) */
} enf_auction_step;

/**
 * Number of steps in the sale's trail.
 * @param sale the sale, or NULL.
 * @return the count; 0 for NULL.
 */
ENF_EXTERN(size_t) enf_auction_count(const enf_auction *sale);

/**
 * The i-th step; strings are borrowed from the sale (valid until it is
 * freed).
 * @param[out] out the step; unchanged on error.
 * @param sale the sale.
 * @param i the step's position in the trail, from 0.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE.
 */
ENF_EXTERN(enf_status)
enf_auction_step_at(enf_auction_step *out, const enf_auction *sale, size_t i);

/**
 * The trail as CSV (header round,kind,date,price,lowest_bid,amount,
 * cut_ppm,phase,offer_open,rule,source; LF) or JSON (an object with the
 * rule set id, the options and an array "steps"). Kinds and phases are
 * written as lower-case words ("failed", "cut", ...). Money is written as
 * plain integers, dates as YYYY-MM-DD (empty in CSV, null in JSON when
 * none). JSON (docs/schemas/auction.schema.json): {"schema":
 * "enforcement-auction/1" (first), "rules", "value", "costs", "debt",
 * "secured", "prior", "real_estate", "state_budget" (booleans), "start",
 * "steps": [{"round", "kind", "date", "price", "lowest_bid", "amount",
 * "cut_ppm", "phase", "offer_open" (boolean), "rule", "source"}]}.
 * @param[out] out text to free with enf_free(); NULL on error.
 * @param[out] len its length in bytes (may be NULL).
 * @param sale the sale.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_to_csv(char **out, size_t *len, const enf_auction *sale);

/**
 * The trail as JSON, the "enforcement-auction/1" form described at
 * enf_auction_to_csv().
 * @param[out] out text to free with enf_free(); NULL on error.
 * @param[out] len its length in bytes (may be NULL).
 * @param sale the sale.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_to_json(char **out, size_t *len, const enf_auction *sale);

/**
 * Replays the events of a trail in CSV (as enf_auction_to_csv() writes;
 * the kind, date and amount columns are read; "offered" rows are skipped)
 * into a sale, all or nothing. The columns are found by name in the
 * header row (others are ignored); "started" rows are skipped too, as are
 * blank lines; CRLF and quoted fields (RFC 4180) are read; an empty date
 * is none, an empty amount 0. Applying the CSV of a sale to a new sale
 * with the same rules and options gives the same state and the same CSV.
 * @param sale the sale.
 * @param text NUL-terminated CSV.
 * @return as enf_auction_replay(), or ENF_EPARSE (line and field named).
 */
ENF_EXTERN(enf_status)
enf_auction_replay_csv(enf_auction *sale, const char *text);

/**
 * The lower-case word of a kind ("failed", "cut", ...).
 * @param kind any value.
 * @return a static string; "unknown" for other values.
 */
ENF_EXTERN(const char *) enf_auction_kind_name(enf_auction_event_kind kind);

/**
 * The lower-case word of a phase ("ready", "sold", ...).
 * @param phase any value.
 * @return a static string; "unknown" for other values.
 */
ENF_EXTERN(const char *) enf_auction_phase_name(enf_auction_phase phase);

/**
 * A price-ladder chart of n sales side by side (one line of starting
 * prices by auction per sale, labelled with its rule set id), as a
 * standalone SVG document with no scripts or external references. x is
 * the auction number, y the starting price as a percentage of the sale's
 * appraised value (opts), so sales of different values compare; each
 * point is labelled with its percentage; the scale runs to 100% or the
 * highest point (at most 10,000%); a legend names the rule sets. The text
 * starts with "<svg".
 * @param[out] out text to free with enf_free(); NULL on error.
 * @param[out] len its length in bytes (may be NULL).
 * @param sales n sales.
 * @param n the number of sales, 1..16.
 * @param title UTF-8, escaped; may be NULL.
 * @return ENF_OK, ENF_EINVALID (NULL, n 0 or above 16) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_svg(char **out, size_t *len, const enf_auction *const *sales,
		size_t n, const char *title);

/**
 * The price-ladder chart of enf_auction_svg() with a name per series, so
 * that two sales under the same rule set (two cut policies, say) are told
 * apart in the legend, and the options of the statistics charts: title,
 * locale of the point labels ("81,00%" in ENF_LOCALE_VI), axis titles
 * (NULL: "Starting price, % of appraised value" and "Auction"), a
 * target line with its legend entry (a reserve share, say), and
 * label_chars for the legend names (cut with an ellipsis, the full name
 * in a `<title>` tooltip). Every point has a `<title>` with its series,
 * auction and share. opts->measure, layout and names are not used.
 * @param[out] out SVG text to free with enf_free(); NULL on error.
 * @param[out] len its length in bytes (may be NULL).
 * @param sales count sales.
 * @param names NULL, or count names (a NULL entry: the sale's rule set
 *        id, as enf_auction_svg() labels it).
 * @param count the number of sales, 1..16.
 * @param opts NULL for the defaults.
 * @return ENF_OK, ENF_EINVALID (NULL sales, count 0 or above 16, a field
 *         of opts out of range), ENF_EVERSION or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_chart(char **out, size_t *len, const enf_auction *const *sales,
		  const char *const *names, size_t count,
		  const enf_chart_options *opts);

/* ---------------------------------------------------------------------- */
/* Inverse queries                                                         */

/** Bounds from enf_auction_first_price_range(). */
typedef struct enf_auction_bounds {
	enf_money first_lo; /**< lowest first starting price */
	enf_money first_hi; /**< highest first starting price */
	enf_money value_lo; /**< lowest appraised value */
	enf_money value_hi; /**< highest appraised value */
} enf_auction_bounds;

/**
 * The first starting prices (and appraised values) consistent with a sale
 * at price at the auction after cuts reductions, taking the sale at that
 * auction's starting price (the usual case, and the only one that bounds
 * the first price). Exact in whole units under the rounding above.
 * Example: VN-2014, 6 cuts, 73,000,000,000 VND: the first price was at
 * most 137,362,378,890 VND (73 bn / 0.9^6 = 137,362,378,890.6, each price
 * rounded up) and at least 73,000,000,006 (cuts of 1 VND). Bounds use the
 * ranges of enf_auction_apply(); with cuts of the first price (VN-2008)
 * the bounds are exact, but not every price between them need lead to
 * price (the rounding of the cut leaves gaps). At most 9,999 cuts.
 * Limitation: when the cuts measured from the first price can add up to
 * all of it (VN-2008 with 10 or more cuts), the bounds returned are lawful
 * but may not be the extreme ones.
 * @param[out] out the bounds; unchanged on error.
 * @param rules the rule set of the sale.
 * @param cuts the number of reductions before the auction that sold.
 * @param price the price of the sale, VND.
 * @return ENF_OK, ENF_EINVALID (NULL, price <= 0, cuts < 0 or > 9,999),
 *         ENF_ENOTFOUND (the rules allow no such sequence: more cuts than
 *         rounds, a fixed schedule that cannot give the price) or
 *         ENF_EOVERFLOW.
 */
ENF_EXTERN(enf_status)
enf_auction_first_price_range(enf_auction_bounds *out,
			      const enf_auction_rules *rules, int32_t cuts,
			      enf_money price);

/**
 * The fewest auctions after which the starting price can be at or below
 * target, cutting as much as the rules allow from value: auction 1 at the
 * lowest round-1 share of the value (rounded up), then each auction at
 * the lowest lawful price after the one before; at most max_rounds
 * auctions (and 10,000).
 * @param[out] out the auction number (1 if the first price is already at
 *        or below target); unchanged on error.
 * @param rules the rule set.
 * @param value the appraised value, VND.
 * @param target the starting price to reach, VND.
 * @return ENF_OK, ENF_EINVALID (NULL, value <= 0, target < 0), or
 *         ENF_ENOTFOUND (the rules never reach target: maximum rounds, a
 *         fixed schedule, or the price cannot fall further).
 */
ENF_EXTERN(enf_status)
enf_auction_rounds_to_reach(int32_t *out, const enf_auction_rules *rules,
			    enf_money value, enf_money target);

/**
 * The lowest lawful starting price after cuts reductions from value, so
 * the largest total reduction is value minus it: the ladder of
 * enf_auction_rounds_to_reach() (a cut of the first price measured from
 * the lowest first price).
 * @param[out] out the price, VND; unchanged on error.
 * @param rules the rule set.
 * @param value the appraised value, VND.
 * @param cuts the number of reductions.
 * @return ENF_OK, ENF_EINVALID (NULL, value <= 0, cuts < 0 or > 9,999)
 *         or ENF_ENOTFOUND (more cuts than the rules allow).
 */
ENF_EXTERN(enf_status)
enf_auction_lowest_price(enf_money *out, const enf_auction_rules *rules,
			 enf_money value, int32_t cuts);

/* ---------------------------------------------------------------------- */
/* Several assets, takeover settlement                                     */

/**
 * Which assets to sell, largest value first, until the target (debt plus
 * costs) is covered (Law 26/2008 Art 101(5) as practised; Decree 62 Art
 * 27): order[0..n-1] is every index by value, largest first (ties by
 * index, as a stable sort gives); *needed is how many of them, from the
 * first, cover the target (sum >= target; 0 when target is 0; n when even
 * all do not). Sorts in place in O(n log n) without allocating; the sum
 * is kept in 128 bits, so it cannot overflow.
 * @param[out] order n indices, unchanged on error.
 * @param[out] needed how many of them cover the target; unchanged on
 *        error.
 * @param values n values of the assets, VND.
 * @param n the number of assets.
 * @param target the debt plus costs, VND.
 * @return ENF_OK or ENF_EINVALID (NULL needed, NULL order or values with
 *         n > 0, a negative value or target).
 */
ENF_EXTERN(enf_status)
enf_auction_sell_order(size_t *order, size_t *needed, const enf_money *values,
		       size_t n, enf_money target);

/** Facts of a creditor's takeover. */
typedef struct enf_takeover_facts {
	unsigned int version;	/**< ENF_TAKEOVER_FACTS_VERSION */
	enf_money value;	/**< the price the asset is taken at */
	enf_money entitlement;	/**< what the taking creditor is owed */
	enf_money costs;	/**< enforcement costs */
	enf_money rent_reserve; /**< the debtor's rent reserve, or 0 (new
				   law: 12 x the regional minimum wage of
				   the debtor's residence, Decree 152 Art
				   67(3); enf_payout_rent_reserve()) */
	enf_money priority;	/**< Art 47(1)(a)(b) sums owed to others */
	enf_money others;	/**< other creditors' claims of the taking
				   creditor's rank (pro rata, new law) */
	int only_asset;		/**< 1: the debtor's only asset */
} enf_takeover_facts;

/** The current version of ::enf_takeover_facts. */
#define ENF_TAKEOVER_FACTS_VERSION 1
/** The defaults: every amount 0. */
#define ENF_TAKEOVER_FACTS_INIT                                                \
	{                                                                      \
		ENF_TAKEOVER_FACTS_VERSION, 0, 0, 0, 0, 0, 0, 0                \
	}

/**
 * Fills facts with ENF_TAKEOVER_FACTS_INIT (every amount 0), for bindings
 * that cannot use an initialiser.
 * @param[out] facts the facts to fill.
 * @param version ENF_TAKEOVER_FACTS_VERSION.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_EVERSION (version outside
 *         1..ENF_TAKEOVER_FACTS_VERSION; the message names "version").
 */
ENF_EXTERN(enf_status)
enf_takeover_facts_init(enf_takeover_facts *facts, unsigned int version);

/** What a takeover settles. */
typedef struct enf_takeover {
	enf_money pay_in;      /**< what the creditor pays in */
	enf_money credited;    /**< what counts against its entitlement */
	enf_money to_costs;    /**< of the pay-in: costs */
	enf_money to_reserve;  /**< rent reserve */
	enf_money to_priority; /**< tier (a)(b) sums */
	enf_money to_others;   /**< other creditors of its rank */
	enf_money surplus;     /**< back to the debtor */
} enf_takeover;

/**
 * Settles a takeover under the rule set's settlement. In every case the
 * parts of the pay-in (to_costs + to_reserve + to_priority + to_others +
 * surplus) sum to it, no part exceeds its sum in the facts, and credited
 * never exceeds the entitlement.
 *
 * "jc11" (Joint Circular 11/2016 Art 7), T = entitlement + costs +
 * reserve + priority (others are ignored):
 * - value > T: the creditor pays in the costs, reserve, priority and the
 *   difference value - T (surplus), i.e. value - entitlement; the
 *   entitlement is credited (V);
 * - the debtor's only asset, costs < value <= T: it pays in the reserve
 *   and priority sums, capped (reserve first) at value - costs, since
 *   nothing of them is due once the value is at or below the costs; and,
 *   if value less those still exceeds the entitlement, the excess too (to
 *   costs) (I);
 * - otherwise (not the only asset and value <= T, or value <= costs): it
 *   pays in only what exceeds its entitlement, to costs, reserve and
 *   priority in that order (I);
 * and credited = value - pay-in. The costs not paid in stay owed by the
 * debtor as before the takeover (the circular asks the creditor for no
 * more: I). Trail: 2 steps (the branch: base T, amount pay-in; the credit:
 * base entitlement, amount credited).
 *
 * "pro-rata" (Decree 152 Art 66): left = value - costs - reserve -
 * priority (at least 0); the creditor's share = left x entitlement /
 * (entitlement + others), rounded down, at most the entitlement (0 when
 * both are 0), is credited; it pays in value - share, split to costs,
 * reserve, priority, the others of its rank (at most others) and the
 * surplus; only_asset plays no part. At or below the costs it pays
 * nothing in and nothing is credited (its share of a zero remainder).
 * Trail: 3 steps (left: base value; share: base left, rate_ppm the
 * entitlement's ppm of entitlement + others, rounded down; pay-in: base
 * value), or 1 step (base costs, amount 0) at or below the costs.
 * @param[out] out the settlement; unchanged on error.
 * @param rules the rule set, whose settlement applies.
 * @param facts the facts of the takeover.
 * @param trail NULL, or steps are appended; unchanged on error.
 * @return ENF_OK, ENF_EINVALID (NULL, negative amounts, flag),
 *         ENF_ESTATE (the rules have no takeover), ENF_EVERSION,
 *         ENF_EOVERFLOW (entitlement + costs + reserve + priority + others
 *         beyond 64 bits) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_takeover(enf_takeover *out, const enf_auction_rules *rules,
		     const enf_takeover_facts *facts, enf_trail *trail);

/* ---------------------------------------------------------------------- */
/* Scenarios                                                               */

/**
 * A seeded model of the chance that an auction sells: at a starting price
 * of r x value it sells with probability p(r) = p_zero + (p_value -
 * p_zero) x r, clamped to 0..1, at its starting price.
 */
typedef struct enf_auction_model {
	unsigned int version; /**< ENF_AUCTION_MODEL_VERSION */
	uint64_t seed;	      /**< the same seed gives the same figures */
	int64_t p_value_ppm;  /**< chance of a sale at the value (ppm) */
	int64_t p_zero_ppm;   /**< chance at a price of zero (ppm) */
	int64_t runs;	      /**< simulated sales, 1..100,000,000 */
} enf_auction_model;

/** The current version of ::enf_auction_model. */
#define ENF_AUCTION_MODEL_VERSION 1
/** The defaults: seed 1, 10% at the value, 90% at a price of zero,
 * 10,000 runs. */
#define ENF_AUCTION_MODEL_INIT                                                 \
	{                                                                      \
		ENF_AUCTION_MODEL_VERSION, 1, 100000, 900000, 10000            \
	}

/**
 * Fills model with ENF_AUCTION_MODEL_INIT (seed 1, 10% at the value, 90%
 * at a price of zero, 10,000 runs), for bindings that cannot use an
 * initialiser.
 * @param[out] model the model to fill.
 * @param version ENF_AUCTION_MODEL_VERSION.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_EVERSION (version outside
 *         1..ENF_AUCTION_MODEL_VERSION; the message names "version").
 */
ENF_EXTERN(enf_status)
enf_auction_model_init(enf_auction_model *model, unsigned int version);

/** Figures of a scenario. Expected values are exact, from the same plan;
 * the simulated ones converge to them as runs grow. */
typedef struct enf_auction_scenario {
	int64_t runs;		     /**< simulated sales (model->runs) */
	int64_t sold_ppm;	     /**< simulated share of sales (ppm) */
	enf_money mean_proceeds;     /**< simulated mean proceeds, unsold = 0 */
	int64_t mean_auctions_milli; /**< simulated mean auctions held x 1000 */
	int64_t mean_days_milli;     /**< simulated mean days from auction 1 to
					the sale, over sales, x 1000 (0
					without dates) */
	int64_t exp_sold_ppm;	     /**< exact chance of a sale (ppm) */
	enf_money exp_proceeds;	     /**< exact expected proceeds */
	int64_t exp_auctions_milli;  /**< exact expected auctions x 1000 */
	int64_t exp_days_milli;	     /**< exact expected days to a sale, given
					a sale, x 1000 */
	int32_t max_auctions;	     /**< auctions in the plan */
} enf_auction_scenario;

/**
 * Runs a scenario: plans the sale from options under the policy (every
 * auction failing, enf_auction_new() + enf_auction_plan()); each FAILED
 * step of the plan is an auction i = 1..n with its starting price P_i
 * and date D_i (days are 0 when the plan has no dates). A plan that ends
 * otherwise (taken, returned, withdrawn, or just stopped) leaves the asset
 * unsold after its n auctions. Auction i sells with p_i = p_zero +
 * (p_value - p_zero) x P_i / value ppm (the appraised value of opts;
 * rounded half up to the ppm, clamped to 0..1,000,000), at P_i.
 *
 * Simulated: each run draws auctions in order until one sells, with
 * splitmix64 (state += 0x9E3779B97F4A7C15, Vigna's mixing constants)
 * seeded with model->seed; a draw u is the output modulo 1,000,000, with
 * outputs at or above the largest multiple of 1,000,000 below 2^64 drawn
 * again (no bias), and the auction sells when u < p_i. Means are rounded
 * half up: sold_ppm, mean_proceeds (unsold runs count 0),
 * mean_auctions_milli (n for an unsold run), mean_days_milli (D_i - D_1
 * over the runs that sold; 0 with no sale).
 *
 * Exact: the chance of a sale at auction i is p_i x prod_{j<i} (1 - p_j),
 * computed in fixed point at 10^18 (each term rounded down, and the
 * chance that all fail kept so the outcomes sum to 1 exactly); each term
 * is low by less than 10^-18, far below 1 VND, 1 ppm or 0.001 auction for
 * any plan of realistic length. exp_auctions counts n for the unsold
 * outcome; exp_days is given a sale. Integer arithmetic throughout, so
 * the figures are the same on every machine.
 * @param[out] out the figures; unchanged on error.
 * @param rules the rule set.
 * @param opts the sale's options, as for enf_auction_new().
 * @param policy NULL for the defaults.
 * @param model the chance of a sale, the seed and the number of runs.
 * @return ENF_OK, ENF_EINVALID (NULL, probabilities outside 0..1,000,000,
 *         runs outside 1..100,000,000), ENF_EVERSION (model), ENF_ENOMEM,
 *         or as enf_auction_new() and enf_auction_plan() (their messages).
 */
ENF_EXTERN(enf_status)
enf_auction_simulate(enf_auction_scenario *out, const enf_auction_rules *rules,
		     const enf_auction_options *opts,
		     const enf_auction_policy *policy,
		     const enf_auction_model *model);

/* ---------------------------------------------------------------------- */
/* A sale in a case's log                                                  */

/** Options of the functions that check a case's sale (below). */
typedef struct enf_auction_case_options {
	unsigned int version;		/**< ENF_AUCTION_CASE_OPTIONS_VERSION */
	const enf_auction_rules *rules; /**< the rule set of every step; NULL:
					   the Vietnamese set in force on
					   each step's date
					   (enf_auction_rules_on() "VN"; Decree
					   152/2026 Art 115). Borrowed */
	const enf_calendar *calendar;	/**< working days for the periods
					   between steps; NULL: a calendar
					   with enf_calendar_new()'s defaults
					   (Vietnamese holidays). Borrowed */
	enf_money costs; /**< enforcement costs so far (the floor; with the
			    debt, what a redemption must pay), >= 0; an
			    asset_returned event's amount, when higher,
			    is taken instead */
} enf_auction_case_options;

/** The current version of ::enf_auction_case_options. */
#define ENF_AUCTION_CASE_OPTIONS_VERSION 1
/** The defaults: rules by date, the default calendar, costs 0. */
#define ENF_AUCTION_CASE_OPTIONS_INIT                                          \
	{                                                                      \
		ENF_AUCTION_CASE_OPTIONS_VERSION, NULL, NULL, 0                \
	}

/**
 * Fills opts with ENF_AUCTION_CASE_OPTIONS_INIT (rules by date, default
 * calendar, costs 0), for bindings that cannot use an initialiser.
 * @param[out] opts the options to fill.
 * @param version ENF_AUCTION_CASE_OPTIONS_VERSION.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_EVERSION (version outside
 *         1..ENF_AUCTION_CASE_OPTIONS_VERSION; the message names
 *         "version").
 */
ENF_EXTERN(enf_status)
enf_auction_case_options_init(enf_auction_case_options *opts,
			      unsigned int version);

/**
 * Rebuilds the sale of a case's asset from the log, in the same engine as
 * enf_auction_apply(): the sale opens at the asset's appraised value (the
 * last appraisal before auction 1; a later one is a re-appraisal), with
 * the case's debt (what it still owes), the asset's kind (real estate or
 * movable, for the posting periods), the creditor's option closed when
 * every money obligation is owed to the state budget, the start date of
 * auction 1 and the calendar; then each step of the asset's sale is
 * applied, each under the rule set of its date unless opts->rules names
 * one: auction_failed (its amount must be the starting price in force)
 * and an old log's asset_auctioned of 0 as a failed auction, price_cut as
 * a cut, creditor_answered as the creditor's acceptance (detail 1) or
 * refusal, asset_sold (and asset_auctioned with a price) as a sale,
 * asset_taken, asset_redeemed, asset_returned; asset_handed_over takes
 * no step. Not modelled: the security ranking before the judgment
 * creditor (secured 0) and claims a bid must cover (prior 0).
 * @param[out] out the sale, to free with enf_auction_free() (it owns the
 *        rule sets and calendar it made); NULL on error.
 * @param c the case.
 * @param asset index of the asset in the case.
 * @param opts NULL for the defaults.
 * @return ENF_OK, ENF_EINVALID (NULL, bad options), ENF_EVERSION,
 *         ENF_ERANGE (asset out of range, a step dated before the rule
 *         sets, or the engine's ERANGE), ENF_ENOTFOUND (the asset has no
 *         appraised value), the engine's ENF_ESTATE or ENF_ERANGE for an
 *         unlawful step (the message names the case, the asset, the
 *         event's index and date, then the engine's round, rule and
 *         article) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_from_case(enf_auction **out, const enf_case *c, size_t asset,
		      const enf_auction_case_options *opts);

/**
 * Whether an event may be appended to a case, by the law as well as by
 * the case's log: enf_case_apply()'s checks (state, order, amounts), then,
 * for a step of an asset's sale, the sale rebuilt as
 * enf_auction_from_case() does with the event added: a cut above the cap,
 * an auction before the posting period after the cut, a takeover before
 * the creditor's option opens or before the debtor's window closes, a
 * sale below the lowest bid, a redemption below the debt and costs are
 * refused with the engine's message (round, rule, article). Events about
 * no sale are only checked as enf_case_apply() checks them.
 * @param c the case.
 * @param ev the event.
 * @param opts NULL for the defaults.
 * @return ENF_OK, or the first refusal: as enf_case_apply() or
 *         enf_auction_from_case(); c is never changed.
 */
ENF_EXTERN(enf_status)
enf_auction_case_check(const enf_case *c, const enf_event *ev,
		       const enf_auction_case_options *opts);

/**
 * enf_auction_case_check(), then enf_case_apply(): the event is appended
 * only when lawful. The CSV and JSON imports (io.h) check the steps of a
 * sale this way with the default options.
 * @param c the case.
 * @param ev the event.
 * @param opts NULL for the defaults.
 * @return as enf_auction_case_check(), or ENF_ENOMEM; the case is
 *         unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_auction_case_apply(enf_case *c, const enf_event *ev,
		       const enf_auction_case_options *opts);

ENF_END_DECL

#endif /* ENF_AUCTION_H */
