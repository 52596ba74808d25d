/*
 * The io layer's common ground: enum tokens, the columns of the five
 * entities, conversion of row texts into values, and applying a row to
 * its case (the cases themselves are built aside in a batch, io_batch.c).
 */
#include "io_internal.h"
#include "case_internal.h"
#include "register_internal.h"
#include "enforcement/auction.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENF__N(a) (int)(sizeof(a) / sizeof((a)[0]))

const char *enf_io_file_name(enf_io_entity entity)
{
	static const char *const names[ENF_IO_ENTITY_COUNT] = {
		"cases.csv", "parties.csv", "obligations.csv", "assets.csv",
		"events.csv"};

	return (unsigned)entity < ENF_IO_ENTITY_COUNT ? names[entity] : NULL;
}

/* ---------------------------------------------------------------------- */
/* Columns                                                                 */

#define KEY                                                                    \
	{"office", ENF__T_TEXT, 1, 0},                                         \
	{                                                                      \
		"decision_no", ENF__T_TEXT, 1, 0                               \
	}

static const enf__io_col enf__cols_cases[] = {
	KEY,
	{"decision_date", ENF__T_DATE, 0, 0},
	{"mode", ENF__T_TOKEN, 1, ENF_IO_ENUM_MODE},
	{"court", ENF__T_TEXT, 0, 0},
	{"judgment_no", ENF__T_TEXT, 0, 0},
	{"judgment_effective", ENF__T_DATE, 0, 0},
	{"judgment_kind", ENF__T_TOKEN, 1, ENF_IO_ENUM_JUDGMENT_KIND},
	{"flags", ENF__T_FLAGS, 0, ENF_IO_ENUM_FLAG},
};
static const enf__io_col enf__cols_parties[] = {
	KEY,
	{"index", ENF__T_INDEX, 1, 0},
	{"role", ENF__T_TOKEN, 1, ENF_IO_ENUM_PARTY_ROLE},
	{"kind", ENF__T_TOKEN, 1, ENF_IO_ENUM_PARTY_KIND},
	{"name", ENF__T_TEXT, 1, 0},
	{"id", ENF__T_OPTTEXT, 0, 0},
};
static const enf__io_col enf__cols_obligations[] = {
	KEY,
	{"index", ENF__T_INDEX, 1, 0},
	{"kind", ENF__T_TOKEN, 1, ENF_IO_ENUM_OBLIGATION},
	{"amount", ENF__T_MONEY, 0, 0},
	{"debtor", ENF__T_INDEX, 1, 0},
	{"creditor", ENF__T_INDEX, 0, 0},
	{"joint", ENF__T_BOOL, 0, 0},
};
static const enf__io_col enf__cols_assets[] = {
	KEY,
	{"index", ENF__T_INDEX, 1, 0},
	{"kind", ENF__T_TOKEN, 1, ENF_IO_ENUM_ASSET_KIND},
	{"description", ENF__T_TEXT, 1, 0},
	{"owner", ENF__T_INDEX, 1, 0},
	{"security", ENF__T_TOKEN, 0, ENF_IO_ENUM_SECURITY},
	{"secured_amount", ENF__T_MONEY, 0, 0},
};
static const enf__io_col enf__cols_events[] = {
	KEY,
	{"seq", ENF__T_INDEX, 0, 0},
	{"date", ENF__T_DATE, 1, 0},
	{"kind", ENF__T_TOKEN, 1, ENF_IO_ENUM_EVENT},
	{"detail", ENF__T_DETAIL, 0, 0},
	{"amount", ENF__T_MONEY, 0, 0},
	{"asset", ENF__T_INDEX, 0, 0},
};

#undef KEY

const enf__io_table enf__io_tables[ENF_IO_ENTITY_COUNT] = {
	{enf__cols_cases, ENF__N(enf__cols_cases), "decision_no"},
	{enf__cols_parties, ENF__N(enf__cols_parties), "kind"},
	{enf__cols_obligations, ENF__N(enf__cols_obligations), "kind"},
	{enf__cols_assets, ENF__N(enf__cols_assets), "kind"},
	{enf__cols_events, ENF__N(enf__cols_events), "kind"},
};

int enf__io_col_find(enf_io_entity e, const char *name, size_t len)
{
	const enf__io_table *t = &enf__io_tables[e];

	for (int i = 0; i < t->ncols; i++)
		if (strlen(t->cols[i].name) == len &&
		    memcmp(t->cols[i].name, name, len) == 0)
			return i;
	return -1;
}

