/*
 * Making corrections (correct.h): a correction is checked by building
 * the case afresh from its corrected facts and log through the model's
 * own checks (case_history.c), and taken only when that succeeds, so a
 * refused correction leaves the case as it was. A registered case that a
 * snapshot shares is replaced by the built copy instead (copy on write).
 */
#include "internal.h"
#include "case_history.h"
#include "register_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enf_status enf_correction_init(enf_correction *corr, unsigned int version)
{
	ENF__CHECK_NULL("correction_init", corr);
	if (enf__check_version("correction_init", "version", version,
			       ENF_CORRECTION_VERSION) != ENF_OK)
		return ENF_EVERSION;
	memset(corr, 0, sizeof(*corr));
	corr->version = version;
	corr->kind = ENF_CORRECT_VOID;
	corr->recorded = ENF_DATE_NONE;
	corr->event.date = ENF_DATE_NONE;
	corr->event.asset = ENF_INDEX_NONE;
	(void)enf_case_info_init(&corr->info, ENF_CASE_INFO_VERSION);
	corr->party.role = ENF_PARTY_DEBTOR;
	corr->obligation.debtor = ENF_INDEX_NONE;
	corr->obligation.creditor = ENF_INDEX_NONE;
	corr->asset.owner = ENF_INDEX_NONE;
	return ENF_OK;
}

enf_status enf__case_open_for_writes(const char *fn, const enf_case *c)
{
	const enf__history *h = c->history;

	if (h == NULL)
		return ENF_OK;
	if (h->known != ENF_DATE_NONE)
		return enf__fail(
			ENF_ESTATE,
			"%s: case %s (office %s) is a copy as known on "
			"%s, which is read-only",
			fn, enf__case_name(c), c->info.office,
			enf__date_shown(h->known).s);
	if (h->in_error != ENF_DATE_NONE)
		return enf__fail(
			ENF_ESTATE,
			"%s: case %s (office %s) was withdrawn as "
			"entered in error on %s; it takes nothing more",
			fn, enf__case_name(c), c->info.office,
			enf__date_shown(h->in_error).s);
	return ENF_OK;
}

int enf__history_reserve(enf_case *c)
{
	enf__history *h = c->history;

	if (h == NULL)
		return 0;
	if (enf__reserve((void **)&h->entries, &h->cap_entries, h->nentries + 1,
			 sizeof(*h->entries)) != 0 ||
	    enf__reserve((void **)&h->seqs, &h->cap_seqs, c->nevents + 1,
			 sizeof(*h->seqs)) != 0)
		return -1;
	return 0;
}

void enf__history_push(enf_case *c)
{
	enf__history *h = c->history;

	if (h == NULL)
		return;
	h->entries[h->nentries] = c->events[c->nevents - 1];
	h->seqs[c->nevents - 1] = h->nentries++;
}

/* The event of seq s as it stands now (its last replacement). */
static enf__event enf__current(const enf_case *c, size_t s)
{
	const enf__history *h = c->history;
	enf__event e;

	if (h == NULL)
		return c->events[s];
	e = h->entries[s];
	for (size_t j = 0; j < h->nrecs; j++)
		if (h->recs[j].now.target == s &&
		    h->recs[j].now.kind == ENF_CORRECT_REPLACE)
			e = enf__event_put(&h->recs[j].now.event);
	return e;
}

/* The day seq s was voided, or ENF_DATE_NONE. */
static enf_date enf__voided_on(const enf_case *c, size_t s)
{
	const enf__history *h = c->history;

	for (size_t j = 0; h != NULL && j < h->nrecs; j++)
		if (h->recs[j].now.target == s &&
		    h->recs[j].now.kind == ENF_CORRECT_VOID)
			return h->recs[j].now.recorded;
	return ENF_DATE_NONE;
}

