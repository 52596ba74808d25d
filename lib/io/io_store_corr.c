/*
 * The corrections in the durable store (store.h, schema version 2): table
 * corrections, with the columns of corrections.csv (io_corrections.h) but
 * office and decision_no (a case_id instead); its rows written with a
 * whole save, a new case or one appended correction, which also rewrites
 * the fact it amends; and read back on a load with the events as entered
 * (table events), the history of each corrected case restored by the
 * model (enf__case_restore()).
 */
#include "io_store.h"
#include "io_corrections.h"
#include "register_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef ENF_WITH_SQLITE

static const char enf__corr_table[] = "corrections";

/* Whether a column of the table is held as an integer. */
static int enf__corr_int(const enf__io_col *c)
{
	return c->type == ENF__T_MONEY || c->type == ENF__T_DETAIL ||
	       c->type == ENF__T_INDEX || c->type == ENF__T_BOOL;
}

enf_status enf__store_create_corrections(const enf_store *st, const char *fn)
{
	char sql[4096];
	size_t n = (size_t)snprintf(sql, sizeof(sql),
				    "CREATE TABLE %s(case_id INTEGER NOT NULL "
				    "REFERENCES cases(id)",
				    enf__corr_table);

	for (int k = ENF__CR_INDEX; k < ENF__CR_COLS && n < sizeof(sql); k++) {
		const enf__io_col *c = &enf__cr_cols[k];

		n += (size_t)snprintf(
			sql + n, sizeof(sql) - n, ", \"%s\" %s%s", c->name,
			enf__corr_int(c) ? "INTEGER" : "TEXT",
			k < ENF__CR_VALUES && c->required ? " NOT NULL" : "");
	}
	(void)snprintf(sql + n, sizeof(sql) - n,
		       ", UNIQUE(case_id, \"index\"));");
	return enf__store_exec(st, sql, fn);
}

/* The columns after case_id, quoted, joined by ", ". */
static void enf__corr_cols(char *buf, size_t size)
{
	size_t n = 0;

	buf[0] = '\0';
	for (int k = ENF__CR_INDEX; k < ENF__CR_COLS && n < size; k++)
		n += (size_t)snprintf(buf + n, size - n, ", \"%s\"",
				      enf__cr_cols[k].name);
}

enf_status enf__store_corrections_insert(sqlite3_stmt **out,
					 const enf_store *st, const char *fn)
{
	char cols[2048], sql[2560];
	size_t n;

	enf__corr_cols(cols, sizeof(cols));
	n = (size_t)snprintf(sql, sizeof(sql),
			     "INSERT INTO %s(case_id%s) "
			     "VALUES(?",
			     enf__corr_table, cols);
	for (int k = ENF__CR_INDEX; k < ENF__CR_COLS && n < sizeof(sql); k++)
		n += (size_t)snprintf(sql + n, sizeof(sql) - n, ", ?");
	(void)snprintf(sql + n, sizeof(sql) - n, ")");
	return enf__store_prepare(out, st, sql, fn);
}

/* Inserts correction i of c. Empty texts of the values and the author
 * are NULL. */
static enf_status enf__corr_put(const enf_store *st, sqlite3_stmt *q,
				const enf_case *c, size_t i, int64_t id,
				const char *fn)
{
	const char *v[ENF__CR_COLS];
	enf__cr_scratch s;
	int param = 1;

	enf__cr_row_texts(v, &s, c, i);
	(void)sqlite3_bind_int64(q, param++, id);
	for (int k = ENF__CR_INDEX; k < ENF__CR_COLS; k++, param++) {
		if (v[k][0] == '\0' &&
		    (k >= ENF__CR_VALUES || !enf__cr_cols[k].required))
			(void)sqlite3_bind_null(q, param);
		else
			enf__store_bind(q, param, &enf__cr_cols[k], v[k]);
	}
	return enf__store_step(st, q, fn, enf__corr_table);
}

enf_status enf__store_put_corrections(const enf_store *st, sqlite3_stmt *q,
				      const enf_case *c, int64_t id,
				      const char *fn)
{
	size_t m = enf_case_correction_count(c);
	enf_status s = ENF_OK;

	for (size_t i = 0; i < m && s == ENF_OK; i++)
		s = enf__corr_put(st, q, c, i, id, fn);
	return s;
}

