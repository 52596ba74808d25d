/*
 * The checks of one event of a sale (auction.h) against its rule set, and
 * the state and steps it leads to: auctions, cuts and re-appraisal here,
 * the creditor's option and the endings in auction_end.c, which this file
 * dispatches to. Everything works on a copy of the state; auction.c
 * commits it only when the event is lawful, so a refused event leaves the
 * sale as it was. Calls flow one way: auction.c -> auction_event.c ->
 * auction_end.c -> auction_check.c -> auction_state.c.
 *
 * Only the fields of struct enf_auction_rules decide: the round rules
 * (price, cut and its base), the lowest bid, the creditor's option, the
 * floor, withdrawal, the end branch, re-appraisal and the step periods.
 */
#include "auction_engine.h"

#include <inttypes.h>
#include <stdio.h>

/* ---------------------------------------------------------------------- */
/* Messages                                                                */

/* "12.00%" for part/whole (hundredths rounded half up). */
static const char *enf__auc_share(char *buf, enf_money part, enf_money whole)
{
	enf__i128 h = whole > 0 ? ((enf__i128)part * 20000 / whole + 1) / 2 : 0;

	(void)snprintf(buf, 32, "%lld.%02lld%%", (long long)(h / 100),
		       (long long)(h % 100));
	return buf;
}

/* "10%" or "66.67%" for a ratio. */
static const char *enf__auc_pct(char *buf, enf__ratio q)
{
	enf__i128 h = ((enf__i128)q.num * 20000 / q.den + 1) / 2;

	if (h % 100 == 0)
		(void)snprintf(buf, 32, "%lld%%", (long long)(h / 100));
	else
		(void)snprintf(buf, 32, "%lld.%02lld%%", (long long)(h / 100),
			       (long long)(h % 100));
	return buf;
}

/* The same for the auction or cut the step chain in t->due leads to. */
static enf_status enf__auc_check_step_due(enf__auc_ctx *c, const char *what)
{
	char period[96];
	const enf__step_rule *s = c->t->due_step;

	if (s == NULL)
		return enf__auc_check_due(c, c->t->due, what,
					  "period the rules set", NULL);
	(void)snprintf(period, sizeof(period), "%s period", s->label);
	return enf__auc_check_due(c, c->t->due, what, period, &s->why);
}

/* ---------------------------------------------------------------------- */
/* Auctions                                                                */

/*
 * Whether the failure of t's round opens the creditor's option: from round
 * takeover_after on, at the floor (where the creditor declining is what
 * returns the asset; `takeover at-floor` only there), and after the last
 * auction when the end branch is a takeover. After the last auction the
 * offer comes first and the end branch applies once it is declined.
 */
static int enf__auc_opens_offer(const enf_auction *sale,
				const enf__auc_state *t)
{
	const enf_auction_rules *r = sale->rules;

	if (!enf__auc_creditor_ok(sale))
		return 0;
	if (enf__auc_at_end(sale, t) && r->end == ENF__END_TAKEOVER)
		return 1;
	if (r->takeover_after > 0 && t->round >= r->takeover_after)
		return 1;
	return r->takeover_floor && enf__auc_at_floor(sale, t);
}

/* Dates after a failure: the earliest cut, or the end of a special sale. */
static enf_status enf__auc_failed_dates(enf__auc_ctx *c)
{
	const enf_auction_rules *r = c->r;
	enf__auc_state *t = c->t;
	enf_date end;
	enf_status st;

	t->due = ENF_DATE_NONE;
	t->due_step = NULL;
	t->deadline = ENF_DATE_NONE;
	if (!enf__auc_dated(c->sale) || c->ev->date == ENF_DATE_NONE)
		return ENF_OK;
	if (!enf__auc_at_end(c->sale, t)) {
		t->due = c->ev->date;
		return enf__auc_chain(&t->due, &t->due_step, c->sale,
				      t->round + 1, 0, c->ev->date, c->pfx);
	}
	if ((r->end != ENF__END_SPECIAL_SALE && r->end != ENF__END_SELL_OFF) ||
	    r->end_n < 1)
		return ENF_OK;
	st = enf_calendar_period_end(&end, c->sale->opts.calendar, c->ev->date,
				     r->end_n, r->end_unit);
	if (st == ENF_OK)
		st = enf_calendar_next_working_day(
			&t->due, c->sale->opts.calendar, end + 1);
	if (st != ENF_OK)
		return enf__fail(ENF_ERANGE,
				 "%s: round %d: the end of the special sale "
				 "period runs past the calendar",
				 c->pfx, (int)t->round);
	t->deadline = end;
	return ENF_OK;
}

