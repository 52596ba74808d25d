/*
 * The JSON forms a back end serves: one case on a date (its facts as the
 * register export writes them, its status, the sales of its assets, its
 * open deadlines and its whole log) and a worklist. Both are written from
 * the public getters of the model; the shapes are described by
 * docs/schemas/case.schema.json and docs/schemas/worklist.schema.json.
 */
#include "io_internal.h"
#include "io_json_form.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENF__CASE_SCHEMA     "enforcement-case/2"
#define ENF__WORKLIST_SCHEMA "enforcement-worklist/1"

/* Tokens of the grounds of a postponement (Law 26/2008 Art 48), a
 * suspension (Art 49) and a termination (Art 50), in the order of the
 * enums of case.h, as the Python layer names them. */
static const char *const enf__postpone[] = {
	"illness",	 "address",  "agreement", "dispute", "interpretation",
	"not_collected", "transfer", "unsold",	  "protest"};
static const char *const enf__suspend[] = {"protest", "bankruptcy"};
static const char *const enf__terminate[] = {
	"debtor_died", "creditor_died", "agreement",  "annulled",
	"dissolved",   "exempted",	"bankruptcy", "custody"};
/* Deadline kinds, in the order of enf_deadline_kind. */
static const char *const enf__deadlines[] = {"decision",      "voluntary_end",
					     "verification",  "reverification",
					     "separate_book", "limitation"};

#define ENF__N(a) (int32_t)(sizeof(a) / sizeof((a)[0]))

static const char *enf__pick(const char *const *t, int32_t n, int32_t i)
{
	return i >= 0 && i < n ? t[i] : NULL;
}

/* The token of an event's detail: the ground of a postponement,
 * suspension or termination, whether a verification or classification
 * found means, the creditor's answer; NULL where the detail is a number
 * (a programme) or unused. */
static const char *enf__detail_token(enf_event_kind kind, int32_t detail)
{
	switch (kind) {
	case ENF_EV_POSTPONED:
		return enf__pick(enf__postpone, ENF__N(enf__postpone), detail);
	case ENF_EV_SUSPENDED:
		return enf__pick(enf__suspend, ENF__N(enf__suspend), detail);
	case ENF_EV_TERMINATED:
		return enf__pick(enf__terminate, ENF__N(enf__terminate),
				 detail);
	case ENF_EV_VERIFIED:
	case ENF_EV_CLASSIFIED: return detail ? "with_means" : "without_means";
	case ENF_EV_CREDITOR_ANSWERED: return detail ? "takes" : "declines";
	default: return NULL;
	}
}

/* The token of a status's detail: the ground of the state. */
static const char *enf__state_detail(enf_case_state state, int32_t detail)
{
	switch (state) {
	case ENF_STATE_POSTPONED:
		return enf__detail_token(ENF_EV_POSTPONED, detail);
	case ENF_STATE_SUSPENDED:
		return enf__detail_token(ENF_EV_SUSPENDED, detail);
	case ENF_STATE_TERMINATED:
		return enf__detail_token(ENF_EV_TERMINATED, detail);
	default: return NULL;
	}
}

/* ", \"key\": " then a date string, or null for none. */
static void enf__put_date(enf__io_buf *b, const char *key, enf_date d)
{
	char text[16];

	enf__io_putf(b, ", \"%s\": ", key);
	if (enf__date_text(text, sizeof(text), d)[0] == '\0')
		enf__io_puts(b, "null");
	else
		enf__io_putf(b, "\"%s\"", text);
}

/* ", \"key\": " then a string, or null. */
static void enf__put_text(enf__io_buf *b, const char *key, const char *s)
{
	enf__io_putf(b, ", \"%s\": ", key);
	if (s == NULL)
		enf__io_puts(b, "null");
	else
		enf__io_json_string(b, s);
}

static void enf__put_status(enf__io_buf *b, const enf_case_status *s)
{
	enf__io_puts(b, ",\n  \"status\": {\"state\": ");
	enf__io_json_string(b, enf_case_state_name(s->state));
	enf__put_date(b, "since", s->since);
	enf__io_putf(b, ", \"detail\": %ld", (long)s->detail);
	enf__put_text(b, "detail_token",
		      enf__state_detail(s->state, s->detail));
	enf__io_putf(b,
		     ",\n    \"owed\": %lld, \"collected\": %lld, \"paid\": "
		     "%lld, \"outstanding\": %lld",
		     (long long)s->owed, (long long)s->collected,
		     (long long)s->paid, (long long)s->outstanding);
	enf__io_putf(b, ",\n    \"verifications\": %ld, \"regime\": ",
		     (long)s->verifications);
	enf__io_json_string(b, enf_regime_name(s->regime));
	enf__io_putf(b, ", \"counts_with_means\": %s}",
		     s->counts_with_means ? "true" : "false");
}

