/*
 * The rows of the durable store (store.h): a whole save, a load, and the
 * appends of a new case or of one applied event.
 *
 * Every row goes through the texts of the CSV form (enf__io_row_texts()
 * on the way out; enf__io_case_row() and enf__io_entity_row() on the way
 * in), so that a load makes the checks of the CSV import, with the same
 * messages, and there is one converter and one checker for both forms.
 * Integer columns are stored as SQLite integers, texts as text, and an
 * empty date, index or id as NULL.
 */
#include "io_store.h"
#include "register_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef ENF_WITH_SQLITE

/* The INSERTs of a case: its entities', then its corrections'. */
#define ENF__STORE_INSERTS (ENF_IO_ENTITY_COUNT + 1)

/* The table of an entity: its CSV file's name without ".csv". */
static const char *const enf__store_tables[ENF_IO_ENTITY_COUNT] = {
	"cases", "parties", "obligations", "assets", "events"};

/* The columns of an entity after office and decision_no, quoted, joined
 * by ", ", after `first` ("case_id" for the rows of a case). */
static void enf__store_cols(char *buf, size_t size, enf_io_entity e,
			    const char *first)
{
	const enf__io_table *t = &enf__io_tables[e];
	size_t n = (size_t)snprintf(buf, size, "%s", first);

	for (int k = ENF__COL_INDEX; k < t->ncols && n < size; k++)
		n += (size_t)snprintf(buf + n, size - n, "%s\"%s\"",
				      n ? ", " : "", t->cols[k].name);
}

/* INSERT of one row of an entity (a case: with office, decision_no). */
enf_status enf__store_insert_sql(sqlite3_stmt **out, const enf_store *st,
				 enf_io_entity e, const char *fn)
{
	char cols[320], sql[512];
	int nparams = enf__io_tables[e].ncols - (e == ENF_IO_CASES ? 0 : 1);
	size_t n;

	enf__store_cols(cols, sizeof(cols), e,
			e == ENF_IO_CASES ? "office, decision_no" : "case_id");
	n = (size_t)snprintf(sql, sizeof(sql), "INSERT INTO %s(%s) VALUES(?",
			     enf__store_tables[e], cols);
	for (int k = 1; k < nparams && n < sizeof(sql); k++)
		n += (size_t)snprintf(sql + n, sizeof(sql) - n, ", ?");
	(void)snprintf(sql + n, sizeof(sql) - n, ")");
	return enf__store_prepare(out, st, sql, fn);
}

/* Binds the text of a column as its SQL value. */
void enf__store_bind(sqlite3_stmt *q, int param, const enf__io_col *col,
		     const char *text)
{
	int empty = text[0] == '\0';

	switch (col->type) {
	case ENF__T_DATE:
	case ENF__T_OPTTEXT:
		if (empty)
			(void)sqlite3_bind_null(q, param);
		else
			(void)sqlite3_bind_text(q, param, text, -1,
						SQLITE_STATIC);
		break;
	case ENF__T_INDEX:
	case ENF__T_MONEY:
	case ENF__T_DETAIL:
	case ENF__T_BOOL:
		if (empty && col->type == ENF__T_INDEX)
			(void)sqlite3_bind_null(q, param);
		else
			(void)sqlite3_bind_int64(q, param,
						 strtoll(text, NULL, 10));
		break;
	default:
		(void)sqlite3_bind_text(q, param, text, -1, SQLITE_STATIC);
		break;
	}
}

/* Runs an INSERT once and resets it. */
enf_status enf__store_step(const enf_store *st, sqlite3_stmt *q, const char *fn,
			   const char *what)
{
	int rc = sqlite3_step(q);

	(void)sqlite3_reset(q);
	(void)sqlite3_clear_bindings(q);
	return rc == SQLITE_DONE ? ENF_OK : enf__store_fail(st, rc, fn, what);
}

/* Inserts row i of entity e of c (case_id for the rows of a case). */
enf_status enf__store_put_row(const enf_store *st, sqlite3_stmt *q,
			      const enf_case *c, enf_io_entity e, size_t i,
			      int64_t case_id, const char *fn)
{
	const enf__io_table *t = &enf__io_tables[e];
	const char *v[ENF__IO_MAX_COLS];
	enf__io_scratch s;
	int param = 1, k = ENF__COL_INDEX;

	if (e == ENF_IO_EVENTS)
		enf__io_entry_texts(v, &s, c, i);
	else
		enf__io_row_texts(v, &s, c, e, i);
	if (e == ENF_IO_CASES) {
		(void)sqlite3_bind_text(q, param++, v[ENF__COL_OFFICE], -1,
					SQLITE_STATIC);
		(void)sqlite3_bind_text(q, param++, v[ENF__COL_NO], -1,
					SQLITE_STATIC);
	} else {
		(void)sqlite3_bind_int64(q, param++, case_id);
	}
	for (; k < t->ncols; k++)
		enf__store_bind(q, param++, &t->cols[k], v[k]);
	return enf__store_step(st, q, fn, enf__store_tables[e]);
}

