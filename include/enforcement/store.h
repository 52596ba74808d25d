/**
 * @file enforcement/store.h
 * @brief A durable store of the case register in one SQLite database file:
 *        the whole register saved in one transaction, new cases and
 *        applied events appended each in its own transaction, and a load
 *        with the checks of the CSV import.
 *
 * The store is the record a back end keeps: it applies an event to the
 * register (enf_case_apply(), enf_auction_case_apply()), then appends it
 * with enf_store_add_event(); a new case goes in with
 * enf_store_add_case() after enf_register_add(). Each call is one SQLite
 * transaction in write-ahead-log mode with synchronous=FULL: when it
 * returns ENF_OK the change is on disk and survives a crash or a power
 * cut; when the process dies before, the file holds nothing of it. A
 * store file is the log of what was applied: the store refuses an event
 * whose place in its case's log (its seq) is not the next one it holds.
 * A correction is appended the same way (enf_store_add_correction()).
 *
 * The tables (cases, parties, obligations, assets, events, corrections,
 * and meta with format, schema_version and library_version) hold the
 * columns of the CSV files of io.h with the same tokens and date texts; a
 * row of a case names it by the case's id instead of office and
 * decision_no. Table events holds every event as it was entered, by seq
 * (enf_case_entry(): voided and replaced ones too), table corrections
 * each correction with the value it replaced, and the facts tables the
 * facts as they are now. Schema version 2 added table corrections: a
 * version 1 file (no corrections) opens and loads; opened for writing, it
 * is upgraded to version 2 in one transaction (the table added, nothing
 * else changed), so that a library of version 1 then refuses it. The
 * schema, its keys and what a crash can and cannot lose are described in
 * docs/store.md. A load reads every row through the same conversion and
 * the same checks as enf_io_import_csv() (each event through the case's
 * transition table), all or nothing; its messages name the table, the
 * row's rowid and the column: "events:12: date: \"2025-02-30\" is not a
 * date ...".
 *
 * The library is built with the store when SQLite (Debian's
 * libsqlite3-dev) is found (CMake option ENF_WITH_SQLITE); without it
 * every function here fails with ENF_ESTATE ("built without SQLite").
 * A store is used by one thread at a time.
 */
#ifndef ENF_STORE_H
#define ENF_STORE_H

#include "case.h"
#include "common.h"

ENF_BEGIN_DECL

/** An open store file (opaque). */
typedef struct enf_store enf_store;

/** The schema version this library writes and reads (meta.schema_version,
 * and the file's PRAGMA user_version). */
#define ENF_STORE_SCHEMA_VERSION 2

/** How a store is opened (enf_store_open()). */
typedef struct enf_store_options {
	unsigned int version; /**< ENF_STORE_OPTIONS_VERSION */
	int create;	      /**< 1 (default): create a missing file; 0: a
				 missing file is ENF_ENOTFOUND */
	int read_only;	      /**< 1: open for enf_store_load() only (saves
				 and appends fail with ENF_ESTATE); default 0 */
} enf_store_options;

/** The current version of ::enf_store_options. */
#define ENF_STORE_OPTIONS_VERSION 1

/** The defaults: create a missing file, read and write. */
#define ENF_STORE_OPTIONS_INIT                                                 \
	{                                                                      \
		ENF_STORE_OPTIONS_VERSION, 1, 0                                \
	}

/**
 * Fills opts with the defaults of a version (the same as
 * ENF_STORE_OPTIONS_INIT at ENF_STORE_OPTIONS_VERSION).
 * @param[out] opts the options.
 * @param version ENF_STORE_OPTIONS_VERSION.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_EVERSION (a version this
 *         library does not know; the message names "version").
 */
ENF_EXTERN(enf_status)
enf_store_options_init(enf_store_options *opts, unsigned int version);

/**
 * Opens a store file, creating it with an empty schema when it is new
 * (a file of zero bytes is new). An existing file is checked: it must be
 * a SQLite database whose meta table says format "enforcement-store" and
 * a schema_version this library reads.
 * @param[out] out the store, to free with enf_store_free(); NULL on error.
 * @param path the file's path (UTF-8).
 * @param opts the options, or NULL for the defaults.
 * @return ENF_OK, ENF_EINVALID (NULL out or path), ENF_EVERSION (an
 *         options version this library does not know, or a file written
 *         by a newer schema: the message shows both versions),
 *         ENF_ENOTFOUND (the file cannot be opened or created, or is
 *         missing and opts->create is 0; the message names the path),
 *         ENF_EPARSE (not a SQLite database, a damaged one, or a
 *         database that is not a store: the message says which),
 *         ENF_ESTATE (the library was built without SQLite) or
 *         ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_store_open(enf_store **out, const char *path,
	       const enf_store_options *opts);

/**
 * Closes a store. Everything committed is already on disk.
 * @param st the store; NULL is a no-op.
 */
