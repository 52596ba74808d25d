/**
 * @file enforcement/columns.h
 * @brief The register as columns: one array per field, filled in one pass,
 *        for tables (a DataFrame, an Arrow batch, a column store).
 *
 * Where enf_register_at() and enf_case_event() hand out one record at a
 * time, these functions write whole columns into arrays the caller
 * provides, so that ten million events become a table without a call per
 * row. Every column is a (pointer, length) pair: a NULL pointer with
 * length 0 skips the column; any other length must be exactly the number
 * of rows (enf_register_event_total() for events, enf_register_count() for
 * cases), and a wrong one is refused naming the column. Dates are day
 * numbers (days since 1970-01-01, as ::enf_date; ENF_DATE_NONE for none);
 * enums are their C values (tokens: enf_io_token()); money is VND.
 *
 * Nothing here reads a clock or allocates, except the text columns, which
 * the caller frees with enf_free(). On error no array is written.
 */
#ifndef ENF_COLUMNS_H
#define ENF_COLUMNS_H

#include "case.h"
#include "common.h"

ENF_BEGIN_DECL

/**
 * Number of events of every case of a register: the rows of
 * enf_register_event_columns().
 * @param reg the register, or NULL.
 * @return the sum of the cases' event counts; 0 for NULL.
 */
ENF_EXTERN(size_t) enf_register_event_total(const enf_register *reg);

/**
 * The events of every case, case by case in register order and each
 * case's events in log order, as columns. Each array holds one value per
 * event (enf_register_event_total()); pass NULL and 0 for a column not
 * wanted. Each column's length (the *_len parameter after it) is its
 * number of elements, not bytes.
 * @param reg the register.
 * @param[out] case_index the case's index in the register.
 * @param case_index_len length of case_index.
 * @param[out] seq the event's position in its case's log (0, 1, ...).
 * @param seq_len length of seq.
 * @param[out] date the event's date (day number).
 * @param date_len length of date.
 * @param[out] kind the ::enf_event_kind.
 * @param kind_len length of kind.
 * @param[out] detail the event's detail (reason, or 1/0 for means).
 * @param detail_len length of detail.
 * @param[out] amount collected, paid, appraised or price, VND; else 0.
 * @param amount_len length of amount.
 * @param[out] asset the asset's index in its case, or ENF_INDEX_NONE.
 * @param asset_len length of asset.
 * @return ENF_OK, ENF_EINVALID (reg NULL, a NULL column with a length
 *         other than 0, or a length other than the number of events; the
 *         message names the column and both counts) or ENF_EOVERFLOW (more
 *         than INT32_MAX cases or events in one case); nothing is written
 *         on error.
 */
ENF_EXTERN(enf_status)
enf_register_event_columns(const enf_register *reg, int32_t *case_index,
			   size_t case_index_len, int32_t *seq, size_t seq_len,
			   int32_t *date, size_t date_len, int32_t *kind,
			   size_t kind_len, int32_t *detail, size_t detail_len,
			   int64_t *amount, size_t amount_len, int32_t *asset,
			   size_t asset_len);

