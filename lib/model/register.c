/*
 * The register: cases in insertion order plus an open-addressing hash
 * index on (office, decision number) for lookup.
 */
#include "internal.h"
#include "case_internal.h"
#include "register_internal.h"

#include <stdlib.h>
#include <string.h>

uint64_t enf__key_hash(const char *office, const char *no)
{
	return enf__hash_str(enf__hash_str(ENF__HASH_SEED, office), no);
}

static int enf__key_is(const enf_case *c, const char *office, const char *no)
{
	return strcmp(c->info.office, office) == 0 &&
	       strcmp(c->info.decision_no, no) == 0;
}

/* The slot of a key of hash h: its case's slot, or the empty slot where
 * it would go, and in *tag the high half of h. Slots hold case index + 1;
 * 0 is empty; the table is never full. A slot's tag is compared before
 * its case's key: a million-case index hardly fits in cache, and every
 * key compared on the way was a cache miss into another case (a tenth
 * of a national load). */
static size_t enf__slot_hash(const enf_register *reg, const char *office,
			     const char *no, uint64_t h, uint32_t *tag)
{
	size_t mask = reg->nslots - 1, i = (size_t)h & mask;

	*tag = (uint32_t)(h >> 32);
	while (reg->slots[i] != 0 &&
	       (reg->tags[i] != *tag ||
		!enf__key_is(reg->cases[reg->slots[i] - 1], office, no)))
		i = (i + 1) & mask;
	return i;
}

static size_t enf__slot(const enf_register *reg, const char *office,
			const char *no, uint32_t *tag)
{
	return enf__slot_hash(reg, office, no, enf__key_hash(office, no), tag);
}

/* The slot of c's key (of hash h), to fill with case index k. */
static void enf__slot_set(enf_register *reg, const enf_case *c, size_t k,
			  uint64_t h)
{
	uint32_t tag;
	size_t s = enf__slot_hash(reg, c->info.office, c->info.decision_no, h,
				  &tag);

	reg->slots[s] = k + 1, reg->tags[s] = tag;
}

/* Rebuilds the index with room for at least want cases at load <= 1/2. */
static int enf__reindex(enf_register *reg, size_t want)
{
	size_t n = 16, *slots;
	size_t *old = reg->slots;
	uint32_t *tags, *old_tags = reg->tags;

	while (n < want * 2)
		n *= 2;
	if (n <= reg->nslots)
		return 0;
	slots = calloc(n, sizeof(*slots));
	tags = malloc(n * sizeof(*tags));
	if (slots == NULL || tags == NULL) {
		free(slots);
		free(tags);
		return -1;
	}
	reg->slots = slots, reg->tags = tags, reg->nslots = n;
	for (size_t i = 0; i < reg->ncases; i++)
		enf__slot_set(reg, reg->cases[i], i,
			      enf__key_hash(reg->cases[i]->info.office,
					    reg->cases[i]->info.decision_no));
	free(old);
	free(old_tags);
	return 0;
}

enf_status enf_register_new(enf_register **out)
{
	enf_register *reg;

	ENF__CHECK_NULL("register_new", out);
	*out = NULL;
	reg = calloc(1, sizeof(*reg));
	if (reg == NULL || enf__reindex(reg, 8) != 0) {
		free(reg);
		return enf__fail(ENF_ENOMEM, "register_new: out of memory");
	}
	*out = reg;
	return ENF_OK;
}

void enf_register_free(enf_register *reg)
{
	if (reg == NULL)
		return;
	for (size_t i = 0; i < reg->ncases; i++)
		enf__case_release(reg->cases[i], reg->snapshot
							 ? ENF__HOLD_SNAPSHOT
							 : ENF__HOLD_OWNER);
	free(reg->cases);
	free(reg->slots);
	free(reg->tags);
	free(reg);
}

