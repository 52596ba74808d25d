/*
 * Private: the parsed form of an auction rule set (rules.h), shared by the
 * rule-set parser (auction_rules.c), the sale engine (auction_state.c and
 * the files above it), the money functions (auction_money.c) and the
 * simulator (auction_sim.c).
 *
 * The engine reads only these fields; a new country or a changed decree is
 * a new text, never a new branch in the engine.
 */
#ifndef ENF_AUCTION_INTERNAL_H
#define ENF_AUCTION_INTERNAL_H

#include "enforcement/auction.h"
#include "enforcement/rules.h"
#include "internal.h"

/* A fraction num/den with 0 <= num, 0 < den (both <= 1e12). */
typedef struct enf__ratio {
	int64_t num;
	int64_t den;
} enf__ratio;

/* How a round's starting price is set. */
typedef enum enf__price_mode {
	ENF__PRICE_OF_VALUE = 0,  /* price in [lo, hi] x appraised value */
	ENF__CUT_OF_PREVIOUS = 1, /* price = previous - cut, cut in [lo, hi] x
				     previous starting price */
	ENF__CUT_OF_FIRST = 2	  /* price = previous - cut, cut in [lo, hi] x
				     the first starting price (VN 2008) */
} enf__price_mode;

/* Provenance of a rule: its source and a one-sentence statement. Both
 * point into the rule set's own storage (never NULL; "" when absent). */
typedef struct enf__cite {
	const char *cite;
	const char *note;
} enf__cite;

/* The rule for the starting price of rounds from `from` on (until the next
 * entry's from). Round 1 always uses ENF__PRICE_OF_VALUE. In a cut mode
 * a new price must also be strictly below the previous one. */
typedef struct enf__round_rule {
	int32_t from;
	enf__price_mode mode;
	enf__ratio lo, hi, dflt; /* lo <= dflt <= hi, all in 0..1 */
	enf__cite why;
} enf__round_rule;

/* A ratio that applies from a round on (lowest bid, deposit). */
typedef struct enf__round_ratio {
	int32_t from;
	enf__ratio lo, hi; /* lowest bid: lo == hi */
	enf__cite why;
} enf__round_ratio;

typedef enum enf__asset_kind {
	ENF__ASSET_ANY = 0,
	ENF__ASSET_MOVABLE = 1,
	ENF__ASSET_REALTY = 2
} enf__asset_kind;

/* A step between a failed auction (round r-1) and auction r, applying
 * for r in [from, to] (to 0 = no end) and the asset kind. Steps chain:
 * each starts on the date the previous one was done.
 * - within: the act may be done from the next working day after the
 *   previous step (n is its deadline, shown in the trail);
 * - wait: the next act comes on the first working day after a period of
 *   n units (enf_calendar_period_end) from the previous step.
 * The steps with after_cut 0 run from the failure of round r-1 to the
 * earliest date of the cut decision; those with after_cut 1 from the cut
 * decision to the earliest date of auction r. In text: a trailing word
 * `after-cut` on the step statement. */
typedef struct enf__step_rule {
	const char *label; /* e.g. "notice", "agree", "post" */
	int wait;	   /* 1 wait, 0 within */
	int32_t n;
	enf_period_unit unit;
	enf__asset_kind asset;
	int32_t from, to;
	int after_cut; /* 1: runs from the cut decision to the auction
			  (posting); 0: from the failure to the cut */
	enf__cite why;
} enf__step_rule;

typedef enum enf__takeover_price {
	ENF__TAKE_AT_LAST = 0, /* at the starting price of the failed round */
	ENF__TAKE_AT_RATIO = 1 /* at ratio x appraised value (RU: 3/4) */
} enf__takeover_price;

typedef enum enf__settlement {
	ENF__SETTLE_JC11 = 0,	 /* Joint Circular 11/2016 Art 7 */
	ENF__SETTLE_PRO_RATA = 1 /* Decree 152/2026 Art 66 */
} enf__settlement;

