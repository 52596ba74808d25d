/*
 * The open deadlines of a case on a date, from its event log, the working-
 * day calendar and the regime's durations (::enf_case_rules).
 *
 * Every period is counted by enf_calendar_period_end(), i.e. as Civil Code
 * 91/2015 Art 147-148 say: from the day after the event, and a last day
 * that is a day off moves to the next working day. The durations come from
 * the rules, never from this file; the texts below therefore name the step
 * and its source, not the number of days.
 */
#include "internal.h"
#include "case_internal.h"
#include "rules_table.h"

#include <stddef.h>
#include <string.h>

#define ENF__FN "case_deadlines"
/* One per kind at most; a state calls for two at most today. */
#define ENF__KINDS (ENF_DEADLINE_LIMITATION + 1)

/* What the deadlines need from the log besides the replayed state. */
typedef struct enf__facts {
	enf__replay rs;
	enf_date decided;  /* DECISION_ISSUED */
	enf_date notified; /* first DECISION_NOTIFIED */
	/* Last verification, and how many, since the case last had means. */
	enf_date last_verified;
	int32_t spell_verifications;
	/* The CLASSIFIED (without means) that began the current spell. */
	enf_date no_means_since;
	int32_t paused_days;  /* postponed (not by agreement) or suspended */
	enf_date pause_start; /* start of an open counted pause, or NONE */
} enf__facts;

/* The working set of one call. */
typedef struct enf__ctx {
	const enf_case *c;
	const enf_calendar *cal;
	const enf_case_rules *rules;
	const enf__facts *f;
	enf_date date; /* the as-of date */
	enf_deadline list[ENF__KINDS];
	size_t n;
} enf__ctx;

static const char *const enf__kind_names[ENF__KINDS] = {
	"decision",	  "voluntary_end", "verification",
	"reverification", "separate_book", "limitation",
};

static const char *const enf__rule_texts[ENF__KINDS] = {
	"issue the enforcement decision", "the debtor's voluntary period ends",
	"verify the debtor's means",	  "verify the debtor's means again",
	"move to the separate book",	  "last day to request enforcement",
};

/*
 * The sources of each kind under each regime, by enf_regime. The 2014 text
 * of Law 26/2008 with Decree 62/2015; the 2008 text where it differed (its
 * verification of Art 44, the return of the request of Art 51; Vs), with
 * the periods it left U marked so; the new law where Decree 152/2026 was
 * read (V) or the press reported the article (Vs), the periods of Law
 * 106/2025 that were not found marked U (the old ones are the defaults).
 */
static const char *const enf__sources[3][ENF__KINDS] = {
	[ENF_REGIME_VN2008] =
		{
			"Law 26/2008 Art 36(1)",
			"Law 26/2008 Art 45(1) (2008 text)",
			"Law 26/2008 Art 44(1)-(2) (2008 text)",
			"Law 26/2008 Art 44 (2008 text; interval U)",
			"Law 26/2008 Art 51 (2008 text; period U)",
			"Law 26/2008 Art 30",
		},
	[ENF_REGIME_VN2014] =
		{
			"Law 26/2008 Art 36(1)",
			"Law 26/2008 Art 45(1)",
			"Law 26/2008 Art 44(1)",
			"Law 26/2008 Art 44(2)",
			"Decree 62/2015 Art 9(5)",
			"Law 26/2008 Art 30",
		},
	[ENF_REGIME_VN2026] =
		{
			"Law 106/2025 (U; Law 26/2008 Art 36(1) kept)",
			"Law 106/2025 Art 36(1) (period U)",
			"Law 106/2025 Art 38 (period U)",
			"Law 106/2025 Art 38(3) (interval U)",
			"Decree 152/2026 Art 22(1)",
			"Law 106/2025 Art 34 (period U)",
		},
};

/* The return of the request instead of the separate book. */
static const char *const enf__return_sources[3] = {
	[ENF_REGIME_VN2008] = "Law 26/2008 Art 51 (2008 text; period U)",
	[ENF_REGIME_VN2014] = "Law 26/2008 Art 51 (2008 text; period U)",
	[ENF_REGIME_VN2026] =
		"Law 106/2025 Art 38(4); Decree 152/2026 Art 22(2)",
};

/* Re-raises the failure of a call made for us, prefixed with our name. */
static enf_status enf__wrap(enf_status st, const enf_case *c, const char *what)
{
	char inner[512];
	const char *msg = enf_last_error();
	size_t len = strlen(msg);

	if (len >= sizeof(inner))
		len = sizeof(inner) - 1;
	memcpy(inner, msg, len);
	inner[len] = '\0';
	if (c == NULL)
		return enf__fail(st, ENF__FN ": %s: %s", what, inner);
	return enf__fail(st, ENF__FN ": case %s, %s: %s", enf__case_name(c),
			 what, inner);
}

