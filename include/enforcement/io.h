/**
 * @file enforcement/io.h
 * @brief Import and export of the case register as CSV (one file per
 *        entity) and JSON, with file, line and field in every error.
 *
 * CSV files are UTF-8, comma-separated, with a header row naming the
 * columns (in any order; unknown columns are an error), fields quoted with
 * '"' when they hold a comma, a quote or a line break (RFC 4180), and
 * optional byte-order mark. The header is the first line; line ends at
 * the end of a file are ignored, but a blank line before the header or
 * between rows is refused (ENF_EPARSE, "parties.csv:4: row: a blank line
 * between rows ..."), as RFC 4180 has no empty record. Every row names
 * its case by office and decision number. The five files and their
 * columns:
 *
 * - cases.csv: office, decision_no, decision_date, mode, court,
 *   judgment_no, judgment_effective, judgment_kind, flags
 * - parties.csv: office, decision_no, index, role, kind, name, id
 * - obligations.csv: office, decision_no, index, kind, amount, debtor,
 *   creditor, joint
 * - assets.csv: office, decision_no, index, kind, description, owner,
 *   security, secured_amount
 * - events.csv: office, decision_no, seq, date, kind, detail, amount, asset
 *
 * A sixth file, corrections.csv, holds the corrections of the cases
 * (correct.h), one row a correction, the rows of a case together and in
 * the order the corrections were made: office, decision_no, index (0, 1,
 * ... within the case), kind (the token of enf_correction_kind_name():
 * void, replace, info, party, obligation, asset, entered_in_error),
 * recorded, reason, author (empty for none), target (the event's seq or
 * the fact's index; 0 or empty for info and entered_in_error), then the
 * new value and, in the same columns prefixed "was_", the value it
 * replaced (enf_case_correction()):
 *   event_kind, event_date, event_detail, event_amount, event_asset (void:
 *   the was_ columns only; replace); decision_date, mode, court,
 *   judgment_no, judgment_effective, judgment_kind, flags (info; the
 *   office and decision number are not amended); party_role, party_kind,
 *   party_name, party_id (party); obligation_kind, obligation_amount,
 *   obligation_debtor, obligation_creditor, obligation_joint (obligation);
 *   asset_kind, asset_description, asset_owner, asset_security,
 *   asset_secured_amount (asset).
 * The columns of the values a kind has not are left empty (a filled one
 * is refused); the header may leave out those no row fills. events.csv
 * holds each case's corrected log (what enf_case_event() gives), and the
 * seq of an event is the one it was entered with (enf_case_event_seq()):
 * in a corrected case, seqs may skip (a voided event) or come out of
 * order (an event moved to an earlier date). The seq column may be left
 * out: each event's seq is then its position, as in a case without
 * corrections, whose events come in seq order 0, 1, ... The events as
 * entered are put back from the corrections' old values, and the
 * corrected log is checked against them and the transition table; a
 * refusal names corrections.csv, the line of the correction and the
 * column. A folder without corrections.csv is a register without
 * corrections.
 *
 * Dates are YYYY-MM-DD (empty for none); amounts are plain integers of
 * VND; enums are the lower-case tokens of enf_io_token() ("request",
 * "civil", "debtor", "bank_credit", "decision_issued", ...); flags are
 * tokens joined by '|' ("corruption|prisoner"); index, debtor, creditor,
 * owner and asset are 0-based indices within the case (empty for none);
 * joint is 0 or 1; an empty id is no id. Parties, obligations and assets
 * rows of a case come in index order and events in seq order (0, 1, ...),
 * each event checked by the transition table as it is applied.
 *
 * Columns that may be left out (defaults): decision_date,
 * judgment_effective (none), court, judgment_no (""), flags (none), id
 * (none), amount, detail, secured_amount (0), creditor, asset (none),
 * joint (0), security (none). Export writes every column, LF line ends,
 * no byte-order mark, and quotes only fields that need it.
 *
 * An import is all or nothing: it builds the new cases aside and adds them
 * only when every file has been read; on error the register is unchanged
 * and enf_last_error() reads "events.csv:12: date: \"2025-02-30\" is not a
 * date" (file:line: field: why).
 */
#ifndef ENF_IO_H
#define ENF_IO_H

#include "case.h"
#include "common.h"
#include "stats.h"

ENF_BEGIN_DECL

