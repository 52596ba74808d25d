/*
 * Looking up in the organisation tree (stats_org.h): a unit by its code,
 * its parent and name on a day, whether one unit lies under another. The
 * floor of the tree's files: the checks (stats_org_check.c), the tree
 * (stats_org.c) and the rollups (stats_org_rollup.c) build on it, and it
 * calls none of them.
 */
#include "stats_org.h"

#include <string.h>

/* ---------------------------------------------------------------------- */
/* Looking up                                                              */

/* The slot of code in slots (of nslots): its unit, or the empty slot. */
size_t enf__org_slot(const enf_org *org, const size_t *slots, size_t nslots,
		     const char *code)
{
	size_t mask = nslots - 1,
	       i = (size_t)enf__hash_str(ENF__HASH_SEED, code) & mask;

	while (slots[i] != 0 &&
	       strcmp(org->units[slots[i] - 1].code, code) != 0)
		i = (i + 1) & mask;
	return i;
}

size_t enf__org_find(const enf_org *org, const char *code)
{
	size_t i;

	if (org->nslots == 0)
		return ENF__NO_UNIT;
	i = enf__org_slot(org, org->slots, org->nslots, code);
	return org->slots[i] != 0 ? org->slots[i] - 1 : ENF__NO_UNIT;
}

int enf__org_alive(const enf__org_unit *u, enf_date d)
{
	return u->born <= d && d < u->ceased;
}

/* The index of the last span starting on or before d; spans start with
 * one on the day the unit was born, so d >= born has one. */
static size_t enf__link_at(const enf__org_unit *u, enf_date d)
{
	size_t k = 0;

	while (k + 1 < u->nlinks && u->links[k + 1].from <= d)
		k++;
	return k;
}

size_t enf__org_parent_on(const enf_org *org, size_t u, enf_date d)
{
	const enf__org_unit *x = &org->units[u];

	return x->links[enf__link_at(x, d)].parent;
}

const char *enf__org_name_on(const enf__org_unit *u, enf_date d)
{
	size_t k = 0;

	while (k + 1 < u->nnames && u->names[k + 1].from <= d)
		k++;
	return u->names[k].name;
}

/* The first day after span k of u that it no longer holds. */
enf_date enf__org_link_end(const enf__org_unit *u, size_t k)
{
	return k + 1 < u->nlinks ? u->links[k + 1].from : u->ceased;
}

/* Whether a is b or below b on d (b alive on d). */
int enf__org_under(const enf_org *org, size_t a, size_t b, enf_date d)
{
	for (size_t steps = 0; a != ENF__ROOT && steps <= org->n; steps++) {
		if (a == b)
			return 1;
		a = enf__org_parent_on(org, a, d);
	}
	return 0;
}
