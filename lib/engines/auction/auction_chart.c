/*
 * The price-ladder chart with a name per series (enf_auction_chart): the
 * chart of enf_auction_svg() with the options of the statistics charts
 * (lib/base/svg.c): a title, percentages in the locale, axis titles, a
 * target line named in the legend, legend names cut with an ellipsis
 * and given whole in a tooltip, and a tooltip on every point.
 */
#include "auction_engine.h"
#include "svg.h"

#include <string.h>

/* Geometry, in pixels: auction k at x = LEFT + SLOT (k - 1) + SLOT / 2;
 * the plot runs from y base (0%) up to base - PLOT (the top of the
 * scale). */
enum {
	ENF__AC_LEFT = 76,
	ENF__AC_SLOT = 50,
	ENF__AC_PLOT = 250,
	ENF__AC_ENTRY = 18 /* a legend entry */
};

typedef struct enf__ac {
	enf__io_buf b;
	enf__chart c;
	const enf_auction *const *sales;
	const char *const *names;
	size_t n;
	int32_t rounds;
	int64_t top; /* hundredths of a percent at the top of the scale */
	int plot_top, base, right;
} enf__ac;

static int enf__ac_y(const enf__ac *d, int64_t share)
{
	return d->base - (int)((share * ENF__AC_PLOT + d->top / 2) / d->top);
}

static int enf__ac_x(int32_t round)
{
	return ENF__AC_LEFT + ENF__AC_SLOT * (round - 1) + ENF__AC_SLOT / 2;
}

static const char *enf__ac_name(const enf__ac *d, size_t i)
{
	const enf_auction *a = d->sales[i];

	if (d->names != NULL && d->names[i] != NULL)
		return d->names[i];
	return a->rules->id != NULL ? a->rules->id : "";
}

/* Gridlines and labels every fifth of the scale, auction numbers, the
 * axes and their titles. */
static void enf__ac_axes(enf__ac *d)
{
	enf__io_puts(&d->b, "<g stroke=\"#d9d9d9\" stroke-width=\"1\">\n");
	for (int k = 1; k <= 5; k++)
		enf__io_putf(
			&d->b,
			"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
			ENF__AC_LEFT, enf__ac_y(d, d->top * k / 5), d->right,
			enf__ac_y(d, d->top * k / 5));
	enf__io_puts(&d->b, "</g>\n<g text-anchor=\"end\" fill=\"#404040\">\n");
	for (int k = 0; k <= 5; k++)
		enf__io_putf(&d->b, "<text x=\"%d\" y=\"%d\">%d%%</text>\n",
			     ENF__AC_LEFT - 6, enf__ac_y(d, d->top * k / 5) + 4,
			     (int)(d->top * k / 5 / 100));
	enf__io_puts(&d->b,
		     "</g>\n<g text-anchor=\"middle\" fill=\"#404040\">\n");
	for (int32_t k = 1; k <= d->rounds; k++)
		enf__io_putf(&d->b, "<text x=\"%d\" y=\"%d\">%d</text>\n",
			     enf__ac_x(k), d->base + 16, (int)k);
	enf__io_putf(&d->b,
		     "</g>\n<g stroke=\"#404040\" stroke-width=\"1\">\n"
		     "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n"
		     "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n</g>\n"
		     "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" "
		     "font-weight=\"bold\">",
		     ENF__AC_LEFT, d->plot_top, ENF__AC_LEFT, d->base,
		     ENF__AC_LEFT, d->base, d->right, d->base,
		     (ENF__AC_LEFT + d->right) / 2, d->base + 36);
	enf__svg_text(&d->b, d->c.o.unit_title != NULL ? d->c.o.unit_title
			     : d->c.vi		       ? "Lần đấu giá"
						       : "Auction");
	enf__io_putf(&d->b,
		     "</text>\n<text transform=\"translate(18,%d) "
		     "rotate(-90)\" text-anchor=\"middle\" "
		     "font-weight=\"bold\">",
		     (d->plot_top + d->base) / 2);
	enf__svg_text(&d->b, d->c.o.value_title != NULL ? d->c.o.value_title
			     : d->c.vi
				     ? "Giá khởi điểm, % giá trị thẩm định"
				     : "Starting price, % of appraised value");
	enf__io_puts(&d->b, "</text>\n");
}

/* A point of sale i: its circle with a tooltip, its share above. */
static void enf__ac_point(enf__ac *d, size_t i, const enf_auction_step *s)
{
	int64_t h = enf__as_share(d->sales[i], s->price);
	int x = enf__ac_x(s->round), y = enf__ac_y(d, h);
	char pct[32];

	enf__svg_pct(pct, sizeof(pct), h, d->c.vi);
	enf__io_putf(&d->b, "<circle cx=\"%d\" cy=\"%d\" r=\"3\"><title>", x,
		     y);
	enf__svg_text(&d->b, enf__ac_name(d, i));
	enf__io_putf(&d->b, ", %s %d: %s</title></circle>\n",
		     d->c.vi ? "lần đấu giá" : "auction", (int)s->round, pct);
	enf__io_putf(&d->b,
		     "<text x=\"%d\" y=\"%d\" stroke=\"none\" "
		     "text-anchor=\"middle\" font-size=\"9\">%s</text>\n",
		     x, y - 6, pct);
}

