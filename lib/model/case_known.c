/*
 * What a corrected case's history answers (correct.h): its corrections
 * and entries, the seq of each event of its log, the case and the
 * register as they were known on a day, and the history as text.
 */
#include "internal.h"
#include "case_history.h"
#include "register_internal.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const enf__correction_names[ENF_CORRECT_KIND_COUNT] = {
	"void",	 "replace",	    "info", "party", "obligation",
	"asset", "entered_in_error"};

const char *enf_correction_kind_name(enf_correction_kind kind)
{
	return (unsigned)kind < ENF_CORRECT_KIND_COUNT
		       ? enf__correction_names[kind]
		       : "unknown";
}

size_t enf_case_correction_count(const enf_case *c)
{
	return c != NULL && c->history != NULL ? c->history->nrecs : 0;
}

enf_status enf_case_correction(enf_correction *out, enf_correction *before,
			       const enf_case *c, size_t i)
{
	size_t n = enf_case_correction_count(c);

	ENF__CHECK_NULL("case_correction", out);
	ENF__CHECK_NULL("case_correction", c);
	if (i >= n)
		return enf__fail(ENF_ERANGE,
				 "case_correction: i is %zu; case %s has %zu "
				 "corrections",
				 i, enf__case_name(c), n);
	*out = c->history->recs[i].now;
	if (before != NULL)
		*before = c->history->recs[i].before;
	return ENF_OK;
}

size_t enf_case_entry_count(const enf_case *c)
{
	if (c == NULL)
		return 0;
	return c->history != NULL ? c->history->nentries : c->nevents;
}

enf_status enf_case_entry(enf_event *out, const enf_case *c, size_t seq)
{
	size_t n = enf_case_entry_count(c);

	ENF__CHECK_NULL("case_entry", out);
	ENF__CHECK_NULL("case_entry", c);
	if (seq >= n)
		return enf__fail(ENF_ERANGE,
				 "case_entry: seq is %zu; case %s has %zu "
				 "events entered",
				 seq, enf__case_name(c), n);
	*out = enf__event_get(c->history != NULL ? &c->history->entries[seq]
						 : &c->events[seq]);
	return ENF_OK;
}

enf_status enf_case_event_seq(size_t *out, const enf_case *c, size_t i)
{
	ENF__CHECK_NULL("case_event_seq", out);
	ENF__CHECK_NULL("case_event_seq", c);
	if (i >= c->nevents)
		return enf__fail(ENF_ERANGE,
				 "case_event_seq: i is %zu; the log of case %s "
				 "holds %zu events",
				 i, enf__case_name(c), c->nevents);
	*out = c->history != NULL ? c->history->seqs[i] : i;
	return ENF_OK;
}

enf_date enf_case_withdrawn_in_error(const enf_case *c)
{
	return c != NULL && c->history != NULL ? c->history->in_error
					       : ENF_DATE_NONE;
}

/* ---------------------------------------------------------------------- */
/* As known on a day                                                       */

/* Copies of c's fact arrays with the amendments recorded after known
 * undone (the last first); the arrays are malloc'd into f. */
static int enf__facts_known(enf__facts *f, const enf_case *c,
			    const enf__history *h, enf_date known)
{
	enf_party *p = malloc((c->nparties ? c->nparties : 1) * sizeof(*p));
	enf_obligation *o =
		malloc((c->nobligations ? c->nobligations : 1) * sizeof(*o));
	enf_asset *a = malloc((c->nassets ? c->nassets : 1) * sizeof(*a));

	*f = enf__facts_of_case(c);
	f->parties = p, f->obligations = o, f->assets = a;
	if (p == NULL || o == NULL || a == NULL)
		return -1;
	if (c->nparties > 0)
		memcpy(p, c->parties, c->nparties * sizeof(*p));
	if (c->nobligations > 0)
		memcpy(o, c->obligations, c->nobligations * sizeof(*o));
	if (c->nassets > 0)
		memcpy(a, c->assets, c->nassets * sizeof(*a));
	for (size_t j = h->nrecs; j-- > 0 && h->recs[j].now.recorded > known;) {
		const enf_correction *b = &h->recs[j].before;

		if (b->kind == ENF_CORRECT_INFO) {
			f->info = b->info;
			f->info.office = c->info.office;
			f->info.decision_no = c->info.decision_no;
		} else if (b->kind == ENF_CORRECT_PARTY) {
			p[b->target] = b->party;
		} else if (b->kind == ENF_CORRECT_OBLIGATION) {
			o[b->target] = b->obligation;
		} else if (b->kind == ENF_CORRECT_ASSET) {
			a[b->target] = b->asset;
		}
	}
	return 0;
}

static void enf__facts_release(enf__facts *f)
{
	free((void *)f->parties);
	free((void *)f->obligations);
	free((void *)f->assets);
}