/* Where the sale of each asset stands on as_of. */
static enf_status enf__put_sales(enf__io_buf *b, const enf_case *c,
				 enf_date as_of)
{
	size_t n = enf_case_asset_count(c);

	enf__io_puts(b, ",\n  \"sales\": [");
	for (size_t i = 0; i < n; i++) {
		enf_asset_status a;
		enf_status st = enf_case_asset_status(&a, c, i, as_of);

		if (st != ENF_OK)
			return st;
		enf__io_putf(b, "%s    {\"asset\": %zu, \"stage\": ",
			     i ? ",\n" : "\n", i);
		enf__io_json_string(b, enf_asset_stage_name(a.stage));
		enf__put_date(b, "since", a.since);
		enf__io_putf(
			b,
			", \"value\": %lld, \"price\": %lld, \"auctions\": "
			"%ld, \"cuts\": %ld, \"creditor_takes\": %s",
			(long long)a.value, (long long)a.price,
			(long)a.auctions, (long)a.cuts,
			a.creditor_takes ? "true" : "false");
		enf__io_putf(b, ", \"sale_price\": %lld",
			     (long long)a.sale_price);
		enf__put_date(b, "sold_on", a.sold_on);
		enf__put_date(b, "handed_over", a.handed_over);
		enf__io_puts(b, "}");
	}
	enf__io_puts(b, n ? "\n  ]" : "]");
	return ENF_OK;
}

/* One deadline's members after its kind: due, from, overdue, rule and
 * source. */
static void enf__put_deadline(enf__io_buf *b, const enf_deadline *d,
			      int overdue)
{
	enf__put_date(b, "due", d->due);
	enf__put_date(b, "from", d->from);
	enf__io_putf(b, ", \"overdue\": %s", overdue ? "true" : "false");
	enf__put_text(b, "rule", d->rule);
	enf__put_text(b, "source", d->source);
}

/* The open deadlines on as_of, under the regime in force then. */
static enf_status enf__put_deadlines(enf__io_buf *b, const enf_case *c,
				     const enf_calendar *cal, enf_date as_of)
{
	enf_deadline d[16];
	size_t n = 0;
	enf_status st = enf_case_deadlines(d, sizeof(d) / sizeof(d[0]), &n, c,
					   cal, NULL, as_of);

	if (st != ENF_OK)
		return st;
	enf__io_puts(b, ",\n  \"deadlines\": [");
	for (size_t i = 0; i < n; i++) {
		enf__io_puts(b, i ? ",\n    {\"kind\": " : "\n    {\"kind\": ");
		enf__io_json_string(b, enf__pick(enf__deadlines,
						 ENF__N(enf__deadlines),
						 (int32_t)d[i].kind));
		enf__put_deadline(b, &d[i], d[i].due < as_of);
		enf__io_puts(b, "}");
	}
	enf__io_puts(b, n ? "\n  ]" : "]");
	return ENF_OK;
}

/* Every event of the log, those after as_of included. */
static void enf__put_history(enf__io_buf *b, const enf_case *c)
{
	size_t n = enf_case_event_count(c);

	enf__io_puts(b, ",\n  \"history\": [");
	for (size_t i = 0; i < n; i++) {
		enf_event e;

		size_t seq = i;

		(void)enf_case_event(&e, c, i);
		(void)enf_case_event_seq(&seq, c, i);
		enf__io_putf(b, "%s    {\"seq\": %zu", i ? ",\n" : "\n", seq);
		enf__put_date(b, "date", e.date);
		enf__put_text(b, "kind", enf_event_kind_name(e.kind));
		enf__io_putf(b, ", \"detail\": %ld", (long)e.detail);
		enf__put_text(b, "detail_token",
			      enf__detail_token(e.kind, e.detail));
		enf__io_putf(b, ", \"amount\": %lld, \"asset\": ",
			     (long long)e.amount);
		if (e.asset < 0)
			enf__io_puts(b, "null}");
		else
			enf__io_putf(b, "%ld}", (long)e.asset);
	}
	enf__io_puts(b, n ? "\n  ]" : "]");
}

/* Fails as fn, keeping the message of the call that failed after it. */
static enf_status enf__refail(enf_status st, const char *fn)
{
	char why[400];

	(void)snprintf(why, sizeof(why), "%s", enf_last_error());
	return enf__fail(st, "%s: %s", fn, why);
}

enf_status enf_case_to_json(char **out, size_t *len, const enf_case *c,
			    const enf_calendar *cal, enf_date as_of)
{
	static const char fn[] = "case_to_json";
	enf__io_buf b = {NULL, 0, 0, 0};
	enf_case_status s;
	char day[16];
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, c);
	ENF__CHECK_NULL(fn, cal);
	if (!enf__date_in_range(as_of))
		return enf__range_fail(fn, "as_of", as_of);
	if ((st = enf_case_status_on(&s, c, as_of)) != ENF_OK)
		return enf__refail(st, fn);
	enf__io_puts(&b, "{\n  \"schema\": \"" ENF__CASE_SCHEMA "\",\n");
	enf__io_putf(&b, "  \"as_of\": \"%s\",\n  \"facts\":\n",
		     enf__date_text(day, sizeof(day), as_of));
	enf__io_json_case(&b, c, ENF_IO_ASSETS);
	enf__put_status(&b, &s);
	st = enf__put_sales(&b, c, as_of);
	if (st == ENF_OK)
		st = enf__put_deadlines(&b, c, cal, as_of);
	if (st != ENF_OK) {
		free(b.p);
		return enf__refail(st, fn);
	}
	enf__put_history(&b, c);
	enf__io_json_corrections(&b, c);
	enf__io_puts(&b, "\n}\n");
	return enf__io_buf_finish(&b, out, len, fn);
}

