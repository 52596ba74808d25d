/*
 * The review list (review.h): the cases of a register in a scope that meet
 * criteria of age, money and flags, ranked by money outstanding or age.
 */
#include "internal.h"
#include "enforcement/correct.h"
#include "case_internal.h"
#include "register_internal.h"
#include "enforcement/review.h"

#include <stdlib.h>
#include <string.h>

#define ENF__ALL_STATES ((1u << ENF_STATE_COUNT) - 1u)
#define ENF__ALL_MODES	((1u << (ENF_MODE_REQUEST + 1)) - 1u)
#define ENF__ALL_FLAGS                                                         \
	(ENF_CASE_CORRUPTION | ENF_CASE_PRISONER | ENF_CASE_UNKNOWN_ADDRESS |  \
	 ENF_CASE_DIFFICULT)

enf_status enf_review_options_init(enf_review_options *opts,
				   unsigned int version)
{
	static const enf_review_options init = ENF_REVIEW_OPTIONS_INIT;

	ENF__CHECK_NULL("review_options_init", opts);
	if (enf__check_version("review_options_init", "version", version,
			       ENF_REVIEW_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*opts = init;
	opts->version = version;
	return ENF_OK;
}

/* A date for a message. */
typedef struct enf__rday {
	char s[16];
} enf__rday;

static enf__rday enf__rday_of(enf_date d)
{
	enf__rday r = {""};

	(void)enf__date_text(r.s, sizeof(r.s), d);
	return r;
}

static enf_status enf__check_masks(const char *fn, const enf_review_options *o)
{
	const struct {
		const char *name;
		unsigned value, known;
	} masks[] = {
		{"modes", o->modes, ENF__ALL_MODES},
		{"states", o->states, ENF__ALL_STATES},
		{"flags", o->flags, ENF__ALL_FLAGS},
	};

	for (size_t i = 0; i < sizeof(masks) / sizeof(masks[0]); i++)
		if ((masks[i].value & ~masks[i].known) != 0)
			return enf__fail(ENF_EINVALID,
					 "%s: %s is 0x%x; only bits of "
					 "0x%x name something",
					 fn, masks[i].name, masks[i].value,
					 masks[i].known);
	return ENF_OK;
}

/* Checks the options; fn names the caller. */
static enf_status enf__check_review(const char *fn, const enf_review_options *o)
{
	if (enf__check_version(fn, "version", o->version,
			       ENF_REVIEW_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if (o->date == ENF_DATE_NONE)
		return enf__fail(ENF_EINVALID,
				 "%s: date is none; a review list needs "
				 "its as-of date",
				 fn);
	if (!enf__date_in_range(o->date))
		return enf__range_fail(fn, "date", o->date);
	if (o->since_before != ENF_DATE_NONE) {
		if (!enf__date_in_range(o->since_before))
			return enf__range_fail(fn, "since_before",
					       o->since_before);
		if (o->since_before > o->date)
			return enf__fail(ENF_EINVALID,
					 "%s: since_before is %s, after "
					 "date %s",
					 fn, enf__rday_of(o->since_before).s,
					 enf__rday_of(o->date).s);
	}
	if (o->min_outstanding < 0)
		return enf__fail(ENF_EINVALID,
				 "%s: min_outstanding is %lld; an "
				 "amount is never negative",
				 fn, (long long)o->min_outstanding);
	if (o->match_any != 0 && o->match_any != 1)
		return enf__fail(ENF_EINVALID,
				 "%s: match_any is %d; it is 0 or 1", fn,
				 o->match_any);
	if (o->order != ENF_REVIEW_BY_OUTSTANDING &&
	    o->order != ENF_REVIEW_BY_AGE)
		return enf__fail(ENF_EINVALID, "%s: order is %d; not a ranking",
				 fn, (int)o->order);
	return enf__check_masks(fn, o);
}

/* Whether case c lies in the scope and meets the criteria; fills *it. */
static int enf__review_keeps(enf_review_item *it, const enf_case *c, size_t i,
			     const enf_review_options *o)
{
	enf_case_status st;
	unsigned asked = 0, met = 0;

	if (o->office != NULL && strcmp(o->office, c->info.office) != 0)
		return 0;
	if (enf_case_withdrawn_in_error(c) != ENF_DATE_NONE)
		return 0; /* never a case (correct.h) */
	if (o->modes != 0 && (o->modes & (1u << c->info.mode)) == 0)
		return 0;
	(void)enf_case_status_on(&st, c, o->date); /* arguments checked */
	if (o->states != 0
		    ? (o->states & (1u << st.state)) == 0
		    : !st.counts_with_means || enf__state_counts_done(st.state))
		return 0;
	if (o->since_before != ENF_DATE_NONE) {
		asked |= ENF_REVIEW_AGE;
		met |= st.since != ENF_DATE_NONE && st.since < o->since_before
			       ? ENF_REVIEW_AGE
			       : 0;
	}
	if (o->min_outstanding > 0) {
		asked |= ENF_REVIEW_MONEY;
		met |= st.outstanding >= o->min_outstanding ? ENF_REVIEW_MONEY
							    : 0;
	}
	if (o->flags != 0) {
		asked |= ENF_REVIEW_FLAGS;
		met |= (c->info.flags & o->flags) != 0 ? ENF_REVIEW_FLAGS : 0;
	}
	if (asked != 0 && (o->match_any ? met == 0 : met != asked))
		return 0;
	it->case_index = i;
	it->state = st.state;
	it->since = st.since;
	it->outstanding = st.outstanding;
	it->age_days = st.since != ENF_DATE_NONE ? o->date - st.since : 0;
	it->reasons = met;
	return 1;
}

/* The ranking: a qsort comparator with the register to break ties. */
typedef struct enf__rank {
	enf_review_item item;
	const enf_case *c;
	enf_review_order order;
} enf__rank;

static int enf__rank_cmp(const void *a, const void *b)
{
	const enf__rank *x = a, *y = b;
	int r;

	if (x->order == ENF_REVIEW_BY_OUTSTANDING &&
	    x->item.outstanding != y->item.outstanding)
		return x->item.outstanding > y->item.outstanding ? -1 : 1;
	if (x->order == ENF_REVIEW_BY_AGE &&
	    x->item.age_days != y->item.age_days)
		return x->item.age_days > y->item.age_days ? -1 : 1;
	if ((r = strcmp(x->c->info.office, y->c->info.office)) != 0)
		return r;
	if ((r = strcmp(x->c->info.decision_no, y->c->info.decision_no)) != 0)
		return r;
	return x->item.case_index < y->item.case_index ? -1 : 1;
}

/* The ranked list, malloc'd, into *out (NULL when empty) and *n. */
static enf_status enf__review_collect(enf__rank **out, size_t *n,
				      const enf_register *reg,
				      const enf_review_options *o,
				      const char *fn)
{
	enf__rank *v = NULL;
	size_t k = 0, cap = 0;

	for (size_t i = 0; i < reg->ncases; i++) {
		enf_review_item it;

		if (!enf__review_keeps(&it, reg->cases[i], i, o))
			continue;
		if (enf__reserve((void **)&v, &cap, k + 1, sizeof(*v)) != 0) {
			free(v);
			return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
		}
		v[k].item = it;
		v[k].c = reg->cases[i];
		v[k].order = o->order;
		k++;
	}
	if (k > 1)
		qsort(v, k, sizeof(*v), enf__rank_cmp);
	*out = v;
	*n = k;
	return ENF_OK;
}

enf_status enf_register_review(enf_review_item *out, size_t cap, size_t *count,
			       const enf_register *reg,
			       const enf_review_options *opts)
{
	static const char fn[] = "register_review";
	enf__rank *v = NULL;
	size_t n = 0;
	enf_status st;

	ENF__CHECK_NULL(fn, count);
	ENF__CHECK_NULL(fn, reg);
	ENF__CHECK_NULL(fn, opts);
	if (out == NULL && cap > 0)
		return enf__fail(ENF_EINVALID, "%s: out is NULL but cap is %zu",
				 fn, cap);
	if ((st = enf__check_review(fn, opts)) != ENF_OK)
		return st;
	if ((st = enf__review_collect(&v, &n, reg, opts, fn)) != ENF_OK)
		return st;
	*count = n;
	if (n > cap) {
		free(v);
		return enf__fail(ENF_EBUFSIZE,
				 "%s: cap is %zu; the review list has %zu "
				 "items",
				 fn, cap, n);
	}
	for (size_t i = 0; i < n; i++)
		out[i] = v[i].item;
	free(v);
	return ENF_OK;
}

enf_status enf_register_review_count(size_t *out, const enf_register *reg,
				     const enf_review_options *opts)
{
	static const char fn[] = "register_review_count";
	size_t n = 0;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	ENF__CHECK_NULL(fn, reg);
	ENF__CHECK_NULL(fn, opts);
	if ((st = enf__check_review(fn, opts)) != ENF_OK)
		return st;
	for (size_t i = 0; i < reg->ncases; i++) {
		enf_review_item it;

		n += (size_t)enf__review_keeps(&it, reg->cases[i], i, opts);
	}
	*out = n;
	return ENF_OK;
}
