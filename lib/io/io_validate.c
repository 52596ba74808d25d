/*
 * Validation of the five CSV files: every problem an import would stop
 * at, file by file and row by row, through the import's own reader, field
 * converters and row code (io_csv.c, io_tokens.c), so that what is listed
 * here is exactly what an import refuses.
 */
#include "io_internal.h"
#include "register_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The problems found so far, and the keys of the cases whose rows are no
 * longer checked against the model (a hash set of their key hashes, 0
 * for an empty slot). */
typedef struct enf__problems {
	enf_io_problem *items;
	size_t n, cap, limit;
	uint64_t *keys;
	size_t nkeys, cap_keys;
	int oom;
} enf__problems;

/* Copies src into dst (size bytes), cut at a character boundary, each
 * byte that is not part of valid UTF-8 written as U+FFFD (a field's text
 * may be anything, a problem's text is UTF-8). */
static void enf__copy(char *dst, size_t size, const char *src)
{
	static const char bad[] = "\xef\xbf\xbd";
	const unsigned char *p = (const unsigned char *)src;
	size_t n = 0;

	while (*p != '\0') {
		int len = *p < 0x80 ? 1 : enf__io_utf8_len(p);
		const char *from = len > 0 ? (const char *)p : bad;
		size_t w = len > 0 ? (size_t)len : sizeof(bad) - 1;

		if (n + w >= size)
			break;
		memcpy(dst + n, from, w);
		n += w;
		p += len > 0 ? (size_t)len : 1;
	}
	dst[n] = '\0';
}

/* The entity whose file name starts msg, else dflt. */
static enf_io_entity enf__entity_of(const char *msg, enf_io_entity dflt)
{
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++) {
		const char *name = enf_io_file_name((enf_io_entity)e);
		size_t len = strlen(name);

		if (strncmp(msg, name, len) == 0 && msg[len] == ':')
			return (enf_io_entity)e;
	}
	return dflt;
}

/* Line and field of a message "file:line: field: why" (field left empty
 * when the text after the line is not a column name). */
static void enf__parse_where(enf_io_problem *q, const char *msg)
{
	const char *s = strchr(msg, ':');
	char *end;
	size_t n;

	if (s == NULL || s[1] < '0' || s[1] > '9')
		return;
	q->line = strtol(s + 1, &end, 10);
	if (end[0] != ':' || end[1] != ' ')
		return;
	s = end + 2;
	n = strspn(s, "abcdefghijklmnopqrstuvwxyz_0123456789 ");
	if (n > 0 && n < sizeof(q->field) && s[n] == ':') {
		memcpy(q->field, s, n);
		q->field[n] = '\0';
	}
}

/* The text of the named column in the current row of r, or "". */
static const char *enf__row_value(const enf__csv *r, const char *field)
{
	const enf__io_table *t = &enf__io_tables[r->entity];

	for (size_t pos = 0; pos < r->ncols && pos < r->rd.nfields; pos++)
		if (strcmp(t->cols[r->col[pos]].name, field) == 0)
			return enf__csv_text(r, pos);
	return "";
}

/* Records the last error (status st) as a problem of entity e; r, when
 * not NULL, holds the row the problem is in. */
static void enf__note(enf__problems *p, enf_status st, enf_io_entity e,
		      const enf__csv *r)
{
	const char *msg = enf_last_error();
	enf_io_problem *q;

	if (p->n >= p->limit)
		return;
	if (enf__reserve((void **)&p->items, &p->cap, p->n + 1,
			 sizeof(*p->items)) != 0) {
		p->oom = 1;
		return;
	}
	q = &p->items[p->n++];
	memset(q, 0, sizeof(*q));
	q->status = st;
	q->entity = enf__entity_of(msg, e);
	enf__copy(q->message, sizeof(q->message), msg);
	enf__parse_where(q, msg);
	if (r != NULL && q->field[0] != '\0')
		enf__copy(q->value, sizeof(q->value),
			  enf__row_value(r, q->field));
}