/** The entities, one CSV file each. */
typedef enum enf_io_entity {
	ENF_IO_CASES = 0,	/**< cases.csv */
	ENF_IO_PARTIES = 1,	/**< parties.csv */
	ENF_IO_OBLIGATIONS = 2, /**< obligations.csv */
	ENF_IO_ASSETS = 3,	/**< assets.csv */
	ENF_IO_EVENTS = 4	/**< events.csv */
} enf_io_entity;

/** The number of entities (of CSV files). */
#define ENF_IO_ENTITY_COUNT 5

/** Enum families with text tokens. */
typedef enum enf_io_enum {
	ENF_IO_ENUM_MODE = 0,	       /**< agency, request */
	ENF_IO_ENUM_JUDGMENT_KIND = 1, /**< civil, criminal, ... */
	ENF_IO_ENUM_PARTY_ROLE = 2,    /**< debtor, creditor */
	ENF_IO_ENUM_PARTY_KIND = 3, /**< person, organisation, state_budget */
	ENF_IO_ENUM_OBLIGATION = 4, /**< fine, court_fee, ... */
	ENF_IO_ENUM_ASSET_KIND = 5, /**< real_estate, movable, right, account */
	ENF_IO_ENUM_SECURITY = 6,   /**< none, mortgage, pledge */
	ENF_IO_ENUM_EVENT = 7,	    /**< request_received, ... */
	ENF_IO_ENUM_STATE = 8,	    /**< none, received, ... */
	ENF_IO_ENUM_FLAG = 9	    /**< corruption, prisoner, unknown_address,
				       difficult
				       (value = the flag bit) */
} enf_io_enum;

/**
 * The text token of an enum value, e.g. (ENF_IO_ENUM_EVENT,
 * ENF_EV_DECISION_ISSUED) -> "decision_issued". For ENF_IO_ENUM_FLAG the
 * value is one flag bit; a combination has no single token.
 * @param family the enum family.
 * @param value a value of that family.
 * @return a static string, or NULL for an unknown family or value.
 */
ENF_EXTERN(const char *) enf_io_token(enf_io_enum family, int value);

/**
 * The enum value of a token.
 * @param[out] out the value; unchanged on error.
 * @param family the enum family.
 * @param token the token, e.g. "decision_issued".
 * @return ENF_OK, ENF_EINVALID (NULL, unknown family) or ENF_ENOTFOUND.
 */
ENF_EXTERN(enf_status)
enf_io_value(int *out, enf_io_enum family, const char *token);

/**
 * File name of an entity.
 * @param entity the entity.
 * @return a static string ("cases.csv", ...); NULL if unknown.
 */
ENF_EXTERN(const char *) enf_io_file_name(enf_io_entity entity);

/**
 * Imports cases from CSV texts, one per entity (NULL or "" for an entity
 * with no rows; cases may not be NULL, but "" or a header row alone is a
 * cases text with no rows). A text that is not empty starts with its
 * header row. Names in messages are the file names of enf_io_file_name().
 * @param reg the register the cases are added to.
 * @param cases the text of cases.csv.
 * @param parties the text of parties.csv, or NULL.
 * @param obligations the text of obligations.csv, or NULL.
 * @param assets the text of assets.csv, or NULL.
 * @param events the text of events.csv, or NULL.
 * @return ENF_OK, ENF_EINVALID (NULL register or cases text, or a row the
 *         case model refuses: a debtor index that is a creditor, an amount
 *         of 0, an event dated before the last; the message is the
 *         model's, prefixed with file:line: field), ENF_EOVERFLOW (amounts
 *         owed overflow), ENF_EPARSE (malformed text), ENF_ESTATE (an
 *         illegal transition, a case already in the register or twice in
 *         cases.csv, a register that is a snapshot: read-only), ENF_ENOTFOUND
 * (a row for a case not in cases.csv), ENF_ERANGE (a step of a seized asset's
 * sale the law does not allow: a cut over its cap, an auction before the
 * posting period, a takeover before the debtor's window closes; the auction
 *         engine's message, as enf_auction_case_check() gives it, with the
 *         date or amount column) or ENF_ENOMEM; the register is unchanged
 *         on error. Files without such steps load as before.
 */
ENF_EXTERN(enf_status)
enf_io_import_csv(enf_register *reg, const char *cases, const char *parties,
		  const char *obligations, const char *assets,
		  const char *events);

