/*
 * The text form of auction rule sets (rules.h): the lexer (lines into
 * words, quoted strings with \" and \\, comments, UTF-8 checks), the
 * readers of numbers, shares, periods, dates and strings that the
 * statements of auction_rules.c use, and the writer,
 * enf_auction_rules_to_text(), whose output parses back to the same set.
 */
#include "auction_rules_text.h"
#include "text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENF__AUC_RATIO_MAX INT64_C(1000000000000)
#define ENF__AUC_NUM_CLAMP INT64_C(10000000000000)

/* ---------------------------------------------------------------------- */
/* Messages and words                                                      */

enf_status enf__rt_fail(const enf__rt_parser *p, enf_status st, const char *fmt,
			...)
{
	char msg[400];
	va_list ap;

	va_start(ap, fmt);
	/* clang-analyzer 14 loses track of va_start here (a false positive). */
	/* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	(void)vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	return enf__fail(st, "%s: line %ld: %s",
			 p->fn != NULL ? p->fn : "auction_rules_parse", p->line,
			 msg);
}

int enf__rt_is(const enf__rt_word *w, const char *kw)
{
	return w != NULL && !w->quoted && strcmp(w->s, kw) == 0;
}

const enf__rt_word *enf__rt_peek(const enf__rt_parser *p)
{
	return p->pos < p->nw ? &p->w[p->pos] : NULL;
}

/* The next word, or NULL (with the message set) when the line ends. */
static const enf__rt_word *enf__rt_next(enf__rt_parser *p, const char *what)
{
	if (p->pos >= p->nw) {
		(void)enf__rt_fail(p, ENF_EPARSE,
				   "`%s` needs %s; the line ends before it",
				   enf__rt_kw(p), what);
		return NULL;
	}
	return &p->w[p->pos++];
}

/* The next word must be the bare keyword kw. */
enf_status enf__rt_expect(enf__rt_parser *p, const char *kw)
{
	char what[48];
	const enf__rt_word *w;

	(void)snprintf(what, sizeof what, "`%s`", kw);
	w = enf__rt_next(p, what);

	if (w == NULL)
		return ENF_EPARSE;
	if (!enf__rt_is(w, kw))
		return enf__rt_fail(p, ENF_EPARSE,
				    "`%s`: expected `%s`, found `%.*s`",
				    enf__rt_kw(p), kw, ENF__W(w));
	return ENF_OK;
}

/* The index in the NULL-terminated kws of the next word; what lists the
 * choices for the message. */
enf_status enf__rt_choice(enf__rt_parser *p, int *out, const char *const *kws,
			  const char *what)
{
	const enf__rt_word *w;

	w = enf__rt_next(p, what);
	if (w == NULL)
		return ENF_EPARSE;
	for (int i = 0; kws[i] != NULL; i++)
		if (enf__rt_is(w, kws[i])) {
			*out = i;
			return ENF_OK;
		}
	return enf__rt_fail(p, ENF_EPARSE, "`%s`: expected %s, found `%.*s`",
			    enf__rt_kw(p), what, ENF__W(w));
}

/* Decimal digits s[0..n) to *out (clamped past 10^13); -1 if empty or
 * not all digits. */
static int enf__rt_digits(const char *s, size_t n, int64_t *out)
{
	int64_t v = 0;

	if (n == 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		if (v < ENF__AUC_NUM_CLAMP)
			v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* A whole number in lo..hi. */
enf_status enf__rt_int(enf__rt_parser *p, int32_t *out, int32_t lo, int32_t hi,
		       const char *what)
{
	const enf__rt_word *w;
	int64_t v;

	w = enf__rt_next(p, what);
	if (w == NULL)
		return ENF_EPARSE;
	if (w->quoted || enf__rt_digits(w->s, w->len, &v) != 0)
		return enf__rt_fail(p, ENF_EPARSE,
				    "`%s`: expected %s (a whole number), "
				    "found `%.*s`",
				    enf__rt_kw(p), what, ENF__W(w));
	if (v < lo || v > hi)
		return enf__rt_fail(
			p, ENF_ERANGE, "`%s`: %s %.*s is outside %ld..%ld",
			enf__rt_kw(p), what, ENF__W(w), (long)lo, (long)hi);
	*out = (int32_t)v;
	return ENF_OK;
}

static int64_t enf__rt_gcd(int64_t a, int64_t b)
{
	while (b != 0) {
		int64_t t = a % b;

		a = b, b = t;
	}
	return a;
}

/* A fraction N or N/D in 0..1, stored reduced. */
enf_status enf__rt_ratio(enf__rt_parser *p, enf__ratio *out, const char *what)
{
	const enf__rt_word *w;
	const char *slash;
	int64_t num, den = 1, g;

	w = enf__rt_next(p, what);
	if (w == NULL)
		return ENF_EPARSE;
	slash = strchr(w->s, '/');
	if (w->quoted ||
	    enf__rt_digits(w->s, slash ? (size_t)(slash - w->s) : w->len,
			   &num) != 0 ||
	    (slash && enf__rt_digits(slash + 1, strlen(slash + 1), &den) != 0))
		return enf__rt_fail(p, ENF_EPARSE,
				    "`%s`: expected %s (N or N/D), found "
				    "`%.*s`",
				    enf__rt_kw(p), what, ENF__W(w));
	if (den == 0 || num > ENF__AUC_RATIO_MAX || den > ENF__AUC_RATIO_MAX)
		return enf__rt_fail(p, ENF_ERANGE,
				    "`%s`: %s %.*s needs a denominator of "
				    "1..10^12 and a numerator of 0..10^12",
				    enf__rt_kw(p), what, ENF__W(w));
	if (num > den)
		return enf__rt_fail(p, ENF_ERANGE,
				    "`%s`: %s %.*s is above 1; a share is "
				    "0..1",
				    enf__rt_kw(p), what, ENF__W(w));
	g = enf__rt_gcd(num, den);
	out->num = num / g, out->den = den / g;
	return ENF_OK;
}

/* a <= b for fractions (denominators > 0, values <= 10^12). */
int enf__rt_le(enf__ratio a, enf__ratio b)
{
	return (enf__i128)a.num * b.den <= (enf__i128)b.num * a.den;
}

/* A period: N (0..10000) and a unit. */
enf_status enf__rt_period(enf__rt_parser *p, int32_t *n, enf_period_unit *unit,
			  const char *what)
{
	static const char *const words[] = {
		"days",	 "working-days", "weeks",	"months",
		"years", "day",		 "working-day", "week",
		"month", "year",	 NULL};
	int i = 0;
	enf_status st = enf__rt_int(p, n, 0, ENF__AUC_N_MAX, what);

	if (st == ENF_OK)
		st = enf__rt_choice(p, &i, words,
				    "a unit (days, working-days, weeks, "
				    "months or years)");
	if (st == ENF_OK)
		*unit = (enf_period_unit)(i % 5);
	return st;
}

/* A date YYYY-MM-DD in 1900..2100, or none. */
enf_status enf__rt_date(enf__rt_parser *p, enf_date *out)
{
	const enf__rt_word *w;
	enf_date d;
	int y, m, dd;

	w = enf__rt_next(p, "a date YYYY-MM-DD or none");
	if (w == NULL)
		return ENF_EPARSE;
	if (enf__rt_is(w, "none")) {
		*out = ENF_DATE_NONE;
		return ENF_OK;
	}
	if (w->quoted || enf__date_scan(&d, w->s) != 0)
		return enf__rt_fail(p, ENF_EPARSE,
				    "`%s`: expected a date YYYY-MM-DD or "
				    "none, found `%.*s`",
				    enf__rt_kw(p), ENF__W(w));
	enf__civil_from_days(d, &y, &m, &dd);
	if (y < 1900 || y > 2100)
		return enf__rt_fail(p, ENF_ERANGE,
				    "`%s`: date %.*s is outside 1900-2100",
				    enf__rt_kw(p), ENF__W(w));
	*out = d;
	return ENF_OK;
}

/* A string (any word), copied into the arena; a name must not be empty.
 * At most ENF__AUC_STR_MAX bytes as the writer quotes it, so that every
 * statement the writer produces fits in a line. */
enf_status enf__rt_string(enf__rt_parser *p, const char **out, const char *what,
			  int name)
{
	const enf__rt_word *w;
	size_t written;

	w = enf__rt_next(p, what);
	if (w == NULL)
		return ENF_EPARSE;
	written = w->len;
	for (size_t i = 0; i < w->len; i++)
		written += w->s[i] == '"' || w->s[i] == '\\';
	if (written > ENF__AUC_STR_MAX)
		return enf__rt_fail(p, ENF_ERANGE,
				    "`%s`: %s `%.*s...` is %zu bytes as "
				    "written; at most %d",
				    enf__rt_kw(p), what, ENF__W(w), written,
				    ENF__AUC_STR_MAX);
	if (name && w->len == 0)
		return enf__rt_fail(p, ENF_EPARSE, "`%s`: %s is empty",
				    enf__rt_kw(p), what);
	if (p->cap - p->used < w->len + 1) /* cannot happen: cap > text */
		return enf__fail(ENF_ENOMEM,
				 "auction_rules_parse: line %ld: "
				 "string storage exhausted",
				 p->line);
	memcpy(p->arena + p->used, w->s, w->len + 1);
	*out = p->arena + p->used;
	p->used += w->len + 1;
	return ENF_OK;
}

/* The rest of the line: `cite S` and `note S`, each at most once, into
 * *why (all or nothing); why NULL: nothing may follow. */
enf_status enf__rt_tail(enf__rt_parser *p, enf__cite *why)
{
	enf__cite c = {"", ""};
	int got_cite = 0, got_note = 0;
	const enf__rt_word *w;
	enf_status st = ENF_OK;

	while (st == ENF_OK && (w = enf__rt_peek(p)) != NULL) {
		if (why != NULL && !got_cite && enf__rt_is(w, "cite")) {
			p->pos++, got_cite = 1;
			st = enf__rt_string(p, &c.cite, "a quoted source", 0);
		} else if (why != NULL && !got_note && enf__rt_is(w, "note")) {
			p->pos++, got_note = 1;
			st = enf__rt_string(p, &c.note, "a quoted sentence", 0);
		} else {
			return enf__rt_fail(
				p, ENF_EPARSE,
				"`%s`: unexpected word `%.*s`; expected %s",
				enf__rt_kw(p), ENF__W(w),
				why != NULL ? "`cite \"...\"`, `note \"...\"` "
					      "or the end of the line"
					    : "the end of the line");
		}
	}
	if (st == ENF_OK && why != NULL)
		*why = c;
	return st;
}

/* ---------------------------------------------------------------------- */
/* Lines and words                                                         */

/* Fails on a control character or bad UTF-8 in s[0..n). */
static enf_status enf__rt_check_bytes(const enf__rt_parser *p, const char *s,
				      size_t n)
{
	size_t i = 0;

	while (i < n) {
		const unsigned char *u = (const unsigned char *)s + i;
		int k = *u < 0x80 ? 1 : enf__io_utf8_len(u);

		if (*u < 0x20 && *u != '\t')
			return enf__rt_fail(p, ENF_EPARSE,
					    "control character 0x%02x at "
					    "byte %zu",
					    *u, i + 1);
		if (k == 0)
			return enf__rt_fail(p, ENF_EPARSE,
					    "not valid UTF-8 at byte %zu",
					    i + 1);
		i += (size_t)k;
	}
	return ENF_OK;
}

static int enf__rt_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Reads a quoted word at s[*i] (the quote) into *o. */
static enf_status enf__rt_quoted(enf__rt_parser *p, const char *s, size_t n,
				 size_t *i, size_t *o)
{
	size_t k = *i + 1;

	for (;;) {
		if (k >= n)
			return enf__rt_fail(p, ENF_EPARSE,
					    "a quoted string is not closed");
		if (s[k] == '"')
			break;
		if (s[k] == '\\') {
			if (k + 1 >= n || (s[k + 1] != '"' && s[k + 1] != '\\'))
				return enf__rt_fail(p, ENF_EPARSE,
						    "bad escape at byte %zu; "
						    "only \\\" and \\\\ are "
						    "allowed",
						    k + 1);
			k++;
		}
		p->buf[(*o)++] = s[k++];
	}
	k++;
	if (k < n && !enf__rt_blank(s[k]) && s[k] != '#')
		return enf__rt_fail(p, ENF_EPARSE,
				    "a quoted string must be followed by a "
				    "blank (byte %zu)",
				    k + 1);
	*i = k;
	return ENF_OK;
}

/* Splits line s[0..n) into words (decoded into p->buf). */
enf_status enf__rt_words(enf__rt_parser *p, const char *s, size_t n)
{
	size_t i = 0, o = 0;
	enf_status st = enf__rt_check_bytes(p, s, n);

	p->nw = 0;
	while (st == ENF_OK) {
		enf__rt_word *w;

		while (i < n && enf__rt_blank(s[i]))
			i++;
		if (i >= n || s[i] == '#')
			break;
		if (p->nw == ENF__AUC_WORDS)
			return enf__rt_fail(p, ENF_EPARSE, "more than %d words",
					    ENF__AUC_WORDS);
		w = &p->w[p->nw++];
		w->s = p->buf + o;
		w->quoted = s[i] == '"';
		if (w->quoted)
			st = enf__rt_quoted(p, s, n, &i, &o);
		while (!w->quoted && i < n && !enf__rt_blank(s[i]) &&
		       s[i] != '#') {
			if (s[i] == '"')
				return enf__rt_fail(p, ENF_EPARSE,
						    "a quote inside the word "
						    "at byte %zu",
						    i + 1);
			p->buf[o++] = s[i++];
		}
		w->len = (size_t)(p->buf + o - w->s);
		p->buf[o++] = '\0';
	}
	return st;
}

/* ---------------------------------------------------------------------- */
/* Writer                                                                  */

const char *const enf__rt_unit_words[5] = {"days", "working-days", "weeks",
					   "months", "years"};
const char *const enf__rt_end_words[6] = {"none",	  "return",
					  "discontinue",  "takeover",
					  "special-sale", "sell-off"};
const char *const enf__rt_asset_words[3] = {"any", "movable", "realty"};
const char *const enf__rt_settle_words[2] = {"jc11", "pro-rata"};

/* Writes s quoted, with \" and \\. */
static void enf__rt_put_quoted(enf__io_buf *b, const char *s)
{
	if (s == NULL) /* a hand-made set (tests); parsed sets have "" */
		s = "";
	enf__io_put(b, "\"", 1);
	for (; *s != '\0'; s++) {
		if (*s == '"' || *s == '\\')
			enf__io_put(b, "\\", 1);
		enf__io_put(b, s, 1);
	}
	enf__io_put(b, "\"", 1);
}

/* Writes a name bare when it reads back as one word, else quoted. */
static void enf__rt_put_name(enf__io_buf *b, const char *s)
{
	const char *c;

	if (s == NULL)
		s = "";
	c = s;
	while (*c != '\0' && (unsigned char)*c > ' ' && *c != '"' &&
	       *c != '#' && *c != '\\')
		c++;
	if (c != s && *c == '\0')
		enf__io_puts(b, s);
	else
		enf__rt_put_quoted(b, s);
}

static void enf__rt_put_int(enf__io_buf *b, int64_t v)
{
	char t[24];

	(void)snprintf(t, sizeof t, " %lld", (long long)v);
	enf__io_puts(b, t);
}

/* " N" or " N/D". */
static void enf__rt_put_ratio(enf__io_buf *b, enf__ratio q)
{
	enf__rt_put_int(b, q.num);
	if (q.den != 1) {
		char t[24];

		(void)snprintf(t, sizeof t, "/%lld", (long long)q.den);
		enf__io_puts(b, t);
	}
}

/* " N unit". */
static void enf__rt_put_period(enf__io_buf *b, int32_t n, enf_period_unit u)
{
	enf__rt_put_int(b, n);
	enf__io_puts(b, " ");
	enf__io_puts(b, enf__rt_unit_words[(unsigned)u < 5 ? u : 0]);
}

static void enf__rt_put_date(enf__io_buf *b, const char *kw, enf_date d)
{
	char t[32];
	int y, m, dd;

	if (d == ENF_DATE_NONE) {
		(void)snprintf(t, sizeof t, "%s none\n", kw);
	} else {
		enf__civil_from_days(d, &y, &m, &dd);
		(void)snprintf(t, sizeof t, "%s %04d-%02d-%02d\n", kw, y, m,
			       dd);
	}
	enf__io_puts(b, t);
}

/* " cite ... note ..." (what is there) and the end of the line. */
static void enf__rt_put_why(enf__io_buf *b, const enf__cite *c)
{
	if (c->cite != NULL && c->cite[0] != '\0') {
		enf__io_puts(b, " cite ");
		enf__rt_put_quoted(b, c->cite);
	}
	if (c->note != NULL && c->note[0] != '\0') {
		enf__io_puts(b, " note ");
		enf__rt_put_quoted(b, c->note);
	}
	enf__io_puts(b, "\n");
}

static void enf__rt_put_head(enf__io_buf *b, const enf_auction_rules *r)
{
	enf__io_puts(b, "rules ");
	enf__rt_put_name(b, r->id);
	enf__io_puts(b, "\ntitle ");
	enf__rt_put_quoted(b, r->title);
	enf__io_puts(b, "\ncountry ");
	enf__rt_put_name(b, r->country);
	enf__io_puts(b, "\n");
	enf__rt_put_date(b, "from", r->from);
	enf__rt_put_date(b, "to", r->to);
	enf__io_puts(b, "source ");
	enf__rt_put_quoted(b, r->source);
	enf__io_puts(b, "\nmax-rounds");
	enf__rt_put_int(b, r->max_rounds);
	enf__rt_put_why(b, &r->max_rounds_why);
}

static void enf__rt_put_rounds(enf__io_buf *b, const enf_auction_rules *r)
{
	static const char *const of[] = {" of value", " of previous",
					 " of first"};
	size_t i;

	for (i = 0; i < r->n_rounds; i++) {
		const enf__round_rule *x = &r->rounds[i];

		enf__io_puts(b, "round");
		enf__rt_put_int(b, x->from);
		enf__io_puts(b, x->mode == ENF__PRICE_OF_VALUE ? " price"
							       : " cut");
		enf__rt_put_ratio(b, x->lo);
		enf__rt_put_ratio(b, x->hi);
		enf__rt_put_ratio(b, x->dflt);
		enf__io_puts(b, of[(unsigned)x->mode < 3 ? x->mode : 0]);
		enf__rt_put_why(b, &x->why);
	}
	for (i = 0; i < r->n_bids; i++) {
		enf__io_puts(b, "bid");
		enf__rt_put_ratio(b, r->bids[i].lo);
		enf__io_puts(b, " from");
		enf__rt_put_int(b, r->bids[i].from);
		enf__rt_put_why(b, &r->bids[i].why);
	}
	for (i = 0; i < r->n_deposits; i++) {
		const enf__round_ratio *x = &r->deposits[i];

		enf__io_puts(b, "deposit");
		enf__rt_put_ratio(b, x->lo);
		if (x->hi.num != x->lo.num || x->hi.den != x->lo.den)
			enf__rt_put_ratio(b, x->hi);
		enf__io_puts(b, " from");
		enf__rt_put_int(b, x->from);
		enf__rt_put_why(b, &x->why);
	}
}

static void enf__rt_put_takeover(enf__io_buf *b, const enf_auction_rules *r)
{
	if (!r->takeover_floor) {
		enf__io_puts(b, "takeover none");
		enf__rt_put_why(b, &r->takeover_why);
		return;
	}
	if (r->takeover_after > 0) {
		enf__io_puts(b, "takeover after");
		enf__rt_put_int(b, r->takeover_after);
	} else {
		enf__io_puts(b, "takeover at-floor");
	}
	enf__io_puts(b, " price");
	if (r->takeover_price == ENF__TAKE_AT_RATIO)
		enf__rt_put_ratio(b, r->takeover_ratio);
	else
		enf__io_puts(b, " last");
	enf__io_puts(b, " notice");
	enf__rt_put_period(b, r->notice_n, r->notice_unit);
	enf__io_puts(b, " redeem");
	enf__rt_put_period(b, r->redeem_n, r->redeem_unit);
	enf__io_puts(b, r->takeover_state ? " state yes" : " state no");
	enf__io_puts(b, " settle ");
	enf__io_puts(
		b, enf__rt_settle_words[r->settlement == ENF__SETTLE_PRO_RATA]);
	enf__rt_put_why(b, &r->takeover_why);
}

/* "kw on-word|none" and its why. */
static void enf__rt_put_switch(enf__io_buf *b, const char *kw, int on,
			       const char *word, const enf__cite *why)
{
	enf__io_puts(b, kw);
	enf__io_puts(b, on ? word : " none");
	enf__rt_put_why(b, why);
}

static void enf__rt_put_rest(enf__io_buf *b, const enf_auction_rules *r)
{
	enf__rt_put_switch(b, "floor", r->floor_costs,
			   r->floor_costs == 2 ? " below-costs" : " costs",
			   &r->floor_why);
	enf__rt_put_switch(b, "secured", r->withdraw_secured, " withdraw",
			   &r->secured_why);
	enf__rt_put_switch(b, "no-surplus", r->no_surplus,
			   r->no_surplus == 2 ? " raise" : " cancel",
			   &r->surplus_why);
	enf__io_puts(b, "end ");
	enf__io_puts(b, enf__rt_end_words[(unsigned)r->end < 6 ? r->end : 0]);
	if (r->end == ENF__END_SPECIAL_SALE || r->end == ENF__END_SELL_OFF)
		enf__rt_put_period(b, r->end_n, r->end_unit);
	enf__rt_put_why(b, &r->end_why);
	enf__rt_put_switch(b, "reappraise", r->reappraise_after_failure,
			   " after-failure", &r->reappraise_why);
	enf__io_puts(b, "overbid");
	if (r->overbid.num == 0) {
		enf__io_puts(b, " none");
	} else {
		enf__rt_put_ratio(b, r->overbid);
		enf__rt_put_period(b, r->overbid_n, r->overbid_unit);
	}
	enf__rt_put_why(b, &r->overbid_why);
}

static void enf__rt_put_steps(enf__io_buf *b, const enf_auction_rules *r)
{
	for (size_t i = 0; i < r->n_steps; i++) {
		const enf__step_rule *s = &r->steps[i];

		enf__io_puts(b, "step ");
		enf__rt_put_name(b, s->label);
		enf__io_puts(b, s->wait ? " wait" : " within");
		enf__rt_put_period(b, s->n, s->unit);
		enf__io_puts(b, " ");
		enf__io_puts(
			b, enf__rt_asset_words[(unsigned)s->asset < 3 ? s->asset
								      : 0]);
		enf__io_puts(b, " from");
		enf__rt_put_int(b, s->from);
		enf__io_puts(b, " to");
		enf__rt_put_int(b, s->to);
		if (s->after_cut)
			enf__io_puts(b, " after-cut");
		enf__rt_put_why(b, &s->why);
	}
}

enf_status enf_auction_rules_to_text(char **out, size_t *len,
				     const enf_auction_rules *rules)
{
	enf__io_buf b = {NULL, 0, 0, 0};

	ENF__CHECK_NULL("auction_rules_to_text", out);
	*out = NULL;
	ENF__CHECK_NULL("auction_rules_to_text", rules);
	enf__rt_put_head(&b, rules);
	enf__rt_put_rounds(&b, rules);
	enf__rt_put_takeover(&b, rules);
	enf__rt_put_rest(&b, rules);
	enf__rt_put_steps(&b, rules);
	return enf__io_buf_finish(&b, out, len, "auction_rules_to_text");
}
