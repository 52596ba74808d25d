/*
 * The report of a programme (programme.h): the cases put to it and the
 * comparable cases not put to it, per office, with their rates; rows,
 * rates and merging.
 */
#include "internal.h"
#include "case_internal.h"
#include "register_internal.h"
#include "programme_internal.h"
#include "stats_programme.h"

#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------- */
/* The object                                                              */

void enf_programme_report_free(enf_programme_report *rep)
{
	if (rep == NULL)
		return;
	for (size_t i = 0; i < rep->nrows; i++)
		free(rep->rows[i].office);
	free(rep->rows);
	free(rep->code);
	free(rep->name);
	free(rep);
}

enf_programme_report *enf__prog_alloc(const char *code, const char *name,
				      int32_t number, const enf_period *period,
				      const char *const *offices, size_t n)
{
	enf_programme_report *rep = calloc(1, sizeof(*rep));

	if (rep == NULL)
		return NULL;
	rep->code = enf__strdup(code);
	rep->name = name != NULL ? enf__strdup(name) : NULL;
	rep->rows = n > 0 ? calloc(n, sizeof(*rep->rows)) : NULL;
	if (rep->code == NULL || (name != NULL && rep->name == NULL) ||
	    (n > 0 && rep->rows == NULL)) {
		enf_programme_report_free(rep);
		return NULL;
	}
	rep->number = number;
	rep->period = *period;
	for (; rep->nrows < n; rep->nrows++) {
		rep->rows[rep->nrows].office = enf__strdup(offices[rep->nrows]);
		if (rep->rows[rep->nrows].office == NULL) {
			enf_programme_report_free(rep);
			return NULL;
		}
	}
	return rep;
}

int enf__prog_figures_ok(const enf_programme_figures *f)
{
	return f->cases >= 0 && f->money >= 0 && f->cases_done >= 0 &&
	       f->money_done >= 0 && f->cases_done <= f->cases &&
	       f->money_done <= f->money;
}

const char *enf_programme_report_code(const enf_programme_report *rep)
{
	return rep != NULL ? rep->code : "";
}

enf_status enf_programme_report_period(enf_period *out,
				       const enf_programme_report *rep)
{
	ENF__CHECK_NULL("programme_report_period", out);
	ENF__CHECK_NULL("programme_report_period", rep);
	*out = rep->period;
	return ENF_OK;
}

size_t enf_programme_report_count(const enf_programme_report *rep)
{
	return rep != NULL ? rep->nrows : 0;
}

/* a += b, or -1 (a unchanged) on overflow. */
static int enf__figs_add(enf_programme_figures *a,
			 const enf_programme_figures *b)
{
	enf_programme_figures s;

	if (__builtin_add_overflow(a->cases, b->cases, &s.cases) ||
	    __builtin_add_overflow(a->cases_done, b->cases_done,
				   &s.cases_done) ||
	    __builtin_add_overflow(a->money, b->money, &s.money) ||
	    __builtin_add_overflow(a->money_done, b->money_done, &s.money_done))
		return -1;
	*a = s;
	return 0;
}

/* Row i, or the total for i == nrows. */
static enf_status enf__row_at(enf_programme_row *out,
			      const enf_programme_report *rep, size_t i,
			      const char *fn)
{
	memset(out, 0, sizeof(*out)); /* a scratch copy of the caller's */
	if (i > rep->nrows)
		return enf__fail(ENF_ERANGE,
				 "%s: i is %zu; the report has %zu offices "
				 "and the total at %zu",
				 fn, i, rep->nrows, rep->nrows);
	if (i < rep->nrows) {
		out->office = rep->rows[i].office;
		out->assigned = rep->rows[i].f[ENF__PROG_ASSIGNED];
		out->others = rep->rows[i].f[ENF__PROG_OTHERS];
		return ENF_OK;
	}
	out->office = "";
	for (size_t k = 0; k < rep->nrows; k++)
		if (enf__figs_add(&out->assigned,
				  &rep->rows[k].f[ENF__PROG_ASSIGNED]) != 0 ||
		    enf__figs_add(&out->others,
				  &rep->rows[k].f[ENF__PROG_OTHERS]) != 0)
			return enf__fail(ENF_EOVERFLOW,
					 "%s: the total of the offices "
					 "overflows 64 bits",
					 fn);
	return ENF_OK;
}