/**
 * enf_io_import_csv() with the text of corrections.csv (see the top of
 * this file): the cases are built from the five texts, then each case's
 * corrections are read and its history restored.
 * @param reg the register the cases are added to.
 * @param cases the text of cases.csv.
 * @param parties the text of parties.csv, or NULL.
 * @param obligations the text of obligations.csv, or NULL.
 * @param assets the text of assets.csv, or NULL.
 * @param events the text of events.csv, or NULL.
 * @param corrections the text of corrections.csv, or NULL (none).
 * @return as enf_io_import_csv(); a correction row for a case that is not
 *         in cases.csv is ENF_ENOTFOUND, an unknown kind, a seq of no
 *         event or a value the kind has not ENF_EPARSE, a correction the
 *         transition table refuses ENF_ESTATE ("corrections.csv:3:
 *         target: ..."). The register is unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_io_import_csv_corrected(enf_register *reg, const char *cases,
			    const char *parties, const char *obligations,
			    const char *assets, const char *events,
			    const char *corrections);

/**
 * Exports the corrections of every case as the text of corrections.csv,
 * with a header row naming every column (see the top of this file): the
 * cases in register order, the corrections of each in the order made.
 * A register without corrections gives the header row alone.
 * @param[out] out NUL-terminated text to free with enf_free(); NULL on
 *        error.
 * @param[out] len its length in bytes (may be NULL).
 * @param reg the register.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_io_export_csv_corrections(char **out, size_t *len, const enf_register *reg);

/**
 * Exports one entity of every case as CSV text with a header row.
 * @param[out] out NUL-terminated text to free with enf_free(); NULL on
 *        error.
 * @param[out] len its length in bytes (may be NULL).
 * @param reg the register.
 * @param entity the entity (the file) written.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_io_export_csv(char **out, size_t *len, const enf_register *reg,
		  enf_io_entity entity);

/**
 * Imports the five files of a directory, and corrections.csv when it is
 * there, all or nothing. cases.csv is
 * required and holds at least its header row: an empty file (zero bytes,
 * or a byte-order mark alone) is refused with ENF_EPARSE ("cases.csv:1:
 * the file is empty; it needs the header row naming the columns (at
 * least office,decision_no,mode,judgment_kind)"). The other four are
 * optional: a missing or empty one holds no rows. A file holding a NUL
 * byte is refused (ENF_EPARSE).
 * @param reg the register the cases are added to.
 * @param dir the directory's path.
 * @return as enf_io_import_csv(), and ENF_ENOTFOUND when cases.csv cannot
 *         be read (the message names the path).
 */
ENF_EXTERN(enf_status) enf_io_load_csv_dir(enf_register *reg, const char *dir);

