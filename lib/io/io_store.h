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
};

/* Fails with the status of a SQLite result code (ENF_ENOMEM, ENF_EPARSE
 * for a damaged file, ENF_ENOTFOUND for one that cannot be written or is
 * locked, else ENF_ESTATE) and "fn: what: SQLite's message". */
enf_status enf__store_fail(const enf_store *st, int rc, const char *fn,
			   const char *what);
/* Runs SQL that returns no rows; fails as enf__store_fail(). */
enf_status enf__store_exec(const enf_store *st, const char *sql,
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
