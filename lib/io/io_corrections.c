/*
 * The row of a correction (io_corrections.h): its columns, its texts, its
 * conversion back, and the export of corrections.csv.
 */
#include "io_corrections.h"
#include "case_internal.h"
#include "register_internal.h"

#include <stdio.h>
#include <string.h>

/* ---------------------------------------------------------------------- */
/* Columns                                                                 */

/* The columns of one value; P is "" for the new value, "was_" for the
 * old. required: the value of its kind needs it. */
#define VALUE_COLS(P)                                                          \
	{P "event_kind", ENF__T_TOKEN, 1, ENF_IO_ENUM_EVENT},                  \
		{P "event_date", ENF__T_DATE, 1, 0},                           \
		{P "event_detail", ENF__T_DETAIL, 0, 0},                       \
		{P "event_amount", ENF__T_MONEY, 0, 0},                        \
		{P "event_asset", ENF__T_INDEX, 0, 0},                         \
		{P "decision_date", ENF__T_DATE, 0, 0},                        \
		{P "mode", ENF__T_TOKEN, 1, ENF_IO_ENUM_MODE},                 \
		{P "court", ENF__T_TEXT, 0, 0},                                \
		{P "judgment_no", ENF__T_TEXT, 0, 0},                          \
		{P "judgment_effective", ENF__T_DATE, 0, 0},                   \
		{P "judgment_kind", ENF__T_TOKEN, 1,                           \
		 ENF_IO_ENUM_JUDGMENT_KIND},                                   \
		{P "flags", ENF__T_FLAGS, 0, ENF_IO_ENUM_FLAG},                \
		{P "party_role", ENF__T_TOKEN, 1, ENF_IO_ENUM_PARTY_ROLE},     \
		{P "party_kind", ENF__T_TOKEN, 1, ENF_IO_ENUM_PARTY_KIND},     \
		{P "party_name", ENF__T_TEXT, 1, 0},                           \
		{P "party_id", ENF__T_OPTTEXT, 0, 0},                          \
		{P "obligation_kind", ENF__T_TOKEN, 1,                         \
		 ENF_IO_ENUM_OBLIGATION},                                      \
		{P "obligation_amount", ENF__T_MONEY, 0, 0},                   \
		{P "obligation_debtor", ENF__T_INDEX, 1, 0},                   \
		{P "obligation_creditor", ENF__T_INDEX, 0, 0},                 \
		{P "obligation_joint", ENF__T_BOOL, 0, 0},                     \
		{P "asset_kind", ENF__T_TOKEN, 1, ENF_IO_ENUM_ASSET_KIND},     \
		{P "asset_description", ENF__T_TEXT, 1, 0},                    \
		{P "asset_owner", ENF__T_INDEX, 1, 0},                         \
		{P "asset_security", ENF__T_TOKEN, 0, ENF_IO_ENUM_SECURITY},   \
	{                                                                      \
		P "asset_secured_amount", ENF__T_MONEY, 0, 0                   \
	}

/* The kind column's type is a token of no io family: converted apart. */
const enf__io_col enf__cr_cols[ENF__CR_COLS] = {
	{"office", ENF__T_TEXT, 1, 0},
	{"decision_no", ENF__T_TEXT, 1, 0},
	{"index", ENF__T_INDEX, 1, 0},
	{"kind", ENF__T_TEXT, 1, 0},
	{"recorded", ENF__T_DATE, 1, 0},
	{"reason", ENF__T_TEXT, 1, 0},
	{"author", ENF__T_OPTTEXT, 0, 0},
	{"target", ENF__T_INDEX, 0, 0},
	VALUE_COLS(""),
	VALUE_COLS("was_"),
};

#undef VALUE_COLS

/* First offset of each group within a value, and the end. */
static const int enf__cr_starts[ENF__G_COUNT + 1] = {0, 5, 12, 16, 21, 26};

enf__cr_group enf__cr_group_of(int offset)
{
	int g = 0;

	while (g + 1 < ENF__G_COUNT && offset >= enf__cr_starts[g + 1])
		g++;
	return (enf__cr_group)g;
}

