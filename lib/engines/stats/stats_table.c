/*
 * The indicator table of reports side by side: the options, the figures
 * they add (gaps to targets, growth over last year), and the grid formats
 * (CSV, Markdown, HTML). The JSON forms are in stats_table_json.c.
 *
 * Every figure is an integer or is formatted by enf_stats_format_rate(),
 * enf_money_format() or the digit grouping of the money text, so the same
 * reports always give the same bytes.
 */
#include "text.h"
#include "stats_table.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Labels of the rows: Vietnamese as in the Circular 05/2024 forms, and
 * English. JSON uses the tokens of stats_internal.h instead. */
static const struct {
	const char *vi, *en;
} enf__rows[ENF__ROWS] = {
	{"Số cũ chuyển sang", "Carried over"},
	{"Số mới thụ lý", "Received"},
	{"Tổng số thụ lý", "Total"},
	{"Ủy thác", "Entrusted"},
	{"Thu hồi, hủy quyết định", "Withdrawn or annulled"},
	{"Số phải thi hành", "To enforce"},
	{"Có điều kiện thi hành", "With means"},
	{"Thi hành xong", "Done"},
	{"Đang thi hành", "Being enforced"},
	{"Hoãn theo điểm c khoản 1 Điều 48", "Postponed under Art 48(1)(c)"},
	{"Khác", "Other with means"},
	{"Chưa có điều kiện", "Without means"},
	{"Chuyển sổ theo dõi riêng", "Separate book"},
	{"Trả lại đơn yêu cầu", "Request returned"},
	{"Chuyển kỳ sau", "Carried to next period"},
	{"Tỷ lệ thi hành xong về việc", "Completion rate by cases"},
	{"Tỷ lệ thi hành xong về tiền", "Completion rate by money"},
	{"Chỉ tiêu được giao", "Target"},
	{"Chênh lệch so với chỉ tiêu (điểm %)", "Gap to target (points)"},
	{"Thi hành xong cùng kỳ năm trước",
	 "Done in the same period last year"},
	{"Tăng/giảm thi hành xong so với cùng kỳ", "Growth of done"},
};

/* ---------------------------------------------------------------------- */
/* Options                                                                 */

