/*
 * The register as five CSV files (RFC 4180: quoted fields with "" for a
 * quote, CRLF or LF line ends, an optional UTF-8 byte-order mark), read
 * into cases built aside and committed all at once, and written back.
 */
#include "io_internal.h"
#include "case_internal.h"
#include "register_internal.h"
#include "csv_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------- */
/* Reader                                                                  */

void enf__csv_init(enf__csv *r, enf_io_entity e, const char *text)
{
	enf__csv_init_n(r, e, text, text != NULL ? strlen(text) : 0);
}

void enf__csv_init_n(enf__csv *r, enf_io_entity e, const char *text, size_t n)
{
	memset(r, 0, sizeof(*r));
	r->entity = e;
	r->file = enf_io_file_name(e);
	if (text != NULL && strncmp(text, "\xef\xbb\xbf", 3) == 0)
		text += 3, n -= 3; /* byte-order mark */
	enf__csv_reader_init_n(&r->rd, text, n, ENF__CSV_KEEP, 0);
}

/* The name of the field at a position, for messages. */
static const char *enf__csv_field_name(const enf__csv *r, size_t pos)
{
	if (r->ncols == 0)
		return "header";
	if (pos >= r->ncols)
		return "row";
	return enf__io_tables[r->entity].cols[r->col[pos]].name;
}

static enf_status enf__csv_fail(const enf__csv *r, size_t pos, long line,
				const char *why)
{
	enf__io_loc loc = {r->file, line, NULL};

	return enf__io_fail(ENF_EPARSE, &loc, enf__csv_field_name(r, pos), "%s",
			    why);
}

/* The message of the reader's error. */
static enf_status enf__csv_read_fail(const enf__csv *r, enf__csv_err why)
{
	static const char *const text[] = {
		[ENF__CSV_UNCLOSED] = "the quoted field is not closed before "
				      "the end of the file",
		[ENF__CSV_AFTER_QUOTE] = "text after the closing quote (a "
					 "quote inside a quoted field is "
					 "written \"\")",
		[ENF__CSV_BARE_QUOTE] = "a quote in an unquoted field (quote "
					"the field and double the quote)",
		[ENF__CSV_BARE_CR] = "a carriage return without a line feed"};

	if (why == ENF__CSV_NOMEM)
		return enf__fail(ENF_ENOMEM, "%s:%ld: out of memory", r->file,
				 r->rd.err_line);
	return enf__csv_fail(r, r->rd.err_field, r->rd.err_line, text[why]);
}

/* Reads the next record; *got is 0 at the end. Line ends at the end of
 * the text are let be (editors add them); a blank line anywhere else is
 * refused, as RFC 4180 has no empty record and a blank line in the middle
 * of a file is more often a cut or a bad join than a wish. */
enf_status enf__csv_record(enf__csv *r, int *got)
{
	long blank = enf__csv_skip_blank(&r->rd);
	enf__csv_err why;

	*got = 0;
	if (blank != 0 && r->ncols == 0)
		return enf__csv_fail(r, 0, blank,
				     "a blank line; the first line is the "
				     "header row naming the columns");
	if (blank != 0 && *r->rd.p != '\0')
		return enf__csv_fail(r, r->ncols, blank,
				     "a blank line between rows (RFC 4180 "
				     "has no empty record; delete the line)");
	if (*r->rd.p == '\0')
		return ENF_OK;
	why = enf__csv_read_record(&r->rd);
	if (why != ENF__CSV_OK)
		return enf__csv_read_fail(r, why);
	*got = 1;
	return ENF_OK;
}

const char *enf__csv_text(const enf__csv *r, size_t pos)
{
	return enf__csv_field_text(&r->rd, pos);
}

/* Checks a header field: a known column, not named before. */
static enf_status enf__csv_column(enf__csv *r, size_t pos, unsigned *seen)
{
	const char *name = enf__csv_text(r, pos);
	int col = enf__io_col_find(r->entity, name, strlen(name));
	enf__io_loc loc = {r->file, r->rd.row_line, NULL};
	char shown[64];

	if (name[0] == '\0')
		(void)snprintf(shown, sizeof(shown), "column %zu", pos + 1);
	else
		(void)snprintf(shown, sizeof(shown), "%.*s",
			       enf__utf8_prefix(name, 40), name);
	if (col < 0)
		return enf__io_fail(ENF_EPARSE, &loc, shown,
				    name[0] ? "unknown column" : "no name");
	if (*seen & 1u << col)
		return enf__io_fail(ENF_EPARSE, &loc, shown,
				    "column named twice");
	*seen |= 1u << col;
	r->col[pos] = col;
	return ENF_OK;
}