/* ---------------------------------------------------------------------- */
/* Appending a correction                                                  */

/* The number of corrections the store holds for case id. */
static enf_status enf__corr_count(int64_t *out, const enf_store *st, int64_t id,
				  const char *fn)
{
	return enf__store_case_int(
		out, st, "SELECT count(*) FROM corrections WHERE case_id = ?",
		id, enf__corr_table, fn);
}

/* Rewrites the case's row with its facts as they are now. */
static enf_status enf__corr_update_case(const enf_store *st, const enf_case *c,
					int64_t id, const char *fn)
{
	const enf__io_table *t = &enf__io_tables[ENF_IO_CASES];
	const char *v[ENF__IO_MAX_COLS];
	enf__io_scratch scratch;
	sqlite3_stmt *q = NULL;
	char sql[512];
	size_t n = (size_t)snprintf(sql, sizeof(sql), "UPDATE cases SET ");
	enf_status s;
	int param = 1;

	for (int k = ENF__CASE_DECISION_DATE; k < t->ncols; k++)
		n += (size_t)snprintf(sql + n, sizeof(sql) - n, "%s%s = ?",
				      k > ENF__CASE_DECISION_DATE ? ", " : "",
				      t->cols[k].name);
	(void)snprintf(sql + n, sizeof(sql) - n, " WHERE id = ?");
	s = enf__store_prepare(&q, st, sql, fn);
	if (s != ENF_OK)
		return s;
	enf__io_row_texts(v, &scratch, c, ENF_IO_CASES, 0);
	for (int k = ENF__CASE_DECISION_DATE; k < t->ncols; k++)
		enf__store_bind(q, param++, &t->cols[k], v[k]);
	(void)sqlite3_bind_int64(q, param, id);
	s = enf__store_step(st, q, fn, "cases");
	(void)sqlite3_finalize(q);
	return s;
}

/* Rewrites row `index` of a party, obligation or asset. */
static enf_status enf__corr_update_row(const enf_store *st, const enf_case *c,
				       enf_io_entity e, size_t index,
				       int64_t id, const char *fn)
{
	static const char *const tables[] = {"", "parties", "obligations",
					     "assets"};
	sqlite3_stmt *q = NULL;
	char sql[128];
	enf_status s;

	(void)snprintf(sql, sizeof(sql),
		       "DELETE FROM %s WHERE case_id = ? AND \"index\" = ?",
		       tables[e]);
	s = enf__store_prepare(&q, st, sql, fn);
	if (s != ENF_OK)
		return s;
	(void)sqlite3_bind_int64(q, 1, id);
	(void)sqlite3_bind_int64(q, 2, (int64_t)index);
	s = enf__store_step(st, q, fn, tables[e]);
	(void)sqlite3_finalize(q);
	q = NULL;
	if (s == ENF_OK)
		s = enf__store_insert_sql(&q, st, e, fn);
	if (s == ENF_OK)
		s = enf__store_put_row(st, q, c, e, index, id, fn);
	(void)sqlite3_finalize(q);
	return s;
}

/* Within the transaction: checks the count, inserts the correction and
 * rewrites the fact it amends. */
