/*
 * Where the parts of a case come from (case_internal.h): the heap, or the
 * allocator a caller hands the model (an import builds its cases in an
 * arena of its own until it packs them, case_pack.c). The model knows only
 * the enf__case_mem interface, not what lies behind it.
 */
#include "internal.h"
#include "case_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int enf__case_in_block(const enf_case *c, const void *p)
{
	uintptr_t a = (uintptr_t)c, x = (uintptr_t)p;

	return c->block != 0 && x >= a && x < a + ENF__BLOCK_SIZE(c);
}

void *enf__case_alloc(const enf__case_mem *m, size_t n)
{
	return m != NULL ? m->alloc(m->ctx, n) : malloc(n ? n : 1);
}

int enf__case_grow(const enf_case *c, const enf__case_mem *m, void **items,
		   size_t *cap, size_t n, size_t size)
{
	/* An array in the block or from m is copied, never reallocated:
	 * the old copy stays where it is (freed with the block or with
	 * m's memory). */
	if (n + 1 > *cap &&
	    (m != NULL || (*items != NULL && enf__case_in_block(c, *items)))) {
		size_t want = n < 2 ? 4 : 2 * n;
		void *p;

		if (want > SIZE_MAX / size)
			return -1;
		p = enf__case_alloc(m, want * size);
		if (p == NULL)
			return -1;
		if (n > 0)
			memcpy(p, *items, n * size);
		*items = p, *cap = want;
		return 0;
	}
	return enf__reserve(items, cap, n + 1, size);
}