/**
 * Imports several directories of the five files (the provinces' exports
 * of a national year, say), all or nothing: each directory is read and
 * checked as by enf_io_load_csv_dir() on one of up to `threads` threads
 * (0 or 1: in the calling thread only), then the cases are added in the
 * order of `dirs`. The register is only read while the threads run, and
 * must not be changed by anyone else until the call returns.
 * A failure names the directory: "io_load_csv_dirs: dirs[3] (\"P04\"):
 * events.csv:12: kind: ...". A case in two directories is refused.
 * @param reg the register the cases are added to.
 * @param dirs count directory paths.
 * @param count the number of directories.
 * @param threads at most 256.
 * @return ENF_OK, ENF_EINVALID (NULL, too many threads), ENF_ENOTFOUND,
 *         ENF_EPARSE, ENF_ESTATE (a key twice, a register that is a
 *         snapshot), ENF_ERANGE or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_io_load_csv_dirs(enf_register *reg, const char *const *dirs, size_t count,
		     unsigned int threads);

/**
 * Writes the five files and corrections.csv (its header row alone for a
 * register without corrections) into an existing directory, replacing
 * them all or none. The files are written into a new sibling directory DIR.new
 * (a DIR.new left by an earlier crash is removed first), each synced to
 * disk, then DIR.new takes DIR's place and the parent directory is
 * synced: on Linux in one step (renameat2() RENAME_EXCHANGE), so DIR
 * always holds one whole save, the old or the new; where the system or
 * the file system cannot swap, DIR is renamed DIR.old, DIR.new renamed
 * DIR and DIR.old removed, and a crash between the two renames (the one
 * window) leaves no DIR but a complete DIR.new, to be renamed DIR (or the
 * old DIR.old). The other files of DIR (offices.csv, say) are carried
 * over by a hard link (a copy where links fail) before the switch, and
 * its subdirectories moved after it. When it returns ENF_OK the files
 * are on disk; on error DIR is as it was.
 * @param reg the register.
 * @param dir the directory's path (its real path is switched, so a
 *        symbolic link to the directory stays a link; not "/").
 * @return ENF_OK, ENF_EINVALID, ENF_ENOTFOUND (not an existing directory,
 *         cannot write or switch; the message names the path) or
 *         ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_io_save_csv_dir(const enf_register *reg, const char *dir);

/**
 * Exports the register as one JSON document: {"schema":
 * "enforcement-register/2", "format": "enforcement-register", "version":
 * 2, "cases": [ {...case facts, "parties": [...],
 * "obligations": [...], "assets": [...], "events": [...],
 * "corrections": [...]} ]}, with the same field names and tokens as the
 * CSV columns, except: flags is an array of tokens; joint is true or
 * false; null stands for no date, no id, no creditor, no asset and no
 * author; nested rows leave out office, decision_no and index (on import,
 * index may be given and must match the position). Events keep their
 * seq, as in events.csv. "corrections" is there for a corrected case
 * only: its items are the rows of corrections.csv without office,
 * decision_no and index, the members of the values the kind has not left
 * out. Import is strict: unknown or repeated fields, wrong types, numbers
 * that are not 64-bit integers, nesting deeper than 64 and invalid UTF-8
 * are refused (ENF_EPARSE), as is a "format", "version" or "schema" other
 * than the above; "schema" may be left out (files written before it came
 * in). Version 1 documents (written before corrections: no
 * "corrections", events in seq order) still import, "schema" then
 * "enforcement-register/1". The form is described by
 * docs/schemas/register.schema.json.
 * @param[out] out NUL-terminated UTF-8 to free with enf_free().
 * @param[out] len its length (may be NULL).
 * @param reg the register.
 * @return ENF_OK, ENF_EINVALID or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_io_export_json(char **out, size_t *len, const enf_register *reg);

/**
 * Imports a JSON document of len bytes in the form enf_io_export_json()
 * writes, all or nothing. The text needs no NUL at its end and may hold
 * none: a NUL byte within the len bytes is refused with its line and
 * byte offset ("register.json:3: a NUL byte at byte offset 57 of 64;
 * ..."), which also catches a len that counts past the end of a string.
 * Errors name the document, the line and the field
 * ("register.json:40: cases[3].events[2].date: ...").
 * @param reg the register the cases are added to.
 * @param text len bytes of UTF-8 (not NULL, even when len is 0).
 * @param len the number of bytes of text.
 * @param name the name used in messages (NULL for "json").
 * @return as enf_io_import_csv() (ENF_EINVALID also for a len over
 *         PTRDIFF_MAX).
 */
ENF_EXTERN(enf_status)
enf_io_import_json_n(enf_register *reg, const char *text, size_t len,
		     const char *name);

/**
 * enf_io_import_json_n() of a NUL-terminated text: the document ends at
 * the first NUL.
 * @param reg the register the cases are added to.
 * @param text NUL-terminated UTF-8.
 * @param name the name used in messages (NULL for "json").
 * @return as enf_io_import_csv().
 */
ENF_EXTERN(enf_status)
enf_io_import_json(enf_register *reg, const char *text, const char *name);

/**
 * Frees text returned by the library.
 * @param text the text; NULL is a no-op.
 * @deprecated The same as enf_free() (common.h), which new code should
 * call; kept until 1.0.
 */
ENF_EXTERN(void) enf_io_free(char *text);

/* ---------------------------------------------------------------------- */
/* JSON for a back end: one case, a worklist                               */

