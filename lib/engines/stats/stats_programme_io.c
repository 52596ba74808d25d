/*
 * Programme reports as JSON (written and read back strictly, with the
 * reader of stats_json_read.h) and as tables (CSV, Markdown, JSON).
 */
#include "internal.h"
#include "text.h"
#include "stats_json_read.h"
#include "programme_internal.h"
#include "stats_programme.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENF__PROG_FORMAT       "enforcement-programme-report"
#define ENF__PROG_JSON_VERSION 1

static const char *const enf__group_keys[ENF__PROG_GROUPS] = {"assigned",
							      "others"};
static const char *const enf__figure_keys[] = {"cases", "cases_done", "money",
					       "money_done"};

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

static void enf__json_figures(enf__io_buf *b, const enf_programme_figures *f)
{
	enf__io_putf(b,
		     "{\"cases\": %lld, \"cases_done\": %lld, \"money\": %lld, "
		     "\"money_done\": %lld}",
		     (long long)f->cases, (long long)f->cases_done,
		     (long long)f->money, (long long)f->money_done);
}

enf_status enf_programme_report_to_json(char **out, size_t *len,
					const enf_programme_report *rep)
{
	enf__io_buf b = {NULL, 0, 0, 0};

	ENF__CHECK_NULL("programme_report_to_json", out);
	*out = NULL;
	ENF__CHECK_NULL("programme_report_to_json", rep);
	enf__io_putf(&b, "{\n  \"schema\": \"%s/%d\",\n", ENF__PROG_FORMAT,
		     ENF__PROG_JSON_VERSION);
	enf__io_putf(&b, "  \"format\": \"%s\",\n  \"version\": %d,\n",
		     ENF__PROG_FORMAT, ENF__PROG_JSON_VERSION);
	enf__io_puts(&b, "  \"code\": ");
	enf__io_json_string(&b, rep->code);
	enf__io_puts(&b, ",\n  \"name\": ");
	if (rep->name != NULL)
		enf__io_json_string(&b, rep->name);
	else
		enf__io_puts(&b, "null");
	enf__io_putf(&b, ",\n  \"number\": %ld,\n  \"period\": [\"%s\", ",
		     (long)rep->number, enf__pday_of(rep->period.first).s);
	enf__io_putf(&b, "\"%s\"],\n  \"offices\": [",
		     enf__pday_of(rep->period.last).s);
	for (size_t i = 0; i < rep->nrows; i++) {
		enf__io_puts(&b, i ? ",\n    {\"office\": "
				   : "\n    {\"office\": ");
		enf__io_json_string(&b, rep->rows[i].office);
		for (int g = 0; g < ENF__PROG_GROUPS; g++) {
			enf__io_putf(&b,
				     ",\n     \"%s\": ", enf__group_keys[g]);
			enf__json_figures(&b, &rep->rows[i].f[g]);
		}
		enf__io_puts(&b, "}");
	}
	enf__io_puts(&b, rep->nrows ? "\n  ]\n}\n" : "]\n}\n");
	return enf__io_buf_finish(&b, out, len, "programme_report_to_json");
}

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

/* What the reader fills. */
typedef struct enf__pj {
	char *code, *name;
	size_t code_len, name_len;
	int64_t number;
	enf_period period;
	enf__prog_row *rows;
	size_t nrows, cap;
	int group;	/* being read */
	int64_t schema; /* the version "schema" names; 0 without it */
} enf__pj;

static void enf__pj_free(enf__pj *r)
{
	for (size_t i = 0; i < r->nrows; i++)
		free(r->rows[i].office);
	free(r->rows);
	free(r->code);
	free(r->name);
}

static enf_status enf__pj_figure(enf__rj *rj, int k, void *ctx)
{
	enf__pj *r = ctx;
	enf_programme_figures *f = &r->rows[r->nrows - 1].f[r->group];
	int64_t *v[] = {&f->cases, &f->cases_done, &f->money, &f->money_done};

	return enf__rj_count(rj, v[k]);
}

/* A text member that must be a code or name. */
static enf_status enf__pj_text(enf__rj *rj, char **s, size_t *n)
{
	enf_status st = enf__rj_string(rj, s, n);
	const char *why;

	if (st == ENF_OK &&
	    (why = enf__programme_text_problem(*s, *n)) != NULL) {
		char text[64];

		(void)snprintf(text, sizeof(text), "the text %s", why);
		return enf__rj_fail(rj, text);
	}
	return st;
}

