/*
 * The organisation tree with lineage (stats.h): units with effective-dated
 * names and parents, merges and splits with their successors, queries on a
 * date, and rollups of reports onto the tree of a date, restating figures
 * of units that have ceased onto their successors.
 *
 * A unit keeps its code, the day it was created (born), the day it ceased
 * (ENF__NEVER while it lives), its names and its parents as spans sorted
 * by their first day (the value on a day is the last span starting on or
 * before it; of spans starting the same day, the last recorded), and, once
 * merged or split, its successors with their weights.
 *
 * Events may be recorded in any order, as long as the tree stays coherent
 * on every day: every unit alive on a day has a parent alive that day (or
 * none), no unit is its own ancestor, a unit ceases with no changes
 * recorded after it and no unit left under it, and successors are alive on
 * the day their predecessor ceases (so successor links lead forward in
 * time and end on units alive on any later day). A mutating call checks
 * its arguments, reserves the memory it needs, applies the change, checks
 * what the change can break and undoes it on failure: all or nothing.
 *
 * A split restates a report by binary steps (the first successor against
 * the others, then the second against the rest, ...), each keeping every
 * relation of the table: see enf__split_half().
 */
#include "stats_org.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------- */
/* Creating and changing                                                   */

enf_status enf_org_new(enf_org **out)
{
	ENF__CHECK_NULL("org_new", out);
	*out = calloc(1, sizeof(**out));
	if (*out == NULL)
		return enf__org_nomem("org_new");
	return ENF_OK;
}

void enf_org_free(enf_org *org)
{
	if (org == NULL)
		return;
	for (size_t i = 0; i < org->n; i++) {
		enf__org_unit *u = &org->units[i];

		for (size_t k = 0; k < u->nnames; k++)
			free(u->names[k].name);
		free(u->names);
		free(u->links);
		free(u->succ);
		free(u->code);
	}
	free(org->units);
	free(org->slots);
	free(org);
}

/* Makes room in the index for one more unit; 0 or -1. */
static int enf__grow_index(enf_org *org)
{
	size_t nslots = org->nslots ? org->nslots : 16, *slots;

	if (2 * (org->n + 1) <= org->nslots)
		return 0;
	while (2 * (org->n + 1) > nslots)
		nslots *= 2;
	slots = calloc(nslots, sizeof(*slots));
	if (slots == NULL)
		return -1;
	for (size_t i = 0; i < org->n; i++)
		slots[enf__org_slot(org, slots, nslots, org->units[i].code)] =
			i + 1;
	free(org->slots);
	org->slots = slots;
	org->nslots = nslots;
	return 0;
}

enf_status enf_org_create(enf_org *org, const char *code, const char *name,
			  const char *parent, enf_date from)
{
	static const char fn[] = "org_create";
	enf__org_unit u;
	size_t p = ENF__ROOT, existing;
	enf_status st;

	ENF__CHECK_NULL(fn, org);
	if ((st = enf__org_check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__org_check_text(fn, "name", name)) != ENF_OK ||
	    (st = enf__org_check_date(fn, "from", from)) != ENF_OK)
		return st;
	existing = enf__org_find(org, code);
	if (existing != ENF__NO_UNIT)
		return enf__fail(ENF_EINVALID,
				 "%s: code \"%.*s\" is already used (created "
				 "%s); codes are unique for all time",
				 fn, ENF__Q(code),
				 enf__date_shown(org->units[existing].born).s);
	st = enf__org_parent_arg(&p, org, fn, parent, from);
	if (st != ENF_OK)
		return st;
	if (p != ENF__ROOT && org->units[p].ceased != ENF__NEVER)
		return enf__fail(ENF_EINVALID,
				 "%s: parent \"%.*s\" ceases on %s; \"%.*s\" "
				 "would be left without it (create units "
				 "before recording that change)",
				 fn, ENF__Q(parent),
				 enf__date_shown(org->units[p].ceased).s,
				 ENF__Q(code));

	/* Room first: growing the arrays changes nothing the tree says. */
	{
		void *units = org->units;
		int r = enf__reserve(&units, &org->cap, org->n + 1,
				     sizeof(*org->units));

		org->units = units;
		if (r != 0 || enf__grow_index(org) != 0)
			return enf__org_nomem(fn);
	}
	memset(&u, 0, sizeof(u));
	u.code = enf__strdup(code);
	u.born = from;
	u.ceased = ENF__NEVER;
	if (u.code == NULL || enf__org_reserve_names(&u, 1) != 0 ||
	    enf__org_reserve_links(&u, 1) != 0 ||
	    (u.names[0].name = enf__strdup(name)) == NULL) {
		free(u.code);
		free(u.names);
		free(u.links);
		return enf__org_nomem(fn);
	}
	u.names[0].from = from;
	u.nnames = 1;
	u.links[0].from = from;
	u.links[0].parent = p;
	u.nlinks = 1;
	org->units[org->n] = u;
	org->slots[enf__org_slot(org, org->slots, org->nslots, code)] =
		org->n + 1;
	org->n++;
	org->version++;
	return ENF_OK;
}

