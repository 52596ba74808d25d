/*
 * Private: the floor the charts of the engines draw through (svg.c): the
 * options of enf_chart_options resolved and checked once, XML text with
 * escapes, names cut to a number of characters with an ellipsis, rates
 * in the locale, the document's opening and the target's legend entry.
 */
#ifndef ENF_SVG_H
#define ENF_SVG_H

#include "text.h"

#include "enforcement/stats.h"

/* Options checked, with the defaults filled in (texts stay NULL). */
typedef struct enf__chart {
	enf_chart_options o;
	int vi; /* Vietnamese words and decimal comma */
} enf__chart;

/* Checks opts (NULL: the defaults) for function fn and resolves it into
 * c; ENF_EINVALID or ENF_EVERSION naming the field otherwise. */
enf_status enf__chart_resolve(enf__chart *c, const enf_chart_options *opts,
			      const char *fn);

/* Writes s escaped for XML text or attributes; invalid UTF-8 and the
 * characters XML 1.0 does not allow become U+FFFD. */
void enf__svg_text(enf__io_buf *b, const char *s);

/* Characters (code points, an invalid byte counting one) of s. */
size_t enf__svg_chars(const char *s);

/* Writes s escaped, cut to max characters (the last one an ellipsis)
 * when it is longer. */
void enf__svg_label(enf__io_buf *b, const char *s, size_t max);

/* Pixels that n characters take at the charts' font size (11 px). */
int enf__svg_px(size_t n);

/* Writes hundredths of a percent as "62.91%" or "62,91%" (vi) into buf
 * (32 bytes). */
void enf__svg_pct(char *buf, size_t size, int64_t hundredths, int vi);

/* Opens the document (width w, height h, white background) with its
 * <title> and, when title is not empty, the title as a heading. */
void enf__svg_open(enf__io_buf *b, int w, int h, const char *title);

/* The legend entry of the target line at (x, y): a dashed swatch and
 * c->o.target_label or "Target 84.05%" / "Chỉ tiêu 84,05%". */
void enf__svg_target_legend(enf__io_buf *b, int x, int y, const enf__chart *c);

/* The same swatch for a series: a square of colour, then text. */
void enf__svg_swatch(enf__io_buf *b, int x, int y, const char *colour,
		     const char *text);

/* The colour of the target line and of the bars. */
#define ENF__SVG_TARGET "#c00000"
#define ENF__SVG_BAR	"#4472c4"

#endif /* ENF_SVG_H */
