/*
 * Events of a sale (auction.h) that answer the creditor's option or end
 * the sale: accepted, declined, taken, redeemed, returned, withdrawn.
 * auction_event.c dispatches to them; the conditions on the state they
 * depend on (floor, end branch, withdrawal) are in auction_state.c.
 */
#include "auction_engine.h"

#include <stdio.h>

/* ---------------------------------------------------------------------- */
/* The creditor's option                                                   */

static enf_status enf__auc_no_offer(enf__auc_ctx *c)
{
	const enf_auction_rules *r = c->r;
	char w[512];

	if (!r->takeover_floor && r->end != ENF__END_TAKEOVER)
		return enf__fail(ENF_ESTATE,
				 "%s: round %d: %s is not allowed: the rules "
				 "give the creditor no option to take the "
				 "asset",
				 c->pfx, (int)c->t->round,
				 enf_auction_kind_name(c->ev->kind));
	if (!enf__auc_creditor_ok(c->sale))
		return enf__fail(ENF_ESTATE,
				 "%s: round %d: %s is not allowed: the debt is "
				 "owed to the state budget, so the creditor "
				 "has no option to take the asset%s",
				 c->pfx, (int)c->t->round,
				 enf_auction_kind_name(c->ev->kind),
				 enf__auc_why(w, sizeof(w), &r->takeover_why));
	if (!r->takeover_floor)
		return enf__fail(ENF_ESTATE,
				 "%s: round %d: %s is not allowed: no offer is "
				 "open; the creditor is offered the asset "
				 "after auction %d fails%s",
				 c->pfx, (int)c->t->round,
				 enf_auction_kind_name(c->ev->kind),
				 (int)r->max_rounds,
				 enf__auc_why(w, sizeof(w), &r->end_why));
	if (r->takeover_after <= 0)
		return enf__fail(ENF_ESTATE,
				 "%s: round %d: %s is not allowed: no offer is "
				 "open; the creditor may take the asset only "
				 "at the floor, once the price is %s the "
				 "enforcement costs%s",
				 c->pfx, (int)c->t->round,
				 enf_auction_kind_name(c->ev->kind),
				 enf__auc_floor_words(r),
				 enf__auc_why(w, sizeof(w), &r->takeover_why));
	return enf__fail(ENF_ESTATE,
			 "%s: round %d: %s is not allowed: no offer is open; "
			 "the creditor may take the asset from the failure "
			 "of auction %d on%s",
			 c->pfx, (int)c->t->round,
			 enf_auction_kind_name(c->ev->kind),
			 (int)r->takeover_after,
			 enf__auc_why(w, sizeof(w), &r->takeover_why));
}

/* The earliest takeover: the first working day after the notice period
 * and then the debtor's window to redeem, counted from the acceptance. */
static enf_status enf__auc_taken_due(enf__auc_ctx *c)
{
	const enf_auction_rules *r = c->r;
	const enf_calendar *cal = c->sale->opts.calendar;
	enf_date d = c->ev->date;
	enf_status st = ENF_OK;

	c->t->due = ENF_DATE_NONE;
	if (!enf__auc_dated(c->sale) || d == ENF_DATE_NONE)
		return ENF_OK;
	if (r->notice_n < 1 && r->redeem_n < 1) {
		c->t->due = d;
		return ENF_OK;
	}
	if (r->notice_n >= 1)
		st = enf_calendar_period_end(&d, cal, d, r->notice_n,
					     r->notice_unit);
	if (st == ENF_OK && r->redeem_n >= 1)
		st = enf_calendar_period_end(&d, cal, d, r->redeem_n,
					     r->redeem_unit);
	if (st == ENF_OK)
		st = enf_calendar_next_working_day(&c->t->due, cal, d + 1);
	if (st != ENF_OK)
		return enf__fail(ENF_ERANGE,
				 "%s: round %d: the debtor's window to redeem "
				 "runs past the calendar",
				 c->pfx, (int)c->t->round);
	return ENF_OK;
}

enf_status enf__auc_answer(enf__auc_ctx *c)
{
	enf__auc_state *t = c->t;
	int accept = c->ev->kind == ENF_AUCTION_ACCEPTED;
	enf_status st;

	if (t->phase != ENF_PHASE_OFFERED)
		return enf__auc_no_offer(c);
	st = enf__auc_no_amount(c);
	if (st != ENF_OK)
		return st;
	t->offer_open = 0;
	enf__auc_take_date(c);
	if (accept) {
		t->phase = ENF_PHASE_REDEEM;
		st = enf__auc_taken_due(c);
		if (st != ENF_OK)
			return st;
	} else {
		t->phase = ENF_PHASE_FAILED;
	}
	enf__auc_push(c, c->ev->kind, t->round, 0, enf__auc_offer_why(c),
		      accept ? "the creditor takes the asset against the debt"
			     : "the creditor declines the asset");
	return ENF_OK;
}