int enf__cr_group_start(enf__cr_group g)
{
	return enf__cr_starts[g];
}

unsigned enf__cr_groups(enf_correction_kind kind, int old)
{
	switch (kind) {
	case ENF_CORRECT_VOID: return old ? 1u << ENF__G_EVENT : 0;
	case ENF_CORRECT_REPLACE: return 1u << ENF__G_EVENT;
	case ENF_CORRECT_INFO: return 1u << ENF__G_INFO;
	case ENF_CORRECT_PARTY: return 1u << ENF__G_PARTY;
	case ENF_CORRECT_OBLIGATION: return 1u << ENF__G_OBLIGATION;
	case ENF_CORRECT_ASSET: return 1u << ENF__G_ASSET;
	default: return 0;
	}
}

/* ---------------------------------------------------------------------- */
/* Texts                                                                   */

/* The texts of the value of group g of x, from column `at`. */
static void enf__cr_value_texts(const char **v, enf__cr_scratch *s, int at,
				enf__cr_group g, const enf_correction *x)
{
	char(*t)[48] = s->text + at;

	v += at;
	if (g == ENF__G_EVENT) {
		const enf_event *e = &x->event;

		v[0] = enf__tok(ENF_IO_ENUM_EVENT, (int)e->kind);
		v[1] = enf__fmt_date(t[1], e->date);
		v[2] = enf__fmt_int(t[2], e->detail);
		v[3] = enf__fmt_int(t[3], e->amount);
		v[4] = enf__fmt_index(t[4], e->asset);
	} else if (g == ENF__G_INFO) {
		const enf_case_info *in = &x->info;

		t -= 5, v -= 5; /* the group's own offsets, 5 to 11 */
		v[5] = enf__fmt_date(t[5], in->decision_date);
		v[6] = enf__tok(ENF_IO_ENUM_MODE, (int)in->mode);
		v[7] = in->court != NULL ? in->court : "";
		v[8] = in->judgment_no != NULL ? in->judgment_no : "";
		v[9] = enf__fmt_date(t[9], in->judgment_effective);
		v[10] = enf__tok(ENF_IO_ENUM_JUDGMENT_KIND,
				 (int)in->judgment_kind);
		v[11] = enf__io_fmt_flags(t[11], in->flags);
	} else if (g == ENF__G_PARTY) {
		v[0] = enf__tok(ENF_IO_ENUM_PARTY_ROLE, (int)x->party.role);
		v[1] = enf__tok(ENF_IO_ENUM_PARTY_KIND, (int)x->party.kind);
		v[2] = x->party.name != NULL ? x->party.name : "";
		v[3] = x->party.id != NULL ? x->party.id : "";
	} else if (g == ENF__G_OBLIGATION) {
		const enf_obligation *o = &x->obligation;

		v[0] = enf__tok(ENF_IO_ENUM_OBLIGATION, (int)o->kind);
		v[1] = enf__fmt_int(t[1], o->amount);
		v[2] = enf__fmt_index(t[2], o->debtor);
		v[3] = enf__fmt_index(t[3], o->creditor);
		v[4] = o->joint ? "1" : "0";
	} else {
		const enf_asset *a = &x->asset;

		v[0] = enf__tok(ENF_IO_ENUM_ASSET_KIND, (int)a->kind);
		v[1] = a->description != NULL ? a->description : "";
		v[2] = enf__fmt_index(t[2], a->owner);
		v[3] = enf__tok(ENF_IO_ENUM_SECURITY, (int)a->security);
		v[4] = enf__fmt_int(t[4], a->secured_amount);
	}
}

