/*
 * Checks of the organisation tree's arguments and of the tree after a
 * change, and the memory of its units (stats_org.h).
 */
#include "stats_org.h"
#include "text.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------- */
/* Checks of arguments                                                     */

/* Fails unless s is a code or name: non-empty valid UTF-8 text of at
 * most 1024 bytes. */
enf_status enf__org_check_text(const char *fn, const char *field, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n;

	if (s == NULL)
		return enf__fail(ENF_EINVALID, "%s: %s is NULL", fn, field);
	n = strlen(s);
	if (n == 0)
		return enf__fail(ENF_EINVALID, "%s: %s is empty", fn, field);
	if (n > ENF__UNIT_MAX)
		return enf__fail(ENF_EINVALID,
				 "%s: %s \"%.*s...\" is %zu bytes; at most %d",
				 fn, field, ENF__Q(s), n, ENF__UNIT_MAX);
	for (size_t i = 0; i < n;) {
		int k = enf__io_utf8_len(u + i);

		if (k == 0 || (size_t)k > n - i)
			return enf__fail(
				ENF_EINVALID,
				"%s: %s is not valid UTF-8 at byte %zu", fn,
				field, i);
		i += (size_t)k;
	}
	return ENF_OK;
}

enf_status enf__org_check_date(const char *fn, const char *field, enf_date d)
{
	if (!enf__date_in_range(d))
		return enf__date_fail(ENF_EINVALID, fn, field, d);
	return ENF_OK;
}

/* Finds a unit alive on d, or fails with ENF_ENOTFOUND naming it. */
enf_status enf__org_alive_unit(size_t *out, const enf_org *org, const char *fn,
			       const char *field, const char *code, enf_date d)
{
	size_t u = enf__org_find(org, code);
	const enf__org_unit *x;

	if (u == ENF__NO_UNIT)
		return enf__fail(ENF_ENOTFOUND, "%s: %s \"%.*s\" is no unit",
				 fn, field, ENF__Q(code));
	x = &org->units[u];
	if (d < x->born)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: %s \"%.*s\" does not exist on %s; it "
				 "is created on %s",
				 fn, field, ENF__Q(code), enf__date_shown(d).s,
				 enf__date_shown(x->born).s);
	if (d >= x->ceased)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: %s \"%.*s\" does not exist on %s; it "
				 "ceased on %s",
				 fn, field, ENF__Q(code), enf__date_shown(d).s,
				 enf__date_shown(x->ceased).s);
	*out = u;
	return ENF_OK;
}

/* A parent argument: NULL or "" for none, else a unit alive on d. */
enf_status enf__org_parent_arg(size_t *out, const enf_org *org, const char *fn,
			       const char *parent, enf_date d)
{
	enf_status st;

	if (parent == NULL || parent[0] == '\0') {
		*out = ENF__ROOT;
		return ENF_OK;
	}
	st = enf__org_check_text(fn, "parent", parent);
	if (st == ENF_OK)
		st = enf__org_alive_unit(out, org, fn, "parent", parent, d);
	return st;
}

/* ---------------------------------------------------------------------- */
/* Memory                                                                  */

int enf__org_reserve_links(enf__org_unit *u, size_t more)
{
	void *p = u->links;
	int r = enf__reserve(&p, &u->clinks, u->nlinks + more,
			     sizeof(*u->links));

	u->links = p;
	return r;
}

int enf__org_reserve_names(enf__org_unit *u, size_t more)
{
	void *p = u->names;
	int r = enf__reserve(&p, &u->cnames, u->nnames + more,
			     sizeof(*u->names));

	u->names = p;
	return r;
}

/* Inserts a span after every span starting on or before its day (room
 * reserved); returns its index. */
size_t enf__org_insert_link(enf__org_unit *u, enf__org_link l)
{
	size_t k = u->nlinks;

	while (k > 0 && u->links[k - 1].from > l.from)
		k--;
	memmove(&u->links[k + 1], &u->links[k],
		(u->nlinks - k) * sizeof(*u->links));
	u->links[k] = l;
	u->nlinks++;
	return k;
}

void enf__org_remove_link(enf__org_unit *u, size_t k)
{
	memmove(&u->links[k], &u->links[k + 1],
		(u->nlinks - k - 1) * sizeof(*u->links));
	u->nlinks--;
}

enf_status enf__org_nomem(const char *fn)
{
	return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
}

/* ---------------------------------------------------------------------- */
/* Checks of the tree after a change                                       */

/* The next day after d and before until on which some unit changes
 * parent, or until. */
