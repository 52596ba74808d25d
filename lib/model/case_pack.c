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
 * out, and leaves the old parts to that allocator. A register's copy on
 * write (register_snapshot.c) is a packed copy too, with room for a few
 * events in the block.
 */
#include "internal.h"
#include "case_internal.h"

#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* ---------------------------------------------------------------------- */
/* Slabs                                                                   */

/* A slab's count of holders: each case in it, and the enf__slabs that is
 * filling it. The cases follow, each after the slab's address. */
struct enf__slab {
	atomic_size_t live;
	size_t pad; /* the first case's address 8 bytes past a 16 */
};

#define ENF__SLAB_SIZE ((size_t)8 << 20)
/* Bytes of the slab's address before each case. */
#define ENF__SLAB_LINK sizeof(void *)
/* The largest block a slab takes (larger ones get their own). */
#define ENF__SLAB_BLOCK (ENF__SLAB_SIZE / 16)

static void enf__slab_release(enf__slab *k)
{
	/* acq_rel: the thread that frees the slab sees every write made to
	 * its cases before the others let go. */
	if (atomic_fetch_sub_explicit(&k->live, 1, memory_order_acq_rel) == 1)
		free(k);
}

void enf__slabs_done(enf__slabs *s)
{
	if (s->cur != NULL)
		enf__slab_release(s->cur);
	s->cur = NULL;
	s->used = s->size = 0;
}

/* Room for a block of n bytes in s, after the slab's address; NULL when n
 * is too large for a slab or a new slab cannot be had. */
static void *enf__slab_take(enf__slabs *s, size_t n)
{
	size_t need = ENF__SLAB_LINK + ((n + 7) & ~(size_t)7);
	void *link;
	char *p;

	if (n > ENF__SLAB_BLOCK)
		return NULL;
	if (s->cur == NULL || s->size - s->used < need) {
		/* The bytes still to pack, up to a full slab: an import of
		 * a few cases takes what it needs, no more. */
		size_t size =
			sizeof(enf__slab) + (s->want > need ? s->want : need);
		enf__slab *k;

		if (size > ENF__SLAB_SIZE)
			size = ENF__SLAB_SIZE;
		if ((k = s->alloc(s->ctx, size)) == NULL)
			return NULL;
		enf__slabs_done(s);
		atomic_init(&k->live, 1);
		s->cur = k, s->used = sizeof(*k), s->size = size;
	}
	s->want = s->want > need ? s->want - need : 0;
	p = (char *)s->cur + s->used;
	link = s->cur;
	memcpy(p, &link, ENF__SLAB_LINK);
	s->used += need;
	atomic_fetch_add_explicit(&s->cur->live, 1, memory_order_relaxed);
	return p + ENF__SLAB_LINK;
}

void enf__case_block_free(enf_case *c)
{
	void *link;

	if ((c->block & ENF__BLOCK_SLAB) == 0) {
		free(c);
		return;
	}
	memcpy(&link, (char *)c - ENF__SLAB_LINK, ENF__SLAB_LINK);
	enf__slab_release(link);
}

/* ---------------------------------------------------------------------- */
/* Packing                                                                 */

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

/* Room for events left in the block of a copy on write: the copy is
 * made for one event, and a clerk's next few on the same case fit too. */
#define ENF__COPY_SPARE_EVENTS 4

/* Places the events of c with room for spare more at *p, moving *p on. */
static void enf__put_events(enf_case *n, char **p, const enf_case *c,
			    size_t spare)
{
	size_t room = c->nevents + spare;

	n->events = NULL, n->cap_events = 0;
	if (room == 0)
		return;
	n->events = (enf__event *)(void *)*p;
	if (c->nevents > 0)
		memcpy(n->events, c->events, c->nevents * sizeof(*c->events));
	*p += enf__align8(room * sizeof(*c->events));
	/* Spare room in the block is used in place; a log that outgrows
	 * it moves to the heap (enf__case_grow()). */
	n->cap_events = spare ? room : 0;
}

/* The bytes of c's strings: its own, then its parties' and assets'. */
static size_t enf__info_size(const enf_case *c)
{
	return enf__text_size(c->info.office) +
	       enf__text_size(c->info.decision_no) +
	       enf__text_size(c->info.court) +
	       enf__text_size(c->info.judgment_no);
}