/* Inserts a case and its rows with the INSERTs of ins. */
static enf_status enf__store_put_case(const enf_store *st,
				      sqlite3_stmt *const *ins,
				      const enf_case *c, const char *fn)
{
	enf_status s = enf__store_put_row(st, ins[ENF_IO_CASES], c,
					  ENF_IO_CASES, 0, 0, fn);
	int64_t id = sqlite3_last_insert_rowid(st->db);

	for (int e = ENF_IO_PARTIES; e < ENF_IO_ENTITY_COUNT && s == ENF_OK;
	     e++) {
		/* Every event as entered, by seq: voided ones too. */
		size_t n = e == ENF_IO_EVENTS
				   ? enf_case_entry_count(c)
				   : enf__io_row_count(c, (enf_io_entity)e);

		for (size_t i = 0; i < n && s == ENF_OK; i++)
			s = enf__store_put_row(st, ins[e], c, (enf_io_entity)e,
					       i, id, fn);
	}
	if (s == ENF_OK)
		s = enf__store_put_corrections(st, ins[ENF_IO_ENTITY_COUNT], c,
					       id, fn);
	return s;
}

static enf_status enf__store_prepare_all(sqlite3_stmt **ins,
					 const enf_store *st, const char *fn)
{
	enf_status s = ENF_OK;

	for (int e = 0; e < ENF_IO_ENTITY_COUNT && s == ENF_OK; e++)
		s = enf__store_insert_sql(&ins[e], st, (enf_io_entity)e, fn);
	if (s == ENF_OK)
		s = enf__store_corrections_insert(&ins[ENF_IO_ENTITY_COUNT], st,
						  fn);
	return s;
}

static void enf__store_finalize_all(sqlite3_stmt **ins)
{
	for (int e = 0; e < ENF__STORE_INSERTS; e++)
		(void)sqlite3_finalize(ins[e]);
}

/* Checks st and starts a write transaction. */
enf_status enf__store_begin(const enf_store *st, const char *fn)
{
	enf_status s = enf__store_writable(st, fn);

	return s == ENF_OK ? enf__store_exec(st, "BEGIN IMMEDIATE", fn) : s;
}

enf_status enf_store_save(enf_store *st, const enf_register *reg)
{
	static const char *const fn = "store_save";
	sqlite3_stmt *ins[ENF__STORE_INSERTS] = {NULL};
	enf_status s;

	ENF__CHECK_NULL(fn, st);
	ENF__CHECK_NULL(fn, reg);
	s = enf__store_begin(st, fn);
	if (s != ENF_OK)
		return s;
	s = enf__store_exec(st,
			    "DELETE FROM corrections; "
			    "DELETE FROM events; DELETE FROM assets; "
			    "DELETE FROM obligations; DELETE FROM parties; "
			    "DELETE FROM cases;",
			    fn);
	if (s == ENF_OK)
		s = enf__store_prepare_all(ins, st, fn);
	for (size_t i = 0; i < reg->ncases && s == ENF_OK; i++)
		s = enf__store_put_case(st, ins, reg->cases[i], fn);
	enf__store_finalize_all(ins);
	return enf__store_end(st, s, fn);
}

/* The id of the case of a key: ENF_OK, or ENF_ENOTFOUND with no message
 * (the caller says what it means), or SQLite's failure. */
