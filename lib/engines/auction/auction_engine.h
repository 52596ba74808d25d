/*
 * Private: the sale object of auction.h and what its files share: the
 * names, message text, state conditions, lawful price ranges and dates
 * (auction_state.c), the event checks (auction_check.c, auction_end.c,
 * auction_event.c), the object (auction.c), the plan (auction_plan.c), the
 * inverse queries (auction_query.c) and the output (auction_out.c).
 *
 * A sale reads only the fields of struct enf_auction_rules; every step's
 * rule and source point into the rule set's store or at static strings,
 * so the trail owns no strings and dropping steps frees nothing.
 */
#ifndef ENF_AUCTION_ENGINE_H
#define ENF_AUCTION_ENGINE_H

#include "auction_internal.h"

/* Most auctions a plan or an inverse query follows (a safety bound: no
 * law comes near it, and it keeps a 1-ppm cut from running for ever). */
#define ENF__AUC_ROUND_CAP 10000

/* Where a sale stands, with what the public state leaves out. */
typedef struct enf__auc_state {
	enf_auction_phase phase;
	int32_t round, cuts;
	enf_money value, price, lowest_bid, deposit, proceeds;
	enf_money first; /* base of a cut of the first price */
	int offer_open;
	enf_date date; /* of the last event (the start before any) */
	/* Earliest date of the act the phase waits for (the auction in
	 * READY, the cut in FAILED, the takeover in REDEEM, the return
	 * after a special sale), or ENF_DATE_NONE; why is the step rule
	 * whose period sets it (NULL for none). */
	enf_date due;
	const enf__step_rule *due_step;
	enf_date deadline; /* last day of a special sale, or NONE */
} enf__auc_state;

struct enf_auction {
	const enf_auction_rules *rules; /* borrowed */
	enf_auction_options opts;
	enf__auc_state s;
	enf_auction_step *steps;
	size_t n, cap;
	/* A sale rebuilt from a case's log (auction_case.c) owns the rule
	 * sets of the regimes its steps fall under and its calendar when the
	 * caller gave none; freed with it. */
	enf_auction_rules *own_rules[3]; /* by enf_regime */
	enf_calendar *own_calendar;
};

/*
 * Calls between the files flow one way, lowest first: auction_state.c <-
 * auction_check.c <- auction_end.c <- auction_event.c <- auction.c <-
 * auction_plan.c, auction_out.c <- auction_sim.c; auction_query.c uses
 * only auction_state.c and auction_money.c none of them.
 */

/* ---- auction_state.c: names, message text, state, prices, dates ---- */

/* "1,234,567" (grouped, no unit) into buf of 32 bytes. */
const char *enf__auc_money(char *buf, enf_money v);
/* enf__date_shown of d ("2025-01-13", "no date") into buf of 16 bytes. */
const char *enf__auc_date(char *buf, enf_date d);
/* " (note; cite)" of a rule into buf (size bytes); "" when both empty. */
const char *enf__auc_why(char *buf, size_t size, const enf__cite *c);

/* Sets t's lowest bid and deposit for its round and price. */
void enf__auc_bid_deposit(const enf_auction *sale, enf__auc_state *t);

/* 1 if the event may be applied in t's phase with the rules' conditions;
 * used by the plan for WITHDRAWN and RETURNED. */
int enf__auc_can_withdraw(const enf_auction *sale, const enf__auc_state *t);
int enf__auc_can_return(const enf_auction *sale, const enf__auc_state *t);
/* 1 when the rules allow a withdrawal because the price is within the
 * secured debt and the costs. */
int enf__auc_secured(const enf_auction *sale, const enf__auc_state *t);
/* 1 when round t->round failed and was the last the rules allow. */
int enf__auc_at_end(const enf_auction *sale, const enf__auc_state *t);
/* 1 at the floor: the rules return the asset at price <= costs (price <
 * costs under `floor below-costs`). */
int enf__auc_at_floor(const enf_auction *sale, const enf__auc_state *t);
/* "below" (`floor below-costs`) or "at or below", for messages. */
const char *enf__auc_floor_words(const enf_auction_rules *r);
/* The earliest date of the next step, or ENF_DATE_NONE. */
enf_date enf__auc_next_date(const enf_auction *sale, const enf__auc_state *t);

/* 1 when the sale has dates (a start date and a calendar). */
int enf__auc_dated(const enf_auction *sale);
/* 1 when the creditor may be offered the asset at all (not a debt to the
 * state budget, unless the rules allow it). */