/* Art 30(2): postponement and suspension stop the limitation, except a
 * postponement the parties agreed to (Art 48(1)(c)). */
static int enf__pause_counts(const enf__replay *rs)
{
	return rs->state == ENF_STATE_SUSPENDED ||
	       (rs->state == ENF_STATE_POSTPONED &&
		rs->detail != ENF_POSTPONE_AGREEMENT);
}

static void enf__note_pause(enf__facts *f, enf_date day)
{
	int counts = enf__pause_counts(&f->rs);

	if (counts && f->pause_start == ENF_DATE_NONE) {
		f->pause_start = day;
	} else if (!counts && f->pause_start != ENF_DATE_NONE) {
		/* From the day after the pause began to the day it ended. */
		f->paused_days += day - f->pause_start;
		f->pause_start = ENF_DATE_NONE;
	}
}

/* Updates the facts after ev moved the replay on from state prev. */
static void enf__note(enf__facts *f, const enf__event *ev, enf_case_state prev)
{
	enf_case_state now = f->rs.state;

	if (ev->kind == ENF_EV_DECISION_ISSUED)
		f->decided = ev->date;
	/* Art 45(1) runs from the valid notice; later copies do not restart
	 * it. */
	if (ev->kind == ENF_EV_DECISION_NOTIFIED &&
	    f->notified == ENF_DATE_NONE)
		f->notified = ev->date;
	if (ev->kind == ENF_EV_VERIFIED) {
		f->last_verified = ev->date;
		f->spell_verifications++;
	}
	/*
	 * Means found (by verification or classification, not a return from
	 * a pause) end a spell without means: verifications before it no
	 * longer show the debtor "still" has none (Art 44(2), Decree 62 Art
	 * 9(5)), so they count neither for re-verification nor for the
	 * separate book.
	 */
	if (now == ENF_STATE_WITH_MEANS && prev != ENF_STATE_WITH_MEANS &&
	    ev->kind != ENF_EV_RESUMED) {
		f->last_verified = ENF_DATE_NONE;
		f->spell_verifications = 0;
	}
	/* Decree 62 Art 9(5) counts from the decision that the case has no
	 * means; a repeated one within the same spell does not restart it. */
	if (ev->kind == ENF_EV_CLASSIFIED && now == ENF_STATE_WITHOUT_MEANS &&
	    prev != ENF_STATE_WITHOUT_MEANS)
		f->no_means_since = ev->date;
	enf__note_pause(f, ev->date);
}

/* Replays the events dated on or before date, gathering the facts. */
static void enf__gather(enf__facts *f, const enf_case *c, enf_date date)
{
	memset(f, 0, sizeof(*f));
	/* The replay before any event: every event is dated >= DATE_MIN. */
	enf__replay_until(&f->rs, c, ENF_DATE_MIN - 1);
	f->decided = f->notified = f->last_verified = ENF_DATE_NONE;
	f->no_means_since = f->pause_start = ENF_DATE_NONE;
	for (size_t i = 0; i < c->nevents && c->events[i].date <= date; i++) {
		enf_case_state prev = f->rs.state;

		enf__replay_step(&f->rs, &c->events[i]);
		enf__note(f, &c->events[i], prev);
	}
	/* A pause still open is not added: the states with a limitation
	 * deadline (received, returned) are never reached inside one. */
}

/* Whether the case's request goes back to the creditor instead of to the
 * separate book (2008 text Art 51; Decree 152 Art 22(2)). */
static int enf__returns(const enf__ctx *x)
{
	return x->rules->returns_request && x->c->info.mode == ENF_MODE_REQUEST;
}

/* Appends a deadline with its rule text and source. */
static void enf__push(enf__ctx *x, enf_deadline_kind kind, enf_date from,
		      enf_date due)
{
	enf_deadline *d = &x->list[x->n++];

	d->kind = kind;
	d->due = due;
	d->from = from;
	d->rule = enf__rule_texts[kind];
	d->source = enf__sources[x->rules->regime][kind];
	if (kind == ENF_DEADLINE_SEPARATE_BOOK && enf__returns(x)) {
		d->rule = "return the request to the creditor";
		d->source = enf__return_sources[x->rules->regime];
	}
}

/* A deadline n units after from; *due (if not NULL) gets its last day. */
static enf_status enf__counted(enf__ctx *x, enf_deadline_kind kind,
			       enf_date from, int32_t n, enf_period_unit unit,
			       enf_date *due)
{
	enf_date end;
	enf_status st = enf_calendar_period_end(&end, x->cal, from, n, unit);

	if (st != ENF_OK)
		return enf__wrap(st, x->c, enf__kind_names[kind]);
	enf__push(x, kind, from, end);
	if (due != NULL)
		*due = end;
	return ENF_OK;
}

