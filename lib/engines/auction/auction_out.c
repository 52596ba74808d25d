/*
 * Output of a sale (auction.h): its trail as CSV and JSON, the replay of a
 * CSV trail into a sale, and an SVG chart of the price ladders of several
 * sales. Every number is written as an integer; the chart's geometry is
 * integer pixel arithmetic, so the same sales give byte-identical text.
 */
#include "auction_engine.h"
#include "text.h"
#include "csv_read.h"

#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------- */
/* CSV and JSON                                                            */

static const char enf__auc_header[] = "round,kind,date,price,lowest_bid,amount,"
				      "cut_ppm,phase,offer_open,rule,source\n";

enf_status enf_auction_to_csv(char **out, size_t *len, const enf_auction *sale)
{
	enf__io_buf b = {NULL, 0, 0, 0};
	char d[16];

	ENF__CHECK_NULL("auction_to_csv", out);
	*out = NULL;
	ENF__CHECK_NULL("auction_to_csv", sale);
	enf__io_puts(&b, enf__auc_header);
	for (size_t i = 0; i < sale->n; i++) {
		const enf_auction_step *s = &sale->steps[i];

		enf__io_putf(&b,
			     "%d,%s,%s,%" PRId64 ",%" PRId64 ",%" PRId64
			     ",%" PRId64 ",%s,%d,",
			     (int)s->round, enf_auction_kind_name(s->kind),
			     enf__date_text(d, sizeof d, s->date), s->price,
			     s->lowest_bid, s->amount, s->cut_ppm,
			     enf_auction_phase_name(s->phase), s->offer_open);
		enf__io_csv_field(&b, s->rule);
		enf__io_puts(&b, ",");
		enf__io_csv_field(&b, s->source);
		enf__io_puts(&b, "\n");
	}
	return enf__io_buf_finish(&b, out, len, "auction_to_csv");
}

static void enf__auc_json_date(enf__io_buf *b, enf_date date)
{
	char d[16];

	if (enf__date_text(d, sizeof d, date)[0] == '\0')
		enf__io_puts(b, "null");
	else
		enf__io_putf(b, "\"%s\"", d);
}

static void enf__auc_json_step(enf__io_buf *b, const enf_auction_step *s)
{
	enf__io_putf(b,
		     "{\"round\":%d,\"kind\":\"%s\",\"date\":", (int)s->round,
		     enf_auction_kind_name(s->kind));
	enf__auc_json_date(b, s->date);
	enf__io_putf(b,
		     ",\"price\":%" PRId64 ",\"lowest_bid\":%" PRId64
		     ",\"amount\":%" PRId64 ",\"cut_ppm\":%" PRId64
		     ",\"phase\":\"%s\",\"offer_open\":%s,\"rule\":",
		     s->price, s->lowest_bid, s->amount, s->cut_ppm,
		     enf_auction_phase_name(s->phase),
		     s->offer_open ? "true" : "false");
	enf__io_json_string(b, s->rule);
	enf__io_puts(b, ",\"source\":");
	enf__io_json_string(b, s->source);
	enf__io_puts(b, "}");
}

enf_status enf_auction_to_json(char **out, size_t *len, const enf_auction *sale)
{
	enf__io_buf b = {NULL, 0, 0, 0};
	const enf_auction_options *o;

	ENF__CHECK_NULL("auction_to_json", out);
	*out = NULL;
	ENF__CHECK_NULL("auction_to_json", sale);
	o = &sale->opts;
	enf__io_puts(&b, "{\"schema\":\"enforcement-auction/1\",\"rules\":");
	enf__io_json_string(&b, sale->rules->id != NULL ? sale->rules->id : "");
	enf__io_putf(&b,
		     ",\"value\":%" PRId64 ",\"costs\":%" PRId64
		     ",\"debt\":%" PRId64 ",\"secured\":%" PRId64
		     ",\"prior\":%" PRId64
		     ",\"real_estate\":%s,\"state_budget\":%s,\"start\":",
		     o->value, o->costs, o->debt, o->secured, o->prior,
		     o->real_estate ? "true" : "false",
		     o->state_budget ? "true" : "false");
	enf__auc_json_date(&b, o->start);
	enf__io_puts(&b, ",\"steps\":[");
	for (size_t i = 0; i < sale->n; i++) {
		enf__io_puts(&b, i == 0 ? "\n" : ",\n");
		enf__auc_json_step(&b, &sale->steps[i]);
	}
	enf__io_puts(&b, "\n]}\n");
	return enf__io_buf_finish(&b, out, len, "auction_to_json");
}

