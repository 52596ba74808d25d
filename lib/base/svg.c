/*
 * The floor of the charts (svg.h): options resolved once, escaped and
 * shortened names, locale percentages and the shared pieces of an SVG
 * document. Integer arithmetic only, so the same input gives the same
 * bytes.
 */
#include "svg.h"

#include <stdio.h>
#include <string.h>

enf_status enf_chart_options_init(enf_chart_options *opts, unsigned int version)
{
	enf_chart_options def = ENF_CHART_OPTIONS_INIT;

	ENF__CHECK_NULL("chart_options_init", opts);
	if (enf__check_version("chart_options_init", "version", version,
			       ENF_CHART_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*opts = def;
	opts->version = version;
	return ENF_OK;
}

/* The longest label a chart cuts names to, in characters. */
enum { ENF__SVG_LABEL_DEFAULT = 28, ENF__SVG_LABEL_MAX = 200 };

enf_status enf__chart_resolve(enf__chart *c, const enf_chart_options *opts,
			      const char *fn)
{
	enf_chart_options def = ENF_CHART_OPTIONS_INIT;
	const enf_chart_options *o = opts != NULL ? opts : &def;

	if (enf__check_version(fn, "opts->version", o->version,
			       ENF_CHART_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if (o->measure != ENF_BY_CASES && o->measure != ENF_BY_MONEY)
		return enf__fail(ENF_EINVALID,
				 "%s: opts->measure is %d; not a measure (0 "
				 "cases, 1 money)",
				 fn, (int)o->measure);
	if (o->target < -1 || o->target > 10000)
		return enf__fail(ENF_EINVALID,
				 "%s: opts->target is %lld; a target is "
				 "0..10000 hundredths of a percent, or -1 for "
				 "none",
				 fn, (long long)o->target);
	if (o->locale != ENF_LOCALE_VI && o->locale != ENF_LOCALE_EN &&
	    o->locale != ENF_LOCALE_PLAIN)
		return enf__fail(ENF_EINVALID,
				 "%s: opts->locale is %d; not a locale (0 vi, "
				 "1 en, 2 plain)",
				 fn, (int)o->locale);
	if (o->layout != ENF_CHART_AUTO && o->layout != ENF_CHART_COLUMNS &&
	    o->layout != ENF_CHART_BARS)
		return enf__fail(ENF_EINVALID,
				 "%s: opts->layout is %d; not a layout (0 "
				 "auto, 1 columns, 2 bars)",
				 fn, (int)o->layout);
	if (o->label_chars == 1 || o->label_chars > ENF__SVG_LABEL_MAX)
		return enf__fail(ENF_EINVALID,
				 "%s: opts->label_chars is %u; a label holds "
				 "2..%d characters, or 0 for %d",
				 fn, o->label_chars, ENF__SVG_LABEL_MAX,
				 ENF__SVG_LABEL_DEFAULT);
	c->o = *o;
	if (c->o.label_chars == 0)
		c->o.label_chars = ENF__SVG_LABEL_DEFAULT;
	c->vi = o->locale == ENF_LOCALE_VI;
	return ENF_OK;
}

void enf__svg_text(enf__io_buf *b, const char *s)
{
	enf__io_xml_text(b, s);
}

size_t enf__svg_chars(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t k = 0;

	for (; *p != '\0'; k++) {
		int n = enf__io_utf8_len(p);

		p += n > 0 ? n : 1;
	}
	return k;
}

void enf__svg_label(enf__io_buf *b, const char *s, size_t max)
{
	if (max < 2 || enf__svg_chars(s) <= max) {
		enf__svg_text(b, s);
		return;
	}
	(void)enf__io_xml_text_n(b, s, max - 1);
	enf__io_puts(b, "\xe2\x80\xa6"); /* U+2026 horizontal ellipsis */
}

int enf__svg_px(size_t n)
{
	if (n > 1000)
		n = 1000;
	return (int)(n * 13 / 2);
}

void enf__svg_pct(char *buf, size_t size, int64_t hundredths, int vi)
{
	if (enf_percent_format(buf, size, hundredths,
			       vi ? ENF_LOCALE_VI : ENF_LOCALE_EN) != ENF_OK)
		(void)snprintf(buf, size, "?");
}

void enf__svg_open(enf__io_buf *b, int w, int h, const char *title)
{
	enf__io_putf(b,
		     "<svg xmlns=\"http://www.w3.org/2000/svg\" "
		     "version=\"1.1\" width=\"%d\" height=\"%d\" "
		     "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" "
		     "font-size=\"11\">\n<title>",
		     w, h, w, h);
	enf__svg_text(b, title);
	enf__io_putf(b,
		     "</title>\n<rect x=\"0\" y=\"0\" width=\"%d\" "
		     "height=\"%d\" fill=\"#ffffff\"/>\n",
		     w, h);
	if (title[0] == '\0')
		return;
	enf__io_putf(b,
		     "<text x=\"%d\" y=\"24\" text-anchor=\"middle\" "
		     "font-size=\"15\" font-weight=\"bold\">",
		     w / 2);
	enf__svg_text(b, title);
	enf__io_puts(b, "</text>\n");
}

void enf__svg_target_legend(enf__io_buf *b, int x, int y, const enf__chart *c)
{
	char pct[32];

	enf__io_putf(b,
		     "<g class=\"legend\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" "
		     "y2=\"%d\" stroke=\"%s\" stroke-width=\"2\" "
		     "stroke-dasharray=\"6 4\"/><text x=\"%d\" y=\"%d\">",
		     x, y, x + 24, y, ENF__SVG_TARGET, x + 30, y + 4);
	if (c->o.target_label != NULL) {
		enf__svg_text(b, c->o.target_label);
	} else {
		enf__svg_pct(pct, sizeof(pct), c->o.target, c->vi);
		enf__io_puts(b, c->vi ? "Chỉ tiêu " : "Target ");
		enf__io_puts(b, pct);
	}
	enf__io_puts(b, "</text></g>\n");
}

void enf__svg_swatch(enf__io_buf *b, int x, int y, const char *colour,
		     const char *text)
{
	enf__io_putf(b,
		     "<g class=\"legend\"><rect x=\"%d\" y=\"%d\" width=\"24\" "
		     "height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">",
		     x, y - 5, colour, x + 30, y + 4);
	enf__svg_text(b, text);
	enf__io_puts(b, "</text></g>\n");
}