/* ---------------------------------------------------------------------- */
/* Messages and UTF-8                                                      */

enf_status enf__io_vfail(enf_status st, const enf__io_loc *loc,
			 const char *field, const char *fmt, va_list ap)
{
	char why[400];
	const char *path = loc->path != NULL ? loc->path : "";
	const char *dot = path[0] != '\0' && field != NULL ? "." : "";

	/* clang-analyzer 14 loses track of the caller's va_start (a false
	 * positive, as in common.c). */
	/* NOLINTNEXTLINE(clang-analyzer-valist.Uninitialized) */
	(void)vsnprintf(why, sizeof(why), fmt, ap);
	if (path[0] == '\0' && field == NULL)
		return enf__fail(st, "%s:%ld: %s", loc->file, loc->line, why);
	return enf__fail(st, "%s:%ld: %s%s%s: %s", loc->file, loc->line, path,
			 dot, field != NULL ? field : "", why);
}

enf_status enf__io_fail(enf_status st, const enf__io_loc *loc,
			const char *field, const char *fmt, ...)
{
	va_list ap;
	enf_status r;

	va_start(ap, fmt);
	r = enf__io_vfail(st, loc, field, fmt, ap);
	va_end(ap);
	return r;
}

/* ---------------------------------------------------------------------- */
/* Field conversion                                                        */

/* The values of a row: text columns in s, the others in n. */
typedef struct enf__io_vals {
	const char *s[ENF__IO_MAX_COLS];
	int64_t n[ENF__IO_MAX_COLS];
} enf__io_vals;

/* Reads an optionally negative decimal integer; 0, or -1 (not one or too
 * large for 64 bits). */
static inline __attribute__((always_inline)) int enf__io_int(int64_t *out,
							     const char *s)
{
	int neg;
	uint64_t v = 0, lim;
	int k = 0;

	/* The usual field of an event row (a seq, a detail, an amount of 0):
	 * one digit. */
	if ((unsigned)(s[0] - '0') <= 9 && s[1] == '\0') {
		*out = s[0] - '0';
		return 0;
	}
	neg = *s == '-';
	lim = neg ? (uint64_t)INT64_MAX + 1 : INT64_MAX;

	s += neg;
	if (*s < '0' || *s > '9')
		return -1;
	/* Eighteen digits cannot overflow: no check for them. */
	for (; k < 18 && (unsigned)(*s - '0') <= 9; s++, k++)
		v = v * 10 + (unsigned)(*s - '0');
	for (; *s >= '0' && *s <= '9'; s++) {
		unsigned d = (unsigned)(*s - '0');

		if (v > (lim - d) / 10)
			return -1;
		v = v * 10 + d;
	}
	if (*s != '\0')
		return -1;
	*out = neg ? (int64_t)(0 - v) : (int64_t)v;
	return 0;
}

/* A token field that names no value: the message lists the family's. */
ENF__COLD static enf_status enf__io_token_fail(const enf__io_col *col,
					       const char *text,
					       const enf__io_loc *loc)
{
	char list[200];

	enf__io_family_list(list, sizeof(list), (enf_io_enum)col->family);
	return enf__io_fail(ENF_EPARSE, loc, col->name, "\"%.*s\" is not %s%s",
			    enf__utf8_prefix(text, 60), text,
			    enf__io_family_noun((enf_io_enum)col->family),
			    list);
}

static inline __attribute__((always_inline)) enf_status enf__io_token_field(
	int64_t *out, const enf__io_col *col, const char *text,
	const enf__io_loc *loc, const enf__io_tokidx *tk)
{
	int v;

	if ((tk != NULL ? enf__io_token_probe(&v, col->family, text,
					      strlen(text), tk)
			: enf__io_token_find(&v, (enf_io_enum)col->family, text,
					     strlen(text), NULL)) != 0)
		return enf__io_token_fail(col, text, loc);
	*out = v;
	return ENF_OK;
}

static enf_status enf__io_flags_field(int64_t *out, const enf__io_col *col,
				      const char *text, const enf__io_loc *loc,
				      const enf__io_tokidx *tk)
{
	unsigned flags = 0;

	for (const char *p = text;;) {
		size_t len = strcspn(p, "|");
		int bit;

		if (enf__io_token_find(&bit, ENF_IO_ENUM_FLAG, p, len, tk) != 0)
			return enf__io_fail(
				ENF_EPARSE, loc, col->name,
				"\"%.*s\" is not a flag (corruption, prisoner, "
				"unknown_address, joined by '|')",
				enf__utf8_prefix(text, 60), text);
		flags |= (unsigned)bit;
		if (p[len] == '\0')
			break;
		p += len + 1;
	}
	*out = flags;
	return ENF_OK;
}

