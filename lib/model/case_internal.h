/*
 * Private: the layout of a case, shared by case.c (facts and the
 * transition table), case_events.c (events, as-of status),
 * case_deadline.c (deadlines) and the register and io layers.
 */
#ifndef ENF_CASE_INTERNAL_H
#define ENF_CASE_INTERNAL_H

#include "enforcement/case.h"
#include "enforcement/correct.h"

#include <stdatomic.h>
#include <string.h>

/*
 * An event as a case keeps it: 16 bytes where the public enf_event takes
 * 32, for a national register holds ten million of them. A detail fits in
 * a byte (the transition table allows at most ENF__DETAIL_MAX), an asset
 * index in 16 bits (a case holds at most ENF__ASSETS_MAX assets), and
 * ENF__NO_ASSET stands for ENF_INDEX_NONE. enf__event_get() and
 * enf__event_put() convert.
 */
typedef struct enf__event {
	enf_money amount;
	enf_date date;
	uint8_t kind;
	uint8_t detail;
	uint16_t asset;
} enf__event;

#define ENF__DETAIL_MAX 255
#define ENF__ASSETS_MAX 65535
#define ENF__NO_ASSET	0xffffu

static inline enf_event enf__event_get(const enf__event *e)
{
	enf_event ev;

	ev.kind = (enf_event_kind)e->kind;
	ev.date = e->date;
	ev.detail = e->detail;
	ev.amount = e->amount;
	ev.asset = e->asset == ENF__NO_ASSET ? ENF_INDEX_NONE : e->asset;
	return ev;
}

/* ev has passed the checks of enf_case_apply(). */
static inline enf__event enf__event_put(const enf_event *ev)
{
	enf__event e;

	e.amount = ev->amount;
	e.date = ev->date;
	e.kind = (uint8_t)ev->kind;
	e.detail = (uint8_t)ev->detail;
	e.asset = ev->asset == ENF_INDEX_NONE ? (uint16_t)ENF__NO_ASSET
					      : (uint16_t)ev->asset;
	return e;
}

/* The asset index of a kept event, or ENF_INDEX_NONE. */
static inline int32_t enf__event_asset(const enf__event *e)
{
	return e->asset == ENF__NO_ASSET ? ENF_INDEX_NONE : e->asset;
}

/*
 * Where the parts of a case under construction come from, when not from
 * the heap: alloc(ctx, n) gives n bytes aligned for any part, or NULL when
 * out of memory. Nothing taken from it is freed on its own: it all goes
 * with the allocator, so a case built from one is never passed to
 * enf_case_free() (only its packed copy, from enf__case_pack(c, 1)). The
 * model knows nothing of what lies behind it (an import's arena, in io).
 */
struct enf__history;

typedef struct enf__case_mem {
	void *(*alloc)(void *ctx, size_t n);
	void *ctx;
} enf__case_mem;

struct enf_case {
	enf_case_info info; /* strings point at the owned copies below */
	char *strings;	    /* office, decision_no, court, judgment_no */
	enf_party *parties; /* name and id owned */
	size_t nparties, cap_parties;
	enf_obligation *obligations;
	size_t nobligations, cap_obligations;
	enf_asset *assets; /* description owned */
	size_t nassets, cap_assets;
	enf__event *events;
	size_t nevents, cap_events;
	enf_money owed; /* sum of money obligations */
	/* Bytes of the one block of a packed case, or 0 (31 bits, beside the
	 * 32-bit count below: the register holds a million cases), with
	 * ENF__BLOCK_SLAB set when the block lies in a slab (case_pack.c). */
	uint32_t block;
	/* Who holds the case, weighted: its owner (the caller, then the
	 * register it was added to) counts ENF__HOLD_OWNER, each snapshot
	 * that shares it ENF__HOLD_SNAPSHOT (register_snapshot.c). It may
	 * change in place only while refs is ENF__HOLD_OWNER: held by one
	 * owner and no snapshot. A snapshot's weight is 2 so that a case a
	 * snapshot alone still holds (its register has copied it on write,
	 * or is gone) is never taken for an owner's. Atomic: a snapshot may
	 * be freed on another thread than its register's writer. */
	atomic_uint refs;
	/* Its corrections and every event as entered (case_history.h), or
	 * NULL for a case never corrected, whose log is what was entered
	 * (seq = position). Always on the heap, never in the block. */
	struct enf__history *history;
};

#define ENF__HOLD_OWNER	   1u
#define ENF__HOLD_SNAPSHOT 2u