/**
 * One case on a date as one JSON document (docs/schemas/case.schema.json):
 *
 *     {"schema": "enforcement-case/2", "as_of": "YYYY-MM-DD",
 *      "facts": {...},
 *      "status": {"state", "since", "detail", "detail_token", "owed",
 *                 "collected", "paid", "outstanding", "verifications",
 *                 "regime", "counts_with_means"},
 *      "sales": [{"asset", "stage", "since", "value", "price", "auctions",
 *                 "cuts", "creditor_takes", "sale_price", "sold_on",
 *                 "handed_over"}, ...],
 *      "deadlines": [{"kind", "due", "from", "overdue", "rule",
 *                     "source"}, ...],
 *      "history": [{"seq", "date", "kind", "detail", "detail_token",
 *                   "amount", "asset"}, ...],
 *      "corrections": [...]}
 *
 * facts is the case as enf_io_export_json() writes it (office,
 * decision_no, ..., flags, parties, obligations, assets) without its
 * events, which the history lists with their seq (the corrected log;
 * "corrections", there for a corrected case only, as in
 * enf_io_export_json()); status is
 * enf_case_status_on() on as_of (state a token of enf_case_state_name(),
 * regime of enf_regime_name()); sales the sale of each asset on as_of
 * (enf_case_asset_status(); stage of enf_asset_stage_name()); deadlines
 * the open deadlines on as_of (enf_case_deadlines() under the regime in
 * force on as_of; overdue when due before as_of); history every event of
 * the log, those dated after as_of included. Money is in VND as integers,
 * dates "YYYY-MM-DD" or null. A deadline's kind is one of "decision",
 * "voluntary_end", "verification", "reverification", "separate_book",
 * "limitation" (enf_deadline_kind in order). detail is the raw number of
 * the event or state; detail_token names it, or is null: the ground of a
 * postponement ("illness", "address", "agreement", "dispute",
 * "interpretation", "not_collected", "transfer", "unsold", "protest": Law
 * 26/2008 Art 48, enf_postpone_reason in order), of a suspension
 * ("protest", "bankruptcy": Art 49) or of a termination ("debtor_died",
 * "creditor_died", "agreement", "annulled", "dissolved", "exempted",
 * "bankruptcy", "custody": Art 50); "with_means" or "without_means" for a
 * verification or classification; "takes" or "declines" for the
 * creditor's answer.
 * @param[out] out NUL-terminated UTF-8 to free with enf_free(); NULL on
 *        error.
 * @param[out] len its length (may be NULL).
 * @param c the case.
 * @param cal the working-day calendar the deadlines are counted with.
 * @param as_of the day the status and deadlines are taken on.
 * @return ENF_OK, ENF_EINVALID (NULL out, case or calendar), ENF_ERANGE
 *         (as_of not a date, or a due date outside the calendar; the
 *         message names as_of or the deadline) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_case_to_json(char **out, size_t *len, const enf_case *c,
		 const enf_calendar *cal, enf_date as_of);

/**
 * A worklist as one JSON document (docs/schemas/worklist.schema.json):
 *
 *     {"schema": "enforcement-worklist/1", "as_of", "until", "count",
 *      "overdue", "items": [{"case_index", "office", "decision_no",
 *      "state", "kind", "due", "from", "overdue", "rule", "source"},
 *      ...]}
 *
 * The items are those of enf_register_worklist_window() on the same
 * register and window, written in the order given, each with its case's
 * key and its state on as_of; overdue (the document's) counts the items
 * flagged overdue. Tokens and dates as in enf_case_to_json().
 * @param[out] out NUL-terminated UTF-8 to free with enf_free(); NULL on
 *        error.
 * @param[out] len its length (may be NULL).
 * @param reg the register the items were listed from.
 * @param items count items (may be NULL when count is 0).
 * @param count the number of items.
 * @param as_of the first day of the window the items were asked for.
 * @param until its last day, not before as_of.
 * @return ENF_OK, ENF_EINVALID (NULL out or register, NULL items with a
 *         count, until before as_of: the message shows both dates, an
 *         unknown deadline kind: items[i].deadline.kind), ENF_ERANGE
 *         (as_of, until or a due date not a date; a case_index past the
 *         register's cases: items[i].case_index) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_worklist_to_json(char **out, size_t *len, const enf_register *reg,
		     const enf_worklist_item *items, size_t count,
		     enf_date as_of, enf_date until);

/* ---------------------------------------------------------------------- */
/* Validation                                                              */

/** One problem of a set of CSV files (enf_io_validate_csv()). Texts are
 * NUL-terminated and cut at a character boundary when too long. */
typedef struct enf_io_problem {
	int status;	      /**< the enf_status an import would fail with:
				 ENF_EPARSE, ENF_ESTATE, ENF_ENOTFOUND... (an int, so
				 that a binding reads it as a value) */
	enf_io_entity entity; /**< the file (enf_io_file_name()) */
	long line;	      /**< line of the row (its first line); 0 for
				 the file as a whole */
	char field[32];	      /**< the column ("date"), "header", "row", or
				 "" when the problem is the file's */
	char value[96];	      /**< the field's text as read; "" if none */
	char message[400];    /**< what an import would say, expected form
				 included: "events.csv:12: date:
				 \"15/09/2025\" is not a date; expected
				 YYYY-MM-DD (...)" */
} enf_io_problem;