ENF__COLD static enf_status enf__io_utf8_fail(const enf__io_col *col,
					      const char *text, const char *at,
					      const enf__io_loc *loc)
{
	return enf__io_fail(ENF_EPARSE, loc, col->name,
			    "not valid UTF-8 at byte %ld", (long)(at - text));
}

static enf_status enf__io_text_field(const char **out, const enf__io_col *col,
				     const char *text, const enf__io_loc *loc)
{
	const signed char *p = (const signed char *)text;

	for (;;) {
		int n;

		/* ASCII runs in one compare a byte: a byte above 0 is
		 * neither the NUL nor part of a multibyte sequence. */
		while (*p > 0)
			p++;
		if (*p == 0)
			break;
		n = enf__io_utf8_len((const unsigned char *)p);
		if (n == 0)
			return enf__io_utf8_fail(col, text, (const char *)p,
						 loc);
		p += n;
	}
	*out = text;
	return ENF_OK;
}

ENF__COLD static enf_status enf__io_number_fail(const enf__io_col *col,
						const char *text,
						const char *why,
						const enf__io_loc *loc)
{
	return enf__io_fail(ENF_EPARSE, loc, col->name, "\"%.*s\" %s",
			    enf__utf8_prefix(text, 60), text, why);
}

/* Integer columns: money, detail, index, bool. */
static inline __attribute__((always_inline)) enf_status enf__io_number_field(
	int64_t *out, const enf__io_col *col, const char *text,
	const enf__io_loc *loc)
{
	int64_t v;
	const char *why = NULL;

	if (enf__io_int(&v, text) != 0)
		why = col->type == ENF__T_BOOL ? "is not 0 or 1"
		      : col->type == ENF__T_INDEX
			      ? "is not an index (0, 1, ...)"
			      : "is not an integer";
	else if (col->type == ENF__T_BOOL && v != 0 && v != 1)
		why = "is not 0 or 1";
	else if (col->type == ENF__T_INDEX && (v < 0 || v > INT32_MAX))
		why = "is not an index (0, 1, ...)";
	else if (col->type == ENF__T_DETAIL && (v < INT32_MIN || v > INT32_MAX))
		why = "is out of range";
	if (why != NULL)
		return enf__io_number_fail(col, text, why, loc);
	*out = v;
	return ENF_OK;
}

/*
 * A date field that is not YYYY-MM-DD. A day/month/year date
 * ("15/09/2025", as spreadsheets in Vietnam write them) is refused, not
 * guessed: the same text reads as month/day/year in other locales
 * ("03/04/2025"), and a register whose dates were silently swapped would
 * count deadlines from the wrong days. The message names the format and,
 * for such a text, the ISO form it would have as day/month/year.
 */
ENF__COLD static enf_status enf__io_date_fail(const enf__io_loc *loc,
					      const enf__io_col *col,
					      const char *text)
{
	enf_date d;
	char iso[16];

	if (strchr(text, '/') != NULL && enf__date_scan(&d, text) == 0)
		return enf__io_fail(ENF_EPARSE, loc, col->name,
				    "\"%.*s\" is not a date; expected "
				    "YYYY-MM-DD (%s, if it is day/month/year)",
				    enf__utf8_prefix(text, 60), text,
				    enf__date_text(iso, sizeof(iso), d));
	return enf__io_fail(ENF_EPARSE, loc, col->name,
			    "\"%.*s\" is not a date; expected YYYY-MM-DD",
			    enf__utf8_prefix(text, 60), text);
}

/* Converts the text of one non-empty field. Inlined into the row's loop:
 * a call per field cost a fifth of the conversion. */