/*
 * Holding and sharing (case.c): enf__case_hold() adds weight to c's
 * holders; enf__case_release() takes it away and frees c when nothing
 * holds it any more (enf_case_free() is the owner's release);
 * enf__case_shared() tells whether c is held by anything but one owner,
 * and so must not change in place. enf__case_refuse_shared() is the
 * ENF_ESTATE failure of a change refused for that reason (fn names the
 * caller's function).
 */
void enf__case_hold(enf_case *c, size_t weight);
void enf__case_release(enf_case *c, size_t weight);
int enf__case_shared(const enf_case *c);
enf_status enf__case_refuse_shared(const char *fn, const enf_case *c);

/*
 * Packing (case_pack.c): enf__case_pack() moves c and everything it owns
 * into one block and returns it (c itself, already packed, or NULL when
 * out of memory, c unchanged); only for a case nobody else points to yet.
 * in_mem says c's parts came from an enf__case_mem, which keeps them (else
 * the old c is freed).
 */
enf_case *enf__case_pack(enf_case *c, int in_mem);

/*
 * Slabs (case_pack.c). An import packs its cases into slabs of a few MiB
 * taken from alloc (the io layer's, which asks for huge pages), a
 * million cases in a few hundred allocations where one each left the
 * kernel a fresh small page to fault in every few cases. Each case in a
 * slab is preceded by the slab's address; the slab counts the cases in
 * it and is freed with the last. enf__case_pack_into() is
 * enf__case_pack() into s (a case too large for a slab gets a block of
 * its own); enf__slabs_done() lets go of the slab being filled.
 */
#define ENF__BLOCK_SLAB	   0x80000000u
#define ENF__BLOCK_SIZE(c) ((size_t)((c)->block & ~ENF__BLOCK_SLAB))
typedef struct enf__slab enf__slab;
typedef struct enf__slabs {
	/* A block of at least n bytes, to free with free() (ctx its
	 * context). */
	void *(*alloc)(void *ctx, size_t n);
	void *ctx;
	size_t want;	/* bytes still to pack (enf__case_slab_size()) */
	enf__slab *cur; /* the slab being filled, or NULL */
	size_t used, size;
} enf__slabs;
/* The bytes c takes in a slab (0 when it is packed already). */
size_t enf__case_slab_size(const enf_case *c);
enf_case *enf__case_pack_into(enf_case *c, int in_mem, enf__slabs *s);
void enf__slabs_done(enf__slabs *s);
/* Frees the block of a packed case (its own, or its place in a slab). */
void enf__case_block_free(enf_case *c);
/* A packed copy of c (packed or not) held by one owner, with room for a
 * few more events in its block (a copy on write is made to take one);
 * NULL when out of memory. c is unchanged. */
enf_case *enf__case_copy(const enf_case *c);

/*
 * The parts of a case (case_mem.c): enf__case_alloc() takes n bytes from
 * m, or from malloc when m is NULL. enf__case_in_block() tells whether p
 * lies in c's block; enf__case_grow() makes room for item n + 1 of an
 * array of c, moving an array that lies in the block (or comes from m) to
 * new memory from m or the heap (0, or -1 when out of memory, unchanged).
 */
void *enf__case_alloc(const enf__case_mem *m, size_t n);
int enf__case_in_block(const enf_case *c, const void *p);
int enf__case_grow(const enf_case *c, const enf__case_mem *m, void **items,
		   size_t *cap, size_t n, size_t size);

/* The case functions with where their parts come from (NULL: the heap,
 * as the public functions do). */
enf_status enf__case_new_in(enf_case **out, const enf_case_info *info,
			    const enf__case_mem *mem);
enf_status enf__case_add_party_in(int32_t *out_index, enf_case *c,
				  const enf_party *party,
				  const enf__case_mem *mem);
enf_status enf__case_add_obligation_in(int32_t *out_index, enf_case *c,
				       const enf_obligation *obl,
				       const enf__case_mem *mem);
enf_status enf__case_add_asset_in(int32_t *out_index, enf_case *c,
				  const enf_asset *asset,
				  const enf__case_mem *mem);

/* The state of a case after some of its events. */
typedef struct enf__replay {
	enf_case_state state;
	enf_case_state paused_from; /* state before a postponement */
	enf_date since;
	int32_t detail;
	enf_money collected, paid;
	int32_t verifications;
	enf_date last_date; /* ENF_DATE_NONE before the first event */
	size_t count;	    /* events replayed */
} enf__replay;

/* Regime and mode combinations, bit (regime * 2 + mode). */
#define RM(reg, mode) (1u << ((reg)*2 + (mode)))
#define ENF__RM_ALL   0x3fu

