/*
 * Appending events under the transition table, and as-of queries.
 */
#include "internal.h"
#include "case_internal.h"
#include "rules_table.h"

#include <stdlib.h>
#include <string.h>

static enf_status enf__event_fail(const enf_case *c, const enf_event *ev,
				  const char *why)
{
	char day[16] = "";

	(void)enf_date_format(day, sizeof(day), ev->date, ENF_LOCALE_EN);
	return enf__fail(ENF_EINVALID,
			 "case_apply: case %s (office %s), %s on "
			 "%s: %s",
			 enf__case_name(c), c->info.office,
			 enf_event_kind_name(ev->kind), day, why);
}

/* The sum of the reductions (ENF_EV_OBLIGATION_REDUCED) of c dated on or
 * before date. */
static enf_money enf__reduced_until(const enf_case *c, enf_date date)
{
	enf_money sum = 0;

	for (size_t i = 0; i < c->nevents && c->events[i].date <= date; i++)
		if (c->events[i].kind == ENF_EV_OBLIGATION_REDUCED)
			sum += c->events[i].amount;
	return sum;
}

/* The money obligations of c to the state budget, which alone a court may
 * reduce (Law 26/2008 Art 61): fines, court fees, unlawful gains, and any
 * sum whose creditor is the state budget. */
static enf_money enf__budget_owed(const enf_case *c)
{
	enf_money sum = 0;

	for (size_t i = 0; i < c->nobligations; i++) {
		const enf_obligation *o = &c->obligations[i];
		int32_t k = o->creditor;

		if (o->kind == ENF_OBL_FINE || o->kind == ENF_OBL_COURT_FEE ||
		    o->kind == ENF_OBL_UNLAWFUL_GAIN ||
		    (k >= 0 && (size_t)k < c->nparties &&
		     c->parties[k].kind == ENF_PARTY_STATE_BUDGET))
			sum += o->amount;
	}
	return sum;
}

/* A reduction: above 0, within the state-budget obligations not reduced
 * yet and within what the case still owes (the sums of a case cannot
 * overflow: each is at most its owed amount). */
static enf_status enf__check_reduction(const enf_case *c, const enf__replay *rs,
				       const enf_event *ev)
{
	enf_money reduced = enf__reduced_until(c, ENF_DATE_MAX);

	if (ev->amount <= 0)
		return enf__event_fail(c, ev, "amount must be above 0");
	if (ev->amount > enf__budget_owed(c) - reduced)
		return enf__event_fail(c, ev,
				       "amount is more than the obligations to "
				       "the state budget not yet reduced (only "
				       "those can be reduced, Law 26/2008 Art "
				       "61)");
	if (ev->amount > c->owed - reduced - rs->collected)
		return enf__event_fail(
			c, ev,
			"amount is more than the case still "
			"owes (owed less collected and reduced)");
	return ENF_OK;
}

/* Amount rules of each event kind. */
static enf_status enf__check_amount(const enf_case *c, const enf__replay *rs,
				    const enf_event *ev)
{
	enf_money sum;

	switch (ev->kind) {
	case ENF_EV_OBLIGATION_REDUCED: return enf__check_reduction(c, rs, ev);
	case ENF_EV_COLLECTED:
		if (ev->amount <= 0)
			return enf__event_fail(c, ev, "amount must be above 0");
		if (__builtin_add_overflow(rs->collected, ev->amount, &sum))
			return enf__event_fail(c, ev,
					       "total collected "
					       "overflows 64 bits");
		return ENF_OK;
	case ENF_EV_PAID_OUT:
		if (ev->amount <= 0)
			return enf__event_fail(c, ev, "amount must be above 0");
		if (ev->amount > rs->collected - rs->paid)
			return enf__event_fail(c, ev,
					       "amount is more than "
					       "collected and not yet "
					       "paid out");
		return ENF_OK;
	case ENF_EV_ASSET_APPRAISED:
		return ev->amount > 0 ? ENF_OK
				      : enf__event_fail(c, ev,
							"an appraised "
							"value must be "
							"above 0");
	case ENF_EV_ASSET_AUCTIONED:
	case ENF_EV_ASSET_RETURNED:
		return ev->amount >= 0 ? ENF_OK
				       : enf__event_fail(c, ev,
							 "amount must "
							 "not be "
							 "negative");
	case ENF_EV_AUCTION_FAILED:
	case ENF_EV_PRICE_CUT:
	case ENF_EV_ASSET_SOLD:
	case ENF_EV_ASSET_REDEEMED:
		return ev->amount > 0 ? ENF_OK
				      : enf__event_fail(c, ev,
							"amount must be "
							"above 0");
	default:
		return ev->amount == 0 ? ENF_OK
				       : enf__event_fail(c, ev,
							 "this event "
							 "carries no "
							 "amount");
	}
}

