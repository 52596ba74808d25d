/*
 * case.h, rules.h and io.h (included by enforcement.i), language-neutral.
 * Records come back by value; their strings are borrowed from the case
 * (or rulebook), so they are read-only here.
 */
%immutable enf_case_info::office;
%immutable enf_case_info::decision_no;
%immutable enf_case_info::court;
%immutable enf_case_info::judgment_no;
%immutable enf_party::name;
%immutable enf_party::id;
%immutable enf_asset::description;
%immutable enf_deadline::rule;
%immutable enf_deadline::source;

ENF_OUT_RECORD(enf_case_info)
ENF_OUT_RECORD(enf_party)
ENF_OUT_RECORD(enf_obligation)
ENF_OUT_RECORD(enf_asset)
ENF_OUT_RECORD(enf_event)
ENF_OUT_RECORD(enf_case_status)
ENF_OUT_RECORD(enf_asset_status)
ENF_OUT_RECORD(enf_case_rules)
ENF_OUT_VALUE(int32_t, out_index)
ENF_OUT_VALUE(enf_regime, out)
ENF_OUT_VALUE(size_t, out)
ENF_OUT_OWNED_TEXT(out, len, enf_free)
%ignore enf_io_free;
/* Text the library returns is freed by the binding: no raw free. */
%ignore enf_free;

ENF_OBJECT(enf_register, enf_register_free)
ENF_OBJECT(enf_case, enf_case_free)
ENF_OUT_BORROWED(enf_case, borrowed)

/* A filter is built by the caller: it owns its office's text. */
ENF_OPTIONS(enf_filter, ENF_FILTER_VERSION, enf_filter_init)
ENF_RECORD_OWNS_STRING(enf_filter, office)

/* Arrays out in the two-call convention. */
ENF_OUT_VALUE_ARRAY(size_t)
ENF_OUT_RECORD_ARRAY(enf_deadline)
ENF_OUT_RECORD_ARRAY(enf_work_item)
ENF_SIZED_BY_COUNT(enf_register_filter)
ENF_SIZED_BY_COUNT(enf_register_worklist)
ENF_SIZED_BY_COUNT(enf_case_deadlines)

ENF_IN_STRINGS(dirs, count)
ENF_BLOCKING(enf_io_load_csv_dirs)

/* The worklist of a window and the problems of a validation: arrays out
 * in the two-call convention; a problem's texts are its own. */
ENF_OUT_RECORD_ARRAY(enf_worklist_item)
ENF_SIZED_BY_COUNT(enf_register_worklist_window)
/* ... and back in, to be written as JSON (enf_worklist_to_json()). */
ENF_IN_RECORDS(enf_worklist_item, items, count)
ENF_OUT_RECORD_ARRAY(enf_io_problem)
ENF_SIZED_BY_COUNT(enf_io_validate_csv)
ENF_SIZED_BY_COUNT(enf_io_validate_csv_dir)
%immutable enf_io_problem::field;
%immutable enf_io_problem::value;
%immutable enf_io_problem::message;

/* The columns of columns.h: each (T *NAME, size_t NAME_len) pair is an
 * array the caller creates and the library fills. */
ENF_OUT_COLUMN(int32_t, case_index, case_index_len)
ENF_OUT_COLUMN(int32_t, seq, seq_len)
ENF_OUT_COLUMN(int32_t, date, date_len)
ENF_OUT_COLUMN(int32_t, kind, kind_len)
ENF_OUT_COLUMN(int32_t, detail, detail_len)
ENF_OUT_COLUMN(int64_t, amount, amount_len)
ENF_OUT_COLUMN(int32_t, asset, asset_len)
ENF_OUT_COLUMN(int32_t, decision_date, decision_date_len)
ENF_OUT_COLUMN(int32_t, judgment_effective, judgment_effective_len)
ENF_OUT_COLUMN(int32_t, mode, mode_len)
ENF_OUT_COLUMN(int32_t, judgment_kind, judgment_kind_len)
ENF_OUT_COLUMN(int32_t, flags, flags_len)
ENF_OUT_COLUMN(int32_t, state, state_len)
ENF_OUT_COLUMN(int32_t, since, since_len)
ENF_OUT_COLUMN(int64_t, owed, owed_len)
ENF_OUT_COLUMN(int64_t, collected, collected_len)
ENF_OUT_COLUMN(int64_t, paid, paid_len)
ENF_OUT_COLUMN(int64_t, outstanding, outstanding_len)
ENF_OUT_COLUMN(int32_t, codes, codes_len)

%include "rules.i"
%include "enforcement/rules.h"
%include "enforcement/case.h"
%include "enforcement/columns.h"
/* io.h makes an organisation tree (enf_io_org_from_csv()) before stats.i
 * declares the object. */
ENF_OUT_OBJECT(enf_org)
%include "enforcement/io.h"
/* store.h: the durable store, an object opened on a file. */
ENF_OBJECT(enf_store, enf_store_free)
ENF_OPTIONS(enf_store_options, ENF_STORE_OPTIONS_VERSION, enf_store_options_init)
ENF_BLOCKING(enf_store_save)
ENF_BLOCKING(enf_store_load)
%include "enforcement/store.h"