/* Reads the header row; an empty text has none (and no rows). */
enf_status enf__csv_header(enf__csv *r)
{
	const enf__io_table *t = &enf__io_tables[r->entity];
	unsigned seen = 0;
	int got;
	enf_status st = enf__csv_record(r, &got);

	if (st != ENF_OK || !got)
		return st;
	for (size_t i = 0; i < r->rd.nfields; i++) {
		st = enf__csv_column(r, i, &seen);
		if (st != ENF_OK)
			return st;
	}
	for (int i = 0; i < t->ncols; i++)
		if (t->cols[i].required && !(seen & 1u << i)) {
			enf__io_loc loc = {r->file, r->rd.row_line, NULL};

			return enf__io_fail(ENF_EPARSE, &loc, t->cols[i].name,
					    "missing required column");
		}
	r->ncols = r->rd.nfields;
	r->whole = r->ncols == (size_t)t->ncols;
	for (size_t i = 0; i < r->ncols; i++)
		r->whole &= r->col[i] == (int)i;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Import                                                                  */

/* Whether case i of the batch has the key (office, no). */
static int enf__csv_is(const enf__io_batch *b, size_t i, const char *office,
		       const char *no)
{
	const enf_case *c = b->cases[i];

	return strcmp(c->info.decision_no, no) == 0 &&
	       strcmp(c->info.office, office) == 0;
}

/* The case a row belongs to, or NULL. The rows of a case usually follow
 * one another, and the cases come in the order of cases.csv (the export
 * writes them so): trying the last row's case and the one after it before
 * the hash index saves a hash and a probe (three cache misses at a
 * million cases) on almost every row. */
static enf_case *enf__csv_case_of(enf__io_batch *b, const char *office,
				  const char *no)
{
	size_t i;

	if (b->last < b->n && enf__csv_is(b, b->last, office, no))
		return b->cases[b->last];
	if (b->last + 1 < b->n && enf__csv_is(b, b->last + 1, office, no))
		return b->cases[++b->last];
	i = enf__io_batch_index(b, office, no);
	if (i == SIZE_MAX)
		return NULL;
	b->last = i;
	return b->cases[i];
}

/* Applies one data row of an entity. */
enf_status enf__csv_row(enf__io_batch *b, const enf__csv *r)
{
	const char *v[ENF__IO_MAX_COLS];
	enf__io_loc loc = {r->file, r->rd.row_line, NULL};
	const char *office, *no;
	enf_case *c = NULL;

#ifdef __clang_analyzer__
	/* The analyzer cannot follow that a whole header has every column. */
	for (int i = 0; i < ENF__IO_MAX_COLS; i++)
		v[i] = "";
#endif
	if (r->whole) {
		/* The usual file, as the export writes it. */
		for (size_t i = 0; i < r->ncols; i++)
			v[i] = enf__csv_text(r, i);
	} else {
		for (int i = 0; i < ENF__IO_MAX_COLS; i++)
			v[i] = "";
		for (size_t i = 0; i < r->ncols; i++)
			v[r->col[i]] = enf__csv_text(r, i);
	}
	if (r->entity == ENF_IO_CASES)
		return enf__io_case_row(&c, b, v, &loc);
	office = v[ENF__COL_OFFICE], no = v[ENF__COL_NO];
	c = enf__csv_case_of(b, office, no);
	if (c == NULL)
		return enf__io_fail(
			ENF_ENOTFOUND, &loc, "decision_no",
			"no case \"%.*s\" of office \"%.*s\" in cases.csv%s",
			enf__utf8_prefix(no, 60), no,
			enf__utf8_prefix(office, 40), office,
			enf__register_has(b->reg, office, no)
				? " (it is in the register; an import only "
				  "adds new cases)"
				: "");
	return enf__io_entity_row(c, r->entity, v, &loc, b);
}

static enf_status enf__csv_import(enf__io_batch *b, enf_io_entity e,
				  const char *text, size_t n)
{
	enf__csv r;
	int got = 1;
	enf_status st;

	enf__csv_init_n(&r, e, text, n);
	st = enf__csv_header(&r);
	while (st == ENF_OK && r.ncols > 0) {
		st = enf__csv_record(&r, &got);
		if (st != ENF_OK || !got)
			break;
		if (r.rd.nfields != r.ncols) {
			char why[80];

			(void)snprintf(why, sizeof(why),
				       "%zu fields; the header has %zu",
				       r.rd.nfields, r.ncols);
			st = enf__csv_fail(&r, r.ncols, r.rd.row_line, why);
			break;
		}
		st = enf__csv_row(b, &r);
	}
	enf__csv_reader_free(&r.rd);
	return st;
}

enf_status enf__io_parse_csv_file(enf__io_batch *b, enf_io_entity e,
				  const char *text, size_t n)
{
	/* The parts of the cases come from an arena until they are packed:
	 * a bump of a pointer where the heap took a fifth of an import. */
	if (e == ENF_IO_CASES && b->arena == NULL && b->n == 0 &&
	    (b->arena = enf__arena_new(b->pool)) == NULL)
		return enf__fail(ENF_ENOMEM, "%s: out of memory",
				 enf_io_file_name(ENF_IO_CASES));
	return enf__csv_import(b, e, text, n);
}

enf_status enf__io_parse_csv(enf__io_batch *b, const char *const *texts)
{
	enf_status st = ENF_OK;

	for (int e = 0; e < ENF_IO_ENTITY_COUNT && st == ENF_OK; e++)
		st = enf__io_parse_csv_file(b, (enf_io_entity)e, texts[e],
					    texts[e] != NULL ? strlen(texts[e])
							     : 0);
	return st;
}

/* Both imports: the five texts, then the corrections (NULL: none). */
static enf_status enf__io_import(enf_register *reg, const char *const *texts,
				 const char *corrections, const char *fn)
{
	enf__io_batch b;
	enf_status st;

	if ((st = enf__register_writable(fn, reg)) != ENF_OK)
		return st;
	enf__io_batch_init(&b, reg);
	st = enf__io_parse_csv(&b, texts);
	if (st == ENF_OK)
		st = enf__io_parse_corrections(&b, corrections);
	if (st == ENF_OK)
		st = enf__io_batch_commit(&b, fn);
	enf__io_batch_free(&b);
	return st;
}

enf_status enf_io_import_csv(enf_register *reg, const char *cases,
			     const char *parties, const char *obligations,
			     const char *assets, const char *events)
{
	const char *texts[ENF_IO_ENTITY_COUNT] = {cases, parties, obligations,
						  assets, events};

	ENF__CHECK_NULL("io_import_csv", reg);
	ENF__CHECK_NULL("io_import_csv", cases);
	return enf__io_import(reg, texts, NULL, "io_import_csv");
}

enf_status enf_io_import_csv_corrected(enf_register *reg, const char *cases,
				       const char *parties,
				       const char *obligations,
				       const char *assets, const char *events,
				       const char *corrections)
{
	const char *texts[ENF_IO_ENTITY_COUNT] = {cases, parties, obligations,
						  assets, events};

	ENF__CHECK_NULL("io_import_csv_corrected", reg);
	ENF__CHECK_NULL("io_import_csv_corrected", cases);
	return enf__io_import(reg, texts, corrections,
			      "io_import_csv_corrected");
}

/* ---------------------------------------------------------------------- */
/* Row texts                                                               */

const char *enf__fmt_date(char *buf, enf_date d)
{
	int y, m, dd;

	if (d == ENF_DATE_NONE || !enf__date_in_range(d))
		return "";
	enf__civil_from_days(d, &y, &m, &dd);
	(void)snprintf(buf, 48, "%04d-%02d-%02d", y, m, dd);
	return buf;
}

const char *enf__fmt_int(char *buf, int64_t v)
{
	(void)snprintf(buf, 48, "%lld", (long long)v);
	return buf;
}

const char *enf__fmt_index(char *buf, int32_t v)
{
	return v == ENF_INDEX_NONE ? "" : enf__fmt_int(buf, v);
}

const char *enf__tok(enf_io_enum family, int value)
{
	const char *t = enf_io_token(family, value);

	return t != NULL ? t : "";
}

const char *enf__io_fmt_flags(char *buf, unsigned flags)
{
	size_t n = 0;

	buf[0] = '\0';
	for (unsigned bit = 1; bit != 0 && bit <= flags; bit <<= 1) {
		const char *t =
			(flags & bit) ? enf_io_token(ENF_IO_ENUM_FLAG, (int)bit)
				      : NULL;

		if (t != NULL) {
			int w = snprintf(buf + n, 48 - n, "%s%s", n ? "|" : "",
					 t);

			n += w > 0 && (size_t)w < 48 - n ? (size_t)w : 0;
		}
	}
	return buf;
}

static void enf__case_texts(const char **v, enf__io_scratch *s,
			    const enf_case *c)
{
	const enf_case_info *in = &c->info;

	v[ENF__CASE_DECISION_DATE] = enf__fmt_date(
		s->text[ENF__CASE_DECISION_DATE], in->decision_date);
	v[ENF__CASE_MODE] = enf__tok(ENF_IO_ENUM_MODE, (int)in->mode);
	v[ENF__CASE_COURT] = in->court != NULL ? in->court : "";
	v[ENF__CASE_JUDGMENT_NO] =
		in->judgment_no != NULL ? in->judgment_no : "";
	v[ENF__CASE_JUDGMENT_EFFECTIVE] = enf__fmt_date(
		s->text[ENF__CASE_JUDGMENT_EFFECTIVE], in->judgment_effective);
	v[ENF__CASE_JUDGMENT_KIND] =
		enf__tok(ENF_IO_ENUM_JUDGMENT_KIND, (int)in->judgment_kind);
	v[ENF__CASE_FLAGS] =
		enf__io_fmt_flags(s->text[ENF__CASE_FLAGS], in->flags);
}

static void enf__party_texts(const char **v, const enf_party *p)
{
	v[ENF__PARTY_ROLE] = enf__tok(ENF_IO_ENUM_PARTY_ROLE, (int)p->role);
	v[ENF__PARTY_KIND] = enf__tok(ENF_IO_ENUM_PARTY_KIND, (int)p->kind);
	v[ENF__PARTY_NAME] = p->name;
	v[ENF__PARTY_ID] = p->id != NULL ? p->id : "";
}

static void enf__obligation_texts(const char **v, enf__io_scratch *s,
				  const enf_obligation *o)
{
	v[ENF__OBL_KIND] = enf__tok(ENF_IO_ENUM_OBLIGATION, (int)o->kind);
	v[ENF__OBL_AMOUNT] = enf__fmt_int(s->text[ENF__OBL_AMOUNT], o->amount);
	v[ENF__OBL_DEBTOR] =
		enf__fmt_index(s->text[ENF__OBL_DEBTOR], o->debtor);
	v[ENF__OBL_CREDITOR] =
		enf__fmt_index(s->text[ENF__OBL_CREDITOR], o->creditor);
	v[ENF__OBL_JOINT] = o->joint ? "1" : "0";
}

static void enf__asset_texts(const char **v, enf__io_scratch *s,
			     const enf_asset *a)
{
	v[ENF__ASSET_KIND] = enf__tok(ENF_IO_ENUM_ASSET_KIND, (int)a->kind);
	v[ENF__ASSET_DESCRIPTION] = a->description;
	v[ENF__ASSET_OWNER] =
		enf__fmt_index(s->text[ENF__ASSET_OWNER], a->owner);
	v[ENF__ASSET_SECURITY] =
		enf__tok(ENF_IO_ENUM_SECURITY, (int)a->security);
	v[ENF__ASSET_SECURED] =
		enf__fmt_int(s->text[ENF__ASSET_SECURED], a->secured_amount);
}

static void enf__event_texts(const char **v, enf__io_scratch *s,
			     const enf_event *ev)
{
	v[ENF__EV_DATE] = enf__fmt_date(s->text[ENF__EV_DATE], ev->date);
	v[ENF__EV_KIND] = enf__tok(ENF_IO_ENUM_EVENT, (int)ev->kind);
	v[ENF__EV_DETAIL] = enf__fmt_int(s->text[ENF__EV_DETAIL], ev->detail);
	v[ENF__EV_AMOUNT] = enf__fmt_int(s->text[ENF__EV_AMOUNT], ev->amount);
	v[ENF__EV_ASSET] = enf__fmt_index(s->text[ENF__EV_ASSET], ev->asset);
}

void enf__io_row_texts(const char *v[ENF__IO_MAX_COLS], enf__io_scratch *s,
		       const enf_case *c, enf_io_entity e, size_t i)
{
	for (int k = 0; k < ENF__IO_MAX_COLS; k++)
		v[k] = "";
	v[ENF__COL_OFFICE] = c->info.office;
	v[ENF__COL_NO] = c->info.decision_no;
	if (e != ENF_IO_CASES)
		v[ENF__COL_INDEX] =
			enf__fmt_int(s->text[ENF__COL_INDEX], (int64_t)i);
	switch (e) {
	case ENF_IO_CASES: enf__case_texts(v, s, c); break;
	case ENF_IO_PARTIES: enf__party_texts(v, &c->parties[i]); break;
	case ENF_IO_OBLIGATIONS:
		enf__obligation_texts(v, s, &c->obligations[i]);
		break;
	case ENF_IO_ASSETS: enf__asset_texts(v, s, &c->assets[i]); break;
	case ENF_IO_EVENTS: {
		enf_event ev = enf__event_get(&c->events[i]);
		size_t seq = i;

		/* The seq it was entered with: in a corrected case, not
		 * always its position. */
		(void)enf_case_event_seq(&seq, c, i);
		v[ENF__COL_INDEX] =
			enf__fmt_int(s->text[ENF__COL_INDEX], (int64_t)seq);
		enf__event_texts(v, s, &ev);
		break;
	}
	}
}

void enf__io_entry_texts(const char *v[ENF__IO_MAX_COLS], enf__io_scratch *s,
			 const enf_case *c, size_t seq)
{
	enf_event ev;

	enf__io_row_texts(v, s, c, ENF_IO_CASES, 0);
	for (int k = ENF__COL_INDEX; k < ENF__IO_MAX_COLS; k++)
		v[k] = "";
	if (enf_case_entry(&ev, c, seq) != ENF_OK)
		return;
	v[ENF__COL_INDEX] = enf__fmt_int(s->text[ENF__COL_INDEX], (int64_t)seq);
	enf__event_texts(v, s, &ev);
}

/* ---------------------------------------------------------------------- */
/* Export                                                                  */

static void enf__csv_put_row(enf__io_buf *b, const char *const *v, int n)
{
	for (int i = 0; i < n; i++) {
		if (i > 0)
			enf__io_put(b, ",", 1);
		enf__io_csv_field(b, v[i]);
	}
	enf__io_put(b, "\n", 1);
}

enf_status enf_io_export_csv(char **out, size_t *len, const enf_register *reg,
			     enf_io_entity entity)
{
	const enf__io_table *t;
	const char *v[ENF__IO_MAX_COLS];
	enf__io_scratch s;
	enf__io_buf b = {NULL, 0, 0, 0};

	ENF__CHECK_NULL("io_export_csv", out);
	*out = NULL;
	ENF__CHECK_NULL("io_export_csv", reg);
	if ((unsigned)entity >= ENF_IO_ENTITY_COUNT)
		return enf__fail(ENF_EINVALID,
				 "io_export_csv: entity is %d; not an entity",
				 (int)entity);
	t = &enf__io_tables[entity];
	for (int i = 0; i < t->ncols; i++)
		v[i] = t->cols[i].name;
	enf__csv_put_row(&b, v, t->ncols);
	for (size_t k = 0; k < reg->ncases && !b.oom; k++) {
		const enf_case *c = reg->cases[k];
		enf_case *w = NULL;
		size_t rows;

		/* A case withdrawn as entered in error: its log before. */
		if (entity == ENF_IO_EVENTS &&
		    enf_case_withdrawn_in_error(c) != ENF_DATE_NONE) {
			w = enf__io_before_withdrawal(c);
			b.oom |= w == NULL;
			c = w != NULL ? w : c;
		}
		rows = w != NULL || b.oom == 0 ? enf__io_row_count(c, entity)
					       : 0;
		for (size_t i = 0; i < rows; i++) {
			enf__io_row_texts(v, &s, c, entity, i);
			enf__csv_put_row(&b, v, t->ncols);
		}
		enf_case_free(w);
	}
	return enf__io_buf_finish(&b, out, len, "io_export_csv");
}

enf_status enf_io_load_csv_dir(enf_register *reg, const char *dir)
{
	enf__io_batch b;
	enf_status st;

	ENF__CHECK_NULL("io_load_csv_dir", reg);
	ENF__CHECK_NULL("io_load_csv_dir", dir);
	if ((st = enf__register_writable("io_load_csv_dir", reg)) != ENF_OK)
		return st;
	enf__io_batch_init(&b, reg);
	st = enf__io_load_dir(&b, NULL, dir, "io_load_csv_dir");
	if (st == ENF_OK)
		st = enf__io_batch_commit(&b, "io_load_csv_dir");
	enf__io_batch_free(&b);
	return st;
}