void enf__cr_row_texts(const char *v[ENF__CR_COLS], enf__cr_scratch *s,
		       const enf_case *c, size_t i)
{
	enf_correction rec, before;

	for (int k = 0; k < ENF__CR_COLS; k++)
		v[k] = "";
	(void)enf_correction_init(&rec, ENF_CORRECTION_VERSION);
	(void)enf_correction_init(&before, ENF_CORRECTION_VERSION);
	if (enf_case_correction(&rec, &before, c, i) != ENF_OK)
		return;
	v[ENF__CR_OFFICE] = c->info.office;
	v[ENF__CR_NO] = c->info.decision_no;
	v[ENF__CR_INDEX] = enf__fmt_int(s->text[ENF__CR_INDEX], (int64_t)i);
	v[ENF__CR_KIND] = enf_correction_kind_name(rec.kind);
	v[ENF__CR_RECORDED] =
		enf__fmt_date(s->text[ENF__CR_RECORDED], rec.recorded);
	v[ENF__CR_REASON] = rec.reason != NULL ? rec.reason : "";
	v[ENF__CR_AUTHOR] = rec.author != NULL ? rec.author : "";
	v[ENF__CR_TARGET] =
		enf__fmt_int(s->text[ENF__CR_TARGET], (int64_t)rec.target);
	for (int old = 0; old < 2; old++) {
		unsigned gs = enf__cr_groups(rec.kind, old);

		for (int g = 0; g < ENF__G_COUNT; g++)
			if (gs & 1u << g)
				enf__cr_value_texts(
					v, s,
					ENF__CR_VALUES +
						old * ENF__CR_VALUE_COLS +
						enf__cr_starts[g],
					(enf__cr_group)g, old ? &before : &rec);
	}
}

/* ---------------------------------------------------------------------- */
/* Conversion                                                              */

/* The kind of a token, or -1. */
static int enf__cr_kind(const char *text)
{
	for (int k = 0; k < ENF_CORRECT_KIND_COUNT; k++)
		if (strcmp(text, enf_correction_kind_name(
					 (enf_correction_kind)k)) == 0)
			return k;
	return -1;
}

/* Converts field col of v into n/s, checking that it is filled when its
 * value's kind needs it and empty when the kind has no such value. */
static enf_status enf__cr_field(int64_t *n, const char **s, int col,
				const char *const *v, unsigned active,
				const char *kind, const enf__io_loc *loc)
{
	const enf__io_col *c = &enf__cr_cols[col];
	int on = 1;

	*s = c->type == ENF__T_TEXT ? "" : NULL;
	*n = c->type == ENF__T_DATE    ? ENF_DATE_NONE
	     : c->type == ENF__T_INDEX ? ENF_INDEX_NONE
				       : 0;
	if (col >= ENF__CR_VALUES) {
		int off = (col - ENF__CR_VALUES) % ENF__CR_VALUE_COLS;
		int old = col >= ENF__CR_VALUES + ENF__CR_VALUE_COLS;

		on = (active >> (old * ENF__G_COUNT) &
		      1u << enf__cr_group_of(off)) != 0;
	}
	if (!on && v[col][0] != '\0')
		return enf__io_fail(ENF_EPARSE, loc, c->name,
				    "a%s %s correction has no such value; "
				    "leave it empty",
				    strchr("aeiou", kind[0]) ? "n" : "", kind);
	if (v[col][0] == '\0') {
		if (on && c->required)
			return enf__io_fail(ENF_EPARSE, loc, c->name,
					    "empty; a%s %s correction needs it",
					    strchr("aeiou", kind[0]) ? "n" : "",
					    kind);
		return ENF_OK;
	}
	return enf__io_value(n, s, c, v[col], loc);
}

/* Builds the value of group g of x from the converted fields at `at`. */
static void enf__cr_value(enf_correction *x, enf__cr_group g, const int64_t *n,
			  const char *const *s, const enf_case *c)
{
	if (g == ENF__G_EVENT) {
		enf_event ev = {(enf_event_kind)n[0], (enf_date)n[1],
				(int32_t)n[2], n[3], (int32_t)n[4]};

		x->event = ev;
	} else if (g == ENF__G_INFO) {
		enf_case_info *in = &x->info;

		n -= 5, s -= 5;
		in->office = c->info.office;
		in->decision_no = c->info.decision_no;
		in->decision_date = (enf_date)n[5];
		in->mode = (enf_mode)n[6];
		in->court = s[7];
		in->judgment_no = s[8];
		in->judgment_effective = (enf_date)n[9];
		in->judgment_kind = (enf_judgment_kind)n[10];
		in->flags = (unsigned)n[11];
	} else if (g == ENF__G_PARTY) {
		enf_party p = {(enf_party_role)n[0], (enf_party_kind)n[1], s[2],
			       s[3]};

		x->party = p;
	} else if (g == ENF__G_OBLIGATION) {
		enf_obligation o = {(enf_obligation_kind)n[0], n[1],
				    (int32_t)n[2], (int32_t)n[3], (int)n[4]};

		x->obligation = o;
	} else {
		enf_asset a = {(enf_asset_kind)n[0], s[1], (int32_t)n[2],
			       (enf_security)n[3], n[4]};

		x->asset = a;
	}
}

