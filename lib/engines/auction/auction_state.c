/*
 * The floor of the sale engine (auction.h), which calls nothing above it:
 * the names of kinds and phases, the text of messages, the conditions on
 * a sale's state (floor, end of the rounds, end branch, withdrawal, the
 * next date), the lawful starting prices of the next round and the dates
 * of the steps between auctions. The event checks (auction_check.c,
 * auction_event.c, auction_end.c), the object (auction.c), the plan
 * (auction_plan.c) and the inverse queries (auction_query.c) build on it.
 *
 * Bounds of a price are rounded up to the unit: a price of a share of the
 * value lies in [ceil(lo x value), ceil(hi x value)]; a cut of a share of
 * its base lies in [ceil(lo x base), floor(hi x base)], or is
 * floor(hi x base) when those cross (an exact share that is not a whole
 * unit), so the price after it is rounded up and never below the lawful
 * minimum. A price after a cut is at least 1 unit.
 */
#include "auction_engine.h"

#include <inttypes.h>
#include <stdio.h>

/* ---------------------------------------------------------------------- */
/* Names of kinds and phases                                               */

static const char *const enf__kind_names[] = {
	"failed", "cut",   "offered",  "accepted",  "declined",	   "redeemed",
	"sold",	  "taken", "returned", "withdrawn", "reappraised", "started"};

static const char *const enf__phase_names[] = {
	"ready", "failed",   "offered",	 "redeem",   "sold",
	"taken", "redeemed", "returned", "withdrawn"};

const char *enf_auction_kind_name(enf_auction_event_kind kind)
{
	if ((int)kind < 0 || (size_t)kind >= sizeof(enf__kind_names) /
						     sizeof(enf__kind_names[0]))
		return "unknown";
	return enf__kind_names[kind];
}

const char *enf_auction_phase_name(enf_auction_phase phase)
{
	if ((int)phase < 0 ||
	    (size_t)phase >=
		    sizeof(enf__phase_names) / sizeof(enf__phase_names[0]))
		return "unknown";
	return enf__phase_names[phase];
}

/* ---------------------------------------------------------------------- */
/* Text helpers for messages                                               */

const char *enf__auc_money(char *buf, enf_money v)
{
	char digits[24];
	int n, o = 0, i;

	n = snprintf(digits, sizeof(digits), "%" PRId64, v);
	for (i = 0; i < n; i++) {
		buf[o++] = digits[i];
		if (digits[i] != '-' && (n - i - 1) % 3 == 0 && i < n - 1)
			buf[o++] = ',';
	}
	buf[o] = '\0';
	return buf;
}

const char *enf__auc_date(char *buf, enf_date d)
{
	(void)snprintf(buf, 16, "%.15s", enf__date_shown(d).s);
	return buf;
}

const char *enf__auc_why(char *buf, size_t size, const enf__cite *c)
{
	const char *note = c != NULL ? c->note : "";
	const char *cite = c != NULL ? c->cite : "";
	int nn = enf__utf8_prefix(note, 200);
	const char *more = note[nn] != '\0' ? "..." : "";

	/* A note is a sentence: its full stop goes before the cite. */
	if (more[0] == '\0' && nn > 0 && note[nn - 1] == '.')
		nn--;
	if (nn > 0 && cite[0] != '\0')
		(void)snprintf(buf, size, " (%.*s%s; %s)", nn, note, more,
			       cite);
	else if (nn > 0 || cite[0] != '\0')
		(void)snprintf(buf, size, " (%.*s%s%s)", nn, note, more, cite);
	else
		buf[0] = '\0';
	return buf;
}

/* ---------------------------------------------------------------------- */
/* Conditions on the state                                                 */

int enf__auc_dated(const enf_auction *sale)
{
	return sale->opts.calendar != NULL && sale->opts.start != ENF_DATE_NONE;
}

