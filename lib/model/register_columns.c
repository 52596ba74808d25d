/*
 * The register as columns (columns.h): arrays of one field each, written
 * in one pass over the cases, for tables built without a call per row.
 */
#include "internal.h"
#include "case_internal.h"
#include "register_internal.h"
#include "text.h"
#include "enforcement/columns.h"

#include <stdlib.h>
#include <string.h>

/* A column the caller gives: its name (for messages), where and how many. */
typedef struct enf__column {
	const char *name;
	const void *data;
	size_t len;
} enf__column;

/* Every column is skipped (NULL, 0) or holds exactly rows values. */
static enf_status enf__check_columns(const char *fn, const enf__column *cols,
				     size_t ncols, size_t rows,
				     const char *what)
{
	for (size_t i = 0; i < ncols; i++) {
		if (cols[i].data == NULL && cols[i].len == 0)
			continue;
		if (cols[i].data == NULL)
			return enf__fail(ENF_EINVALID,
					 "%s: %s is NULL but its length is %zu",
					 fn, cols[i].name, cols[i].len);
		if (cols[i].len != rows)
			return enf__fail(ENF_EINVALID,
					 "%s: %s holds %zu values; the "
					 "register has %zu %s",
					 fn, cols[i].name, cols[i].len, rows,
					 what);
	}
	return ENF_OK;
}

size_t enf_register_event_total(const enf_register *reg)
{
	size_t n = 0;

	if (reg == NULL)
		return 0;
	for (size_t i = 0; i < reg->ncases; i++)
		n += reg->cases[i]->nevents;
	return n;
}

/* Case indices and seq numbers must fit the int32 columns. */
static enf_status enf__check_int32_rows(const char *fn, const enf_register *reg)
{
	if (reg->ncases > (size_t)INT32_MAX)
		return enf__fail(ENF_EOVERFLOW,
				 "%s: the register holds %zu cases; an int32 "
				 "column holds at most %ld",
				 fn, reg->ncases, (long)INT32_MAX);
	for (size_t i = 0; i < reg->ncases; i++)
		if (reg->cases[i]->nevents > (size_t)INT32_MAX)
			return enf__fail(ENF_EOVERFLOW,
					 "%s: case %s holds %zu events; an "
					 "int32 column holds at most %ld",
					 fn, enf__case_name(reg->cases[i]),
					 reg->cases[i]->nevents,
					 (long)INT32_MAX);
	return ENF_OK;
}

/* Writes the events of case k from row r on; NULL columns are skipped. */
static void enf__put_events(const enf_case *c, int32_t k, size_t r,
			    int32_t *case_index, int32_t *seq, int32_t *date,
			    int32_t *kind, int32_t *detail, int64_t *amount,
			    int32_t *asset)
{
	const enf__event *ev = c->events;
	size_t n = c->nevents;

	for (size_t j = 0; j < n; j++) {
		if (case_index != NULL)
			case_index[r + j] = k;
		if (seq != NULL)
			seq[r + j] = (int32_t)j;
		if (date != NULL)
			date[r + j] = ev[j].date;
		if (kind != NULL)
			kind[r + j] = ev[j].kind;
		if (detail != NULL)
			detail[r + j] = ev[j].detail;
		if (amount != NULL)
			amount[r + j] = ev[j].amount;
		if (asset != NULL)
			asset[r + j] = enf__event_asset(&ev[j]);
	}
}

enf_status enf_register_event_columns(
	const enf_register *reg, int32_t *case_index, size_t case_index_len,
	int32_t *seq, size_t seq_len, int32_t *date, size_t date_len,
	int32_t *kind, size_t kind_len, int32_t *detail, size_t detail_len,
	int64_t *amount, size_t amount_len, int32_t *asset, size_t asset_len)
{
	static const char fn[] = "register_event_columns";
	const enf__column cols[] = {
		{"case_index", case_index, case_index_len},
		{"seq", seq, seq_len},
		{"date", date, date_len},
		{"kind", kind, kind_len},
		{"detail", detail, detail_len},
		{"amount", amount, amount_len},
		{"asset", asset, asset_len},
	};
	size_t rows, r = 0;
	enf_status st;

	ENF__CHECK_NULL(fn, reg);
	rows = enf_register_event_total(reg);
	st = enf__check_columns(fn, cols, sizeof(cols) / sizeof(cols[0]), rows,
				"events");
	if (st == ENF_OK)
		st = enf__check_int32_rows(fn, reg);
	if (st != ENF_OK)
		return st;
	for (size_t i = 0; i < reg->ncases; i++) {
		const enf_case *c = reg->cases[i];

		enf__put_events(c, (int32_t)i, r, case_index, seq, date, kind,
				detail, amount, asset);
		r += c->nevents;
	}
	return ENF_OK;
}