static enf_date enf__next_change(const enf_org *org, enf_date d, enf_date until)
{
	enf_date next = until;

	for (size_t i = 0; i < org->n; i++) {
		const enf__org_unit *x = &org->units[i];

		for (size_t k = 0; k < x->nlinks; k++)
			if (x->links[k].from > d && x->links[k].from < next)
				next = x->links[k].from;
	}
	return next;
}

/* Fails if u is its own ancestor on a day of [from, until). */
enf_status enf__org_check_cycle(const enf_org *org, const char *fn, size_t u,
				enf_date from, enf_date until)
{
	for (enf_date d = from; d < until;
	     d = enf__next_change(org, d, until)) {
		size_t p = enf__org_parent_on(org, u, d);

		if (p != ENF__ROOT && enf__org_under(org, p, u, d))
			return enf__fail(
				ENF_EINVALID,
				"%s: \"%.*s\" would be below itself on %s "
				"(under \"%.*s\", which is below it): a cycle",
				fn, ENF__Q(org->units[u].code),
				enf__date_shown(d).s,
				ENF__Q(org->units[p].code));
	}
	return ENF_OK;
}

/* Fails if span k of u has a parent that is not alive all along it. */
enf_status enf__org_check_link(const enf_org *org, const char *fn, size_t u,
			       size_t k)
{
	const enf__org_unit *x = &org->units[u];
	enf_date from = x->links[k].from, end = enf__org_link_end(x, k);
	const enf__org_unit *p;

	if (x->links[k].parent == ENF__ROOT || from >= end)
		return ENF_OK;
	p = &org->units[x->links[k].parent];
	if (p->born <= from && end <= p->ceased)
		return ENF_OK;
	return enf__fail(ENF_EINVALID,
			 "%s: \"%.*s\" is under \"%.*s\" from %s, but "
			 "\"%.*s\" ceases on %s; record the changes in date "
			 "order",
			 fn, ENF__Q(x->code), ENF__Q(p->code),
			 enf__date_shown(from).s, ENF__Q(p->code),
			 enf__date_shown(p->ceased).s);
}

/* Fails if a span of any unit places it under u on or after d (u about
 * to cease on d). */
enf_status enf__org_check_no_children_after(const enf_org *org, const char *fn,
					    size_t u, enf_date d)
{
	for (size_t i = 0; i < org->n; i++) {
		const enf__org_unit *x = &org->units[i];

		for (size_t k = 0; k < x->nlinks; k++) {
			enf_date end = enf__org_link_end(x, k);

			if (x->links[k].parent != u || end <= d ||
			    x->links[k].from >= end)
				continue;
			return enf__fail(
				ENF_EINVALID,
				"%s: \"%.*s\" is under \"%.*s\" on %s; "
				"\"%.*s\" cannot cease on %s (move it first)",
				fn, ENF__Q(x->code), ENF__Q(org->units[u].code),
				enf__date_shown(x->links[k].from > d
							? x->links[k].from
							: d)
					.s,
				ENF__Q(org->units[u].code),
				enf__date_shown(d).s);
		}
	}
	return ENF_OK;
}

/* Checks that unit u may cease on d: nothing recorded for it after d, and
 * it succeeds no unit that ceases after d. */
enf_status enf__org_check_can_cease(const enf_org *org, const char *fn,
				    size_t u, enf_date d)
{
	const enf__org_unit *x = &org->units[u];

	if (x->ceased != ENF__NEVER)
		return enf__fail(ENF_EINVALID,
				 "%s: \"%.*s\" already ceases on %s", fn,
				 ENF__Q(x->code), enf__date_shown(x->ceased).s);
	if (x->names[x->nnames - 1].from > d ||
	    x->links[x->nlinks - 1].from > d)
		return enf__fail(
			ENF_EINVALID,
			"%s: \"%.*s\" has a change recorded on %s, after %s; "
			"it cannot cease first",
			fn, ENF__Q(x->code),
			enf__date_shown(x->names[x->nnames - 1].from > d
						? x->names[x->nnames - 1].from
						: x->links[x->nlinks - 1].from)
				.s,
			enf__date_shown(d).s);
	for (size_t i = 0; i < org->n; i++) {
		const enf__org_unit *y = &org->units[i];

		if (y->ceased == ENF__NEVER || y->ceased <= d)
			continue;
		for (size_t k = 0; k < y->nsucc; k++)
			if (y->succ[k].unit == u)
				return enf__fail(
					ENF_EINVALID,
					"%s: \"%.*s\" succeeds \"%.*s\" on "
					"%s; it cannot cease before, on %s",
					fn, ENF__Q(x->code), ENF__Q(y->code),
					enf__date_shown(y->ceased).s,
					enf__date_shown(d).s);
	}
	return ENF_OK;
}
