/*
 * The rules catalogue (rules.h): the areas' dated rows joined into one
 * list, the lookup of the row in force on a date, and the caller's
 * overrides on top of them.
 */
#include "rules_table.h"

#include "auction_rules_text.h" /* the line and word reader of rule texts */
#include "text.h"		/* output buffer and escapers */

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FN_OVR "rulebook_override"

/* The areas, in catalogue order. */
static const struct {
	const enf__rule_row *rows;
	const size_t *n;
} enf__areas[] = {
	{enf__rules_case, &enf__rules_case_count},
	{enf__rules_calendar, &enf__rules_calendar_count},
	{enf__rules_money, &enf__rules_money_count},
	{enf__rules_auction, &enf__rules_auction_count},
	{enf__rules_stats, &enf__rules_stats_count},
};

#define ENF__NAREAS (sizeof(enf__areas) / sizeof(enf__areas[0]))

/* A caller's row: the public form, with its own strings in one block. */
struct enf_rulebook {
	enf_rule *rows;
	char **blocks;
	size_t n, cap;
};

static size_t enf__builtin_count(void)
{
	size_t n = 0;

	for (size_t a = 0; a < ENF__NAREAS; a++)
		n += *enf__areas[a].n;
	return n;
}

/* The i-th built-in row, or NULL past the end. */
static const enf__rule_row *enf__builtin_at(size_t i)
{
	for (size_t a = 0; a < ENF__NAREAS; a++) {
		if (i < *enf__areas[a].n)
			return &enf__areas[a].rows[i];
		i -= *enf__areas[a].n;
	}
	return NULL;
}

static enf_date enf__row_date(int y, int m, int d)
{
	return y == 0 ? ENF_DATE_NONE : enf__days_from_civil(y, m, d);
}

static void enf__row_public(enf_rule *out, const enf__rule_row *r)
{
	out->id = r->id;
	out->scope = r->scope;
	out->from = enf__row_date(r->from_y, r->from_m, r->from_d);
	out->to = enf__row_date(r->to_y, r->to_m, r->to_d);
	out->value = r->value;
	out->unit = r->unit;
	out->citation = r->citation;
	out->confidence = r->confidence;
	out->note = r->note;
	out->overridden = 0;
}

size_t enf_rules_catalogue_count(const enf_rulebook *book)
{
	return enf__builtin_count() + (book != NULL ? book->n : 0);
}

enf_status enf_rules_catalogue_at(enf_rule *out, const enf_rulebook *book,
				  size_t i)
{
	const enf__rule_row *r = enf__builtin_at(i);
	size_t nb = enf__builtin_count();

	ENF__CHECK_NULL("rules_catalogue_at", out);
	if (r != NULL) {
		enf__row_public(out, r);
		return ENF_OK;
	}
	if (book != NULL && i - nb < book->n) {
		*out = book->rows[i - nb];
		return ENF_OK;
	}
	return enf__fail(ENF_ERANGE,
			 "rules_catalogue_at: i is %zu; the catalogue has %zu "
			 "rows",
			 i, enf_rules_catalogue_count(book));
}

/* 1 when [from, to] (ENF_DATE_NONE open) holds date. */
static int enf__covers(enf_date from, enf_date to, enf_date date)
{
	return (from == ENF_DATE_NONE || date >= from) &&
	       (to == ENF_DATE_NONE || date <= to);
}

/* The built-in row of id in force on date (any row of id when date is
 * ENF_DATE_NONE); *known says whether id is a rule at all. */
static const enf__rule_row *enf__builtin_find(const char *id, enf_date date,
					      int *known)
{
	*known = 0;
	/* Area by area: enf__builtin_at() would walk the areas again for
	 * every row. */
	for (size_t a = 0; a < ENF__NAREAS; a++)
		for (size_t i = 0; i < *enf__areas[a].n; i++) {
			const enf__rule_row *r = &enf__areas[a].rows[i];

			if (strcmp(r->id, id) != 0)
				continue;
			*known = 1;
			if (date == ENF_DATE_NONE ||
			    enf__covers(
				    enf__row_date(r->from_y, r->from_m,
						  r->from_d),
				    enf__row_date(r->to_y, r->to_m, r->to_d),
				    date))
				return r;
		}
	return NULL;
}

/* The caller's row of id in force on date (the latest one given). */
static const enf_rule *enf__book_find(const enf_rulebook *book, const char *id,
				      enf_date date)
{
	for (size_t i = book != NULL ? book->n : 0; i > 0; i--) {
		const enf_rule *r = &book->rows[i - 1];

		if (strcmp(r->id, id) == 0 &&
		    (date == ENF_DATE_NONE ||
		     enf__covers(r->from, r->to, date)))
			return r;
	}
	return NULL;
}

