/**
 * @file enforcement/correct.h
 * @brief Corrections: voiding or replacing an event of a case's log,
 *        amending its facts, withdrawing a case entered in error, and the
 *        register as it was known on a date.
 *
 * A case's log is append-only: what was entered stays entered. A mistake
 * is put right by a correction, itself dated and kept: it voids an event,
 * replaces it with a corrected one, amends a fact of the case (its
 * decision and judgment data, a party, an obligation, an asset) or
 * withdraws the whole case as entered in error. Each correction carries
 * the day it was made (`recorded`), a reason and, optionally, who made
 * it; an amendment keeps the value it replaced.
 *
 * Events are named by their sequence number (seq): the place in which
 * they were entered, 0 for the first, which never changes. In a case
 * without corrections an event's seq is its position in the log; once an
 * event is voided or moved by a corrected date, enf_case_event_seq() says
 * which seq each position of the log holds, and enf_case_entry() gives
 * every event as it was entered.
 *
 * The log a case answers with (enf_case_event(), enf_case_status_on(),
 * deadlines, reports) is the corrected one: the entered events, less
 * those voided, with the replacements in their place, in date order (an
 * event moved to an earlier date goes before the events of the days
 * after it; events of one day keep the order they were entered in). A
 * correction is refused, the case unchanged, when the corrected log or
 * facts would break a rule an event or fact is held to when it is added
 * (the transition table, amounts, assets, parties): the message names
 * the correction and the rule.
 *
 * Two dates answer two questions. "As of D" is the state of affairs on
 * day D, from the events dated up to D (enf_case_status_on(), every
 * report's date or period). "As known on K" is what the register said on
 * day K, before the corrections made after K: enf_case_as_known() and
 * enf_register_as_known() give the case or register as it was known on
 * K, on which every query and report runs. An event is taken to be known
 * from its own date (the log does not hold the day it was typed in), so a
 * register as known on K holds no event dated after K.
 *
 * Statistics follow Joint Circular 12/2021/TTLT Art 10 (V): a correction
 * is counted in the reporting period in which it is recorded, and a
 * period already reported is not changed. A report for the period
 * [first, last] (stats.h) takes the state of each case before the period
 * as it was known at the end of first - 1 (the figures carried over are
 * those reported) and its state at the end of the period as known at the
 * end of `last`; enf_stats_report_options.restate asks for a restatement
 * instead, every case counted as it is known now.
 *
 * A case withdrawn as entered in error (ENF_CORRECT_ENTERED_IN_ERROR)
 * stays in its register, with its history, but its corrected log is
 * empty and every report, worklist and filter leaves it out, for the
 * periods before its withdrawal too (it was never a case; I: the
 * statistics rules speak of correcting figures, not of records that
 * should not exist). As known on a day before the withdrawal it is there.
 * It takes no event and no correction afterwards.
 */
#ifndef ENF_CORRECT_H
#define ENF_CORRECT_H

#include "common.h"
#include "date.h"
#include "case.h"

ENF_BEGIN_DECL

/** What a correction does. */
typedef enum enf_correction_kind {
	/** Voids the event of seq `target`: the log goes on without it. */
	ENF_CORRECT_VOID = 0,
	/** Replaces the event of seq `target` by `event` (a wrong date, a
	 * mistyped amount, the wrong ground). The replacement keeps the seq
	 * and is placed by its own date. */
	ENF_CORRECT_REPLACE = 1,
	/** Amends the case's facts to `info`: every field but the office and
	 * the decision number, which name the case in its register (pass
	 * them unchanged, or NULL). */
	ENF_CORRECT_INFO = 2,
	/** Amends party `target` to `party`. */
	ENF_CORRECT_PARTY = 3,
	/** Amends obligation `target` to `obligation`. */
	ENF_CORRECT_OBLIGATION = 4,
	/** Amends asset `target` to `asset`. */
	ENF_CORRECT_ASSET = 5,
	/** Withdraws the case as entered in error (a duplicate, a case that
	 * belongs to no one): it leaves every report. */
	ENF_CORRECT_ENTERED_IN_ERROR = 6
} enf_correction_kind;

