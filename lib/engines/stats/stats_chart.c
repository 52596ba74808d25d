/*
 * The chart of completion rates that scales (enf_stats_chart): columns
 * for a few units, horizontal bars of one row each for many (the 34
 * provinces, the 355 regional offices), names cut with an ellipsis and
 * given whole in a tooltip, rates in the locale, axis titles, and the
 * target as a dashed line named in a legend. Reports are read through
 * the public accessors of stats.h; the drawing floor is lib/base/svg.c.
 * The geometry is integer pixel arithmetic: the same reports and options
 * give the same bytes.
 */
#include "svg.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One unit as drawn. */
typedef struct enf__cunit {
	const char *name;
	int has_rate; /* 0: nothing with means */
	int64_t rate; /* hundredths of a percent */
} enf__cunit;

/* The chart being drawn. */
typedef struct enf__cdraw {
	enf__io_buf b;
	enf__chart c;
	const enf__cunit *u;
	size_t n;
	size_t label; /* characters of the longest label, as cut */
	const char *value_title;
	char unit_title[160];
} enf__cdraw;

/* Layout, in pixels. Bars: a chart ENF__CB_WIDTH wide, one row a unit.
 * Columns: ENF__CC_SLOT a unit, ENF__CC_PLOT tall for 0..100%. */
enum {
	ENF__CB_WIDTH = 900,
	ENF__CB_ROW = 18,
	ENF__CB_BAR = 12,
	ENF__CB_RIGHT = 64, /* room for "100,00%" after a full bar */
	ENF__CC_SLOT = 70,
	ENF__CC_BAR = 40,
	ENF__CC_LEFT = 72,
	ENF__CC_RIGHT = 40,
	ENF__CC_PLOT = 250,
	ENF__CC_MIN_WIDTH = 480,
	ENF__C_AUTO_BARS = 12 /* AUTO: bars beyond this many units */
};

/* A white outline under a rate's figure, so that it stays legible where
 * the target line crosses it. */
#define ENF__C_HALO                                                            \
	"paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\""

/* Reads unit i: its name and rate by the measure of the chart. */
static enf_status enf__chart_unit(enf__cunit *u, const enf_stats_report *rep,
				  const enf__chart *c, size_t i)
{
	int64_t with_means = 0;
	enf_status st;

	u->name = c->o.names != NULL ? c->o.names[i] : NULL;
	if (u->name == NULL)
		u->name = enf_stats_report_unit(rep);
	if (u->name == NULL)
		return enf__fail(ENF_EINVALID,
				 "stats_chart: reps[%zu] has no unit", i);
	st = enf_stats_report_get(&with_means, rep, ENF_GROUP_ALL, c->o.measure,
				  ENF_IND_WITH_MEANS);
	u->has_rate = st == ENF_OK && with_means != 0;
	u->rate = 0;
	if (u->has_rate)
		st = enf_stats_report_rate(&u->rate, rep, ENF_GROUP_ALL,
					   c->o.measure, NULL);
	if (st != ENF_OK)
		return enf__fail(st, "stats_chart: reps[%zu]: %s", i,
				 enf_last_error());
	return ENF_OK;
}

/* The axis titles: the caller's, or from the measure and the period of
 * the reports (left out when they differ). */
static void enf__chart_titles(enf__cdraw *d,
			      const enf_stats_report *const *reps)
{
	static const char *const value[2][2] = {
		{"Completion rate by cases, %", "Completion rate by money, %"},
		{"Tỷ lệ thi hành xong về việc, %",
		 "Tỷ lệ thi hành xong về tiền, %"}};
	enf_period p, q;
	char a[16], z[16];
	int same = enf_stats_report_period(&p, reps[0]) == ENF_OK;

	d->value_title = d->c.o.value_title != NULL
				 ? d->c.o.value_title
				 : value[d->c.vi][d->c.o.measure];
	for (size_t i = 1; same && i < d->n; i++)
		same = enf_stats_report_period(&q, reps[i]) == ENF_OK &&
		       q.first == p.first && q.last == p.last;
	if (same)
		same = enf_date_format(a, sizeof(a), p.first,
				       d->c.vi ? ENF_LOCALE_VI
					       : ENF_LOCALE_EN) == ENF_OK &&
		       enf_date_format(z, sizeof(z), p.last,
				       d->c.vi ? ENF_LOCALE_VI
					       : ENF_LOCALE_EN) == ENF_OK;
	if (!same)
		(void)snprintf(d->unit_title, sizeof(d->unit_title), "%s",
			       d->c.vi ? "Đơn vị" : "Units");
	else if (d->c.vi)
		(void)snprintf(d->unit_title, sizeof(d->unit_title),
			       "Đơn vị, từ %s đến %s", a, z);
	else
		(void)snprintf(d->unit_title, sizeof(d->unit_title),
			       "Units, %s to %s", a, z);
}