void enf__auc_bid_deposit(const enf_auction *sale, enf__auc_state *t)
{
	const enf_auction_rules *r = sale->rules;
	const enf__round_ratio *d = enf__auc_deposit(r, t->round);
	enf__i128 need = (enf__i128)sale->opts.costs + sale->opts.prior;

	if (enf__ratio_ceil(&t->lowest_bid, t->price,
			    enf__auc_bid(r, t->round)->lo) != 0)
		t->lowest_bid = t->price;
	/* "raise": no bid below the costs and the prior rights (ZVG §44). */
	if (r->no_surplus == 2 && need > t->lowest_bid)
		t->lowest_bid = need > INT64_MAX ? INT64_MAX : (enf_money)need;
	t->deposit = 0;
	if (d != NULL && enf__ratio_ceil(&t->deposit, t->price, d->hi) != 0)
		t->deposit = t->price;
}

int enf__auc_at_end(const enf_auction *sale, const enf__auc_state *t)
{
	const enf_auction_rules *r = sale->rules;

	return t->phase != ENF_PHASE_READY && r->max_rounds > 0 &&
	       t->round >= r->max_rounds;
}

int enf__auc_at_floor(const enf_auction *sale, const enf__auc_state *t)
{
	int floor = sale->rules->floor_costs;

	return floor == 2 ? t->price < sale->opts.costs
			  : floor && t->price <= sale->opts.costs;
}

/* "below" or "at or below": how the floor compares price and costs. */
const char *enf__auc_floor_words(const enf_auction_rules *r)
{
	return r->floor_costs == 2 ? "below" : "at or below";
}

/* 1 when the creditor may be offered the asset at all. */
int enf__auc_creditor_ok(const enf_auction *sale)
{
	return !sale->opts.state_budget || sale->rules->takeover_state;
}

/* 1 in the end branches after which nothing but a return may follow. */
int enf__auc_closed(const enf_auction *sale, const enf__auc_state *t)
{
	enf__end_branch e = sale->rules->end;

	return t->phase == ENF_PHASE_FAILED && enf__auc_at_end(sale, t) &&
	       (e == ENF__END_RETURN || e == ENF__END_DISCONTINUE);
}

int enf__auc_secured(const enf_auction *sale, const enf__auc_state *t)
{
	const enf_auction_options *o = &sale->opts;

	return sale->rules->withdraw_secured && o->secured > 0 &&
	       (enf__i128)t->price <= (enf__i128)o->secured + o->costs;
}

static int enf__auc_no_surplus(const enf_auction *sale, const enf__auc_state *t)
{
	const enf_auction_options *o = &sale->opts;
	enf__i128 need = (enf__i128)o->costs + o->prior;

	return sale->rules->no_surplus == 1 && need > 0 && t->lowest_bid < need;
}

int enf__auc_can_withdraw(const enf_auction *sale, const enf__auc_state *t)
{
	if (t->phase > ENF_PHASE_REDEEM || enf__auc_closed(sale, t))
		return 0;
	return enf__auc_secured(sale, t) || enf__auc_no_surplus(sale, t);
}

int enf__auc_can_return(const enf_auction *sale, const enf__auc_state *t)
{
	return t->phase == ENF_PHASE_FAILED &&
	       (enf__auc_at_end(sale, t) || enf__auc_at_floor(sale, t));
}

static enf_date enf__auc_max(enf_date a, enf_date b)
{
	if (a == ENF_DATE_NONE)
		return b;
	if (b == ENF_DATE_NONE)
		return a;
	return a > b ? a : b;
}

/* a + b for messages, at most INT64_MAX. */
enf_money enf__auc_sum(enf_money a, enf_money b)
{
	enf__i128 v = (enf__i128)a + b;

	return v > INT64_MAX ? INT64_MAX : (enf_money)v;
}

enf_date enf__auc_next_date(const enf_auction *sale, const enf__auc_state *t)
{
	if (!enf__auc_dated(sale))
		return ENF_DATE_NONE;
	switch (t->phase) {
	case ENF_PHASE_READY:
	case ENF_PHASE_REDEEM: return t->due;
	case ENF_PHASE_FAILED:
		if (enf__auc_at_end(sale, t))
			return enf__auc_max(t->due, t->date);
		if (enf__auc_at_floor(sale, t))
			return t->date;
		return t->due == ENF_DATE_NONE ? ENF_DATE_NONE
					       : enf__auc_max(t->due, t->date);
	case ENF_PHASE_OFFERED: return t->date;
	default: return ENF_DATE_NONE;
	}
}