static enf_status enf__corr_append(const enf_store *st, const enf_case *c,
				   size_t i, const enf_correction *rec,
				   const char *fn)
{
	int64_t id = 0, have = 0;
	sqlite3_stmt *q = NULL;
	enf_status s = enf__store_case_id(&id, st, c, fn);

	if (s == ENF_ENOTFOUND)
		return enf__store_not_stored(c, fn);
	if (s == ENF_OK)
		s = enf__corr_count(&have, st, id, fn);
	if (s == ENF_OK && (uint64_t)have != i)
		s = enf__fail(ENF_ESTATE,
			      "%s: i is correction %zu of case \"%.*s\" of "
			      "office \"%.*s\", but the store holds %lld "
			      "corrections of it; append each correction once, "
			      "in the order made",
			      fn, i, enf__utf8_prefix(c->info.decision_no, 60),
			      c->info.decision_no,
			      enf__utf8_prefix(c->info.office, 40),
			      c->info.office, (long long)have);
	if (s == ENF_OK)
		s = enf__store_corrections_insert(&q, st, fn);
	if (s == ENF_OK)
		s = enf__corr_put(st, q, c, i, id, fn);
	(void)sqlite3_finalize(q);
	if (s != ENF_OK)
		return s;
	switch (rec->kind) {
	case ENF_CORRECT_INFO: return enf__corr_update_case(st, c, id, fn);
	case ENF_CORRECT_PARTY:
		return enf__corr_update_row(st, c, ENF_IO_PARTIES, rec->target,
					    id, fn);
	case ENF_CORRECT_OBLIGATION:
		return enf__corr_update_row(st, c, ENF_IO_OBLIGATIONS,
					    rec->target, id, fn);
	case ENF_CORRECT_ASSET:
		return enf__corr_update_row(st, c, ENF_IO_ASSETS, rec->target,
					    id, fn);
	default: return ENF_OK; /* the events as entered stay */
	}
}

enf_status enf_store_add_correction(enf_store *st, const enf_case *c, size_t i)
{
	static const char *const fn = "store_add_correction";
	enf_correction rec;
	enf_status s;

	ENF__CHECK_NULL(fn, st);
	ENF__CHECK_NULL(fn, c);
	(void)enf_correction_init(&rec, ENF_CORRECTION_VERSION);
	if (enf_case_correction(&rec, NULL, c, i) != ENF_OK)
		return enf__fail(
			ENF_ERANGE,
			"%s: i is %zu; case \"%.*s\" has %zu "
			"corrections",
			fn, i, enf__utf8_prefix(c->info.decision_no, 60),
			c->info.decision_no, enf_case_correction_count(c));
	s = enf__store_begin(st, fn);
	if (s != ENF_OK)
		return s;
	return enf__store_end(st, enf__corr_append(st, c, i, &rec, fn), fn);
}

/* ---------------------------------------------------------------------- */
/* Load                                                                    */

/* A correction read, with the texts it borrows, and its row. */
typedef struct enf__corr_row {
	enf_correction rec, before;
	char *text;
	long rowid;
} enf__corr_row;

/* The corrections and entries of one case. */
typedef struct enf__corr_case {
	enf__corr_row *rows;
	size_t n, cap;
	enf_event *entries;
	size_t nentries, cap_entries;
} enf__corr_case;

struct enf__store_hist {
	enf__corr_case *cases; /* one per case of the batch */
	size_t ncases;
};

void enf__store_hist_free(enf__store_hist *h)
{
	if (h == NULL)
		return;
	for (size_t k = 0; k < h->ncases; k++) {
		for (size_t i = 0; i < h->cases[k].n; i++)
			free(h->cases[k].rows[i].text);
		free(h->cases[k].rows);
		free(h->cases[k].entries);
	}
	free(h->cases);
	free(h);
}

int enf__store_hist_has(const enf__store_hist *h, size_t k)
{
	return h != NULL && k < h->ncases && h->cases[k].n > 0;
}

/* Copies the texts v[from..to) into one block, v then pointing into it. */
static char *enf__corr_keep(const char **v, int from, int to)
{
	size_t size = 0, at = 0;
	char *p;

	for (int k = from; k < to; k++)
		size += strlen(v[k]) + 1;
	p = malloc(size ? size : 1);
	if (p == NULL)
		return NULL;
	for (int k = from; k < to; k++) {
		size_t len = strlen(v[k]) + 1;

		memcpy(p + at, v[k], len);
		v[k] = p + at;
		at += len;
	}
	return p;
}

/* Reads one row of table corrections (texts from column 2 of q) into the
 * corrections of case k. */
