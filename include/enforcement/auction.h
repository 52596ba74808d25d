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
 * Vietnam (Law 26/2008 Art 104 as amended 2014, V): after a failed
 * auction the enforcer asks the parties within 5 working days to agree a
 * cut and decides it himself after 10 days; each cut is at most 10% of
 * the previous starting price; after the auction following the 2nd
 * reduction fails the creditor may take the asset against the debt (the
 * debtor is told within 10 days and has 30 days to pay and keep it); when
 * the price is at or below the enforcement costs and the creditor
 * declines, the asset goes back to the debtor and enforcement is
 * postponed (Art 48(1)(h)); debts to the state budget have no creditor
 * option; a mortgaged asset worth no more than the secured debt plus costs
 * ends the coercion (Joint Circular 11/2016 Art 4(3)). Decree 152/2026
 * Art 65-66 (from 1 Jul 2026) offers the creditor the asset before each
 * reduction from the 2nd and gives the debtor 5 working days to redeem.
 *
 * Money is whole VND (or the rule set's currency unit). Prices derived
 * from a ratio are rounded up to the unit, so a computed price is never
 * below the lawful minimum; a cut is therefore never above its cap.
 */
#ifndef ENF_AUCTION_H
#define ENF_AUCTION_H

#include "common.h"
#include "date.h"
#include "money.h"
#include "rules.h"
#include "payout.h"

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
	ENF_PAYER_CREDITOR = 2, /**< the creditor (re-appraisal it asked) */
	ENF_PAYER_STATE = 3	/**< the state budget (a breach of the rules) */
} enf_payer;

/** Facts for enf_auction_appraisal(). */
typedef struct enf_appraisal_facts {
	unsigned int version;	  /**< ENF_APPRAISAL_FACTS_VERSION */
	enf_date date;		  /**< date of the seizure; picks the regime */
	int region;		  /**< minimum-wage region 1..4 (new law's
				     small-value threshold) */
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
} enf_appraisal_facts;

#define ENF_APPRAISAL_FACTS_VERSION 1
#define ENF_APPRAISAL_FACTS_INIT                                               \
	{                                                                      \
		ENF_APPRAISAL_FACTS_VERSION, ENF_DATE_NONE, 1, 0, 0, 0, 1, 0,  \
			0, 0, 0                                                \
	}

/** What the law says about the starting price. */
typedef struct enf_appraisal {
	enf_regime regime;	 /**< regime on the seizure date */
	enf_price_setter setter; /**< who sets the starting price */
	enf_money small_value;	 /**< the small-value threshold: 10,000,000
				    VND (old, Decree 62 Art 25), 5 x the
				    regional minimum wage (new, Decree 152
				    Art 60) */
	int32_t contract_working_days; /**< enforcer contracts a firm within
					  (5; 0 when none is needed) */
	int reappraise;		       /**< 1: re-appraisal is due */
	int reappraise_reason;	     /**< 0 none, 1 price moved >= 20% since the
					judgment (Decree 62 Art 17), 2 a party's
					request, 3 a breach */
	enf_payer appraisal_payer;   /**< who bears the first appraisal */
	enf_payer reappraisal_payer; /**< who bears the re-appraisal */
	const char *source;	     /**< the articles applied (static) */
} enf_appraisal;

/**
 * Decides who sets the starting price, whether re-appraisal is due and who
 * pays, under the regime in force on facts->date: old (Law Art 98-99,
 * Decree 62 Art 17, 25-26, 43) or new (Decree 152 Art 60-62; the 20% rule
 * kept). The enforcer sets the price when the asset is perishable or of
 * small value (new item <= threshold) or no firm is available; an agreed
 * price stands otherwise.
 * @param[out] out unchanged on error.
 * @return ENF_OK, ENF_EINVALID (NULL, negative amounts, region, flags,
 *         party_request), ENF_ERANGE (date before 2009-07-01),
 *         ENF_EVERSION or ENF_ENOTFOUND (no minimum wage for the date).
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

#define ENF_AUCTION_OPTIONS_VERSION 1
#define ENF_AUCTION_OPTIONS_INIT                                               \
	{                                                                      \
		ENF_AUCTION_OPTIONS_VERSION, 0, 0, 0, 0, 0, 0, 0,              \
			ENF_DATE_NONE, NULL                                    \
	}

/**
 * Fills opts with the defaults (all zero, no dates).
 * @return ENF_OK, ENF_EINVALID or ENF_EVERSION.
 */
ENF_EXTERN(enf_status)
enf_auction_options_init(enf_auction_options *opts, unsigned int version);

