/*
 * The history of a corrected case read from a CSV or JSON form: the case
 * as read holds its facts as they are now and its corrected log (events
 * with their seqs). The events as entered are put back from it and the
 * corrections (an event voided or replaced was entered as the value its
 * first correction replaced), a case with the same facts is given those
 * entries and corrections (enf__case_restore()), which computes and
 * checks its corrected log, and that log must be the one read.
 */
#include "io_internal.h"
#include "case_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A case with c's facts and no events, on the heap; NULL when out of
 * memory (or a fact the model refuses, which c already passed). */
static enf_case *enf__facts_of(const enf_case *c)
{
	enf_case_info info;
	enf_case *n = NULL;
	int ok;

	if (enf_case_info_get(&info, c) != ENF_OK ||
	    enf_case_new(&n, &info) != ENF_OK)
		return NULL;
	ok = 1;
	for (size_t i = 0; ok && i < enf_case_party_count(c); i++) {
		enf_party p;

		ok = enf_case_party(&p, c, i) == ENF_OK &&
		     enf_case_add_party(NULL, n, &p) == ENF_OK;
	}
	for (size_t i = 0; ok && i < enf_case_obligation_count(c); i++) {
		enf_obligation o;

		ok = enf_case_obligation(&o, c, i) == ENF_OK &&
		     enf_case_add_obligation(NULL, n, &o) == ENF_OK;
	}
	for (size_t i = 0; ok && i < enf_case_asset_count(c); i++) {
		enf_asset a;

		ok = enf_case_asset(&a, c, i) == ENF_OK &&
		     enf_case_add_asset(NULL, n, &a) == ENF_OK;
	}
	if (!ok) {
		enf_case_free(n);
		return NULL;
	}
	return n;
}

/* The entries: each seq's event as its first correction found it, else
 * as the log holds it. Fails naming the first seq nothing gives. */
static enf_status enf__entries_of(enf_event **out, size_t *count,
				  const enf_case *c, const size_t *seqs,
				  const enf_correction *recs,
				  const enf_correction *befores, size_t m,
				  const enf__io_loc *loc)
{
	size_t n = enf_case_event_count(c), total = n;
	enf_event *e;
	unsigned char *have;

	for (size_t i = 0; i < n; i++)
		total = seqs[i] + 1 > total ? seqs[i] + 1 : total;
	for (size_t j = 0; j < m; j++)
		if (recs[j].kind <= ENF_CORRECT_REPLACE &&
		    recs[j].target + 1 > total)
			total = recs[j].target + 1;
	e = calloc(total ? total : 1, sizeof(*e));
	have = calloc(total ? total : 1, 1);
	if (e == NULL || have == NULL) {
		free(e);
		free(have);
		return enf__fail(ENF_ENOMEM, "%s:%ld: out of memory", loc->file,
				 loc->line);
	}
	for (size_t j = 0; j < m; j++)
		if (recs[j].kind <= ENF_CORRECT_REPLACE &&
		    !have[recs[j].target]++)
			e[recs[j].target] = befores[j].event;
	for (size_t i = 0; i < n; i++)
		if (!have[seqs[i]]++)
			(void)enf_case_event(&e[seqs[i]], c, i);
	for (size_t s = 0; s < total; s++)
		if (!have[s]) {
			free(e);
			free(have);
			return enf__io_fail(ENF_EINVALID, loc, "target",
					    "no event has seq %zu, and no "
					    "correction says what it was",
					    s);
		}
	free(have);
	*out = e;
	*count = total;
	return ENF_OK;
}

/* Whether n's corrected log is c's, with the same seqs: 0, or the first
 * position where they part, + 1. */
static size_t enf__log_differs(const enf_case *n, const enf_case *c,
			       const size_t *seqs)
{
	size_t count = enf_case_event_count(c);

	for (size_t i = 0; i < count; i++) {
		enf_event a, b;
		size_t s = SIZE_MAX;

		if (enf_case_event(&a, n, i) != ENF_OK ||
		    enf_case_event(&b, c, i) != ENF_OK ||
		    enf_case_event_seq(&s, n, i) != ENF_OK || s != seqs[i] ||
		    a.kind != b.kind || a.date != b.date ||
		    a.detail != b.detail || a.amount != b.amount ||
		    a.asset != b.asset)
			return i + 1;
	}
	return enf_case_event_count(n) == count ? 0 : count + 1;
}