enf_status enf__store_case_id(int64_t *out, const enf_store *st,
			      const enf_case *c, const char *fn)
{
	sqlite3_stmt *q = NULL;
	enf_status s = enf__store_prepare(
		&q, st,
		"SELECT id FROM cases WHERE office = ? AND decision_no = ?",
		fn);
	int rc;

	if (s != ENF_OK)
		return s;
	(void)sqlite3_bind_text(q, 1, c->info.office, -1, SQLITE_STATIC);
	(void)sqlite3_bind_text(q, 2, c->info.decision_no, -1, SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(q, 0);
	else if (rc == SQLITE_DONE)
		s = ENF_ENOTFOUND;
	else
		s = enf__store_fail(st, rc, fn, "cases");
	(void)sqlite3_finalize(q);
	return s;
}

enf_status enf_store_add_case(enf_store *st, const enf_case *c)
{
	static const char *const fn = "store_add_case";
	sqlite3_stmt *ins[ENF__STORE_INSERTS] = {NULL};
	int64_t id = 0;
	enf_status s;

	ENF__CHECK_NULL(fn, st);
	ENF__CHECK_NULL(fn, c);
	s = enf__store_begin(st, fn);
	if (s != ENF_OK)
		return s;
	s = enf__store_case_id(&id, st, c, fn);
	if (s == ENF_OK)
		s = enf__fail(ENF_ESTATE,
			      "%s: case \"%.*s\" of office \"%.*s\" is "
			      "already in the store (case id %lld)",
			      fn, enf__utf8_prefix(c->info.decision_no, 60),
			      c->info.decision_no,
			      enf__utf8_prefix(c->info.office, 40),
			      c->info.office, (long long)id);
	else if (s == ENF_ENOTFOUND)
		s = enf__store_prepare_all(ins, st, fn);
	if (s == ENF_OK)
		s = enf__store_put_case(st, ins, c, fn);
	enf__store_finalize_all(ins);
	return enf__store_end(st, s, fn);
}

enf_status enf__store_not_stored(const enf_case *c, const char *fn)
{
	return enf__fail(ENF_ENOTFOUND,
			 "%s: case \"%.*s\" of office \"%.*s\" is not in the "
			 "store (add it with store_add_case)",
			 fn, enf__utf8_prefix(c->info.decision_no, 60),
			 c->info.decision_no,
			 enf__utf8_prefix(c->info.office, 40), c->info.office);
}

/* Whether ev is the last event entered in c (its seq the last). */
static int enf__store_is_last(const enf_case *c, const enf_event *ev)
{
	size_t n = enf_case_entry_count(c);
	enf_event last;

	if (n == 0 || enf_case_entry(&last, c, n - 1) != ENF_OK)
		return 0;
	return last.kind == ev->kind && last.date == ev->date &&
	       last.detail == ev->detail && last.amount == ev->amount &&
	       last.asset == ev->asset;
}

enf_status enf__store_case_int(int64_t *out, const enf_store *st,
			       const char *sql, int64_t id, const char *table,
			       const char *fn)
{
	sqlite3_stmt *q = NULL;
	enf_status s = enf__store_prepare(&q, st, sql, fn);
	int rc;

	if (s != ENF_OK)
		return s;
	(void)sqlite3_bind_int64(q, 1, id);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(q, 0);
	else
		s = enf__store_fail(st, rc, fn, table);
	(void)sqlite3_finalize(q);
	return s;
}

/* The next seq the store holds for a case. */
static enf_status enf__store_next_seq(int64_t *out, const enf_store *st,
				      int64_t id, const char *fn)
{
	return enf__store_case_int(out, st,
				   "SELECT coalesce(max(seq) + 1, 0) "
				   "FROM events WHERE case_id = ?",
				   id, "events", fn);
}

/* Within the transaction: checks the seq and inserts the last event. */
static enf_status enf__store_append(const enf_store *st, const enf_case *c,
				    const char *fn)
{
	size_t seq = enf_case_entry_count(c) - 1;
	int64_t id = 0, next = 0;
	sqlite3_stmt *q = NULL;
	enf_status s = enf__store_case_id(&id, st, c, fn);

	if (s == ENF_ENOTFOUND)
		return enf__store_not_stored(c, fn);
	if (s == ENF_OK)
		s = enf__store_next_seq(&next, st, id, fn);
	if (s == ENF_OK && (uint64_t)next != seq)
		s = enf__fail(
			ENF_ESTATE,
			"%s: ev is event seq %zu of case \"%.*s\" of "
			"office \"%.*s\", but the store holds %lld "
			"events of it (seq 0..%lld); append each event "
			"once, in the order applied",
			fn, seq, enf__utf8_prefix(c->info.decision_no, 60),
			c->info.decision_no,
			enf__utf8_prefix(c->info.office, 40), c->info.office,
			(long long)next, (long long)next - 1);
	if (s == ENF_OK)
		s = enf__store_insert_sql(&q, st, ENF_IO_EVENTS, fn);
	if (s == ENF_OK)
		s = enf__store_put_row(st, q, c, ENF_IO_EVENTS, seq, id, fn);
	(void)sqlite3_finalize(q);
	return s;
}

enf_status enf_store_add_event(enf_store *st, const enf_case *c,
			       const enf_event *ev)
{
	static const char *const fn = "store_add_event";
	enf_status s;

	ENF__CHECK_NULL(fn, st);
	ENF__CHECK_NULL(fn, c);
	ENF__CHECK_NULL(fn, ev);
	if (!enf__store_is_last(c, ev))
		return enf__fail(ENF_EINVALID,
				 "%s: ev is not the last event of case "
				 "\"%.*s\" (%zu events); apply it to the case "
				 "first, then add it to the store",
				 fn, enf__utf8_prefix(c->info.decision_no, 60),
				 c->info.decision_no, enf_case_entry_count(c));
	s = enf__store_begin(st, fn);
	if (s != ENF_OK)
		return s;
	return enf__store_end(st, enf__store_append(st, c, fn), fn);
}

/* ---------------------------------------------------------------------- */
/* Load                                                                    */

/* A load: the batch the cases are built in, and the id of each. */
typedef struct enf__store_load {
	const enf_store *st;
	enf__io_batch b;
	int64_t *ids;
	size_t cap;
	enf__store_hist *hist; /* the corrections, and the entries of the
				  corrected cases */
} enf__store_load;

enf_status enf__store_text(const char **out, sqlite3_stmt *q, int col,
			   const char *name, const enf__io_loc *loc)
{
	const unsigned char *p;

	if (sqlite3_column_type(q, col) == SQLITE_BLOB)
		return enf__io_fail(ENF_EPARSE, loc, name,
				    "a blob; expected text or an integer");
	p = sqlite3_column_text(q, col);
	if (p == NULL && sqlite3_column_type(q, col) != SQLITE_NULL)
		return enf__fail(ENF_ENOMEM, "store_load: out of memory");
	*out = p ? (const char *)p : "";
	if (strlen(*out) != (size_t)sqlite3_column_bytes(q, col))
		return enf__io_fail(ENF_EPARSE, loc, name, "holds a NUL byte");
	return ENF_OK;
}

/* The texts of the columns of a row, from column `from` of q on, into
 * v[ENF__COL_INDEX...] (cases: v[0...]); refuses a blob or a NUL. */
static enf_status enf__store_texts(const char **v, sqlite3_stmt *q, int from,
				   enf_io_entity e, const enf__io_loc *loc)
{
	const enf__io_table *t = &enf__io_tables[e];
	int k0 = e == ENF_IO_CASES ? 0 : ENF__COL_INDEX;
	enf_status s = ENF_OK;

	for (int k = k0; k < t->ncols && s == ENF_OK; k++)
		s = enf__store_text(&v[k], q, from + k - k0, t->cols[k].name,
				    loc);
	return s;
}

/* An events row of case k: the entry of a corrected case, kept for its
 * restore; else applied to the case, in seq order 0, 1, ... */
static enf_status enf__store_event_row(enf__store_load *L, size_t k,
				       const char *const *v,
				       const enf__io_loc *loc)
{
	enf_case *c = L->b.cases[k];
	size_t have = enf_case_event_count(c);
	char *end = NULL;
	unsigned long long seq = strtoull(v[ENF__COL_INDEX], &end, 10);

	if (enf__store_hist_has(L->hist, k))
		return enf__store_hist_entry(L->hist, k, v, loc);
	if (end != v[ENF__COL_INDEX] && *end == '\0' && seq != have)
		return enf__io_fail(ENF_EPARSE, loc, "seq",
				    "%llu; expected %zu (the rows of a case "
				    "come in seq order 0, 1, ...)",
				    seq, have);
	return enf__io_entity_row(c, ENF_IO_EVENTS, v, loc, &L->b);
}

/* Reads the cases, in id order, into the batch. */
static enf_status enf__store_load_cases(enf__store_load *L, sqlite3_stmt *q)
{
	const char *v[ENF__IO_MAX_COLS];
	enf_status s = ENF_OK;
	int rc;

	while (s == ENF_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		enf__io_loc loc = {"cases", (long)sqlite3_column_int64(q, 0),
				   NULL};
		enf_case *c = NULL;

		s = enf__store_texts(v, q, 2, ENF_IO_CASES, &loc);
		if (s == ENF_OK && L->b.n == L->cap &&
		    enf__reserve((void **)&L->ids, &L->cap, L->b.n + 1,
				 sizeof(*L->ids)) != 0)
			s = enf__fail(ENF_ENOMEM, "store_load: out of memory");
		if (s == ENF_OK)
			s = enf__io_case_row(&c, &L->b, v, &loc);
		if (s == ENF_OK)
			L->ids[L->b.n - 1] = sqlite3_column_int64(q, 1);
	}
	if (s == ENF_OK && rc != SQLITE_DONE)
		s = enf__store_fail(L->st, rc, "store_load", "cases");
	return s;
}

/* Reads the rows of an entity, in (case_id, index) order. */
static enf_status enf__store_load_rows(enf__store_load *L, sqlite3_stmt *q,
				       enf_io_entity e)
{
	const char *v[ENF__IO_MAX_COLS];
	size_t k = 0;
	enf_status s = ENF_OK;
	int rc;

	while (s == ENF_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		enf__io_loc loc = {enf__store_tables[e],
				   (long)sqlite3_column_int64(q, 0), NULL};
		int64_t cid = sqlite3_column_int64(q, 1);
		enf_case *c;

		while (k < L->b.n && L->ids[k] < cid)
			k++;
		if (k == L->b.n || L->ids[k] != cid ||
		    sqlite3_column_type(q, 1) != SQLITE_INTEGER)
			return enf__io_fail(
				ENF_ENOTFOUND, &loc, "case_id",
				"\"%s\" is not the id of a case "
				"of table cases",
				sqlite3_column_text(q, 1)
					? (const char *)sqlite3_column_text(q,
									    1)
					: "");
		c = L->b.cases[k];
		v[ENF__COL_OFFICE] = c->info.office;
		v[ENF__COL_NO] = c->info.decision_no;
		s = enf__store_texts(v, q, 2, e, &loc);
		if (s == ENF_OK && e == ENF_IO_EVENTS)
			s = enf__store_event_row(L, k, v, &loc);
		else if (s == ENF_OK)
			s = enf__io_entity_row(c, e, v, &loc, &L->b);
	}
	if (s == ENF_OK && rc != SQLITE_DONE)
		s = enf__store_fail(L->st, rc, "store_load",
				    enf__store_tables[e]);
	return s;
}

/* SELECT of an entity's rows: rowid, the case's id, then the columns. */
static enf_status enf__store_select(sqlite3_stmt **out, const enf_store *st,
				    enf_io_entity e)
{
	char cols[320], sql[512];

	if (e == ENF_IO_CASES)
		(void)snprintf(sql, sizeof(sql),
			       "SELECT rowid, id, office, decision_no, "
			       "decision_date, mode, court, judgment_no, "
			       "judgment_effective, judgment_kind, flags "
			       "FROM cases ORDER BY id");
	else {
		enf__store_cols(cols, sizeof(cols), e, "case_id");
		(void)snprintf(sql, sizeof(sql),
			       "SELECT rowid, %s FROM %s ORDER BY case_id, "
			       "\"%s\"",
			       cols, enf__store_tables[e],
			       enf__io_tables[e].cols[ENF__COL_INDEX].name);
	}
	return enf__store_prepare(out, st, sql, "store_load");
}

static enf_status enf__store_load_all(enf__store_load *L)
{
	enf_status s = ENF_OK;

	for (int e = 0; e < ENF_IO_ENTITY_COUNT && s == ENF_OK; e++) {
		sqlite3_stmt *q = NULL;

		s = enf__store_select(&q, L->st, (enf_io_entity)e);
		if (s == ENF_OK)
			s = e == ENF_IO_CASES ? enf__store_load_cases(L, q)
					      : enf__store_load_rows(
							L, q, (enf_io_entity)e);
		(void)sqlite3_finalize(q);
		/* The corrections first: the events of a corrected case are
		 * its entries, restored with them. */
		if (s == ENF_OK && e == ENF_IO_CASES && L->st->schema >= 2)
			s = enf__store_load_corrections(&L->hist, L->st, &L->b,
							L->ids);
	}
	if (s == ENF_OK)
		s = enf__store_restore(L->hist, &L->b);
	return s;
}

enf_status enf_store_load(enf_store *st, enf_register *reg)
{
	enf__store_load L;
	enf_status s;

	ENF__CHECK_NULL("store_load", st);
	ENF__CHECK_NULL("store_load", reg);
	memset(&L, 0, sizeof(L));
	L.st = st;
	enf__io_batch_init(&L.b, reg);
	/* The parts of the cases come from an arena until they are packed,
	 * as in a CSV import. */
	L.b.arena = enf__arena_new(NULL);
	if (L.b.arena == NULL)
		return enf__fail(ENF_ENOMEM, "store_load: out of memory");
	s = enf__store_exec(st, "BEGIN", "store_load");
	if (s == ENF_OK) {
		s = enf__store_load_all(&L);
		/* A read transaction: ending it changes nothing. */
		(void)sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
	}
	if (s == ENF_OK)
		s = enf__io_batch_commit(&L.b, "store_load");
	enf__io_batch_free(&L.b);
	enf__store_hist_free(L.hist);
	free(L.ids);
	return s;
}

#else

/* Built without SQLite: io_store.c answers for every function. */
typedef int enf__store_rows_unused;

#endif /* ENF_WITH_SQLITE */