/**
 * Starts a sale, ready for auction 1 at the rule set's first starting
 * price (its default share of the value).
 * @param rules borrowed; must outlive the sale.
 * @param[out] out to free with enf_auction_free(); NULL on error.
 * @return ENF_OK, ENF_EINVALID (NULL, value <= 0, negative amounts,
 *         flags, start set without a calendar), ENF_ERANGE (start outside
 *         the calendar's range), ENF_EVERSION or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_new(enf_auction **out, const enf_auction_rules *rules,
		const enf_auction_options *opts);

/** Frees a sale; NULL is a no-op. */
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
	enf_auction_event_kind kind;
	enf_date date;	  /**< when it happened, or ENF_DATE_NONE */
	enf_money amount; /**< see the kinds; 0 otherwise */
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
	enf_auction_phase phase;
	int32_t round;	      /**< the current or last auction, 1.. */
	int32_t cuts;	      /**< reductions so far */
	enf_money value;      /**< the appraised value in force */
	enf_money price;      /**< starting price of the round */
	enf_money lowest_bid; /**< lowest acceptable bid of the round */
	enf_money deposit;    /**< deposit of the round (the rule's upper
				 share) */
	enf_money next_min;   /**< lowest lawful starting price of the next
				 round (after a failure), else 0 */
	enf_money proceeds;   /**< price of a sale or takeover, or amount
				 redeemed */
	int offer_open;	      /**< 1: the creditor's option is open */
	int at_floor;	      /**< 1: price <= costs (the floor) */
	int below_secured;    /**< 1: price <= secured + costs */
	enf_date date;	      /**< date of the last event, or NONE */
	enf_date next_date;   /**< earliest date of the next step, or NONE */
} enf_auction_state;

/**
 * Applies one event. A date, when given, must not precede the last one;
 * with a calendar, the next auction may not come before the posting
 * period ends and a takeover not before the debtor's window closes.
 * @return ENF_OK; ENF_EINVALID (NULL, unknown kind, negative amount);
 *         ENF_ESTATE (the event is not allowed now: a cut before the
 *         creditor answered the offer, a takeover before the law allows
 *         it, an event after the end); ENF_ERANGE (a cut above its cap or
 *         a price above the previous one, a sale below the lowest bid, a
 *         date out of order or too early). The message names the round,
 *         the rule and its source; the sale is unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_auction_apply(enf_auction *sale, const enf_auction_event *event);

/**
 * Applies events in order, all or nothing: on error the sale is as before
 * and the message starts with the index of the event at fault.
 * @return as enf_auction_apply(), or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_replay(enf_auction *sale, const enf_auction_event *events,
		   size_t n);

/**
 * Where the sale stands.
 * @param[out] out unchanged on error.
 * @return ENF_OK or ENF_EINVALID.
 */
ENF_EXTERN(enf_status)
enf_auction_state_get(enf_auction_state *out, const enf_auction *sale);

/** How a plan drives a sale. */
typedef struct enf_auction_policy {
	unsigned int version; /**< ENF_AUCTION_POLICY_VERSION */
	int64_t cut_ppm;      /**< each cut as parts per million of its base
				 (100000 = 10%); 0 = the rule set's default;
				 clamped into the rule's range */
	int creditor_accepts; /**< 1: the creditor takes the asset when first
				 offered; 0: declines every offer */
	int32_t max_rounds;   /**< stop after this many auctions; 0 = until
				 the rules end the sale */
} enf_auction_policy;

#define ENF_AUCTION_POLICY_VERSION 1
#define ENF_AUCTION_POLICY_INIT                                                \
	{                                                                      \
		ENF_AUCTION_POLICY_VERSION, 0, 0, 0                            \
	}

/**
 * Fills policy with the defaults.
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
 * @param policy NULL for the defaults.
 * @return ENF_OK, ENF_EINVALID, ENF_EVERSION, ENF_ESTATE (the sale has
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

/** Number of steps in the sale's trail (0 for NULL). */
ENF_EXTERN(size_t) enf_auction_count(const enf_auction *sale);

/**
 * The i-th step; strings are borrowed from the sale (valid until it is
 * freed).
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE.
 */
ENF_EXTERN(enf_status)
enf_auction_step_at(enf_auction_step *out, const enf_auction *sale, size_t i);

/**
 * The trail as CSV (header round,kind,date,price,lowest_bid,amount,
 * cut_ppm,phase,offer_open,rule,source; LF) or JSON (an object with the
 * rule set id, the options and an array "steps"). Kinds and phases are
 * written as lower-case words ("failed", "cut", ...).
 * @param[out] out text to free with enf_io_free(); NULL on error.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_to_csv(char **out, size_t *len, const enf_auction *sale);
ENF_EXTERN(enf_status)
enf_auction_to_json(char **out, size_t *len, const enf_auction *sale);

/**
 * Replays the events of a trail in CSV (as enf_auction_to_csv() writes;
 * the kind, date and amount columns are read; "offered" rows are skipped)
 * into a sale, all or nothing.
 * @return as enf_auction_replay(), or ENF_EPARSE (line and field named).
 */
ENF_EXTERN(enf_status)
enf_auction_replay_csv(enf_auction *sale, const char *text);