/* The unit title as the caller gave it or as made above. */
static const char *enf__chart_unit_title(const enf__cdraw *d)
{
	return d->c.o.unit_title != NULL ? d->c.o.unit_title : d->unit_title;
}

/* The tooltip of unit i: its full name and its rate. */
static void enf__chart_tip(enf__cdraw *d, const enf__cunit *u)
{
	char pct[32];

	enf__io_puts(&d->b, "<title>");
	enf__svg_text(&d->b, u->name);
	if (u->has_rate) {
		enf__svg_pct(pct, sizeof(pct), u->rate, d->c.vi);
		enf__io_puts(&d->b, ": ");
		enf__io_puts(&d->b, pct);
	} else {
		enf__io_puts(&d->b, d->c.vi ? ": không có việc có điều kiện"
					    : ": n/a, none with means");
	}
	enf__io_puts(&d->b, "</title>");
}

/* The legend under the title: the bars, then the target line. */
static void enf__chart_legend(enf__cdraw *d, int x, int y)
{
	enf__svg_swatch(&d->b, x, y, ENF__SVG_BAR, d->value_title);
	if (d->c.o.target >= 0)
		enf__svg_target_legend(
			&d->b,
			x + 46 + enf__svg_px(enf__svg_chars(d->value_title)), y,
			&d->c);
}

/* Pixels of a rate along an axis of len pixels for 100% (capped). */
static int enf__chart_len(int64_t rate, int len)
{
	if (rate > 10000)
		rate = 10000;
	if (rate < 0)
		rate = 0;
	return (int)((rate * len + 5000) / 10000);
}

/* ---------------------------------------------------------------------- */
/* Horizontal bars                                                         */

/* The value axis of the bars: gridlines every 10%, labels above and below
 * the plot every 20%. */
static void enf__bars_axis(enf__cdraw *d, int x0, int len, int top, int bot)
{
	enf__io_puts(&d->b, "<g stroke=\"#d9d9d9\" stroke-width=\"1\">\n");
	for (int k = 1; k <= 10; k++) {
		int x = x0 + enf__chart_len((int64_t)1000 * k, len);

		enf__io_putf(
			&d->b,
			"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n", x,
			top, x, bot);
	}
	enf__io_puts(&d->b,
		     "</g>\n<g text-anchor=\"middle\" fill=\"#404040\">\n");
	for (int k = 0; k <= 10; k += 2) {
		int x = x0 + enf__chart_len((int64_t)1000 * k, len);

		enf__io_putf(&d->b,
			     "<text x=\"%d\" y=\"%d\">%d%%</text>\n"
			     "<text x=\"%d\" y=\"%d\">%d%%</text>\n",
			     x, top - 5, 10 * k, x, bot + 14, 10 * k);
	}
	enf__io_putf(&d->b,
		     "</g>\n<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
		     "stroke=\"#404040\"/>\n",
		     x0, top, x0, bot);
}

