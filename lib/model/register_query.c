/*
 * Queries over a register: which cases a filter keeps, and the worklist of
 * deadlines due on a date.
 */
#include "internal.h"
#include "enforcement/correct.h"
#include "case_internal.h"
#include "register_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every meaningful bit of each mask of enf_filter. */
#define ENF__ALL_STATES	     ((1u << ENF_STATE_COUNT) - 1u)
#define ENF__ALL_MODES	     ((1u << (ENF_MODE_REQUEST + 1)) - 1u)
#define ENF__ALL_JUDGMENTS   ((1u << (ENF_JUDGMENT_BANKRUPTCY + 1)) - 1u)
#define ENF__ALL_OBLIGATIONS ((1u << (ENF_OBL_STOP_ACT + 1)) - 1u)
#define ENF__ALL_FLAGS                                                         \
	(ENF_CASE_CORRUPTION | ENF_CASE_PRISONER | ENF_CASE_UNKNOWN_ADDRESS |  \
	 ENF_CASE_DIFFICULT)
/* A case has at most one open deadline of each kind. */
#define ENF__DEADLINE_KINDS (ENF_DEADLINE_LIMITATION + 1)

enf_status enf_filter_init(enf_filter *f, unsigned int version)
{
	ENF__CHECK_NULL("filter_init", f);
	if (enf__check_version("filter_init", "version", version,
			       ENF_FILTER_VERSION) != ENF_OK)
		return ENF_EVERSION;
	memset(f, 0, sizeof(*f));
	f->version = version;
	f->office = NULL;
	f->date = ENF_DATE_NONE;
	return ENF_OK;
}

/* The version and the masks of a filter; with check_date, also the date a
 * states mask needs. fn names the caller in messages. */
static enf_status enf__check_filter(const char *fn, const enf_filter *f,
				    int check_date)
{
	const struct {
		const char *name;
		unsigned value, known;
	} masks[] = {
		{"states", f->states, ENF__ALL_STATES},
		{"modes", f->modes, ENF__ALL_MODES},
		{"judgment_kinds", f->judgment_kinds, ENF__ALL_JUDGMENTS},
		{"obligation_kinds", f->obligation_kinds, ENF__ALL_OBLIGATIONS},
		{"flags", f->flags, ENF__ALL_FLAGS},
	};

	if (enf__check_version(fn, "version", f->version, ENF_FILTER_VERSION) !=
	    ENF_OK)
		return ENF_EVERSION;
	for (size_t i = 0; i < sizeof(masks) / sizeof(masks[0]); i++)
		if ((masks[i].value & ~masks[i].known) != 0)
			return enf__fail(ENF_EINVALID,
					 "%s: %s is 0x%x; only bits of 0x%x "
					 "name something",
					 fn, masks[i].name, masks[i].value,
					 masks[i].known);
	if (check_date && f->states != 0 && !enf__date_in_range(f->date)) {
		if (f->date == ENF_DATE_NONE)
			return enf__fail(ENF_EINVALID,
					 "%s: date is missing (no date) but "
					 "states is "
					 "0x%x; a states filter needs the "
					 "as-of date",
					 fn, f->states);
		return enf__fail(ENF_EINVALID,
				 "%s: date is %s, not a date from 0001-01-01 "
				 "to 9999-12-31; a states filter needs the "
				 "as-of date",
				 fn, enf__date_shown(f->date).s);
	}
	return ENF_OK;
}

/* Whether a checked filter keeps a case; the cheap tests come first and
 * the state (a replay of the log) last. */