/* Whether the case of key hash h is set aside; with add, sets it aside. */
static int enf__key_seen(enf__problems *p, uint64_t h, int add)
{
	size_t mask, i;

	h |= 1; /* 0 marks an empty slot */
	if (add && (p->nkeys + 1) * 2 > p->cap_keys) {
		size_t cap = p->cap_keys ? p->cap_keys * 2 : 64;
		uint64_t *keys = calloc(cap, sizeof(*keys)), *old = p->keys;

		if (keys == NULL) {
			p->oom = 1;
			return 0;
		}
		for (size_t k = 0; k < p->cap_keys; k++)
			for (i = old[k] & (cap - 1); old[k] != 0;
			     i = (i + 1) & (cap - 1))
				if (keys[i] == 0) {
					keys[i] = old[k];
					break;
				}
		free(old);
		p->keys = keys, p->cap_keys = cap;
	}
	if (p->cap_keys == 0)
		return 0;
	mask = p->cap_keys - 1;
	for (i = h & mask; p->keys[i] != 0; i = (i + 1) & mask)
		if (p->keys[i] == h)
			return 1;
	if (add)
		p->keys[i] = h, p->nkeys++;
	return 0;
}

/* Converts every field of the current row on its own, in column order;
 * the number of problems. */
static int enf__check_fields(enf__problems *p, const enf__csv *r)
{
	const enf__io_table *t = &enf__io_tables[r->entity];
	enf__io_loc loc = {r->file, r->rd.row_line, NULL};
	int bad = 0;

	for (int c = 0; c < t->ncols; c++) {
		const char *text = "";
		enf_status st;

		for (size_t pos = 0; pos < r->ncols; pos++)
			if (r->col[pos] == c)
				text = enf__csv_text(r, pos);
		st = enf__io_check_field(r->entity, c, text, &loc);
		if (st != ENF_OK) {
			enf__note(p, st, r->entity, r);
			bad++;
		}
	}
	return bad;
}

/* Checks one data row as the import does, listing every problem: its
 * width; for a row of another file than cases.csv, that its case is in
 * cases.csv; each field; then, unless its case was set aside, the row
 * against the model through the import's row code. */
static enf_status enf__check_row(enf__problems *p, enf__io_batch *b,
				 const enf__csv *r)
{
	enf__io_loc loc = {r->file, r->rd.row_line, NULL};
	const char *office, *no;
	uint64_t key;
	int bad = 0, aside;

	if (r->rd.nfields != r->ncols) {
		enf_status st = enf__io_fail(ENF_EPARSE, &loc, "row",
					     "%zu fields; the header has %zu",
					     r->rd.nfields, r->ncols);

		enf__note(p, st, r->entity, NULL);
		return ENF_OK;
	}
	office = enf__row_value(r, "office");
	no = enf__row_value(r, "decision_no");
	key = enf__key_hash(office, no);
	aside = enf__key_seen(p, key, 0);
	if (!aside && r->entity != ENF_IO_CASES &&
	    enf__io_batch_index(b, office, no) == SIZE_MAX) {
		/* The import's message for a case not in cases.csv. */
		enf__note(p, enf__csv_row(b, r), r->entity, r);
		bad = 1;
	}
	bad += enf__check_fields(p, r);
	if (bad == 0 && !aside) {
		enf_status st = enf__csv_row(b, r);

		if (st == ENF_ENOMEM)
			return st;
		if (st != ENF_OK) {
			enf__note(p, st, r->entity, r);
			bad = 1;
		}
	}
	if (bad != 0)
		(void)enf__key_seen(p, key, 1);
	return ENF_OK;
}

/* Reads one file to its end (or to a malformed record, or the limit). */
static enf_status enf__validate_file(enf__problems *p, enf__io_batch *b,
				     enf_io_entity e, const char *text)
{
	enf__csv r;
	int got = 1;
	enf_status st;

	enf__csv_init(&r, e, text);
	st = enf__csv_header(&r);
	if (st != ENF_OK && st != ENF_ENOMEM)
		enf__note(p, st, e, NULL);
	while (st == ENF_OK && r.ncols > 0 && p->n < p->limit && !p->oom) {
		r.rd.err_line = 0;
		st = enf__csv_record(&r, &got);
		if (st == ENF_ENOMEM || (st == ENF_OK && !got))
			break;
		if (st != ENF_OK) {
			enf__note(p, st, e, NULL);
			/* A blank line is passed over; after a malformed
			 * record the reader cannot tell where the next
			 * one starts. */
			st = r.rd.err_line != 0 ? ENF_EPARSE : ENF_OK;
			continue;
		}
		st = enf__check_row(p, b, &r);
	}
	enf__csv_reader_free(&r.rd);
	return st == ENF_ENOMEM || p->oom ? ENF_ENOMEM : ENF_OK;
}

/* After the five files, what the import checks at its end: that the
 * events of each case come in seq order (corrections NULL), or, for a
 * directory with corrections.csv and no problem so far, that file's rows
 * (after a problem, the cases set aside would make them fail falsely). */
