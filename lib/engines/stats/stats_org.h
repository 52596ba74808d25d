/*
 * Private: the organisation tree of stats.h, shared by stats_org_lookup.c
 * (looking up), stats_org_check.c (checks of arguments and of the tree
 * after a change, memory), stats_org.c (the tree: creating and changing,
 * queries) and stats_org_rollup.c (rollups onto the tree of a date).
 * Calls flow one way: lookup <- check <- tree; rollup uses lookup and
 * check.
 */
#ifndef ENF_STATS_ORG_H
#define ENF_STATS_ORG_H

#include "internal.h"
#include "stats_internal.h"

#include <stddef.h>
#include <stdint.h>

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

/* The first 64 bytes of caller text, for quoting with "%.*s". */
#define ENF__Q(s) enf__utf8_prefix((s), 64), (s)

/* stats_org_lookup.c: looking up (calls nothing above it) */

/* The slot of code in slots (of nslots): its unit + 1, or the empty slot. */
size_t enf__org_slot(const enf_org *org, const size_t *slots, size_t nslots,
		     const char *code);
/* The unit of code, or ENF__NO_UNIT. */
size_t enf__org_find(const enf_org *org, const char *code);
/* The name of u on d (d on or after u's birth). */
const char *enf__org_name_on(const enf__org_unit *u, enf_date d);
/* Whether u is alive on d. */
int enf__org_alive(const enf__org_unit *u, enf_date d);
/* The parent of u on d, or ENF__ROOT. */
size_t enf__org_parent_on(const enf_org *org, size_t u, enf_date d);
/* The first day after span k of u that it no longer holds. */
enf_date enf__org_link_end(const enf__org_unit *u, size_t k);
/* Whether a is b or below b on d (b alive on d). */
int enf__org_under(const enf_org *org, size_t a, size_t b, enf_date d);

/* stats_org_check.c: checks of arguments */
/* d as text for a message. */
/* Fails unless s is a code or name: non-empty valid UTF-8 text of at
 * most 1024 bytes. */
enf_status enf__org_check_text(const char *fn, const char *field,
			       const char *s);
/* Fails unless d is a valid date. */
enf_status enf__org_check_date(const char *fn, const char *field, enf_date d);
/* Finds a unit alive on d, or fails with ENF_ENOTFOUND naming it. */
enf_status enf__org_alive_unit(size_t *out, const enf_org *org, const char *fn,
			       const char *field, const char *code, enf_date d);
/* A parent argument: NULL or "" for none, else a unit alive on d. */
enf_status enf__org_parent_arg(size_t *out, const enf_org *org, const char *fn,
			       const char *parent, enf_date d);
/* stats_org_check.c: memory (0, or -1 when out of memory) */
int enf__org_reserve_links(enf__org_unit *u, size_t more);
int enf__org_reserve_names(enf__org_unit *u, size_t more);
/* Inserts a span after every span starting on or before its day (room
 * reserved); returns its index. */
size_t enf__org_insert_link(enf__org_unit *u, enf__org_link l);
void enf__org_remove_link(enf__org_unit *u, size_t k);
/* Fails with ENF_ENOMEM naming fn. */
enf_status enf__org_nomem(const char *fn);

/* stats_org_check.c: checks of the tree after a change */
/* Fails if u is its own ancestor on a day of [from, until). */
enf_status enf__org_check_cycle(const enf_org *org, const char *fn, size_t u,
				enf_date from, enf_date until);
/* Fails if span k of u has a parent that is not alive all along it. */
enf_status enf__org_check_link(const enf_org *org, const char *fn, size_t u,
			       size_t k);
/* Fails if a span of any unit places it under u on or after d (u about
 * to cease on d). */
enf_status enf__org_check_no_children_after(const enf_org *org, const char *fn,
					    size_t u, enf_date d);
/* Checks that unit u may cease on d: nothing recorded for it after d, and
 * it succeeds no unit that ceases after d. */
enf_status enf__org_check_can_cease(const enf_org *org, const char *fn,
				    size_t u, enf_date d);

#endif /* ENF_STATS_ORG_H */