enf_status enf__auc_taken(enf__auc_ctx *c)
{
	enf__auc_state *t = c->t;
	enf_status st;

	if (t->phase != ENF_PHASE_REDEEM)
		return enf__auc_not_now(c, "the asset is delivered to the "
					   "creditor only after it accepted "
					   "the offer");
	st = enf__auc_no_amount(c);
	if (st == ENF_OK)
		st = enf__auc_check_due(c, t->due, "takeover",
					"notice and the debtor's window to "
					"redeem",
					enf__auc_offer_why(c));
	if (st != ENF_OK)
		return st;
	t->phase = ENF_PHASE_TAKEN;
	t->proceeds = enf__auc_takeover_price(c->sale, t);
	enf__auc_take_date(c);
	enf__auc_push(c, ENF_AUCTION_TAKEN, t->round, 0, enf__auc_offer_why(c),
		      "the asset is delivered to the creditor");
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Endings                                                                 */

enf_status enf__auc_redeemed(enf__auc_ctx *c)
{
	const enf_auction_options *o = &c->sale->opts;
	enf__auc_state *t = c->t;
	enf__i128 need = (enf__i128)o->debt + o->costs;
	char m1[32], m2[32], m3[32], m4[32];
	int in_window = t->phase == ENF_PHASE_REDEEM;

	if (enf__auc_closed(c->sale, t))
		return enf__auc_not_now(c, "after the last auction the asset "
					   "can only be returned");
	if ((enf__i128)c->ev->amount < need)
		return enf__fail(
			ENF_ERANGE,
			"%s: round %d: redemption with %s is short of "
			"the debt %s plus the costs %s: %s",
			c->pfx, (int)t->round,
			enf__auc_money(m1, c->ev->amount),
			enf__auc_money(m2, o->debt),
			enf__auc_money(m3, o->costs),
			enf__auc_money(m4, enf__auc_sum(o->debt, o->costs)));
	t->phase = ENF_PHASE_REDEEMED;
	t->offer_open = 0;
	t->proceeds = c->ev->amount;
	enf__auc_take_date(c);
	enf__auc_push(c, ENF_AUCTION_REDEEMED, t->round, c->ev->amount,
		      in_window ? &c->r->takeover_why : NULL,
		      "the debtor paid the debt and the costs and keeps the "
		      "asset");
	return ENF_OK;
}

enf_status enf__auc_returned(enf__auc_ctx *c)
{
	enf__auc_state *t = c->t;
	int end = enf__auc_at_end(c->sale, t);
	enf_status st;

	if (!enf__auc_can_return(c->sale, t))
		return enf__auc_not_now(
			c, c->r->floor_costs == 2
				   ? "the asset goes back to the debtor only "
				     "after a failed auction at the floor "
				     "(price below the costs) or after the "
				     "last auction the rules allow"
				   : "the asset goes back to the debtor only "
				     "after a failed auction at the floor "
				     "(price at or below the costs) or after "
				     "the last auction the rules allow");
	st = enf__auc_no_amount(c);
	if (st == ENF_OK && end)
		st = enf__auc_check_due(c, t->due, "return",
					"period after the last auction",
					&c->r->end_why);
	if (st != ENF_OK)
		return st;
	t->phase = ENF_PHASE_RETURNED;
	enf__auc_take_date(c);
	enf__auc_push(c, ENF_AUCTION_RETURNED, t->round, 0,
		      end ? &c->r->end_why : &c->r->floor_why,
		      "the asset goes back to the debtor");
	return ENF_OK;
}

/* ESTATE naming the withdrawal conditions the rules have and the figures
 * that fail them. */
static enf_status enf__auc_no_withdrawal(enf__auc_ctx *c)
{
	const enf_auction_rules *r = c->r;
	const enf_auction_options *o = &c->sale->opts;
	enf__auc_state *t = c->t;
	char m1[32], m2[32], m3[32], m4[32], w1[512], w2[512], sec[700] = "",
							       sur[700] = "";

	if (r->withdraw_secured)
		(void)snprintf(
			sec, sizeof(sec),
			"the price %s is above the secured debt plus "
			"the costs, %s%s",
			enf__auc_money(m1, t->price),
			enf__auc_money(m2, enf__auc_sum(o->secured, o->costs)),
			enf__auc_why(w1, sizeof(w1), &r->secured_why));
	if (r->no_surplus)
		(void)snprintf(
			sur, sizeof(sur),
			"the lowest bid %s covers the costs plus the "
			"prior claims, %s%s",
			enf__auc_money(m3, t->lowest_bid),
			enf__auc_money(m4, enf__auc_sum(o->costs, o->prior)),
			enf__auc_why(w2, sizeof(w2), &r->surplus_why));
	return enf__fail(ENF_ESTATE,
			 "%s: round %d: withdrawn is not allowed: %s%s%s",
			 c->pfx, (int)t->round, sec,
			 sec[0] != '\0' && sur[0] != '\0' ? "; " : "", sur);
}

enf_status enf__auc_withdrawn(enf__auc_ctx *c)
{
	const enf_auction_rules *r = c->r;
	enf__auc_state *t = c->t;
	int secured = enf__auc_secured(c->sale, t);
	enf_status st;

	if (!enf__auc_can_withdraw(c->sale, t)) {
		if (enf__auc_closed(c->sale, t))
			return enf__auc_not_now(c, "after the last auction "
						   "the asset can only be "
						   "returned");
		if (!r->withdraw_secured && !r->no_surplus)
			return enf__auc_not_now(c, "these rules have no "
						   "withdrawal");
		return enf__auc_no_withdrawal(c);
	}
	st = enf__auc_no_amount(c);
	if (st != ENF_OK)
		return st;
	t->phase = ENF_PHASE_WITHDRAWN;
	t->offer_open = 0;
	enf__auc_take_date(c);
	enf__auc_push(c, ENF_AUCTION_WITHDRAWN, t->round, 0,
		      secured ? &r->secured_why : &r->surplus_why,
		      "the coercion is withdrawn");
	return ENF_OK;
}