int enf__rulebook_own(int64_t *out, const enf_rulebook *book, const char *id)
{
	const enf_rule *r = enf__book_find(book, id, ENF_DATE_NONE);

	if (r != NULL)
		*out = r->value;
	return r != NULL;
}

static enf_status enf__lookup(int64_t *out, enf_rule *row,
			      const enf_rulebook *book, const char *id,
			      enf_date date, const char *fn)
{
	const enf_rule *own = enf__book_find(book, id, date);
	const enf__rule_row *r;
	char day[16];
	int known;

	if (own != NULL) {
		*out = own->value;
		if (row != NULL)
			*row = *own;
		return ENF_OK;
	}
	r = enf__builtin_find(id, date, &known);
	if (r != NULL) {
		*out = r->value;
		if (row != NULL)
			enf__row_public(row, r);
		return ENF_OK;
	}
	if (!known)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: `%.*s` is not a rule of the catalogue",
				 fn, enf__utf8_prefix(id, 60), id);
	(void)enf_date_format(day, sizeof day, date, ENF_LOCALE_EN);
	return enf__fail(ENF_ENOTFOUND,
			 "%s: no value of rule %s is in force on %s", fn, id,
			 day);
}

enf_status enf__rule_value(int64_t *out, enf_rule *row,
			   const enf_rulebook *book, const char *id,
			   enf_date date, const char *fn)
{
	return enf__lookup(out, row, book, id, date, fn);
}

enf_status enf__rule_param(int64_t *out, const enf_rulebook *book,
			   const char *id, const char *fn)
{
	return enf__lookup(out, NULL, book, id, ENF_DATE_NONE, fn);
}

enf_status enf_rules_value(int64_t *out, enf_rule *row,
			   const enf_rulebook *book, const char *id,
			   enf_date date)
{
	ENF__CHECK_NULL("rules_value", out);
	ENF__CHECK_NULL("rules_value", id);
	if (!enf__date_in_range(date))
		return enf__range_fail("rules_value", "date", date);
	return enf__lookup(out, row, book, id, date, "rules_value");
}

/* ---------------------------------------------------------------------- */
/* Rulebooks and overrides                                                 */

enf_status enf_rulebook_new(enf_rulebook **out)
{
	ENF__CHECK_NULL("rulebook_new", out);
	*out = calloc(1, sizeof **out);
	if (*out == NULL)
		return enf__fail(ENF_ENOMEM, "rulebook_new: out of memory");
	return ENF_OK;
}

static void enf__book_truncate(enf_rulebook *book, size_t n)
{
	while (book->n > n)
		free(book->blocks[--book->n]);
}

void enf_rulebook_free(enf_rulebook *book)
{
	if (book == NULL)
		return;
	enf__book_truncate(book, 0);
	free(book->rows);
	free(book->blocks);
	free(book);
}

/* The range of a value of each unit, for overrides. */
static enf_status enf__unit_range(const char *unit, int64_t *lo, int64_t *hi)
{
	static const struct {
		const char *unit;
		int64_t hi;
	} units[] = {
		{"VND", INT64_C(1000000000000000000)},
		{"VND/month", INT64_C(1000000000000000000)},
		{"count", INT64_C(1000000000000)},
		{"ppm", INT64_C(1000000000)},
		{"ppm/year", INT64_C(1000000000)},
		{"hundredths-%", 10000},
		{"days", 36500},
		{"working-days", 36500},
		{"months", 1200},
		{"years", 100},
		{"flag", 1},
		{"code", 1000},
	};

	*lo = 0;
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
		if (strcmp(units[i].unit, unit) == 0) {
			*hi = units[i].hi;
			return ENF_OK;
		}
	*hi = 0;
	return ENF_ERANGE;
}

/* What one override line says, before it is stored. */
typedef struct enf__ovr {
	const enf__rule_row *def; /* a built-in row of the id */
	enf_rule row;
} enf__ovr;

static enf_status enf__ovr_date(enf__rt_parser *p, enf_date *out,
				const char *field, size_t k)
{
	if (k >= p->nw)
		return enf__rt_fail(p, ENF_EPARSE,
				    "%s: missing; the line is ID FROM TO VALUE",
				    field);
	if (enf__rt_is(&p->w[k], "none")) {
		*out = ENF_DATE_NONE;
		return ENF_OK;
	}
	if (p->w[k].len != 10 || enf__date_scan(out, p->w[k].s) != 0 ||
	    *out < enf__days_from_civil(1900, 1, 1) ||
	    *out > enf__days_from_civil(2100, 12, 31))
		return enf__rt_fail(p, ENF_ERANGE,
				    "%s: `%.*s` is not a date YYYY-MM-DD in "
				    "1900..2100 or `none`",
				    field, ENF__W(&p->w[k]));
	return ENF_OK;
}