static enf_status enf__corr_read(enf__store_hist *h, size_t k,
				 const enf_case *c, sqlite3_stmt *q,
				 const enf__io_loc *loc)
{
	enf__corr_case *cc = &h->cases[k];
	const char *v[ENF__CR_COLS];
	enf__corr_row row;
	size_t index;
	enf_status s = ENF_OK;

	v[ENF__CR_OFFICE] = c->info.office;
	v[ENF__CR_NO] = c->info.decision_no;
	for (int i = ENF__CR_INDEX; i < ENF__CR_COLS && s == ENF_OK; i++)
		s = enf__store_text(&v[i], q, 2 + i - ENF__CR_INDEX,
				    enf__cr_cols[i].name, loc);
	if (s != ENF_OK)
		return s;
	row.rowid = loc->line;
	row.text = enf__corr_keep(v, ENF__CR_INDEX, ENF__CR_COLS);
	if (row.text == NULL)
		return enf__fail(ENF_ENOMEM, "store_load: out of memory");
	s = enf__cr_convert(&row.rec, &row.before, &index, v, c, loc);
	if (s == ENF_OK && index != cc->n)
		s = enf__io_fail(ENF_EPARSE, loc, "index",
				 "%zu; expected %zu (the corrections of a case "
				 "come in index order 0, 1, ...)",
				 index, cc->n);
	if (s == ENF_OK && cc->n == cc->cap &&
	    enf__reserve((void **)&cc->rows, &cc->cap, cc->n + 1,
			 sizeof(*cc->rows)) != 0)
		s = enf__fail(ENF_ENOMEM, "store_load: out of memory");
	if (s != ENF_OK) {
		free(row.text);
		return s;
	}
	cc->rows[cc->n++] = row;
	return ENF_OK;
}

static enf_status enf__corr_rows(enf__store_hist *h, const enf_store *st,
				 sqlite3_stmt *q, const enf__io_batch *b,
				 const int64_t *ids)
{
	size_t k = 0;
	enf_status s = ENF_OK;
	int rc;

	while (s == ENF_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		enf__io_loc loc = {enf__corr_table,
				   (long)sqlite3_column_int64(q, 0), NULL};
		int64_t cid = sqlite3_column_int64(q, 1);

		while (k < b->n && ids[k] < cid)
			k++;
		if (k == b->n || ids[k] != cid ||
		    sqlite3_column_type(q, 1) != SQLITE_INTEGER)
			return enf__io_fail(
				ENF_ENOTFOUND, &loc, "case_id",
				"\"%s\" is not the id of a case of table cases",
				sqlite3_column_text(q, 1)
					? (const char *)sqlite3_column_text(q,
									    1)
					: "");
		s = enf__corr_read(h, k, b->cases[k], q, &loc);
	}
	if (s == ENF_OK && rc != SQLITE_DONE)
		s = enf__store_fail(st, rc, "store_load", enf__corr_table);
	return s;
}

enf_status enf__store_load_corrections(enf__store_hist **out,
				       const enf_store *st, enf__io_batch *b,
				       const int64_t *ids)
{
	char cols[2048], sql[2560];
	sqlite3_stmt *q = NULL;
	enf__store_hist *h = calloc(1, sizeof(*h));
	enf_status s;

	*out = NULL;
	if (h == NULL ||
	    (b->n > 0 &&
	     (h->cases = calloc(b->n, sizeof(*h->cases))) == NULL)) {
		free(h);
		return enf__fail(ENF_ENOMEM, "store_load: out of memory");
	}
	h->ncases = b->n;
	enf__corr_cols(cols, sizeof(cols));
	(void)snprintf(sql, sizeof(sql),
		       "SELECT rowid, case_id%s FROM %s ORDER BY case_id, "
		       "\"index\"",
		       cols, enf__corr_table);
	s = enf__store_prepare(&q, st, sql, "store_load");
	if (s == ENF_OK)
		s = enf__corr_rows(h, st, q, b, ids);
	(void)sqlite3_finalize(q);
	if (s != ENF_OK) {
		enf__store_hist_free(h);
		return s;
	}
	*out = h;
	return ENF_OK;
}