/* One row of the transition table, indexed by event kind. */
typedef struct enf__transition {
	unsigned from[2]; /* states where it is legal, by enf_mode */
	int to;		  /* resulting state or ENF__TO_* */
	int max_detail;	  /* detail 0..max_detail (0: none taken) */
	unsigned regimes; /* RM() combinations where it is legal */
	/* In a postponed case, the grounds (bit 1 << ::enf_postpone_reason)
	 * it is legal for; 0: any ground. */
	unsigned postponed_on;
	const char *source; /* the article that allows it */
} enf__transition;

extern const enf__transition enf__table[ENF_EV_COUNT];

/* Targets of the table that are not a fixed state. */
enum {
	ENF__TO_SAME = -1,	/* the state does not change */
	ENF__TO_PREVIOUS = -2,	/* back to the state before the pause */
	ENF__TO_BY_DETAIL = -3, /* with means if detail is 1 (see below) */
};

/* Whether a state counts as done in the statistics: performed in full,
 * or terminated (Art 50; case.h). The one place the review list and the
 * programme report take it from. */
int enf__state_counts_done(enf_case_state state);

/* The tokens of states and event kinds (enf_case_state_name(),
 * enf_event_kind_name()), for the io layer's token tables. */
extern const char *const enf__state_names[ENF_STATE_COUNT];
extern const char *const enf__event_names[ENF_EV_COUNT];

/* The decision number, for messages. */
const char *enf__case_name(const enf_case *c);

/* Replays the events of c dated on or before date. */
void enf__replay_until(enf__replay *rs, const enf_case *c, enf_date date);
/* Goes on replaying the events of c after the rs->count already
 * replayed, up to those dated on or before date. */
void enf__replay_more(enf__replay *rs, const enf_case *c, enf_date date);
/* enf_case_apply() with rs the replay of all of c's events (the CSV
 * import keeps it from one row of a case to the next instead of
 * replaying the log for every event); rs takes the event too. */
enf_status enf__case_apply_after(enf_case *c, enf__replay *rs,
				 const enf_event *ev, const enf__case_mem *mem);
/* enf_case_apply()'s checks without applying the event (messages as
 * enf_case_apply()'s). */
enf_status enf__case_check(const enf_case *c, const enf_event *ev);

/*
 * A seized asset's sale (case_sale.c): whether an event kind is about an
 * asset; the status of asset after the events of c dated on or before
 * date (asset valid); why ev (an asset event naming a valid asset) may not
 * come next in the asset's sale, or NULL.
 */
/* The steps of a sale whose law the auction engine checks (auction failed
 * to asset returned): the engine's checked apply and the imports use it.
 * Both are a bit of a mask, inline: every event applied asks. */
#define ENF__EV_BIT(k) ((uint64_t)1 << (k))
#define ENF__SALE_STEPS                                                        \
	(ENF__EV_BIT(ENF_EV_AUCTION_FAILED) | ENF__EV_BIT(ENF_EV_PRICE_CUT) |  \
	 ENF__EV_BIT(ENF_EV_CREDITOR_ANSWERED) |                               \
	 ENF__EV_BIT(ENF_EV_ASSET_SOLD) | ENF__EV_BIT(ENF_EV_ASSET_TAKEN) |    \
	 ENF__EV_BIT(ENF_EV_ASSET_REDEEMED) |                                  \
	 ENF__EV_BIT(ENF_EV_ASSET_HANDED_OVER) |                               \
	 ENF__EV_BIT(ENF_EV_ASSET_RETURNED))
#define ENF__SALE_EVENTS                                                       \
	(ENF__SALE_STEPS | ENF__EV_BIT(ENF_EV_ASSET_SEIZED) |                  \
	 ENF__EV_BIT(ENF_EV_ASSET_APPRAISED) |                                 \
	 ENF__EV_BIT(ENF_EV_ASSET_AUCTIONED))
_Static_assert(ENF_EV_COUNT <= 64, "event kinds fit a 64-bit mask");
static inline int enf__is_sale_event(enf_event_kind k)
{
	return (unsigned)k < ENF_EV_COUNT && (ENF__SALE_EVENTS >> k & 1u);
}
static inline int enf__is_sale_step(enf_event_kind k)
{
	return (unsigned)k < ENF_EV_COUNT && (ENF__SALE_STEPS >> k & 1u);
}
void enf__sale_status(enf_asset_status *out, const enf_case *c, int32_t asset,
		      enf_date date);
const char *enf__sale_refusal(const enf_case *c, const enf_event *ev);