/* ---------------------------------------------------------------------- */
/* Replaying a CSV trail                                                   */

/* Fields a record keeps, and the most bytes of a field that replay reads:
 * a longer kind is no kind, a longer date or amount no date or amount. */
#define ENF__CSV_FIELDS 16
#define ENF__CSV_WIDTH	63

/* One record: its number of fields and the texts of the first ones. */
typedef struct enf__csv_rec {
	int n; /* fields in the record */
	const char *f[ENF__CSV_FIELDS];
	int cut[ENF__CSV_FIELDS]; /* 1: longer than ENF__CSV_WIDTH */
} enf__csv_rec;

/* Reads one record (lax: a quote or a lone carriage return inside an
 * unquoted field is text); 0, 1 at the end of the text, -1 on a bad quote
 * and ENF_ENOMEM in *st. */
static int enf__csv_read(enf__csv_reader *rd, enf__csv_rec *r, enf_status *st)
{
	enf__csv_err why;

	*st = ENF_OK;
	if (*rd->p == '\0')
		return 1;
	why = enf__csv_read_record(rd);
	if (why == ENF__CSV_NOMEM)
		*st = enf__fail(ENF_ENOMEM,
				"auction_replay_csv: line %ld: "
				"out of memory",
				rd->row_line);
	if (why != ENF__CSV_OK)
		return -1;
	r->n = rd->nfields > INT_MAX ? INT_MAX : (int)rd->nfields;
	for (int i = 0; i < ENF__CSV_FIELDS; i++) {
		r->f[i] = i < r->n ? enf__csv_field_text(rd, (size_t)i) : "";
		r->cut[i] = strlen(r->f[i]) > ENF__CSV_WIDTH;
	}
	return 0;
}

/* The columns replay reads. */
enum { ENF__RC_KIND, ENF__RC_DATE, ENF__RC_AMOUNT, ENF__RC_N };
static const char *const enf__rc_names[ENF__RC_N] = {"kind", "date", "amount"};

static enf_status enf__csv_header(int col[ENF__RC_N], const enf__csv_rec *r)
{
	for (int k = 0; k < ENF__RC_N; k++) {
		col[k] = -1;
		for (int i = 0; i < r->n && i < ENF__CSV_FIELDS; i++)
			if (strcmp(r->f[i], enf__rc_names[k]) == 0)
				col[k] = i;
		if (col[k] < 0)
			return enf__fail(ENF_EPARSE,
					 "auction_replay_csv: line 1: header: "
					 "no column %s",
					 enf__rc_names[k]);
	}
	return ENF_OK;
}

static enf_status enf__csv_bad(long line, const char *field, const char *text,
			       const char *why)
{
	return enf__fail(ENF_EPARSE,
			 "auction_replay_csv: line %ld: %s: \"%.*s\" %s", line,
			 field, enf__utf8_prefix(text, 60), text, why);
}

static int enf__csv_money(enf_money *out, const char *s)
{
	enf__i128 v = 0;
	int neg = *s == '-';

	s += neg;
	if (*s == '\0')
		return -1;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s - '0');
		if (v > INT64_MAX)
			return -1;
	}
	*out = (enf_money)(neg ? -v : v);
	return 0;
}