static inline __attribute__((always_inline)) enf_status enf__io_field(
	enf__io_vals *x, int i, const enf__io_col *col, const char *text,
	const enf__io_loc *loc, const enf__io_tokidx *tk)
{
	enf_date d;

	switch (col->type) {
	case ENF__T_TEXT:
	case ENF__T_OPTTEXT:
		return enf__io_text_field(&x->s[i], col, text, loc);
	case ENF__T_TOKEN:
		return enf__io_token_field(&x->n[i], col, text, loc, tk);
	case ENF__T_FLAGS:
		return enf__io_flags_field(&x->n[i], col, text, loc, tk);
	case ENF__T_DATE:
		/* YYYY-MM-DD only. */
		if (enf__date_iso(&d, text) != 0)
			return enf__io_date_fail(loc, col, text);
		x->n[i] = d;
		return ENF_OK;
	default: return enf__io_number_field(&x->n[i], col, text, loc);
	}
}

/* The same, out of line: one copy for the callers that convert a single
 * field (a JSON value, a validation), beside the one inlined in the row
 * loop. */
static __attribute__((noinline)) enf_status enf__io_field_one(
	enf__io_vals *x, int i, const enf__io_col *col, const char *text,
	const enf__io_loc *loc)
{
	return enf__io_field(x, i, col, text, loc, NULL);
}

/* Converts the fields of a row from column `from` on (the columns before
 * are taken as they are), finding tokens with tk (NULL: without an
 * index). Inlined: called with the events' table, which every row of a
 * national load is, the loop is unrolled and each column's conversion
 * chosen at compile time. */
static inline __attribute__((always_inline)) enf_status enf__io_convert(
	enf__io_vals *x, enf_io_entity e, const char *const *v,
	const enf__io_loc *loc, int from, const enf__io_tokidx *tk)
{
	const enf__io_table *t = &enf__io_tables[e];

#ifdef __clang_analyzer__
	/* The loops below set every column of the table, which the
	 * analyzer cannot follow through t->ncols; clearing costs a tenth of
	 * the conversion, so only the analyzer's build does it. */
	memset(x, 0, sizeof(*x));
#endif
	for (int i = 0; i < from; i++)
		x->s[i] = v[i], x->n[i] = 0;
		/* Every column of the table is set below; no row reads past
		 * them. */
#pragma GCC unroll 9
	for (int i = from; i < t->ncols; i++) {
		const enf__io_col *col = &t->cols[i];
		enf_status st;

		if (v[i][0] == '\0') {
			/* An empty field: its column's default. */
			if (col->required)
				return enf__io_fail(ENF_EPARSE, loc, col->name,
						    "empty; a row needs it");
			x->s[i] = col->type == ENF__T_TEXT ? "" : NULL;
			x->n[i] = col->type == ENF__T_DATE    ? ENF_DATE_NONE
				  : col->type == ENF__T_INDEX ? ENF_INDEX_NONE
							      : 0;
			continue;
		}
		x->s[i] = NULL, x->n[i] = 0; /* the field sets one of them */
		st = enf__io_field(x, i, col, v[i], loc, tk);
		if (st != ENF_OK)
			return st;
	}
	return ENF_OK;
}

/* The same, out of line, for any entity (the rows other than events). */
static __attribute__((noinline)) enf_status enf__io_convert_any(
	enf__io_vals *x, enf_io_entity e, const char *const *v,
	const enf__io_loc *loc, int from, const enf__io_tokidx *tk)
{
	return enf__io_convert(x, e, v, loc, from, tk);
}

enf_status enf__io_value(int64_t *n, const char **s, const enf__io_col *col,
			 const char *text, const enf__io_loc *loc)
{
	enf__io_vals x;
	enf_status st;

	memset(&x, 0, sizeof(x));
	st = enf__io_field_one(&x, 0, col, text, loc);
	*n = x.n[0], *s = x.s[0];
	return st;
}

enf_status enf__io_check_field(enf_io_entity e, int col, const char *text,
			       const enf__io_loc *loc)
{
	const enf__io_col *c = &enf__io_tables[e].cols[col];
	enf__io_vals x;

	if (text[0] == '\0')
		return c->required ? enf__io_fail(ENF_EPARSE, loc, c->name,
						  "empty; a row needs it")
				   : ENF_OK;
	return enf__io_field_one(&x, col, c, text, loc);
}

/* ---------------------------------------------------------------------- */
/* Rows                                                                    */

/* The column an event refusal is about: the first of date, detail,
 * amount and asset its reason names ("amount must be above 0"), else
 * kind (and always kind for a transition the table forbids). */
