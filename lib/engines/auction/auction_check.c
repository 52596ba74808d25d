/*
 * What one event's check works with (auction_event.c, auction_end.c): the
 * steps it appends, its messages, its date and amount checks. Built on the
 * state helpers of auction_state.c only.
 */
#include "auction_engine.h"

#include <inttypes.h>
#include <string.h>

/* ---------------------------------------------------------------------- */
/* Steps and messages                                                      */

void enf__auc_push(enf__auc_ctx *c, enf_auction_event_kind kind, int32_t round,
		   enf_money amount, const enf__cite *why, const char *fallback)
{
	enf_auction_step *s = &c->out[(*c->nout)++];
	const char *src = c->r->source != NULL ? c->r->source : "";

	memset(s, 0, sizeof(*s));
	s->round = round;
	s->kind = kind;
	s->date = c->ev->date;
	s->price = c->t->price;
	s->lowest_bid = c->t->lowest_bid;
	s->amount = amount;
	s->phase = c->t->phase;
	s->offer_open = c->t->offer_open;
	s->rule = why != NULL && why->note[0] != '\0' ? why->note : fallback;
	s->source = why != NULL && why->cite[0] != '\0' ? why->cite : src;
}

/* The rule of the creditor's option: its own, or the end branch's when
 * only the end branch offers the asset. */
const enf__cite *enf__auc_offer_why(const enf__auc_ctx *c)
{
	return c->r->takeover_floor ? &c->r->takeover_why : &c->r->end_why;
}

enf_status enf__auc_not_now(enf__auc_ctx *c, const char *why)
{
	return enf__fail(ENF_ESTATE,
			 "%s: round %d: %s is not allowed now (%s): %s", c->pfx,
			 (int)c->t->round, enf_auction_kind_name(c->ev->kind),
			 enf_auction_phase_name(c->t->phase), why);
}

/* ERANGE when the event's date comes before due. */
enf_status enf__auc_check_due(enf__auc_ctx *c, enf_date due, const char *what,
			      const char *period, const enf__cite *why)
{
	char d1[16], d2[16], w[512];

	if (c->ev->date == ENF_DATE_NONE || due == ENF_DATE_NONE ||
	    c->ev->date >= due)
		return ENF_OK;
	return enf__fail(ENF_ERANGE,
			 "%s: round %d: %s on %s comes before %s, the end of "
			 "the %s%s",
			 c->pfx, (int)c->t->round, what,
			 enf__auc_date(d1, c->ev->date), enf__auc_date(d2, due),
			 period, enf__auc_why(w, sizeof(w), why));
}

enf_status enf__auc_no_amount(enf__auc_ctx *c)
{
	if (c->ev->amount == 0)
		return ENF_OK;
	return enf__fail(
		ENF_EINVALID,
		"%s: amount is %" PRId64 "; a %s event carries no amount (0)",
		c->pfx, c->ev->amount, enf_auction_kind_name(c->ev->kind));
}

/* Takes the date of a dated event as the last one. */
void enf__auc_take_date(enf__auc_ctx *c)
{
	if (c->ev->date != ENF_DATE_NONE)
		c->t->date = c->ev->date;
}