/* The event of a data row; 1 for a row to skip (a derived step). */
static int enf__csv_event(enf_status *st, enf_auction_event *ev,
			  const enf__csv_rec *r, const int col[ENF__RC_N],
			  long line)
{
	const char *kind = r->f[col[ENF__RC_KIND]];
	const char *date = r->f[col[ENF__RC_DATE]];
	const char *amount = r->f[col[ENF__RC_AMOUNT]];
	int k;

	*st = ENF_OK;
	for (k = 0; k <= (int)ENF_AUCTION_STARTED; k++)
		if (strcmp(kind, enf_auction_kind_name(
					 (enf_auction_event_kind)k)) == 0)
			break;
	if (k > (int)ENF_AUCTION_STARTED || r->cut[col[ENF__RC_KIND]]) {
		*st = enf__csv_bad(line, "kind", kind,
				   "is not a kind of event");
		return 0;
	}
	if (k == (int)ENF_AUCTION_STARTED || k == (int)ENF_AUCTION_OFFERED)
		return 1;
	ev->kind = (enf_auction_event_kind)k;
	ev->date = ENF_DATE_NONE;
	ev->amount = 0;
	if (date[0] != '\0' && (r->cut[col[ENF__RC_DATE]] ||
				enf_date_parse(&ev->date, date) != ENF_OK)) {
		*st = enf__csv_bad(line, "date", date,
				   "is not a date (YYYY-MM-DD)");
		return 0;
	}
	if (amount[0] != '\0' && (r->cut[col[ENF__RC_AMOUNT]] ||
				  enf__csv_money(&ev->amount, amount) != 0))
		*st = enf__csv_bad(line, "amount", amount,
				   "is not a whole amount");
	return 0;
}

static enf_status enf__csv_rows(enf_auction *sale, enf__csv_reader *rd,
				const int col[ENF__RC_N])
{
	enf__csv_rec r;
	enf_auction_event ev;
	char pfx[64];
	enf_status st;

	for (;;) {
		long at = rd->line;
		int got = enf__csv_read(rd, &r, &st);

		if (got == 1)
			return ENF_OK;
		if (st != ENF_OK)
			return st;
		if (got < 0)
			return enf__fail(ENF_EPARSE,
					 "auction_replay_csv: line %ld: a "
					 "quoted field is not closed",
					 at);
		if (r.n == 1 && r.f[0][0] == '\0' && !r.cut[0])
			continue; /* a blank line */
		for (int k = 0; k < ENF__RC_N; k++)
			if (col[k] >= r.n)
				return enf__fail(ENF_EPARSE,
						 "auction_replay_csv: line "
						 "%ld: %s: missing (the row "
						 "has %d fields)",
						 at, enf__rc_names[k], r.n);
		if (enf__csv_event(&st, &ev, &r, col, at) != 0)
			continue;
		if (st != ENF_OK)
			return st;
		(void)snprintf(pfx, sizeof(pfx), "auction_replay_csv: line %ld",
			       at);
		st = enf__auc_apply(sale, &ev, pfx);
		if (st != ENF_OK)
			return st;
	}
}

/* Reads the header and replays the rows; the sale may be half done on a
 * failure. */
static enf_status enf__csv_replay(enf_auction *sale, enf__csv_reader *rd)
{
	enf__csv_rec r;
	int col[ENF__RC_N] = {-1, -1, -1};
	enf_status st;

	if (enf__csv_read(rd, &r, &st) != 0)
		return st != ENF_OK ? st
				    : enf__fail(ENF_EPARSE,
						"auction_replay_csv: line 1: "
						"header: no header row");
	st = enf__csv_header(col, &r);
	return st != ENF_OK ? st : enf__csv_rows(sale, rd, col);
}

enf_status enf_auction_replay_csv(enf_auction *sale, const char *text)
{
	enf__csv_reader rd;
	enf__auc_state s0;
	size_t n0;
	enf_status st;

	ENF__CHECK_NULL("auction_replay_csv", sale);
	ENF__CHECK_NULL("auction_replay_csv", text);
	enf__csv_reader_init(&rd, text, ENF__CSV_FIELDS, 1);
	s0 = sale->s;
	n0 = sale->n;
	st = enf__csv_replay(sale, &rd);
	enf__csv_reader_free(&rd);
	if (st != ENF_OK)
		enf__auc_restore(sale, n0, &s0);
	return st;
}

/* ---------------------------------------------------------------------- */
/* The chart                                                               */

/* Geometry, in pixels: auction k at x = LEFT + SLOT (k - 1) + SLOT / 2;
 * the plot runs from y BASE (0%) up to y TOP (the top of the scale). */
