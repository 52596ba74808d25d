/*
 * An import's arena (io_internal.h): until they are packed, the parts of
 * the cases a CSV import builds come from it, handed to the model as an
 * enf__case_mem; every part is a bump of a pointer, and the whole arena
 * goes at once after packing, where a malloc and a free per part took a
 * fifth of the import.
 */
#define _DEFAULT_SOURCE /* madvise, MADV_HUGEPAGE */
#include "io_internal.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

/* Bytes of the first chunk, and of the largest ordinary one (a few
 * thousand cases' parts); chunks double in between, so that a small
 * import does not pay for a large block. */
#define ENF__CHUNK_FIRST ((size_t)4 * 1024)
#define ENF__CHUNK	 (4 * ENF__IO_HUGE)

void enf__io_huge(void *p, size_t n)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
	/* The whole huge pages inside: lead bytes before the first, tail
	 * after the last. */
	uintptr_t u = (uintptr_t)p;
	size_t lead = (ENF__IO_HUGE - u % ENF__IO_HUGE) % ENF__IO_HUGE;
	size_t tail = (u + n) % ENF__IO_HUGE;

	/* Only a hint: where the kernel has no huge pages to give, or
	 * refuses, the memory works the same in small pages. */
	if (n > lead + tail)
		(void)madvise((char *)p + lead, n - lead - tail, MADV_HUGEPAGE);
#else
	(void)p, (void)n;
#endif
}

void *enf__io_huge_alloc(size_t n)
{
	void *p = malloc(n);

	/* From 2 MiB up, glibc maps the block on its own (page-aligned, not
	 * 2 MiB-aligned): the hint covers all but the ends of it. */
	if (p != NULL && n >= ENF__IO_HUGE)
		enf__io_huge(p, n);
	return p;
}

typedef struct enf__chunk {
	struct enf__chunk *next;
	size_t used, size;
	max_align_t data[]; /* size bytes */
} enf__chunk;

struct enf__arena {
	enf__chunk *head;
	enf__io_pool *pool; /* where chunks come from first, and go */
	size_t next;	    /* bytes of the next ordinary chunk */
	enf__case_mem mem;  /* the arena as the model sees it */
};

static void *enf__arena_take(void *ctx, size_t n)
{
	return enf__arena_alloc(ctx, n);
}

enf__arena *enf__arena_new(enf__io_pool *pool)
{
	enf__arena *a = calloc(1, sizeof(enf__arena));

	if (a != NULL) {
		a->pool = pool;
		a->mem.alloc = enf__arena_take;
		a->mem.ctx = a;
	}
	return a;
}

const enf__case_mem *enf__arena_mem(enf__arena *a)
{
	return a != NULL ? &a->mem : NULL;
}

void enf__arena_detach(enf__arena *a)
{
	if (a != NULL)
		a->pool = NULL;
}

void enf__arena_free(enf__arena *a)
{
	if (a == NULL)
		return;
	while (a->head != NULL) {
		enf__chunk *k = a->head;

		a->head = k->next;
		if (a->pool != NULL) {
			k->next = a->pool->chunks;
			a->pool->chunks = k;
		} else {
			free(k);
		}
	}
	free(a);
}

/* The first kept chunk of n to most bytes in all, taken off the pool;
 * NULL when there is none. */
static enf__chunk *enf__pool_fit(enf__io_pool *pool, size_t n, size_t most)
{
	for (enf__chunk **at = &pool->chunks; *at != NULL; at = &(*at)->next) {
		enf__chunk *k = *at;
		size_t all = offsetof(enf__chunk, data) + k->size;

		if (all >= n && all <= most) {
			*at = k->next;
			return k;
		}
	}
	return NULL;
}

void *enf__io_pool_take(void *ctx, size_t n)
{
	/* A slab keeps all of its block: a kept chunk much larger than asked
	 * for would stay with the register, mostly empty. */
	enf__chunk *k = ctx != NULL ? enf__pool_fit(ctx, n, n + n / 16) : NULL;

	return k != NULL ? (void *)k : enf__io_huge_alloc(n);
}

void enf__io_pool_free(enf__io_pool *pool)
{
	while (pool->chunks != NULL) {
		enf__chunk *k = pool->chunks;

		pool->chunks = k->next;
		free(k);
	}
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

		k = a->pool != NULL
			    ? enf__pool_fit(a->pool,
					    offsetof(enf__chunk, data) + n,
					    SIZE_MAX)
			    : NULL;
		if (k == NULL) {
			k = enf__io_huge_alloc(offsetof(enf__chunk, data) +
					       size);
			if (k == NULL)
				return NULL;
			k->size = size;
		}
		k->next = a->head, k->used = 0;
		a->head = k;
	}
	p = (char *)k->data + k->used;
	k->used += n;
	return p;
}
