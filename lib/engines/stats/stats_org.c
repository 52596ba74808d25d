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
#include "internal.h"
#include "text.h"
#include "stats_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ENF__NEVER   INT32_MAX /* ceased: never */
#define ENF__ROOT    SIZE_MAX  /* parent: none */
#define ENF__NO_UNIT SIZE_MAX  /* lookup: not found */

typedef struct enf__org_name {
	enf_date from;
	char *name; /* owned */
} enf__org_name;

typedef struct enf__org_link {
	enf_date from;
	size_t parent; /* unit index or ENF__ROOT */
} enf__org_link;

typedef struct enf__org_succ {
	size_t unit;
	int64_t weight;
} enf__org_succ;

typedef struct enf__org_unit {
	char *code; /* owned */
	enf_date born;
	enf_date ceased; /* ENF__NEVER while alive */
	enf__org_name *names;
	size_t nnames, cnames;
	enf__org_link *links;
	size_t nlinks, clinks;
	enf__org_succ *succ; /* owned; set when it ceases */
	size_t nsucc;
} enf__org_unit;

struct enf_org {
	enf__org_unit *units;
	size_t n, cap;
	size_t *slots; /* hash index on code: unit index + 1, 0 empty */
	size_t nslots; /* a power of 2, at least twice n */
	uint64_t version;
};

/* ---------------------------------------------------------------------- */
/* Looking up                                                              */

/* The slot of code in slots (of nslots): its unit, or the empty slot. */
static size_t enf__slot(const enf_org *org, const size_t *slots, size_t nslots,
			const char *code)
{
	size_t mask = nslots - 1,
	       i = (size_t)enf__fnv1a(ENF__FNV_BASIS, code) & mask;

	while (slots[i] != 0 &&
	       strcmp(org->units[slots[i] - 1].code, code) != 0)
		i = (i + 1) & mask;
	return i;
}

static size_t enf__find(const enf_org *org, const char *code)
{
	size_t i;

	if (org->nslots == 0)
		return ENF__NO_UNIT;
	i = enf__slot(org, org->slots, org->nslots, code);
	return org->slots[i] != 0 ? org->slots[i] - 1 : ENF__NO_UNIT;
}

static int enf__alive(const enf__org_unit *u, enf_date d)
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

static size_t enf__parent_on(const enf_org *org, size_t u, enf_date d)
{
	const enf__org_unit *x = &org->units[u];

	return x->links[enf__link_at(x, d)].parent;
}

static const char *enf__name_on(const enf__org_unit *u, enf_date d)
{
	size_t k = 0;

	while (k + 1 < u->nnames && u->names[k + 1].from <= d)
		k++;
	return u->names[k].name;
}

/* The first day after span k of u that it no longer holds. */
static enf_date enf__link_end(const enf__org_unit *u, size_t k)
{
	return k + 1 < u->nlinks ? u->links[k + 1].from : u->ceased;
}

/* Whether a is b or below b on d (b alive on d). */
static int enf__under(const enf_org *org, size_t a, size_t b, enf_date d)
{
	for (size_t steps = 0; a != ENF__ROOT && steps <= org->n; steps++) {
		if (a == b)
			return 1;
		a = enf__parent_on(org, a, d);
	}
	return 0;
}

/* ---------------------------------------------------------------------- */
/* Checks of arguments                                                     */

/* A date as text for messages; 16 bytes hold any. */
typedef struct enf__day {
	char s[16];
} enf__day;

static enf__day enf__day_of(enf_date d)
{
	enf__day t = {""};

	if (enf_date_format(t.s, sizeof(t.s), d, ENF_LOCALE_EN) != ENF_OK)
		(void)snprintf(t.s, sizeof(t.s), "day %ld", (long)d);
	return t;
}

/* The first 64 bytes of caller text, for quoting with "%.*s". */
#define ENF__Q(s) enf__utf8_prefix((s), 64), (s)

/* Fails unless s is a code or name: non-empty valid UTF-8 text of at
 * most 1024 bytes. */
static enf_status enf__check_text(const char *fn, const char *field,
				  const char *s)
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

static enf_status enf__check_date(const char *fn, const char *field, enf_date d)
{
	if (!enf__date_in_range(d))
		return enf__fail(ENF_EINVALID,
				 "%s: %s is day %ld, not a valid date", fn,
				 field, (long)d);
	return ENF_OK;
}