static size_t enf__items_text(const enf_case *c)
{
	size_t text = 0;

	for (size_t i = 0; i < c->nparties; i++)
		text += enf__text_size(c->parties[i].name) +
			enf__text_size(c->parties[i].id);
	for (size_t i = 0; i < c->nassets; i++)
		text += enf__text_size(c->assets[i].description);
	return text;
}

/* Bytes of a packed case and its arrays, before the other strings: the
 * case's own strings come right after it (the office and decision number
 * are read with the case by every report and lookup: the same or the
 * next cache line), then the arrays, then the other strings. */
static size_t enf__arrays_size(const enf_case *c, size_t spare)
{
	return enf__align8(sizeof(*c)) + enf__align8(enf__info_size(c)) +
	       enf__align8((c->nevents + spare) * sizeof(*c->events)) +
	       enf__align8(c->nobligations * sizeof(*c->obligations)) +
	       enf__align8(c->nparties * sizeof(*c->parties)) +
	       enf__align8(c->nassets * sizeof(*c->assets));
}

size_t enf__case_slab_size(const enf_case *c)
{
	if (c->block != 0)
		return 0;
	return ENF__SLAB_LINK +
	       enf__align8(enf__arrays_size(c, 0) + enf__items_text(c));
}

/* A packed copy of c, with room for spare more events, in s when s is
 * not NULL and has room; NULL when out of memory. */
static enf_case *enf__case_packed(const enf_case *c, size_t spare,
				  enf__slabs *s)
{
	size_t info = enf__info_size(c), size, text = enf__items_text(c);
	enf_case *n = NULL;
	uint32_t slab = 0;
	char *p;

	size = enf__arrays_size(c, spare);
	/* A block's size is kept in 31 bits: a case of 2 GiB is refused as
	 * out of memory. */
	if (size + text >= ENF__BLOCK_SLAB)
		return NULL;
	if (s != NULL && (n = enf__slab_take(s, size + text)) != NULL)
		slab = ENF__BLOCK_SLAB;
	else if ((n = malloc(size + text)) == NULL)
		return NULL;
	/* Everything but the count of holders, which snapshots on other
	 * threads may be changing (atomically) while c is copied. */
	memcpy(n, c, offsetof(enf_case, refs));
	atomic_init(&n->refs, ENF__HOLD_OWNER);
	n->history = c->history;
	p = (char *)n + enf__align8(sizeof(*c));
	n->strings = p;
	n->info.office = enf__put_text(&p, c->info.office);
	n->info.decision_no = enf__put_text(&p, c->info.decision_no);
	n->info.court = enf__put_text(&p, c->info.court);
	n->info.judgment_no = enf__put_text(&p, c->info.judgment_no);
	p = n->strings + enf__align8(info);
	enf__put_events(n, &p, c, spare);
	n->obligations = enf__put_items(&p, c->obligations, c->nobligations,
					sizeof(*c->obligations));
	n->parties = enf__put_items(&p, c->parties, c->nparties,
				    sizeof(*c->parties));
	n->assets =
		enf__put_items(&p, c->assets, c->nassets, sizeof(*c->assets));
	n->cap_obligations = n->cap_parties = n->cap_assets = 0;
	for (size_t i = 0; i < c->nparties; i++) {
		n->parties[i].name = enf__put_text(&p, c->parties[i].name);
		n->parties[i].id = enf__put_text(&p, c->parties[i].id);
	}
	for (size_t i = 0; i < c->nassets; i++)
		n->assets[i].description =
			enf__put_text(&p, c->assets[i].description);
	n->block = (uint32_t)(size + text) | slab;
	return n;
}

enf_case *enf__case_pack(enf_case *c, int in_mem)
{
	return enf__case_pack_into(c, in_mem, NULL);
}

enf_case *enf__case_pack_into(enf_case *c, int in_mem, enf__slabs *s)
{
	enf_case *n;

	if (c->block != 0)
		return c;
	n = enf__case_packed(c, 0, s);
	if (n == NULL)
		return NULL;
	c->history = NULL; /* moved to n */
	if (!in_mem)
		enf_case_free(c);
	return n;
}

enf_case *enf__case_copy(const enf_case *c)
{
	enf_case *n = enf__case_packed(c, ENF__COPY_SPARE_EVENTS, NULL);
	int ok = 1;

	if (n == NULL)
		return NULL;
	n->history = enf__history_copy(c->history, &ok);
	if (!ok) {
		n->history = NULL;
		enf_case_free(n);
		return NULL;
	}
	return n;
}