enf_status enf_programme_report_row(enf_programme_row *out,
				    const enf_programme_report *rep, size_t i)
{
	enf_programme_row row;
	enf_status st;

	ENF__CHECK_NULL("programme_report_row", out);
	ENF__CHECK_NULL("programme_report_row", rep);
	st = enf__row_at(&row, rep, i, "programme_report_row");
	if (st == ENF_OK)
		*out = row;
	return st;
}

/* done / put by enf_stats_rate(), or ENF_PROGRAMME_NO_RATE for nothing
 * put. */
static int64_t enf__rate_of(int64_t done, int64_t put)
{
	int64_t r = ENF_PROGRAMME_NO_RATE;

	if (put > 0 && enf_stats_rate(&r, done, put, NULL) != ENF_OK)
		r = ENF_PROGRAMME_NO_RATE; /* not reached: rows are checked */
	return r;
}

static int64_t enf__diff_of(int64_t a, int64_t b)
{
	return a == ENF_PROGRAMME_NO_RATE || b == ENF_PROGRAMME_NO_RATE
		       ? ENF_PROGRAMME_NO_RATE
		       : a - b;
}

enf_status enf_programme_report_rates(enf_programme_rates *out,
				      const enf_programme_report *rep, size_t i)
{
	enf_programme_row row;
	enf_programme_rates r;
	enf_status st;

	ENF__CHECK_NULL("programme_report_rates", out);
	ENF__CHECK_NULL("programme_report_rates", rep);
	st = enf__row_at(&row, rep, i, "programme_report_rates");
	if (st != ENF_OK)
		return st;
	r.cases = enf__rate_of(row.assigned.cases_done, row.assigned.cases);
	r.money = enf__rate_of(row.assigned.money_done, row.assigned.money);
	r.other_cases = enf__rate_of(row.others.cases_done, row.others.cases);
	r.other_money = enf__rate_of(row.others.money_done, row.others.money);
	r.diff_cases = enf__diff_of(r.cases, r.other_cases);
	r.diff_money = enf__diff_of(r.money, r.other_money);
	*out = r;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Counting                                                                */

/* What is known of an office while counting. */
typedef struct enf__prog_office {
	enf_date first; /* first assignment, ENF_DATE_NONE before any */
	unsigned modes; /* bit 1 << mode of its assigned cases */
} enf__prog_office;

/* The row of an office (rows in byte order), or -1. */
static long enf__row_find(const enf_programme_report *rep, const char *office)
{
	size_t lo = 0, hi = rep->nrows;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int r = strcmp(rep->rows[mid].office, office);

		if (r == 0)
			return (long)mid;
		if (r < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return -1;
}

/* The event of c that puts it to programme number on or before end, or
 * -1. */
static long enf__assignment(const enf_case *c, int32_t number, enf_date end)
{
	for (size_t i = 0; i < c->nevents && c->events[i].date <= end; i++)
		if (c->events[i].kind == ENF_EV_PROGRAMME_ASSIGNED &&
		    c->events[i].detail == number)
			return (long)i;
	return -1;
}

/* What c still owed, and had collected, after its first n events. */
static void enf__owed_after(enf_money *outstanding, enf_money *collected,
			    const enf_case *c, size_t n)
{
	enf_money got = 0, reduced = 0;

	for (size_t i = 0; i < n; i++) {
		if (c->events[i].kind == ENF_EV_COLLECTED)
			got += c->events[i].amount;
		else if (c->events[i].kind == ENF_EV_OBLIGATION_REDUCED)
			reduced += c->events[i].amount;
	}
	*collected = got;
	*outstanding = c->owed - reduced > got ? c->owed - reduced - got : 0;
}

/* Adds one case: put with `put` outstanding and `from` collected at the
 * start, and its state and collections at the end. */
static enf_status enf__add_case(enf_programme_figures *f, const enf_case *c,
				enf_money put, enf_money from, enf_date end)
{
	enf_case_status st;
	enf_programme_figures one;

	(void)enf_case_status_on(&st, c, end); /* end is a valid date */
	one.cases = 1;
	one.cases_done = enf__state_counts_done(st.state);
	one.money = put;
	one.money_done = st.collected - from < put ? st.collected - from : put;
	if (enf__figs_add(f, &one) != 0)
		return enf__fail(ENF_EOVERFLOW,
				 "programme_report_new: the sums of office %s "
				 "overflow 64 bits at case %s",
				 c->info.office, enf__case_name(c));
	return ENF_OK;
}

/* First pass: the cases put to the programme by the end. */
static enf_status enf__count_assigned(enf_programme_report *rep,
				      enf__prog_office *of,
				      const enf_register *reg, enf_date end)
{
	for (size_t i = 0; i < reg->ncases; i++) {
		const enf_case *c = reg->cases[i];
		long r = enf__row_find(rep, c->info.office), k;
		enf_money put, from;
		enf_status st;

		if (r < 0 || (k = enf__assignment(c, rep->number, end)) < 0)
			continue;
		enf__owed_after(&put, &from, c, (size_t)k + 1);
		st = enf__add_case(&rep->rows[r].f[ENF__PROG_ASSIGNED], c, put,
				   from, end);
		if (st != ENF_OK)
			return st;
		if (of[r].first == ENF_DATE_NONE ||
		    c->events[k].date < of[r].first)
			of[r].first = c->events[k].date;
		of[r].modes |= 1u << c->info.mode;
	}
	return ENF_OK;
}

/* Second pass: the comparable cases not put to it, from the office's
 * first assignment. */
static enf_status enf__count_others(enf_programme_report *rep,
				    const enf__prog_office *of,
				    const enf_register *reg, enf_date end)
{
	for (size_t i = 0; i < reg->ncases; i++) {
		const enf_case *c = reg->cases[i];
		long r = enf__row_find(rep, c->info.office);
		enf_case_status at;
		enf_status st;

		if (r < 0 || of[r].first == ENF_DATE_NONE ||
		    (of[r].modes & (1u << c->info.mode)) == 0 ||
		    enf__assignment(c, rep->number, end) >= 0)
			continue;
		(void)enf_case_status_on(&at, c, of[r].first);
		if (!at.counts_with_means || enf__state_counts_done(at.state))
			continue;
		st = enf__add_case(&rep->rows[r].f[ENF__PROG_OTHERS], c,
				   at.outstanding, at.collected, end);
		if (st != ENF_OK)
			return st;
	}
	return ENF_OK;
}

static int enf__str_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

enf_status enf_programme_report_new(enf_programme_report **out,
				    const enf_register *reg,
				    const enf_programme *p, enf_date date)
{
	static const char fn[] = "programme_report_new";
	const char **offices;
	enf__prog_office *of;
	enf_period period;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, reg);
	ENF__CHECK_NULL(fn, p);
	if ((st = enf__programme_check(fn, p)) != ENF_OK)
		return st;
	if (!enf__date_in_range(date))
		return enf__range_fail(fn, "date", date);
	if (date < p->period.first)
		return enf__fail(ENF_EINVALID,
				 "%s: date is %s, before programme %.*s starts "
				 "on %s",
				 fn, enf__pday_of(date).s,
				 enf__utf8_prefix(p->code, 64), p->code,
				 enf__pday_of(p->period.first).s);
	period.first = p->period.first;
	period.last = date < p->period.last ? date : p->period.last;
	offices = malloc(p->noffices * sizeof(*offices));
	of = calloc(p->noffices, sizeof(*of));
	if (offices != NULL && of != NULL) {
		memcpy(offices, p->offices, p->noffices * sizeof(*offices));
		qsort(offices, p->noffices, sizeof(*offices), enf__str_cmp);
		*out = enf__prog_alloc(p->code, p->name, p->number, &period,
				       offices, p->noffices);
	}
	free(offices);
	if (*out == NULL) {
		free(of);
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	}
	for (size_t i = 0; i < p->noffices; i++)
		of[i].first = ENF_DATE_NONE, of[i].modes = 0;
	st = enf__count_assigned(*out, of, reg, period.last);
	if (st == ENF_OK)
		st = enf__count_others(*out, of, reg, period.last);
	free(of);
	if (st != ENF_OK) {
		enf_programme_report_free(*out);
		*out = NULL;
	}
	return st;
}

/* ---------------------------------------------------------------------- */
/* Merging                                                                 */

/* The rows of a and b merged by office into *out (n rows); -1 when out of
 * memory, -2 on overflow (nothing allocated is left). */
static int enf__merge_rows(enf__prog_row **out, size_t *n,
			   const enf_programme_report *a,
			   const enf_programme_report *b)
{
	enf__prog_row *m = calloc(a->nrows + b->nrows + 1, sizeof(*m));
	size_t i = 0, j = 0, k = 0;
	int bad = m == NULL ? -1 : 0;

	while (bad == 0 && (i < a->nrows || j < b->nrows)) {
		int r = i == a->nrows ? 1
			: j == b->nrows
				? -1
				: strcmp(a->rows[i].office, b->rows[j].office);
		const enf__prog_row *src = r <= 0 ? &a->rows[i] : &b->rows[j];

		m[k] = *src;
		m[k].office = enf__strdup(src->office);
		if (m[k].office == NULL)
			bad = -1;
		for (int g = 0; bad == 0 && r == 0 && g < ENF__PROG_GROUPS; g++)
			if (enf__figs_add(&m[k].f[g], &b->rows[j].f[g]) != 0)
				bad = -2;
		k++;
		i += r <= 0, j += r >= 0;
	}
	if (bad != 0) {
		for (size_t x = 0; m != NULL && x < k; x++)
			free(m[x].office);
		free(m);
		return bad;
	}
	*out = m, *n = k;
	return 0;
}

enf_status enf_programme_report_merge(enf_programme_report *dst,
				      const enf_programme_report *src)
{
	static const char fn[] = "programme_report_merge";
	enf__prog_row *rows = NULL;
	size_t n = 0;
	int r;

	ENF__CHECK_NULL(fn, dst);
	ENF__CHECK_NULL(fn, src);
	if (strcmp(dst->code, src->code) != 0)
		return enf__fail(ENF_EINVALID,
				 "%s: dst is programme %.*s but src %.*s", fn,
				 enf__utf8_prefix(dst->code, 64), dst->code,
				 enf__utf8_prefix(src->code, 64), src->code);
	if (dst->period.first != src->period.first ||
	    dst->period.last != src->period.last)
		return enf__fail(ENF_EINVALID,
				 "%s: dst covers %s to %s but src %s to %s", fn,
				 enf__pday_of(dst->period.first).s,
				 enf__pday_of(dst->period.last).s,
				 enf__pday_of(src->period.first).s,
				 enf__pday_of(src->period.last).s);
	r = enf__merge_rows(&rows, &n, dst, src);
	if (r == -1)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	if (r == -2)
		return enf__fail(ENF_EOVERFLOW,
				 "%s: the sums of an office overflow 64 bits",
				 fn);
	for (size_t i = 0; i < dst->nrows; i++)
		free(dst->rows[i].office);
	free(dst->rows);
	dst->rows = rows, dst->nrows = n;
	return ENF_OK;
}