/** Number of correction kinds. */
#define ENF_CORRECT_KIND_COUNT 7

/** A correction. Strings are UTF-8, copied when the correction is made;
 * those handed out by enf_case_correction() are borrowed from the case. */
typedef struct enf_correction {
	unsigned int version;	  /**< ENF_CORRECTION_VERSION */
	enf_correction_kind kind; /**< what it does */
	/** The day the correction is made: not before the day of the last
	 * correction of the case, nor before the event it corrects. */
	enf_date recorded;
	const char *reason; /**< why: required, not empty */
	const char *author; /**< who made it: a name or user id, or NULL */
	/** The seq of the event (VOID, REPLACE), or the index of the party,
	 * obligation or asset amended; 0 for INFO and ENTERED_IN_ERROR. */
	size_t target;
	/** REPLACE: the corrected event, dated no later than `recorded`. */
	enf_event event;
	enf_case_info info;	   /**< INFO: the amended facts */
	enf_party party;	   /**< PARTY: the amended party */
	enf_obligation obligation; /**< OBLIGATION: the amended obligation */
	enf_asset asset;	   /**< ASSET: the amended asset */
} enf_correction;

/** The current version of ::enf_correction. */
#define ENF_CORRECTION_VERSION 1

/**
 * Fills a correction with its defaults: kind ENF_CORRECT_VOID, recorded
 * ENF_DATE_NONE, strings NULL, target 0, an event and values of zero with
 * their indices ENF_INDEX_NONE and info as enf_case_info_init() fills it.
 * @param[out] corr the correction to fill.
 * @param version ENF_CORRECTION_VERSION.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_EVERSION (version outside
 *         1..ENF_CORRECTION_VERSION; the message names "version").
 */
ENF_EXTERN(enf_status)
enf_correction_init(enf_correction *corr, unsigned int version);

/**
 * Makes a correction to a case that no snapshot shares (a case of a
 * register that snapshots may share is corrected with
 * enf_register_correct()). The corrected log and facts are checked as a
 * new case's would be: every event through the transition table and the
 * checks of enf_case_apply(), every obligation and asset against the
 * parties. Examples: an event entered as collected on 20 March that was
 * collected on 10 March is replaced by the same event dated 10 March; a
 * second decision entered twice is voided; a debtor's mistyped name is
 * amended.
 * @param c the case.
 * @param corr the correction.
 * @return ENF_OK, ENF_EINVALID (NULL; unknown kind; empty reason; a target
 *         that is no event, party, obligation or asset of the case; an
 *         amended office or decision number; a value the case model
 *         refuses; the message names the field), ENF_ERANGE (recorded or
 *         an event date outside the calendar's range), ENF_ESTATE (the
 *         corrected log breaks the transition table: the message names
 *         the correction's target and the refused event; recorded before
 *         the last correction or the corrected event; a case withdrawn as
 *         entered in error; a case shared with a snapshot, or a case as
 *         known on a past day), ENF_EOVERFLOW or ENF_ENOMEM; the case is
 *         unchanged on error.
 */
ENF_EXTERN(enf_status)
enf_case_correct(enf_case *c, const enf_correction *corr);

/**
 * Makes a correction to a registered case, as enf_case_correct() does:
 * the writer's way when snapshots may share the case. A case a snapshot
 * holds is copied first (the snapshot keeps the old one); pointers
 * borrowed from the register before the call may then point at the old
 * case: borrow again after it.
 * @param reg the register; not a snapshot.
 * @param index the case's index, from 0.
 * @param corr the correction.
 * @return as enf_case_correct(), and ENF_ERANGE for an index out of range
 *         and ENF_ESTATE for a snapshot; the messages start with the
 *         index. On error the register, its cases and every snapshot are
 *         unchanged.
 */
ENF_EXTERN(enf_status)
enf_register_correct(enf_register *reg, size_t index,
		     const enf_correction *corr);

/**
 * Number of corrections made to a case.
 * @param c the case, or NULL.
 * @return the count; 0 for NULL.
 */
ENF_EXTERN(size_t) enf_case_correction_count(const enf_case *c);