static enf_status enf__pj_row(enf__rj *rj, int k, void *ctx)
{
	enf__pj *r = ctx;
	enf__prog_row *row = &r->rows[r->nrows - 1];
	size_t n = 0;
	enf_status st;

	if (k == 0) {
		st = enf__pj_text(rj, &row->office, &n);
		if (st == ENF_OK && r->nrows > 1 &&
		    strcmp(r->rows[r->nrows - 2].office, row->office) >= 0)
			return enf__rj_fail(rj, "offices come in byte order "
						"of their codes, each once");
		return st;
	}
	r->group = k - 1;
	st = enf__rj_object(rj, enf__figure_keys, 4, 0, enf__pj_figure, ctx);
	if (st == ENF_OK && !enf__prog_figures_ok(&row->f[k - 1]))
		return enf__rj_fail(rj, "more done than put");
	return st;
}

static enf_status enf__pj_offices(enf__rj *rj, enf__pj *r)
{
	static const char *const keys[] = {"office", "assigned", "others"};
	size_t mark = strlen(rj->path);
	enf_status st = enf__rj_expect(rj, '[', "an array of offices");

	for (int first = 1; st == ENF_OK; first = 0) {
		enf__rj_ws(rj);
		if (*rj->lx.p == ']') {
			rj->lx.p++;
			break;
		}
		if (!first &&
		    (st = enf__rj_expect(rj, ',', "',' or ']'")) != ENF_OK)
			break;
		if (enf__reserve((void **)&r->rows, &r->cap, r->nrows + 1,
				 sizeof(*r->rows)) != 0) {
			(void)enf__fail(ENF_ENOMEM, "%s: out of memory",
					rj->fn);
			return ENF_ENOMEM;
		}
		memset(&r->rows[r->nrows++], 0, sizeof(*r->rows));
		(void)snprintf(rj->path + mark, sizeof(rj->path) - mark,
			       "[%zu]", r->nrows - 1);
		st = enf__rj_object(rj, keys, 3, 0, enf__pj_row, r);
		rj->path[mark] = '\0';
	}
	return st;
}

/* "name": a string or null. */
static enf_status enf__pj_name(enf__rj *rj, enf__pj *r)
{
	enf__rj_ws(rj);
	if (strncmp(rj->lx.p, "null", 4) == 0) {
		rj->lx.p += 4;
		return ENF_OK;
	}
	return enf__pj_text(rj, &r->name, &r->name_len);
}

static enf_status enf__pj_root(enf__rj *rj, int k, void *ctx)
{
	enf__pj *r = ctx;
	char *s = NULL;
	size_t n = 0;
	int64_t v = 0;
	enf_status st;

	switch (k) {
	case 0:
		if ((st = enf__rj_string(rj, &s, &n)) == ENF_OK &&
		    strcmp(s, ENF__PROG_FORMAT) != 0)
			st = enf__rj_fail(rj,
					  "expected \"" ENF__PROG_FORMAT "\"");
		free(s);
		return st;
	case 1:
		if ((st = enf__rj_count(rj, &v)) == ENF_OK &&
		    v != ENF__PROG_JSON_VERSION)
			st = enf__rj_fail(rj, "this library reads version 1");
		return st;
	case 2: return enf__pj_text(rj, &r->code, &r->code_len);
	case 3: return enf__pj_name(rj, r);
	case 4:
		if ((st = enf__rj_count(rj, &r->number)) == ENF_OK &&
		    r->number > ENF_PROGRAMME_NUMBER_MAX)
			st = enf__rj_fail(rj, "programme numbers run from 0 "
					      "to 255");
		return st;
	case 5:
		if ((st = enf__rj_expect(rj, '[', "an array of two dates")) !=
			    ENF_OK ||
		    (st = enf__rj_date(rj, &r->period.first)) != ENF_OK ||
		    (st = enf__rj_expect(rj, ',', "',' and the last day")) !=
			    ENF_OK ||
		    (st = enf__rj_date(rj, &r->period.last)) != ENF_OK ||
		    (st = enf__rj_expect(rj, ']', "']' after the two dates")) !=
			    ENF_OK)
			return st;
		if (r->period.last < r->period.first)
			return enf__rj_fail(rj, "the period ends before it "
						"starts");
		return ENF_OK;
	case 6: return enf__pj_offices(rj, r);
	default:
		return enf__rj_schema(rj, ENF__PROG_FORMAT,
				      ENF__PROG_JSON_VERSION, &r->schema);
	}
}

