/*
 * Queries over a register: which cases a filter keeps, and the worklist of
 * deadlines due on a date.
 */
#include "internal.h"
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
	enf_work_item *items;
	size_t n, cap;
} enf__items;

static int enf__items_push(enf__items *v, size_t case_index,
			   const enf_deadline *d)
{
	if (v->n == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 64;
		enf_work_item *grown;

		if (cap < v->cap || cap > SIZE_MAX / sizeof(*grown))
			return -1;
		grown = realloc(v->items, cap * sizeof(*grown));
		if (grown == NULL)
			return -1;
		v->items = grown, v->cap = cap;
	}
	v->items[v->n].case_index = case_index;
	v->items[v->n].deadline = *d;
	v->n++;
	return 0;
}

/* By due date, then case index, then kind. */
static int enf__item_cmp(const void *a, const void *b)
{
	const enf_work_item *x = a, *y = b;

	if (x->deadline.due != y->deadline.due)
		return x->deadline.due < y->deadline.due ? -1 : 1;
	if (x->case_index != y->case_index)
		return x->case_index < y->case_index ? -1 : 1;
	if (x->deadline.kind != y->deadline.kind)
		return x->deadline.kind < y->deadline.kind ? -1 : 1;
	return 0;
}

/* Fails with the status and message of a failed inner call, prefixed with
 * the worklist and the case when there is one. */
static enf_status enf__wrap_fail(enf_status st, const enf_case *c)
{
	char why[512];

	(void)snprintf(why, sizeof(why), "%s", enf_last_error());
	if (c == NULL)
		return enf__fail(st, "register_worklist: %s", why);
	return enf__fail(st, "register_worklist: case %s (office %s): %s",
			 enf__case_name(c), c->info.office, why);
}

/* Appends the deadlines of case i due on or before date. */
static enf_status enf__collect(enf__items *v, const enf_register *reg, size_t i,
			       const enf_calendar *cal,
			       const enf_case_rules *rules, enf_date date)
{
	const enf_case *c = reg->cases[i];
	enf_deadline dl[ENF__DEADLINE_KINDS];
	size_t nd = 0;
	enf_status st;

	st = enf_case_deadlines(dl, ENF__DEADLINE_KINDS, &nd, c, cal, rules,
				date);
	if (st == ENF_EBUFSIZE)
		/* Not the caller's buffer: case_deadlines broke its contract
		 * of one deadline per kind at most. */
		return enf__fail(ENF_ESTATE,
				 "register_worklist: case %s (office %s) has "
				 "%zu open deadlines; at most %d were expected",
				 enf__case_name(c), c->info.office, nd,
				 ENF__DEADLINE_KINDS);
	if (st != ENF_OK)
		return enf__wrap_fail(st, c);
	for (size_t k = 0; k < nd; k++)
		if (dl[k].due <= date && enf__items_push(v, i, &dl[k]) != 0)
			return enf__fail(ENF_ENOMEM,
					 "register_worklist: out of memory");
	return ENF_OK;
}

enf_status enf_register_worklist(enf_work_item *out, size_t cap, size_t *count,
				 const enf_register *reg, const enf_filter *f,
				 const enf_calendar *cal,
				 const enf_case_rules *rules, enf_date date)
{
	enf_filter keep = enf__keep_all;
	enf_case_rules own;
	enf__items v = {NULL, 0, 0};
	enf_status st;
	int working;

	ENF__CHECK_NULL("register_worklist", count);
	ENF__CHECK_NULL("register_worklist", reg);
	ENF__CHECK_NULL("register_worklist", cal);
	if (out == NULL && cap > 0)
		return enf__fail(ENF_EINVALID,
				 "register_worklist: out is NULL but cap is "
				 "%zu",
				 cap);
	if (!enf__date_in_range(date))
		return enf__range_fail("register_worklist", "date", date);
	/* The date and the rules are checked here too, so that they fail
	 * the same way whether or not a case is kept. */
	if ((st = enf_calendar_is_working_day(&working, cal, date)) != ENF_OK)
		return enf__wrap_fail(st, NULL);
	/* The rules of the date are read from the catalogue once, not for
	 * every case (Decree 152 Art 115: the regime of the date governs). */
	if ((st = enf__case_rules_use(&own, rules, date)) != ENF_OK)
		return enf__wrap_fail(st, NULL);
	rules = &own;
	if (f != NULL) {
		st = enf__check_filter("register_worklist", f, 0);
		if (st != ENF_OK)
			return st;
		keep = *f;
	}
	keep.date = date;
	for (size_t i = 0; i < reg->ncases; i++) {
		if (!enf__keeps(reg->cases[i], &keep))
			continue;
		st = enf__collect(&v, reg, i, cal, rules, date);
		if (st != ENF_OK) {
			free(v.items);
			return st;
		}
	}
	*count = v.n;
	if (v.n > cap) {
		free(v.items);
		return enf__fail(ENF_EBUFSIZE,
				 "register_worklist: cap is %zu; the worklist "
				 "has %zu items",
				 cap, v.n);
	}
	if (v.n > 0) {
		qsort(v.items, v.n, sizeof(*v.items), enf__item_cmp);
		memcpy(out, v.items, v.n * sizeof(*v.items));
	}
	free(v.items);
	return ENF_OK;
}