static int enf__keeps(const enf_case *c, const enf_filter *f)
{
	const enf_case_info *in = &c->info;

	if ((f->flags & ~in->flags) != 0)
		return 0;
	/* A case entered in error was never a case (correct.h). */
	if (c->history != NULL &&
	    enf_case_withdrawn_in_error(c) != ENF_DATE_NONE)
		return 0;
	if (f->modes != 0 && (f->modes & (1u << in->mode)) == 0)
		return 0;
	if (f->judgment_kinds != 0 &&
	    (f->judgment_kinds & (1u << in->judgment_kind)) == 0)
		return 0;
	if (f->office != NULL && strcmp(f->office, in->office) != 0)
		return 0;
	if (f->obligation_kinds != 0) {
		size_t i = 0;

		while (i < c->nobligations &&
		       (f->obligation_kinds & (1u << c->obligations[i].kind)) ==
			       0)
			i++;
		if (i == c->nobligations)
			return 0;
	}
	if (f->states != 0) {
		enf__replay rs;

		enf__replay_until(&rs, c, f->date);
		return (f->states & (1u << rs.state)) != 0;
	}
	return 1;
}

/* The filter that keeps everything. */
static const enf_filter enf__keep_all = {
	ENF_FILTER_VERSION, NULL, 0, 0, 0, 0, 0, ENF_DATE_NONE};

