/*
 * Tests of store.h: the sample register (examples/data/sample, 3,000
 * cases) saved to a SQLite store and loaded back gives the same CSV
 * export byte for byte; the same cases appended one by one (each case,
 * then each event as it is applied) give the same store as a whole save;
 * an event out of order, a case twice, a damaged, foreign or newer file
 * and rows that break the case model are refused with messages naming
 * the table, the row and the column, leaving the register unchanged.
 */
#define _POSIX_C_SOURCE 200809L /* mkdtemp */

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <enforcement.h>

#include "test_helpers.h"

#ifdef ENF_WITH_SQLITE
#include <sqlite3.h>

static char dir[64];

static const char *path_of(const char *name)
{
	static char buf[128];

	(void)snprintf(buf, sizeof(buf), "%s/%s", dir, name);
	return buf;
}

static int setup(void **state)
{
	(void)state;
	(void)snprintf(dir, sizeof(dir), "/tmp/enf_store_XXXXXX");
	return mkdtemp(dir) == NULL ? -1 : 0;
}

static int teardown(void **state)
{
	char cmd[128];

	(void)state;
	(void)snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static enf_register *sample(void)
{
	enf_register *reg = NULL;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_io_load_csv_dir(reg, ENF_SAMPLE_DIR), ENF_OK);
	return reg;
}

/* Asserts the five CSV exports of a and b are the same bytes. */
static void assert_same_register(const enf_register *a, const enf_register *b)
{
	assert_int_equal(enf_register_count(a), enf_register_count(b));
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++) {
		char *x = NULL, *y = NULL;
		size_t nx = 0, ny = 0;

		assert_int_equal(enf_io_export_csv(&x, &nx, a, e), ENF_OK);
		assert_int_equal(enf_io_export_csv(&y, &ny, b, e), ENF_OK);
		assert_int_equal(nx, ny);
		assert_memory_equal(x, y, nx);
		enf_free(x);
		enf_free(y);
	}
}

static enf_store *open_store(const char *name)
{
	enf_store *st = NULL;

	assert_int_equal(enf_store_open(&st, path_of(name), NULL), ENF_OK);
	return st;
}

static enf_register *load(enf_store *st)
{
	enf_register *reg = NULL;

	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_store_load(st, reg), ENF_OK);
	return reg;
}

/* Runs SQL on a store file behind the library's back. */
static void sql(const char *name, const char *text)
{
	sqlite3 *db = NULL;

	assert_int_equal(sqlite3_open(path_of(name), &db), SQLITE_OK);
	if (sqlite3_exec(db, text, NULL, NULL, NULL) != SQLITE_OK)
		print_error("%s: %s\n", text, sqlite3_errmsg(db));
	(void)sqlite3_close(db);
}

static void test_store__round_trip(void **state)
{
	enf_register *reg = sample(), *back;
	enf_store *st = open_store("round.db");

	(void)state;
	assert_int_equal(enf_register_count(reg), 3000);
	assert_int_equal(enf_store_save(st, reg), ENF_OK);
	back = load(st);
	assert_same_register(reg, back);
	enf_register_free(back);
	/* A save replaces what the store held. */
	assert_int_equal(enf_store_save(st, reg), ENF_OK);
	enf_store_free(st);
	st = open_store("round.db"); /* reopened: it was on disk */
	back = load(st);
	assert_same_register(reg, back);
	/* Loading into a register that has the cases is refused whole. */
	assert_int_equal(enf_store_load(st, back), ENF_ESTATE);
	assert_error_names("cases:1", "already in the register");
	assert_int_equal(enf_register_count(back), 3000);
	enf_register_free(back);
	enf_store_free(st);
	enf_register_free(reg);
}