/* Asset reference and order: seized, then appraised, then auctioned
 * (case_sale.c). */
static enf_status enf__check_asset(const enf_case *c, const enf_event *ev)
{
	const char *why;

	if (!enf__is_sale_event(ev->kind))
		return ev->asset == ENF_INDEX_NONE
			       ? ENF_OK
			       : enf__event_fail(c, ev,
						 "asset must be -1 for "
						 "an event about no "
						 "asset");
	if (ev->asset < 0 || (size_t)ev->asset >= c->nassets)
		return enf__event_fail(c, ev,
				       "asset is not an asset of the "
				       "case");
	why = enf__sale_refusal(c, ev);
	return why == NULL ? ENF_OK : enf__event_fail(c, ev, why);
}

/* The grounds of postponement as the law names them, for messages. */
static const char *const enf__ground_names[] = {
	"Art 48(1)(a)", "Art 48(1)(b)", "Art 48(1)(c)",
	"Art 48(1)(d)", "Art 48(1)(đ)", "Art 48(1)(e)",
	"Art 48(1)(g)", "Art 48(1)(h)", "Art 48(2)",
};
_Static_assert(sizeof(enf__ground_names) / sizeof(enf__ground_names[0]) ==
		       ENF_POSTPONE_PROTEST + 1,
	       "one name per ground of postponement");

/* Whether a postponed case's ground allows ev (enf__transition). */
static int enf__ground_ok(const enf__transition *t, const enf__replay *rs)
{
	return rs->state != ENF_STATE_POSTPONED || t->postponed_on == 0 ||
	       (t->postponed_on & (1u << rs->detail)) != 0;
}

/* Whether the transition table allows ev in the state rs. */
static enf_status enf__check_transition(const enf_case *c,
					const enf__replay *rs,
					const enf_event *ev)
{
	const enf__transition *t = &enf__table[ev->kind];
	enf_regime reg = enf__regime_of(ev->date);
	char day[16] = "";

	/* The usual case first: formatting the date for a message that is
	 * not written showed in profiles of a CSV import. */
	if ((t->from[c->info.mode] & (1u << rs->state)) != 0 &&
	    (t->regimes & RM(reg, c->info.mode)) != 0 && enf__ground_ok(t, rs))
		return ENF_OK;
	(void)enf_date_format(day, sizeof(day), ev->date, ENF_LOCALE_EN);
	if ((t->from[c->info.mode] & (1u << rs->state)) != 0 &&
	    !enf__ground_ok(t, rs))
		return enf__fail(ENF_ESTATE,
				 "case_apply: case %s (office %s) is postponed "
				 "under %s on %s; event %s is not allowed on "
				 "that ground: resume the case first (%s)",
				 enf__case_name(c), c->info.office,
				 enf__ground_names[rs->detail], day,
				 enf_event_kind_name(ev->kind), t->source);
	if ((t->from[c->info.mode] & (1u << rs->state)) == 0)
		return enf__fail(ENF_ESTATE,
				 "case_apply: case %s (office %s) is %s on %s; "
				 "event %s is not allowed in that state%s (%s)",
				 enf__case_name(c), c->info.office,
				 enf_case_state_name(rs->state), day,
				 enf_event_kind_name(ev->kind),
				 (t->from[!c->info.mode] & (1u << rs->state))
					 ? (c->info.mode == ENF_MODE_REQUEST
						    ? " for a case on request"
						    : " for a case on the "
						      "agency's initiative")
					 : "",
				 t->source);
	if ((t->regimes & RM(reg, c->info.mode)) == 0)
		return enf__fail(ENF_ESTATE,
				 "case_apply: case %s (office %s) is %s on %s; "
				 "event %s is not allowed under %s for a case "
				 "%s (%s)",
				 enf__case_name(c), c->info.office,
				 enf_case_state_name(rs->state), day,
				 enf_event_kind_name(ev->kind),
				 enf_regime_name(reg),
				 c->info.mode == ENF_MODE_REQUEST
					 ? "on request"
					 : "on the agency's initiative",
				 t->source);
	return ENF_OK;
}

/* A case is put to a programme once: a second assignment to the same
 * number is refused. */
static enf_status enf__check_programme(const enf_case *c, const enf_event *ev)
{
	if (ev->kind != ENF_EV_PROGRAMME_ASSIGNED)
		return ENF_OK;
	for (size_t i = 0; i < c->nevents; i++)
		if (c->events[i].kind == ENF_EV_PROGRAMME_ASSIGNED &&
		    c->events[i].detail == ev->detail)
			return enf__event_fail(c, ev,
					       "the case is already put to "
					       "that programme");
	return ENF_OK;
}