static enf_status enf__ovr_value(enf__rt_parser *p, enf__ovr *o)
{
	const enf__rt_word *w = &p->w[3];
	int64_t lo, hi;
	char *end;
	long long v;

	if (p->nw < 4)
		return enf__rt_fail(p, ENF_EPARSE,
				    "value: missing; the line is ID FROM TO "
				    "VALUE");
	errno = 0;
	v = strtoll(w->s, &end, 10);
	if (w->quoted || end == w->s || *end != '\0' || errno != 0)
		return enf__rt_fail(p, ENF_EPARSE,
				    "value: `%.*s` is not a whole number",
				    ENF__W(w));
	(void)enf__unit_range(o->def->unit, &lo, &hi);
	if (v < lo || v > hi)
		return enf__rt_fail(p, ENF_ERANGE,
				    "value: %lld is out of range for rule %s "
				    "(unit %s: %" PRId64 "..%" PRId64 ")",
				    v, o->def->id, o->def->unit, lo, hi);
	o->row.value = (int64_t)v;
	return ENF_OK;
}

/* The optional pairs after VALUE: confidence, cite, note. */
static enf_status enf__ovr_tail(enf__rt_parser *p, enf__ovr *o)
{
	static const char *const conf[] = {"V", "Vs", "I", "U"};

	for (size_t k = 4; k < p->nw; k += 2) {
		const enf__rt_word *key = &p->w[k], *v = &p->w[k + 1];
		int c;

		if (k + 1 >= p->nw)
			return enf__rt_fail(p, ENF_EPARSE,
					    "`%.*s`: needs a word after it",
					    ENF__W(key));
		if (enf__rt_is(key, "cite"))
			o->row.citation = v->s;
		else if (enf__rt_is(key, "note"))
			o->row.note = v->s;
		else if (enf__rt_is(key, "confidence")) {
			for (c = 0; c < 4 && strcmp(conf[c], v->s) != 0; c++)
				;
			if (c == 4 || v->quoted)
				return enf__rt_fail(p, ENF_EPARSE,
						    "confidence: `%.*s` is not "
						    "V, Vs, I or U",
						    ENF__W(v));
			o->row.confidence = conf[c];
		} else
			return enf__rt_fail(p, ENF_EPARSE,
					    "`%.*s`: expected confidence, cite "
					    "or note",
					    ENF__W(key));
	}
	return ENF_OK;
}

/* Copies the strings that live in the parser's buffer into one block. */
static enf_status enf__book_push(enf_rulebook *book, const enf_rule *r)
{
	size_t lc = strlen(r->citation) + 1, ln = strlen(r->note) + 1;
	char *block;

	if (enf__reserve((void **)&book->rows, &book->cap, book->n + 1,
			 sizeof *book->rows) != 0)
		return enf__fail(ENF_ENOMEM, FN_OVR ": out of memory");
	/* blocks grows with rows: same capacity, reserved one at a time. */
	{
		char **b = realloc(book->blocks, book->cap * sizeof *b);

		if (b == NULL)
			return enf__fail(ENF_ENOMEM, FN_OVR ": out of memory");
		book->blocks = b;
	}
	block = malloc(lc + ln);
	if (block == NULL)
		return enf__fail(ENF_ENOMEM, FN_OVR ": out of memory");
	memcpy(block, r->citation, lc);
	memcpy(block + lc, r->note, ln);
	book->rows[book->n] = *r;
	book->rows[book->n].citation = block;
	book->rows[book->n].note = block + lc;
	book->rows[book->n].overridden = 1;
	book->blocks[book->n++] = block;
	return ENF_OK;
}

static enf_status enf__ovr_line(enf__rt_parser *p, void *ctx)
{
	enf_rulebook *book = ctx;
	enf__ovr o;
	int known;
	enf_status st;

	if (p->w[0].quoted ||
	    (o.def = enf__builtin_find(p->w[0].s, ENF_DATE_NONE, &known)) ==
		    NULL)
		return enf__rt_fail(p, ENF_ENOTFOUND,
				    "id: `%.*s` is not a rule of the catalogue",
				    ENF__W(&p->w[0]));
	enf__row_public(&o.row, o.def);
	o.row.confidence = "I";
	o.row.citation = "caller override";
	o.row.note = "";
	st = enf__ovr_date(p, &o.row.from, "from", 1);
	if (st == ENF_OK)
		st = enf__ovr_date(p, &o.row.to, "to", 2);
	if (st == ENF_OK && o.row.from != ENF_DATE_NONE &&
	    o.row.to != ENF_DATE_NONE && o.row.to < o.row.from)
		st = enf__rt_fail(p, ENF_ERANGE,
				  "to: `%.*s` is before from `%.*s`",
				  ENF__W(&p->w[2]), ENF__W(&p->w[1]));
	if (st == ENF_OK)
		st = enf__ovr_value(p, &o);
	if (st == ENF_OK)
		st = enf__ovr_tail(p, &o);
	return st == ENF_OK ? enf__book_push(book, &o.row) : st;
}