/* Finds a unit alive on d, or fails with ENF_ENOTFOUND naming it. */
static enf_status enf__alive_unit(size_t *out, const enf_org *org,
				  const char *fn, const char *field,
				  const char *code, enf_date d)
{
	size_t u = enf__find(org, code);
	const enf__org_unit *x;

	if (u == ENF__NO_UNIT)
		return enf__fail(ENF_ENOTFOUND, "%s: %s \"%.*s\" is no unit",
				 fn, field, ENF__Q(code));
	x = &org->units[u];
	if (d < x->born)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: %s \"%.*s\" does not exist on %s; it "
				 "is created on %s",
				 fn, field, ENF__Q(code), enf__day_of(d).s,
				 enf__day_of(x->born).s);
	if (d >= x->ceased)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: %s \"%.*s\" does not exist on %s; it "
				 "ceased on %s",
				 fn, field, ENF__Q(code), enf__day_of(d).s,
				 enf__day_of(x->ceased).s);
	*out = u;
	return ENF_OK;
}

/* A parent argument: NULL or "" for none, else a unit alive on d. */
static enf_status enf__parent_arg(size_t *out, const enf_org *org,
				  const char *fn, const char *parent,
				  enf_date d)
{
	enf_status st;

	if (parent == NULL || parent[0] == '\0') {
		*out = ENF__ROOT;
		return ENF_OK;
	}
	st = enf__check_text(fn, "parent", parent);
	if (st == ENF_OK)
		st = enf__alive_unit(out, org, fn, "parent", parent, d);
	return st;
}

/* ---------------------------------------------------------------------- */
/* Memory                                                                  */

static int enf__reserve_links(enf__org_unit *u, size_t more)
{
	void *p = u->links;
	int r = enf__reserve(&p, &u->clinks, u->nlinks + more,
			     sizeof(*u->links));

	u->links = p;
	return r;
}

static int enf__reserve_names(enf__org_unit *u, size_t more)
{
	void *p = u->names;
	int r = enf__reserve(&p, &u->cnames, u->nnames + more,
			     sizeof(*u->names));

	u->names = p;
	return r;
}

/* Inserts a span after every span starting on or before its day (room
 * reserved); returns its index. */
static size_t enf__insert_link(enf__org_unit *u, enf__org_link l)
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

static void enf__remove_link(enf__org_unit *u, size_t k)
{
	memmove(&u->links[k], &u->links[k + 1],
		(u->nlinks - k - 1) * sizeof(*u->links));
	u->nlinks--;
}

static enf_status enf__nomem(const char *fn)
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
static enf_status enf__check_cycle(const enf_org *org, const char *fn, size_t u,
				   enf_date from, enf_date until)
{
	for (enf_date d = from; d < until;
	     d = enf__next_change(org, d, until)) {
		size_t p = enf__parent_on(org, u, d);

		if (p != ENF__ROOT && enf__under(org, p, u, d))
			return enf__fail(
				ENF_EINVALID,
				"%s: \"%.*s\" would be below itself on %s "
				"(under \"%.*s\", which is below it): a cycle",
				fn, ENF__Q(org->units[u].code),
				enf__day_of(d).s, ENF__Q(org->units[p].code));
	}
	return ENF_OK;
}

/* Fails if span k of u has a parent that is not alive all along it. */
static enf_status enf__check_link(const enf_org *org, const char *fn, size_t u,
				  size_t k)
{
	const enf__org_unit *x = &org->units[u];
	enf_date from = x->links[k].from, end = enf__link_end(x, k);
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
			 enf__day_of(from).s, ENF__Q(p->code),
			 enf__day_of(p->ceased).s);
}

/* Fails if a span of any unit places it under u on or after d (u about
 * to cease on d). */
static enf_status enf__check_no_children_after(const enf_org *org,
					       const char *fn, size_t u,
					       enf_date d)
{
	for (size_t i = 0; i < org->n; i++) {
		const enf__org_unit *x = &org->units[i];

		for (size_t k = 0; k < x->nlinks; k++) {
			enf_date end = enf__link_end(x, k);

			if (x->links[k].parent != u || end <= d ||
			    x->links[k].from >= end)
				continue;
			return enf__fail(
				ENF_EINVALID,
				"%s: \"%.*s\" is under \"%.*s\" on %s; "
				"\"%.*s\" cannot cease on %s (move it first)",
				fn, ENF__Q(x->code), ENF__Q(org->units[u].code),
				enf__day_of(x->links[k].from > d
						    ? x->links[k].from
						    : d)
					.s,
				ENF__Q(org->units[u].code), enf__day_of(d).s);
		}
	}
	return ENF_OK;
}