/* The as-of columns of one case. */
typedef struct enf__status_cols {
	int32_t *state, *since;
	int64_t *owed, *collected, *paid, *outstanding;
} enf__status_cols;

static int enf__wants_status(const enf__status_cols *s)
{
	return s->state != NULL || s->since != NULL || s->owed != NULL ||
	       s->collected != NULL || s->paid != NULL ||
	       s->outstanding != NULL;
}

static void enf__put_status(const enf__status_cols *s, size_t i,
			    const enf_case *c, enf_date date)
{
	enf_case_status cs;

	/* date is valid here, so the call cannot fail. */
	(void)enf_case_status_on(&cs, c, date);
	if (s->state != NULL)
		s->state[i] = (int32_t)cs.state;
	if (s->since != NULL)
		s->since[i] = cs.since;
	if (s->owed != NULL)
		s->owed[i] = cs.owed;
	if (s->collected != NULL)
		s->collected[i] = cs.collected;
	if (s->paid != NULL)
		s->paid[i] = cs.paid;
	if (s->outstanding != NULL)
		s->outstanding[i] = cs.outstanding;
}

/* The facts columns (NULL skipped). */
typedef struct enf__fact_cols {
	int32_t *decision_date, *judgment_effective, *mode, *judgment_kind,
		*flags;
} enf__fact_cols;

static void enf__put_facts(const enf__fact_cols *f, size_t i,
			   const enf_case_info *in)
{
	if (f->decision_date != NULL)
		f->decision_date[i] = in->decision_date;
	if (f->judgment_effective != NULL)
		f->judgment_effective[i] = in->judgment_effective;
	if (f->mode != NULL)
		f->mode[i] = (int32_t)in->mode;
	if (f->judgment_kind != NULL)
		f->judgment_kind[i] = (int32_t)in->judgment_kind;
	if (f->flags != NULL)
		f->flags[i] = (int32_t)in->flags;
}

enf_status enf_register_case_columns(
	const enf_register *reg, enf_date date, int32_t *decision_date,
	size_t decision_date_len, int32_t *judgment_effective,
	size_t judgment_effective_len, int32_t *mode, size_t mode_len,
	int32_t *judgment_kind, size_t judgment_kind_len, int32_t *flags,
	size_t flags_len, int32_t *state, size_t state_len, int32_t *since,
	size_t since_len, int64_t *owed, size_t owed_len, int64_t *collected,
	size_t collected_len, int64_t *paid, size_t paid_len,
	int64_t *outstanding, size_t outstanding_len)
{
	static const char fn[] = "register_case_columns";
	const enf__column cols[] = {
		{"decision_date", decision_date, decision_date_len},
		{"judgment_effective", judgment_effective,
		 judgment_effective_len},
		{"mode", mode, mode_len},
		{"judgment_kind", judgment_kind, judgment_kind_len},
		{"flags", flags, flags_len},
		{"state", state, state_len},
		{"since", since, since_len},
		{"owed", owed, owed_len},
		{"collected", collected, collected_len},
		{"paid", paid, paid_len},
		{"outstanding", outstanding, outstanding_len},
	};
	const enf__fact_cols f = {decision_date, judgment_effective, mode,
				  judgment_kind, flags};
	const enf__status_cols s = {state,     since, owed,
				    collected, paid,  outstanding};
	enf_status st;

	ENF__CHECK_NULL(fn, reg);
	if (date != ENF_DATE_NONE && !enf__date_in_range(date))
		return enf__range_fail(fn, "date", date);
	st = enf__check_columns(fn, cols, sizeof(cols) / sizeof(cols[0]),
				reg->ncases, "cases");
	if (st != ENF_OK)
		return st;
	if (date == ENF_DATE_NONE)
		date = ENF_DATE_MAX; /* every event of the log */
	for (size_t i = 0; i < reg->ncases; i++) {
		enf__put_facts(&f, i, &reg->cases[i]->info);
		if (enf__wants_status(&s))
			enf__put_status(&s, i, reg->cases[i], date);
	}
	return ENF_OK;
}