static enf_status enf__validate_end(enf__problems *p, enf__io_batch *b,
				    const char *corrections)
{
	enf_status st;

	if (p->n >= p->limit || (corrections != NULL && p->n > 0))
		return ENF_OK;
	st = enf__io_parse_corrections(b, corrections);
	if (st == ENF_ENOMEM)
		return st;
	if (st != ENF_OK)
		enf__note(p, st, ENF_IO_EVENTS, NULL);
	return p->oom ? ENF_ENOMEM : ENF_OK;
}

/* Validates the texts (and corrections.csv, or NULL) into p. */
static enf_status enf__validate(enf__problems *p, const char *const *texts,
				const char *corrections, const char *fn)
{
	enf_register *reg = NULL;
	enf__io_batch b;
	enf_status st = enf_register_new(&reg);

	if (st != ENF_OK)
		return st;
	enf__io_batch_init(&b, reg);
	b.arena = enf__arena_new(NULL);
	if (b.arena == NULL)
		st = ENF_ENOMEM;
	for (int e = 0; e < ENF_IO_ENTITY_COUNT && st == ENF_OK; e++)
		if (p->n < p->limit)
			st = enf__validate_file(p, &b, (enf_io_entity)e,
						texts[e]);
	if (st == ENF_OK && !p->oom)
		st = enf__validate_end(p, &b, corrections);
	enf__io_batch_free(&b);
	enf_register_free(reg);
	if (st == ENF_ENOMEM)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	return st;
}

/* The checks of both calls' arguments. */
static enf_status enf__check_args(const char *fn, const void *out, size_t cap,
				  const size_t *count, size_t limit)
{
	ENF__CHECK_NULL(fn, count);
	if (out == NULL && cap > 0)
		return enf__fail(ENF_EINVALID, "%s: out is NULL but cap is %zu",
				 fn, cap);
	if (limit == 0)
		return enf__fail(ENF_EINVALID,
				 "%s: limit is 0; at least 1 problem must be "
				 "listed",
				 fn);
	return ENF_OK;
}

/* Hands the problems over: *count, and the array if it fits in cap. */
static enf_status enf__hand_over(enf__problems *p, enf_io_problem *out,
				 size_t cap, size_t *count, const char *fn)
{
	enf_status st = ENF_OK;

	*count = p->n;
	if (p->n > cap)
		st = enf__fail(ENF_EBUFSIZE,
			       "%s: cap is %zu; %zu problems were found", fn,
			       cap, p->n);
	else if (p->n > 0)
		memcpy(out, p->items, p->n * sizeof(*out));
	free(p->items);
	free(p->keys);
	return st;
}

enf_status enf_io_validate_csv(enf_io_problem *out, size_t cap, size_t *count,
			       const char *cases, const char *parties,
			       const char *obligations, const char *assets,
			       const char *events, size_t limit)
{
	static const char fn[] = "io_validate_csv";
	const char *texts[ENF_IO_ENTITY_COUNT] = {cases, parties, obligations,
						  assets, events};
	enf__problems p;
	enf_status st = enf__check_args(fn, out, cap, count, limit);

	if (st != ENF_OK)
		return st;
	ENF__CHECK_NULL(fn, cases);
	memset(&p, 0, sizeof(p));
	p.limit = limit;
	st = enf__validate(&p, texts, NULL, fn);
	if (st != ENF_OK) {
		free(p.items);
		free(p.keys);
		return st;
	}
	return enf__hand_over(&p, out, cap, count, fn);
}

enf_status enf_io_validate_csv_dir(enf_io_problem *out, size_t cap,
				   size_t *count, const char *dir, size_t limit)
{
	static const char fn[] = "io_validate_csv_dir";
	enf__io_texts t = {0};
	enf__problems p;
	enf_status st = enf__check_args(fn, out, cap, count, limit);

	if (st != ENF_OK)
		return st;
	ENF__CHECK_NULL(fn, dir);
	memset(&p, 0, sizeof(p));
	p.limit = limit;
	st = enf__io_read_dir(&t, dir, fn);
	if (st != ENF_OK && st != ENF_ENOMEM) {
		enf__note(&p, st, ENF_IO_CASES, NULL);
		st = p.oom ? enf__fail(ENF_ENOMEM, "%s: out of memory", fn)
			   : ENF_OK;
	} else if (st == ENF_OK) {
		st = enf__validate(&p, (const char *const *)t.text,
				   t.text[ENF__IO_TEXT_CORRECTIONS], fn);
	}
	enf__io_texts_free(&t);
	if (st != ENF_OK) {
		free(p.items);
		free(p.keys);
		return st;
	}
	return enf__hand_over(&p, out, cap, count, fn);
}