static enf_status enf__auc_failed(enf__auc_ctx *c)
{
	enf__auc_state *t = c->t;
	const enf__cite *why = NULL;
	enf_status st;

	if (t->phase != ENF_PHASE_READY)
		return enf__auc_not_now(c, "no auction is pending; the round "
					   "failed already");
	st = enf__auc_no_amount(c);
	if (st == ENF_OK)
		st = enf__auc_check_step_due(c, "auction");
	if (st != ENF_OK)
		return st;
	if (c->ev->date != ENF_DATE_NONE && t->due_step != NULL &&
	    enf__auc_dated(c->sale))
		why = &t->due_step->why;
	t->phase = ENF_PHASE_FAILED;
	enf__auc_take_date(c);
	st = enf__auc_failed_dates(c);
	if (st != ENF_OK)
		return st;
	enf__auc_push(c, ENF_AUCTION_FAILED, t->round, 0, why,
		      "the auction failed: no registrant, no bid or no sale");
	if (!enf__auc_opens_offer(c->sale, t))
		return ENF_OK;
	t->phase = ENF_PHASE_OFFERED;
	t->offer_open = 1;
	enf__auc_push(c, ENF_AUCTION_OFFERED, t->round,
		      enf__auc_takeover_price(c->sale, t),
		      enf__auc_offer_why(c),
		      "the creditor may take the asset against the debt");
	return ENF_OK;
}

static enf_status enf__auc_sold_at_end(enf__auc_ctx *c)
{
	const enf_auction_rules *r = c->r;
	enf__auc_state *t = c->t;
	enf_money least =
		r->end == ENF__END_SELL_OFF ? t->price : t->lowest_bid;
	char m1[32], m2[32], d1[16], d2[16], w[512];

	if (c->ev->amount < least)
		return enf__fail(ENF_ERANGE,
				 "%s: round %d: sale at %s is below %s, the "
				 "least the %s after the last auction "
				 "allows%s",
				 c->pfx, (int)t->round,
				 enf__auc_money(m1, c->ev->amount),
				 enf__auc_money(m2, least),
				 r->end == ENF__END_SELL_OFF ? "sell-off"
							     : "special sale",
				 enf__auc_why(w, sizeof(w), &r->end_why));
	if (c->ev->date != ENF_DATE_NONE && t->deadline != ENF_DATE_NONE &&
	    c->ev->date > t->deadline)
		return enf__fail(ENF_ERANGE,
				 "%s: round %d: sale on %s comes after %s, the "
				 "end of the period after the last auction%s",
				 c->pfx, (int)t->round,
				 enf__auc_date(d1, c->ev->date),
				 enf__auc_date(d2, t->deadline),
				 enf__auc_why(w, sizeof(w), &r->end_why));
	t->phase = ENF_PHASE_SOLD;
	t->proceeds = c->ev->amount;
	enf__auc_take_date(c);
	enf__auc_push(c, ENF_AUCTION_SOLD, t->round, c->ev->amount, &r->end_why,
		      "sold after the last auction");
	return ENF_OK;
}