static enf_status enf__check_event(const enf_case *c, const enf__replay *rs,
				   const enf_event *ev)
{
	enf_status st;

	if ((unsigned)ev->kind >= ENF_EV_COUNT)
		return enf__fail(ENF_EINVALID,
				 "case_apply: kind is %d; not an event "
				 "kind",
				 (int)ev->kind);
	if (!enf__date_in_range(ev->date))
		return enf__range_fail("case_apply", "date", ev->date);
	if (rs->count > 0 && ev->date < rs->last_date)
		return enf__event_fail(c, ev,
				       "the date is before the last "
				       "event's; the log is in date "
				       "order");
	st = enf__check_transition(c, rs, ev);
	if (st != ENF_OK)
		return st;
	if (ev->detail < 0 || ev->detail > enf__table[ev->kind].max_detail)
		return enf__event_fail(c, ev,
				       "detail is out of range for "
				       "this event");
	st = enf__check_amount(c, rs, ev);
	if (st == ENF_OK)
		st = enf__check_programme(c, ev);
	return st != ENF_OK ? st : enf__check_asset(c, ev);
}

enf_status enf__case_apply_after(enf_case *c, enf__replay *rs,
				 const enf_event *ev, const enf__case_mem *mem)
{
	enf_status st = enf__check_event(c, rs, ev);

	if (st != ENF_OK)
		return st;
	if (c->history != NULL && enf__history_reserve(c) != 0)
		return enf__fail(ENF_ENOMEM, "case_apply: out of memory");
	/* A log starts with room for 16 events, a case's usual lot (three
	 * reallocations fewer for each case of an import, which packs it to
	 * size afterwards). */
	if (c->events == NULL) {
		c->events = enf__case_alloc(mem, 16 * sizeof(*c->events));
		if (c->events == NULL)
			return enf__fail(ENF_ENOMEM,
					 "case_apply: out of memory");
		c->cap_events = 16;
	} else if (c->nevents >= c->cap_events && /* 0 in a packed case */
		   enf__case_grow(c, mem, (void **)&c->events, &c->cap_events,
				  c->nevents, sizeof(*c->events)) != 0) {
		return enf__fail(ENF_ENOMEM, "case_apply: out of memory");
	}
	c->events[c->nevents++] = enf__event_put(ev);
	if (c->history != NULL)
		enf__history_push(c);
	enf__replay_step(rs, &c->events[c->nevents - 1]);
	return ENF_OK;
}

enf_status enf__case_check(const enf_case *c, const enf_event *ev)
{
	enf__replay rs;

	ENF__CHECK_NULL("case_apply", c);
	ENF__CHECK_NULL("case_apply", ev);
	if (enf__case_open_for_writes("case_apply", c) != ENF_OK)
		return ENF_ESTATE;
	enf__replay_until(&rs, c, ENF_DATE_MAX);
	return enf__check_event(c, &rs, ev);
}

enf_status enf_case_apply(enf_case *c, const enf_event *ev)
{
	enf__replay rs;

	ENF__CHECK_NULL("case_apply", c);
	ENF__CHECK_NULL("case_apply", ev);
	if (enf__case_shared(c))
		return enf__case_refuse_shared("case_apply", c);
	if (enf__case_open_for_writes("case_apply", c) != ENF_OK)
		return ENF_ESTATE;
	enf__replay_until(&rs, c, ENF_DATE_MAX);
	return enf__case_apply_after(c, &rs, ev, NULL);
}

int enf__state_counts_done(enf_case_state state)
{
	return state == ENF_STATE_DONE || state == ENF_STATE_TERMINATED;
}

/* The states that count as "with means" in the statistics. */
static int enf__counts_with_means(const enf__replay *rs)
{
	switch (rs->state) {
	case ENF_STATE_VOLUNTARY:
	case ENF_STATE_WITH_MEANS:
	case ENF_STATE_DONE:
	case ENF_STATE_TERMINATED: return 1;
	case ENF_STATE_POSTPONED: return rs->detail == ENF_POSTPONE_AGREEMENT;
	default: return 0;
	}
}

enf_status enf_case_status_on(enf_case_status *out, const enf_case *c,
			      enf_date date)
{
	enf__replay rs;
	enf_money reduced;

	ENF__CHECK_NULL("case_status_on", out);
	ENF__CHECK_NULL("case_status_on", c);
	if (!enf__date_in_range(date))
		return enf__range_fail("case_status_on", "date", date);
	enf__replay_until(&rs, c, date);
	memset(out, 0, sizeof(*out));
	out->state = rs.state;
	out->since = rs.count ? rs.since : ENF_DATE_NONE;
	out->detail = rs.detail;
	out->owed = c->owed;
	out->collected = rs.collected;
	out->paid = rs.paid;
	reduced = enf__reduced_until(c, date);
	out->outstanding = c->owed - reduced > rs.collected
				   ? c->owed - reduced - rs.collected
				   : 0;
	out->verifications = rs.verifications;
	out->regime = enf__regime_of(date);
	out->counts_with_means = enf__counts_with_means(&rs);
	return ENF_OK;
}