enf_status enf_org_rename(enf_org *org, const char *code, const char *name,
			  enf_date from)
{
	static const char fn[] = "org_rename";
	enf__org_unit *x;
	size_t u = 0, k;
	char *copy;
	enf_status st;

	ENF__CHECK_NULL(fn, org);
	if ((st = enf__org_check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__org_check_text(fn, "name", name)) != ENF_OK ||
	    (st = enf__org_check_date(fn, "from", from)) != ENF_OK ||
	    (st = enf__org_alive_unit(&u, org, fn, "code", code, from)) !=
		    ENF_OK)
		return st;
	x = &org->units[u];
	copy = enf__strdup(name);
	if (copy == NULL || enf__org_reserve_names(x, 1) != 0) {
		free(copy);
		return enf__org_nomem(fn);
	}
	for (k = x->nnames; k > 0 && x->names[k - 1].from > from; k--)
		;
	memmove(&x->names[k + 1], &x->names[k],
		(x->nnames - k) * sizeof(*x->names));
	x->names[k].from = from;
	x->names[k].name = copy;
	x->nnames++;
	org->version++;
	return ENF_OK;
}

enf_status enf_org_move(enf_org *org, const char *code, const char *parent,
			enf_date from)
{
	static const char fn[] = "org_move";
	enf__org_unit *x;
	size_t u = 0, p = ENF__ROOT, k;
	enf_status st;

	ENF__CHECK_NULL(fn, org);
	if ((st = enf__org_check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__org_check_date(fn, "from", from)) != ENF_OK ||
	    (st = enf__org_alive_unit(&u, org, fn, "code", code, from)) !=
		    ENF_OK ||
	    (st = enf__org_parent_arg(&p, org, fn, parent, from)) != ENF_OK)
		return st;
	if (p == u)
		return enf__fail(ENF_EINVALID,
				 "%s: parent \"%.*s\" is the unit itself: a "
				 "cycle",
				 fn, ENF__Q(code));
	x = &org->units[u];
	if (enf__org_reserve_links(x, 1) != 0)
		return enf__org_nomem(fn);
	k = enf__org_insert_link(x, (enf__org_link){from, p});
	st = enf__org_check_link(org, fn, u, k);
	if (st == ENF_OK)
		st = enf__org_check_cycle(org, fn, u, from,
					  enf__org_link_end(x, k));
	if (st != ENF_OK) {
		enf__org_remove_link(x, k);
		return st;
	}
	org->version++;
	return ENF_OK;
}

