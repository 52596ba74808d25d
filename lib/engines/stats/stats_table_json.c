/*
 * The indicator table as JSON: the form enf_stats_table() has always
 * written (unchanged, byte for byte), and the form "enforcement-table/1"
 * of enf_stats_table_with(), documented by docs/schemas/table.schema.json:
 *
 *   {"schema": "enforcement-table/1", "title": null | text,
 *    "basis": {"period": {"from", "to"}, "group", "definitions",
 *              "rate": {"precision": 2, "rounding": "half_up"},
 *              "targets": {"cases", "money"}, "growth": bool,
 *              "previous_period": null | {"from", "to"}},
 *    "reports": [{"unit", "cases": {rows}, "money": {rows},
 *                 "rates": {"cases", "money"}, "gaps": {...},
 *                 "growth": {...}}]}
 *
 * A rate or a target is {"percent": "62.91", "hundredths": 6291}, a gap
 * {"points": "-21.14", "hundredths": -2114}, a growth {"previous_done":
 * 2103, "percent": "6.70" | null, "hundredths": 670 | null}; null where
 * there is none. Exact strings and integers say the same figure: a
 * reader in any language takes whichever it likes without floating point.
 */
#include "text.h"
#include "stats_table.h"

#include <inttypes.h>
#include <stdio.h>

/* Appends a signed 64-bit integer. */
static void enf__put_int(enf__io_buf *b, int64_t v)
{
	enf__io_putf(b, "%" PRId64, v);
}

/* Appends "key": */
static void enf__key(enf__io_buf *b, const char *key)
{
	enf__io_json_string(b, key);
	enf__io_puts(b, ": ");
}

/* The period as {"from": "YYYY-MM-DD", "to": "YYYY-MM-DD"}. */
static void enf__period(enf__io_buf *b, const enf_period *p)
{
	char first[16], last[16];

	(void)enf__date_text(first, sizeof(first), p->first);
	(void)enf__date_text(last, sizeof(last), p->last);
	enf__io_putf(b, "{\"from\": \"%s\", \"to\": \"%s\"}", first, last);
}

/* ---------------------------------------------------------------------- */
/* The form of enf_stats_table()                                           */

static void enf__legacy_rows(enf__io_buf *b, const enf__figs *f)
{
	for (int m = 0; m < ENF__MEASURE_COUNT; m++) {
		enf__io_puts(b, ", \"");
		enf__io_puts(b, enf__stats_measure_tokens[m]);
		enf__io_puts(b, "\": {");
		for (int r = 0; r < ENF_IND_COUNT; r++) {
			enf__io_puts(b, r > 0 ? ", \"" : "\"");
			enf__io_puts(b, enf__stats_row_tokens[r]);
			enf__io_puts(b, "\": ");
			enf__put_int(b, f->v[m][r]);
		}
		enf__io_puts(b, "}");
	}
}

