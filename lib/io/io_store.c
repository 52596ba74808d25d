/*
 * The durable store (store.h): opening a SQLite file, creating or checking
 * its schema, and SQLite's errors as the library's statuses. The rows are
 * in io_store_rows.c.
 *
 * A file is ours when its meta table says format "enforcement-store"; its
 * PRAGMA application_id is also set, so that file(1) and other tools can
 * tell it from other databases. The journal is a write-ahead log with
 * synchronous=FULL: a transaction whose COMMIT returned is on disk (the
 * log is synced at each commit), and one that did not is rolled back at
 * the next open, whatever the moment of the crash (SQLite's atomic commit:
 * https://www.sqlite.org/atomiccommit.html, https://www.sqlite.org/wal.html).
 */
#include "io_store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enf_status enf_store_options_init(enf_store_options *opts, unsigned int version)
{
	ENF__CHECK_NULL("store_options_init", opts);
	if (enf__check_version("store_options_init", "version", version,
			       ENF_STORE_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	memset(opts, 0, sizeof(*opts));
	opts->version = version;
	opts->create = 1;
	opts->read_only = 0;
	return ENF_OK;
}

#ifndef ENF_WITH_SQLITE

/* Built without SQLite: the store is not there, and says so. */
struct enf_store {
	int unused;
};

static enf_status enf__no_sqlite(const char *fn)
{
	return enf__fail(ENF_ESTATE,
			 "%s: the library was built without SQLite "
			 "(ENF_WITH_SQLITE=OFF, or libsqlite3-dev missing)",
			 fn);
}

enf_status enf_store_open(enf_store **out, const char *path,
			  const enf_store_options *opts)
{
	ENF__CHECK_NULL("store_open", out);
	*out = NULL;
	(void)path, (void)opts;
	return enf__no_sqlite("store_open");
}

void enf_store_free(enf_store *st)
{
	(void)st;
}

enf_status enf_store_save(enf_store *st, const enf_register *reg)
{
	(void)st, (void)reg;
	return enf__no_sqlite("store_save");
}

enf_status enf_store_load(enf_store *st, enf_register *reg)
{
	(void)st, (void)reg;
	return enf__no_sqlite("store_load");
}

enf_status enf_store_add_case(enf_store *st, const enf_case *c)
{
	(void)st, (void)c;
	return enf__no_sqlite("store_add_case");
}

enf_status enf_store_add_event(enf_store *st, const enf_case *c,
			       const enf_event *ev)
{
	(void)st, (void)c, (void)ev;
	return enf__no_sqlite("store_add_event");
}

enf_status enf_store_add_correction(enf_store *st, const enf_case *c, size_t i)
{
	(void)st, (void)c, (void)i;
	return enf__no_sqlite("store_add_correction");
}

#else

/* "Enfs": the file's PRAGMA application_id. */
#define ENF__STORE_APP_ID 0x456e6673
#define ENF__STORE_FORMAT "enforcement-store"

/* Schema version 1, less table corrections (io_store_corr.c), which
 * version 2 added. Text columns hold the CSV texts (tokens, YYYY-MM-DD);
 * NULL stands for no date, no index and no id. An event's (case_id, seq)
 * never changes once written: table events holds every event as entered,
 * and a correction names the event it voids or replaces by its seq. */
static const char enf__store_schema[] =
	"CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
	"CREATE TABLE cases(id INTEGER PRIMARY KEY,"
	" office TEXT NOT NULL, decision_no TEXT NOT NULL,"
	" decision_date TEXT, mode TEXT NOT NULL, court TEXT NOT NULL,"
	" judgment_no TEXT NOT NULL, judgment_effective TEXT,"
	" judgment_kind TEXT NOT NULL, flags TEXT NOT NULL,"
	" UNIQUE(office, decision_no));"
	"CREATE TABLE parties(case_id INTEGER NOT NULL REFERENCES cases(id),"
	" \"index\" INTEGER NOT NULL, role TEXT NOT NULL, kind TEXT NOT NULL,"
	" name TEXT NOT NULL, id TEXT, UNIQUE(case_id, \"index\"));"
	"CREATE TABLE obligations(case_id INTEGER NOT NULL"
	" REFERENCES cases(id), \"index\" INTEGER NOT NULL,"
	" kind TEXT NOT NULL, amount INTEGER NOT NULL,"
	" debtor INTEGER NOT NULL, creditor INTEGER, joint INTEGER NOT NULL,"
	" UNIQUE(case_id, \"index\"));"
	"CREATE TABLE assets(case_id INTEGER NOT NULL REFERENCES cases(id),"
	" \"index\" INTEGER NOT NULL, kind TEXT NOT NULL,"
	" description TEXT NOT NULL, owner INTEGER NOT NULL,"
	" security TEXT NOT NULL, secured_amount INTEGER NOT NULL,"
	" UNIQUE(case_id, \"index\"));"
	"CREATE TABLE events(case_id INTEGER NOT NULL REFERENCES cases(id),"
	" seq INTEGER NOT NULL, date TEXT NOT NULL, kind TEXT NOT NULL,"
	" detail INTEGER NOT NULL, amount INTEGER NOT NULL, asset INTEGER,"
	" UNIQUE(case_id, seq));";

enf_status enf__store_fail(const enf_store *st, int rc, const char *fn,
			   const char *what)
{
	const char *why = st != NULL && st->db != NULL ? sqlite3_errmsg(st->db)
						       : sqlite3_errstr(rc);
	enf_status code;

	switch (rc & 0xff) {
	case SQLITE_NOMEM:
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	case SQLITE_NOTADB:
	case SQLITE_CORRUPT:
	case SQLITE_FORMAT: code = ENF_EPARSE; break;
	case SQLITE_IOERR:
	case SQLITE_FULL:
	case SQLITE_CANTOPEN:
	case SQLITE_READONLY:
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
	case SQLITE_PERM: code = ENF_ENOTFOUND; break;
	default: code = ENF_ESTATE; break;
	}
	return enf__fail(code, "%s: %s: %s", fn, what, why);
}

enf_status enf__store_exec(const enf_store *st, const char *sql, const char *fn)
{
	int rc = sqlite3_exec(st->db, sql, NULL, NULL, NULL);

	return rc == SQLITE_OK ? ENF_OK : enf__store_fail(st, rc, fn, sql);
}

enf_status enf__store_prepare(sqlite3_stmt **out, const enf_store *st,
			      const char *sql, const char *fn)
{
	int rc = sqlite3_prepare_v2(st->db, sql, -1, out, NULL);

	return rc == SQLITE_OK ? ENF_OK : enf__store_fail(st, rc, fn, sql);
}

enf_status enf__store_end(const enf_store *st, enf_status st_in, const char *fn)
{
	if (st_in == ENF_OK)
		return enf__store_exec(st, "COMMIT", fn);
	/* The failure's message stays the caller's. */
	(void)sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	return st_in;
}

enf_status enf__store_writable(const enf_store *st, const char *fn)
{
	if (st->read_only)
		return enf__fail(ENF_ESTATE,
				 "%s: the store was opened read-only", fn);
	return ENF_OK;
}

/* One integer of a query with no parameter (a PRAGMA, a count). */
static enf_status enf__store_int(int64_t *out, const enf_store *st,
				 const char *sql, const char *path)
{
	sqlite3_stmt *q = NULL;
	int rc = sqlite3_prepare_v2(st->db, sql, -1, &q, NULL);

	if (rc == SQLITE_OK && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		*out = sqlite3_column_int64(q, 0);
		rc = SQLITE_OK;
	}
	(void)sqlite3_finalize(q);
	if (rc == SQLITE_OK)
		return ENF_OK;
	if ((rc & 0xff) == SQLITE_NOTADB)
		return enf__fail(ENF_EPARSE,
				 "store_open: \"%s\" is not a SQLite database "
				 "(%s)",
				 path, sqlite3_errmsg(st->db));
	return enf__store_fail(st, rc, "store_open", path);
}

/* The value of a meta key into buf ("" when the row is missing). */
static enf_status enf__store_meta(char *buf, size_t size, const enf_store *st,
				  const char *key, const char *path)
{
	sqlite3_stmt *q = NULL;
	enf_status s = enf__store_prepare(
		&q, st, "SELECT value FROM meta WHERE key = ?", "store_open");
	int rc;

	buf[0] = '\0';
	if (s != ENF_OK)
		return enf__fail(ENF_EPARSE,
				 "store_open: \"%s\" is a SQLite database but "
				 "not a store (no table meta)",
				 path);
	(void)sqlite3_bind_text(q, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		const unsigned char *v = sqlite3_column_text(q, 0);

		(void)snprintf(buf, size, "%s", v ? (const char *)v : "");
	} else if (rc != SQLITE_DONE) {
		s = enf__store_fail(st, rc, "store_open", path);
	}
	(void)sqlite3_finalize(q);
	return s;
}

/* Checks that an existing database is a store this library reads. */
static enf_status enf__store_check(enf_store *st, const char *path)
{
	char format[64], version[32];
	char *end = NULL;
	long v;
	enf_status s =
		enf__store_meta(format, sizeof(format), st, "format", path);

	if (s != ENF_OK)
		return s;
	if (strcmp(format, ENF__STORE_FORMAT) != 0)
		return enf__fail(ENF_EPARSE,
				 "store_open: \"%s\" is a SQLite database but "
				 "not a store (meta format \"%.40s\"; expected "
				 "\"" ENF__STORE_FORMAT "\")",
				 path, format);
	s = enf__store_meta(version, sizeof(version), st, "schema_version",
			    path);
	if (s != ENF_OK)
		return s;
	v = strtol(version, &end, 10);
	if (end == version || *end != '\0' || v < 1)
		return enf__fail(ENF_EPARSE,
				 "store_open: \"%s\": meta schema_version "
				 "\"%.20s\" is not a schema version",
				 path, version);
	if (v > ENF_STORE_SCHEMA_VERSION)
		return enf__fail(ENF_EVERSION,
				 "store_open: \"%s\" has schema version %ld, "
				 "newer than the %d this library reads; open "
				 "it with a newer library",
				 path, v, ENF_STORE_SCHEMA_VERSION);
	st->schema = (int)v;
	return ENF_OK;
}

/* Upgrades a version 1 file opened for writing to version 2, in one
 * transaction: table corrections is added, nothing else changes (a
 * version 1 file holds no corrections, so its events are its entries). */
static enf_status enf__store_upgrade(enf_store *st, const char *path)
{
	char sql[160];
	enf_status s;

	if (st->read_only || st->schema >= ENF_STORE_SCHEMA_VERSION)
		return ENF_OK;
	s = enf__store_exec(st, "BEGIN IMMEDIATE", "store_open");
	if (s != ENF_OK)
		return s;
	/* Another process may have upgraded it since we looked. */
	s = enf__store_check(st, path);
	if (s != ENF_OK || st->schema >= ENF_STORE_SCHEMA_VERSION)
		return enf__store_end(st, s, "store_open");
	s = enf__store_create_corrections(st, "store_open");
	(void)snprintf(sql, sizeof(sql),
		       "UPDATE meta SET value = '%d' WHERE key = "
		       "'schema_version'; PRAGMA user_version = %d;",
		       ENF_STORE_SCHEMA_VERSION, ENF_STORE_SCHEMA_VERSION);
	if (s == ENF_OK)
		s = enf__store_exec(st, sql, "store_open");
	s = enf__store_end(st, s, "store_open");
	if (s == ENF_OK)
		st->schema = ENF_STORE_SCHEMA_VERSION;
	return s;
}

/* Creates the schema in an empty database, in one transaction. */
static enf_status enf__store_create(enf_store *st, const char *path)
{
	char sql[256];
	int64_t tables = 0;
	enf_status s = enf__store_exec(st, "BEGIN IMMEDIATE", "store_open");

	if (s != ENF_OK)
		return s;
	/* Another process may have created it since we looked. */
	s = enf__store_int(&tables, st, "SELECT count(*) FROM sqlite_master",
			   path);
	if (s == ENF_OK && tables > 0)
		return enf__store_end(st, ENF_OK, "store_open") == ENF_OK
			       ? enf__store_check(st, path)
			       : ENF_ENOTFOUND;
	if (s == ENF_OK)
		s = enf__store_exec(st, enf__store_schema, "store_open");
	if (s == ENF_OK)
		s = enf__store_create_corrections(st, "store_open");
	if (s == ENF_OK)
		st->schema = ENF_STORE_SCHEMA_VERSION;
	(void)snprintf(sql, sizeof(sql),
		       "INSERT INTO meta VALUES('format', '" ENF__STORE_FORMAT
		       "'), ('schema_version', '%d'), ('library_version', "
		       "'%s'); PRAGMA application_id = %d; PRAGMA "
		       "user_version = %d;",
		       ENF_STORE_SCHEMA_VERSION, enf_version(),
		       ENF__STORE_APP_ID, ENF_STORE_SCHEMA_VERSION);
	if (s == ENF_OK)
		s = enf__store_exec(st, sql, "store_open");
	return enf__store_end(st, s, "store_open");
}

/* Opens the connection: "cannot open" names the path. */
static enf_status enf__store_connect(enf_store *st, const char *path,
				     const enf_store_options *o)
{
	int flags = o->read_only ? SQLITE_OPEN_READONLY
				 : SQLITE_OPEN_READWRITE |
					   (o->create ? SQLITE_OPEN_CREATE : 0);
	int rc = sqlite3_open_v2(path, &st->db, flags, NULL);

	if (rc == SQLITE_OK)
		return ENF_OK;
	if (rc == SQLITE_NOMEM || st->db == NULL)
		return enf__fail(ENF_ENOMEM, "store_open: out of memory");
	return enf__fail(ENF_ENOTFOUND, "store_open: cannot open \"%s\": %s",
			 path, sqlite3_errmsg(st->db));
}

/* Creates or checks the schema, and sets the journal. */
static enf_status enf__store_setup(enf_store *st, const char *path)
{
	int64_t tables = 0, app = 0;
	enf_status s = enf__store_int(
		&tables, st, "SELECT count(*) FROM sqlite_master", path);

	if (s == ENF_OK)
		s = enf__store_int(&app, st, "PRAGMA application_id", path);
	if (s != ENF_OK)
		return s;
	if (app != 0 && app != ENF__STORE_APP_ID)
		return enf__fail(ENF_EPARSE,
				 "store_open: \"%s\" is a SQLite database of "
				 "another application (application_id %lld)",
				 path, (long long)app);
	if (st->read_only)
		return tables == 0 ? enf__fail(ENF_EPARSE,
					       "store_open: \"%s\" holds no "
					       "store (an empty database)",
					       path)
				   : enf__store_check(st, path);
	/* WAL is set outside a transaction, before the schema. */
	s = enf__store_exec(st,
			    "PRAGMA journal_mode = WAL; "
			    "PRAGMA synchronous = FULL;",
			    "store_open");
	if (s != ENF_OK)
		return s;
	if (tables == 0)
		return enf__store_create(st, path);
	s = enf__store_check(st, path);
	return s == ENF_OK ? enf__store_upgrade(st, path) : s;
}

enf_status enf_store_open(enf_store **out, const char *path,
			  const enf_store_options *opts)
{
	enf_store_options o = ENF_STORE_OPTIONS_INIT;
	enf_store *st;
	enf_status s;

	ENF__CHECK_NULL("store_open", out);
	*out = NULL;
	ENF__CHECK_NULL("store_open", path);
	if (opts != NULL) {
		if (enf__check_version("store_open", "version", opts->version,
				       ENF_STORE_OPTIONS_VERSION) != ENF_OK)
			return ENF_EVERSION;
		o = *opts;
	}
	st = calloc(1, sizeof(*st));
	if (st == NULL)
		return enf__fail(ENF_ENOMEM, "store_open: out of memory");
	st->read_only = o.read_only != 0;
	s = enf__store_connect(st, path, &o);
	if (s == ENF_OK)
		s = enf__store_setup(st, path);
	if (s != ENF_OK) {
		enf_store_free(st);
		return s;
	}
	*out = st;
	return ENF_OK;
}

void enf_store_free(enf_store *st)
{
	if (st == NULL)
		return;
	(void)sqlite3_close(st->db);
	free(st);
}

#endif /* ENF_WITH_SQLITE */