/* Forgets the corrections of h recorded after known. */
static void enf__history_cut(enf__history *h, enf_date known)
{
	while (h->nrecs > 0 && h->recs[h->nrecs - 1].now.recorded > known) {
		h->nrecs--;
		enf__correction_disown(&h->recs[h->nrecs].now);
		enf__correction_disown(&h->recs[h->nrecs].before);
	}
	if (h->in_error != ENF_DATE_NONE && h->in_error > known)
		h->in_error = ENF_DATE_NONE;
	h->known = known;
}

enf_status enf_case_as_known(enf_case **out, const enf_case *c, enf_date known)
{
	static const char fn[] = "case_as_known";
	enf__history *h;
	enf__facts f;
	enf__event *log = NULL;
	size_t *seqs = NULL, n = 0;
	enf_status st = ENF_ENOMEM;
	int ok = 1;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, c);
	if (!enf__date_in_range(known))
		return enf__range_fail(fn, "known", known);
	h = c->history != NULL ? enf__history_copy(c->history, &ok)
			       : enf__history_from_log(c);
	if (h == NULL || !ok)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	if (enf__facts_known(&f, c, h, known) == 0 &&
	    enf__history_log(h, known, &log, &seqs, &n) == 0) {
		/* Built before the cut: f borrows the strings of the
		 * amendments the cut frees. */
		st = enf__case_build(out, &f, log, n);
		enf__history_cut(h, known);
	}
	enf__facts_release(&f);
	free(log);
	if (st == ENF_OK) {
		free(h->seqs);
		h->seqs = seqs != NULL ? seqs : malloc(sizeof(*seqs));
		h->cap_seqs = n ? n : 1;
		(*out)->history = h;
		if (h->seqs != NULL)
			return ENF_OK;
		enf_case_free(*out);
		*out = NULL;
		st = ENF_ENOMEM;
	} else {
		free(seqs);
		enf__history_free(h);
	}
	if (st == ENF_ENOMEM)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	{
		char why[512];

		(void)snprintf(why, sizeof(why), "%s", enf_last_error());
		return enf__fail(st, "%s: case %s as known on %s: %s", fn,
				 enf__case_name(c), enf__date_shown(known).s,
				 why);
	}
}

/* Whether c as known on `known` differs from c. */
static int enf__changed_after(const enf_case *c, enf_date known)
{
	const enf__history *h = c->history;

	if (c->nevents > 0 && c->events[c->nevents - 1].date > known)
		return 1;
	return h != NULL && h->nrecs > 0 &&
	       h->recs[h->nrecs - 1].now.recorded > known;
}

enf_status enf_register_as_known(enf_register **out, const enf_register *reg,
				 enf_date known)
{
	static const char fn[] = "register_as_known";
	enf_register *snap = NULL;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, reg);
	if (!enf__date_in_range(known))
		return enf__range_fail(fn, "known", known);
	st = enf_register_snapshot(&snap, reg);
	if (st != ENF_OK)
		return enf__fail(st, "%s: out of memory", fn);
	for (size_t i = 0; i < snap->ncases && st == ENF_OK; i++) {
		enf_case *c = snap->cases[i], *v = NULL;

		if (!enf__changed_after(c, known))
			continue;
		st = enf_case_as_known(&v, c, known);
		if (st != ENF_OK)
			break;
		enf__case_hold(v, ENF__HOLD_SNAPSHOT);
		enf__case_release(v, ENF__HOLD_OWNER);
		snap->cases[i] = v;
		enf__case_release(c, ENF__HOLD_SNAPSHOT);
	}
	if (st != ENF_OK) {
		char why[512];

		(void)snprintf(why, sizeof(why), "%s", enf_last_error());
		enf_register_free(snap);
		return enf__fail(st, "%s: %s", fn, why);
	}
	*out = snap;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* The history as text                                                     */

static void enf__put_event(enf__io_buf *b, const enf_event *ev)
{
	char day[16], money[40];

	enf__io_putf(b, "%s  %s", enf_event_kind_name(ev->kind),
		     enf__date_text(day, sizeof(day), ev->date));
	if (ev->amount != 0 &&
	    enf_money_format(money, sizeof(money), ev->amount, ENF_LOCALE_EN) ==
		    ENF_OK)
		enf__io_putf(b, "  %s", money);
	if (ev->detail != 0)
		enf__io_putf(b, "  detail %ld", (long)ev->detail);
	if (ev->asset != ENF_INDEX_NONE)
		enf__io_putf(b, "  asset %ld", (long)ev->asset);
}

/* "on 2026-04-02 by Trần Thị B: the receipt is dated 10 March" */
static void enf__put_who(enf__io_buf *b, const enf_correction *k)
{
	char day[16];

	enf__io_putf(b, "on %s", enf__date_text(day, sizeof(day), k->recorded));
	if (k->author != NULL && k->author[0] != '\0') {
		enf__io_puts(b, " by ");
		enf__io_puts(b, k->author);
	}
	enf__io_puts(b, ": ");
	enf__io_puts(b, k->reason);
}