int enf__auc_creditor_ok(const enf_auction *sale);
/* 1 after the last auction under an end branch "return"/"discontinue". */
int enf__auc_closed(const enf_auction *sale, const enf__auc_state *t);
/* a + b, at most INT64_MAX (for messages). */
enf_money enf__auc_sum(enf_money a, enf_money b);
/* The price the creditor takes the asset at. */
enf_money enf__auc_takeover_price(const enf_auction *sale,
				  const enf__auc_state *t);

/*
 * The lawful starting prices of round `round` (>= 2) after a failed
 * auction at price p: [*lo, *hi], for value and the first price first.
 * Returns 0, or -1 when no price is lawful (no cut possible, a fixed
 * price above p). See enf_auction_apply() in auction.h for the bounds.
 */
int enf__auc_range(enf_money *lo, enf_money *hi, const enf_auction_rules *r,
		   int32_t round, enf_money value, enf_money first,
		   enf_money p);

/*
 * Chains the step rules of round `round` with after_cut from anchor on the
 * sale's calendar: *out is the earliest date of the act they lead to and
 * *last the last step applied (unchanged when none applies). ENF_ERANGE
 * (message starting with pfx) when a date leaves the calendar.
 */
enf_status enf__auc_chain(enf_date *out, const enf__step_rule **last,
			  const enf_auction *sale, int32_t round, int after_cut,
			  enf_date anchor, const char *pfx);

/* The first working day after the end of a period of n units from anchor
 * (anchor itself for n < 1); ENF_ERANGE with pfx past the calendar. */
enf_status enf__auc_after_period(enf_date *out, const enf_auction *sale,
				 enf_date anchor, int32_t n,
				 enf_period_unit unit, const char *pfx);

/* ---- auction_check.c: what one event's check works with ---- */

/* What one event's check works on. */
typedef struct enf__auc_ctx {
	const enf_auction *sale;
	const enf_auction_rules *r;
	enf__auc_state *t; /* the state being worked on (a copy) */
	const enf_auction_event *ev;
	enf_auction_step *out; /* the event's steps (at most 2) */
	size_t *nout;
	const char *pfx; /* message prefix */
} enf__auc_ctx;

/* Appends a step of the event in c: t's price, bid, phase and offer; the
 * rule and source from why, or fallback and the rule set's source. */
void enf__auc_push(enf__auc_ctx *c, enf_auction_event_kind kind, int32_t round,
		   enf_money amount, const enf__cite *why,
		   const char *fallback);
/* The rule of the creditor's option (its own, or the end branch's). */
const enf__cite *enf__auc_offer_why(const enf__auc_ctx *c);
/* ESTATE: the event is not allowed in this phase, because why. */
enf_status enf__auc_not_now(enf__auc_ctx *c, const char *why);
/* ERANGE when the event's date comes before due (the end of a period). */
enf_status enf__auc_check_due(enf__auc_ctx *c, enf_date due, const char *what,
			      const char *period, const enf__cite *why);
/* EINVALID unless the event's amount is 0. */
enf_status enf__auc_no_amount(enf__auc_ctx *c);
/* Takes a dated event's date as the last one. */
void enf__auc_take_date(enf__auc_ctx *c);

/* ---- auction_end.c: the creditor's option and the endings ---- */

enf_status enf__auc_answer(enf__auc_ctx *c); /* accepted, declined */
enf_status enf__auc_taken(enf__auc_ctx *c);
enf_status enf__auc_redeemed(enf__auc_ctx *c);
enf_status enf__auc_returned(enf__auc_ctx *c);
enf_status enf__auc_withdrawn(enf__auc_ctx *c);

/* ---- auction_event.c: one event's check, dispatching to the above ---- */

/* Computes the new state t and the steps (at most 2) of ev; t starts as a
 * copy of sale->s. Validation only: sale is not touched. */
enf_status enf__auc_event(const enf_auction *sale, enf__auc_state *t,
			  const enf_auction_event *ev, enf_auction_step *out,
			  size_t *nout, const char *pfx);

/* ---- auction.c: the object ---- */

/*
 * Checks ev against the sale and applies it, appending its steps; on error
 * the sale is unchanged and the message starts with pfx (e.g.
 * "auction_apply" or "auction_replay: events[3]").
 */
enf_status enf__auc_apply(enf_auction *sale, const enf_auction_event *ev,
			  const char *pfx);

/* Puts the sale back to n steps and state s (after a failed replay). */
void enf__auc_restore(enf_auction *sale, size_t n, const enf__auc_state *s);

/* The charts (auction_out.c): a starting price as hundredths of a
 * percent of the sale's value (capped at 10,000%), and 1 for the steps
 * that open an auction at a new starting price. */
int64_t enf__as_share(const enf_auction *a, enf_money price);
int enf__as_point(const enf_auction_step *s);
/* The colours of the series, in order. */
extern const char *const enf__as_colours[16];

#endif /* ENF_AUCTION_ENGINE_H */