/* Row i of the bars: the name (cut) and the bar, with one tooltip. */
static void enf__bars_row(enf__cdraw *d, size_t i, int x0, int len, int y)
{
	const enf__cunit *u = &d->u[i];

	enf__io_puts(&d->b, "<g class=\"unit\">");
	enf__chart_tip(d, u);
	enf__io_putf(&d->b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">",
		     x0 - 6, y + ENF__CB_BAR - 2);
	enf__svg_label(&d->b, u->name, d->c.o.label_chars);
	enf__io_puts(&d->b, "</text>");
	if (u->has_rate)
		enf__io_putf(&d->b,
			     "<rect x=\"%d\" y=\"%d\" width=\"%d\" "
			     "height=\"%d\" fill=\"%s\"/>",
			     x0, y, enf__chart_len(u->rate, len), ENF__CB_BAR,
			     ENF__SVG_BAR);
	enf__io_puts(&d->b, "</g>\n");
}

/* The rate of row i after its bar ("n/a" at the axis), drawn over the
 * target line. */
static void enf__bars_value(enf__cdraw *d, size_t i, int x0, int len, int y)
{
	const enf__cunit *u = &d->u[i];
	char pct[32];

	if (u->has_rate) {
		enf__svg_pct(pct, sizeof(pct), u->rate, d->c.vi);
		enf__io_putf(&d->b,
			     "<text x=\"%d\" y=\"%d\" " ENF__C_HALO
			     ">%s</text>\n",
			     x0 + enf__chart_len(u->rate, len) + 4,
			     y + ENF__CB_BAR - 2, pct);
	} else {
		enf__io_putf(&d->b,
			     "<text x=\"%d\" y=\"%d\" fill=\"#808080\">%s"
			     "</text>\n",
			     x0 + 4, y + ENF__CB_BAR - 2,
			     d->c.vi ? "không có" : "n/a");
	}
}

/* The top of the bar of row i. */
static int enf__bars_y(int top, size_t i)
{
	return top + ENF__CB_ROW * (int)i + (ENF__CB_ROW - ENF__CB_BAR) / 2;
}

static void enf__chart_bars(enf__cdraw *d)
{
	const char *title = d->c.o.title != NULL ? d->c.o.title : "";
	int head = title[0] != '\0' ? 40 : 10;
	int top = head + 24 + 22; /* legend, then the axis labels */
	int bot = top + ENF__CB_ROW * (int)d->n;
	int x0 = 24 + 8 + enf__svg_px(d->label) + 8;
	int len = ENF__CB_WIDTH - ENF__CB_RIGHT - x0;
	int h = bot + 14 + 30;

	enf__svg_open(&d->b, ENF__CB_WIDTH, h, title);
	enf__chart_legend(d, x0, head + 10);
	enf__bars_axis(d, x0, len, top, bot);
	for (size_t i = 0; i < d->n; i++)
		enf__bars_row(d, i, x0, len, enf__bars_y(top, i));
	if (d->c.o.target >= 0) {
		int x = x0 + enf__chart_len(d->c.o.target, len);

		enf__io_putf(&d->b,
			     "<line class=\"target\" x1=\"%d\" y1=\"%d\" "
			     "x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
			     "stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n",
			     x, top - 2, x, bot + 2, ENF__SVG_TARGET);
	}
	enf__io_puts(&d->b, "<g class=\"values\">\n");
	for (size_t i = 0; i < d->n; i++)
		enf__bars_value(d, i, x0, len, enf__bars_y(top, i));
	enf__io_puts(&d->b, "</g>\n");
	enf__io_putf(&d->b,
		     "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
		     "font-weight=\"bold\">",
		     x0 + len / 2, bot + 36);
	enf__svg_text(&d->b, d->value_title);
	enf__io_putf(&d->b,
		     "</text>\n<text transform=\"translate(16,%d) "
		     "rotate(-90)\" text-anchor=\"middle\" "
		     "font-weight=\"bold\">",
		     (top + bot) / 2);
	enf__svg_text(&d->b, enf__chart_unit_title(d));
	enf__io_puts(&d->b, "</text>\n</svg>\n");
}

/* ---------------------------------------------------------------------- */
/* Columns                                                                 */