static void test_store__empty(void **state)
{
	enf_register *reg = NULL, *back;
	enf_store *st = open_store("empty.db");

	(void)state;
	back = load(st); /* a new store holds no case */
	assert_int_equal(enf_register_count(back), 0);
	enf_register_free(back);
	reg = sample();
	assert_int_equal(enf_store_save(st, reg), ENF_OK);
	enf_register_free(reg);
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_store_save(st, reg), ENF_OK);
	back = load(st);
	assert_int_equal(enf_register_count(back), 0);
	enf_register_free(back);
	enf_register_free(reg);
	enf_store_free(st);
}

/* The facts of reg's cases (no events) in a new register. */
static enf_register *facts_of(const enf_register *reg)
{
	char *t[ENF_IO_ENTITY_COUNT] = {NULL};
	enf_register *out = NULL;

	for (int e = 0; e < ENF_IO_EVENTS; e++)
		assert_int_equal(enf_io_export_csv(&t[e], NULL, reg, e),
				 ENF_OK);
	assert_int_equal(enf_register_new(&out), ENF_OK);
	assert_int_equal(enf_io_import_csv(out, t[0], t[1], t[2], t[3], NULL),
			 ENF_OK);
	for (int e = 0; e < ENF_IO_EVENTS; e++)
		enf_free(t[e]);
	return out;
}

/* The lines of text whose first two fields are those of one of the
 * first keep lines of cases (the header kept). */
static char *first_cases(const char *text, const char *cases, size_t keep)
{
	char *out = malloc(strlen(text) + 1), *o = out;
	const char *line = text;

	assert_non_null(out);
	for (size_t n = 0; *line; n++) {
		const char *end = strchr(line, '\n'), *c = cases;
		size_t len = end ? (size_t)(end - line) + 1 : strlen(line);
		int take = n == 0;

		for (size_t k = 0; k <= keep && !take && *c; k++) {
			const char *ce = strchr(c, '\n');
			const char *comma = strchr(c, ',');

			comma = comma ? strchr(comma + 1, ',') : NULL;
			if (k > 0 && comma && (!ce || comma < ce) &&
			    strncmp(line, c, (size_t)(comma - c + 1)) == 0)
				take = 1;
			c = ce ? ce + 1 : c + strlen(c);
		}
		if (take)
			memcpy(o, line, len), o += len;
		line += len;
	}
	*o = '\0';
	return out;
}

/* The first keep cases of the sample (fsyncs cost: an append each). */
static enf_register *sample_first(size_t keep)
{
	enf_register *reg = sample(), *out = NULL;
	char *t[ENF_IO_ENTITY_COUNT], *sub[ENF_IO_ENTITY_COUNT];

	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		assert_int_equal(enf_io_export_csv(&t[e], NULL, reg, e),
				 ENF_OK);
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		sub[e] = first_cases(t[e], t[0], keep);
	assert_int_equal(enf_register_new(&out), ENF_OK);
	assert_int_equal(
		enf_io_import_csv(out, sub[0], sub[1], sub[2], sub[3], sub[4]),
		ENF_OK);
	for (int e = 0; e < ENF_IO_ENTITY_COUNT; e++)
		enf_free(t[e]), free(sub[e]);
	enf_register_free(reg);
	assert_int_equal(enf_register_count(out), keep);
	return out;
}

/* A back end's loop: add each case, then apply each event and add it. */
static void test_store__incremental(void **state)
{
	enf_register *reg = sample_first(40), *live = facts_of(reg), *back;
	enf_store *st = open_store("incr.db");
	size_t n = enf_register_count(reg);

	(void)state;
	for (size_t i = 0; i < n; i++) {
		enf_case *c = NULL;

		assert_int_equal(enf_register_at(&c, live, i), ENF_OK);
		assert_int_equal(enf_store_add_case(st, c), ENF_OK);
	}
	for (size_t i = 0; i < n; i++) {
		enf_case *src = NULL, *c = NULL;

		assert_int_equal(enf_register_at(&src, reg, i), ENF_OK);
		assert_int_equal(enf_register_at(&c, live, i), ENF_OK);
		for (size_t k = 0; k < enf_case_event_count(src); k++) {
			enf_event ev;

			assert_int_equal(enf_case_event(&ev, src, k), ENF_OK);
			assert_int_equal(enf_auction_case_apply(c, &ev, NULL),
					 ENF_OK);
			assert_int_equal(enf_store_add_event(st, c, &ev),
					 ENF_OK);
		}
	}
	back = load(st);
	assert_same_register(reg, back);
	enf_register_free(back);
	enf_store_free(st);
	enf_register_free(live);
	enf_register_free(reg);
}