/**
 * The i-th correction of a case, in the order they were made, with the
 * value it replaced.
 * @param[out] out the correction as made; its strings are borrowed from
 *        the case. Unchanged on error.
 * @param[out] before may be NULL; else the same correction with, in place
 *        of its new value, the value it replaced: the event as it stood
 *        before (VOID, REPLACE), the facts, party, obligation or asset
 *        before the amendment. Unchanged on error.
 * @param c the case.
 * @param i the correction's index, from 0.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ERANGE (i out of range).
 */
ENF_EXTERN(enf_status)
enf_case_correction(enf_correction *out, enf_correction *before,
		    const enf_case *c, size_t i);

/**
 * Number of events ever entered in a case (the seqs 0 to count - 1),
 * voided ones included: at least enf_case_event_count().
 * @param c the case, or NULL.
 * @return the count; 0 for NULL.
 */
ENF_EXTERN(size_t) enf_case_entry_count(const enf_case *c);

/**
 * An event as it was entered, before any correction.
 * @param[out] out the event; unchanged on error.
 * @param c the case.
 * @param seq its sequence number, from 0.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ERANGE (seq out of range).
 */
ENF_EXTERN(enf_status)
enf_case_entry(enf_event *out, const enf_case *c, size_t seq);

/**
 * The seq of the event at a position of a case's (corrected) log.
 * @param[out] out the seq; unchanged on error.
 * @param c the case.
 * @param i the position in the log, from 0 (enf_case_event()).
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ERANGE (i out of range).
 */
ENF_EXTERN(enf_status)
enf_case_event_seq(size_t *out, const enf_case *c, size_t i);

/**
 * The day a case was withdrawn as entered in error.
 * @param c the case, or NULL.
 * @return that day, or ENF_DATE_NONE for a case that was not (and NULL).
 */
ENF_EXTERN(enf_date) enf_case_withdrawn_in_error(const enf_case *c);

/**
 * A case as it was known at the end of a day: the corrections recorded
 * after it undone, the events dated after it left out, its history cut
 * at that day. The copy is read-only: applying events or corrections to
 * it, or adding to it, is refused (ENF_ESTATE).
 * @param[out] out the copy, to free with enf_case_free(); NULL on error.
 * @param c the case.
 * @param known the day.
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_ERANGE (a day outside the
 *         calendar's range) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_case_as_known(enf_case **out, const enf_case *c, enf_date known);

/**
 * A register as it was known at the end of a day: a snapshot
 * (enf_register_snapshot(), read-only, freed with enf_register_free())
 * in which each case corrected after that day is replaced by its copy as
 * known on it (enf_case_as_known()) and the events dated after it are
 * left out. Cases keep their indices. Every report and query takes it:
 * "the report as it was known on K".
 * @param[out] out the snapshot; NULL on error.
 * @param reg the register (or snapshot); only read, under the rule of
 *        enf_register_snapshot().
 * @param known the day.
 * @return ENF_OK, ENF_EINVALID (NULL), ENF_ERANGE (a day outside the
 *         calendar's range) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_register_as_known(enf_register **out, const enf_register *reg,
		      enf_date known);

/**
 * A case's history as text, one line an entry, for a clerk: every event
 * as entered with its seq, and under it each correction that voided or
 * replaced it (the day, who, why, the new value); then the amendments of
 * the facts with their old and new values, and a withdrawal in error.
 * Example line: "  seq 4  collected  20/03/2026  50,000,000 VND".
 * @param[out] out the text, NUL-terminated, to free with enf_free(); NULL
 *        on error.
 * @param[out] len its length in bytes without the NUL (may be NULL).
 * @param c the case.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_case_history_text(char **out, size_t *len, const enf_case *c);

/**
 * The text token of a correction kind, as used in messages and in the
 * CSV and JSON files: "void", "replace", "info", "party", "obligation",
 * "asset", "entered_in_error".
 * @param kind any value.
 * @return a static string; "unknown" for other values. Never NULL.
 */
ENF_EXTERN(const char *) enf_correction_kind_name(enf_correction_kind kind);

ENF_END_DECL

#endif /* ENF_CORRECT_H */