ENF_EXTERN(void) enf_store_free(enf_store *st);

/**
 * Saves the whole register in one transaction: what the store held is
 * replaced by the register's cases, in the register's order (case ids
 * 1, 2, ...). On error the store is unchanged.
 * @param st the store.
 * @param reg the register.
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_ESTATE (a read-only store;
 *         built without SQLite), ENF_ENOTFOUND (the file cannot be
 *         written: disk full, locked by another writer; the message has
 *         SQLite's reason) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_store_save(enf_store *st, const enf_register *reg);

/**
 * Loads every case of the store into reg, all or nothing, with the
 * checks of enf_io_import_csv(): each field converted as in the CSV
 * files, rows of a case in index (seq) order, each event through the
 * case's transition table and the checks of a seized asset's sale. The
 * message names the table, the row (its rowid) and the column. The store
 * is read in one read transaction, so a writer on another connection is
 * seen whole or not at all.
 * @param st the store.
 * @param reg the register the cases are added to (a case already in it
 *        is refused).
 * @return ENF_OK, ENF_EINVALID (NULL, or a row the case model refuses),
 *         ENF_EPARSE (a field that does not convert, a damaged file),
 *         ENF_ESTATE (an illegal transition, a case already in reg;
 *         built without SQLite), ENF_ENOTFOUND (a row whose case_id is
 *         not a case), ENF_ERANGE, ENF_EOVERFLOW or ENF_ENOMEM; reg is
 *         unchanged on error.
 */
ENF_EXTERN(enf_status) enf_store_load(enf_store *st, enf_register *reg);

/**
 * Appends a new case, with its parties, obligations, assets and events,
 * in one transaction.
 * @param st the store.
 * @param c the case (not in the store yet: no case of its office and
 *        decision number).
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_ESTATE (the case is already
 *         stored; a read-only store; built without SQLite),
 *         ENF_ENOTFOUND (the file cannot be written) or ENF_ENOMEM; the
 *         store is unchanged on error.
 */
ENF_EXTERN(enf_status) enf_store_add_case(enf_store *st, const enf_case *c);

/**
 * Appends one event to a stored case in one transaction, after the caller
 * applied it to the case: ev is the last event of c's log, and its seq
 * (its place in that log) must be the next one the store holds for the
 * case, so that the file stays the log of what was applied.
 * @param st the store.
 * @param c the case, holding ev as its last event.
 * @param ev the event.
 * @return ENF_OK, ENF_EINVALID (NULL; ev is not the last event of c: apply
 *         it first), ENF_ENOTFOUND (the case is not stored; the file cannot
 *         be written), ENF_ESTATE (the store holds a different number of
 *         events of the case than seq: the message shows both; a
 *         read-only store; built without SQLite) or ENF_ENOMEM; the store
 *         is unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_store_add_event(enf_store *st, const enf_case *c, const enf_event *ev);

/**
 * Appends one correction to a stored case in one transaction, after the
 * caller made it (enf_case_correct(), enf_register_correct()): the
 * correction, with the value it replaced, goes into table corrections,
 * and the fact it amends (the case's row, or the row of the party,
 * obligation or asset) is rewritten with its new value in the same
 * transaction. Events voided or replaced stay in table events as they
 * were entered. i must be the next correction the store holds for the
 * case, so that the file keeps every correction once, in the order made.
 * @param st the store.
 * @param c the case, holding the correction.
 * @param i the correction's index in c (enf_case_correction()), from 0.
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_ERANGE (i is not a correction
 *         of c), ENF_ENOTFOUND (the case is not stored; the file cannot be
 *         written), ENF_ESTATE (the store holds a different number of
 *         corrections of the case than i: the message shows both; a
 *         read-only store; built without SQLite) or ENF_ENOMEM; the store
 *         is unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_store_add_correction(enf_store *st, const enf_case *c, size_t i);

ENF_END_DECL

#endif /* ENF_STORE_H */