/**
 * Reads every row of the five CSV texts (as enf_io_import_csv() takes
 * them) and lists every problem an import would stop at, instead of the
 * first: a row that names a case not in cases.csv is one problem, each
 * field is converted on its own (a row with three bad fields gives three
 * problems), and a row whose fields are all good is checked
 * against the case model (indices, amounts, the transition table, a case
 * twice) with the rows before it, built aside and freed at the end; no
 * register is built or changed. After a problem in a row of a case, the
 * later rows of that case are still read field by field but not checked
 * against the model (they would fail only because of the first). A
 * malformed record (an unclosed quote, say) ends the reading of its file.
 * Last, as the import does at its end, the events of each case are checked
 * to come in seq order 0, 1, ... (there are no corrections here to
 * explain another order). Problems come in file order (cases, parties,
 * obligations, assets, events), then line order, then column order, the
 * seq order last; the first is the error
 * enf_io_import_csv() gives for the same texts, when that error is not
 * about the register it imports into.
 * @param[out] out array of cap problems; may be NULL when cap is 0.
 * @param cap the number of problems out can hold.
 * @param[out] count problems found (at most limit); set even when cap is
 *        too small.
 * @param cases the text of cases.csv.
 * @param parties the text of parties.csv, or NULL.
 * @param obligations the text of obligations.csv, or NULL.
 * @param assets the text of assets.csv, or NULL.
 * @param events the text of events.csv, or NULL.
 * @param limit stop after this many problems (at least 1).
 * @return ENF_OK (whether or not there are problems), ENF_EINVALID (NULL
 *         count or cases text, out NULL with cap above 0, limit 0),
 *         ENF_EBUFSIZE (nothing written; *count is the number found) or
 *         ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_io_validate_csv(enf_io_problem *out, size_t cap, size_t *count,
		    const char *cases, const char *parties,
		    const char *obligations, const char *assets,
		    const char *events, size_t limit);

/**
 * enf_io_validate_csv() of the five files of a directory, read as
 * enf_io_load_csv_dir() reads them, with its corrections.csv when there is
 * one: when the five files have no problem, corrections.csv is read as the
 * load reads it and its first problem, if any, is listed (as entity
 * ENF_IO_EVENTS, its message naming corrections.csv). A file that cannot
 * be read, an empty cases.csv or a NUL byte is one problem (line 0, or
 * the line of the NUL), and nothing else is read.
 * @param[out] out array of cap problems; may be NULL when cap is 0.
 * @param cap the number of problems out can hold.
 * @param[out] count problems found; set even when cap is too small.
 * @param dir the directory's path.
 * @param limit stop after this many problems (at least 1).
 * @return as enf_io_validate_csv() (ENF_EINVALID also for a NULL dir).
 */
ENF_EXTERN(enf_status)
enf_io_validate_csv_dir(enf_io_problem *out, size_t cap, size_t *count,
			const char *dir, size_t limit);

/* ---------------------------------------------------------------------- */
/* The organisation of a register                                          */

/**
 * An organisation tree (stats.h) from CSV text, the offices.csv a
 * register may carry beside its five files: a header row naming the
 * columns (in any order) office and province, and optionally office_name
 * and province_name; then one row per office. Each province is created as
 * a root on its first row (named province_name, or its code), each office
 * under its province (named office_name, or its code), all from `from`.
 * A province's name, when given on several rows, must be the same. The
 * text is read as enf_io_import_csv() reads a CSV file (RFC 4180, an
 * optional byte-order mark, no blank line between rows).
 *
 *     office,province,province_name
 *     LS-TP,LS,Lạng Sơn
 *     LS-CUC,LS,Lạng Sơn
 *
 * @param[out] out the tree, to free with enf_org_free(); NULL on error.
 * @param text NUL-terminated UTF-8.
 * @param from the first day the units exist (1900-01-01, say, for "as far
 *        back as the register goes").
 * @return ENF_OK, ENF_EINVALID (NULL, an empty or invalid code or name,
 *         an office twice: the message names "offices.csv:LINE: field"),
 *         ENF_ERANGE (from not a date), ENF_EPARSE (no header, an unknown
 *         or repeated column, a row with another number of fields, a
 *         malformed quote, a blank line between rows, two names of a
 *         province) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_io_org_from_csv(enf_org **out, const char *text, enf_date from);

ENF_END_DECL

#endif /* ENF_IO_H */