/* The model's refusal at the line of the correction it names
 * ("correction 2"), else the first, and the column it is about. */
static enf_status enf__relay(enf_status st, const enf__io_loc *where,
			     const long *lines, size_t m)
{
	char msg[400];
	const char *at, *field = "kind";
	enf__io_loc loc = *where;

	(void)snprintf(msg, sizeof(msg), "%s", enf_last_error());
	loc.line = lines[0];
	for (at = strstr(msg, "correction "); at != NULL;
	     at = strstr(at + 11, "correction ")) {
		char *end;
		unsigned long i = strtoul(at + 11, &end, 10);

		if (end != at + 11 && i < m) {
			loc.line = lines[i];
			break;
		}
	}
	if (st == ENF_ESTATE || strstr(msg, "seq") != NULL)
		field = "target";
	else if (strstr(msg, "recorded") != NULL)
		field = "recorded";
	else if (strstr(msg, "reason") != NULL)
		field = "reason";
	return enf__io_fail(st, &loc, field, "%s", msg);
}

enf_status enf__io_rebuild(enf_case **out, const enf_case *c,
			   const size_t *seqs, const enf_correction *recs,
			   const enf_correction *befores, size_t m,
			   const enf__io_loc *where, const long *lines)
{
	enf__io_loc first = *where;
	enf_event *entries = NULL;
	size_t count = 0, at;
	enf_case *n, *packed;
	enf_status st;

	first.line = lines[0];
	st = enf__entries_of(&entries, &count, c, seqs, recs, befores, m,
			     &first);
	if (st != ENF_OK)
		return st;
	n = enf__facts_of(c);
	if (n == NULL) {
		free(entries);
		return enf__fail(ENF_ENOMEM, "%s:%ld: out of memory",
				 where->file, lines[0]);
	}
	st = enf__case_restore(n, entries, count, recs, befores, m,
			       "io_import");
	free(entries);
	if (st != ENF_OK) {
		enf_case_free(n);
		return st == ENF_ENOMEM ? st : enf__relay(st, where, lines, m);
	}
	/* A case withdrawn as entered in error has no log left; what was
	 * read is its log before the withdrawal, from which its entries
	 * came. */
	at = recs[m - 1].kind == ENF_CORRECT_ENTERED_IN_ERROR
		     ? 0
		     : enf__log_differs(n, c, seqs);
	if (at != 0) {
		enf_case_free(n);
		return enf__io_fail(ENF_EINVALID, &first, "target",
				    "the corrected log these corrections give "
				    "is not the case's events (they part at "
				    "event %zu of the log)",
				    at - 1);
	}
	packed = enf__case_pack(n, 0);
	if (packed == NULL) {
		enf_case_free(n);
		return enf__fail(ENF_ENOMEM, "%s:%ld: out of memory",
				 where->file, lines[0]);
	}
	*out = packed;
	return ENF_OK;
}

enf_case *enf__io_before_withdrawal(const enf_case *c)
{
	size_t m = enf_case_correction_count(c),
	       count = enf_case_entry_count(c);
	enf_correction *recs = calloc(m ? m : 1, sizeof(*recs));
	enf_correction *befores = calloc(m ? m : 1, sizeof(*befores));
	enf_event *entries = calloc(count ? count : 1, sizeof(*entries));
	enf_case *n = enf__facts_of(c), *packed = NULL;
	int ok = recs != NULL && befores != NULL && entries != NULL && n;

	for (size_t s = 0; ok && s < count; s++)
		ok = enf_case_entry(&entries[s], c, s) == ENF_OK;
	for (size_t j = 0; ok && j + 1 < m; j++)
		ok = enf_case_correction(&recs[j], &befores[j], c, j) == ENF_OK;
	/* Without other corrections its entries are its log. */
	if (ok && m <= 1)
		for (size_t s = 0; ok && s < count; s++)
			ok = enf_case_apply(n, &entries[s]) == ENF_OK;
	else if (ok)
		ok = enf__case_restore(n, entries, count, recs, befores, m - 1,
				       "io_export") == ENF_OK;
	free(recs);
	free(befores);
	free(entries);
	if (ok)
		packed = enf__case_pack(n, 0);
	if (packed == NULL)
		enf_case_free(n);
	return packed;
}