/* The value axis of the columns: gridlines and labels every 20%. */
static void enf__cols_axis(enf__cdraw *d, int top, int base, int right)
{
	enf__io_puts(&d->b, "<g stroke=\"#d9d9d9\" stroke-width=\"1\">\n");
	for (int k = 1; k <= 5; k++) {
		int y = base - enf__chart_len((int64_t)2000 * k, ENF__CC_PLOT);

		enf__io_putf(
			&d->b,
			"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
			ENF__CC_LEFT, y, right, y);
	}
	enf__io_puts(&d->b, "</g>\n<g text-anchor=\"end\" fill=\"#404040\">\n");
	for (int k = 0; k <= 5; k++)
		enf__io_putf(
			&d->b, "<text x=\"%d\" y=\"%d\">%d%%</text>\n",
			ENF__CC_LEFT - 6,
			base - enf__chart_len((int64_t)2000 * k, ENF__CC_PLOT) +
				4,
			20 * k);
	enf__io_putf(&d->b,
		     "</g>\n<g stroke=\"#404040\" stroke-width=\"1\">\n"
		     "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n"
		     "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n</g>\n",
		     ENF__CC_LEFT, top, ENF__CC_LEFT, base, ENF__CC_LEFT, base,
		     right, base);
}

/* Column i: the column and its name below (turned when the names do not
 * fit a slot), with one tooltip. */
static void enf__cols_one(enf__cdraw *d, size_t i, int base, int turned)
{
	const enf__cunit *u = &d->u[i];
	int cx = ENF__CC_LEFT + ENF__CC_SLOT * (int)i + ENF__CC_SLOT / 2;
	int h = u->has_rate ? enf__chart_len(u->rate, ENF__CC_PLOT) : 0;

	enf__io_puts(&d->b, "<g class=\"unit\">");
	enf__chart_tip(d, u);
	if (u->has_rate)
		enf__io_putf(&d->b,
			     "<rect x=\"%d\" y=\"%d\" width=\"%d\" "
			     "height=\"%d\" fill=\"%s\"/>",
			     cx - ENF__CC_BAR / 2, base - h, ENF__CC_BAR, h,
			     ENF__SVG_BAR);
	if (turned)
		enf__io_putf(&d->b,
			     "<text transform=\"translate(%d,%d) "
			     "rotate(-40)\" text-anchor=\"end\">",
			     cx + 4, base + 14);
	else
		enf__io_putf(&d->b,
			     "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">",
			     cx, base + 16);
	enf__svg_label(&d->b, u->name, d->c.o.label_chars);
	enf__io_puts(&d->b, "</text></g>\n");
}

/* The rate of column i above it ("n/a" at the axis), drawn over the
 * target line. */
static void enf__cols_value(enf__cdraw *d, size_t i, int base)
{
	const enf__cunit *u = &d->u[i];
	int cx = ENF__CC_LEFT + ENF__CC_SLOT * (int)i + ENF__CC_SLOT / 2;
	char pct[32];

	if (u->has_rate) {
		enf__svg_pct(pct, sizeof(pct), u->rate, d->c.vi);
		enf__io_putf(
			&d->b,
			"<text x=\"%d\" y=\"%d\" "
			"text-anchor=\"middle\" " ENF__C_HALO ">%s</text>\n",
			cx, base - enf__chart_len(u->rate, ENF__CC_PLOT) - 5,
			pct);
	} else {
		enf__io_putf(&d->b,
			     "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
			     "fill=\"#808080\">%s</text>\n",
			     cx, base - 5, d->c.vi ? "không có" : "n/a");
	}
}