/* The text of a field of a case ("" when not given). */
static const char *enf__case_text(const enf_case *c, enf_case_text field)
{
	const enf_case_info *in = &c->info;
	const char *s = field == ENF_CASE_TEXT_OFFICE	     ? in->office
			: field == ENF_CASE_TEXT_DECISION_NO ? in->decision_no
			: field == ENF_CASE_TEXT_COURT	     ? in->court
							     : in->judgment_no;

	return s != NULL ? s : "";
}

static enf_status enf__check_text_field(const char *fn, enf_case_text field)
{
	if ((unsigned)field > ENF_CASE_TEXT_JUDGMENT_NO)
		return enf__fail(ENF_EINVALID,
				 "%s: field is %d; expected 0 (office), 1 "
				 "(decision_no), 2 (court) or 3 (judgment_no)",
				 fn, (int)field);
	return ENF_OK;
}

enf_status enf_register_text_column(char **out, size_t *len,
				    const enf_register *reg,
				    enf_case_text field)
{
	static const char fn[] = "register_text_column";
	enf__io_buf b = {NULL, 0, 0, 0};
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, reg);
	if ((st = enf__check_text_field(fn, field)) != ENF_OK)
		return st;
	enf__io_put(&b, "", 0);
	for (size_t i = 0; i < reg->ncases; i++) {
		const char *s = enf__case_text(reg->cases[i], field);

		enf__io_put(&b, s, strlen(s) + 1);
	}
	return enf__io_buf_finish(&b, out, len, fn);
}

/* Distinct texts seen so far: a hash index (slot: value index + 1, 0
 * empty; power of 2, at most half full) over the first case of each. */
typedef struct enf__distinct {
	size_t *slots, nslots;
	const char **first; /* the text of each distinct value */
	int32_t n;
} enf__distinct;

/* The code of text s, added when new (d has room for every case). */
static int32_t enf__distinct_code(enf__distinct *d, const char *s)
{
	uint64_t h = enf__hash_str(ENF__HASH_SEED, s);
	size_t mask = d->nslots - 1, i = (size_t)h & mask;

	while (d->slots[i] != 0) {
		if (strcmp(d->first[d->slots[i] - 1], s) == 0)
			return (int32_t)(d->slots[i] - 1);
		i = (i + 1) & mask;
	}
	d->first[d->n] = s;
	d->slots[i] = (size_t)d->n + 1;
	return d->n++;
}

enf_status enf_register_text_codes(char **out, size_t *len, int32_t *codes,
				   size_t codes_len, const enf_register *reg,
				   enf_case_text field)
{
	static const char fn[] = "register_text_codes";
	enf__column col = {"codes", codes, codes_len};
	enf__distinct d = {NULL, 16, NULL, 0};
	enf__io_buf b = {NULL, 0, 0, 0};
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, reg);
	if ((st = enf__check_text_field(fn, field)) != ENF_OK ||
	    (st = enf__check_columns(fn, &col, 1, reg->ncases, "cases")) !=
		    ENF_OK ||
	    (st = enf__check_int32_rows(fn, reg)) != ENF_OK)
		return st;
	while (d.nslots < reg->ncases * 2)
		d.nslots *= 2;
	d.slots = calloc(d.nslots, sizeof(*d.slots));
	d.first = malloc((reg->ncases ? reg->ncases : 1) * sizeof(*d.first));
	if (d.slots == NULL || d.first == NULL) {
		free(d.slots);
		free(d.first);
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	}
	enf__io_put(&b, "", 0);
	for (size_t i = 0; i < reg->ncases; i++) {
		const char *s = enf__case_text(reg->cases[i], field);
		int32_t n = d.n, code = enf__distinct_code(&d, s);

		if (code == n)
			enf__io_put(&b, s, strlen(s) + 1);
		if (codes != NULL)
			codes[i] = code;
	}
	free(d.slots);
	free(d.first);
	return enf__io_buf_finish(&b, out, len, fn);
}