/**
 * The facts of every case, and its status on a date, as columns of one
 * value per case (enf_register_count()), in register order; NULL and 0
 * skip a column. Each column's length (the *_len parameter after it) is
 * its number of elements, not bytes.
 * @param reg the register.
 * @param date the as-of date of state, since and the amounts (the events
 *        up to and including it, as enf_case_status_on()); ENF_DATE_NONE
 *        for the end of each case's log (every event).
 * @param[out] decision_date day number of the decision, or ENF_DATE_NONE.
 * @param decision_date_len length of decision_date.
 * @param[out] judgment_effective day number the judgment took effect, or
 *        ENF_DATE_NONE.
 * @param judgment_effective_len length of judgment_effective.
 * @param[out] mode the ::enf_mode.
 * @param mode_len length of mode.
 * @param[out] judgment_kind the ::enf_judgment_kind.
 * @param judgment_kind_len length of judgment_kind.
 * @param[out] flags the ENF_CASE_* bits.
 * @param flags_len length of flags.
 * @param[out] state the ::enf_case_state on date.
 * @param state_len length of state.
 * @param[out] since the date of the event that set the state
 *        (ENF_DATE_NONE before the first event).
 * @param since_len length of since.
 * @param[out] owed VND owed, as ::enf_case_status.
 * @param owed_len length of owed.
 * @param[out] collected VND collected, as ::enf_case_status.
 * @param collected_len length of collected.
 * @param[out] paid VND paid out, as ::enf_case_status.
 * @param paid_len length of paid.
 * @param[out] outstanding VND outstanding, as ::enf_case_status.
 * @param outstanding_len length of outstanding.
 * @return ENF_OK, ENF_EINVALID (reg NULL, a length other than the number
 *         of cases; the message names the column) or ENF_ERANGE (a date
 *         that is neither valid nor ENF_DATE_NONE; the message shows it);
 *         nothing is written on error.
 */
ENF_EXTERN(enf_status)
enf_register_case_columns(const enf_register *reg, enf_date date,
			  int32_t *decision_date, size_t decision_date_len,
			  int32_t *judgment_effective,
			  size_t judgment_effective_len, int32_t *mode,
			  size_t mode_len, int32_t *judgment_kind,
			  size_t judgment_kind_len, int32_t *flags,
			  size_t flags_len, int32_t *state, size_t state_len,
			  int32_t *since, size_t since_len, int64_t *owed,
			  size_t owed_len, int64_t *collected,
			  size_t collected_len, int64_t *paid, size_t paid_len,
			  int64_t *outstanding, size_t outstanding_len);

/** The text fields of a case, for enf_register_text_column(). */
typedef enum enf_case_text {
	ENF_CASE_TEXT_OFFICE = 0,      /**< the office code */
	ENF_CASE_TEXT_DECISION_NO = 1, /**< the decision number */
	ENF_CASE_TEXT_COURT = 2,       /**< "" when not given */
	ENF_CASE_TEXT_JUDGMENT_NO = 3  /**< "" when not given */
} enf_case_text;

/**
 * One text field of every case, in register order, as one UTF-8 text in
 * which each case's value ends with a NUL byte (case texts never hold
 * one): "LS-01\0LS-01\0LS-02\0" for the offices of three cases. A binding
 * splits it at the NUL bytes in one call.
 * @param[out] out the text, to free with enf_free(); NULL on error.
 * @param[out] len its length in bytes, the NUL bytes included (may be
 *        NULL).
 * @param reg the register.
 * @param field the text field wanted.
 * @return ENF_OK, ENF_EINVALID (NULL, unknown field) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_register_text_column(char **out, size_t *len, const enf_register *reg,
			 enf_case_text field);

/**
 * One text field of every case as codes into its distinct values: the
 * distinct values in order of first appearance, each ending with a NUL
 * byte, and for case i the index of its value among them; a binding makes
 * a categorical column of it without a string per case. Offices
 * "LS-01", "LS-02", "LS-01" give "LS-01\0LS-02\0" and codes 0, 1, 0.
 * @param[out] out the distinct values, to free with enf_free(); NULL on
 *        error.
 * @param[out] len its length in bytes, the NUL bytes included (may be
 *        NULL).
 * @param[out] codes one code per case (enf_register_count()), or NULL
 *        and 0.
 * @param codes_len length of codes.
 * @param reg the register.
 * @param field the text field wanted.
 * @return ENF_OK, ENF_EINVALID (NULL, unknown field, codes_len not the
 *         number of cases; the message names codes; nothing written)
 *         or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_register_text_codes(char **out, size_t *len, int32_t *codes,
			size_t codes_len, const enf_register *reg,
			enf_case_text field);

ENF_END_DECL

#endif /* ENF_COLUMNS_H */