/*
 * Art 30(1): a request must be filed within limitation_years of the
 * judgment taking effect; only on-request cases have a limitation.
 */
static enf_status enf__limitation(enf__ctx *x)
{
	enf_date from = x->c->info.judgment_effective, nominal, due;
	int32_t paused = x->f->paused_days;
	enf_status st;

	if (x->c->info.mode != ENF_MODE_REQUEST || from == ENF_DATE_NONE)
		return ENF_OK;
	if (paused == 0)
		return enf__counted(x, ENF_DEADLINE_LIMITATION, from,
				    x->rules->limitation_years, ENF_UNIT_YEARS,
				    NULL);
	/*
	 * Art 30(2): the days postponed or suspended are not counted, so the
	 * nominal last day (Civil Code Art 148(1)) moves on by them, and only
	 * the day reached moves to a working day (Art 148(2)).
	 */
	st = enf_date_add_months(&nominal, from,
				 x->rules->limitation_years * 12);
	if (st == ENF_OK)
		st = enf_calendar_period_end(&due, x->cal, nominal, paused,
					     ENF_UNIT_DAYS);
	if (st != ENF_OK)
		return enf__wrap(st, x->c, "limitation");
	enf__push(x, ENF_DEADLINE_LIMITATION, from, due);
	return ENF_OK;
}

/* Art 36(1): the decision follows the request or judgment received. The
 * request itself met the limitation, so that deadline is not listed. */
static enf_status enf__received(enf__ctx *x)
{
	return enf__counted(x, ENF_DEADLINE_DECISION, x->f->rs.since,
			    x->rules->decision_working_days,
			    ENF_UNIT_WORKING_DAYS, NULL);
}

/*
 * The first verification. 2014 text Art 44(1): within verification_days of
 * the day the voluntary period ended, its last day as moved by Art 148(2).
 * 2008 text Art 44(1)-(2): an agency case within verification_days of its
 * decision; an on-request case within verification_days of the creditor's
 * request to verify, which the log does not record, so none is listed.
 */
static enf_status enf__verification(enf__ctx *x, enf_date voluntary_end)
{
	const enf__facts *f = x->f;
	enf_date from = voluntary_end;

	if (x->rules->verification_from_decision) {
		if (x->c->info.mode != ENF_MODE_AGENCY)
			return ENF_OK;
		from = f->decided != ENF_DATE_NONE ? f->decided : f->rs.since;
	}
	return enf__counted(x, ENF_DEADLINE_VERIFICATION, from,
			    x->rules->verification_days, ENF_UNIT_DAYS, NULL);
}

/* Art 45(1) voluntary period, then the first verification. */
static enf_status enf__voluntary(enf__ctx *x)
{
	const enf__facts *f = x->f;
	enf_date from = f->notified, end = ENF_DATE_NONE;
	enf_status st;

	/*
	 * Before a notice is logged the period is counted from the decision
	 * itself: the earliest day it can start (the notice follows within
	 * 3 working days, Art 39), so the deadline shows early rather than
	 * late, and it moves to the notice once that is logged.
	 */
	if (from == ENF_DATE_NONE)
		from = f->decided != ENF_DATE_NONE ? f->decided : f->rs.since;
	st = enf__counted(x, ENF_DEADLINE_VOLUNTARY_END, from,
			  x->rules->voluntary_days, ENF_UNIT_DAYS, &end);
	/* The voluntary period is the debtor's, not a task of the office:
	 * once it has run out it is no longer listed. */
	if (st == ENF_OK && end < x->date)
		x->n--;
	if (st != ENF_OK || f->rs.verifications > 0)
		return st;
	return enf__verification(x, end);
}

/*
 * Art 44(2) (as amended 2014): without means, verify again every
 * reverify_months (longer for a debtor in prison or with no known
 * address). Decree 62 Art 9(5) / Decree 152 Art 22: after
 * separate_book_months without means and enough verifications, the
 * separate book, or the request goes back (2008 text Art 51, Decree 152
 * Art 22(2)); the 2008 text had no separate book, so its agency cases have
 * no such deadline. Cases already in the separate book are verified on new
 * information only (Decree 62 Art 9(5)), so that state has no deadline.
 */
static enf_status enf__without_means(enf__ctx *x)
{
	const enf__facts *f = x->f;
	const enf_case_rules *r = x->rules;
	int special = (x->c->info.flags &
		       (ENF_CASE_PRISONER | ENF_CASE_UNKNOWN_ADDRESS)) != 0;
	enf_date since = f->no_means_since != ENF_DATE_NONE ? f->no_means_since
							    : f->rs.since;
	enf_date last =
		f->last_verified != ENF_DATE_NONE ? f->last_verified : since;
	enf_status st;

	st = enf__counted(x, ENF_DEADLINE_REVERIFICATION, last,
			  special ? r->reverify_months_special
				  : r->reverify_months,
			  ENF_UNIT_MONTHS, NULL);
	if (st != ENF_OK ||
	    f->spell_verifications < r->separate_book_verifications ||
	    (!r->separate_book && !enf__returns(x)))
		return st;
	return enf__counted(x, ENF_DEADLINE_SEPARATE_BOOK, since,
			    special ? r->separate_book_months_special
				    : r->separate_book_months,
			    ENF_UNIT_MONTHS, NULL);
}