static enf_status enf__check_target(const char *fn, const enf_case *c,
				    const enf_correction *k)
{
	size_t n = k->kind == ENF_CORRECT_PARTY	       ? c->nparties
		   : k->kind == ENF_CORRECT_OBLIGATION ? c->nobligations
		   : k->kind == ENF_CORRECT_ASSET      ? c->nassets
						  : enf_case_entry_count(c);
	const char *what = k->kind == ENF_CORRECT_PARTY	       ? "party"
			   : k->kind == ENF_CORRECT_OBLIGATION ? "obligation"
			   : k->kind == ENF_CORRECT_ASSET      ? "asset"
							       : "event seq";

	if (k->kind == ENF_CORRECT_INFO ||
	    k->kind == ENF_CORRECT_ENTERED_IN_ERROR)
		return ENF_OK;
	if (k->target >= n)
		return enf__fail(ENF_EINVALID,
				 "%s: target is %zu; case %s (office %s) has "
				 "no %s %zu (it has %zu)",
				 fn, k->target, enf__case_name(c),
				 c->info.office, what, k->target, n);
	return ENF_OK;
}

/* The checks of a correction that need no rebuild. */
static enf_status enf__check_correction(const char *fn, const enf_case *c,
					const enf_correction *k)
{
	const enf__history *h = c->history;
	enf_status st;

	if (enf__check_version(fn, "version", k->version,
			       ENF_CORRECTION_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if ((unsigned)k->kind >= ENF_CORRECT_KIND_COUNT)
		return enf__fail(ENF_EINVALID,
				 "%s: kind is %d; not a correction kind", fn,
				 (int)k->kind);
	if (!enf__date_in_range(k->recorded))
		return enf__range_fail(fn, "recorded", k->recorded);
	if (k->reason == NULL || k->reason[0] == '\0')
		return enf__fail(ENF_EINVALID,
				 "%s: reason is empty; a correction says why "
				 "it is made",
				 fn);
	st = enf__check_target(fn, c, k);
	if (st != ENF_OK)
		return st;
	if (h != NULL && h->nrecs > 0 &&
	    k->recorded < h->recs[h->nrecs - 1].now.recorded)
		return enf__fail(
			ENF_ESTATE,
			"%s: recorded is %s, before %s, the day of "
			"the last correction of case %s: corrections "
			"are made in date order",
			fn, enf__date_shown(k->recorded).s,
			enf__date_shown(h->recs[h->nrecs - 1].now.recorded).s,
			enf__case_name(c));
	return ENF_OK;
}

/* The checks of a correction of an event. */
static enf_status enf__check_event_target(const char *fn, const enf_case *c,
					  const enf_correction *k)
{
	enf__event e;
	enf_date voided;

	if (k->kind != ENF_CORRECT_VOID && k->kind != ENF_CORRECT_REPLACE)
		return ENF_OK;
	e = enf__current(c, k->target);
	voided = enf__voided_on(c, k->target);
	if (voided != ENF_DATE_NONE)
		return enf__fail(ENF_EINVALID,
				 "%s: target is %zu; that event (%s) of case "
				 "%s was voided on %s",
				 fn, k->target, enf_event_kind_name(e.kind),
				 enf__case_name(c), enf__date_shown(voided).s);
	if (k->recorded < e.date)
		return enf__fail(ENF_ESTATE,
				 "%s: recorded is %s, before the event it "
				 "corrects (%s on %s)",
				 fn, enf__date_shown(k->recorded).s,
				 enf_event_kind_name(e.kind),
				 enf__date_shown(e.date).s);
	if (k->kind == ENF_CORRECT_REPLACE) {
		if (!enf__date_in_range(k->event.date))
			return enf__range_fail(fn, "event.date", k->event.date);
		if (k->event.date > k->recorded)
			return enf__fail(ENF_EINVALID,
					 "%s: event.date is %s, after the day "
					 "the correction is recorded (%s)",
					 fn, enf__date_shown(k->event.date).s,
					 enf__date_shown(k->recorded).s);
	}
	return ENF_OK;
}

/* Every check of k made to c that needs no rebuild. */
static enf_status enf__open_check(const char *fn, const enf_case *c,
				  const enf_correction *k)
{
	enf_status st = enf__case_open_for_writes(fn, c);

	if (st == ENF_OK)
		st = enf__check_correction(fn, c, k);
	if (st == ENF_OK)
		st = enf__check_event_target(fn, c, k);
	return st;
}

/* What a correction is, for messages: "replacing event seq 3 (collected
 * on 2026-03-20)", "amending party 1", ... */
static void enf__describe(char *buf, size_t size, const enf_case *c,
			  const enf_correction *k)
{
	if (k->kind == ENF_CORRECT_VOID || k->kind == ENF_CORRECT_REPLACE) {
		enf__event e = enf__current(c, k->target);

		(void)snprintf(buf, size, "%s event seq %zu (%s on %s)",
			       k->kind == ENF_CORRECT_VOID ? "voiding"
							   : "replacing",
			       k->target, enf_event_kind_name(e.kind),
			       enf__date_shown(e.date).s);
	} else if (k->kind == ENF_CORRECT_INFO) {
		(void)snprintf(buf, size, "amending the case's facts");
	} else if (k->kind == ENF_CORRECT_ENTERED_IN_ERROR) {
		(void)snprintf(buf, size, "withdrawing it as entered in error");
	} else {
		(void)snprintf(buf, size, "amending %s %zu",
			       enf_correction_kind_name(k->kind), k->target);
	}
}

/* The model's refusal of the rebuilt case, under fn and the correction. */
static enf_status enf__refused(const char *fn, enf_status st, const enf_case *c,
			       const enf_correction *k)
{
	char what[160], why[512];
	const char *msg = enf_last_error(), *colon;

	if (st == ENF_ENOMEM)
		return enf__fail(st, "%s: out of memory", fn);
	/* Drop the inner function's name ("case_apply: "). */
	colon = strstr(msg, ": ");
	if (strncmp(msg, "case_", 5) == 0 && colon != NULL)
		msg = colon + 2;
	(void)snprintf(why, sizeof(why), "%s", msg);
	enf__describe(what, sizeof(what), c, k);
	return enf__fail(st, "%s: case %s (office %s): %s is refused: %s", fn,
			 enf__case_name(c), c->info.office, what, why);
}

/* The facts of c amended by k; an array the amendment changes is copied
 * to *own (to free), the rest borrowed from c. */
static enf_status enf__amended(enf__facts *f, void **own, const char *fn,
			       const enf_case *c, const enf_correction *k)
{
	void *p = NULL;

	*f = enf__facts_of_case(c);
	*own = NULL;
	if (k->kind == ENF_CORRECT_INFO) {
		if (!((k->info.office == NULL ||
		       strcmp(k->info.office, c->info.office) == 0) &&
		      (k->info.decision_no == NULL ||
		       strcmp(k->info.decision_no, c->info.decision_no) == 0)))
			return enf__fail(ENF_EINVALID,
					 "%s: info.office and info.decision_no "
					 "name case %s (office %s) in its "
					 "register and cannot be amended: "
					 "withdraw it as entered in error and "
					 "enter the case under its number",
					 fn, enf__case_name(c), c->info.office);
		f->info = k->info;
		f->info.office = c->info.office;
		f->info.decision_no = c->info.decision_no;
		return ENF_OK;
	}
#define ENF__PATCH(arr, n, field)                                              \
	do {                                                                   \
		p = malloc(c->n * sizeof(*c->arr));                            \
		if (p == NULL)                                                 \
			return enf__fail(ENF_ENOMEM, "%s: out of memory", fn); \
		memcpy(p, c->arr, c->n * sizeof(*c->arr));                     \
		((__typeof__(c->arr))p)[k->target] = k->field;                 \
		f->arr = p;                                                    \
	} while (0)
	if (k->kind == ENF_CORRECT_PARTY)
		ENF__PATCH(parties, nparties, party);
	else if (k->kind == ENF_CORRECT_OBLIGATION)
		ENF__PATCH(obligations, nobligations, obligation);
	else if (k->kind == ENF_CORRECT_ASSET)
		ENF__PATCH(assets, nassets, asset);
#undef ENF__PATCH
	*own = p;
	return ENF_OK;
}

/* The record of k made to c: the correction and the value it replaces. */
static int enf__record_of(enf__record *r, const enf_case *c,
			  const enf_correction *k)
{
	enf_correction before = *k, now = *k;

	if (k->kind == ENF_CORRECT_VOID || k->kind == ENF_CORRECT_REPLACE) {
		enf__event e = enf__current(c, k->target);

		before.event = enf__event_get(&e);
	} else if (k->kind == ENF_CORRECT_INFO) {
		before.info = c->info;
		now.info.office = c->info.office;
		now.info.decision_no = c->info.decision_no;
	} else if (k->kind == ENF_CORRECT_PARTY) {
		before.party = c->parties[k->target];
	} else if (k->kind == ENF_CORRECT_OBLIGATION) {
		before.obligation = c->obligations[k->target];
	} else if (k->kind == ENF_CORRECT_ASSET) {
		before.asset = c->assets[k->target];
	}
	if (enf__correction_own(&r->now, &now) != 0)
		return -1;
	if (enf__correction_own(&r->before, &before) != 0) {
		enf__correction_disown(&r->now);
		return -1;
	}
	return 0;
}

/* The history c will have once k is made: c's own (or one started from
 * its log) with k's record, its log's seqs and *log, the corrected log,
 * computed. */
static enf_status enf__next_history(enf__history **out, enf__event **log,
				    size_t *n, const char *fn,
				    const enf_case *c, const enf_correction *k)
{
	int ok = 1;
	enf__history *h = c->history != NULL
				  ? enf__history_copy(c->history, &ok)
				  : enf__history_from_log(c);
	enf__record r;
	size_t *seqs = NULL;

	*out = NULL;
	if (h == NULL || !ok)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	if (enf__record_of(&r, c, k) != 0) {
		enf__history_free(h);
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	}
	if (enf__history_push_record(h, &r) != 0) {
		enf__correction_disown(&r.now);
		enf__correction_disown(&r.before);
		enf__history_free(h);
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	}
	if (k->kind == ENF_CORRECT_ENTERED_IN_ERROR)
		h->in_error = k->recorded;
	if (enf__history_log(h, ENF_DATE_NONE, log, &seqs, n) != 0) {
		enf__history_free(h);
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	}
	free(h->seqs);
	h->seqs = seqs;
	h->cap_seqs = *n;
	if (seqs == NULL) { /* an empty log: keep room for one */
		h->seqs = malloc(sizeof(*h->seqs));
		h->cap_seqs = 1;
		if (h->seqs == NULL) {
			free(*log);
			*log = NULL;
			enf__history_free(h);
			return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
		}
	}
	*out = h;
	return ENF_OK;
}

/* Checks k against c and builds the corrected case (*built, with its
 * history *h): nothing of c changes. */
static enf_status enf__prepare(enf_case **built, enf__history **h,
			       const char *fn, const enf_case *c,
			       const enf_correction *k)
{
	enf__facts f;
	enf__event *log = NULL;
	size_t n = 0;
	void *own = NULL;
	enf_status st = enf__open_check(fn, c, k);

	if (st == ENF_OK)
		st = enf__amended(&f, &own, fn, c, k);
	if (st == ENF_OK)
		st = enf__next_history(h, &log, &n, fn, c, k);
	if (st == ENF_OK) {
		st = enf__case_build(built, &f, log, n);
		if (st != ENF_OK) {
			st = enf__refused(fn, st, c, k);
			enf__history_free(*h);
			*h = NULL;
		}
	}
	free(own);
	free(log);
	return st;
}

enf_status enf_case_correct(enf_case *c, const enf_correction *corr)
{
	static const char fn[] = "case_correct";
	enf_case *built = NULL;
	enf__history *h = NULL;
	enf_status st;

	ENF__CHECK_NULL(fn, c);
	ENF__CHECK_NULL(fn, corr);
	if (enf__case_shared(c))
		return enf__case_refuse_shared(fn, c);
	st = enf__prepare(&built, &h, fn, c, corr);
	if (st != ENF_OK)
		return st;
	if (enf__case_take(c, built) != 0) {
		enf_case_free(built);
		enf__history_free(h);
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	}
	enf__history_free(c->history);
	c->history = h;
	return ENF_OK;
}

enf_status enf_register_correct(enf_register *reg, size_t index,
				const enf_correction *corr)
{
	static const char fn[] = "register_correct";
	enf_case *c, *built = NULL;
	enf__history *h = NULL;
	enf_status st;

	ENF__CHECK_NULL(fn, reg);
	ENF__CHECK_NULL(fn, corr);
	if (enf__register_writable(fn, reg) != ENF_OK)
		return ENF_ESTATE;
	if (index >= reg->ncases)
		return enf__fail(ENF_ERANGE,
				 "%s: index is %zu; the register holds %zu "
				 "cases",
				 fn, index, reg->ncases);
	c = reg->cases[index];
	if (!enf__case_shared(c))
		st = enf_case_correct(c, corr);
	else {
		st = enf__prepare(&built, &h, "case_correct", c, corr);
		if (st == ENF_OK) {
			built->history = h;
			reg->cases[index] = built;
			enf__case_release(c, ENF__HOLD_OWNER);
		}
	}
	return st == ENF_OK ? st : enf__register_rewrap(fn, index, st);
}

/* ---------------------------------------------------------------------- */
/* Restoring a saved history (io loads)                                    */

/* Whether an event has a shape the log can keep (an entry never checked
 * by the transition table: one voided before it was saved). */
static enf_status enf__entry_ok(const char *fn, const enf_case *c, size_t s,
				const enf_event *ev)
{
	if ((unsigned)ev->kind >= ENF_EV_COUNT || ev->detail < 0 ||
	    ev->detail > ENF__DETAIL_MAX || !enf__date_in_range(ev->date) ||
	    (ev->asset != ENF_INDEX_NONE &&
	     (ev->asset < 0 || (size_t)ev->asset >= c->nassets)))
		return enf__fail(ENF_EINVALID,
				 "%s: case %s: event seq %zu (kind %d, detail "
				 "%ld, asset %ld, %s) is not an event of the "
				 "case",
				 fn, enf__case_name(c), s, (int)ev->kind,
				 (long)ev->detail, (long)ev->asset,
				 enf__date_shown(ev->date).s);
	return ENF_OK;
}

/* Checks and keeps the saved corrections in h. */
static enf_status enf__restore_records(enf__history *h, const enf_case *c,
				       const enf_correction *recs,
				       const enf_correction *befores, size_t m,
				       const char *fn)
{
	for (size_t j = 0; j < m; j++) {
		const enf_correction *k = &recs[j];
		enf__record r;
		enf_status st = enf__check_correction(fn, c, k);

		if (st == ENF_OK && k->kind == ENF_CORRECT_REPLACE)
			st = enf__entry_ok(fn, c, k->target, &k->event);
		if (st == ENF_OK && befores[j].kind != k->kind)
			st = enf__fail(
				ENF_EINVALID,
				"%s: case %s: correction %zu is a %s and "
				"the value it replaced a %s",
				fn, enf__case_name(c), j,
				enf_correction_kind_name(k->kind),
				enf_correction_kind_name(befores[j].kind));
		if (st != ENF_OK)
			return st;
		if (enf__correction_own(&r.now, k) != 0)
			return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
		if (enf__correction_own(&r.before, &befores[j]) != 0 ||
		    enf__history_push_record(h, &r) != 0) {
			enf__correction_disown(&r.now);
			enf__correction_disown(&r.before);
			return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
		}
		if (k->kind == ENF_CORRECT_ENTERED_IN_ERROR)
			h->in_error = k->recorded;
	}
	return ENF_OK;
}

/* Sets c's log, and its seqs in h, from the entries and records of h,
 * checked by rebuilding c. */
static enf_status enf__restore_log(enf__history *h, enf_case *c, const char *fn)
{
	enf__event *log = NULL;
	size_t *seqs = NULL, n = 0;
	enf_case *built = NULL;
	enf__facts f = enf__facts_of_case(c);
	enf_status st;

	if (enf__history_log(h, ENF_DATE_NONE, &log, &seqs, &n) != 0)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	st = enf__case_build(&built, &f, log, n);
	if (st == ENF_OK && enf__case_take(c, built) != 0) {
		enf_case_free(built);
		st = enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	} else if (st != ENF_OK && st != ENF_ENOMEM) {
		char why[512];

		(void)snprintf(why, sizeof(why), "%s", enf_last_error());
		st = enf__fail(st, "%s: case %s: %s", fn, enf__case_name(c),
			       why);
	}
	free(log);
	if (st == ENF_OK && seqs != NULL) {
		free(h->seqs);
		h->seqs = seqs, h->cap_seqs = n;
		seqs = NULL;
	}
	free(seqs);
	return st;
}

/* Keeps the n entries, each checked for a shape the log can hold. */
static enf_status enf__restore_entries(enf__history *h, const enf_case *c,
				       const enf_event *entries, size_t n,
				       const char *fn)
{
	if (enf__reserve((void **)&h->entries, &h->cap_entries, n ? n : 1,
			 sizeof(*h->entries)) != 0)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	for (size_t i = 0; i < n; i++) {
		enf_status st = enf__entry_ok(fn, c, i, &entries[i]);

		if (st != ENF_OK)
			return st;
		h->entries[i] = enf__event_put(&entries[i]);
	}
	h->nentries = n;
	return ENF_OK;
}

/* Checks that c as known before each day a correction was recorded can
 * be built, as a report asks for it (stats_known.c): a saved history
 * whose earlier values break the case's rules (an event replaced by one
 * the transition table refuses there) is refused when it is loaded, not
 * when a report meets it. The day before the least date cannot be asked
 * for, and is not checked. */
static enf_status enf__restore_known(const enf_case *c, const char *fn)
{
	const enf__history *h = c->history;

	for (size_t j = 0; j < h->nrecs; j++) {
		enf_date day = h->recs[j].now.recorded;
		enf_case *v = NULL;
		enf_status st;

		if ((j > 0 && h->recs[j - 1].now.recorded == day) ||
		    !enf__date_in_range(day - 1))
			continue;
		st = enf_case_as_known(&v, c, day - 1);
		enf_case_free(v);
		if (st == ENF_ENOMEM)
			return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
		if (st != ENF_OK) {
			char why[512];

			(void)snprintf(why, sizeof(why), "%s",
				       enf_last_error());
			return enf__fail(st,
					 "%s: case %s: before correction %zu "
					 "(recorded on %s): %s",
					 fn, enf__case_name(c), j,
					 enf__date_shown(day).s, why);
		}
	}
	return ENF_OK;
}

enf_status enf__case_restore(enf_case *c, const enf_event *entries, size_t n,
			     const enf_correction *recs,
			     const enf_correction *befores, size_t m,
			     const char *fn)
{
	enf__history *h;
	enf_status st;

	if (c->history != NULL || enf__case_shared(c) || entries == NULL ||
	    c->nevents > 0)
		return enf__fail(ENF_ESTATE,
				 "%s: case %s: its history is restored once, "
				 "to a case of its own",
				 fn, enf__case_name(c));
	h = enf__history_from_log(c);
	if (h == NULL)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	/* Attached while it is restored, so that the checks of each
	 * correction see the corrections before it. */
	c->history = h;
	st = enf__restore_entries(h, c, entries, n, fn);
	if (st == ENF_OK)
		st = enf__restore_records(h, c, recs, befores, m, fn);
	if (st == ENF_OK)
		st = enf__restore_log(h, c, fn);
	if (st == ENF_OK)
		st = enf__restore_known(c, fn);
	if (st != ENF_OK) {
		c->history = NULL;
		enf__history_free(h);
	}
	return st;
}
