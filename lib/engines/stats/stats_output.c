/*
 * Output of the statistics module: the indicator table of reports side by
 * side as CSV, Markdown or JSON, and an SVG bar chart of their completion
 * rates against a target. Reports are read through the public accessors
 * of stats.h only (enf_stats_report_get, _rate, _unit, _period), so this
 * file knows nothing of how a report keeps its counters; it shares only
 * the JSON tokens of stats_internal.h.
 *
 * Every number written is an integer or a rate formatted by
 * enf_stats_format_rate(); the chart's geometry is integer pixel
 * arithmetic, so the same reports give byte-identical text.
 */
#include "text.h"
#include "stats_internal.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The table's rows: the indicators, then the two rates. */
enum { ENF__ROW_RATE_CASES = ENF_IND_COUNT, ENF__ROW_RATE_MONEY, ENF__ROWS };

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
};

/* Figures of one report for one group, read before anything is written. */
typedef struct enf__figs {
	const char *unit;
	enf_period period;
	int64_t v[2][ENF_IND_COUNT]; /* [measure][indicator] */
	int has_rate[2];	     /* 0: nothing with means, no rate */
	int64_t rate[2];	     /* hundredths of a percent */
} enf__figs;

static int enf__locale_ok(enf_locale locale)
{
	return locale == ENF_LOCALE_VI || locale == ENF_LOCALE_EN ||
	       locale == ENF_LOCALE_PLAIN;
}

/* Fails naming fn and the field, with the message of the call that failed
 * (copied first: enf__fail writes over it). */
static enf_status enf__wrap(enf_status st, const char *fn, const char *field)
{
	char why[400];

	(void)snprintf(why, sizeof(why), "%s", enf_last_error());
	return enf__fail(st, "%s: %s: %s", fn, field, why);
}

/* The same for report i. */
static enf_status enf__wrap_rep(enf_status st, const char *fn, size_t i)
{
	char field[32];

	(void)snprintf(field, sizeof(field), "reps[%zu]", i);
	return enf__wrap(st, fn, field);
}

/* The figures of one report in group g. */
static enf_status enf__read(enf__figs *f, const enf_stats_report *rep,
			    enf_stats_group g)
{
	enf_status st = enf_stats_report_period(&f->period, rep);

	f->unit = enf_stats_report_unit(rep);
	if (st == ENF_OK && f->unit == NULL)
		st = enf__fail(ENF_EINVALID,
			       "stats_report_unit: the report has no unit");
	for (int m = 0; st == ENF_OK && m < 2; m++) {
		for (int r = 0; st == ENF_OK && r < ENF_IND_COUNT; r++)
			st = enf_stats_report_get(&f->v[m][r], rep, g,
						  (enf_measure)m,
						  (enf_indicator)r);
		/* With nothing with means the rate is undefined: do not ask
		 * for it, so no division-by-zero message is left behind on
		 * success. */
		f->has_rate[m] =
			st == ENF_OK && f->v[m][ENF_IND_WITH_MEANS] != 0;
		f->rate[m] = 0;
		if (f->has_rate[m])
			st = enf_stats_report_rate(&f->rate[m], rep, g,
						   (enf_measure)m, NULL);
	}
	return st;
}

/* Checks reps and count and reads the figures of every report in group g
 * into a malloc'd array; NULL on failure, with the message set. */
static enf__figs *enf__collect(const char *fn,
			       const enf_stats_report *const *reps,
			       size_t count, enf_stats_group g)
{
	enf__figs *figs;

	if (reps == NULL) {
		(void)enf__fail(ENF_EINVALID, "%s: reps is NULL", fn);
		return NULL;
	}
	if (count == 0) {
		(void)enf__fail(ENF_EINVALID,
				"%s: count is 0; at least one report is "
				"needed",
				fn);
		return NULL;
	}
	for (size_t i = 0; i < count; i++) {
		if (reps[i] == NULL) {
			(void)enf__fail(ENF_EINVALID, "%s: reps[%zu] is NULL",
					fn, i);
			return NULL;
		}
	}
	if (count > SIZE_MAX / sizeof(*figs) ||
	    (figs = malloc(count * sizeof(*figs))) == NULL) {
		(void)enf__fail(ENF_ENOMEM, "%s: out of memory for %zu reports",
				fn, count);
		return NULL;
	}
	for (size_t i = 0; i < count; i++) {
		enf_status st = enf__read(&figs[i], reps[i], g);

		if (st != ENF_OK) {
			free(figs);
			(void)enf__wrap_rep(st, fn, i);
			return NULL;
		}
	}
	return figs;
}