static void enf__chart_columns(enf__cdraw *d)
{
	const char *title = d->c.o.title != NULL ? d->c.o.title : "";
	int head = title[0] != '\0' ? 40 : 10;
	int top = head + 40;
	int base = top + ENF__CC_PLOT;
	int right = ENF__CC_LEFT + ENF__CC_SLOT * (int)d->n;
	int turned = enf__svg_px(d->label) > ENF__CC_SLOT - 6;
	/* A turned label drops by about two thirds of its length. */
	int names = turned ? 24 + enf__svg_px(d->label) * 2 / 3 : 24;
	int w = right + ENF__CC_RIGHT;
	int legend = 46 + enf__svg_px(enf__svg_chars(d->value_title)) + 200;

	if (w < ENF__CC_MIN_WIDTH)
		w = ENF__CC_MIN_WIDTH;
	if (w < ENF__CC_LEFT + legend)
		w = ENF__CC_LEFT + legend;
	enf__svg_open(&d->b, w, base + names + 30, title);
	enf__chart_legend(d, ENF__CC_LEFT, head + 10);
	enf__cols_axis(d, top, base, right);
	for (size_t i = 0; i < d->n; i++)
		enf__cols_one(d, i, base, turned);
	if (d->c.o.target >= 0) {
		int y = base - enf__chart_len(d->c.o.target, ENF__CC_PLOT);

		enf__io_putf(&d->b,
			     "<line class=\"target\" x1=\"%d\" y1=\"%d\" "
			     "x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
			     "stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n",
			     ENF__CC_LEFT, y, right, y, ENF__SVG_TARGET);
	}
	enf__io_puts(&d->b, "<g class=\"values\">\n");
	for (size_t i = 0; i < d->n; i++)
		enf__cols_value(d, i, base);
	enf__io_puts(&d->b, "</g>\n");
	enf__io_putf(&d->b,
		     "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
		     "font-weight=\"bold\">",
		     (ENF__CC_LEFT + right) / 2, base + names + 20);
	enf__svg_text(&d->b, enf__chart_unit_title(d));
	enf__io_putf(&d->b,
		     "</text>\n<text transform=\"translate(18,%d) "
		     "rotate(-90)\" text-anchor=\"middle\" "
		     "font-weight=\"bold\">",
		     (top + base) / 2);
	enf__svg_text(&d->b, d->value_title);
	enf__io_puts(&d->b, "</text>\n</svg>\n");
}

/* ---------------------------------------------------------------------- */

/* Checks the reports and reads their units into a malloc'd array. */
static enf_status enf__chart_read(enf__cunit **out,
				  const enf_stats_report *const *reps,
				  size_t count, const enf__chart *c)
{
	static const char fn[] = "stats_chart";
	enf__cunit *u;

	ENF__CHECK_NULL(fn, reps);
	if (count == 0 || count > 10000)
		return enf__fail(ENF_EINVALID,
				 "%s: count is %zu; a chart shows 1..10000 "
				 "reports",
				 fn, count);
	for (size_t i = 0; i < count; i++)
		if (reps[i] == NULL)
			return enf__fail(ENF_EINVALID, "%s: reps[%zu] is NULL",
					 fn, i);
	u = malloc(count * sizeof(*u));
	if (u == NULL)
		return enf__fail(ENF_ENOMEM,
				 "%s: out of memory for %zu reports", fn,
				 count);
	for (size_t i = 0; i < count; i++) {
		enf_status st = enf__chart_unit(&u[i], reps[i], c, i);

		if (st != ENF_OK) {
			free(u);
			return st;
		}
	}
	*out = u;
	return ENF_OK;
}

enf_status enf_stats_chart(char **out, size_t *len,
			   const enf_stats_report *const *reps, size_t count,
			   const enf_chart_options *opts)
{
	static const char fn[] = "stats_chart";
	enf__cdraw d;
	enf__cunit *u = NULL;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	memset(&d, 0, sizeof(d));
	st = enf__chart_resolve(&d.c, opts, fn);
	if (st == ENF_OK)
		st = enf__chart_read(&u, reps, count, &d.c);
	if (st != ENF_OK || u == NULL)
		return st != ENF_OK ? st : ENF_ENOMEM;
	d.u = u;
	d.n = count;
	for (size_t i = 0; i < count; i++) {
		size_t k = enf__svg_chars(u[i].name);

		if (k > d.c.o.label_chars)
			k = d.c.o.label_chars;
		if (k > d.label)
			d.label = k;
	}
	enf__chart_titles(&d, reps);
	if (d.c.o.layout == ENF_CHART_BARS ||
	    (d.c.o.layout == ENF_CHART_AUTO && count > ENF__C_AUTO_BARS))
		enf__chart_bars(&d);
	else
		enf__chart_columns(&d);
	free(u);
	return enf__io_buf_finish(&d.b, out, len, fn);
}
