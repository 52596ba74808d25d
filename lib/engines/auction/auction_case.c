/*
 * A seized asset's sale as a case's log records it (case.h), checked by
 * the auction engine: the log's steps are replayed into an enf_auction,
 * each under the rule set in force on its date (Decree 152/2026 Art 115:
 * a step follows the law of its day), so a step the law does not allow
 * is refused with the engine's own message, round, rule and article. The
 * model keeps the log and its bookkeeping (case_sale.c); only this layer
 * knows the law of a sale.
 */
#include "auction_engine.h"
#include "case_internal.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enf_status enf_auction_case_options_init(enf_auction_case_options *opts,
					 unsigned int version)
{
	enf_auction_case_options def = ENF_AUCTION_CASE_OPTIONS_INIT;

	ENF__CHECK_NULL("auction_case_options_init", opts);
	if (enf__check_version("auction_case_options_init", "version", version,
			       ENF_AUCTION_CASE_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*opts = def;
	opts->version = version;
	return ENF_OK;
}

/* The asset's events: the case's log, then the event being checked. */
typedef struct enf__sale_log {
	const enf_case *c;
	int32_t asset;
	const enf_event *extra; /* NULL when only the log is replayed */
	size_t n;		/* events of the case */
} enf__sale_log;

static size_t enf__log_len(const enf__sale_log *l)
{
	return l->n + (l->extra != NULL);
}

/* Event i of the log (i < enf__log_len()); 1 if it is about the asset. */
static int enf__log_at(enf_event *out, const enf__sale_log *l, size_t i)
{
	if (i < l->n)
		*out = enf__event_get(&l->c->events[i]);
	else
		*out = *l->extra;
	return out->asset == l->asset;
}

static int enf__auction_like(enf_event_kind k)
{
	return k == ENF_EV_AUCTION_FAILED || k == ENF_EV_ASSET_SOLD ||
	       k == ENF_EV_ASSET_AUCTIONED;
}

/* What the sale opens with, from the log. */
typedef struct enf__sale_open {
	enf_money value, costs;
	enf_date start, last;
} enf__sale_open;

static void enf__log_scan(enf__sale_open *o, const enf__sale_log *l)
{
	enf_event e;

	for (size_t i = 0; i < enf__log_len(l); i++) {
		if (!enf__log_at(&e, l, i))
			continue;
		o->last = e.date;
		if (e.kind == ENF_EV_ASSET_APPRAISED &&
		    o->start == ENF_DATE_NONE)
			o->value = e.amount;
		if (enf__auction_like(e.kind) && o->start == ENF_DATE_NONE)
			o->start = e.date;
		if (e.kind == ENF_EV_ASSET_RETURNED && e.amount > o->costs)
			o->costs = e.amount;
	}
}

/* 1 when every money obligation of c is owed to the state budget, which
 * has no creditor's option (Law 26/2008 Art 104(4)). */
static int enf__budget_only(const enf_case *c)
{
	int any = 0;

	for (size_t i = 0; i < c->nobligations; i++) {
		const enf_obligation *o = &c->obligations[i];
		int32_t k = o->creditor;

		if (o->kind >= ENF_OBL_HAND_OVER)
			continue;
		any = 1;
		if (k >= 0 && (size_t)k < c->nparties &&
		    c->parties[k].kind == ENF_PARTY_STATE_BUDGET)
			continue;
		if (k == ENF_INDEX_NONE && o->kind <= ENF_OBL_UNLAWFUL_GAIN)
			continue;
		return 0;
	}
	return any;
}

/* The rule set and calendar a rebuilt sale uses, owned until handed to
 * the sale. */
typedef struct enf__sale_env {
	const enf_auction_rules *fixed;
	enf_auction_rules *own[3];
	const enf_calendar *cal;
	enf_calendar *own_cal;
	const char *fn;
} enf__sale_env;

static void enf__env_free(enf__sale_env *e)
{
	for (int i = 0; i < 3; i++)
		enf_auction_rules_free(e->own[i]);
	enf_calendar_free(e->own_cal);
}

/* The rule set in force on d: the caller's, or Vietnam's of d's regime. */
static enf_status enf__env_rules(const enf_auction_rules **out,
				 enf__sale_env *e, enf_date d)
{
	enf_regime reg;
	char day[16];

	if (e->fixed != NULL) {
		*out = e->fixed;
		return ENF_OK;
	}
	if (enf_regime_on(&reg, d) != ENF_OK || (unsigned)reg > 2)
		return enf__fail(ENF_ERANGE,
				 "%s: no auction rules in force on %s (the "
				 "Vietnamese sets start on 2009-07-01)",
				 e->fn, enf__auc_date(day, d));
	if (e->own[reg] == NULL) {
		enf_status st = enf_auction_rules_on(&e->own[reg], "VN", d);

		if (st != ENF_OK)
			return st;
	}
	*out = e->own[reg];
	return ENF_OK;
}

static enf_status enf__env_open(enf__sale_env *e,
				const enf_auction_case_options *o,
				const char *fn)
{
	memset(e, 0, sizeof(*e));
	e->fn = fn;
	if (enf__check_version(fn, "opts->version", o->version,
			       ENF_AUCTION_CASE_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if (enf__check_non_negative(fn, "opts->costs", o->costs) != ENF_OK)
		return ENF_EINVALID;
	e->fixed = o->rules;
	e->cal = o->calendar;
	if (e->cal == NULL) {
		enf_status st = enf_calendar_new(&e->own_cal, NULL);

		if (st != ENF_OK)
			return st;
		e->cal = e->own_cal;
	}
	return ENF_OK;
}

/* A new sale at the asset's value, with the env's rule sets handed over. */
static enf_status enf__sale_new(enf_auction **out, enf__sale_env *e,
				const enf__sale_log *l,
				const enf_auction_case_options *o)
{
	enf__sale_open so = {0, 0, ENF_DATE_NONE, ENF_DATE_NONE};
	enf_auction_options ao = ENF_AUCTION_OPTIONS_INIT;
	const enf_auction_rules *r = NULL;
	enf_case_status cs;
	enf_status st;

	enf__log_scan(&so, l);
	if (so.value <= 0)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: asset %d of case %s has no appraised "
				 "value before its first auction",
				 e->fn, (int)l->asset, enf__case_name(l->c));
	st = enf__env_rules(&r, e,
			    so.start != ENF_DATE_NONE ? so.start : so.last);
	if (st != ENF_OK)
		return st;
	(void)enf_case_status_on(&cs, l->c, ENF_DATE_MAX);
	ao.value = so.value;
	ao.costs = so.costs > o->costs ? so.costs : o->costs;
	ao.debt = cs.outstanding;
	ao.real_estate = l->c->assets[l->asset].kind == ENF_ASSET_REAL_ESTATE;
	ao.state_budget = enf__budget_only(l->c);
	ao.start = so.start;
	ao.calendar = e->cal;
	st = enf_auction_new(out, r, &ao);
	if (st != ENF_OK || *out == NULL)
		return st != ENF_OK ? st : ENF_ENOMEM;
	memcpy((*out)->own_rules, e->own, sizeof(e->own));
	(*out)->own_calendar = e->own_cal;
	memset(e->own, 0, sizeof(e->own));
	e->own_cal = NULL;
	return ENF_OK;
}

/* The engine's event for a case event; 0 when it takes no step. */
static int enf__engine_event(enf_auction_event *out, const enf_event *e,
			     enf_date start)
{
	out->date = e->date;
	out->amount = 0;
	switch (e->kind) {
	case ENF_EV_AUCTION_FAILED: out->kind = ENF_AUCTION_FAILED; return 1;
	case ENF_EV_ASSET_AUCTIONED:
		out->kind =
			e->amount > 0 ? ENF_AUCTION_SOLD : ENF_AUCTION_FAILED;
		out->amount = e->amount;
		return 1;
	case ENF_EV_PRICE_CUT: out->kind = ENF_AUCTION_CUT; break;
	case ENF_EV_CREDITOR_ANSWERED:
		out->kind =
			e->detail ? ENF_AUCTION_ACCEPTED : ENF_AUCTION_DECLINED;
		return 1;
	case ENF_EV_ASSET_SOLD: out->kind = ENF_AUCTION_SOLD; break;
	case ENF_EV_ASSET_TAKEN: out->kind = ENF_AUCTION_TAKEN; return 1;
	case ENF_EV_ASSET_REDEEMED: out->kind = ENF_AUCTION_REDEEMED; break;
	case ENF_EV_ASSET_RETURNED: out->kind = ENF_AUCTION_RETURNED; return 1;
	case ENF_EV_ASSET_APPRAISED: /* a re-appraisal once auctions began */
		if (start == ENF_DATE_NONE || e->date < start)
			return 0;
		out->kind = ENF_AUCTION_REAPPRAISED;
		break;
	default: return 0;
	}
	out->amount = e->amount;
	return 1;
}

/* The checks the engine's events leave to the case: a failed auction at
 * the price in force, a handover after a sale. */
static enf_status enf__case_step(const enf_auction *sale, const enf_event *e,
				 const char *pfx)
{
	char a[32], b[32];

	if (e->kind == ENF_EV_AUCTION_FAILED &&
	    sale->s.phase == ENF_PHASE_READY && e->amount != sale->s.price)
		return enf__fail(ENF_ERANGE,
				 "%s: round %d: amount %s is not the starting "
				 "price in force, %s (the appraised value, or "
				 "the price of the last cut)",
				 pfx, (int)sale->s.round,
				 enf__auc_money(a, e->amount),
				 enf__auc_money(b, sale->s.price));
	if (e->kind == ENF_EV_ASSET_HANDED_OVER &&
	    sale->s.phase != ENF_PHASE_SOLD)
		return enf__fail(ENF_ESTATE,
				 "%s: round %d: the asset is not sold (%s)",
				 pfx, (int)sale->s.round,
				 enf_auction_phase_name(sale->s.phase));
	return ENF_OK;
}

/* Applies the asset's events to the sale, each under its date's rules. */
static enf_status enf__sale_replay(enf_auction *sale, enf__sale_env *e,
				   const enf__sale_log *l)
{
	enf_event ev;
	enf_auction_event ae;
	char pfx[200], day[16];
	enf_status st;

	for (size_t i = 0; i < enf__log_len(l); i++) {
		if (!enf__log_at(&ev, l, i))
			continue;
		(void)snprintf(pfx, sizeof(pfx),
			       "%s: case %s, asset %d, event %zu (%s on %s)",
			       e->fn, enf__case_name(l->c), (int)l->asset, i,
			       enf_event_kind_name(ev.kind),
			       enf__auc_date(day, ev.date));
		st = enf__case_step(sale, &ev, pfx);
		if (st != ENF_OK)
			return st;
		if (!enf__engine_event(&ae, &ev, sale->opts.start))
			continue;
		if (e->fixed == NULL) {
			const enf_auction_rules *r = NULL;

			/* The sale owns the sets now; e only looks up. */
			memcpy(e->own, sale->own_rules, sizeof(e->own));
			st = enf__env_rules(&r, e, ev.date);
			memcpy(sale->own_rules, e->own, sizeof(e->own));
			memset(e->own, 0, sizeof(e->own));
			if (st != ENF_OK)
				return st;
			sale->rules = r;
		}
		st = enf__auc_apply(sale, &ae, pfx);
		if (st != ENF_OK)
			return st;
	}
	return ENF_OK;
}

static enf_status enf__sale_build(enf_auction **out, const enf__sale_log *l,
				  const enf_auction_case_options *opts,
				  const char *fn)
{
	enf_auction_case_options def = ENF_AUCTION_CASE_OPTIONS_INIT;
	const enf_auction_case_options *o = opts != NULL ? opts : &def;
	enf_auction *sale = NULL;
	enf__sale_env e;
	enf_status st;

	*out = NULL;
	st = enf__env_open(&e, o, fn);
	if (st == ENF_OK)
		st = enf__sale_new(&sale, &e, l, o);
	enf__env_free(&e);
	if (sale == NULL)
		return st != ENF_OK ? st : ENF_ENOMEM;
	st = enf__sale_replay(sale, &e, l);
	if (st != ENF_OK) {
		enf_auction_free(sale);
		return st;
	}
	*out = sale;
	return ENF_OK;
}

enf_status enf_auction_from_case(enf_auction **out, const enf_case *c,
				 size_t asset,
				 const enf_auction_case_options *opts)
{
	enf__sale_log l;

	ENF__CHECK_NULL("auction_from_case", out);
	*out = NULL;
	ENF__CHECK_NULL("auction_from_case", c);
	if (asset >= c->nassets)
		return enf__fail(ENF_ERANGE,
				 "auction_from_case: asset is %zu; case %s has "
				 "%zu asset(s)",
				 asset, enf__case_name(c), c->nassets);
	l.c = c;
	l.asset = (int32_t)asset;
	l.extra = NULL;
	l.n = c->nevents;
	return enf__sale_build(out, &l, opts, "auction_from_case");
}

static enf_status enf__case_check_as(const enf_case *c, const enf_event *ev,
				     const enf_auction_case_options *opts,
				     const char *fn)
{
	enf__sale_log l;
	enf_auction *sale = NULL;
	enf_status st;

	ENF__CHECK_NULL(fn, c);
	ENF__CHECK_NULL(fn, ev);
	st = enf__case_check(c, ev);
	if (st != ENF_OK || !enf__is_sale_step(ev->kind))
		return st;
	l.c = c;
	l.asset = ev->asset;
	l.extra = ev;
	l.n = c->nevents;
	st = enf__sale_build(&sale, &l, opts, fn);
	enf_auction_free(sale);
	return st;
}

enf_status enf_auction_case_check(const enf_case *c, const enf_event *ev,
				  const enf_auction_case_options *opts)
{
	return enf__case_check_as(c, ev, opts, "auction_case_check");
}

enf_status enf_auction_case_apply(enf_case *c, const enf_event *ev,
				  const enf_auction_case_options *opts)
{
	enf_status st = enf__case_check_as(c, ev, opts, "auction_case_apply");

	return st != ENF_OK ? st : enf_case_apply(c, ev);
}