static enf_status enf__auc_sold(enf__auc_ctx *c)
{
	enf__auc_state *t = c->t;
	const enf__round_ratio *bid = enf__auc_bid(c->r, t->round);
	char m1[32], m2[32], w[512];
	enf_status st;

	if (t->phase == ENF_PHASE_FAILED && enf__auc_at_end(c->sale, t) &&
	    (c->r->end == ENF__END_SPECIAL_SALE ||
	     c->r->end == ENF__END_SELL_OFF))
		return enf__auc_sold_at_end(c);
	if (t->phase != ENF_PHASE_READY)
		return enf__auc_not_now(c, "a sale needs an auction, and none "
					   "is pending");
	st = enf__auc_check_step_due(c, "auction");
	if (st != ENF_OK)
		return st;
	if (c->ev->amount < t->lowest_bid)
		return enf__fail(ENF_ERANGE,
				 "%s: round %d: sale at %s is below the lowest "
				 "acceptable bid %s%s",
				 c->pfx, (int)t->round,
				 enf__auc_money(m1, c->ev->amount),
				 enf__auc_money(m2, t->lowest_bid),
				 enf__auc_why(w, sizeof(w), &bid->why));
	t->phase = ENF_PHASE_SOLD;
	t->proceeds = c->ev->amount;
	enf__auc_take_date(c);
	enf__auc_push(c, ENF_AUCTION_SOLD, t->round, c->ev->amount, &bid->why,
		      "sold at or above the lowest acceptable bid");
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Cuts and re-appraisal                                                   */

/* ESTATE when no cut may follow t's failure (end, floor, open offer). */
static enf_status enf__auc_cut_allowed(enf__auc_ctx *c)
{
	const enf_auction_rules *r = c->r;
	enf__auc_state *t = c->t;
	char m1[32], m2[32], w[512];

	if (t->phase == ENF_PHASE_OFFERED)
		return enf__auc_not_now(c, "the creditor must answer the "
					   "offer of the asset before a "
					   "further cut");
	if (t->phase != ENF_PHASE_FAILED)
		return enf__auc_not_now(c, "a cut follows a failed auction");
	if (enf__auc_at_end(c->sale, t))
		return enf__fail(
			ENF_ESTATE,
			"%s: round %d: %s is not allowed: the rules "
			"allow at most %d auctions%s",
			c->pfx, (int)t->round,
			enf_auction_kind_name(c->ev->kind), (int)r->max_rounds,
			enf__auc_why(w, sizeof(w), &r->max_rounds_why));
	if (enf__auc_at_floor(c->sale, t) && c->ev->kind == ENF_AUCTION_CUT)
		return enf__fail(ENF_ESTATE,
				 "%s: round %d: cut is not allowed: the price "
				 "%s is %s the enforcement costs %s, so the "
				 "asset goes back to the debtor%s",
				 c->pfx, (int)t->round,
				 enf__auc_money(m1, t->price),
				 enf__auc_floor_words(r),
				 enf__auc_money(m2, c->sale->opts.costs),
				 enf__auc_why(w, sizeof(w), &r->floor_why));
	return ENF_OK;
}

/* ERANGE for a starting price of a price-of-value round out of range. */
static enf_status enf__auc_bad_fixed(enf__auc_ctx *c,
				     const enf__round_rule *rule, enf_money lo,
				     enf_money hi)
{
	char m1[32], m2[32], m3[32], m4[32], w[512];

	return enf__fail(ENF_ERANGE,
			 "%s: round %d: starting price %s is outside %s..%s, "
			 "the lawful prices for the value %s%s",
			 c->pfx, (int)c->t->round + 1,
			 enf__auc_money(m1, c->ev->amount),
			 enf__auc_money(m2, lo), enf__auc_money(m3, hi),
			 enf__auc_money(m4, c->t->value),
			 enf__auc_why(w, sizeof(w), &rule->why));
}

/* ERANGE for a cut out of range: above the cap or below the minimum. */
static enf_status enf__auc_bad_cut(enf__auc_ctx *c, const enf__round_rule *rule,
				   int above)
{
	enf__auc_state *t = c->t;
	enf_money base = rule->mode == ENF__CUT_OF_FIRST ? t->first : t->price;
	char m1[32], m2[32], p1[32], p2[32], w[512];

	return enf__fail(
		ENF_ERANGE,
		"%s: round %d: cut to %s is %s of the %s %s, %s of "
		"%s%s",
		c->pfx, (int)t->round + 1, enf__auc_money(m1, c->ev->amount),
		enf__auc_share(p1, t->price - c->ev->amount, base),
		rule->mode == ENF__CUT_OF_FIRST ? "first starting price"
						: "starting price",
		enf__auc_money(m2, base),
		above ? "above the cap" : "below the least cut",
		enf__auc_pct(p2, above ? rule->hi : rule->lo),
		enf__auc_why(w, sizeof(w), &rule->why));
}

static enf_status enf__auc_check_cut(enf__auc_ctx *c,
				     const enf__round_rule *rule)
{
	enf__auc_state *t = c->t;
	enf_money a = c->ev->amount, lo, hi;
	char m1[32], m2[32], w[512];

	if (a > t->price ||
	    (a == t->price && rule->mode != ENF__PRICE_OF_VALUE))
		return enf__fail(ENF_ERANGE,
				 "%s: round %d: cut to %s does not lower the "
				 "starting price %s%s",
				 c->pfx, (int)t->round + 1,
				 enf__auc_money(m1, a),
				 enf__auc_money(m2, t->price),
				 enf__auc_why(w, sizeof(w), &rule->why));
	if (enf__auc_range(&lo, &hi, c->r, t->round + 1, t->value, t->first,
			   t->price) != 0)
		return enf__fail(ENF_ERANGE,
				 "%s: round %d: no starting price is lawful "
				 "after %s%s",
				 c->pfx, (int)t->round + 1,
				 enf__auc_money(m1, t->price),
				 enf__auc_why(w, sizeof(w), &rule->why));
	if (rule->mode == ENF__PRICE_OF_VALUE && (a < lo || a > hi))
		return enf__auc_bad_fixed(c, rule, lo, hi);
	if (a < lo || a > hi)
		return enf__auc_bad_cut(c, rule, a < lo);
	return ENF_OK;
}

/* Moves t to the next round at price p, dated from the decision. */
static enf_status enf__auc_next_round(enf__auc_ctx *c, enf_money p)
{
	enf__auc_state *t = c->t;

	t->round++;
	t->price = p;
	t->phase = ENF_PHASE_READY;
	t->offer_open = 0;
	enf__auc_bid_deposit(c->sale, t);
	enf__auc_take_date(c);
	t->due = ENF_DATE_NONE;
	t->due_step = NULL;
	t->deadline = ENF_DATE_NONE;
	if (!enf__auc_dated(c->sale) || c->ev->date == ENF_DATE_NONE)
		return ENF_OK;
	t->due = c->ev->date;
	return enf__auc_chain(&t->due, &t->due_step, c->sale, t->round, 1,
			      c->ev->date, c->pfx);
}

static enf_status enf__auc_cut(enf__auc_ctx *c)
{
	enf__auc_state *t = c->t;
	const enf__round_rule *rule = enf__auc_round_rule(c->r, t->round + 1);
	enf_money old = t->price;
	enf_status st = enf__auc_cut_allowed(c);

	if (st == ENF_OK)
		st = enf__auc_check_cut(c, rule);
	if (st == ENF_OK)
		st = enf__auc_check_step_due(c, "cut");
	if (st == ENF_OK)
		st = enf__auc_next_round(c, c->ev->amount);
	if (st != ENF_OK)
		return st;
	t->cuts++;
	enf__auc_push(c, ENF_AUCTION_CUT, t->round, c->ev->amount, &rule->why,
		      "the starting price was reduced");
	if (old > 0)
		c->out[*c->nout - 1].cut_ppm =
			(int64_t)((enf__i128)(old - c->ev->amount) * 1000000 /
				  old);
	return ENF_OK;
}

static enf_status enf__auc_reappraised(enf__auc_ctx *c)
{
	const enf_auction_rules *r = c->r;
	enf__auc_state *t = c->t;
	enf_money p;
	enf_status st;

	if (!r->reappraise_after_failure)
		return enf__auc_not_now(c, "these rules allow no re-appraisal "
					   "after a failed auction");
	st = enf__auc_cut_allowed(c);
	if (st != ENF_OK)
		return st;
	if (c->ev->amount <= 0)
		return enf__fail(ENF_ERANGE,
				 "%s: round %d: amount is %" PRId64
				 "; a new value must be above 0",
				 c->pfx, (int)t->round, c->ev->amount);
	if (enf__ratio_ceil(&p, c->ev->amount, r->rounds[0].dflt) != 0)
		p = c->ev->amount;
	t->value = c->ev->amount;
	t->first = p;
	st = enf__auc_next_round(c, p);
	if (st != ENF_OK)
		return st;
	enf__auc_push(c, ENF_AUCTION_REAPPRAISED, t->round, c->ev->amount,
		      &r->reappraise_why,
		      "the asset was appraised again after a failed auction");
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */

enf_status enf__auc_event(const enf_auction *sale, enf__auc_state *t,
			  const enf_auction_event *ev, enf_auction_step *out,
			  size_t *nout, const char *pfx)
{
	enf__auc_ctx c = {sale, sale->rules, t, ev, out, nout, pfx};
	char d1[16], d2[16];

	*nout = 0;
	if (t->phase > ENF_PHASE_REDEEM)
		return enf__fail(
			ENF_ESTATE,
			"%s: round %d: %s is not allowed: the sale "
			"ended: %s in round %d",
			pfx, (int)t->round, enf_auction_kind_name(ev->kind),
			enf_auction_phase_name(t->phase), (int)t->round);
	if (ev->date != ENF_DATE_NONE && t->date != ENF_DATE_NONE &&
	    ev->date < t->date)
		return enf__fail(ENF_ERANGE,
				 "%s: round %d: %s on %s comes before the last "
				 "event, on %s",
				 pfx, (int)t->round,
				 enf_auction_kind_name(ev->kind),
				 enf__auc_date(d1, ev->date),
				 enf__auc_date(d2, t->date));
	switch (ev->kind) {
	case ENF_AUCTION_FAILED: return enf__auc_failed(&c);
	case ENF_AUCTION_CUT: return enf__auc_cut(&c);
	case ENF_AUCTION_ACCEPTED:
	case ENF_AUCTION_DECLINED: return enf__auc_answer(&c);
	case ENF_AUCTION_REDEEMED: return enf__auc_redeemed(&c);
	case ENF_AUCTION_SOLD: return enf__auc_sold(&c);
	case ENF_AUCTION_TAKEN: return enf__auc_taken(&c);
	case ENF_AUCTION_RETURNED: return enf__auc_returned(&c);
	case ENF_AUCTION_WITHDRAWN: return enf__auc_withdrawn(&c);
	case ENF_AUCTION_REAPPRAISED: return enf__auc_reappraised(&c);
	default: break;
	}
	return enf__fail(ENF_EINVALID, "%s: kind is %d; not an event", pfx,
			 (int)ev->kind);
}