/* The report of what was read. */
static enf_status enf__pj_build(enf_programme_report **out, enf__pj *r,
				const char *fn)
{
	const char **offices = NULL;

	if (r->nrows > 0 &&
	    (offices = malloc(r->nrows * sizeof(*offices))) == NULL)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	for (size_t i = 0; i < r->nrows; i++)
		offices[i] = r->rows[i].office;
	*out = enf__prog_alloc(r->code, r->name, (int32_t)r->number, &r->period,
			       offices, r->nrows);
	free(offices);
	if (*out == NULL)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	for (size_t i = 0; i < r->nrows; i++)
		memcpy((*out)->rows[i].f, r->rows[i].f, sizeof(r->rows[i].f));
	return ENF_OK;
}

enf_status enf_programme_report_from_json(enf_programme_report **out,
					  const char *text)
{
	static const char *const keys[] = {"format",  "version", "code",
					   "name",    "number",	 "period",
					   "offices", "schema"};
	enf__rj rj;
	enf__pj r;
	enf_status st;

	ENF__CHECK_NULL("programme_report_from_json", out);
	*out = NULL;
	ENF__CHECK_NULL("programme_report_from_json", text);
	memset(&rj, 0, sizeof(rj));
	memset(&r, 0, sizeof(r));
	rj.fn = "programme_report_from_json";
	enf__json_lex_init(&rj.lx, text);
	/* "schema" may be missing: older files lack it; with one version
	 * of the form, a schema read is that of "version". */
	st = enf__rj_object(&rj, keys, 8, 1ul << 7, enf__pj_root, &r);
	if (st == ENF_OK) {
		enf__rj_ws(&rj);
		if (*rj.lx.p != '\0')
			st = enf__rj_fail(&rj, "text after the end of the "
					       "document");
	}
	if (st == ENF_OK)
		st = enf__pj_build(out, &r, rj.fn);
	enf__pj_free(&r);
	return st;
}

/* ---------------------------------------------------------------------- */
/* Tables                                                                  */

#define ENF__PROG_COLS 15

/* Column labels: English (EN, PLAIN) and Vietnamese (VI). */
static const char *const enf__labels[2][ENF__PROG_COLS] = {
	{"office", "cases put", "cases done", "rate by cases", "money put",
	 "money done", "rate by money", "other cases", "other cases done",
	 "other rate by cases", "other money", "other money done",
	 "other rate by money", "difference by cases (points)",
	 "difference by money (points)"},
	{"đơn vị", "số việc đưa ra", "số việc xong", "tỷ lệ về việc",
	 "số tiền đưa ra", "số tiền xong", "tỷ lệ về tiền", "việc khác",
	 "việc khác xong", "tỷ lệ việc khác", "tiền việc khác",
	 "tiền việc khác xong", "tỷ lệ tiền việc khác",
	 "chênh lệch về việc (điểm)", "chênh lệch về tiền (điểm)"},
};
/* Their keys in the JSON table. */
static const char *const enf__keys[ENF__PROG_COLS] = {
	"office",	    "cases",	   "cases_done",
	"rate_cases",	    "money",	   "money_done",
	"rate_money",	    "other_cases", "other_cases_done",
	"other_rate_cases", "other_money", "other_money_done",
	"other_rate_money", "diff_cases",  "diff_money"};

/* The texts of the cells of row i (or the total) in cell[1..14]; rates
 * as the locale writes them, or "" for none (JSON: the number in
 * hundredths, or null). */
static enf_status enf__cells(char cell[ENF__PROG_COLS][48],
			     const enf_programme_report *rep, size_t i,
			     enf_locale loc, int json)
{
	enf_programme_row row;
	enf_programme_rates r;
	enf_status st;
	int64_t num[ENF__PROG_COLS];

	if ((st = enf_programme_report_row(&row, rep, i)) != ENF_OK ||
	    (st = enf_programme_report_rates(&r, rep, i)) != ENF_OK)
		return st;
	num[1] = row.assigned.cases, num[2] = row.assigned.cases_done;
	num[3] = r.cases, num[4] = row.assigned.money;
	num[5] = row.assigned.money_done, num[6] = r.money;
	num[7] = row.others.cases, num[8] = row.others.cases_done;
	num[9] = r.other_cases, num[10] = row.others.money;
	num[11] = row.others.money_done, num[12] = r.other_money;
	num[13] = r.diff_cases, num[14] = r.diff_money;
	for (int c = 1; c < ENF__PROG_COLS; c++) {
		int rate = c == 3 || c == 6 || c == 9 || c >= 12;

		if (rate && num[c] == ENF_PROGRAMME_NO_RATE)
			(void)snprintf(cell[c], 48, "%s", json ? "null" : "");
		else if (rate && !json)
			(void)enf_stats_format_rate(cell[c], 48, num[c], 2,
						    loc);
		else
			(void)snprintf(cell[c], 48, "%lld", (long long)num[c]);
	}
	return ENF_OK;
}