/* ---------------------------------------------------------------------- */
/* Worklist                                                                */

/* Checks the items against the register before anything is written. */
static enf_status enf__check_items(const enf_register *reg,
				   const enf_worklist_item *items, size_t count)
{
	static const char fn[] = "worklist_to_json";
	size_t ncases = enf_register_count(reg);

	for (size_t i = 0; i < count; i++) {
		const enf_worklist_item *it = &items[i];

		if (it->case_index >= ncases)
			return enf__fail(
				ENF_ERANGE,
				"%s: items[%zu].case_index is %zu; the "
				"register holds %zu cases",
				fn, i, it->case_index, ncases);
		if (enf__pick(enf__deadlines, ENF__N(enf__deadlines),
			      (int32_t)it->deadline.kind) == NULL)
			return enf__fail(ENF_EINVALID,
					 "%s: items[%zu].deadline.kind is %d; "
					 "not a deadline kind",
					 fn, i, (int)it->deadline.kind);
		if (!enf__date_in_range(it->deadline.due))
			return enf__fail(ENF_ERANGE,
					 "%s: items[%zu].deadline.due is %s; "
					 "not a date",
					 fn, i,
					 enf__date_shown(it->deadline.due).s);
	}
	return ENF_OK;
}

static enf_status enf__check_window(const enf_register *reg,
				    const enf_worklist_item *items,
				    size_t count, enf_date as_of,
				    enf_date until)
{
	static const char fn[] = "worklist_to_json";

	ENF__CHECK_NULL(fn, reg);
	if (items == NULL && count > 0)
		return enf__fail(ENF_EINVALID,
				 "%s: items is NULL and count is %zu", fn,
				 count);
	if (!enf__date_in_range(as_of))
		return enf__range_fail(fn, "as_of", as_of);
	if (!enf__date_in_range(until))
		return enf__range_fail(fn, "until", until);
	if (until < as_of)
		return enf__fail(
			ENF_EINVALID, "%s: until (%s) is before as_of (%s)", fn,
			enf__date_shown(until).s, enf__date_shown(as_of).s);
	return enf__check_items(reg, items, count);
}

/* One item: the case's key and its state on as_of, then the deadline. */
static void enf__put_item(enf__io_buf *b, const enf_register *reg,
			  const enf_worklist_item *it, enf_date as_of)
{
	enf_case *c = NULL;
	enf_case_info info;
	enf_case_status s;

	(void)enf_register_at(&c, reg, it->case_index);
	(void)enf_case_info_get(&info, c);
	enf__io_putf(b, "{\"case_index\": %zu", it->case_index);
	enf__put_text(b, "office", info.office);
	enf__put_text(b, "decision_no", info.decision_no);
	if (enf_case_status_on(&s, c, as_of) == ENF_OK)
		enf__put_text(b, "state", enf_case_state_name(s.state));
	else
		enf__put_text(b, "state", NULL);
	enf__put_text(b, "kind",
		      enf__pick(enf__deadlines, ENF__N(enf__deadlines),
				(int32_t)it->deadline.kind));
	enf__put_deadline(b, &it->deadline, it->overdue != 0);
	enf__io_puts(b, "}");
}

enf_status enf_worklist_to_json(char **out, size_t *len,
				const enf_register *reg,
				const enf_worklist_item *items, size_t count,
				enf_date as_of, enf_date until)
{
	enf__io_buf b = {NULL, 0, 0, 0};
	char d[2][16];
	size_t overdue = 0;
	enf_status st;

	ENF__CHECK_NULL("worklist_to_json", out);
	*out = NULL;
	if ((st = enf__check_window(reg, items, count, as_of, until)) != ENF_OK)
		return st;
	for (size_t i = 0; i < count; i++)
		overdue += items[i].overdue != 0;
	enf__io_puts(&b, "{\n  \"schema\": \"" ENF__WORKLIST_SCHEMA "\",\n");
	enf__io_putf(&b, "  \"as_of\": \"%s\",\n  \"until\": \"%s\",\n",
		     enf__date_text(d[0], sizeof(d[0]), as_of),
		     enf__date_text(d[1], sizeof(d[1]), until));
	enf__io_putf(&b, "  \"count\": %zu,\n  \"overdue\": %zu,\n", count,
		     overdue);
	enf__io_puts(&b, "  \"items\": [");
	for (size_t i = 0; i < count; i++) {
		enf__io_puts(&b, i ? ",\n    " : "\n    ");
		enf__put_item(&b, reg, &items[i], as_of);
	}
	enf__io_puts(&b, count ? "\n  ]\n}\n" : "]\n}\n");
	return enf__io_buf_finish(&b, out, len, "worklist_to_json");
}