enf_status enf__store_hist_entry(enf__store_hist *h, size_t k,
				 const char *const *v, const enf__io_loc *loc)
{
	const enf__io_table *t = &enf__io_tables[ENF_IO_EVENTS];
	enf__corr_case *cc = &h->cases[k];
	int64_t n[ENF__IO_MAX_COLS] = {0};
	const char *str;
	enf_status s = ENF_OK;

	for (int i = ENF__COL_INDEX; i < t->ncols && s == ENF_OK; i++) {
		n[i] = t->cols[i].type == ENF__T_INDEX ? ENF_INDEX_NONE : 0;
		if (v[i][0] != '\0')
			s = enf__io_value(&n[i], &str, &t->cols[i], v[i], loc);
		else if (t->cols[i].required || i == ENF__COL_INDEX)
			s = enf__io_fail(ENF_EPARSE, loc, t->cols[i].name,
					 "empty; a row needs it");
	}
	if (s == ENF_OK && (uint64_t)n[ENF__COL_INDEX] != cc->nentries)
		s = enf__io_fail(ENF_EPARSE, loc, "seq",
				 "%lld; expected %zu (the rows of a case come "
				 "in seq order 0, 1, ...)",
				 (long long)n[ENF__COL_INDEX], cc->nentries);
	if (s == ENF_OK && cc->nentries == cc->cap_entries &&
	    enf__reserve((void **)&cc->entries, &cc->cap_entries,
			 cc->nentries + 1, sizeof(*cc->entries)) != 0)
		s = enf__fail(ENF_ENOMEM, "store_load: out of memory");
	if (s == ENF_OK) {
		enf_event ev = {(enf_event_kind)n[ENF__EV_KIND],
				(enf_date)n[ENF__EV_DATE],
				(int32_t)n[ENF__EV_DETAIL], n[ENF__EV_AMOUNT],
				(int32_t)n[ENF__EV_ASSET]};

		cc->entries[cc->nentries++] = ev;
	}
	return s;
}

/* Restores case k's history; a refusal names the row of the correction
 * the model names ("correction 2"), else its first. */
static enf_status enf__corr_restore(enf__corr_case *cc, enf_case *c)
{
	static const enf_event none = {ENF_EV_DECISION_ISSUED, 0, 0, 0, 0};
	enf_correction *recs = malloc(cc->n * sizeof(*recs));
	enf_correction *befores = malloc(cc->n * sizeof(*befores));
	enf_status s = ENF_OK;

	if (recs == NULL || befores == NULL) {
		free(recs);
		free(befores);
		return enf__fail(ENF_ENOMEM, "store_load: out of memory");
	}
	for (size_t i = 0; i < cc->n; i++)
		recs[i] = cc->rows[i].rec, befores[i] = cc->rows[i].before;
	s = enf__case_restore(c, cc->nentries ? cc->entries : &none,
			      cc->nentries, recs, befores, cc->n, "store_load");
	if (s != ENF_OK && s != ENF_ENOMEM) {
		char msg[400];
		const char *at;
		enf__io_loc loc = {enf__corr_table, cc->rows[0].rowid, NULL};

		(void)snprintf(msg, sizeof(msg), "%s", enf_last_error());
		at = strstr(msg, "correction ");
		if (at != NULL && at[11] >= '0' && at[11] <= '9') {
			size_t i = (size_t)strtoul(at + 11, NULL, 10);

			if (i < cc->n)
				loc.line = cc->rows[i].rowid;
		}
		s = enf__io_fail(s, &loc, s == ENF_ESTATE ? "target" : "kind",
				 "%s", msg);
	}
	free(recs);
	free(befores);
	return s;
}

enf_status enf__store_restore(enf__store_hist *h, enf__io_batch *b)
{
	enf_status s = ENF_OK;

	for (size_t k = 0; h != NULL && k < h->ncases && s == ENF_OK; k++) {
		enf_case *c;

		if (h->cases[k].n == 0)
			continue;
		/* Its parts are rebuilt on the heap: out of the arena. */
		c = enf__io_own_case(b, b->cases[k]);
		s = c != NULL ? enf__corr_restore(&h->cases[k], c)
			      : enf__fail(ENF_ENOMEM,
					  "store_load: out of memory");
	}
	return s;
}

#else

/* Built without SQLite: io_store.c answers for every function. */
typedef int enf__store_corr_unused;

#endif /* ENF_WITH_SQLITE */