/* The state an event leads to from rs (the event is legal). */
static inline enf_case_state enf__target(const enf__replay *rs,
					 const enf__event *ev)
{
	int to = enf__table[ev->kind].to;

	if (to == ENF__TO_SAME)
		return rs->state;
	if (to == ENF__TO_PREVIOUS)
		return rs->paused_from;
	if (to == ENF__TO_BY_DETAIL) {
		/* A decision of no means keeps a case that is already in the
		 * separate book there: only new means take it out (Decree 62
		 * Art 9(5)). */
		if (ev->kind == ENF_EV_CLASSIFIED && ev->detail)
			return ENF_STATE_WITH_MEANS;
		if (ev->kind == ENF_EV_CLASSIFIED)
			return rs->state == ENF_STATE_SEPARATE_BOOK
				       ? rs->state
				       : ENF_STATE_WITHOUT_MEANS;
		/* VERIFIED: means found moves to with means, else stays. */
		return ev->detail ? ENF_STATE_WITH_MEANS : rs->state;
	}
	return (enf_case_state)to;
}

/* Applies one legal event to rs: all of it when full is 1; with full 0
 * only the state, the state before a pause, the detail, the money and
 * the count (since, last_date and verifications are left as they were).
 * Inline, full a constant: the import applies every event of a register
 * through it, and a report replays every case. */
static inline void enf__replay_apply(enf__replay *rs, const enf__event *ev,
				     int full)
{
	enf_case_state to = enf__target(rs, ev);

	if ((to == ENF_STATE_POSTPONED || to == ENF_STATE_SUSPENDED) &&
	    rs->state != ENF_STATE_POSTPONED &&
	    rs->state != ENF_STATE_SUSPENDED)
		rs->paused_from = rs->state;
	if (to != rs->state) {
		if (full)
			rs->since = ev->date;
		rs->detail = (ev->kind == ENF_EV_POSTPONED ||
			      ev->kind == ENF_EV_SUSPENDED ||
			      ev->kind == ENF_EV_TERMINATED)
				     ? ev->detail
				     : 0;
	}
	rs->state = to;
	if (ev->kind == ENF_EV_COLLECTED)
		rs->collected += ev->amount;
	else if (ev->kind == ENF_EV_PAID_OUT)
		rs->paid += ev->amount;
	else if (full && ev->kind == ENF_EV_VERIFIED)
		rs->verifications++;
	if (full)
		rs->last_date = ev->date;
	rs->count++;
}

static inline void enf__replay_step(enf__replay *rs, const enf__event *ev)
{
	enf__replay_apply(rs, ev, 1);
}

/* A replay before any event. */
static inline void enf__replay_start(enf__replay *rs)
{
	memset(rs, 0, sizeof(*rs));
	rs->last_date = ENF_DATE_NONE;
}
/* enf__regime_of(): rules_table.h. */

/*
 * The rules a deadline query uses (case_deadline.c): in, checked, or, for
 * NULL, the rules of the regime in force on date (Decree 152 Art 115). A
 * version 1 value gets its regime's defaults for the fields version 2
 * added. Fails as enf_case_rules_check() does, with its message.
 */
enf_status enf__case_rules_use(enf_case_rules *out, const enf_case_rules *in,
			       enf_date date);

/*
 * Corrections (case_correct.c, correct.h). enf__case_restore() puts a
 * case's history back as it was saved, for the loads of the io layer: c
 * holds its facts as they are now (after every amendment), has no event
 * and no history yet, is not shared, and is packed or on the heap (its
 * parts are replaced and freed: not a case in an import's arena).
 * entries holds the n events as entered, by seq (entries is not NULL,
 * even for n 0); recs[j] and befores[j] are the m corrections in the
 * order made, with the values they replaced (enf_case_correction()). The
 * corrected log is computed, checked by building the case afresh through
 * the transition table, and becomes c's log. Failures name fn and the
 * case; c is unchanged on error.
 */
enf_status enf__case_restore(enf_case *c, const enf_event *entries, size_t n,
			     const enf_correction *recs,
			     const enf_correction *befores, size_t m,
			     const char *fn);
/* Frees a history (NULL is a no-op); a copy of one (NULL when h is NULL,
 * *ok 0 when out of memory). */
void enf__history_free(struct enf__history *h);
struct enf__history *enf__history_copy(const struct enf__history *h, int *ok);
/* Whether a case may take events, corrections or facts: 0, or fails
 * (ENF_ESTATE, naming fn) for a case withdrawn as entered in error or a
 * copy as known on a past day. */
enf_status enf__case_open_for_writes(const char *fn, const enf_case *c);
/* The history of an event appended to c's log: enf__history_reserve()
 * makes room for its entry and seq before (-1 when out of memory, nothing
 * changed), enf__history_push() keeps them after. A case without history
 * has nothing to keep. */
int enf__history_reserve(enf_case *c);
void enf__history_push(enf_case *c);

#endif /* ENF_CASE_INTERNAL_H */