/* One CSV line (CRLF, as the other tables for Excel) or Markdown line. */
static void enf__grid_line(enf__io_buf *b, const char *const *cells, int md)
{
	for (int c = 0; c < ENF__PROG_COLS; c++) {
		if (!md) {
			if (c)
				enf__io_puts(b, ",");
			enf__io_csv_field(b, cells[c]);
			continue;
		}
		enf__io_puts(b, c ? " " : "| ");
		for (const char *p = cells[c]; *p; p++)
			enf__io_put(b, *p == '|' ? "\\|" : p,
				    *p == '|' ? 2 : 1);
		enf__io_puts(b, " |");
	}
	enf__io_puts(b, md ? "\n" : "\r\n");
}

static enf_status enf__table_grid(enf__io_buf *b,
				  const enf_programme_report *rep,
				  enf_locale loc, int md)
{
	const char *const *labels = enf__labels[loc == ENF_LOCALE_VI];
	char cell[ENF__PROG_COLS][48];
	const char *v[ENF__PROG_COLS];
	enf_status st;

	enf__grid_line(b, labels, md);
	if (md) {
		for (int c = 0; c < ENF__PROG_COLS; c++)
			enf__io_puts(b, c ? "---|" : "|---|");
		enf__io_puts(b, "\n");
	}
	for (size_t i = 0; i <= rep->nrows; i++) {
		if ((st = enf__cells(cell, rep, i, loc, 0)) != ENF_OK)
			return st;
		v[0] = i < rep->nrows
			       ? rep->rows[i].office
			       : (loc == ENF_LOCALE_VI ? "tổng" : "total");
		for (int c = 1; c < ENF__PROG_COLS; c++)
			v[c] = cell[c];
		enf__grid_line(b, v, md);
	}
	return ENF_OK;
}

static enf_status enf__table_json(enf__io_buf *b,
				  const enf_programme_report *rep)
{
	char cell[ENF__PROG_COLS][48];
	enf_status st;

	enf__io_puts(b, "{\"programme\": ");
	enf__io_json_string(b, rep->code);
	enf__io_putf(b, ", \"period\": [\"%s\", ",
		     enf__pday_of(rep->period.first).s);
	enf__io_putf(b, "\"%s\"], \"rows\": [",
		     enf__pday_of(rep->period.last).s);
	for (size_t i = 0; i <= rep->nrows; i++) {
		if ((st = enf__cells(cell, rep, i, ENF_LOCALE_PLAIN, 1)) !=
		    ENF_OK)
			return st;
		enf__io_puts(b, i ? ",\n  {\"office\": " : "\n  {\"office\": ");
		if (i < rep->nrows)
			enf__io_json_string(b, rep->rows[i].office);
		else
			enf__io_puts(b, "null");
		for (int c = 1; c < ENF__PROG_COLS; c++)
			enf__io_putf(b, ", \"%s\": %s", enf__keys[c], cell[c]);
		enf__io_puts(b, "}");
	}
	enf__io_puts(b, "\n]}\n");
	return ENF_OK;
}

enf_status enf_programme_table(char **out, size_t *len,
			       const enf_programme_report *rep,
			       enf_table_format format, enf_locale locale)
{
	static const char fn[] = "programme_table";
	enf__io_buf b = {NULL, 0, 0, 0};
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, rep);
	if ((unsigned)format > ENF_TABLE_JSON)
		return enf__fail(ENF_EINVALID,
				 "%s: format is %d; not a table format", fn,
				 (int)format);
	if (locale != ENF_LOCALE_VI && locale != ENF_LOCALE_EN &&
	    locale != ENF_LOCALE_PLAIN)
		return enf__fail(ENF_EINVALID, "%s: locale is %d; not a locale",
				 fn, (int)locale);
	if (format == ENF_TABLE_CSV_BOM)
		enf__io_puts(&b, "\xef\xbb\xbf");
	st = format == ENF_TABLE_JSON
		     ? enf__table_json(&b, rep)
		     : enf__table_grid(&b, rep, locale,
				       format == ENF_TABLE_MARKDOWN);
	if (st != ENF_OK) {
		free(b.p);
		return st;
	}
	return enf__io_buf_finish(&b, out, len, fn);
}
