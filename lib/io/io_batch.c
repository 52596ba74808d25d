/*
 * The cases of an import built aside (io_internal.h, enf__io_batch): each
 * new case checked against the register and the batch by its key, found
 * again by key for the rows of the other files, packed into slabs, and
 * handed to the register at once when the whole import is good.
 */
#include "io_internal.h"
#include "case_internal.h"
#include "register_internal.h"

#include <stdlib.h>
#include <string.h>

void enf__io_batch_init(enf__io_batch *b, enf_register *reg)
{
	memset(b, 0, sizeof(*b));
	b->reg = reg;
	enf__io_tokidx_build(&b->tokens);
}

/* Frees a case of the batch: one still in the arena goes with it. */
static void enf__io_case_free(const enf__io_batch *b, enf_case *c)
{
	if (b->arena == NULL || c->block != 0)
		enf_case_free(c);
}

void enf__io_batch_free(enf__io_batch *b)
{
	for (size_t i = 0; i < b->n; i++)
		enf__io_case_free(b, b->cases[i]);
	enf__arena_free(b->arena);
	enf_calendar_free(b->sale_cal);
	enf__io_seqs_free(b);
	free(b->cases);
	free(b->lines);
	free(b->hashes);
	free(b->slots);
	memset(b, 0, sizeof(*b));
}

/* The slot of a key of hash h: its case's, or the empty one where it
 * would go. */
static size_t enf__io_slot(const enf__io_batch *b, const char *office,
			   const char *no, uint64_t h)
{
	size_t mask = b->nslots - 1, i = (size_t)h & mask;

	while (b->slots[i] != 0) {
		const enf_case *c = b->cases[b->slots[i] - 1];

		if (strcmp(c->info.office, office) == 0 &&
		    strcmp(c->info.decision_no, no) == 0)
			break;
		i = (i + 1) & mask;
	}
	return i;
}

size_t enf__io_batch_index(const enf__io_batch *b, const char *office,
			   const char *no)
{
	size_t s;

	if (b->nslots == 0)
		return SIZE_MAX;
	s = b->slots[enf__io_slot(b, office, no, enf__key_hash(office, no))];
	return s ? s - 1 : SIZE_MAX;
}

/* Room for one more case: arrays and an index at most half full. */
static int enf__io_batch_grow(enf__io_batch *b)
{
	if (b->n == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 16;
		enf_case **cases = realloc(b->cases, cap * sizeof(enf_case *));
		long *lines;
		uint64_t *hashes;

		if (cases == NULL)
			return -1;
		b->cases = cases;
		lines = realloc(b->lines, cap * sizeof(*lines));
		if (lines == NULL)
			return -1;
		b->lines = lines;
		hashes = realloc(b->hashes, cap * sizeof(*hashes));
		if (hashes == NULL)
			return -1;
		b->hashes = hashes, b->cap = cap;
	}
	if ((b->n + 1) * 2 > b->nslots) {
		size_t n = b->nslots ? b->nslots * 2 : 32;
		size_t *slots = calloc(n, sizeof(*slots));

		if (slots == NULL)
			return -1;
		free(b->slots);
		b->slots = slots, b->nslots = n;
		for (size_t i = 0; i < b->n; i++)
			b->slots[enf__io_slot(b, b->cases[i]->info.office,
					      b->cases[i]->info.decision_no,
					      b->hashes[i])] = i + 1;
	}
	return 0;
}

enf_status enf__io_batch_add(enf__io_batch *b, enf_case *c,
			     const enf__io_loc *loc)
{
	const char *office = c->info.office, *no = c->info.decision_no;
	uint64_t h = enf__key_hash(office, no);
	size_t twin = b->nslots ? b->slots[enf__io_slot(b, office, no, h)] : 0;
	enf_status st = ENF_OK;

	if (enf__register_has_hash(b->reg, office, no, h))
		st = enf__io_fail(ENF_ESTATE, loc, "decision_no",
				  "case \"%.*s\" of office \"%.*s\" is already "
				  "in the register",
				  enf__utf8_prefix(no, 60), no,
				  enf__utf8_prefix(office, 40), office);
	else if (twin != 0)
		st = enf__io_fail(ENF_ESTATE, loc, "decision_no",
				  "case \"%.*s\" of office \"%.*s\" is already "
				  "on line %ld",
				  enf__utf8_prefix(no, 60), no,
				  enf__utf8_prefix(office, 40), office,
				  b->lines[twin - 1]);
	if (st == ENF_OK && enf__io_batch_grow(b) != 0)
		st = enf__fail(ENF_ENOMEM, "%s:%ld: out of memory", loc->file,
			       loc->line);
	if (st != ENF_OK) {
		enf__io_case_free(b, c);
		return st;
	}
	b->slots[enf__io_slot(b, office, no, h)] = b->n + 1;
	b->lines[b->n] = loc->line;
	b->hashes[b->n] = h;
	b->cases[b->n++] = c;
	return ENF_OK;
}

enf_status enf__io_batch_pack(enf__io_batch *b, const char *fn)
{
	enf__slabs s = {enf__io_pool_take, b->pool, 0, NULL, 0, 0};

	for (size_t i = 0; i < b->n; i++)
		s.want += enf__case_slab_size(b->cases[i]);
	b->rs_case = NULL; /* packing moves the cases */
	for (size_t i = 0; i < b->n; i++) {
		enf_case *c =
			enf__case_pack_into(b->cases[i], b->arena != NULL, &s);

		if (c == NULL) {
			enf__slabs_done(&s);
			return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
		}
		b->cases[i] = c;
	}
	enf__slabs_done(&s);
	/* Every case has its own block now: the arena can go. */
	enf__arena_free(b->arena);
	b->arena = NULL;
	return ENF_OK;
}

enf_status enf__io_batch_commit(enf__io_batch *b, const char *fn)
{
	if (enf__io_batch_pack(b, fn) != ENF_OK)
		return ENF_ENOMEM;
	if (enf__register_reserve(b->reg, b->n) != ENF_OK)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	for (size_t i = 0; i < b->n; i++)
		enf__register_push_hash(b->reg, b->cases[i], b->hashes[i]);
	b->n = 0;
	return ENF_OK;
}