/* Sale i: its line, its points, its legend entry. */
static void enf__ac_sale(enf__ac *d, size_t i)
{
	const enf_auction *a = d->sales[i];
	const char *colour = enf__as_colours[i];
	int ly = d->plot_top + ENF__AC_ENTRY * (int)i + 4;
	int first = 1;

	enf__io_putf(&d->b,
		     "<g class=\"series\" stroke=\"%s\" fill=\"%s\">\n"
		     "<polyline fill=\"none\" stroke-width=\"2\" points=\"",
		     colour, colour);
	for (size_t k = 0; k < a->n; k++) {
		const enf_auction_step *s = &a->steps[k];

		if (!enf__as_point(s) || s->round > d->rounds)
			continue;
		enf__io_putf(&d->b, "%s%d,%d", first ? "" : " ",
			     enf__ac_x(s->round),
			     enf__ac_y(d, enf__as_share(a, s->price)));
		first = 0;
	}
	enf__io_puts(&d->b, "\"/>\n");
	for (size_t k = 0; k < a->n; k++)
		if (enf__as_point(&a->steps[k]) &&
		    a->steps[k].round <= d->rounds)
			enf__ac_point(d, i, &a->steps[k]);
	enf__io_puts(&d->b, "<g class=\"legend\"><title>");
	enf__svg_text(&d->b, enf__ac_name(d, i));
	enf__io_putf(&d->b,
		     "</title><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
		     "stroke-width=\"2\"/><text x=\"%d\" y=\"%d\" "
		     "stroke=\"none\" fill=\"#000000\">",
		     d->right + 16, ly, d->right + 40, ly, d->right + 46,
		     ly + 4);
	enf__svg_label(&d->b, enf__ac_name(d, i), d->c.o.label_chars);
	enf__io_puts(&d->b, "</text></g>\n</g>\n");
}

/* The rounds and the top of the scale over every sale and the target. */
static void enf__ac_scale(enf__ac *d)
{
	d->rounds = 1;
	d->top = 10000;
	if (d->c.o.target > d->top)
		d->top = d->c.o.target;
	for (size_t i = 0; i < d->n; i++) {
		for (size_t k = 0; k < d->sales[i]->n; k++) {
			const enf_auction_step *s = &d->sales[i]->steps[k];
			int64_t h;

			if (!enf__as_point(s))
				continue;
			if (s->round > d->rounds)
				d->rounds = s->round;
			h = enf__as_share(d->sales[i], s->price);
			if (h > d->top)
				d->top = h;
		}
	}
	if (d->rounds > ENF__AUC_ROUND_CAP)
		d->rounds = ENF__AUC_ROUND_CAP;
	d->top = (d->top + 1999) / 2000 * 2000; /* whole percents */
}

/* The width of the legend: its longest name, as cut. */
static int enf__ac_legend_width(const enf__ac *d)
{
	size_t most = 12;

	for (size_t i = 0; i < d->n; i++) {
		size_t k = enf__svg_chars(enf__ac_name(d, i));

		if (k > d->c.o.label_chars)
			k = d->c.o.label_chars;
		if (k > most)
			most = k;
	}
	if (d->c.o.target >= 0 && most < 20)
		most = 20;
	return 16 + 30 + enf__svg_px(most) + 16;
}

static void enf__ac_draw(enf__ac *d)
{
	const char *title = d->c.o.title != NULL ? d->c.o.title : "";
	int legend_h, h;

	enf__ac_scale(d);
	d->plot_top = (title[0] != '\0' ? 40 : 10) + 20;
	d->base = d->plot_top + ENF__AC_PLOT;
	d->right = ENF__AC_LEFT + ENF__AC_SLOT * (int)d->rounds;
	legend_h = d->plot_top + ENF__AC_ENTRY * ((int)d->n + 1) + 10;
	h = d->base + 50 > legend_h ? d->base + 50 : legend_h;
	enf__svg_open(&d->b, d->right + enf__ac_legend_width(d), h, title);
	enf__ac_axes(d);
	for (size_t i = 0; i < d->n; i++)
		enf__ac_sale(d, i);
	if (d->c.o.target >= 0) {
		int y = enf__ac_y(d, d->c.o.target);

		enf__io_putf(&d->b,
			     "<line class=\"target\" x1=\"%d\" y1=\"%d\" "
			     "x2=\"%d\" y2=\"%d\" stroke=\"%s\" "
			     "stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n",
			     ENF__AC_LEFT, y, d->right, y, ENF__SVG_TARGET);
		enf__svg_target_legend(
			&d->b, d->right + 16,
			d->plot_top + ENF__AC_ENTRY * (int)d->n + 4, &d->c);
	}
	enf__io_puts(&d->b, "</svg>\n");
}

enf_status enf_auction_chart(char **out, size_t *len,
			     const enf_auction *const *sales,
			     const char *const *names, size_t count,
			     const enf_chart_options *opts)
{
	static const char fn[] = "auction_chart";
	enf__ac d;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, sales);
	if (count == 0 || count > 16)
		return enf__fail(ENF_EINVALID,
				 "%s: count is %zu; a chart shows 1..16 sales",
				 fn, count);
	for (size_t i = 0; i < count; i++)
		if (sales[i] == NULL)
			return enf__fail(ENF_EINVALID, "%s: sales[%zu] is NULL",
					 fn, i);
	memset(&d, 0, sizeof(d));
	st = enf__chart_resolve(&d.c, opts, fn);
	if (st != ENF_OK)
		return st;
	d.sales = sales;
	d.names = names;
	d.n = count;
	enf__ac_draw(&d);
	return enf__io_buf_finish(&d.b, out, len, fn);
}