/* An event added twice, one not applied, a case twice, a case unknown. */
static void test_store__append_refused(void **state)
{
	enf_register *reg = sample(), *back;
	enf_store *st = open_store("refused.db");
	enf_case *c = NULL;
	enf_event ev, first;
	size_t n;

	(void)state;
	assert_int_equal(enf_register_at(&c, reg, 0), ENF_OK);
	n = enf_case_event_count(c);
	assert_true(n >= 2);
	/* An event the case never took (all zero): not its last. */
	memset(&ev, 0, sizeof(ev));
	assert_int_equal(enf_store_add_event(st, c, &ev), ENF_EINVALID);
	assert_int_equal(enf_case_event(&ev, c, n - 1), ENF_OK);
	assert_int_equal(enf_case_event(&first, c, 0), ENF_OK);
	assert_int_equal(enf_store_add_event(st, c, &ev), ENF_ENOTFOUND);
	assert_error_names("store_add_event", "not in the store");
	assert_int_equal(enf_store_add_case(st, c), ENF_OK);
	assert_int_equal(enf_store_add_case(st, c), ENF_ESTATE);
	assert_error_names("store_add_case", "already in the store");
	/* The store holds the n events: seq n - 1 again is not the next. */
	assert_int_equal(enf_store_add_event(st, c, &ev), ENF_ESTATE);
	assert_error_names("store_add_event", "holds");
	/* Not the last event of the case: apply it first. */
	assert_int_equal(enf_store_add_event(st, c, &first), ENF_EINVALID);
	assert_error_names("store_add_event", "not the last event");
	assert_int_equal(enf_store_add_event(NULL, c, &ev), ENF_EINVALID);
	assert_int_equal(enf_store_add_event(st, NULL, &ev), ENF_EINVALID);
	assert_int_equal(enf_store_add_event(st, c, NULL), ENF_EINVALID);
	assert_int_equal(enf_store_add_case(st, NULL), ENF_EINVALID);
	back = load(st); /* unchanged: the one case with its n events */
	assert_int_equal(enf_register_count(back), 1);
	assert_int_equal(enf_register_at(&c, back, 0), ENF_OK);
	assert_int_equal(enf_case_event_count(c), n);
	enf_register_free(back);
	enf_store_free(st);
	enf_register_free(reg);
}

