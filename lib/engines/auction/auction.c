/*
 * A sale under an auction rule set (auction.h): the object, events applied
 * one at a time or as a batch, where it stands and its trail. The checks
 * of each event are in auction_event.c; the names of kinds and phases, the
 * lawful ranges and dates in auction_state.c.
 */
#include "auction_engine.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enf_status enf_auction_options_init(enf_auction_options *opts,
				    unsigned int version)
{
	enf_auction_options def = ENF_AUCTION_OPTIONS_INIT;

	ENF__CHECK_NULL("auction_options_init", opts);
	if (enf__check_version("auction_options_init", "version", version,
			       ENF_AUCTION_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*opts = def;
	opts->version = version;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* The object                                                              */

static enf_status enf__auc_check_opts(const enf_auction_options *o)
{
	static const char fn[] = "auction_new";
	const struct {
		const char *name;
		enf_money v;
	} amounts[] = {{"costs", o->costs},
		       {"debt", o->debt},
		       {"secured", o->secured},
		       {"prior", o->prior}};
	int ok = 0;

	if (enf__check_version(fn, "version", o->version,
			       ENF_AUCTION_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if (o->value <= 0)
		return enf__fail(ENF_EINVALID,
				 "%s: value is %" PRId64
				 "; the appraised value must be above 0",
				 fn, o->value);
	for (size_t i = 0; i < sizeof(amounts) / sizeof(amounts[0]); i++)
		if (enf__check_non_negative(fn, amounts[i].name,
					    amounts[i].v) != ENF_OK)
			return ENF_EINVALID;
	if (o->real_estate != 0 && o->real_estate != 1)
		return enf__fail(ENF_EINVALID,
				 "%s: real_estate is %d; it is 0 or 1", fn,
				 o->real_estate);
	if (o->state_budget != 0 && o->state_budget != 1)
		return enf__fail(ENF_EINVALID,
				 "%s: state_budget is %d; it is 0 or 1", fn,
				 o->state_budget);
	if (o->start == ENF_DATE_NONE)
		return ENF_OK;
	if (o->calendar == NULL)
		return enf__fail(ENF_EINVALID,
				 "%s: calendar is NULL; a start date "
				 "needs a working-day calendar",
				 fn);
	if (enf_calendar_is_working_day(&ok, o->calendar, o->start) != ENF_OK)
		return enf__fail(ENF_ERANGE,
				 "%s: start is %s; it is outside "
				 "the calendar's range",
				 fn, enf__date_shown(o->start).s);
	return ENF_OK;
}

enf_status enf_auction_new(enf_auction **out, const enf_auction_rules *rules,
			   const enf_auction_options *opts)
{
	const enf__round_rule *r1;
	enf_auction *a;
	enf_auction_step *s;

	ENF__CHECK_NULL("auction_new", out);
	*out = NULL;
	ENF__CHECK_NULL("auction_new", rules);
	ENF__CHECK_NULL("auction_new", opts);
	if (enf__auc_check_opts(opts) != ENF_OK)
		return enf_last_status();
	a = calloc(1, sizeof(*a));
	if (a == NULL || enf__reserve((void **)&a->steps, &a->cap, 8,
				      sizeof(*a->steps)) != 0) {
		free(a);
		return enf__fail(ENF_ENOMEM, "auction_new: out of memory");
	}
	a->rules = rules;
	a->opts = *opts;
	r1 = &rules->rounds[0];
	a->s.phase = ENF_PHASE_READY;
	a->s.round = 1;
	a->s.value = opts->value;
	if (enf__ratio_ceil(&a->s.price, opts->value, r1->dflt) != 0)
		a->s.price = opts->value; /* dflt <= 1: cannot happen */
	a->s.first = a->s.price;
	enf__auc_bid_deposit(a, &a->s);
	a->s.date = opts->start;
	a->s.due = opts->calendar != NULL ? opts->start : ENF_DATE_NONE;
	a->s.deadline = ENF_DATE_NONE;
	s = &a->steps[a->n++];
	memset(s, 0, sizeof(*s));
	s->round = 1;
	s->kind = ENF_AUCTION_STARTED;
	s->date = opts->start;
	s->price = a->s.price;
	s->lowest_bid = a->s.lowest_bid;
	s->amount = opts->value;
	s->phase = ENF_PHASE_READY;
	s->rule = r1->why.note[0] != '\0' ? r1->why.note
					  : "auction 1 at the first starting "
					    "price";
	s->source = r1->why.cite[0] != '\0' ? r1->why.cite : rules->source;
	*out = a;
	return ENF_OK;
}

void enf_auction_free(enf_auction *sale)
{
	if (sale == NULL)
		return;
	for (size_t i = 0;
	     i < sizeof(sale->own_rules) / sizeof(sale->own_rules[0]); i++)
		enf_auction_rules_free(sale->own_rules[i]);
	enf_calendar_free(sale->own_calendar);
	free(sale->steps);
	free(sale);
}

void enf__auc_restore(enf_auction *sale, size_t n, const enf__auc_state *s)
{
	sale->n = n;
	sale->s = *s;
}

/* ---------------------------------------------------------------------- */
/* Applying events                                                         */

/* Checks what every event must satisfy whatever the phase. */
static enf_status enf__auc_check_event(const enf_auction_event *ev,
				       const char *pfx)
{
	int k = (int)ev->kind;

	if (k < 0 || k > (int)ENF_AUCTION_STARTED)
		return enf__fail(ENF_EINVALID,
				 "%s: kind is %d; not a kind of event "
				 "(0 failed .. 10 reappraised)",
				 pfx, k);
	if (ev->kind == ENF_AUCTION_OFFERED || ev->kind == ENF_AUCTION_STARTED)
		return enf__fail(ENF_EINVALID,
				 "%s: kind is %s; that is a step the "
				 "library adds itself, not an event",
				 pfx, enf_auction_kind_name(ev->kind));
	if (ev->amount < 0)
		return enf__fail(ENF_EINVALID,
				 "%s: amount is %" PRId64
				 "; it must not be negative",
				 pfx, ev->amount);
	if (ev->date != ENF_DATE_NONE &&
	    (ev->date < ENF_DATE_MIN || ev->date > ENF_DATE_MAX))
		return enf__fail(ENF_ERANGE,
				 "%s: date is %s; outside "
				 "0001-01-01..9999-12-31",
				 pfx, enf__date_shown(ev->date).s);
	return ENF_OK;
}

enf_status enf__auc_apply(enf_auction *sale, const enf_auction_event *ev,
			  const char *pfx)
{
	enf__auc_state t;
	enf_auction_step steps[2];
	size_t n = 0;
	enf_status st;

	st = enf__auc_check_event(ev, pfx);
	if (st != ENF_OK)
		return st;
	if (enf__reserve((void **)&sale->steps, &sale->cap, sale->n + 2,
			 sizeof(*sale->steps)) != 0)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", pfx);
	t = sale->s;
	st = enf__auc_event(sale, &t, ev, steps, &n, pfx);
	if (st != ENF_OK)
		return st;
	memcpy(&sale->steps[sale->n], steps, n * sizeof(steps[0]));
	sale->n += n;
	sale->s = t;
	return ENF_OK;
}

enf_status enf_auction_apply(enf_auction *sale, const enf_auction_event *event)
{
	ENF__CHECK_NULL("auction_apply", sale);
	ENF__CHECK_NULL("auction_apply", event);
	return enf__auc_apply(sale, event, "auction_apply");
}

enf_status enf_auction_replay(enf_auction *sale,
			      const enf_auction_event *events, size_t n)
{
	enf__auc_state s0;
	size_t n0, i;
	char pfx[64];
	enf_status st;

	ENF__CHECK_NULL("auction_replay", sale);
	if (n > 0 && events == NULL)
		return enf__fail(ENF_EINVALID,
				 "auction_replay: events is NULL; n is %zu", n);
	s0 = sale->s;
	n0 = sale->n;
	/* Room for every step first, so only a rule can fail half-way. */
	if (n > (SIZE_MAX - sale->n) / 2 - 1 ||
	    enf__reserve((void **)&sale->steps, &sale->cap, sale->n + 2 * n,
			 sizeof(*sale->steps)) != 0)
		return enf__fail(ENF_ENOMEM, "auction_replay: out of memory");
	for (i = 0; i < n; i++) {
		(void)snprintf(pfx, sizeof(pfx), "auction_replay: events[%zu]",
			       i);
		st = enf__auc_apply(sale, &events[i], pfx);
		if (st != ENF_OK) {
			enf__auc_restore(sale, n0, &s0);
			return st;
		}
	}
	return ENF_OK;
}

enf_status enf_auction_state_get(enf_auction_state *out,
				 const enf_auction *sale)
{
	const enf__auc_state *s;
	enf_auction_state r;
	enf_money lo, hi;

	ENF__CHECK_NULL("auction_state_get", out);
	ENF__CHECK_NULL("auction_state_get", sale);
	s = &sale->s;
	memset(&r, 0, sizeof(r));
	r.phase = s->phase;
	r.round = s->round;
	r.cuts = s->cuts;
	r.value = s->value;
	r.price = s->price;
	r.lowest_bid = s->lowest_bid;
	r.deposit = s->deposit;
	r.proceeds = s->proceeds;
	r.offer_open = s->offer_open;
	r.at_floor = sale->rules->floor_costs == 2
			     ? s->price < sale->opts.costs
			     : s->price <= sale->opts.costs;
	r.below_secured = (enf__i128)s->price <=
			  (enf__i128)sale->opts.secured + sale->opts.costs;
	r.date = s->date;
	r.next_date = enf__auc_next_date(sale, s);
	if ((s->phase == ENF_PHASE_FAILED || s->phase == ENF_PHASE_OFFERED) &&
	    !enf__auc_at_end(sale, s) && !enf__auc_at_floor(sale, s) &&
	    enf__auc_range(&lo, &hi, sale->rules, s->round + 1, s->value,
			   s->first, s->price) == 0)
		r.next_min = lo;
	*out = r;
	return ENF_OK;
}

size_t enf_auction_count(const enf_auction *sale)
{
	return sale == NULL ? 0 : sale->n;
}

enf_status enf_auction_step_at(enf_auction_step *out, const enf_auction *sale,
			       size_t i)
{
	ENF__CHECK_NULL("auction_step_at", out);
	ENF__CHECK_NULL("auction_step_at", sale);
	if (i >= sale->n)
		return enf__fail(ENF_ERANGE,
				 "auction_step_at: i is %zu; the sale has %zu "
				 "steps",
				 i, sale->n);
	*out = sale->steps[i];
	return ENF_OK;
}
