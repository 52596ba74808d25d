/*
 * Reading corrections.csv into the cases of an import: the seqs of the
 * events of corrected cases (events.csv), the corrections of each case
 * gathered row by row and handed to the model (enf__case_restore()) when
 * the case's rows end.
 */
#include "io_corrections.h"
#include "case_internal.h"
#include "register_internal.h"
#include "csv_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char enf__cr_file[] = ENF__IO_CORRECTIONS_FILE;

/* The seqs of one case's events, in the order of its log. */
struct enf__io_seqs {
	const enf_case *c;
	size_t *seq;
	size_t n, cap;
	long line;    /* the first row whose seq is not its position */
	int restored; /* its corrections have been read */
};

/* ---------------------------------------------------------------------- */
/* Seqs                                                                    */

static struct enf__io_seqs *enf__seqs_of(const enf__io_batch *b,
					 const enf_case *c)
{
	for (size_t i = b->nseqs; i-- > 0;)
		if (b->seqs[i].c == c)
			return &b->seqs[i];
	return NULL;
}

static int enf__seqs_push(struct enf__io_seqs *q, size_t seq)
{
	if (q->n == q->cap) {
		size_t cap = q->cap ? q->cap * 2 : 8;
		size_t *p = realloc(q->seq, cap * sizeof(*p));

		if (p == NULL)
			return -1;
		q->seq = p, q->cap = cap;
	}
	q->seq[q->n++] = seq;
	return 0;
}

/* A new list for c, whose first `have` events had their positions. */
static struct enf__io_seqs *enf__seqs_new(enf__io_batch *b, const enf_case *c,
					  size_t have, long line)
{
	struct enf__io_seqs *q;

	if (b->nseqs == b->cap_seqs) {
		size_t cap = b->cap_seqs ? b->cap_seqs * 2 : 8;

		q = realloc(b->seqs, cap * sizeof(*q));
		if (q == NULL)
			return NULL;
		b->seqs = q, b->cap_seqs = cap;
	}
	q = &b->seqs[b->nseqs];
	memset(q, 0, sizeof(*q));
	q->c = c, q->line = line;
	for (size_t i = 0; i < have; i++)
		if (enf__seqs_push(q, i) != 0) {
			free(q->seq);
			return NULL;
		}
	b->nseqs++;
	return q;
}

enf_status enf__io_note_seq(enf__io_batch *b, const enf_case *c, size_t seq,
			    const enf__io_loc *loc)
{
	size_t have = enf_case_event_count(c);
	struct enf__io_seqs *q;

	/* The usual row: the next seq, in a batch where none was out of
	 * order. */
	if (b->nseqs == 0 && seq == have)
		return ENF_OK;
	q = enf__seqs_of(b, c);
	if (q == NULL && seq == have)
		return ENF_OK;
	/* A seq given twice is wrong whatever the corrections say. */
	for (size_t i = 0; i < have; i++)
		if (q != NULL ? q->seq[i] == seq : i == seq)
			return enf__io_fail(ENF_EPARSE, loc, "seq",
					    "%zu; expected %zu (the rows of a "
					    "case come in seq order 0, 1, ...)",
					    seq, have);
	if (q == NULL)
		q = enf__seqs_new(b, c, have, loc->line);
	if (q == NULL || enf__seqs_push(q, seq) != 0)
		return enf__fail(ENF_ENOMEM, "%s:%ld: out of memory", loc->file,
				 loc->line);
	return ENF_OK;
}

void enf__io_seqs_free(enf__io_batch *b)
{
	for (size_t i = 0; i < b->nseqs; i++)
		free(b->seqs[i].seq);
	free(b->seqs);
	b->seqs = NULL;
	b->nseqs = b->cap_seqs = 0;
}

/* Refuses the events of a case out of seq order that has no corrections,
 * at where (NULL: events.csv, the first such row). */