static void write_file(const char *name, const char *text, size_t len)
{
	FILE *f = fopen(path_of(name), "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static void test_store__bad_files(void **state)
{
	enf_store *st = (enf_store *)1;
	enf_store_options o;
	char junk[4096];

	(void)state;
	memset(junk, 'x', sizeof(junk));
	write_file("junk.db", junk, sizeof(junk));
	assert_int_equal(enf_store_open(&st, path_of("junk.db"), NULL),
			 ENF_EPARSE);
	assert_null(st);
	assert_error_names("store_open", "not a SQLite database");
	sql("foreign.db", "CREATE TABLE t(x); INSERT INTO t VALUES(1);");
	assert_int_equal(enf_store_open(&st, path_of("foreign.db"), NULL),
			 ENF_EPARSE);
	assert_error_names("store_open", "not a store");
	sql("other.db", "PRAGMA application_id = 42; CREATE TABLE t(x);");
	assert_int_equal(enf_store_open(&st, path_of("other.db"), NULL),
			 ENF_EPARSE);
	assert_error_names("store_open", "another application");
	st = open_store("newer.db");
	enf_store_free(st);
	sql("newer.db",
	    "UPDATE meta SET value = '3' WHERE key = 'schema_version'");
	assert_int_equal(enf_store_open(&st, path_of("newer.db"), NULL),
			 ENF_EVERSION);
	assert_error_names("store_open", "schema version 3");
	/* Missing file, create 0; read-only store. */
	assert_int_equal(enf_store_options_init(&o, ENF_STORE_OPTIONS_VERSION),
			 ENF_OK);
	o.create = 0;
	assert_int_equal(enf_store_open(&st, path_of("none.db"), &o),
			 ENF_ENOTFOUND);
	assert_error_names("store_open", "none.db");
	o.create = 1, o.read_only = 1;
	assert_int_equal(enf_store_open(&st, path_of("round.db"), &o), ENF_OK);
	{
		enf_register *reg = load(st);

		assert_int_equal(enf_store_save(st, reg), ENF_ESTATE);
		assert_error_names("store_save", "read-only");
		enf_register_free(reg);
	}
	enf_store_free(st);
}

static void test_store__bad_input(void **state)
{
	enf_store *st = NULL;
	enf_store_options o = ENF_STORE_OPTIONS_INIT;
	enf_register *reg = NULL;

	(void)state;
	assert_int_equal(enf_store_open(NULL, "x.db", NULL), ENF_EINVALID);
	assert_int_equal(enf_store_open(&st, NULL, NULL), ENF_EINVALID);
	assert_error_names("store_open", "path");
	o.version = 0;
	assert_int_equal(enf_store_open(&st, path_of("v.db"), &o),
			 ENF_EVERSION);
	o.version = 99;
	assert_int_equal(enf_store_open(&st, path_of("v.db"), &o),
			 ENF_EVERSION);
	assert_int_equal(enf_store_options_init(NULL, 1), ENF_EINVALID);
	assert_int_equal(enf_store_options_init(&o, 0), ENF_EVERSION);
	assert_int_equal(o.version, 99); /* unchanged */
	assert_int_equal(enf_store_open(&st, path_of("nothing/x.db"), NULL),
			 ENF_ENOTFOUND);
	st = open_store("bad.db");
	assert_int_equal(enf_register_new(&reg), ENF_OK);
	assert_int_equal(enf_store_save(NULL, reg), ENF_EINVALID);
	assert_int_equal(enf_store_save(st, NULL), ENF_EINVALID);
	assert_int_equal(enf_store_load(NULL, reg), ENF_EINVALID);
	assert_int_equal(enf_store_load(st, NULL), ENF_EINVALID);
	enf_store_free(NULL);
	enf_store_free(st);
	enf_register_free(reg);
}

/* A store with the sample, one of whose rows is then changed by sql. */
static void assert_load_refused(const char *name, const char *change,
				enf_status want, const char *where,
				const char *what)
{
	enf_register *reg = sample(), *into = NULL;
	enf_store *st = open_store(name);

	assert_int_equal(enf_store_save(st, reg), ENF_OK);
	enf_store_free(st);
	sql(name, change);
	st = open_store(name);
	assert_int_equal(enf_register_new(&into), ENF_OK);
	assert_int_equal(enf_store_load(st, into), want);
	assert_error_names(where, what);
	assert_int_equal(enf_register_count(into), 0);
	enf_register_free(into);
	enf_store_free(st);
	enf_register_free(reg);
}

static void test_store__bad_rows(void **state)
{
	(void)state;
	assert_load_refused("r1.db",
			    "UPDATE events SET date = '2025-02-30' "
			    "WHERE rowid = 5",
			    ENF_EPARSE, "events:5: date", "2025-02-30");
	assert_load_refused("r2.db",
			    "UPDATE parties SET role = 'judge' WHERE rowid = 7",
			    ENF_EPARSE, "parties:7: role", "judge");
	assert_load_refused("r3.db", "DELETE FROM events WHERE rowid = 2",
			    ENF_EPARSE, "events:", "seq");
	assert_load_refused("r4.db",
			    "UPDATE obligations SET case_id = 999999 "
			    "WHERE rowid = 3000",
			    ENF_ENOTFOUND, "obligations:3000: case_id",
			    "999999");
	assert_load_refused("r5.db",
			    "UPDATE events SET kind = 'request_received' "
			    "WHERE rowid = 3",
			    ENF_ESTATE, "events:3: kind", "");
	assert_load_refused("r6.db",
			    "UPDATE cases SET court = x'00' WHERE id = 4",
			    ENF_EPARSE, "cases:4: court", "blob");
	assert_load_refused("r7.db",
			    "UPDATE obligations SET amount = 1.5 "
			    "WHERE rowid = 9",
			    ENF_EPARSE, "obligations:9: amount", "1.5");
	/* Corrections (schema version 2): a void of the first case's
	 * decision leaves a log the transition table refuses; a kind that
	 * is none; a row of no case. */
	assert_load_refused("r8.db",
			    "INSERT INTO corrections(case_id, \"index\", "
			    "kind, recorded, reason, target, was_event_kind, "
			    "was_event_date) SELECT case_id, 0, 'void', "
			    "'2026-01-01', 'x', seq, kind, date FROM events "
			    "WHERE rowid = 2",
			    ENF_ESTATE, "corrections:1: target", "");
	assert_load_refused("r9.db",
			    "INSERT INTO corrections(case_id, \"index\", "
			    "kind, recorded, reason) VALUES(1, 0, 'retract', "
			    "'2026-01-01', 'x')",
			    ENF_EPARSE, "corrections:1: kind", "retract");
	assert_load_refused("r10.db",
			    "INSERT INTO corrections(case_id, \"index\", "
			    "kind, recorded, reason) VALUES(999999, 0, "
			    "'entered_in_error', '2026-01-01', 'x')",
			    ENF_ENOTFOUND, "corrections:1: case_id", "999999");
}

/* A file of schema version 1 (before corrections) loads; opened for
 * writing it is upgraded to version 2, read-only it is left as it is. */
static void test_store__version_1(void **state)
{
	enf_register *reg = sample(), *back;
	enf_store *st = open_store("v1.db");
	enf_store_options o;

	(void)state;
	assert_int_equal(enf_store_save(st, reg), ENF_OK);
	enf_store_free(st);
	sql("v1.db", "DROP TABLE corrections; UPDATE meta SET value = '1' "
		     "WHERE key = 'schema_version'; PRAGMA user_version = 1;");
	assert_int_equal(enf_store_options_init(&o, ENF_STORE_OPTIONS_VERSION),
			 ENF_OK);
	o.read_only = 1;
	assert_int_equal(enf_store_open(&st, path_of("v1.db"), &o), ENF_OK);
	back = load(st);
	assert_same_register(reg, back);
	enf_register_free(back);
	enf_store_free(st);
	st = open_store("v1.db"); /* for writing: upgraded */
	back = load(st);
	assert_same_register(reg, back);
	enf_register_free(back);
	enf_store_free(st);
	sql("v1.db", "UPDATE meta SET value = '3' WHERE key = "
		     "'schema_version' AND (SELECT count(*) FROM corrections) "
		     "= 0");
	assert_int_equal(enf_store_open(&st, path_of("v1.db"), NULL),
			 ENF_EVERSION);
	enf_register_free(reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_store__round_trip),
		cmocka_unit_test(test_store__empty),
		cmocka_unit_test(test_store__incremental),
		cmocka_unit_test(test_store__append_refused),
		cmocka_unit_test(test_store__bad_files),
		cmocka_unit_test(test_store__bad_input),
		cmocka_unit_test(test_store__bad_rows),
		cmocka_unit_test(test_store__version_1),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

#else /* built without SQLite */

static void test_store__without_sqlite(void **state)
{
	enf_store *st = (enf_store *)1;

	(void)state;
	assert_int_equal(enf_store_open(&st, "x.db", NULL), ENF_ESTATE);
	assert_null(st);
	assert_error_names("store_open", "built without SQLite");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_store__without_sqlite),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

#endif