enf_status enf_rulebook_override(enf_rulebook *book, const char *text)
{
	enf__rt_parser *p;
	size_t n0;
	enf_status st;

	ENF__CHECK_NULL(FN_OVR, book);
	ENF__CHECK_NULL(FN_OVR, text);
	p = calloc(1, sizeof *p);
	if (p == NULL)
		return enf__fail(ENF_ENOMEM, FN_OVR ": out of memory");
	p->fn = FN_OVR;
	n0 = book->n;
	st = enf__rt_lines(p, text, enf__ovr_line, book);
	if (st != ENF_OK)
		enf__book_truncate(book, n0); /* all or nothing */
	free(p);
	return st;
}

/* ---------------------------------------------------------------------- */
/* CSV and JSON                                                            */

enf_status enf_rules_catalogue_to_csv(char **out, size_t *len,
				      const enf_rulebook *book)
{
	enf__io_buf b = {NULL, 0, 0, 0};
	size_t n = enf_rules_catalogue_count(book);

	ENF__CHECK_NULL("rules_catalogue_to_csv", out);
	*out = NULL;
	enf__io_puts(&b, "id,scope,from,to,value,unit,citation,confidence,"
			 "note,overridden\n");
	for (size_t i = 0; i < n; i++) {
		enf_rule r = {0};
		char from[16], to[16];

		(void)enf_rules_catalogue_at(&r, book, i);
		enf__io_csv_field(&b, r.id);
		enf__io_put(&b, ",", 1);
		enf__io_csv_field(&b, r.scope);
		enf__io_putf(&b, ",%s,%s,%" PRId64 ",",
			     enf__date_text(from, sizeof from, r.from),
			     enf__date_text(to, sizeof to, r.to), r.value);
		enf__io_csv_field(&b, r.unit);
		enf__io_put(&b, ",", 1);
		enf__io_csv_field(&b, r.citation);
		enf__io_put(&b, ",", 1);
		enf__io_csv_field(&b, r.confidence);
		enf__io_put(&b, ",", 1);
		enf__io_csv_field(&b, r.note);
		enf__io_putf(&b, ",%d\n", r.overridden);
	}
	return enf__io_buf_finish(&b, out, len, "rules_catalogue_to_csv");
}

/* ", \"key\": " then a JSON string. */
static void enf__json_kv(enf__io_buf *b, const char *key, const char *s)
{
	enf__io_putf(b, ", \"%s\": ", key);
	enf__io_json_string(b, s);
}

static void enf__json_date(enf__io_buf *b, const char *key, enf_date d)
{
	char buf[16];

	if (enf__date_text(buf, sizeof buf, d)[0] == '\0')
		enf__io_putf(b, ", \"%s\": null", key);
	else
		enf__json_kv(b, key, buf);
}

enf_status enf_rules_catalogue_to_json(char **out, size_t *len,
				       const enf_rulebook *book)
{
	enf__io_buf b = {NULL, 0, 0, 0};
	size_t n = enf_rules_catalogue_count(book);

	ENF__CHECK_NULL("rules_catalogue_to_json", out);
	*out = NULL;
	enf__io_puts(&b, "{\"schema\": \"enforcement-rules-catalogue/1\", "
			 "\"rules\": [");
	for (size_t i = 0; i < n; i++) {
		enf_rule r = {0};

		(void)enf_rules_catalogue_at(&r, book, i);
		enf__io_puts(&b, i ? ",\n  {\"id\": " : "\n  {\"id\": ");
		enf__io_json_string(&b, r.id);
		enf__json_kv(&b, "scope", r.scope);
		enf__json_date(&b, "from", r.from);
		enf__json_date(&b, "to", r.to);
		enf__io_putf(&b, ", \"value\": %" PRId64, r.value);
		enf__json_kv(&b, "unit", r.unit);
		enf__json_kv(&b, "citation", r.citation);
		enf__json_kv(&b, "confidence", r.confidence);
		enf__json_kv(&b, "note", r.note);
		enf__io_putf(&b, ", \"overridden\": %s}",
			     r.overridden ? "true" : "false");
	}
	enf__io_puts(&b, n ? "\n]}\n" : "]}\n");
	return enf__io_buf_finish(&b, out, len, "rules_catalogue_to_json");
}