enf_status enf__register_reserve(enf_register *reg, size_t more)
{
	size_t want = reg->ncases + more;

	if (want > reg->cap_cases) {
		size_t cap = reg->cap_cases ? reg->cap_cases : 16;
		enf_case **grown;

		while (cap < want)
			cap *= 2;
		grown = realloc(reg->cases, cap * sizeof(enf_case *));
		if (grown == NULL)
			return enf__fail(ENF_ENOMEM, "register_add: out of "
						     "memory");
		reg->cases = grown, reg->cap_cases = cap;
	}
	if (enf__reindex(reg, want) != 0)
		return enf__fail(ENF_ENOMEM, "register_add: out of memory");
	return ENF_OK;
}

int enf__register_has(const enf_register *reg, const char *office,
		      const char *no)
{
	uint32_t tag;

	return reg->slots[enf__slot(reg, office, no, &tag)] != 0;
}

int enf__register_has_hash(const enf_register *reg, const char *office,
			   const char *no, uint64_t h)
{
	uint32_t tag;

	return reg->slots[enf__slot_hash(reg, office, no, h, &tag)] != 0;
}

int enf__register_push_new(enf_register *reg, enf_case *c, uint64_t h)
{
	uint32_t tag;
	size_t s = enf__slot_hash(reg, c->info.office, c->info.decision_no, h,
				  &tag);

	if (reg->slots[s] != 0)
		return -1;
	reg->slots[s] = reg->ncases + 1, reg->tags[s] = tag;
	reg->cases[reg->ncases++] = c;
	return 0;
}

void enf__register_push_hash(enf_register *reg, enf_case *c, uint64_t h)
{
	enf__slot_set(reg, c, reg->ncases, h);
	reg->cases[reg->ncases++] = c;
}

void enf__register_push(enf_register *reg, enf_case *c)
{
	enf__register_push_hash(
		reg, c, enf__key_hash(c->info.office, c->info.decision_no));
}

void enf__register_truncate(enf_register *reg, size_t n)
{
	size_t count = reg->ncases;

	memset(reg->slots, 0, reg->nslots * sizeof(*reg->slots));
	reg->ncases = 0;
	for (size_t i = 0; i < n && i < count; i++)
		enf__register_push(reg, reg->cases[i]);
}

enf_status enf_register_add(enf_register *reg, enf_case *c)
{
	enf_status st;

	ENF__CHECK_NULL("register_add", reg);
	ENF__CHECK_NULL("register_add", c);
	st = enf__register_writable("register_add", reg);
	if (st != ENF_OK)
		return st;
	if (enf__register_has(reg, c->info.office, c->info.decision_no))
		return enf__fail(ENF_ESTATE,
				 "register_add: case %s of office %s is "
				 "already in the register",
				 c->info.decision_no, c->info.office);
	st = enf__register_reserve(reg, 1);
	if (st != ENF_OK)
		return st;
	enf__register_push(reg, c);
	return ENF_OK;
}

size_t enf_register_count(const enf_register *reg)
{
	return reg ? reg->ncases : 0;
}

enf_status enf_register_at(enf_case **out, const enf_register *reg, size_t i)
{
	ENF__CHECK_NULL("register_at", out);
	ENF__CHECK_NULL("register_at", reg);
	if (i >= reg->ncases)
		return enf__fail(ENF_ERANGE,
				 "register_at: i is %zu; the register holds "
				 "%zu cases",
				 i, reg->ncases);
	*out = reg->cases[i];
	return ENF_OK;
}

size_t enf__register_index(const enf_register *reg, const char *office,
			   const char *no)
{
	uint32_t tag;
	size_t slot = reg->slots[enf__slot(reg, office, no, &tag)];

	return slot == 0 ? SIZE_MAX : slot - 1;
}

enf_status enf_register_find(enf_case **out, const enf_register *reg,
			     const char *office, const char *decision_no)
{
	size_t slot;
	uint32_t tag;

	ENF__CHECK_NULL("register_find", out);
	ENF__CHECK_NULL("register_find", reg);
	ENF__CHECK_NULL("register_find", office);
	ENF__CHECK_NULL("register_find", decision_no);
	slot = reg->slots[enf__slot(reg, office, decision_no, &tag)];
	if (slot == 0)
		return enf__fail(ENF_ENOTFOUND,
				 "register_find: no case %s of office %s",
				 decision_no, office);
	*out = reg->cases[slot - 1];
	return ENF_OK;
}