/** The lower-case word of a kind ("failed", "cut", ...); "unknown". */
ENF_EXTERN(const char *) enf_auction_kind_name(enf_auction_event_kind kind);

/** The lower-case word of a phase ("ready", "sold", ...); "unknown". */
ENF_EXTERN(const char *) enf_auction_phase_name(enf_auction_phase phase);

/**
 * A price-ladder chart of n sales side by side (one line of starting
 * prices by auction per sale, labelled with its rule set id), as a
 * standalone SVG document with no scripts or external references.
 * @param title UTF-8, escaped; may be NULL.
 * @param[out] out text to free with enf_io_free(); NULL on error.
 * @return ENF_OK, ENF_EINVALID (NULL, n 0 or above 16) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_auction_svg(char **out, size_t *len, const enf_auction *const *sales,
		size_t n, const char *title);

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
 * most about 137.36 bn VND (73 bn / 0.9^6; the exact figure is in the
 * tests).
 * @param[out] out unchanged on error.
 * @return ENF_OK, ENF_EINVALID (NULL, price <= 0, cuts < 0),
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
 * target, cutting as much as the rules allow from value.
 * @param[out] out the auction number (1 if the first price is already at
 *        or below target); unchanged on error.
 * @return ENF_OK, ENF_EINVALID, or ENF_ENOTFOUND (the rules never reach
 *         target: maximum rounds, a fixed schedule, or the price cannot
 *         fall further).
 */
ENF_EXTERN(enf_status)
enf_auction_rounds_to_reach(int32_t *out, const enf_auction_rules *rules,
			    enf_money value, enf_money target);

/**
 * The lowest lawful starting price after cuts reductions from value, so
 * the largest total reduction is value minus it.
 * @param[out] out unchanged on error.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOTFOUND (more cuts than the rules
 *         allow).
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
 * index); *needed is how many of them, from the first, cover the target
 * (n when even all do not).
 * @param order n indices, unchanged on error.
 * @return ENF_OK, ENF_EINVALID (NULL with n > 0, a negative value or
 *         target) or ENF_EOVERFLOW.
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
	enf_money rent_reserve; /**< the debtor's rent reserve, or 0 */
	enf_money priority;	/**< Art 47(1)(a)(b) sums owed to others */
	enf_money others;	/**< other creditors' claims of the taking
				   creditor's rank (pro rata, new law) */
	int only_asset;		/**< 1: the debtor's only asset */
} enf_takeover_facts;

#define ENF_TAKEOVER_FACTS_VERSION 1
#define ENF_TAKEOVER_FACTS_INIT                                                \
	{                                                                      \
		ENF_TAKEOVER_FACTS_VERSION, 0, 0, 0, 0, 0, 0, 0                \
	}

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
 * Settles a takeover under the rule set's settlement: "jc11" (Joint
 * Circular 11/2016 Art 7: above entitlement + costs + reserve + priority,
 * the creditor pays in those sums and the difference; an only asset worth
 * less still pays in the reserve and priority sums unless the value is at
 * or below the costs) or "pro-rata" (Decree 152 Art 66: the creditor pays
 * the value less its pro-rata share of what is left after costs, reserve
 * and priority; nothing when the value is at or below the costs). The
 * parts of the pay-in sum to it.
 * @param trail NULL, or steps are appended; unchanged on error.
 * @return ENF_OK, ENF_EINVALID (NULL, negative amounts, flag),
 *         ENF_ESTATE (the rules have no takeover), ENF_EVERSION,
 *         ENF_EOVERFLOW or ENF_ENOMEM.
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

#define ENF_AUCTION_MODEL_VERSION 1
#define ENF_AUCTION_MODEL_INIT                                                 \
	{                                                                      \
		ENF_AUCTION_MODEL_VERSION, 1, 100000, 900000, 10000            \
	}

/** Figures of a scenario. Expected values are exact, from the same plan;
 * the simulated ones converge to them as runs grow. */
typedef struct enf_auction_scenario {
	int64_t runs;
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
 * auction failing), then draws each auction's outcome from the model with
 * a fixed generator (splitmix64) seeded from model->seed. Integer
 * arithmetic throughout, so the figures are the same on every machine.
 * @param policy NULL for the defaults.
 * @param[out] out unchanged on error.
 * @return ENF_OK, ENF_EINVALID (NULL, probabilities outside 0..1,000,000,
 *         runs outside 1..100,000,000), ENF_EVERSION, or as
 *         enf_auction_new() and enf_auction_plan().
 */
ENF_EXTERN(enf_status)
enf_auction_simulate(enf_auction_scenario *out, const enf_auction_rules *rules,
		     const enf_auction_options *opts,
		     const enf_auction_policy *policy,
		     const enf_auction_model *model);

ENF_END_DECL

#endif /* ENF_AUCTION_H */