static enf_status enf__seqs_fail(const struct enf__io_seqs *q,
				 const enf__io_loc *where)
{
	enf__io_loc loc = {enf_io_file_name(ENF_IO_EVENTS), q->line, NULL};
	size_t k = 0;

	while (k < q->n && q->seq[k] == k)
		k++;
	return enf__io_fail(ENF_EPARSE, where != NULL ? where : &loc,
			    where != NULL ? "events" : "seq",
			    "%s%zu; expected %zu (the events of a case come in "
			    "seq order 0, 1, ... unless the case has "
			    "corrections)",
			    where != NULL ? "seq " : "",
			    k < q->n ? q->seq[k] : k, k);
}

static enf_status enf__seqs_check(const enf__io_batch *b)
{
	for (size_t i = 0; i < b->nseqs; i++)
		if (!b->seqs[i].restored)
			return enf__seqs_fail(&b->seqs[i], NULL);
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* The corrections of one case                                             */

typedef struct enf__cr_row {
	enf_correction rec, before;
	char *text; /* the row's field texts, which rec and before borrow */
	long line;
} enf__cr_row;

typedef struct enf__cr_pending {
	enf_case *c;
	enf__cr_row *rows;
	size_t n, cap;
} enf__cr_pending;

static void enf__pending_clear(enf__cr_pending *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->rows[i].text);
	p->n = 0;
	p->c = NULL;
}

enf_case *enf__io_own_case(enf__io_batch *b, enf_case *c)
{
	size_t k;
	enf_case *p;

	if (b->arena == NULL)
		return c;
	k = enf__io_batch_index(b, c->info.office, c->info.decision_no);
	p = enf__case_pack(c, 1);
	if (p != NULL && p != c) {
		struct enf__io_seqs *q = enf__seqs_of(b, c);

		if (q != NULL)
			q->c = p;
		if (k != SIZE_MAX)
			b->cases[k] = p;
		b->rs_case = NULL;
	}
	return p;
}

enf_status enf__io_restore(enf__io_batch *b, enf_case *c,
			   const enf_correction *recs,
			   const enf_correction *befores, size_t m,
			   const enf__io_loc *where, const long *lines)
{
	struct enf__io_seqs *q = enf__seqs_of(b, c);
	size_t *pos = NULL, n = enf_case_event_count(c), k;
	enf_case *built = NULL;
	enf_status st;

	if (m == 0)
		return q == NULL || q->restored ? ENF_OK
						: enf__seqs_fail(q, where);
	if (q == NULL) {
		pos = malloc((n ? n : 1) * sizeof(*pos));
		if (pos == NULL)
			return enf__fail(ENF_ENOMEM, "%s:%ld: out of memory",
					 where->file, lines[m - 1]);
		for (size_t i = 0; i < n; i++)
			pos[i] = i;
	}
	st = enf__io_rebuild(&built, c, q != NULL ? q->seq : pos, recs, befores,
			     m, where, lines);
	free(pos);
	if (st != ENF_OK)
		return st;
	/* The batch holds the rebuilt case in c's place; c goes (with the
	 * arena, when it came from it). */
	k = enf__io_batch_index(b, c->info.office, c->info.decision_no);
	b->cases[k] = built;
	b->rs_case = NULL;
	if (q != NULL)
		q->c = built, q->restored = 1;
	if (b->arena == NULL || c->block != 0)
		enf_case_free(c);
	return ENF_OK;
}

/* Hands the corrections of the pending case to the model. */
static enf_status enf__pending_flush(enf__io_batch *b, enf__cr_pending *p)
{
	enf_correction *recs = NULL, *befores = NULL;
	long *lines = NULL;
	size_t m = p->n;
	enf__io_loc loc = {enf__cr_file, 0, NULL};
	enf_status st = ENF_OK;

	if (p->c == NULL || m == 0)
		return ENF_OK;
	recs = malloc(m * sizeof(*recs));
	befores = malloc(m * sizeof(*befores));
	lines = malloc(m * sizeof(*lines));
	if (recs == NULL || befores == NULL || lines == NULL) {
		st = enf__fail(ENF_ENOMEM, "%s:%ld: out of memory",
			       enf__cr_file, p->rows[m - 1].line);
	} else {
		for (size_t i = 0; i < m; i++) {
			recs[i] = p->rows[i].rec;
			befores[i] = p->rows[i].before;
			lines[i] = p->rows[i].line;
		}
		st = enf__io_restore(b, p->c, recs, befores, m, &loc, lines);
	}
	free(recs);
	free(befores);
	free(lines);
	enf__pending_clear(p);
	return st;
}