/* Appends a signed 64-bit integer. */
static void enf__put_int(enf__io_buf *b, int64_t v)
{
	char num[24];

	(void)snprintf(num, sizeof(num), "%" PRId64, v);
	enf__io_puts(b, num);
}

/* Appends s with invalid UTF-8 replaced by U+FFFD and each character
 * passed to esc, which writes it escaped or returns 0 to copy it. */
static void enf__put_utf8_text(enf__io_buf *b, const char *s,
			       int (*esc)(enf__io_buf *, unsigned char))
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p != '\0') {
		int n = enf__io_utf8_len(p);

		/* U+FFFE and U+FFFF are not XML characters; JSON could
		 * carry them, but one rule for both keeps this simple. */
		if (n == 3 && p[0] == 0xef && p[1] == 0xbf && p[2] >= 0xbe)
			n = 0, p += 2;
		if (n == 0) {
			enf__io_puts(b, "\xef\xbf\xbd");
			p++;
		} else if (n > 1 || !esc(b, *p)) {
			enf__io_put(b, (const char *)p, (size_t)n);
			p += n;
		} else {
			p++;
		}
	}
}

/* ---------------------------------------------------------------------- */
/* The table                                                               */

/* Writes field s followed by suffix as one CSV field, quoted when it holds
 * a comma, a quote or a line break (RFC 4180). */
