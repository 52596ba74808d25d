/*
 * Output of the statistics module: an SVG bar chart of the completion
 * rates of reports against a target. Reports are read through the public
 * accessors of stats.h (stats_figs.c); the indicator table is written by
 * stats_table.c.
 *
 * Every number written is an integer or a rate formatted by
 * enf_stats_format_rate(); the chart's geometry is integer pixel
 * arithmetic, so the same reports give byte-identical text.
 */
#include "text.h"
#include "stats_figs.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

static void enf__xml_text(enf__io_buf *b, const char *s)
{
	enf__io_xml_text(b, s);
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
			return enf__stats_wrap_rep(st, "stats_svg", i);
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
		return enf__stats_wrap(st, "stats_svg", "target");
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
	figs = enf__stats_figs_collect(fn, reps, count, ENF_GROUP_ALL);
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