/*
 * The deadlines of the state. Being enforced, postponed, suspended or in
 * the separate book sets no deadline counted from the log; closed cases
 * have none, except a returned request when the rules keep a limitation
 * after the return (limitation_after_return: the 2008 text's default, U);
 * under the new law a request filed again after its return is not subject
 * to the limitation (Law 106/2025 Art 34(2)), so it has none.
 */
static enf_status enf__collect(enf__ctx *x)
{
	switch (x->f->rs.state) {
	case ENF_STATE_RECEIVED: return enf__received(x);
	case ENF_STATE_VOLUNTARY: return enf__voluntary(x);
	case ENF_STATE_WITHOUT_MEANS: return enf__without_means(x);
	case ENF_STATE_RETURNED:
		return x->rules->limitation_after_return ? enf__limitation(x)
							 : ENF_OK;
	default: return ENF_OK;
	}
}

/* By due date, then kind: insertion sort of at most ENF__KINDS items. */
static void enf__sort(enf_deadline *d, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		enf_deadline key = d[i];
		size_t j = i;

		while (j > 0 &&
		       (d[j - 1].due > key.due || (d[j - 1].due == key.due &&
						   d[j - 1].kind > key.kind))) {
			d[j] = d[j - 1];
			j--;
		}
		d[j] = key;
	}
}

static enf_status enf__check_args(const enf_deadline *out, size_t cap,
				  const size_t *count, const enf_case *c,
				  const enf_calendar *cal, enf_date date)
{
	int working;
	enf_status st;

	ENF__CHECK_NULL(ENF__FN, count);
	ENF__CHECK_NULL(ENF__FN, c);
	ENF__CHECK_NULL(ENF__FN, cal);
	/* out may be NULL only to ask how many there are (cap 0). */
	if (out == NULL && cap > 0)
		return enf__fail(ENF_EINVALID,
				 ENF__FN ": out is NULL but cap is %zu", cap);
	if (!enf__date_in_range(date))
		return enf__range_fail(ENF__FN, "date", date);
	st = enf_calendar_is_working_day(&working, cal, date);
	if (st != ENF_OK)
		return enf__wrap(st, NULL, "date is outside the calendar");
	return ENF_OK;
}

enf_status enf__case_rules_use(enf_case_rules *out, const enf_case_rules *in,
			       enf_date date)
{
	enf_status st;

	/* Decree 152 Art 115: the regime in force on the date governs. */
	if (in == NULL)
		return enf_case_rules_for(out, enf__regime_of(date));
	st = enf_case_rules_check(in);
	if (st != ENF_OK)
		return st;
	if (in->version >= 2) {
		*out = *in;
		return ENF_OK;
	}
	/* A version 1 value ends before verification_from_decision: the
	 * later fields are the regime's own. */
	(void)enf_case_rules_for(out, in->regime);
	memcpy(out, in, offsetof(enf_case_rules, verification_from_decision));
	out->version = ENF_CASE_RULES_VERSION;
	return ENF_OK;
}

enf_status enf_case_deadlines(enf_deadline *out, size_t cap, size_t *count,
			      const enf_case *c, const enf_calendar *cal,
			      const enf_case_rules *rules, enf_date date)
{
	enf_case_rules own;
	enf__facts facts;
	enf__ctx x;
	enf_status st = enf__check_args(out, cap, count, c, cal, date);

	if (st != ENF_OK)
		return st;
	st = enf__case_rules_use(&own, rules, date);
	if (st != ENF_OK)
		return enf__wrap(st, NULL, "rules are not valid");
	enf__gather(&facts, c, date);
	memset(&x, 0, sizeof(x));
	x.c = c, x.cal = cal, x.rules = &own, x.f = &facts, x.date = date;
	st = enf__collect(&x);
	if (st != ENF_OK)
		return st;
	enf__sort(x.list, x.n);
	*count = x.n;
	if (x.n > cap)
		return enf__fail(ENF_EBUFSIZE,
				 ENF__FN ": cap is %zu; case %s has %zu "
					 "deadlines on %s",
				 cap, enf__case_name(c), x.n,
				 enf__date_shown(date).s);
	if (x.n > 0)
		memcpy(out, x.list, x.n * sizeof(*out));
	return ENF_OK;
}
