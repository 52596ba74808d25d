/*
 * The reports of every office of a register in one pass: a ministry's
 * first step before rolling offices up to provinces and the nation
 * (enf_org_rollup()).
 */
#include "internal.h"
#include "case_internal.h"
#include "register_internal.h"
#include "stats_internal.h"

#include <stdlib.h>
#include <string.h>

/* An office met so far: its code (borrowed from a case), its length and
 * hash, and its cells with a bound on them (enf__stats_count_case()). */
typedef struct enf__office {
	const char *code;
	size_t len;
	uint64_t hash;
	int64_t top;
	enf__stats_cells cells;
} enf__office;

/* The offices, and an open-addressing index (office number + 1, 0
 * empty). */
typedef struct enf__offices {
	enf__office *at;
	size_t n, cap;
	size_t *slots, nslots;
} enf__offices;

/* The slot of a code of n bytes and hash h: its office's, or the empty
 * one where it would go. Hashes are compared before codes: a register's
 * cases come with their offices interleaved, and a string compare per
 * probe was a sixth of a report's time. */
static size_t enf__office_slot(const enf__offices *o, const char *code,
			       size_t n, uint64_t h)
{
	size_t i = (size_t)h & (o->nslots - 1);

	while (o->slots[i] != 0) {
		const enf__office *e = &o->at[o->slots[i] - 1];

		if (e->hash == h && e->len == n &&
		    memcmp(e->code, code, n) == 0)
			break;
		i = (i + 1) & (o->nslots - 1);
	}
	return i;
}

/* Room for one more office, the index at most half full; 0 or -1. */
static int enf__offices_grow(enf__offices *o)
{
	if (enf__reserve((void **)&o->at, &o->cap, o->n + 1, sizeof(*o->at)) !=
	    0)
		return -1;
	if ((o->n + 1) * 2 > o->nslots) {
		size_t n = o->nslots ? o->nslots * 2 : 128, *old = o->slots;

		o->slots = calloc(n, sizeof(*o->slots));
		if (o->slots == NULL) {
			o->slots = old;
			return -1;
		}
		free(old);
		o->nslots = n;
		for (size_t k = 0; k < o->n; k++)
			o->slots[enf__office_slot(o, o->at[k].code,
						  o->at[k].len,
						  o->at[k].hash)] = k + 1;
	}
	return 0;
}

/* The office of a code, added if new; NULL when out of memory. */
static enf__office *enf__office_of(enf__offices *o, const char *code)
{
	size_t n = strlen(code), s;
	uint64_t h = enf__hash_bytes(ENF__HASH_SEED, code, n);

	if (o->nslots > 0 && o->slots[s = enf__office_slot(o, code, n, h)] != 0)
		return &o->at[o->slots[s] - 1];
	if (enf__offices_grow(o) != 0)
		return NULL;
	memset(&o->at[o->n], 0, sizeof(o->at[o->n]));
	o->at[o->n].code = code;
	o->at[o->n].len = n;
	o->at[o->n].hash = h;
	o->slots[enf__office_slot(o, code, n, h)] = o->n + 1;
	return &o->at[o->n++];
}

static void enf__offices_free(enf__offices *o)
{
	free(o->at);
	free(o->slots);
}

/* Counts every case into the cells of its office, by defs. */
static enf_status enf__offices_count(enf__offices *o, const enf_register *reg,
				     const enf_period *p,
				     const enf__stats_defs *defs,
				     const char *fn)
{
	for (size_t i = 0; i < reg->ncases; i++) {
		const enf_case *c = reg->cases[i];
		enf__office *e = enf__office_of(o, c->info.office);
		enf_status st;

		if (e == NULL)
			return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
		st = enf__stats_count_case(&e->cells, &e->top, c, p, defs, fn);
		if (st != ENF_OK)
			return st;
	}
	for (size_t k = 0; k < o->n; k++)
		enf__stats_cells_derive(&o->at[k].cells);
	return ENF_OK;
}

/* Offices in byte order of their codes. */
static int enf__by_code(const void *a, const void *b)
{
	return strcmp(((const enf__office *)a)->code,
		      ((const enf__office *)b)->code);
}

/* One report per office of o, in order of their codes, each counting by
 * defs; the array and reports are the caller's on success. */
static enf_status enf__offices_reports(enf_stats_report ***out, enf__offices *o,
				       const enf_period *period,
				       const enf__stats_defs *defs,
				       const char *fn)
{
	enf_stats_report **reps;
	enf_status st = ENF_OK;

	/* An array of report pointers, as meant. */
	/* NOLINTNEXTLINE(bugprone-sizeof-expression) */
	reps = calloc(o->n, sizeof(reps[0]));
	if (reps == NULL)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	/* The index is done with: the offices themselves are sorted. */
	qsort(o->at, o->n, sizeof(o->at[0]), enf__by_code);
	for (size_t k = 0; k < o->n && st == ENF_OK; k++) {
		const char *code = o->at[k].code;
		/* A case made through the API may have an office code no
		 * report takes as its unit (not UTF-8, too long). */
		const char *why = enf__stats_unit_problem(code, strlen(code));

		if (why != NULL) {
			st = enf__fail(ENF_EINVALID,
				       "%s: office \"%.*s\" %s, so it cannot "
				       "name a report",
				       fn, enf__utf8_prefix(code, 60), code,
				       why);
			break;
		}
		st = enf__stats_report_alloc(&reps[k], code, strlen(code),
					     period, defs, fn);
		if (st == ENF_OK)
			reps[k]->cells = o->at[k].cells;
	}
	if (st == ENF_OK)
		*out = reps;
	else
		enf_stats_reports_free(reps, o->n);
	return st;
}

/* enf_stats_report_by_office_with(), its messages naming fn. */
static enf_status enf__by_office(enf_stats_report ***out, size_t *count,
				 const enf_register *reg,
				 const enf_period *period,
				 const enf_stats_report_options *opts,
				 const char *fn)
{
	enf__offices o = {0};
	enf__stats_defs defs;
	const char *why;
	char text[120];
	int range;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, count);
	*count = 0;
	ENF__CHECK_NULL(fn, reg);
	ENF__CHECK_NULL(fn, period);
	if ((why = enf__stats_period_problem(period, &range, text,
					     sizeof text)) != NULL)
		return enf__fail(range ? ENF_ERANGE : ENF_EINVALID, "%s: %s",
				 fn, why);
	if ((st = enf__stats_defs_resolve(&defs, opts, fn)) != ENF_OK)
		return st;
	st = enf__offices_count(&o, reg, period, &defs, fn);
	if (st == ENF_OK && o.n > 0)
		st = enf__offices_reports(out, &o, period, &defs, fn);
	if (st == ENF_OK)
		*count = o.n;
	enf__offices_free(&o);
	return st;
}

enf_status enf_stats_report_by_office(enf_stats_report ***out, size_t *count,
				      const enf_register *reg,
				      const enf_period *period)
{
	return enf__by_office(out, count, reg, period, NULL,
			      "stats_report_by_office");
}

enf_status enf_stats_report_by_office_with(enf_stats_report ***out,
					   size_t *count,
					   const enf_register *reg,
					   const enf_period *period,
					   const enf_stats_report_options *opts)
{
	return enf__by_office(out, count, reg, period, opts,
			      "stats_report_by_office_with");
}

void enf_stats_reports_free(enf_stats_report **reps, size_t count)
{
	if (reps == NULL)
		return;
	for (size_t k = 0; k < count; k++)
		enf_stats_report_free(reps[k]);
	free(reps);
}