/* Checks that unit u may cease on d: nothing recorded for it after d, and
 * it succeeds no unit that ceases after d. */
static enf_status enf__check_can_cease(const enf_org *org, const char *fn,
				       size_t u, enf_date d)
{
	const enf__org_unit *x = &org->units[u];

	if (x->ceased != ENF__NEVER)
		return enf__fail(ENF_EINVALID,
				 "%s: \"%.*s\" already ceases on %s", fn,
				 ENF__Q(x->code), enf__day_of(x->ceased).s);
	if (x->names[x->nnames - 1].from > d ||
	    x->links[x->nlinks - 1].from > d)
		return enf__fail(
			ENF_EINVALID,
			"%s: \"%.*s\" has a change recorded on %s, after %s; "
			"it cannot cease first",
			fn, ENF__Q(x->code),
			enf__day_of(x->names[x->nnames - 1].from > d
					    ? x->names[x->nnames - 1].from
					    : x->links[x->nlinks - 1].from)
				.s,
			enf__day_of(d).s);
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
					enf__day_of(y->ceased).s,
					enf__day_of(d).s);
	}
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Creating and changing                                                   */

enf_status enf_org_new(enf_org **out)
{
	ENF__CHECK_NULL("org_new", out);
	*out = calloc(1, sizeof(**out));
	if (*out == NULL)
		return enf__nomem("org_new");
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
		slots[enf__slot(org, slots, nslots, org->units[i].code)] =
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
	if ((st = enf__check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__check_text(fn, "name", name)) != ENF_OK ||
	    (st = enf__check_date(fn, "from", from)) != ENF_OK)
		return st;
	existing = enf__find(org, code);
	if (existing != ENF__NO_UNIT)
		return enf__fail(ENF_EINVALID,
				 "%s: code \"%.*s\" is already used (created "
				 "%s); codes are unique for all time",
				 fn, ENF__Q(code),
				 enf__day_of(org->units[existing].born).s);
	st = enf__parent_arg(&p, org, fn, parent, from);
	if (st != ENF_OK)
		return st;
	if (p != ENF__ROOT && org->units[p].ceased != ENF__NEVER)
		return enf__fail(ENF_EINVALID,
				 "%s: parent \"%.*s\" ceases on %s; \"%.*s\" "
				 "would be left without it (create units "
				 "before recording that change)",
				 fn, ENF__Q(parent),
				 enf__day_of(org->units[p].ceased).s,
				 ENF__Q(code));

	/* Room first: growing the arrays changes nothing the tree says. */
	{
		void *units = org->units;
		int r = enf__reserve(&units, &org->cap, org->n + 1,
				     sizeof(*org->units));

		org->units = units;
		if (r != 0 || enf__grow_index(org) != 0)
			return enf__nomem(fn);
	}
	memset(&u, 0, sizeof(u));
	u.code = enf__strdup(code);
	u.born = from;
	u.ceased = ENF__NEVER;
	if (u.code == NULL || enf__reserve_names(&u, 1) != 0 ||
	    enf__reserve_links(&u, 1) != 0 ||
	    (u.names[0].name = enf__strdup(name)) == NULL) {
		free(u.code);
		free(u.names);
		free(u.links);
		return enf__nomem(fn);
	}
	u.names[0].from = from;
	u.nnames = 1;
	u.links[0].from = from;
	u.links[0].parent = p;
	u.nlinks = 1;
	org->units[org->n] = u;
	org->slots[enf__slot(org, org->slots, org->nslots, code)] = org->n + 1;
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
	if ((st = enf__check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__check_text(fn, "name", name)) != ENF_OK ||
	    (st = enf__check_date(fn, "from", from)) != ENF_OK ||
	    (st = enf__alive_unit(&u, org, fn, "code", code, from)) != ENF_OK)
		return st;
	x = &org->units[u];
	copy = enf__strdup(name);
	if (copy == NULL || enf__reserve_names(x, 1) != 0) {
		free(copy);
		return enf__nomem(fn);
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
	if ((st = enf__check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__check_date(fn, "from", from)) != ENF_OK ||
	    (st = enf__alive_unit(&u, org, fn, "code", code, from)) != ENF_OK ||
	    (st = enf__parent_arg(&p, org, fn, parent, from)) != ENF_OK)
		return st;
	if (p == u)
		return enf__fail(ENF_EINVALID,
				 "%s: parent \"%.*s\" is the unit itself: a "
				 "cycle",
				 fn, ENF__Q(code));
	x = &org->units[u];
	if (enf__reserve_links(x, 1) != 0)
		return enf__nomem(fn);
	k = enf__insert_link(x, (enf__org_link){from, p});
	st = enf__check_link(org, fn, u, k);
	if (st == ENF_OK)
		st = enf__check_cycle(org, fn, u, from, enf__link_end(x, k));
	if (st != ENF_OK) {
		enf__remove_link(x, k);
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
	if ((st = enf__check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__check_text(fn, "into", into)) != ENF_OK ||
	    (st = enf__check_date(fn, "from", from)) != ENF_OK)
		return st;
	if (strcmp(code, into) == 0)
		return enf__fail(ENF_EINVALID,
				 "%s: into is \"%.*s\", the unit itself; a "
				 "unit cannot merge into itself",
				 fn, ENF__Q(code));
	if ((st = enf__alive_unit(&u, org, fn, "code", code, from)) != ENF_OK ||
	    (st = enf__alive_unit(&v, org, fn, "into", into, from)) != ENF_OK ||
	    (st = enf__check_can_cease(org, fn, u, from)) != ENF_OK)
		return st;
	if (enf__under(org, v, u, from))
		return enf__fail(ENF_EINVALID,
				 "%s: into \"%.*s\" is below \"%.*s\" on %s; "
				 "a unit cannot merge into its own descendant",
				 fn, ENF__Q(into), ENF__Q(code),
				 enf__day_of(from).s);

	/* Reserve: the successor, the list of children and their spans. */
	succ = malloc(sizeof(*succ));
	kids = malloc((org->n ? org->n : 1) * sizeof(*kids));
	pos = malloc((org->n ? org->n : 1) * sizeof(*pos));
	if (succ == NULL || kids == NULL || pos == NULL)
		goto nomem;
	for (size_t i = 0; i < org->n; i++)
		if (i != u && enf__alive(&org->units[i], from) &&
		    enf__parent_on(org, i, from) == u) {
			if (enf__reserve_links(&org->units[i], 1) != 0)
				goto nomem;
			kids[nkids++] = i;
		}

	/* Apply, check, and undo on failure. */
	for (size_t i = 0; i < nkids; i++)
		pos[i] = enf__insert_link(&org->units[kids[i]],
					  (enf__org_link){from, v});
	org->units[u].ceased = from;
	st = enf__check_no_children_after(org, fn, u, from);
	for (size_t i = 0; i < nkids && st == ENF_OK; i++) {
		enf__org_unit *c = &org->units[kids[i]];

		st = enf__check_link(org, fn, kids[i], pos[i]);
		if (st == ENF_OK)
			st = enf__check_cycle(org, fn, kids[i], from,
					      enf__link_end(c, pos[i]));
	}
	if (st != ENF_OK) {
		org->units[u].ceased = ENF__NEVER;
		for (size_t i = nkids; i > 0; i--)
			enf__remove_link(&org->units[kids[i - 1]], pos[i - 1]);
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
	return enf__nomem(fn);
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
		if ((st = enf__check_text(fn, field, into[i])) != ENF_OK)
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
		st = enf__alive_unit(&idx[i], org, fn, field, into[i], d);
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
	if ((st = enf__check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__check_date(fn, "from", from)) != ENF_OK)
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
		return enf__nomem(fn);
	st = enf__split_args(idx, org, fn, code, into, weights, count, from);
	if (st == ENF_OK)
		st = enf__alive_unit(&u, org, fn, "code", code, from);
	if (st == ENF_OK)
		st = enf__check_can_cease(org, fn, u, from);
	if (st == ENF_OK) /* it has no children on its last day ... */
		st = enf__check_no_children_after(org, fn, u, from);
	if (st != ENF_OK) {
		free(idx);
		return st;
	}
	succ = malloc(count * sizeof(*succ));
	if (succ == NULL) {
		free(idx);
		return enf__nomem(fn);
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
	if ((st = enf__check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__check_date(fn, "date", date)) != ENF_OK ||
	    (st = enf__alive_unit(&u, org, fn, "code", code, date)) != ENF_OK)
		return st;
	p = enf__parent_on(org, u, date);
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
	if ((st = enf__check_text(fn, "code", code)) != ENF_OK ||
	    (st = enf__check_date(fn, "date", date)) != ENF_OK ||
	    (st = enf__alive_unit(&u, org, fn, "code", code, date)) != ENF_OK)
		return st;
	*out = enf__name_on(&org->units[u], date);
	return ENF_OK;
}

uint64_t enf_org_version(const enf_org *org)
{
	return org != NULL ? org->version : 0;
}

/* ---------------------------------------------------------------------- */
/* Rollups                                                                 */

typedef struct enf__rollup {
	const enf_org *org;
	size_t target;
	enf_date date;
	enf__stats_cells sum;
	const char *fn;
	const char *report; /* unit of the report being restated */
} enf__rollup;

static enf_status enf__add_cells(enf__rollup *ru, const enf__stats_cells *c)
{
	enf__stats_cells s;

	for (int g = 0; g < ENF_GROUP_COUNT; g++)
		for (int m = 0; m < ENF__MEASURE_COUNT; m++)
			for (int r = 0; r < ENF_IND_COUNT; r++)
				if (__builtin_add_overflow(ru->sum.v[g][m][r],
							   c->v[g][m][r],
							   &s.v[g][m][r]))
					return enf__fail(
						ENF_EOVERFLOW,
						"%s: adding the report of "
						"\"%.*s\": row %s by %s in "
						"group %s overflows 64 bits",
						ru->fn, ENF__Q(ru->report),
						enf__stats_row_tokens[r],
						enf__stats_measure_tokens[m],
						enf__stats_group_tokens[g]);
	ru->sum = s;
	return ENF_OK;
}

/* Restates cells of unit u onto its successors alive on the rollup's
 * date, and adds what lands on the target or below it. */
static enf_status enf__restate(enf__rollup *ru, size_t u,
			       const enf__stats_cells *cells)
{
	const enf__org_unit *x = &ru->org->units[u];
	enf__stats_cells *parts;
	int64_t *weights;
	enf_status st = ENF_OK;

	/* Merges pass everything on. */
	while (!enf__alive(x, ru->date) && x->nsucc == 1) {
		u = x->succ[0].unit;
		x = &ru->org->units[u];
	}
	if (enf__alive(x, ru->date))
		return enf__under(ru->org, u, ru->target, ru->date)
			       ? enf__add_cells(ru, cells)
			       : ENF_OK;
	if (x->nsucc == 0) /* not reached: a unit ceases with successors */
		return ENF_OK;
	parts = malloc(x->nsucc * sizeof(*parts));
	weights = malloc(x->nsucc * sizeof(*weights));
	if (parts == NULL || weights == NULL) {
		free(parts);
		free(weights);
		return enf__nomem(ru->fn);
	}
	for (size_t i = 0; i < x->nsucc; i++)
		weights[i] = x->succ[i].weight;
	enf__split_cells(parts, cells, weights, x->nsucc);
	for (size_t i = 0; i < x->nsucc && st == ENF_OK; i++)
		st = enf__restate(ru, x->succ[i].unit, &parts[i]);
	free(parts);
	free(weights);
	return st;
}

/* Checks the reports of a rollup: one period, known units existing on or
 * before the date, tables that hold their identities. */
static enf_status enf__rollup_args(const enf_org *org, const char *fn,
				   const enf_stats_report *const *reps,
				   size_t count, enf_date date)
{
	for (size_t i = 0; i < count; i++) {
		const enf_stats_report *r = reps[i];
		char differ[200], name[32];
		size_t u;

		if (r == NULL)
			return enf__fail(ENF_EINVALID, "%s: reps[%zu] is NULL",
					 fn, i);
		if (r->period.first != reps[0]->period.first ||
		    r->period.last != reps[0]->period.last)
			return enf__fail(
				ENF_EINVALID,
				"%s: reps[%zu] (\"%.*s\") covers %s..%s but "
				"reps[0] covers %s..%s; all reports must "
				"share one period",
				fn, i, ENF__Q(r->unit),
				enf__day_of(r->period.first).s,
				enf__day_of(r->period.last).s,
				enf__day_of(reps[0]->period.first).s,
				enf__day_of(reps[0]->period.last).s);
		(void)snprintf(name, sizeof(name), "reps[%zu]", i);
		if (enf__stats_defs_differ(differ, sizeof(differ), &r->defs,
					   name, &reps[0]->defs,
					   "reps[0]") != 0)
			return enf__fail(ENF_EINVALID,
					 "%s: reps[%zu] (\"%.*s\") differs: "
					 "%s; all reports must share one set "
					 "of definitions",
					 fn, i, ENF__Q(r->unit), differ);
		u = enf__find(org, r->unit);
		if (u == ENF__NO_UNIT)
			return enf__fail(ENF_ENOTFOUND,
					 "%s: reps[%zu] is of \"%.*s\", no "
					 "unit of the tree",
					 fn, i, ENF__Q(r->unit));
		if (org->units[u].born > date)
			return enf__fail(ENF_ENOTFOUND,
					 "%s: reps[%zu] is of \"%.*s\", "
					 "created on %s, after %s",
					 fn, i, ENF__Q(r->unit),
					 enf__day_of(org->units[u].born).s,
					 enf__day_of(date).s);
		if (enf_stats_report_check(r) != ENF_OK) {
			char why[400];

			(void)snprintf(why, sizeof(why), "%s",
				       enf_last_error());
			return enf__fail(ENF_EINVALID,
					 "%s: reps[%zu] (\"%.*s\") fails its "
					 "identities (%s)",
					 fn, i, ENF__Q(r->unit), why);
		}
	}
	return ENF_OK;
}

enf_status enf_org_rollup(enf_stats_report **out, const enf_org *org,
			  const char *unit, enf_date date,
			  const enf_stats_report *const *reps, size_t count)
{
	static const char fn[] = "org_rollup";
	enf__rollup ru;
	enf_stats_report *rep = NULL;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	*out = NULL;
	ENF__CHECK_NULL(fn, org);
	ENF__CHECK_NULL(fn, reps);
	if (count == 0)
		return enf__fail(ENF_EINVALID,
				 "%s: count is 0; a rollup needs at least one "
				 "report (its period)",
				 fn);
	memset(&ru, 0, sizeof(ru));
	ru.org = org;
	ru.date = date;
	ru.fn = fn;
	if ((st = enf__check_text(fn, "unit", unit)) != ENF_OK ||
	    (st = enf__check_date(fn, "date", date)) != ENF_OK ||
	    (st = enf__alive_unit(&ru.target, org, fn, "unit", unit, date)) !=
		    ENF_OK ||
	    (st = enf__rollup_args(org, fn, reps, count, date)) != ENF_OK)
		return st;
	for (size_t i = 0; i < count && st == ENF_OK; i++) {
		ru.report = reps[i]->unit;
		st = enf__restate(&ru, enf__find(org, reps[i]->unit),
				  &reps[i]->cells);
	}
	if (st == ENF_OK)
		st = enf_stats_report_new(&rep, unit, &reps[0]->period);
	if (st != ENF_OK)
		return st;
	rep->cells = ru.sum;
	rep->defs = reps[0]->defs;
	rep->org_version = org->version;
	rep->org_date = date;
	*out = rep;
	return ENF_OK;
}

enf_status enf_stats_report_basis(uint64_t *org_version, enf_date *org_date,
				  enf_regime *regime,
				  const enf_stats_report *rep)
{
	enf_regime r = ENF_REGIME_VN2008;
	enf_date start = 0;

	ENF__CHECK_NULL("stats_report_basis", org_version);
	ENF__CHECK_NULL("stats_report_basis", org_date);
	ENF__CHECK_NULL("stats_report_basis", regime);
	ENF__CHECK_NULL("stats_report_basis", rep);
	/* Before Law 26/2008 took effect (2009-07-01): its text. */
	(void)enf_date_from_ymd(&start, 2009, 7, 1);
	if (rep->period.last >= start &&
	    enf_regime_on(&r, rep->period.last) != ENF_OK)
		return ENF_ERANGE; /* not reached: periods are valid dates */
	*org_version = rep->org_version;
	*org_date = rep->org_date;
	*regime = r;
	return ENF_OK;
}