static const char *enf__io_event_blame(enf_status st, const char *msg)
{
	static const int cols[] = {ENF__EV_DATE, ENF__EV_DETAIL, ENF__EV_AMOUNT,
				   ENF__EV_ASSET};
	const char *why = strrchr(msg, ':'), *best = NULL, *field = "kind";

	/* The law of a sale's step (enf_auction_case_check()): a date before
	 * the end of a period, else a price out of its range. */
	if (strstr(msg, "auction_case_check:") != NULL)
		return st == ENF_ERANGE ? (strstr(msg, " comes before ") != NULL
						   ? "date"
						   : "amount")
					: "kind";
	for (int i = 0; st != ENF_ESTATE && why != NULL && i < 4; i++) {
		const char *name = enf__cols_events[cols[i]].name;
		const char *at = strstr(why, name);

		if (at != NULL && (best == NULL || at < best))
			best = at, field = name;
	}
	return field;
}

/* Passes on the library's failure as "file:line: field: message", with
 * the column its message names first ("case_add_obligation: debtor is
 * ...") or the fallback. */
static enf_status enf__io_relay(enf_status st, enf_io_entity e,
				const enf__io_loc *loc)
{
	char msg[400];
	const char *name, *field = enf__io_tables[e].fallback;
	int i = -1;

	(void)snprintf(msg, sizeof(msg), "%s", enf_last_error());
	name = strstr(msg, ": ");
	if (name != NULL)
		i = enf__io_col_find(
			e, name + 2,
			strspn(name + 2, "abcdefghijklmnopqrstuvwxyz_"));
	if (i >= 0) {
		field = enf__io_tables[e].cols[i].name;
	} else if (e == ENF_IO_EVENTS) {
		field = enf__io_event_blame(st, msg);
	}
	return enf__io_fail(st, loc, field, "%s", msg);
}

enf_status enf__io_case_row(enf_case **out, enf__io_batch *b,
			    const char *const *v, const enf__io_loc *loc)
{
	enf__io_vals x;
	enf_case_info info;
	enf_case *c = NULL;
	enf_status st =
		enf__io_convert_any(&x, ENF_IO_CASES, v, loc, 0, &b->tokens);

	if (st != ENF_OK)
		return st;
	(void)enf_case_info_init(&info, ENF_CASE_INFO_VERSION);
	info.office = x.s[ENF__COL_OFFICE];
	info.decision_no = x.s[ENF__COL_NO];
	info.decision_date = (enf_date)x.n[ENF__CASE_DECISION_DATE];
	info.mode = (enf_mode)x.n[ENF__CASE_MODE];
	info.court = x.s[ENF__CASE_COURT];
	info.judgment_no = x.s[ENF__CASE_JUDGMENT_NO];
	info.judgment_effective = (enf_date)x.n[ENF__CASE_JUDGMENT_EFFECTIVE];
	info.judgment_kind = (enf_judgment_kind)x.n[ENF__CASE_JUDGMENT_KIND];
	info.flags = (unsigned)x.n[ENF__CASE_FLAGS];
	st = enf__case_new_in(&c, &info, enf__arena_mem(b->arena));
	if (st != ENF_OK)
		return enf__io_relay(st, ENF_IO_CASES, loc);
	st = enf__io_batch_add(b, c, loc);
	if (st == ENF_OK)
		*out = c;
	return st;
}

size_t enf__io_row_count(const enf_case *c, enf_io_entity e)
{
	switch (e) {
	case ENF_IO_PARTIES: return enf_case_party_count(c);
	case ENF_IO_OBLIGATIONS: return enf_case_obligation_count(c);
	case ENF_IO_ASSETS: return enf_case_asset_count(c);
	case ENF_IO_EVENTS: return enf_case_event_count(c);
	default: return 1;
	}
}

static enf_status enf__io_sale_check(const enf_case *c, const enf_event *ev,
				     enf__io_batch *b)
{
	enf_auction_case_options o = ENF_AUCTION_CASE_OPTIONS_INIT;

	if (!enf__is_sale_step(ev->kind))
		return ENF_OK;
	if (b->sale_cal == NULL) {
		enf_status st = enf_calendar_new(&b->sale_cal, NULL);

		if (st != ENF_OK)
			return st;
	}
	o.calendar = b->sale_cal;
	return enf_auction_case_check(c, ev, &o);
}

