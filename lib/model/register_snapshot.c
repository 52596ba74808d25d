/*
 * Snapshots of a register and the writer's copy on write (case.h,
 * "Threads"). A snapshot is a register of its own whose case array and
 * index are copies of its source's, and whose cases are the source's
 * own, each held once more (case_internal.h: refs). It costs a few
 * pointers a case and copies no case. The writer never changes a case a
 * snapshot holds: enf_register_apply() replaces it in the register by a
 * copy that takes the event, and the snapshot keeps the old one; the last
 * holder to let go of a case frees it, on whatever thread that is.
 */
#include "internal.h"
#include "case_internal.h"
#include "register_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enf_status enf__register_writable(const char *fn, const enf_register *reg)
{
	if (!reg->snapshot)
		return ENF_OK;
	return enf__fail(ENF_ESTATE,
			 "%s: the register is a snapshot, which is read-only; "
			 "write to the register it was taken from",
			 fn);
}

enf_status enf_register_snapshot(enf_register **out, const enf_register *reg)
{
	enf_register *snap;
	size_t n;

	ENF__CHECK_NULL("register_snapshot", out);
	*out = NULL;
	ENF__CHECK_NULL("register_snapshot", reg);
	n = reg->ncases;
	snap = calloc(1, sizeof(*snap));
	if (snap != NULL) {
		snap->cases = malloc((n ? n : 1) * sizeof(enf_case *));
		snap->slots = malloc(reg->nslots * sizeof(*snap->slots));
		snap->tags = malloc(reg->nslots * sizeof(*snap->tags));
	}
	if (snap == NULL || snap->cases == NULL || snap->slots == NULL ||
	    snap->tags == NULL) {
		if (snap != NULL) {
			free(snap->cases);
			free(snap->slots);
			free(snap->tags);
		}
		free(snap);
		return enf__fail(ENF_ENOMEM,
				 "register_snapshot: out of memory");
	}
	if (n > 0)
		memcpy(snap->cases, reg->cases, n * sizeof(enf_case *));
	memcpy(snap->slots, reg->slots, reg->nslots * sizeof(*snap->slots));
	/* The tags of empty slots were never written: copy the used ones. */
	for (size_t i = 0; i < reg->nslots; i++)
		snap->tags[i] = reg->slots[i] != 0 ? reg->tags[i] : 0;
	snap->ncases = snap->cap_cases = n;
	snap->nslots = reg->nslots;
	snap->snapshot = 1;
	for (size_t i = 0; i < n; i++)
		enf__case_hold(snap->cases[i], ENF__HOLD_SNAPSHOT);
	*out = snap;
	return ENF_OK;
}

enf_status enf_register_index(size_t *out, const enf_register *reg,
			      const char *office, const char *decision_no)
{
	size_t i;

	ENF__CHECK_NULL("register_index", out);
	ENF__CHECK_NULL("register_index", reg);
	ENF__CHECK_NULL("register_index", office);
	ENF__CHECK_NULL("register_index", decision_no);
	i = enf__register_index(reg, office, decision_no);
	if (i == SIZE_MAX)
		return enf__fail(ENF_ENOTFOUND,
				 "register_index: no case %s of office %s",
				 decision_no, office);
	*out = i;
	return ENF_OK;
}

int enf_register_is_snapshot(const enf_register *reg)
{
	return reg != NULL && reg->snapshot;
}

/* Checks reg, i and ev; the messages name fn. */
static enf_status enf__apply_args(const char *fn, const enf_register *reg,
				  size_t i, const enf_event *ev)
{
	ENF__CHECK_NULL(fn, reg);
	ENF__CHECK_NULL(fn, ev);
	if (enf__register_writable(fn, reg) != ENF_OK)
		return ENF_ESTATE;
	if (i >= reg->ncases)
		return enf__fail(ENF_ERANGE,
				 "%s: index is %zu; the register holds %zu "
				 "cases",
				 fn, i, reg->ncases);
	return ENF_OK;
}

enf_status enf__register_apply(enf_register *reg, size_t i, const enf_event *ev)
{
	enf_case *c = reg->cases[i], *copy;
	enf__replay rs;
	enf_status st;

	if (!enf__case_shared(c))
		return enf_case_apply(c, ev);
	if (enf__case_open_for_writes("case_apply", c) != ENF_OK)
		return ENF_ESTATE;
	/* Checked on the shared case first: a refused event costs no copy. */
	st = enf__case_check(c, ev);
	if (st != ENF_OK)
		return st;
	copy = enf__case_copy(c);
	if (copy == NULL)
		return enf__fail(ENF_ENOMEM, "case_apply: out of memory");
	enf__replay_until(&rs, copy, ENF_DATE_MAX);
	st = enf__case_apply_after(copy, &rs, ev, NULL);
	if (st != ENF_OK) {
		enf_case_free(copy);
		return st;
	}
	reg->cases[i] = copy; /* same key: the index stays as it is */
	enf__case_release(c, ENF__HOLD_OWNER);
	return ENF_OK;
}

enf_status enf__register_rewrap(const char *fn, size_t index, enf_status st)
{
	char why[512];
	const char *msg = enf_last_error(), *colon = strstr(msg, ": ");

	/* The case's refusal, under the name the caller used. */
	if (strncmp(msg, "case_", 5) == 0 && colon != NULL)
		msg = colon + 2;
	(void)snprintf(why, sizeof(why), "%s", msg);
	return enf__fail(st, "%s: index %zu: %s", fn, index, why);
}

enf_status enf_register_apply(enf_register *reg, size_t index,
			      const enf_event *ev)
{
	static const char fn[] = "register_apply";
	enf_status st = enf__apply_args(fn, reg, index, ev);

	if (st != ENF_OK)
		return st;
	st = enf__register_apply(reg, index, ev);
	return st == ENF_OK ? st : enf__register_rewrap(fn, index, st);
}