enf_status enf__cr_convert(enf_correction *rec, enf_correction *before,
			   size_t *index, const char *const *v,
			   const enf_case *c, const enf__io_loc *loc)
{
	int64_t n[ENF__CR_COLS];
	const char *s[ENF__CR_COLS];
	const char *kind = v[ENF__CR_KIND];
	int k = enf__cr_kind(kind);
	unsigned active;
	enf_status st = ENF_OK;

	if (kind[0] == '\0')
		return enf__io_fail(ENF_EPARSE, loc, "kind",
				    "empty; a row needs it");
	if (k < 0)
		return enf__io_fail(ENF_EPARSE, loc, "kind",
				    "\"%.*s\" is not a correction (void, "
				    "replace, info, party, obligation, asset, "
				    "entered_in_error)",
				    enf__utf8_prefix(kind, 60), kind);
	active = enf__cr_groups((enf_correction_kind)k, 0) |
		 enf__cr_groups((enf_correction_kind)k, 1) << ENF__G_COUNT;
	for (int i = 0; i < ENF__CR_COLS && st == ENF_OK; i++)
		st = i == ENF__CR_KIND ? ENF_OK
				       : enf__cr_field(&n[i], &s[i], i, v,
						       active, kind, loc);
	if (st != ENF_OK)
		return st;
	(void)enf_correction_init(rec, ENF_CORRECTION_VERSION);
	rec->kind = (enf_correction_kind)k;
	rec->recorded = (enf_date)n[ENF__CR_RECORDED];
	rec->reason = s[ENF__CR_REASON];
	rec->author = s[ENF__CR_AUTHOR];
	rec->target = n[ENF__CR_TARGET] == ENF_INDEX_NONE
			      ? 0
			      : (size_t)n[ENF__CR_TARGET];
	*before = *rec;
	for (int old = 0; old < 2; old++)
		for (int g = 0; g < ENF__G_COUNT; g++) {
			int at = ENF__CR_VALUES + old * ENF__CR_VALUE_COLS +
				 enf__cr_starts[g];

			if (active >> (old * ENF__G_COUNT) & 1u << g)
				enf__cr_value(old ? before : rec,
					      (enf__cr_group)g, n + at, s + at,
					      c);
		}
	*index = (size_t)n[ENF__CR_INDEX];
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Export                                                                  */

static void enf__cr_put_row(enf__io_buf *b, const char *const *v)
{
	for (int i = 0; i < ENF__CR_COLS; i++) {
		if (i > 0)
			enf__io_put(b, ",", 1);
		enf__io_csv_field(b, v[i]);
	}
	enf__io_put(b, "\n", 1);
}

enf_status enf_io_export_csv_corrections(char **out, size_t *len,
					 const enf_register *reg)
{
	const char *v[ENF__CR_COLS];
	enf__cr_scratch s;
	enf__io_buf b = {NULL, 0, 0, 0};

	ENF__CHECK_NULL("io_export_csv_corrections", out);
	*out = NULL;
	ENF__CHECK_NULL("io_export_csv_corrections", reg);
	for (int i = 0; i < ENF__CR_COLS; i++)
		v[i] = enf__cr_cols[i].name;
	enf__cr_put_row(&b, v);
	for (size_t k = 0; k < reg->ncases; k++) {
		const enf_case *c = reg->cases[k];
		size_t m = enf_case_correction_count(c);

		for (size_t i = 0; i < m; i++) {
			enf__cr_row_texts(v, &s, c, i);
			enf__cr_put_row(&b, v);
		}
	}
	return enf__io_buf_finish(&b, out, len, "io_export_csv_corrections");
}