/* The price the creditor takes the asset at. */
enf_money enf__auc_takeover_price(const enf_auction *sale,
				  const enf__auc_state *t)
{
	enf_money p = t->price;

	if (sale->rules->takeover_price == ENF__TAKE_AT_RATIO &&
	    enf__ratio_ceil(&p, t->value, sale->rules->takeover_ratio) != 0)
		p = t->value;
	return p;
}

/* ---------------------------------------------------------------------- */
/* Lawful starting prices                                                  */

int enf__auc_range(enf_money *lo, enf_money *hi, const enf_auction_rules *r,
		   int32_t round, enf_money value, enf_money first, enf_money p)
{
	const enf__round_rule *rule = enf__auc_round_rule(r, round);
	enf_money a, b, base, clo, chi;

	if (rule->mode == ENF__PRICE_OF_VALUE) {
		if (enf__ratio_ceil(&a, value, rule->lo) != 0 ||
		    enf__ratio_ceil(&b, value, rule->hi) != 0)
			return -1;
		if (b > p)
			b = p;
		if (a > b)
			return -1;
		*lo = a;
		*hi = b;
		return 0;
	}
	base = rule->mode == ENF__CUT_OF_FIRST ? first : p;
	if (enf__ratio_floor(&chi, base, rule->hi) != 0 ||
	    enf__ratio_ceil(&clo, base, rule->lo) != 0)
		return -1;
	if (clo > chi)
		clo = chi;
	if (clo < 1)
		clo = 1; /* a cut lowers the price */
	if (chi < 1 || p - clo < 1)
		return -1; /* a starting price is at least 1 unit */
	*lo = p - chi < 1 ? 1 : p - chi;
	*hi = p - clo;
	return 0;
}

/* ---------------------------------------------------------------------- */
/* Dates                                                                   */

enf_status enf__auc_after_period(enf_date *out, const enf_auction *sale,
				 enf_date anchor, int32_t n,
				 enf_period_unit unit, const char *pfx)
{
	const enf_calendar *cal = sale->opts.calendar;
	enf_date end = anchor;
	char d[16];

	if (n < 1) {
		*out = anchor;
		return ENF_OK;
	}
	if (enf_calendar_period_end(&end, cal, anchor, n, unit) != ENF_OK ||
	    enf_calendar_next_working_day(out, cal, end + 1) != ENF_OK)
		return enf__fail(ENF_ERANGE,
				 "%s: a period of %d units from %s runs past "
				 "the calendar's range",
				 pfx, (int)n, enf__auc_date(d, anchor));
	return ENF_OK;
}

static int enf__auc_step_applies(const enf__step_rule *s,
				 const enf_auction *sale, int32_t round,
				 int after_cut)
{
	enf__asset_kind kind =
		sale->opts.real_estate ? ENF__ASSET_REALTY : ENF__ASSET_MOVABLE;

	return s->after_cut == after_cut && s->from <= round &&
	       (s->to == 0 || round <= s->to) &&
	       (s->asset == ENF__ASSET_ANY || s->asset == kind);
}

enf_status enf__auc_chain(enf_date *out, const enf__step_rule **last,
			  const enf_auction *sale, int32_t round, int after_cut,
			  enf_date anchor, const char *pfx)
{
	const enf_auction_rules *r = sale->rules;
	enf_date d = anchor;
	char day[16];

	for (size_t i = 0; i < r->n_steps; i++) {
		const enf__step_rule *s = &r->steps[i];
		enf_status st;

		if (!enf__auc_step_applies(s, sale, round, after_cut))
			continue;
		if (s->wait && s->n >= 1)
			st = enf__auc_after_period(&d, sale, d, s->n, s->unit,
						   pfx);
		else
			st = enf_calendar_next_working_day(
				&d, sale->opts.calendar, d + 1);
		if (st != ENF_OK)
			return enf__fail(ENF_ERANGE,
					 "%s: round %d: the %s step after %s "
					 "runs past the calendar's range",
					 pfx, (int)round, s->label,
					 enf__auc_date(day, d));
		*last = s;
	}
	*out = d;
	return ENF_OK;
}