enf_status enf_register_filter(size_t *out, size_t cap, size_t *count,
			       const enf_register *reg, const enf_filter *f)
{
	size_t n = 0;

	ENF__CHECK_NULL("register_filter", count);
	ENF__CHECK_NULL("register_filter", reg);
	if (out == NULL && cap > 0)
		return enf__fail(ENF_EINVALID,
				 "register_filter: out is NULL but cap is %zu",
				 cap);
	if (f == NULL) {
		f = &enf__keep_all;
	} else {
		enf_status st = enf__check_filter("register_filter", f, 1);

		if (st != ENF_OK)
			return st;
	}
	if (cap >= reg->ncases) {
		/* Whatever the filter keeps fits: one pass, written as found.
		 */
		for (size_t i = 0; i < reg->ncases; i++)
			if (enf__keeps(reg->cases[i], f))
				out[n++] = i;
		*count = n;
		return ENF_OK;
	}
	/* It may not fit, and out stays untouched if it does not: count
	 * first, then write. */
	for (size_t i = 0; i < reg->ncases; i++)
		n += (size_t)enf__keeps(reg->cases[i], f);
	*count = n;
	if (n > cap)
		return enf__fail(
			ENF_EBUFSIZE,
			"register_filter: cap is %zu; the filter keeps "
			"%zu cases",
			cap, n);
	for (size_t i = 0, k = 0; k < n; i++)
		if (enf__keeps(reg->cases[i], f))
			out[k++] = i;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Worklist                                                                */

/* A growing array of work items. */
typedef struct enf__items {
	enf_worklist_item *items;
	size_t n, cap;
} enf__items;

static int enf__items_push(enf__items *v, size_t case_index,
			   const enf_deadline *d, int overdue)
{
	if (v->n == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 64;
		enf_worklist_item *grown;

		if (cap < v->cap || cap > SIZE_MAX / sizeof(*grown))
			return -1;
		grown = realloc(v->items, cap * sizeof(*grown));
		if (grown == NULL)
			return -1;
		v->items = grown, v->cap = cap;
	}
	v->items[v->n].case_index = case_index;
	v->items[v->n].deadline = *d;
	v->items[v->n].overdue = overdue;
	v->n++;
	return 0;
}

/* By due date, then case index, then kind. */
static int enf__item_cmp(const void *a, const void *b)
{
	const enf_worklist_item *x = a, *y = b;

	if (x->deadline.due != y->deadline.due)
		return x->deadline.due < y->deadline.due ? -1 : 1;
	if (x->case_index != y->case_index)
		return x->case_index < y->case_index ? -1 : 1;
	if (x->deadline.kind != y->deadline.kind)
		return x->deadline.kind < y->deadline.kind ? -1 : 1;
	return 0;
}

/* Fails with the status and message of a failed inner call, prefixed with
 * the function fn and the case when there is one. */
static enf_status enf__wrap_fail(const char *fn, enf_status st,
				 const enf_case *c)
{
	char why[512];

	(void)snprintf(why, sizeof(why), "%s", enf_last_error());
	if (c == NULL)
		return enf__fail(st, "%s: %s", fn, why);
	return enf__fail(st, "%s: case %s (office %s): %s", fn,
			 enf__case_name(c), c->info.office, why);
}

/* The dates of a worklist: states and open deadlines as of as_of, due up
 * to until; fn names the caller, and the dates' names are the caller's
 * parameters. */
typedef struct enf__window {
	const char *fn;
	enf_date as_of, until;
	const char *as_of_name, *until_name;
} enf__window;

/* Fails with the message of a failed check of the date named name. */
static enf_status enf__wrap_date_fail(const char *fn, const char *name,
				      enf_status st)
{
	char why[512];

	(void)snprintf(why, sizeof(why), "%s", enf_last_error());
	return enf__fail(st, "%s: %s: %s", fn, name, why);
}

/* Appends the deadlines of case i open on w->as_of and due on or before
 * w->until, those due before as_of marked overdue. */
static enf_status enf__collect(enf__items *v, const enf_register *reg, size_t i,
			       const enf_calendar *cal,
			       const enf_case_rules *rules,
			       const enf__window *w)
{
	const enf_case *c = reg->cases[i];
	enf_deadline dl[ENF__DEADLINE_KINDS];
	size_t nd = 0;
	enf_status st;

	st = enf_case_deadlines(dl, ENF__DEADLINE_KINDS, &nd, c, cal, rules,
				w->as_of);
	if (st == ENF_EBUFSIZE)
		/* Not the caller's buffer: case_deadlines broke its contract
		 * of one deadline per kind at most. */
		return enf__fail(ENF_ESTATE,
				 "%s: case %s (office %s) has %zu open "
				 "deadlines; at most %d were expected",
				 w->fn, enf__case_name(c), c->info.office, nd,
				 ENF__DEADLINE_KINDS);
	if (st != ENF_OK)
		return enf__wrap_fail(w->fn, st, c);
	for (size_t k = 0; k < nd; k++)
		if (dl[k].due <= w->until &&
		    enf__items_push(v, i, &dl[k], dl[k].due < w->as_of) != 0)
			return enf__fail(ENF_ENOMEM, "%s: out of memory",
					 w->fn);
	return ENF_OK;
}

/* The checks shared by both worklists; on success *keep is the filter to
 * apply (states as of w->as_of) and *own the rules of the date. */
static enf_status enf__worklist_check(
	enf_filter *keep, enf_case_rules *own, const void *out, size_t cap,
	const size_t *count, const enf_register *reg, const enf_filter *f,
	const enf_calendar *cal, const enf_case_rules *rules,
	const enf__window *w)
{
	enf_status st;
	int working;

	if (count == NULL || reg == NULL || cal == NULL)
		return enf__fail(ENF_EINVALID, "%s: %s is NULL", w->fn,
				 count == NULL ? "count"
				 : reg == NULL ? "reg"
					       : "cal");
	if (out == NULL && cap > 0)
		return enf__fail(ENF_EINVALID, "%s: out is NULL but cap is %zu",
				 w->fn, cap);
	/* The date and the rules are checked here too, so that they fail
	 * the same way whether or not a case is kept. */
	if ((st = enf_calendar_is_working_day(&working, cal, w->as_of)) !=
	    ENF_OK)
		return enf__wrap_date_fail(w->fn, w->as_of_name, st);
	if ((st = enf_calendar_is_working_day(&working, cal, w->until)) !=
	    ENF_OK)
		return enf__wrap_date_fail(w->fn, w->until_name, st);
	/* The rules of the date are read from the catalogue once, not for
	 * every case (Decree 152 Art 115: the regime of the date governs). */
	if ((st = enf__case_rules_use(own, rules, w->as_of)) != ENF_OK)
		return enf__wrap_fail(w->fn, st, NULL);
	*keep = enf__keep_all;
	if (f != NULL) {
		st = enf__check_filter(w->fn, f, 0);
		if (st != ENF_OK)
			return st;
		*keep = *f;
	}
	keep->date = w->as_of;
	return ENF_OK;
}

/* The items of the kept cases, sorted, in a new array (*v). */
static enf_status enf__worklist_items(enf__items *v, const enf_register *reg,
				      const enf_filter *keep,
				      const enf_calendar *cal,
				      const enf_case_rules *rules,
				      const enf__window *w)
{
	for (size_t i = 0; i < reg->ncases; i++) {
		enf_status st;

		if (!enf__keeps(reg->cases[i], keep))
			continue;
		st = enf__collect(v, reg, i, cal, rules, w);
		if (st != ENF_OK) {
			free(v->items);
			v->items = NULL;
			return st;
		}
	}
	if (v->n > 0)
		qsort(v->items, v->n, sizeof(*v->items), enf__item_cmp);
	return ENF_OK;
}

/* *count, and ENF_EBUFSIZE (items freed) when they do not fit in cap. */
static enf_status enf__worklist_fits(enf__items *v, size_t cap, size_t *count,
				     const char *fn)
{
	*count = v->n;
	if (v->n <= cap)
		return ENF_OK;
	free(v->items);
	v->items = NULL;
	(void)enf__fail(ENF_EBUFSIZE,
			"%s: cap is %zu; the worklist has %zu items", fn, cap,
			v->n);
	return ENF_EBUFSIZE;
}

enf_status enf_register_worklist(enf_work_item *out, size_t cap, size_t *count,
				 const enf_register *reg, const enf_filter *f,
				 const enf_calendar *cal,
				 const enf_case_rules *rules, enf_date date)
{
	const enf__window w = {"register_worklist", date, date, "date", "date"};
	enf_filter keep = enf__keep_all;
	enf_case_rules own;
	enf__items v = {NULL, 0, 0};
	enf_status st;

	memset(&own, 0, sizeof(own));

	if (!enf__date_in_range(date))
		return enf__range_fail(w.fn, "date", date);
	st = enf__worklist_check(&keep, &own, out, cap, count, reg, f, cal,
				 rules, &w);
	if (st == ENF_OK)
		st = enf__worklist_items(&v, reg, &keep, cal, &own, &w);
	if (st == ENF_OK)
		st = enf__worklist_fits(&v, cap, count, w.fn);
	if (st != ENF_OK)
		return st;
	for (size_t i = 0; out != NULL && i < v.n; i++) {
		out[i].case_index = v.items[i].case_index;
		out[i].deadline = v.items[i].deadline;
	}
	free(v.items);
	return ENF_OK;
}

enf_status enf_register_worklist_window(enf_worklist_item *out, size_t cap,
					size_t *count, const enf_register *reg,
					const enf_filter *f,
					const enf_calendar *cal,
					const enf_case_rules *rules,
					enf_date as_of, enf_date until)
{
	const enf__window w = {"register_worklist_window", as_of, until,
			       "as_of", "until"};
	enf_filter keep = enf__keep_all;
	enf_case_rules own;
	enf__items v = {NULL, 0, 0};
	enf_status st;

	memset(&own, 0, sizeof(own));

	if (!enf__date_in_range(as_of))
		return enf__range_fail(w.fn, "as_of", as_of);
	if (!enf__date_in_range(until))
		return enf__range_fail(w.fn, "until", until);
	if (until < as_of) {
		char a[16], u[16];

		return enf__fail(ENF_EINVALID,
				 "%s: until (%s) is before as_of (%s)", w.fn,
				 enf__date_text(u, sizeof(u), until),
				 enf__date_text(a, sizeof(a), as_of));
	}
	st = enf__worklist_check(&keep, &own, out, cap, count, reg, f, cal,
				 rules, &w);
	if (st == ENF_OK)
		st = enf__worklist_items(&v, reg, &keep, cal, &own, &w);
	if (st == ENF_OK)
		st = enf__worklist_fits(&v, cap, count, w.fn);
	if (st != ENF_OK)
		return st;
	if (out != NULL && v.n > 0)
		memcpy(out, v.items, v.n * sizeof(*v.items));
	free(v.items);
	return ENF_OK;
}