/* Adds a converted row to the pending case's. */
static enf_status enf__pending_add(enf__cr_pending *p, const enf__cr_row *row)
{
	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 8;
		enf__cr_row *rows = realloc(p->rows, cap * sizeof(*rows));

		if (rows == NULL)
			return enf__fail(ENF_ENOMEM, "%s:%ld: out of memory",
					 enf__cr_file, row->line);
		p->rows = rows, p->cap = cap;
	}
	p->rows[p->n++] = *row;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* The file                                                                */

typedef struct enf__cr_reader {
	enf__csv_reader rd;
	int col[ENF__CR_COLS + 1]; /* column of each header position */
	size_t ncols;
} enf__cr_reader;

static enf_status enf__cr_header(enf__cr_reader *r)
{
	enf__io_loc loc = {enf__cr_file, r->rd.row_line, NULL};
	uint64_t seen = 0;

	if (r->rd.nfields > ENF__CR_COLS)
		return enf__io_fail(ENF_EPARSE, &loc, "header",
				    "%zu columns; the file has at most %d",
				    r->rd.nfields, ENF__CR_COLS);
	for (size_t i = 0; i < r->rd.nfields; i++) {
		const char *name = enf__csv_field_text(&r->rd, i);
		int col = -1;

		for (int k = 0; k < ENF__CR_COLS && col < 0; k++)
			if (strcmp(enf__cr_cols[k].name, name) == 0)
				col = k;
		if (col < 0 || (seen & (uint64_t)1 << col))
			return enf__io_fail(
				ENF_EPARSE, &loc, name[0] ? name : "header",
				"%s",
				col < 0 ? (name[0] ? "unknown column"
						   : "a column with no name")
					: "column named twice");
		seen |= (uint64_t)1 << col;
		r->col[i] = col;
	}
	for (int k = 0; k <= ENF__CR_TARGET; k++)
		if (enf__cr_cols[k].required && !(seen & (uint64_t)1 << k))
			return enf__io_fail(ENF_EPARSE, &loc,
					    enf__cr_cols[k].name,
					    "missing required column");
	r->ncols = r->rd.nfields;
	return ENF_OK;
}

/* Reads one data row of r into p (flushing the case before it). */
static enf_status enf__cr_row_read(enf__io_batch *b, enf__cr_reader *r,
				   enf__cr_pending *p)
{
	enf__io_loc loc = {enf__cr_file, r->rd.row_line, NULL};
	const char *v[ENF__CR_COLS];
	enf__cr_row row;
	size_t index, k, expect;
	enf_case *c;
	enf_status st;

	row.line = r->rd.row_line;
	row.text = malloc(r->rd.len + 1);
	if (row.text == NULL)
		return enf__fail(ENF_ENOMEM, "%s:%ld: out of memory",
				 enf__cr_file, row.line);
	memcpy(row.text, r->rd.buf, r->rd.len);
	row.text[r->rd.len] = '\0';
	for (int i = 0; i < ENF__CR_COLS; i++)
		v[i] = "";
	for (size_t i = 0; i < r->ncols; i++)
		v[r->col[i]] = row.text + r->rd.off[i];
	k = enf__io_batch_index(b, v[ENF__CR_OFFICE], v[ENF__CR_NO]);
	c = k == SIZE_MAX ? NULL : b->cases[k];
	st = c == NULL ? enf__io_fail(ENF_ENOTFOUND, &loc, "decision_no",
				      "no case \"%.*s\" of office \"%.*s\" "
				      "in cases.csv",
				      enf__utf8_prefix(v[ENF__CR_NO], 60),
				      v[ENF__CR_NO],
				      enf__utf8_prefix(v[ENF__CR_OFFICE], 40),
				      v[ENF__CR_OFFICE])
		       : ENF_OK;
	if (st == ENF_OK && c != p->c)
		st = enf__pending_flush(b, p);
	if (st == ENF_OK)
		st = enf__cr_convert(&row.rec, &row.before, &index, v, c, &loc);
	expect = enf_case_correction_count(c) + p->n;
	if (st == ENF_OK && index != expect)
		st = enf__io_fail(ENF_EPARSE, &loc, "index",
				  "%zu; expected %zu (the corrections of a "
				  "case come together, in index order 0, 1, "
				  "...)",
				  index, expect);
	if (st == ENF_OK) {
		p->c = c;
		st = enf__pending_add(p, &row);
	}
	if (st != ENF_OK)
		free(row.text);
	return st;
}