enf_status enf_table_options_init(enf_table_options *o, unsigned int version)
{
	enf_table_options def = ENF_TABLE_OPTIONS_INIT;

	ENF__CHECK_NULL("table_options_init", o);
	if (enf__check_version("table_options_init", "version", version,
			       ENF_TABLE_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*o = def;
	o->version = version;
	return ENF_OK;
}

static enf_status enf__check_target(const char *fn, const char *field,
				    int64_t target)
{
	if (target >= -1 && target <= 10000)
		return ENF_OK;
	return enf__fail(ENF_EINVALID,
			 "%s: opts->%s is %" PRId64
			 "; a target is 0..10000 hundredths of a percent, or "
			 "-1 for none",
			 fn, field, target);
}

/* The fields of o, one by one. */
static enf_status enf__check_options(const enf_table_options *o, const char *fn)
{
	const char *why;

	if ((unsigned)o->group >= ENF_GROUP_COUNT)
		return enf__fail(ENF_EINVALID,
				 "%s: opts->group is %d; not a group (0..%d)",
				 fn, (int)o->group, ENF_GROUP_COUNT - 1);
	if ((unsigned)o->format > ENF_TABLE_HTML)
		return enf__fail(ENF_EINVALID,
				 "%s: opts->format is %d; not a table format "
				 "(0..%d)",
				 fn, (int)o->format, (int)ENF_TABLE_HTML);
	if (!enf__stats_locale_ok(o->locale))
		return enf__fail(ENF_EINVALID,
				 "%s: opts->locale is %d; not a locale", fn,
				 (int)o->locale);
	if (o->separator != ',' && o->separator != ';')
		return enf__fail(ENF_EINVALID,
				 "%s: opts->separator is character %d; a CSV "
				 "separator is ',' or ';'",
				 fn, (int)(unsigned char)o->separator);
	if (enf__check_target(fn, "target_cases", o->target_cases) != ENF_OK ||
	    enf__check_target(fn, "target_money", o->target_money) != ENF_OK)
		return ENF_EINVALID;
	if (o->title != NULL && o->title[0] != '\0' &&
	    (why = enf__text_field_problem(o->title, strlen(o->title))) != NULL)
		return enf__fail(ENF_EINVALID, "%s: opts->title %s", fn, why);
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Figures                                                                 */

/* The definitions of rep as the private form, to compare them. */
static enf__stats_defs enf__defs_of(const enf_stats_report_options *o)
{
	enf__stats_defs d = enf__stats_defs_default();

	enf__stats_def_set(&d, 0, o->money_done);
	enf__stats_def_set(&d, 1, o->partial_entrusted_done);
	enf__stats_def_set(&d, 2, o->unclassified_row);
	enf__stats_def_set(&d, 3, o->restate);
	return d;
}

/* Fails unless rep counts by the definitions of the table; name is how
 * the caller knows rep ("reps[2]", "opts->previous[0]"). */
static enf_status enf__same_defs(const enf__table *tb,
				 const enf_stats_report *rep, const char *name,
				 const char *fn)
{
	enf_stats_report_options o;
	enf__stats_defs a, b;
	char why[200];
	enf_status st = enf_stats_report_options_get(&o, rep);

	if (st != ENF_OK)
		return enf__stats_wrap(st, fn, name);
	a = enf__defs_of(&o);
	b = enf__defs_of(&tb->defs);
	if (enf__stats_defs_differ(why, sizeof(why), &a, name, &b, "reps[0]") ==
	    0)
		return ENF_OK;
	return enf__fail(ENF_EINVALID,
			 "%s: %s; a table compares reports counted by the "
			 "same definitions",
			 fn, why);
}

/* The gaps of report t to the targets. */
static enf_status enf__gaps(enf__tfigs *t, const enf_table_options *o)
{
	const int64_t target[2] = {o->target_cases, o->target_money};

	for (int m = 0; m < ENF__MEASURE_COUNT; m++) {
		t->has_gap[m] = t->f.has_rate[m] && target[m] >= 0;
		t->gap[m] = 0;
		if (t->has_gap[m] &&
		    enf_percent_points(&t->gap[m], t->f.rate[m], target[m]) !=
			    ENF_OK)
			return enf_last_status();
	}
	return ENF_OK;
}

/* Last year's done of report i and the growth over it. */
static enf_status enf__growth(const enf__table *tb, enf__tfigs *t,
			      const enf_stats_report *prev, size_t i,
			      const char *fn)
{
	char name[48];
	enf__figs pf;
	enf_status st;

	(void)snprintf(name, sizeof(name), "opts->previous[%zu]", i);
	st = enf__stats_figs_read(&pf, prev, tb->o.group);
	if (st != ENF_OK)
		return enf__stats_wrap(st, fn, name);
	if (pf.period.first != tb->prev_period.first ||
	    pf.period.last != tb->prev_period.last)
		return enf__fail(ENF_EINVALID,
				 "%s: %s: period %s..%s is not the same period "
				 "last year (%s..%s)",
				 fn, name, enf__date_shown(pf.period.first).s,
				 enf__date_shown(pf.period.last).s,
				 enf__date_shown(tb->prev_period.first).s,
				 enf__date_shown(tb->prev_period.last).s);
	st = enf__same_defs(tb, prev, name, fn);
	t->has_prev = st == ENF_OK;
	for (int m = 0; st == ENF_OK && m < ENF__MEASURE_COUNT; m++) {
		t->prev_done[m] = pf.v[m][ENF_IND_DONE];
		t->has_growth[m] = t->prev_done[m] > 0;
		if (t->has_growth[m]) {
			st = enf_stats_growth(&t->growth[m],
					      t->f.v[m][ENF_IND_DONE],
					      t->prev_done[m], NULL);
			if (st != ENF_OK)
				return enf__stats_wrap(st, fn, name);
		}
	}
	return st;
}

/* Reads every report (and last year's) into tb->t; one period and one set
 * of definitions unless legacy (enf_stats_table() never asked for them). */
static enf_status enf__table_read(enf__table *tb,
				  const enf_stats_report *const *reps,
				  int legacy, const char *fn)
{
	enf__figs *figs =
		enf__stats_figs_collect(fn, reps, tb->count, tb->o.group);
	enf_status st = ENF_OK;

	if (figs == NULL)
		return enf_last_status();
	tb->t = calloc(tb->count, sizeof(*tb->t));
	for (size_t i = 0; tb->t != NULL && i < tb->count; i++)
		tb->t[i].f = figs[i];
	free(figs);
	if (tb->t == NULL)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	/* Side by side means one period: JSON names it once. */
	for (size_t i = 1; i < tb->count; i++) {
		if (tb->t[i].f.period.first != tb->t[0].f.period.first ||
		    tb->t[i].f.period.last != tb->t[0].f.period.last)
			return enf__fail(ENF_EINVALID,
					 "%s: reps[%zu]: period differs from "
					 "that of reps[0]; a table compares "
					 "reports of one period",
					 fn, i);
	}
	st = enf_stats_report_options_get(&tb->defs, reps[0]);
	for (size_t i = 1; !legacy && st == ENF_OK && i < tb->count; i++) {
		char name[32];

		(void)snprintf(name, sizeof(name), "reps[%zu]", i);
		st = enf__same_defs(tb, reps[i], name, fn);
	}
	for (size_t i = 0; st == ENF_OK && i < tb->count; i++)
		st = enf__gaps(&tb->t[i], &tb->o);
	if (st == ENF_OK && tb->o.previous != NULL) {
		st = enf_period_last_year(&tb->prev_period, &tb->t[0].f.period);
		for (size_t i = 0; st == ENF_OK && i < tb->count; i++)
			if (tb->o.previous[i] != NULL)
				st = enf__growth(tb, &tb->t[i],
						 tb->o.previous[i], i, fn);
	}
	return st;
}

/* ---------------------------------------------------------------------- */
/* Cells                                                                   */

/* A count or amount: amounts with their currency in Markdown and HTML,
 * counts grouped in HTML, both plain in CSV (a spreadsheet reads them as
 * numbers) and counts plain in Markdown (as enf_stats_table() wrote
 * them). */
static enf_status enf__value_text(char *buf, size_t size, int64_t v, int m,
				  const enf__table *tb)
{
	static const char sep[] = {'.', ',', 0};
	enf_table_format f = tb->o.format;
	char digits[32];

	if (m == ENF_BY_MONEY &&
	    (f == ENF_TABLE_MARKDOWN || f == ENF_TABLE_HTML))
		return enf_money_format(buf, size, v, tb->o.locale);
	if (f == ENF_TABLE_HTML && v >= 0) {
		(void)enf__group_digits(digits, (uint64_t)v, sep[tb->o.locale]);
		(void)snprintf(buf, size, "%s", digits);
		return ENF_OK;
	}
	(void)snprintf(buf, size, "%" PRId64, v);
	return ENF_OK;
}

/* A signed figure in hundredths with its sign: a gap in points
 * ("-21.14", "+1,41") or, with pct, a growth ("+6.70%", "-3,20%"). */
static enf_status enf__signed_text(char *buf, size_t size, int64_t v,
				   enf_locale locale, int pct)
{
	char num[48];
	enf_status st = enf_stats_format_rate(num, sizeof(num), v, 2,
					      pct ? locale : ENF_LOCALE_PLAIN);

	if (st != ENF_OK)
		return st;
	if (!pct && locale == ENF_LOCALE_VI) {
		char *dot = strchr(num, '.');

		if (dot != NULL)
			*dot = ',';
	}
	(void)snprintf(buf, size, "%s%s", v > 0 ? "+" : "", num);
	return ENF_OK;
}

/* The text of row r and measure m of report t; "" where undefined (a
 * rate only in its own measure's column). */
static enf_status enf__cell(char *buf, size_t size, const enf__table *tb,
			    const enf__tfigs *t, int r, int m)
{
	enf_locale loc = tb->o.locale;
	int64_t target =
		m == ENF_BY_CASES ? tb->o.target_cases : tb->o.target_money;

	buf[0] = '\0';
	switch (r) {
	case ENF__ROW_RATE_CASES:
	case ENF__ROW_RATE_MONEY:
		if ((r == ENF__ROW_RATE_CASES) != (m == ENF_BY_CASES) ||
		    !t->f.has_rate[m])
			return ENF_OK;
		return enf_stats_format_rate(buf, size, t->f.rate[m], 2, loc);
	case ENF__ROW_TARGET:
		if (target < 0)
			return ENF_OK;
		return enf_stats_format_rate(buf, size, target, 2, loc);
	case ENF__ROW_GAP:
		if (!t->has_gap[m])
			return ENF_OK;
		return enf__signed_text(buf, size, t->gap[m], loc, 0);
	case ENF__ROW_PREV_DONE:
		if (!t->has_prev)
			return ENF_OK;
		return enf__value_text(buf, size, t->prev_done[m], m, tb);
	case ENF__ROW_GROWTH:
		if (!t->has_growth[m])
			return ENF_OK;
		return enf__signed_text(buf, size, t->growth[m], loc, 1);
	default: return enf__value_text(buf, size, t->f.v[m][r], m, tb);
	}
}

/* Whether row r is in the table. */
static int enf__row_shown(const enf__table *tb, int r)
{
	if (r == ENF__ROW_TARGET || r == ENF__ROW_GAP)
		return tb->o.target_cases >= 0 || tb->o.target_money >= 0;
	if (r == ENF__ROW_PREV_DONE || r == ENF__ROW_GROWTH)
		return tb->o.previous != NULL;
	return 1;
}

static const char *enf__label(const enf__table *tb, int r)
{
	return tb->o.locale == ENF_LOCALE_VI ? enf__rows[r].vi
					     : enf__rows[r].en;
}

/* ---------------------------------------------------------------------- */
/* CSV and Markdown                                                        */

/* Writes s followed by suffix as one CSV field after the separator (none
 * before the first field). */
static void enf__csv_cell(enf__io_buf *b, const enf__table *tb, int first,
			  const char *s, const char *suffix)
{
	char field[ENF__UNIT_MAX + 32];

	(void)snprintf(field, sizeof(field), "%s%s", s, suffix);
	if (!first)
		enf__io_put(b, &tb->o.separator, 1);
	enf__io_csv_field_sep(b, field, tb->o.separator);
}

/* Writes s followed by suffix as the text of a Markdown table cell: a pipe
 * is escaped and a line break becomes a space. */
static void enf__md_cell(enf__io_buf *b, const char *s, const char *suffix)
{
	const char *parts[2] = {s, suffix};

	enf__io_put(b, " ", 1);
	for (int k = 0; k < 2; k++) {
		for (const char *p = parts[k]; *p != '\0'; p++) {
			if (*p == '|')
				enf__io_put(b, "\\|", 2);
			else if (*p == '\r' || *p == '\n')
				enf__io_put(b, " ", 1);
			else
				enf__io_put(b, p, 1);
		}
	}
	enf__io_put(b, " |", 2);
}

static void enf__grid_cell(enf__io_buf *b, const enf__table *tb, int first,
			   const char *s, const char *suffix)
{
	if (tb->o.format != ENF_TABLE_MARKDOWN) {
		enf__csv_cell(b, tb, first, s, suffix);
		return;
	}
	if (first)
		enf__io_put(b, "|", 1);
	enf__md_cell(b, s, suffix);
}

/* The title above a Markdown table, its Markdown characters escaped. */
static void enf__md_title(enf__io_buf *b, const char *title)
{
	for (const char *p = title; *p != '\0'; p++) {
		if (strchr("\\`*_[]<>#|!", *p) != NULL)
			enf__io_put(b, "\\", 1);
		enf__io_put(b, *p == '\r' || *p == '\n' ? " " : p, 1);
	}
	enf__io_puts(b, "\n\n");
}

/* The header row: the label column, then "<unit> cases" and "<unit>
 * money" per report; in Markdown also the alignment row (numbers to the
 * right). */
static void enf__grid_header(enf__io_buf *b, const enf__table *tb)
{
	int md = tb->o.format == ENF_TABLE_MARKDOWN;
	int vi = tb->o.locale == ENF_LOCALE_VI;
	const char *suffix[2] = {vi ? " việc" : " cases",
				 vi ? " tiền" : " money"};

	if (md && tb->o.title != NULL)
		enf__md_title(b, tb->o.title);
	enf__grid_cell(b, tb, 1, vi ? "Chỉ tiêu" : "Indicator", "");
	for (size_t i = 0; i < tb->count; i++)
		for (int m = 0; m < ENF__MEASURE_COUNT; m++)
			enf__grid_cell(b, tb, 0, tb->t[i].f.unit, suffix[m]);
	if (!md) {
		enf__io_puts(b, "\r\n");
		return;
	}
	enf__io_puts(b, "\n| :--- |");
	for (size_t i = 0; i < 2 * tb->count; i++)
		enf__io_puts(b, " ---: |");
	enf__io_puts(b, "\n");
}

/* CSV (CRLF line ends, for Excel) or a Markdown table. */
static enf_status enf__table_grid(enf__io_buf *b, const enf__table *tb)
{
	int md = tb->o.format == ENF_TABLE_MARKDOWN;
	char cell[64];

	if (tb->o.format == ENF_TABLE_CSV_BOM)
		enf__io_puts(b, "\xef\xbb\xbf");
	enf__grid_header(b, tb);
	for (int r = 0; r < ENF__ROWS; r++) {
		if (!enf__row_shown(tb, r))
			continue;
		enf__grid_cell(b, tb, 1, enf__label(tb, r), "");
		for (size_t i = 0; i < tb->count; i++) {
			for (int m = 0; m < ENF__MEASURE_COUNT; m++) {
				enf_status st = enf__cell(cell, sizeof(cell),
							  tb, &tb->t[i], r, m);

				if (st != ENF_OK)
					return enf__stats_wrap_rep(
						st, "stats_table", i);
				enf__grid_cell(b, tb, 0, cell, "");
			}
		}
		enf__io_puts(b, md ? "\n" : "\r\n");
	}
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* HTML                                                                    */

/* Classes of the rows the options add, for a style sheet of the page. */
static const char *enf__row_class(int r)
{
	switch (r) {
	case ENF__ROW_RATE_CASES:
	case ENF__ROW_RATE_MONEY: return " class=\"enf-rate\"";
	case ENF__ROW_TARGET: return " class=\"enf-target\"";
	case ENF__ROW_GAP: return " class=\"enf-gap\"";
	case ENF__ROW_PREV_DONE: return " class=\"enf-previous\"";
	case ENF__ROW_GROWTH: return " class=\"enf-growth\"";
	default: return "";
	}
}

/* The caption and the two header rows: the units over their two columns,
 * then "cases" and "money" under each. */
static void enf__html_head(enf__io_buf *b, const enf__table *tb)
{
	int vi = tb->o.locale == ENF_LOCALE_VI;

	enf__io_puts(b, "<table class=\"enf-table\">\n");
	if (tb->o.title != NULL) {
		enf__io_puts(b, "<caption>");
		enf__io_xml_text(b, tb->o.title);
		enf__io_puts(b, "</caption>\n");
	}
	enf__io_puts(b, "<thead>\n<tr><th scope=\"col\" rowspan=\"2\">");
	enf__io_puts(b, vi ? "Chỉ tiêu" : "Indicator");
	enf__io_puts(b, "</th>");
	for (size_t i = 0; i < tb->count; i++) {
		enf__io_puts(b, "<th scope=\"colgroup\" colspan=\"2\">");
		enf__io_xml_text(b, tb->t[i].f.unit);
		enf__io_puts(b, "</th>");
	}
	enf__io_puts(b, "</tr>\n<tr>");
	for (size_t i = 0; i < tb->count; i++)
		enf__io_puts(b, vi ? "<th scope=\"col\">Việc</th>"
				     "<th scope=\"col\">Tiền</th>"
				   : "<th scope=\"col\">Cases</th>"
				     "<th scope=\"col\">Money</th>");
	enf__io_puts(b, "</tr>\n</thead>\n");
}

/* A <table> fragment: no script, no style, every text escaped. */
static enf_status enf__table_html(enf__io_buf *b, const enf__table *tb)
{
	char cell[64];

	enf__html_head(b, tb);
	enf__io_puts(b, "<tbody>\n");
	for (int r = 0; r < ENF__ROWS; r++) {
		if (!enf__row_shown(tb, r))
			continue;
		enf__io_puts(b, "<tr");
		enf__io_puts(b, enf__row_class(r));
		enf__io_puts(b, "><th scope=\"row\">");
		enf__io_xml_text(b, enf__label(tb, r));
		enf__io_puts(b, "</th>");
		for (size_t i = 0; i < tb->count; i++) {
			for (int m = 0; m < ENF__MEASURE_COUNT; m++) {
				enf_status st = enf__cell(cell, sizeof(cell),
							  tb, &tb->t[i], r, m);

				if (st != ENF_OK)
					return enf__stats_wrap_rep(
						st, "stats_table", i);
				enf__io_puts(b, "<td>");
				enf__io_xml_text(b, cell);
				enf__io_puts(b, "</td>");
			}
		}
		enf__io_puts(b, "</tr>\n");
	}
	enf__io_puts(b, "</tbody>\n</table>\n");
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Entry points                                                            */

/* Writes the table of opts (checked), the JSON of enf_stats_table() when
 * legacy. */
static enf_status enf__table_write(char **out, size_t *len,
				   const enf_stats_report *const *reps,
				   size_t count, const enf_table_options *opts,
				   int legacy, const char *fn)
{
	enf__io_buf b = {NULL, 0, 0, 0};
	enf__table tb;
	enf_status st;

	memset(&tb, 0, sizeof(tb));
	tb.o = *opts;
	tb.count = count;
	if (tb.o.title != NULL && tb.o.title[0] == '\0')
		tb.o.title = NULL;
	st = enf__table_read(&tb, reps, legacy, fn);
	if (st == ENF_OK) {
		if (tb.o.format == ENF_TABLE_JSON)
			st = legacy ? enf__table_json_legacy(&b, &tb)
				    : enf__table_json(&b, &tb);
		else if (tb.o.format == ENF_TABLE_HTML)
			st = enf__table_html(&b, &tb);
		else
			st = enf__table_grid(&b, &tb);
	}
	free(tb.t);
	if (st != ENF_OK) {
		free(b.p);
		return st;
	}
	return enf__io_buf_finish(&b, out, len, fn);
}

enf_status enf_stats_table(char **out, size_t *len,
			   const enf_stats_report *const *reps, size_t count,
			   enf_stats_group group, enf_table_format format,
			   enf_locale locale)
{
	static const char fn[] = "stats_table";
	enf_table_options o = ENF_TABLE_OPTIONS_INIT;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	if ((unsigned)group >= ENF_GROUP_COUNT)
		return enf__fail(ENF_EINVALID,
				 "%s: group is %d; not a group (0..%d)", fn,
				 (int)group, ENF_GROUP_COUNT - 1);
	if ((unsigned)format > ENF_TABLE_HTML)
		return enf__fail(ENF_EINVALID,
				 "%s: format is %d; not a table format (0..%d)",
				 fn, (int)format, (int)ENF_TABLE_HTML);
	if (!enf__stats_locale_ok(locale))
		return enf__fail(ENF_EINVALID, "%s: locale is %d; not a locale",
				 fn, (int)locale);
	o.group = group;
	o.format = format;
	o.locale = locale;
	return enf__table_write(out, len, reps, count, &o, 1, fn);
}

enf_status enf_stats_table_with(char **out, size_t *len,
				const enf_stats_report *const *reps,
				size_t count, const enf_table_options *opts)
{
	static const char fn[] = "stats_table_with";
	enf_table_options def = ENF_TABLE_OPTIONS_INIT;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	if (opts == NULL)
		opts = &def;
	if (enf__check_version(fn, "opts->version", opts->version,
			       ENF_TABLE_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if (enf__check_options(opts, fn) != ENF_OK)
		return ENF_EINVALID;
	return enf__table_write(out, len, reps, count, opts, 0, fn);
}