static void enf__csv_field(enf__io_buf *b, const char *s, const char *suffix)
{
	const char *const special = ",\"\r\n";
	const char *parts[2] = {s, suffix};

	if (strpbrk(s, special) == NULL && strpbrk(suffix, special) == NULL) {
		enf__io_puts(b, s);
		enf__io_puts(b, suffix);
		return;
	}
	enf__io_put(b, "\"", 1);
	for (int k = 0; k < 2; k++) {
		const char *p = parts[k], *q;

		while ((q = strchr(p, '"')) != NULL) {
			enf__io_put(b, p, (size_t)(q - p) + 1);
			enf__io_put(b, "\"", 1);
			p = q + 1;
		}
		enf__io_puts(b, p);
	}
	enf__io_put(b, "\"", 1);
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

/* The text of the cell of row r (indicator or rate) and measure m of one
 * report: counts and, in CSV, amounts as plain integers; amounts in
 * Markdown by enf_money_format(); a rate only in its own measure's column,
 * "" when undefined. */
static enf_status enf__cell(char *buf, size_t size, const enf__figs *f, int r,
			    int m, enf_table_format format, enf_locale locale)
{
	buf[0] = '\0';
	if (r >= ENF_IND_COUNT) {
		int rm = r == ENF__ROW_RATE_CASES ? ENF_BY_CASES : ENF_BY_MONEY;

		if (rm != m || !f->has_rate[m])
			return ENF_OK;
		return enf_stats_format_rate(buf, size, f->rate[m], 2, locale);
	}
	if (m == ENF_BY_MONEY && format == ENF_TABLE_MARKDOWN)
		return enf_money_format(buf, size, f->v[m][r], locale);
	(void)snprintf(buf, size, "%" PRId64, f->v[m][r]);
	return ENF_OK;
}

/* The header row: the label column, then "<unit> cases" and "<unit>
 * money" per report; in Markdown also the alignment row (numbers to the
 * right). */
static void enf__grid_header(enf__io_buf *b, const enf__figs *figs,
			     size_t count, int md, int vi)
{
	const char *label = vi ? "Chỉ tiêu" : "Indicator";
	const char *suffix[2] = {vi ? " việc" : " cases",
				 vi ? " tiền" : " money"};

	if (md) {
		enf__io_put(b, "|", 1);
		enf__md_cell(b, label, "");
	} else {
		enf__csv_field(b, label, "");
	}
	for (size_t i = 0; i < count; i++) {
		for (int m = 0; m < 2; m++) {
			if (md) {
				enf__md_cell(b, figs[i].unit, suffix[m]);
			} else {
				enf__io_put(b, ",", 1);
				enf__csv_field(b, figs[i].unit, suffix[m]);
			}
		}
	}
	if (!md) {
		enf__io_puts(b, "\r\n");
		return;
	}
	enf__io_puts(b, "\n| :--- |");
	for (size_t i = 0; i < 2 * count; i++)
		enf__io_puts(b, " ---: |");
	enf__io_puts(b, "\n");
}

/* CSV (CRLF line ends, for Excel) or a Markdown table. */
static enf_status enf__table_grid(enf__io_buf *b, const enf__figs *figs,
				  size_t count, enf_table_format format,
				  enf_locale locale)
{
	int md = format == ENF_TABLE_MARKDOWN;
	int vi = locale == ENF_LOCALE_VI;
	char cell[64];

	if (format == ENF_TABLE_CSV_BOM)
		enf__io_puts(b, "\xef\xbb\xbf");
	enf__grid_header(b, figs, count, md, vi);
	for (int r = 0; r < ENF__ROWS; r++) {
		const char *label = vi ? enf__rows[r].vi : enf__rows[r].en;

		if (md) {
			enf__io_put(b, "|", 1);
			enf__md_cell(b, label, "");
		} else {
			enf__csv_field(b, label, "");
		}
		for (size_t i = 0; i < count; i++) {
			for (int m = 0; m < 2; m++) {
				enf_status st =
					enf__cell(cell, sizeof(cell), &figs[i],
						  r, m, format, locale);

				if (st != ENF_OK)
					return enf__wrap_rep(st, "stats_table",
							     i);
				if (md) {
					enf__md_cell(b, cell, "");
				} else {
					enf__io_put(b, ",", 1);
					enf__csv_field(b, cell, "");
				}
			}
		}
		enf__io_puts(b, md ? "\n" : "\r\n");
	}
	return ENF_OK;
}

/* JSON string escapes: quote, backslash and control characters. */

static enf_status enf__table_json(enf__io_buf *b, const enf__figs *figs,
				  size_t count, enf_stats_group group)
{
	static const char *const rate_keys[2] = {"rate_cases", "rate_money"};
	char first[16], last[16], rate[32];
	enf_status st;

	st = enf_date_format(first, sizeof(first), figs[0].period.first,
			     ENF_LOCALE_PLAIN);
	if (st == ENF_OK)
		st = enf_date_format(last, sizeof(last), figs[0].period.last,
				     ENF_LOCALE_PLAIN);
	if (st != ENF_OK)
		return enf__wrap(st, "stats_table", "period");
	enf__io_puts(b, "{\"group\": ");
	enf__io_json_string(b, enf__stats_group_tokens[group]);
	enf__io_puts(b, ", \"period\": [\"");
	enf__io_puts(b, first);
	enf__io_puts(b, "\", \"");
	enf__io_puts(b, last);
	enf__io_puts(b, "\"], \"reports\": [");
	for (size_t i = 0; i < count; i++) {
		const enf__figs *f = &figs[i];

		enf__io_puts(b, i > 0 ? ", {\"unit\": " : "{\"unit\": ");
		enf__io_json_string(b, f->unit);
		for (int m = 0; m < 2; m++) {
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
		for (int m = 0; m < 2; m++) {
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
				return enf__wrap_rep(st, "stats_table", i);
			enf__io_json_string(b, rate);
		}
		enf__io_puts(b, "}");
	}
	enf__io_puts(b, "]}\n");
	return ENF_OK;
}

enf_status enf_stats_table(char **out, size_t *len,
			   const enf_stats_report *const *reps, size_t count,
			   enf_stats_group group, enf_table_format format,
			   enf_locale locale)
{
	static const char fn[] = "stats_table";
	enf__io_buf b = {NULL, 0, 0, 0};
	enf__figs *figs;
	enf_status st;

	ENF__CHECK_NULL("stats_table", out);
	*out = NULL;
	if ((unsigned)group >= ENF_GROUP_COUNT)
		return enf__fail(ENF_EINVALID,
				 "%s: group is %d; not a group (0..%d)", fn,
				 (int)group, ENF_GROUP_COUNT - 1);
	if ((unsigned)format > ENF_TABLE_JSON)
		return enf__fail(ENF_EINVALID,
				 "%s: format is %d; not a table format (0..%d)",
				 fn, (int)format, (int)ENF_TABLE_JSON);
	if (!enf__locale_ok(locale))
		return enf__fail(ENF_EINVALID, "%s: locale is %d; not a locale",
				 fn, (int)locale);
	figs = enf__collect(fn, reps, count, group);
	if (figs == NULL)
		return enf_last_status();
	/* Side by side means one period: JSON names it once. */
	for (size_t i = 1; i < count; i++) {
		if (figs[i].period.first != figs[0].period.first ||
		    figs[i].period.last != figs[0].period.last) {
			free(figs);
			return enf__fail(ENF_EINVALID,
					 "%s: reps[%zu]: period differs from "
					 "that of reps[0]; a table compares "
					 "reports of one period",
					 fn, i);
		}
	}
	if (format == ENF_TABLE_JSON)
		st = enf__table_json(&b, figs, count, group);
	else
		st = enf__table_grid(&b, figs, count, format, locale);
	free(figs);
	if (st != ENF_OK) {
		free(b.p);
		return st;
	}
	return enf__io_buf_finish(&b, out, len, fn);
}

/* ---------------------------------------------------------------------- */
/* The chart                                                               */

/* Geometry, in pixels: the plot runs from x 60 to 60 + 70 per report and
 * from y 300 (0%) up to y 50 (100%), 250 pixels for 10000 hundredths. */
enum {
	ENF__SVG_LEFT = 60,
	ENF__SVG_SLOT = 70, /* per report */
	ENF__SVG_RIGHT = 60,
	ENF__SVG_HEIGHT = 360,
	ENF__SVG_TOP = 50,
	ENF__SVG_BASE = 300,
	ENF__SVG_BAR = 40
};

/* Height in pixels of a rate of 0..10000 hundredths, rounded half-up. */
static int enf__svg_px(int64_t rate)
{
	return (int)((rate * (ENF__SVG_BASE - ENF__SVG_TOP) + 5000) / 10000);
}

/* XML escapes, and characters XML 1.0 does not allow replaced. */
static int enf__xml_esc(enf__io_buf *b, unsigned char c)
{
	switch (c) {
	case '&': enf__io_puts(b, "&amp;"); return 1;
	case '<': enf__io_puts(b, "&lt;"); return 1;
	case '>': enf__io_puts(b, "&gt;"); return 1;
	case '"': enf__io_puts(b, "&quot;"); return 1;
	case '\'': enf__io_puts(b, "&apos;"); return 1;
	default: break;
	}
	if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
		enf__io_puts(b, "\xef\xbf\xbd");
		return 1;
	}
	return 0;
}

static void enf__xml_text(enf__io_buf *b, const char *s)
{
	enf__put_utf8_text(b, s, enf__xml_esc);
}

/* The document up to the bars: title, gridlines every 20% with their
 * labels, and the axes. */
static void enf__svg_frame(enf__io_buf *b, int width, int right,
			   const char *title)
{
	enf__io_putf(
		b,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
		"width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
		"font-family=\"sans-serif\" font-size=\"11\">\n",
		width, ENF__SVG_HEIGHT, width, ENF__SVG_HEIGHT);
	enf__io_puts(b, "<title>");
	enf__xml_text(b, title);
	enf__io_puts(b, "</title>\n");
	enf__io_putf(b,
		     "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" "
		     "fill=\"#ffffff\"/>\n",
		     width, ENF__SVG_HEIGHT);
	if (title[0] != '\0') {
		enf__io_putf(b,
			     "<text x=\"%d\" y=\"26\" text-anchor=\"middle\" "
			     "font-size=\"14\" font-weight=\"bold\">",
			     width / 2);
		enf__xml_text(b, title);
		enf__io_puts(b, "</text>\n");
	}
	enf__io_puts(b, "<g stroke=\"#d9d9d9\" stroke-width=\"1\">\n");
	for (int k = 1; k <= 5; k++) {
		int y = ENF__SVG_BASE - enf__svg_px((int64_t)2000 * k);

		enf__io_putf(
			b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
			ENF__SVG_LEFT, y, right, y);
	}
	enf__io_puts(b, "</g>\n<g text-anchor=\"end\" fill=\"#404040\">\n");
	for (int k = 0; k <= 5; k++)
		enf__io_putf(b, "<text x=\"%d\" y=\"%d\">%d%%</text>\n",
			     ENF__SVG_LEFT - 6,
			     ENF__SVG_BASE - enf__svg_px((int64_t)2000 * k) + 4,
			     20 * k);
	enf__io_puts(b, "</g>\n");
	enf__io_putf(b,
		     "<g stroke=\"#404040\" stroke-width=\"1\">\n"
		     "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n"
		     "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n"
		     "</g>\n",
		     ENF__SVG_LEFT, ENF__SVG_TOP, ENF__SVG_LEFT, ENF__SVG_BASE,
		     ENF__SVG_LEFT, ENF__SVG_BASE, right, ENF__SVG_BASE);
}

/* The bar of report i (or "n/a"), its rate above it and its unit below. */
static enf_status enf__svg_bar(enf__io_buf *b, const enf__figs *f, size_t i,
			       enf_measure measure)
{
	int cx = ENF__SVG_LEFT + ENF__SVG_SLOT * (int)i + ENF__SVG_SLOT / 2;
	char label[32];

	if (f->has_rate[measure]) {
		int h = enf__svg_px(f->rate[measure]);
		enf_status st = enf_stats_format_rate(label, sizeof(label),
						      f->rate[measure], 2,
						      ENF_LOCALE_EN);

		if (st != ENF_OK)
			return enf__wrap_rep(st, "stats_svg", i);
		enf__io_putf(
			b,
			"<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" "
			"fill=\"#4472c4\"/>\n"
			"<text x=\"%d\" y=\"%d\">%s</text>\n",
			cx - ENF__SVG_BAR / 2, ENF__SVG_BASE - h, ENF__SVG_BAR,
			h, cx, ENF__SVG_BASE - h - 5, label);
	} else {
		enf__io_putf(
			b,
			"<text x=\"%d\" y=\"%d\" fill=\"#808080\">n/a</text>\n",
			cx, ENF__SVG_BASE - 5);
	}
	enf__io_putf(b, "<text x=\"%d\" y=\"%d\">", cx, ENF__SVG_BASE + 18);
	enf__xml_text(b, f->unit);
	enf__io_puts(b, "</text>\n");
	return ENF_OK;
}

/* The dashed target line across the plot, its label in the right margin. */
static enf_status enf__svg_target(enf__io_buf *b, int64_t target, int right)
{
	int y = ENF__SVG_BASE - enf__svg_px(target);
	char label[32];
	enf_status st = enf_stats_format_rate(label, sizeof(label), target, 2,
					      ENF_LOCALE_EN);

	if (st != ENF_OK)
		return enf__wrap(st, "stats_svg", "target");
	enf__io_putf(b,
		     "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
		     "stroke=\"#c00000\" stroke-width=\"2\" "
		     "stroke-dasharray=\"6 4\"/>\n"
		     "<text x=\"%d\" y=\"%d\" fill=\"#c00000\">%s</text>\n",
		     ENF__SVG_LEFT, y, right, y, right + 4, y + 4, label);
	return ENF_OK;
}

static enf_status enf__svg_draw(enf__io_buf *b, const enf__figs *figs,
				size_t count, enf_measure measure,
				int64_t target, const char *title)
{
	const int right = ENF__SVG_LEFT + ENF__SVG_SLOT * (int)count;
	enf_status st = ENF_OK;

	enf__svg_frame(b, right + ENF__SVG_RIGHT, right, title);
	enf__io_puts(b, "<g text-anchor=\"middle\">\n");
	for (size_t i = 0; st == ENF_OK && i < count; i++)
		st = enf__svg_bar(b, &figs[i], i, measure);
	enf__io_puts(b, "</g>\n");
	if (st == ENF_OK && target >= 0)
		st = enf__svg_target(b, target, right);
	enf__io_puts(b, "</svg>\n");
	return st;
}

enf_status enf_stats_svg(char **out, size_t *len,
			 const enf_stats_report *const *reps, size_t count,
			 enf_measure measure, int64_t target, const char *title)
{
	static const char fn[] = "stats_svg";
	enf__io_buf b = {NULL, 0, 0, 0};
	enf__figs *figs;
	enf_status st;

	ENF__CHECK_NULL("stats_svg", out);
	*out = NULL;
	ENF__CHECK_NULL("stats_svg", title);
	if (measure != ENF_BY_CASES && measure != ENF_BY_MONEY)
		return enf__fail(ENF_EINVALID,
				 "%s: measure is %d; not a measure (0 cases, "
				 "1 money)",
				 fn, (int)measure);
	if (target < -1 || target > 10000)
		return enf__fail(ENF_EINVALID,
				 "%s: target is %" PRId64
				 "; a target is 0..10000 hundredths of a "
				 "percent, or -1 for none",
				 fn, target);
	/* The chart leaves no room for thousands of bars; a count this large
	 * is a mistake, and the pixel arithmetic stays within int. */
	if (count > 10000)
		return enf__fail(ENF_EINVALID,
				 "%s: count is %zu; a chart has at most 10000 "
				 "reports",
				 fn, count);
	figs = enf__collect(fn, reps, count, ENF_GROUP_ALL);
	if (figs == NULL)
		return enf_last_status();
	st = enf__svg_draw(&b, figs, count, measure, target, title);
	free(figs);
	if (st != ENF_OK) {
		free(b.p);
		return st;
	}
	return enf__io_buf_finish(&b, out, len, fn);
}
