/*
 * A case in one allocation. An import packs each case once it is complete:
 * the case, its arrays and all its strings move into one block, so that a
 * register of a million cases holds a million allocations instead of
 * about eight million, with no spare capacity and no allocator header per
 * piece (the register goes from about 1,000 to about 600 bytes a case).
 * A packed case can still change: an array that grows, or is added to,
 * moves out of the block onto the heap first (enf__case_grow() in
 * case_mem.c), and enf_case_free() frees only what is outside the block.
 * Until it is packed, a case may have been built from an allocator that
 * frees all at once (a CSV import's arena, io_arena.c): packing copies it
 * out, and leaves the old parts to that allocator.
 */
#include "internal.h"
#include "case_internal.h"

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

enf_case *enf__case_pack(enf_case *c, int in_mem)
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
	if (!in_mem)
		enf_case_free(c);
	return n;
}