enf_status enf_org_merge(enf_org *org, const char *code, const char *into,
			 enf_date from)
{
	static const char fn[] = "org_merge";
	size_t u = 0, v = 0, nkids = 0, *kids = NULL, *pos = NULL;
	enf__org_succ *succ;
	enf_status st;

	ENF__CHECK_NULL(fn, org);
	if ((st = enf__org_check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__org_check_text(fn, "into", into)) != ENF_OK ||
	    (st = enf__org_check_date(fn, "from", from)) != ENF_OK)
		return st;
	if (strcmp(code, into) == 0)
		return enf__fail(ENF_EINVALID,
				 "%s: into is \"%.*s\", the unit itself; a "
				 "unit cannot merge into itself",
				 fn, ENF__Q(code));
	if ((st = enf__org_alive_unit(&u, org, fn, "code", code, from)) !=
		    ENF_OK ||
	    (st = enf__org_alive_unit(&v, org, fn, "into", into, from)) !=
		    ENF_OK ||
	    (st = enf__org_check_can_cease(org, fn, u, from)) != ENF_OK)
		return st;
	if (enf__org_under(org, v, u, from))
		return enf__fail(ENF_EINVALID,
				 "%s: into \"%.*s\" is below \"%.*s\" on %s; "
				 "a unit cannot merge into its own descendant",
				 fn, ENF__Q(into), ENF__Q(code),
				 enf__date_shown(from).s);

	/* Reserve: the successor, the list of children and their spans. */
	succ = malloc(sizeof(*succ));
	kids = malloc((org->n ? org->n : 1) * sizeof(*kids));
	pos = malloc((org->n ? org->n : 1) * sizeof(*pos));
	if (succ == NULL || kids == NULL || pos == NULL)
		goto nomem;
	for (size_t i = 0; i < org->n; i++)
		if (i != u && enf__org_alive(&org->units[i], from) &&
		    enf__org_parent_on(org, i, from) == u) {
			if (enf__org_reserve_links(&org->units[i], 1) != 0)
				goto nomem;
			kids[nkids++] = i;
		}

	/* Apply, check, and undo on failure. */
	for (size_t i = 0; i < nkids; i++)
		pos[i] = enf__org_insert_link(&org->units[kids[i]],
					      (enf__org_link){from, v});
	org->units[u].ceased = from;
	st = enf__org_check_no_children_after(org, fn, u, from);
	for (size_t i = 0; i < nkids && st == ENF_OK; i++) {
		enf__org_unit *c = &org->units[kids[i]];

		st = enf__org_check_link(org, fn, kids[i], pos[i]);
		if (st == ENF_OK)
			st = enf__org_check_cycle(org, fn, kids[i], from,
						  enf__org_link_end(c, pos[i]));
	}
	if (st != ENF_OK) {
		org->units[u].ceased = ENF__NEVER;
		for (size_t i = nkids; i > 0; i--)
			enf__org_remove_link(&org->units[kids[i - 1]],
					     pos[i - 1]);
		free(succ);
		free(kids);
		free(pos);
		return st;
	}
	succ->unit = v;
	succ->weight = 1;
	org->units[u].succ = succ;
	org->units[u].nsucc = 1;
	free(kids);
	free(pos);
	org->version++;
	return ENF_OK;
nomem:
	free(succ);
	free(kids);
	free(pos);
	return enf__org_nomem(fn);
}

/* Checks the successors of a split: known, alive on d, none the unit
 * itself or named twice; weights not negative, not all 0, their sum in 64
 * bits. Fills idx. */
static enf_status enf__split_args(size_t *idx, const enf_org *org,
				  const char *fn, const char *code,
				  const char *const *into,
				  const int64_t *weights, size_t count,
				  enf_date d)
{
	int64_t sum = 0;
	enf_status st;
	char field[32];

	for (size_t i = 0; i < count; i++) {
		(void)snprintf(field, sizeof(field), "into[%zu]", i);
		if ((st = enf__org_check_text(fn, field, into[i])) != ENF_OK)
			return st;
		if (strcmp(into[i], code) == 0)
			return enf__fail(ENF_EINVALID,
					 "%s: %s is \"%.*s\", the unit "
					 "itself",
					 fn, field, ENF__Q(code));
		for (size_t j = 0; j < i; j++)
			if (strcmp(into[j], into[i]) == 0)
				return enf__fail(ENF_EINVALID,
						 "%s: %s \"%.*s\" is also "
						 "into[%zu]",
						 fn, field, ENF__Q(into[i]), j);
		if (weights[i] < 0)
			return enf__fail(ENF_EINVALID,
					 "%s: weights[%zu] is %lld; weights "
					 "must not be negative",
					 fn, i, (long long)weights[i]);
		if (__builtin_add_overflow(sum, weights[i], &sum))
			return enf__fail(ENF_EINVALID,
					 "%s: the weights sum past 64 bits at "
					 "weights[%zu]",
					 fn, i);
	}
	if (sum == 0)
		return enf__fail(ENF_EINVALID,
				 "%s: all %zu weights are 0; there is nothing "
				 "to share in proportion to",
				 fn, count);
	for (size_t i = 0; i < count; i++) {
		(void)snprintf(field, sizeof(field), "into[%zu]", i);
		st = enf__org_alive_unit(&idx[i], org, fn, field, into[i], d);
		if (st != ENF_OK)
			return st;
	}
	return ENF_OK;
}