/* The value of an amendment, in a few words. */
static void enf__put_value(enf__io_buf *b, const enf_correction *k)
{
	char day[16], money[40] = "";

	if (k->kind == ENF_CORRECT_INFO) {
		enf__io_putf(b, "decided %s, ",
			     enf__date_text(day, sizeof(day),
					    k->info.decision_date));
		enf__io_puts(b, k->info.mode == ENF_MODE_AGENCY ? "agency"
								: "request");
		enf__io_puts(b, ", judgment ");
		enf__io_puts(b,
			     k->info.judgment_no ? k->info.judgment_no : "-");
		enf__io_puts(b, " of ");
		enf__io_puts(b, k->info.court ? k->info.court : "-");
		enf__io_putf(b, ", effective %s, flags 0x%x",
			     enf__date_text(day, sizeof(day),
					    k->info.judgment_effective),
			     k->info.flags);
	} else if (k->kind == ENF_CORRECT_PARTY) {
		enf__io_puts(b, k->party.role == ENF_PARTY_DEBTOR
					? "debtor "
					: "creditor ");
		enf__io_puts(b, k->party.name);
		if (k->party.id != NULL) {
			enf__io_puts(b, " (");
			enf__io_puts(b, k->party.id);
			enf__io_puts(b, ")");
		}
	} else if (k->kind == ENF_CORRECT_OBLIGATION) {
		(void)enf_money_format(money, sizeof(money),
				       k->obligation.amount, ENF_LOCALE_EN);
		enf__io_putf(b, "kind %d, %s, debtor %ld, creditor %ld",
			     (int)k->obligation.kind, money,
			     (long)k->obligation.debtor,
			     (long)k->obligation.creditor);
	} else if (k->kind == ENF_CORRECT_ASSET) {
		enf__io_puts(b, k->asset.description);
		enf__io_putf(b, ", owner %ld", (long)k->asset.owner);
	}
}

/* The corrections of the event of seq s, under its line. */
static void enf__put_event_corrections(enf__io_buf *b, const enf__history *h,
				       size_t s)
{
	for (size_t j = 0; j < h->nrecs; j++) {
		const enf_correction *k = &h->recs[j].now;

		if (k->target != s || k->kind > ENF_CORRECT_REPLACE)
			continue;
		enf__io_puts(b, k->kind == ENF_CORRECT_VOID
					? "      voided "
					: "      replaced ");
		enf__put_who(b, k);
		if (k->kind == ENF_CORRECT_REPLACE) {
			enf__io_puts(b, "\n        now: ");
			enf__put_event(b, &k->event);
		}
		enf__io_puts(b, "\n");
	}
}

static void enf__put_amendments(enf__io_buf *b, const enf__history *h)
{
	for (size_t j = 0; j < h->nrecs; j++) {
		const enf__record *r = &h->recs[j];

		if (r->now.kind <= ENF_CORRECT_REPLACE)
			continue;
		if (r->now.kind == ENF_CORRECT_ENTERED_IN_ERROR) {
			enf__io_puts(b, "  withdrawn as entered in error ");
			enf__put_who(b, &r->now);
			enf__io_puts(b, "\n");
			continue;
		}
		enf__io_putf(b, "  %s", enf_correction_kind_name(r->now.kind));
		if (r->now.kind != ENF_CORRECT_INFO)
			enf__io_putf(b, " %zu", r->now.target);
		enf__io_puts(b, " amended ");
		enf__put_who(b, &r->now);
		enf__io_puts(b, "\n      was: ");
		enf__put_value(b, &r->before);
		enf__io_puts(b, "\n      now: ");
		enf__put_value(b, &r->now);
		enf__io_puts(b, "\n");
	}
}

enf_status enf_case_history_text(char **out, size_t *len, const enf_case *c)
{
	enf__io_buf b = {NULL, 0, 0, 0};
	size_t n;

	ENF__CHECK_NULL("case_history_text", out);
	*out = NULL;
	ENF__CHECK_NULL("case_history_text", c);
	n = enf_case_entry_count(c);
	enf__io_puts(&b, "case ");
	enf__io_puts(&b, c->info.decision_no);
	enf__io_puts(&b, " (office ");
	enf__io_puts(&b, c->info.office);
	enf__io_putf(&b,
		     "): %zu events entered, %zu in the log, %zu "
		     "corrections\n",
		     n, c->nevents, enf_case_correction_count(c));
	for (size_t s = 0; s < n; s++) {
		enf_event ev;

		(void)enf_case_entry(&ev, c, s);
		enf__io_putf(&b, "  seq %zu  ", s);
		enf__put_event(&b, &ev);
		enf__io_puts(&b, "\n");
		if (c->history != NULL)
			enf__put_event_corrections(&b, c->history, s);
	}
	if (c->history != NULL)
		enf__put_amendments(&b, c->history);
	return enf__io_buf_finish(&b, out, len, "case_history_text");
}
