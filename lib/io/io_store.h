/*
 * Private: what io_store.c (opening, the schema, SQLite's errors) shares
 * with io_store_rows.c (saving, loading and appending rows). Only these
 * two files see sqlite3.h; the rest of the library needs libc alone.
 */
#ifndef ENF_IO_STORE_H
#define ENF_IO_STORE_H

#include "io_internal.h"
#include "enforcement/store.h"

#ifdef ENF_WITH_SQLITE
#include <sqlite3.h>

struct enf_store {
	sqlite3 *db;
	int read_only;
	int schema; /* the file's schema version (1: no corrections table) */
};

/* Creates table corrections (schema version 2), in the caller's
 * transaction. */
enf_status enf__store_create_corrections(const enf_store *st, const char *fn);

/* Shared by io_store_rows.c and io_store_corr.c. */
void enf__store_bind(sqlite3_stmt *q, int param, const enf__io_col *col,
		     const char *text);
enf_status enf__store_step(const enf_store *st, sqlite3_stmt *q, const char *fn,
			   const char *what);
enf_status enf__store_begin(const enf_store *st, const char *fn);
enf_status enf__store_case_id(int64_t *out, const enf_store *st,
			      const enf_case *c, const char *fn);
/* "case \"NO\" of office \"OFFICE\" is not in the store" as fn. */
enf_status enf__store_not_stored(const enf_case *c, const char *fn);
/* Inserts row i of entity e of c (events: the entry of seq i). */
enf_status enf__store_put_row(const enf_store *st, sqlite3_stmt *q,
			      const enf_case *c, enf_io_entity e, size_t i,
			      int64_t case_id, const char *fn);
enf_status enf__store_insert_sql(sqlite3_stmt **out, const enf_store *st,
				 enf_io_entity e, const char *fn);
/* Reads column `col` of q as text into *out (NULL: ""), refusing a blob
 * or a NUL byte (named `name` at loc). */
enf_status enf__store_text(const char **out, sqlite3_stmt *q, int col,
			   const char *name, const enf__io_loc *loc);

/* Corrections (io_store_corr.c). */
/* Inserts every correction of c (case id id) with the INSERT q. */
enf_status enf__store_put_corrections(const enf_store *st, sqlite3_stmt *q,
				      const enf_case *c, int64_t id,
				      const char *fn);
enf_status enf__store_corrections_insert(sqlite3_stmt **out,
					 const enf_store *st, const char *fn);

/* A load's corrections and entries, per case of the batch. */
typedef struct enf__store_hist enf__store_hist;
/* Reads table corrections (cases[k] of id ids[k], n cases) into *out
 * (NULL when no case has corrections). */
enf_status enf__store_load_corrections(enf__store_hist **out,
				       const enf_store *st, enf__io_batch *b,
				       const int64_t *ids);
/* Whether case k has corrections: its events are entries, kept until
 * enf__store_restore(). */
int enf__store_hist_has(const enf__store_hist *h, size_t k);
/* Keeps the entry of an events row of case k (texts v, at loc). */
enf_status enf__store_hist_entry(enf__store_hist *h, size_t k,
				 const char *const *v, const enf__io_loc *loc);
/* Restores the history of every corrected case. */
enf_status enf__store_restore(enf__store_hist *h, enf__io_batch *b);
void enf__store_hist_free(enf__store_hist *h);

/* Fails with the status of a SQLite result code (ENF_ENOMEM, ENF_EPARSE
 * for a damaged file, ENF_ENOTFOUND for one that cannot be written or is
 * locked, else ENF_ESTATE) and "fn: what: SQLite's message". */
enf_status enf__store_fail(const enf_store *st, int rc, const char *fn,
			   const char *what);
/* Runs SQL that returns no rows; fails as enf__store_fail(). */
enf_status enf__store_exec(const enf_store *st, const char *sql,
			   const char *fn);
/* The one integer SQL (one `?`, bound to the case id) gives; fails as
 * enf__store_fail(), naming table. */
enf_status enf__store_case_int(int64_t *out, const enf_store *st,
			       const char *sql, int64_t id, const char *table,
			       const char *fn);
/* Prepares SQL; fails as enf__store_fail(). */
enf_status enf__store_prepare(sqlite3_stmt **out, const enf_store *st,
			      const char *sql, const char *fn);
/* Ends the transaction: COMMIT when st_in is ENF_OK (its failure is the
 * result), else ROLLBACK and st_in. */
enf_status enf__store_end(const enf_store *st, enf_status st_in,
			  const char *fn);
/* Fails with ENF_ESTATE when the store is read-only. */
enf_status enf__store_writable(const enf_store *st, const char *fn);
#endif

#endif /* ENF_IO_STORE_H */