enum {
	ENF__AS_LEFT = 60,
	ENF__AS_SLOT = 50,
	ENF__AS_LEGEND = 180,
	ENF__AS_HEIGHT = 360,
	ENF__AS_TOP = 50,
	ENF__AS_BASE = 300,
	ENF__AS_YCAP = 1000000 /* 10,000%: a ceiling for the scale */
};

const char *const enf__as_colours[16] = {
	"#4472c4", "#ed7d31", "#a5a5a5", "#ffc000", "#5b9bd5", "#70ad47",
	"#264478", "#9e480e", "#636363", "#997300", "#255e91", "#43682b",
	"#698ed0", "#f1975a", "#b7b7b7", "#ffcd33"};

int64_t enf__as_share(const enf_auction *a, enf_money price)
{
	enf__i128 h = ((enf__i128)price * 20000 / a->opts.value + 1) / 2;

	return h > ENF__AS_YCAP ? ENF__AS_YCAP : (int64_t)h;
}

int enf__as_point(const enf_auction_step *s)
{
	return s->kind == ENF_AUCTION_STARTED || s->kind == ENF_AUCTION_CUT ||
	       s->kind == ENF_AUCTION_REAPPRAISED;
}

static int enf__as_y(int64_t share, int64_t top)
{
	return ENF__AS_BASE -
	       (int)((share * (ENF__AS_BASE - ENF__AS_TOP) + top / 2) / top);
}

static void enf__as_frame(enf__io_buf *b, int width, int right, int64_t top,
			  int32_t rounds, const char *title)
{
	enf__io_putf(b,
		     "<svg xmlns=\"http://www.w3.org/2000/svg\" "
		     "version=\"1.1\" width=\"%d\" height=\"%d\" "
		     "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" "
		     "font-size=\"11\">\n<title>",
		     width, ENF__AS_HEIGHT, width, ENF__AS_HEIGHT);
	enf__io_xml_text(b, title);
	enf__io_putf(b,
		     "</title>\n<rect x=\"0\" y=\"0\" width=\"%d\" "
		     "height=\"%d\" fill=\"#ffffff\"/>\n",
		     width, ENF__AS_HEIGHT);
	if (title[0] != '\0') {
		enf__io_putf(b,
			     "<text x=\"%d\" y=\"26\" text-anchor=\"middle\" "
			     "font-size=\"14\" font-weight=\"bold\">",
			     width / 2);
		enf__io_xml_text(b, title);
		enf__io_puts(b, "</text>\n");
	}
	enf__io_puts(b, "<g stroke=\"#d9d9d9\" stroke-width=\"1\">\n");
	for (int k = 1; k <= 5; k++)
		enf__io_putf(
			b, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n",
			ENF__AS_LEFT, enf__as_y(top * k / 5, top), right,
			enf__as_y(top * k / 5, top));
	enf__io_puts(b, "</g>\n<g text-anchor=\"end\" fill=\"#404040\">\n");
	for (int k = 0; k <= 5; k++)
		enf__io_putf(b, "<text x=\"%d\" y=\"%d\">%d%%</text>\n",
			     ENF__AS_LEFT - 6, enf__as_y(top * k / 5, top) + 4,
			     (int)(top * k / 5 / 100));
	enf__io_puts(b, "</g>\n<g text-anchor=\"middle\" fill=\"#404040\">\n");
	for (int32_t k = 1; k <= rounds; k++)
		enf__io_putf(b, "<text x=\"%d\" y=\"%d\">%d</text>\n",
			     ENF__AS_LEFT + ENF__AS_SLOT * (k - 1) +
				     ENF__AS_SLOT / 2,
			     ENF__AS_BASE + 16, (int)k);
	enf__io_putf(b,
		     "<text x=\"%d\" y=\"%d\">auction</text>\n</g>\n"
		     "<g stroke=\"#404040\" stroke-width=\"1\">\n"
		     "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n"
		     "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n</g>\n",
		     (ENF__AS_LEFT + right) / 2, ENF__AS_BASE + 34,
		     ENF__AS_LEFT, ENF__AS_TOP, ENF__AS_LEFT, ENF__AS_BASE,
		     ENF__AS_LEFT, ENF__AS_BASE, right, ENF__AS_BASE);
}