enf_status enf__table_json_legacy(enf__io_buf *b, const enf__table *tb)
{
	static const char *const rate_keys[2] = {"rate_cases", "rate_money"};
	char first[16], last[16], rate[32];

	(void)enf__date_text(first, sizeof(first), tb->t[0].f.period.first);
	(void)enf__date_text(last, sizeof(last), tb->t[0].f.period.last);
	enf__io_puts(b, "{\"group\": ");
	enf__io_json_string(b, enf__stats_group_tokens[tb->o.group]);
	enf__io_putf(b, ", \"period\": [\"%s\", \"%s\"], \"reports\": [", first,
		     last);
	for (size_t i = 0; i < tb->count; i++) {
		const enf__figs *f = &tb->t[i].f;

		enf__io_puts(b, i > 0 ? ", {\"unit\": " : "{\"unit\": ");
		enf__io_json_string(b, f->unit);
		enf__legacy_rows(b, f);
		for (int m = 0; m < ENF__MEASURE_COUNT; m++) {
			enf_status st;

			enf__io_puts(b, ", \"");
			enf__io_puts(b, rate_keys[m]);
			enf__io_puts(b, "\": ");
			if (!f->has_rate[m]) {
				enf__io_puts(b, "null");
				continue;
			}
			st = enf_stats_format_rate(rate, sizeof(rate),
						   f->rate[m], 2,
						   ENF_LOCALE_PLAIN);
			if (st != ENF_OK)
				return enf__stats_wrap_rep(st, "stats_table",
							   i);
			enf__io_json_string(b, rate);
		}
		enf__io_puts(b, "}");
	}
	enf__io_puts(b, "]}\n");
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* "enforcement-table/1"                                                   */

/* A figure in hundredths as {"<name>": "62.91", "hundredths": 6291}. */
static enf_status enf__figure(enf__io_buf *b, const char *name, int64_t v)
{
	char text[48];
	enf_status st = enf_stats_format_rate(text, sizeof(text), v, 2,
					      ENF_LOCALE_PLAIN);

	if (st != ENF_OK)
		return st;
	enf__io_puts(b, "{");
	enf__key(b, name);
	enf__io_json_string(b, text);
	enf__io_puts(b, ", \"hundredths\": ");
	enf__put_int(b, v);
	enf__io_puts(b, "}");
	return ENF_OK;
}

/* {"cases": <figure or null>, "money": ...} of the figures v where has. */
static enf_status enf__pair(enf__io_buf *b, const char *name, const int *has,
			    const int64_t *v)
{
	enf_status st = ENF_OK;

	for (int m = 0; st == ENF_OK && m < ENF__MEASURE_COUNT; m++) {
		enf__io_puts(b, m ? ", " : "{");
		enf__key(b, enf__stats_measure_tokens[m]);
		if (has[m])
			st = enf__figure(b, name, v[m]);
		else
			enf__io_puts(b, "null");
	}
	enf__io_puts(b, "}");
	return st;
}

/* The definitions the reports count by, as the report's JSON names them
 * (restate only when 1, as there). */
static void enf__definitions(enf__io_buf *b, const enf_stats_report_options *o)
{
	const int code[ENF__DEFS_FIELDS] = {o->money_done,
					    o->partial_entrusted_done,
					    o->unclassified_row, o->restate};

	enf__io_puts(b, "{");
	for (int f = 0; f < ENF__DEFS_FIELDS; f++) {
		const char *token = enf__stats_def_token(f, code[f]);

		if (f == ENF__DEF_RESTATE && code[f] == 0)
			continue;

		enf__io_puts(b, f ? ", " : "");
		enf__key(b, enf__stats_def_name(f));
		if (token != NULL)
			enf__io_json_string(b, token);
		else
			enf__put_int(b, code[f]);
	}
	enf__io_puts(b, "}");
}

static enf_status enf__basis(enf__io_buf *b, const enf__table *tb)
{
	const int has[2] = {tb->o.target_cases >= 0, tb->o.target_money >= 0};
	const int64_t target[2] = {tb->o.target_cases, tb->o.target_money};
	enf_status st;

	enf__io_puts(b, "\"basis\": {\"period\": ");
	enf__period(b, &tb->t[0].f.period);
	enf__io_puts(b, ", \"group\": ");
	enf__io_json_string(b, enf__stats_group_tokens[tb->o.group]);
	enf__io_puts(b, ", \"definitions\": ");
	enf__definitions(b, &tb->defs);
	enf__io_puts(b, ", \"rate\": {\"precision\": 2, \"rounding\": "
			"\"half_up\"}, \"targets\": ");
	st = enf__pair(b, "percent", has, target);
	if (st != ENF_OK)
		return enf__stats_wrap(st, "stats_table_with", "targets");
	enf__io_puts(b, tb->o.previous != NULL ? ", \"growth\": true"
					       : ", \"growth\": false");
	enf__io_puts(b, ", \"previous_period\": ");
	if (tb->o.previous != NULL)
		enf__period(b, &tb->prev_period);
	else
		enf__io_puts(b, "null");
	enf__io_puts(b, "}");
	return ENF_OK;
}

/* The rows of one measure. */
static void enf__rows(enf__io_buf *b, const int64_t *v)
{
	for (int r = 0; r < ENF_IND_COUNT; r++) {
		enf__io_puts(b, r ? ", " : "{");
		enf__key(b, enf__stats_row_tokens[r]);
		enf__put_int(b, v[r]);
	}
	enf__io_puts(b, "}");
}

/* "growth": {"cases": null | {"previous_done", "percent",
 * "hundredths"}, "money": ...}. */
static enf_status enf__growth_json(enf__io_buf *b, const enf__tfigs *t)
{
	char text[48];

	enf__io_puts(b, ", \"growth\": ");
	for (int m = 0; m < ENF__MEASURE_COUNT; m++) {
		enf__io_puts(b, m ? ", " : "{");
		enf__key(b, enf__stats_measure_tokens[m]);
		if (!t->has_prev) {
			enf__io_puts(b, "null");
			continue;
		}
		enf__io_puts(b, "{\"previous_done\": ");
		enf__put_int(b, t->prev_done[m]);
		if (!t->has_growth[m]) {
			enf__io_puts(b, ", \"percent\": null, \"hundredths\": "
					"null}");
			continue;
		}
		if (enf_stats_format_rate(text, sizeof(text), t->growth[m], 2,
					  ENF_LOCALE_PLAIN) != ENF_OK)
			return enf_last_status();
		enf__io_puts(b, ", \"percent\": ");
		enf__io_json_string(b, text);
		enf__io_puts(b, ", \"hundredths\": ");
		enf__put_int(b, t->growth[m]);
		enf__io_puts(b, "}");
	}
	enf__io_puts(b, "}");
	return ENF_OK;
}

static enf_status enf__report(enf__io_buf *b, const enf__tfigs *t)
{
	enf_status st;

	enf__io_puts(b, "{\"unit\": ");
	enf__io_json_string(b, t->f.unit);
	for (int m = 0; m < ENF__MEASURE_COUNT; m++) {
		enf__io_puts(b, ", ");
		enf__key(b, enf__stats_measure_tokens[m]);
		enf__rows(b, t->f.v[m]);
	}
	enf__io_puts(b, ", \"rates\": ");
	st = enf__pair(b, "percent", t->f.has_rate, t->f.rate);
	if (st == ENF_OK) {
		enf__io_puts(b, ", \"gaps\": ");
		st = enf__pair(b, "points", t->has_gap, t->gap);
	}
	if (st == ENF_OK)
		st = enf__growth_json(b, t);
	enf__io_puts(b, "}");
	return st;
}

enf_status enf__table_json(enf__io_buf *b, const enf__table *tb)
{
	enf_status st;

	enf__io_puts(b, "{\"schema\": \"enforcement-table/1\",\n\"title\": ");
	if (tb->o.title != NULL)
		enf__io_json_string(b, tb->o.title);
	else
		enf__io_puts(b, "null");
	enf__io_puts(b, ",\n");
	st = enf__basis(b, tb);
	if (st != ENF_OK)
		return st;
	enf__io_puts(b, ",\n\"reports\": [");
	for (size_t i = 0; i < tb->count; i++) {
		enf__io_puts(b, i ? ",\n" : "\n");
		st = enf__report(b, &tb->t[i]);
		if (st != ENF_OK)
			return enf__stats_wrap_rep(st, "stats_table_with", i);
	}
	enf__io_puts(b, "\n]}\n");
	return ENF_OK;
}