/* Adds the converted row to c through the public functions. */
static enf_status enf__io_apply_row(enf_case *c, enf_io_entity e,
				    const enf__io_vals *x, enf__io_batch *b)
{
	const int64_t *n = x->n;
	const enf__case_mem *mem = enf__arena_mem(b != NULL ? b->arena : NULL);

	if (e == ENF_IO_PARTIES) {
		enf_party p = {(enf_party_role)n[ENF__PARTY_ROLE],
			       (enf_party_kind)n[ENF__PARTY_KIND],
			       x->s[ENF__PARTY_NAME], x->s[ENF__PARTY_ID]};
		return enf__case_add_party_in(NULL, c, &p, mem);
	}
	if (e == ENF_IO_OBLIGATIONS) {
		enf_obligation o = {
			(enf_obligation_kind)n[ENF__OBL_KIND],
			n[ENF__OBL_AMOUNT], (int32_t)n[ENF__OBL_DEBTOR],
			(int32_t)n[ENF__OBL_CREDITOR], (int)n[ENF__OBL_JOINT]};
		return enf__case_add_obligation_in(NULL, c, &o, mem);
	}
	if (e == ENF_IO_ASSETS) {
		enf_asset a = {(enf_asset_kind)n[ENF__ASSET_KIND],
			       x->s[ENF__ASSET_DESCRIPTION],
			       (int32_t)n[ENF__ASSET_OWNER],
			       (enf_security)n[ENF__ASSET_SECURITY],
			       n[ENF__ASSET_SECURED]};
		return enf__case_add_asset_in(NULL, c, &a, mem);
	}
	{
		enf_event ev = {(enf_event_kind)n[ENF__EV_KIND],
				(enf_date)n[ENF__EV_DATE],
				(int32_t)n[ENF__EV_DETAIL], n[ENF__EV_AMOUNT],
				(int32_t)n[ENF__EV_ASSET]};

		enf_status st;

		if (b == NULL)
			return enf__is_sale_step(ev.kind)
				       ? enf_auction_case_apply(c, &ev, NULL)
				       : enf_case_apply(c, &ev);
		st = enf__io_sale_check(c, &ev, b);
		if (st != ENF_OK)
			return st;
		if (b->rs_case != c) {
			enf__replay_until(&b->rs, c, ENF_DATE_MAX);
			b->rs_case = c;
		}
		return enf__case_apply_after(c, &b->rs, &ev, mem);
	}
}

enf_status enf__io_entity_row(enf_case *c, enf_io_entity e,
			      const char *const *v, const enf__io_loc *loc,
			      enf__io_batch *b)
{
	enf__io_vals x;
	size_t have = enf__io_row_count(c, e);
	const char *col = enf__io_tables[e].cols[ENF__COL_INDEX].name;
	/* The office and decision number are c's (the caller found c by
	 * them, or took them from it): checked when c's row was read. */
	const enf__io_tokidx *tk = b != NULL ? &b->tokens : NULL;
	enf_status st = e == ENF_IO_EVENTS
				? enf__io_convert(&x, ENF_IO_EVENTS, v, loc,
						  ENF__COL_INDEX, tk)
				: enf__io_convert_any(&x, e, v, loc,
						      ENF__COL_INDEX, tk);

	if (st != ENF_OK)
		return st;
	/* An event's seq may be left out (its position), and differs from
	 * its position in a corrected case's log (io_corrections.c). */
	if (e == ENF_IO_EVENTS && x.n[ENF__COL_INDEX] == ENF_INDEX_NONE)
		x.n[ENF__COL_INDEX] = (int64_t)have;
	/* The usual event row (the next seq, no case out of seq order so
	 * far) needs nothing kept. */
	if (e == ENF_IO_EVENTS && b != NULL &&
	    !(b->nseqs == 0 && (uint64_t)x.n[ENF__COL_INDEX] == have))
		st = enf__io_note_seq(b, c, (size_t)x.n[ENF__COL_INDEX], loc);
	else if (e == ENF_IO_EVENTS && b != NULL)
		st = ENF_OK;
	else if ((uint64_t)x.n[ENF__COL_INDEX] != have)
		st = enf__io_fail(ENF_EPARSE, loc, col,
				  "%lld; expected %zu (the rows of a case "
				  "come in %s order 0, 1, ...)",
				  (long long)x.n[ENF__COL_INDEX], have, col);
	if (st != ENF_OK)
		return st;
	st = enf__io_apply_row(c, e, &x, b);
	return st == ENF_OK ? ENF_OK : enf__io_relay(st, e, loc);
}

/* ---------------------------------------------------------------------- */
/* Freeing returned text                                                   */

void enf_io_free(char *text)
{
	enf_free(text);
}