/* Sale i: its line, its points with their share, its legend entry. */
static void enf__as_sale(enf__io_buf *b, const enf_auction *a, size_t i,
			 int64_t top, int right)
{
	const char *colour = enf__as_colours[i];
	int ly = ENF__AS_TOP + 18 * (int)i;

	enf__io_putf(b,
		     "<g stroke=\"%s\" fill=\"%s\">\n<polyline fill=\"none\" "
		     "stroke-width=\"2\" points=\"",
		     colour, colour);
	for (size_t k = 0, first = 1; k < a->n; k++) {
		const enf_auction_step *s = &a->steps[k];

		if (!enf__as_point(s))
			continue;
		enf__io_putf(b, "%s%d,%d", first ? "" : " ",
			     ENF__AS_LEFT + ENF__AS_SLOT * (s->round - 1) +
				     ENF__AS_SLOT / 2,
			     enf__as_y(enf__as_share(a, s->price), top));
		first = 0;
	}
	enf__io_puts(b, "\"/>\n");
	for (size_t k = 0; k < a->n; k++) {
		const enf_auction_step *s = &a->steps[k];
		int64_t h;
		int x, y;

		if (!enf__as_point(s))
			continue;
		h = enf__as_share(a, s->price);
		x = ENF__AS_LEFT + ENF__AS_SLOT * (s->round - 1) +
		    ENF__AS_SLOT / 2;
		y = enf__as_y(h, top);
		enf__io_putf(b,
			     "<circle cx=\"%d\" cy=\"%d\" r=\"3\"/>\n<text "
			     "x=\"%d\" y=\"%d\" stroke=\"none\" "
			     "text-anchor=\"middle\" font-size=\"9\">"
			     "%d.%02d%%</text>\n",
			     x, y, x, y - 6, (int)(h / 100), (int)(h % 100));
	}
	enf__io_putf(b,
		     "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" "
		     "stroke-width=\"2\"/>\n<text x=\"%d\" y=\"%d\" "
		     "stroke=\"none\" fill=\"#000000\">",
		     right + 16, ly, right + 36, ly, right + 42, ly + 4);
	enf__io_xml_text(b, a->rules->id != NULL ? a->rules->id : "");
	enf__io_puts(b, "</text>\n</g>\n");
}

enf_status enf_auction_svg(char **out, size_t *len,
			   const enf_auction *const *sales, size_t n,
			   const char *title)
{
	static const char fn[] = "auction_svg";
	enf__io_buf b = {NULL, 0, 0, 0};
	int32_t rounds = 1;
	int64_t top = 10000;
	int right;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, sales);
	if (n == 0 || n > 16)
		return enf__fail(ENF_EINVALID,
				 "%s: n is %zu; a chart shows 1..16 sales", fn,
				 n);
	for (size_t i = 0; i < n; i++) {
		if (sales[i] == NULL)
			return enf__fail(ENF_EINVALID, "%s: sales[%zu] is NULL",
					 fn, i);
		for (size_t k = 0; k < sales[i]->n; k++) {
			const enf_auction_step *s = &sales[i]->steps[k];

			if (!enf__as_point(s))
				continue;
			if (s->round > rounds)
				rounds = s->round;
			if (enf__as_share(sales[i], s->price) > top)
				top = enf__as_share(sales[i], s->price);
		}
	}
	if (rounds > ENF__AUC_ROUND_CAP)
		rounds = ENF__AUC_ROUND_CAP;
	top = (top + 1999) / 2000 * 2000; /* gridlines at whole percents */
	right = ENF__AS_LEFT + ENF__AS_SLOT * (int)rounds;
	enf__as_frame(&b, right + ENF__AS_LEGEND, right, top, rounds,
		      title != NULL ? title : "");
	for (size_t i = 0; i < n; i++)
		enf__as_sale(&b, sales[i], i, top, right);
	enf__io_puts(&b, "</svg>\n");
	return enf__io_buf_finish(&b, out, len, fn);
}