typedef enum enf__end_branch {
	ENF__END_NONE = 0,	   /* no max-rounds, or the sale just stops */
	ENF__END_RETURN = 1,	   /* returned to the debtor */
	ENF__END_DISCONTINUE = 2,  /* proceedings discontinued (DE §77) */
	ENF__END_TAKEOVER = 3,	   /* creditor offered the asset */
	ENF__END_SPECIAL_SALE = 4, /* first-come sale at the lowest bid (JP) */
	ENF__END_SELL_OFF = 5	   /* sell-off at the last price (CN 变卖) */
} enf__end_branch;

#define ENF__AUC_ROUND_RULES 8
#define ENF__AUC_RATIOS	     4
#define ENF__AUC_STEPS	     12

struct enf_auction_rules {
	char *store; /* owned: every string below points into it */

	const char *id, *title, *country, *source;
	enf_date from, to;  /* ENF_DATE_NONE when open */
	int32_t max_rounds; /* 0 = no limit */

	enf__round_rule rounds[ENF__AUC_ROUND_RULES];
	size_t n_rounds; /* >= 1; rounds[0].from == 1, increasing from */
	enf__round_ratio bids[ENF__AUC_RATIOS]; /* lowest bid / price */
	size_t n_bids;				/* >= 1, bids[0].from == 1 */
	enf__round_ratio deposits[ENF__AUC_RATIOS];
	size_t n_deposits; /* 0 = no deposit rule */

	/* Creditor's option. The creditor may take the asset after the
	 * auction of round takeover_after fails (0: no such round), after
	 * every later failure, and at the floor when takeover_floor is 1.
	 * `takeover after N` sets both; `takeover at-floor` (Law 26/2008
	 * Art 104, 2008 text) only takeover_floor; `takeover none` neither,
	 * so takeover_floor is 1 exactly when the set has an option. */
	int32_t takeover_after;
	int takeover_floor;
	enf__takeover_price takeover_price;
	enf__ratio takeover_ratio;
	int takeover_state; /* 1: also when the debt is the state budget's */
	int32_t notice_n;   /* debtor told within */
	enf_period_unit notice_unit;
	int32_t redeem_n; /* debtor's window to pay and keep */
	enf_period_unit redeem_unit;
	enf__settlement settlement;
	enf__cite takeover_why;

	int floor_costs; /* 1: at price <= costs, the creditor declining, the
			    asset is returned (no further cut); 2: the same
			    at price < costs (`floor below-costs`, 2008) */
	enf__cite floor_why;
	int withdraw_secured; /* 1: price <= secured + costs ends coercion */
	enf__cite secured_why;
	int no_surplus; /* 1: lowest bid < costs + prior cancels the sale;
			   2: the lowest bid is raised to costs + prior */
	enf__cite surplus_why;

	enf__end_branch end; /* after max_rounds failed auctions */
	int32_t end_n;	     /* special sale / sell-off period */
	enf_period_unit end_unit;
	enf__cite end_why;

	int reappraise_after_failure; /* 1: REAPPRAISED allowed after a
					 failure (2008 text) */
	enf__cite reappraise_why;

	enf__ratio overbid; /* 0/1 = none */
	int32_t overbid_n;
	enf_period_unit overbid_unit;
	enf__cite overbid_why;

	enf__step_rule steps[ENF__AUC_STEPS];
	size_t n_steps;

	enf__cite max_rounds_why; /* source of max_rounds (and of the end) */
};

/* The round rule / bid / deposit entry in force for round r (>= 1): the
 * last entry whose from <= r. */
const enf__round_rule *enf__auc_round_rule(const enf_auction_rules *r,
					   int32_t round);
const enf__round_ratio *enf__auc_bid(const enf_auction_rules *r, int32_t round);
const enf__round_ratio *enf__auc_deposit(const enf_auction_rules *r,
					 int32_t round); /* NULL if none */

/* ceil(a * q) and floor(a * q) for a >= 0; -1 on overflow (no message). */
int enf__ratio_ceil(enf_money *out, enf_money a, enf__ratio q);
int enf__ratio_floor(enf_money *out, enf_money a, enf__ratio q);

#endif /* ENF_AUCTION_INTERNAL_H */