static enf_status enf__cr_rows(enf__io_batch *b, enf__cr_reader *r,
			       enf__cr_pending *p)
{
	enf_status st = ENF_OK;

	for (;;) {
		long blank = enf__csv_skip_blank(&r->rd);
		enf__io_loc loc = {enf__cr_file, blank, NULL};
		enf__csv_err why;

		if (*r->rd.p == '\0')
			break;
		if (blank != 0)
			return enf__io_fail(ENF_EPARSE, &loc, "row",
					    "a blank line between rows (RFC "
					    "4180 has no empty record; delete "
					    "the line)");
		why = enf__csv_read_record(&r->rd);
		loc.line = r->rd.err_line;
		if (why == ENF__CSV_NOMEM)
			return enf__fail(ENF_ENOMEM, "%s: out of memory",
					 enf__cr_file);
		if (why != ENF__CSV_OK)
			return enf__io_fail(ENF_EPARSE, &loc, "row",
					    "malformed CSV (a quote out of "
					    "place or a quoted field not "
					    "closed)");
		loc.line = r->rd.row_line;
		if (r->rd.nfields != r->ncols)
			return enf__io_fail(ENF_EPARSE, &loc, "row",
					    "%zu fields; the header has %zu",
					    r->rd.nfields, r->ncols);
		st = enf__cr_row_read(b, r, p);
		if (st != ENF_OK)
			return st;
	}
	return enf__pending_flush(b, p);
}

enf_status enf__io_parse_corrections(enf__io_batch *b, const char *text)
{
	enf__cr_reader r;
	enf__cr_pending p;
	enf_status st = ENF_OK;

	if (text == NULL || text[0] == '\0')
		return enf__seqs_check(b);
	if (strncmp(text, "\xef\xbb\xbf", 3) == 0)
		text += 3;
	memset(&r, 0, sizeof(r));
	memset(&p, 0, sizeof(p));
	enf__csv_reader_init(&r.rd, text, ENF__CR_COLS + 1, 0);
	if (enf__csv_skip_blank(&r.rd) == 0 && *r.rd.p != '\0') {
		enf__csv_err why = enf__csv_read_record(&r.rd);

		if (why == ENF__CSV_NOMEM)
			st = enf__fail(ENF_ENOMEM, "%s: out of memory",
				       enf__cr_file);
		else if (why != ENF__CSV_OK) {
			enf__io_loc loc = {enf__cr_file, r.rd.err_line, NULL};

			st = enf__io_fail(ENF_EPARSE, &loc, "header",
					  "malformed CSV");
		} else {
			st = enf__cr_header(&r);
		}
		if (st == ENF_OK)
			st = enf__cr_rows(b, &r, &p);
	} else if (*r.rd.p != '\0') {
		enf__io_loc loc = {enf__cr_file, 1, NULL};

		st = enf__io_fail(ENF_EPARSE, &loc, "header",
				  "a blank line; the first line is the header "
				  "row naming the columns");
	}
	enf__pending_clear(&p);
	free(p.rows);
	enf__csv_reader_free(&r.rd);
	return st == ENF_OK ? enf__seqs_check(b) : st;
}