enf_status enf_org_split(enf_org *org, const char *code,
			 const char *const *into, const int64_t *weights,
			 size_t count, enf_date from)
{
	static const char fn[] = "org_split";
	size_t u = 0, *idx;
	enf__org_succ *succ;
	enf_status st;

	ENF__CHECK_NULL(fn, org);
	ENF__CHECK_NULL(fn, into);
	ENF__CHECK_NULL(fn, weights);
	if ((st = enf__org_check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__org_check_date(fn, "from", from)) != ENF_OK)
		return st;
	if (count == 0)
		return enf__fail(ENF_EINVALID,
				 "%s: count is 0; a split needs at least one "
				 "successor",
				 fn);
	if (count > SIZE_MAX / sizeof(enf__org_succ))
		return enf__fail(ENF_EINVALID, "%s: count %zu is too large", fn,
				 count);
	idx = calloc(count, sizeof(*idx));
	if (idx == NULL)
		return enf__org_nomem(fn);
	st = enf__split_args(idx, org, fn, code, into, weights, count, from);
	if (st == ENF_OK)
		st = enf__org_alive_unit(&u, org, fn, "code", code, from);
	if (st == ENF_OK)
		st = enf__org_check_can_cease(org, fn, u, from);
	if (st == ENF_OK) /* it has no children on its last day ... */
		st = enf__org_check_no_children_after(org, fn, u, from);
	if (st != ENF_OK) {
		free(idx);
		return st;
	}
	succ = malloc(count * sizeof(*succ));
	if (succ == NULL) {
		free(idx);
		return enf__org_nomem(fn);
	}
	for (size_t i = 0; i < count; i++) {
		succ[i].unit = idx[i];
		succ[i].weight = weights[i];
	}
	free(idx);
	org->units[u].ceased = from;
	org->units[u].succ = succ;
	org->units[u].nsucc = count;
	org->version++;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Queries                                                                 */

enf_status enf_org_parent(const char **out, const enf_org *org,
			  const char *code, enf_date date)
{
	static const char fn[] = "org_parent";
	size_t u = 0, p;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	ENF__CHECK_NULL(fn, org);
	if ((st = enf__org_check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__org_check_date(fn, "date", date)) != ENF_OK ||
	    (st = enf__org_alive_unit(&u, org, fn, "code", code, date)) !=
		    ENF_OK)
		return st;
	p = enf__org_parent_on(org, u, date);
	*out = p == ENF__ROOT ? "" : org->units[p].code;
	return ENF_OK;
}

enf_status enf_org_name(const char **out, const enf_org *org, const char *code,
			enf_date date)
{
	static const char fn[] = "org_name";
	size_t u = 0;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	ENF__CHECK_NULL(fn, org);
	if ((st = enf__org_check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__org_check_date(fn, "date", date)) != ENF_OK ||
	    (st = enf__org_alive_unit(&u, org, fn, "code", code, date)) !=
		    ENF_OK)
		return st;
	*out = enf__org_name_on(&org->units[u], date);
	return ENF_OK;
}

uint64_t enf_org_version(const enf_org *org)
{
	return org != NULL ? org->version : 0;
}
