/*
 * A case in one allocation. An import packs each case once it is complete:
 * the case, its arrays and all its strings move into one block, so that a
 * register of a million cases holds a million allocations instead of
 * about eight million, with no spare capacity and no allocator header per
 * piece (the register goes from about 1,000 to about 600 bytes a case).
 * A packed case can still change: an array that grows, or is added to,
 * moves out of the block onto the heap first (enf__case_grow()), and
 * enf_case_free() frees only what is outside the block.
 * Until it is packed, a CSV import builds its cases in an arena (below):
 * every part is a bump of a pointer, and the whole arena goes at once
 * after packing, where a malloc and a free per part took a fifth of the
 * import.
 */
#include "internal.h"
#include "case_internal.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* n rounded up to a multiple of 8, the alignment of every part. */
static size_t enf__align8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

static size_t enf__text_size(const char *s)
{
	return s != NULL ? strlen(s) + 1 : 0;
}

/* Copies s (or nothing for NULL) to *p and moves *p past it. */
static const char *enf__put_text(char **p, const char *s)
{
	char *at = *p;
	size_t n = enf__text_size(s);

	if (s == NULL)
		return NULL;
	memcpy(at, s, n);
	*p += n;
	return at;
}

/* Copies n items of size bytes to *p (NULL for none), moving *p on. */
static void *enf__put_items(char **p, const void *items, size_t n, size_t size)
{
	char *at = *p;

	if (n == 0)
		return NULL;
	memcpy(at, items, n * size);
	*p += enf__align8(n * size);
	return at;
}

int enf__case_in_block(const enf_case *c, const void *p)
{
	uintptr_t a = (uintptr_t)c, x = (uintptr_t)p;

	return c->block != 0 && x >= a && x < a + c->block;
}

/* ---------------------------------------------------------------------- */
/* The import's arena                                                      */

/* Bytes of the first chunk, and of the largest ordinary one (a few
 * hundred cases' parts); chunks double in between, so that a small
 * import does not pay for a large block. */
#define ENF__CHUNK_FIRST ((size_t)4 * 1024)
#define ENF__CHUNK	 ((size_t)256 * 1024)

typedef struct enf__chunk {
	struct enf__chunk *next;
	size_t used, size;
	max_align_t data[]; /* size bytes */
} enf__chunk;

struct enf__arena {
	enf__chunk *head;
	size_t next; /* bytes of the next ordinary chunk */
};

enf__arena *enf__arena_new(void)
{
	return calloc(1, sizeof(enf__arena));
}

void enf__arena_free(enf__arena *a)
{
	if (a == NULL)
		return;
	while (a->head != NULL) {
		enf__chunk *next = a->head->next;

		free(a->head);
		a->head = next;
	}
	free(a);
}

void *enf__arena_alloc(enf__arena *a, size_t n)
{
	enf__chunk *k = a->head;
	void *p;

	if (n > SIZE_MAX / 2)
		return NULL;
	n = n ? (n + 15) & ~(size_t)15 : 16;
	if (k == NULL || k->size - k->used < n) {
		size_t size = a->next ? a->next : ENF__CHUNK_FIRST;

		a->next = size < ENF__CHUNK ? size * 2 : ENF__CHUNK;
		if (size < n)
			size = n;

		k = malloc(sizeof(*k) + size);
		if (k == NULL)
			return NULL;
		k->next = a->head, k->used = 0, k->size = size;
		a->head = k;
	}
	p = (char *)k->data + k->used;
	k->used += n;
	return p;
}

void *enf__case_alloc(enf__arena *a, size_t n)
{
	return a != NULL ? enf__arena_alloc(a, n) : malloc(n ? n : 1);
}

/* ---------------------------------------------------------------------- */
/* Packing                                                                 */

int enf__case_grow(const enf_case *c, enf__arena *a, void **items, size_t *cap,
		   size_t n, size_t size)
{
	/* An array in the block or the arena is copied, never reallocated:
	 * the old copy stays where it is (freed with the block or the
	 * arena). */
	if (n + 1 > *cap &&
	    (a != NULL || (*items != NULL && enf__case_in_block(c, *items)))) {
		size_t want = n < 2 ? 4 : 2 * n;
		void *p;

		if (want > SIZE_MAX / size)
			return -1;
		p = enf__case_alloc(a, want * size);
		if (p == NULL)
			return -1;
		if (n > 0)
			memcpy(p, *items, n * size);
		*items = p, *cap = want;
		return 0;
	}
	return enf__reserve(items, cap, n + 1, size);
}

enf_case *enf__case_pack(enf_case *c, int in_arena)
{
	size_t info, size, text = 0;
	enf_case *n;
	char *p;

	if (c->block != 0)
		return c;
	/* The case's own strings come right after it (the office and
	 * decision number are read with the case by every report and
	 * lookup: the same or the next cache line), then the arrays, then
	 * the other strings. */
	info = enf__text_size(c->info.office) +
	       enf__text_size(c->info.decision_no) +
	       enf__text_size(c->info.court) +
	       enf__text_size(c->info.judgment_no);
	size = enf__align8(sizeof(*c)) + enf__align8(info) +
	       enf__align8(c->nevents * sizeof(*c->events)) +
	       enf__align8(c->nobligations * sizeof(*c->obligations)) +
	       enf__align8(c->nparties * sizeof(*c->parties)) +
	       enf__align8(c->nassets * sizeof(*c->assets));
	for (size_t i = 0; i < c->nparties; i++)
		text += enf__text_size(c->parties[i].name) +
			enf__text_size(c->parties[i].id);
	for (size_t i = 0; i < c->nassets; i++)
		text += enf__text_size(c->assets[i].description);
	n = malloc(size + text);
	if (n == NULL)
		return NULL;
	*n = *c;
	p = (char *)n + enf__align8(sizeof(*c));
	n->strings = p;
	n->info.office = enf__put_text(&p, c->info.office);
	n->info.decision_no = enf__put_text(&p, c->info.decision_no);
	n->info.court = enf__put_text(&p, c->info.court);
	n->info.judgment_no = enf__put_text(&p, c->info.judgment_no);
	p = n->strings + enf__align8(info);
	n->events =
		enf__put_items(&p, c->events, c->nevents, sizeof(*c->events));
	n->obligations = enf__put_items(&p, c->obligations, c->nobligations,
					sizeof(*c->obligations));
	n->parties = enf__put_items(&p, c->parties, c->nparties,
				    sizeof(*c->parties));
	n->assets =
		enf__put_items(&p, c->assets, c->nassets, sizeof(*c->assets));
	n->cap_events = n->cap_obligations = 0;
	n->cap_parties = n->cap_assets = 0;
	for (size_t i = 0; i < c->nparties; i++) {
		n->parties[i].name = enf__put_text(&p, c->parties[i].name);
		n->parties[i].id = enf__put_text(&p, c->parties[i].id);
	}
	for (size_t i = 0; i < c->nassets; i++)
		n->assets[i].description =
			enf__put_text(&p, c->assets[i].description);
	n->block = size + text;
	if (!in_arena)
		enf_case_free(c);
	return n;
}
