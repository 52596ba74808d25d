/*
 * Cases: facts, parties, obligations, assets and the event log, with the
 * transition table that decides which event is legal in which state.
 */
#include "internal.h"
#include "case_internal.h"
#include "rules_table.h"

#include <stdlib.h>
#include <string.h>

#define S(x) (1u << ENF_STATE_##x)
#define ENF__DECIDED_OPEN                                                      \
	(S(VOLUNTARY) | S(WITH_MEANS) | S(WITHOUT_MEANS) | S(POSTPONED) |      \
	 S(SUSPENDED) | S(SEPARATE_BOOK))
#define ENF__ACTIVE (S(VOLUNTARY) | S(WITH_MEANS) | S(WITHOUT_MEANS))

/* The same states for both modes. */
#define BOTH(states)                                                           \
	{                                                                      \
		(states), (states)                                             \
	}

/*
 * The transition table. Sources: Law 26/2008 as amended 2014 ("Art"),
 * Decree 62/2015 (D62), Decree 152/2026 (D152).
 * - VERIFIED with detail 1 (means found) moves an unclassified, without-
 *   means or separate-book case to with means; detail 0 keeps the state.
 * - CLASSIFIED sets with (1) or without (0) means (Art 44a).
 * - The separate book is closed to on-request cases under the new law,
 *   which returns their request instead (D152 Art 22).
 */
/* Events keep their detail in a byte (case_internal.h). */
_Static_assert(ENF_POSTPONE_PROTEST <= ENF__DETAIL_MAX &&
		       ENF_SUSPEND_BANKRUPTCY <= ENF__DETAIL_MAX &&
		       ENF_TERMINATE_CUSTODY <= ENF__DETAIL_MAX &&
		       1 <= ENF__DETAIL_MAX,
	       "a detail must fit in a byte");

const enf__transition enf__table[ENF_EV_COUNT] = {
	/* An agency case starts from the judgment itself (Art 36(2)); an
	 * on-request case from the creditor's request (Art 31, 36(1)). */
	[ENF_EV_REQUEST_RECEIVED] =
		{{0, S(NONE)}, ENF_STATE_RECEIVED, 0, ENF__RM_ALL, 0, "Art 31"},
	[ENF_EV_ENTRUSTED_IN] = {BOTH(S(NONE)), ENF_STATE_RECEIVED, 0,
				 ENF__RM_ALL, 0, "Art 55-57"},
	[ENF_EV_DECISION_ISSUED] = {{S(NONE) | S(RECEIVED), S(RECEIVED)},
				    ENF_STATE_VOLUNTARY,
				    0,
				    ENF__RM_ALL,
				    0,
				    "Art 36"},
	[ENF_EV_DECISION_NOTIFIED] = {BOTH(S(VOLUNTARY)), ENF__TO_SAME, 0,
				      ENF__RM_ALL, 0, "Art 39, 45"},
	[ENF_EV_VERIFIED] = {BOTH(S(VOLUNTARY) | S(WITH_MEANS) |
				  S(WITHOUT_MEANS) | S(SEPARATE_BOOK)),
			     ENF__TO_BY_DETAIL, 1, ENF__RM_ALL, 0, "Art 44"},
	[ENF_EV_CLASSIFIED] = {BOTH(S(VOLUNTARY) | S(WITH_MEANS) |
				    S(WITHOUT_MEANS) | S(SEPARATE_BOOK)),
			       ENF__TO_BY_DETAIL, 1, ENF__RM_ALL, 0, "Art 44a"},
	[ENF_EV_POSTPONED] = {BOTH(ENF__ACTIVE), ENF_STATE_POSTPONED,
			      ENF_POSTPONE_PROTEST, ENF__RM_ALL, 0, "Art 48"},
	/* A protest or an accepted bankruptcy petition suspends any open
	 * case, the separate book included (Art 49). */
	[ENF_EV_SUSPENDED] = {BOTH(ENF__ACTIVE | S(POSTPONED) |
				   S(SEPARATE_BOOK)),
			      ENF_STATE_SUSPENDED, ENF_SUSPEND_BANKRUPTCY,
			      ENF__RM_ALL, 0, "Art 49"},
	[ENF_EV_RESUMED] = {BOTH(S(POSTPONED) | S(SUSPENDED)), ENF__TO_PREVIOUS,
			    0, ENF__RM_ALL, 0, "Art 48(3), 49(3)"},
	[ENF_EV_TERMINATED] = {BOTH(ENF__DECIDED_OPEN), ENF_STATE_TERMINATED,
			       ENF_TERMINATE_CUSTODY, ENF__RM_ALL, 0, "Art 50"},
	[ENF_EV_ENTRUSTED_OUT] = {BOTH(ENF__ACTIVE), ENF_STATE_ENTRUSTED, 0,
				  ENF__RM_ALL, 0, "Art 55"},
	/* The separate book came with the 2014 amendment; from 2026 it is
	 * for agency cases only. */
	[ENF_EV_SEPARATE_BOOK] =
		{BOTH(S(WITHOUT_MEANS)), ENF_STATE_SEPARATE_BOOK, 0,
		 RM(ENF_REGIME_VN2014, ENF_MODE_AGENCY) |
			 RM(ENF_REGIME_VN2014, ENF_MODE_REQUEST) |
			 RM(ENF_REGIME_VN2026, ENF_MODE_AGENCY),
		 0, "D62 Art 9(5); D152 Art 22"},
	/* Returning the request: the 2008 text (trả đơn, Art 51, repealed
	 * 2014) and the new law (D152 Art 22), on-request cases only. */
	[ENF_EV_REQUEST_RETURNED] = {BOTH(S(WITHOUT_MEANS) | S(SEPARATE_BOOK)),
				     ENF_STATE_RETURNED, 0,
				     RM(ENF_REGIME_VN2008, ENF_MODE_REQUEST) |
					     RM(ENF_REGIME_VN2026,
						ENF_MODE_REQUEST),
				     0, "Art 51 (2008 text); D152 Art 22"},
	[ENF_EV_COLLECTED] = {BOTH(ENF__DECIDED_OPEN), ENF__TO_SAME, 0,
			      ENF__RM_ALL, 0, "Art 47"},
	[ENF_EV_PAID_OUT] = {BOTH(ENF__DECIDED_OPEN | S(DONE) | S(TERMINATED)),
			     ENF__TO_SAME, 0, ENF__RM_ALL, 0, "Art 47"},
	[ENF_EV_ASSET_SEIZED] = {BOTH(S(WITH_MEANS)), ENF__TO_SAME, 0,
				 ENF__RM_ALL, 0, "Art 87"},
	[ENF_EV_ASSET_APPRAISED] = {BOTH(S(WITH_MEANS)), ENF__TO_SAME, 0,
				    ENF__RM_ALL, 0, "Art 98, 99"},
	[ENF_EV_ASSET_AUCTIONED] = {BOTH(S(WITH_MEANS)), ENF__TO_SAME, 0,
				    ENF__RM_ALL, 0, "Art 101-104"},
	/* Performed in full: also by a debtor classified without means, or
	 * under a postponement the parties agreed (Art 48(1)(c)); no text
	 * makes such a case go through "with means" first (I). Other
	 * postponements and suspensions are resumed first. */
	[ENF_EV_DONE] = {BOTH(S(VOLUNTARY) | S(WITH_MEANS) | S(WITHOUT_MEANS) |
			      S(POSTPONED)),
			 ENF_STATE_DONE, 0, ENF__RM_ALL,
			 1u << ENF_POSTPONE_AGREEMENT, "Art 52"},
	[ENF_EV_DECISION_WITHDRAWN] = {BOTH(ENF__DECIDED_OPEN),
				       ENF_STATE_WITHDRAWN, 0, ENF__RM_ALL, 0,
				       "Art 37"},
	/* A court's reduction of a state-budget obligation, in any open
	 * state of a decided case: enforcement goes on with the rest (Art
	 * 61-64; JC 12/2015 Art 11(1)). */
	[ENF_EV_OBLIGATION_REDUCED] = {BOTH(ENF__DECIDED_OPEN), ENF__TO_SAME, 0,
				       ENF__RM_ALL, 0,
				       "Art 61-64; JC 12/2015 Art 11"},
	/* A local programme (a commune mobilisation team): no statute, so
	 * the source says so. Numbers fit the detail byte. */
	[ENF_EV_PROGRAMME_ASSIGNED] = {BOTH(ENF__ACTIVE), ENF__TO_SAME,
				       ENF__DETAIL_MAX, ENF__RM_ALL, 0,
				       "a local programme, no statute"},
	/* A seized asset's sale, step by step, while the case is with means
	 * (the order within the sale: case_sale.c; the law of each step:
	 * the auction engine). */
	[ENF_EV_AUCTION_FAILED] = {BOTH(S(WITH_MEANS)), ENF__TO_SAME, 0,
				   ENF__RM_ALL, 0, "Art 101-104"},
	[ENF_EV_PRICE_CUT] = {BOTH(S(WITH_MEANS)), ENF__TO_SAME, 0, ENF__RM_ALL,
			      0, "Art 104"},
	[ENF_EV_CREDITOR_ANSWERED] = {BOTH(S(WITH_MEANS)), ENF__TO_SAME, 1,
				      ENF__RM_ALL, 0, "Art 104(2)"},
	[ENF_EV_ASSET_SOLD] = {BOTH(S(WITH_MEANS)), ENF__TO_SAME, 0,
			       ENF__RM_ALL, 0, "Art 101-103"},
	[ENF_EV_ASSET_TAKEN] = {BOTH(S(WITH_MEANS)), ENF__TO_SAME, 0,
				ENF__RM_ALL, 0, "Art 104(2)"},
	[ENF_EV_ASSET_REDEEMED] = {BOTH(S(WITH_MEANS)), ENF__TO_SAME, 0,
				   ENF__RM_ALL, 0,
				   "Art 104(2); D152 Art 65(6)"},
	[ENF_EV_ASSET_HANDED_OVER] = {BOTH(S(WITH_MEANS)), ENF__TO_SAME, 0,
				      ENF__RM_ALL, 0,
				      "Art 103; D152 Art 67(1)(c)"},
	[ENF_EV_ASSET_RETURNED] = {BOTH(S(WITH_MEANS)), ENF__TO_SAME, 0,
				   ENF__RM_ALL, 0, "Art 104(3), 48(1)(h)"},
};

const char *const enf__state_names[ENF_STATE_COUNT] = {
	"none",		 "received",  "voluntary", "with_means",
	"without_means", "postponed", "suspended", "separate_book",
	"entrusted",	 "returned",  "withdrawn", "terminated",
	"done",
};

const char *const enf__event_names[ENF_EV_COUNT] = {
	"request_received",
	"entrusted_in",
	"decision_issued",
	"decision_notified",
	"verified",
	"classified",
	"postponed",
	"suspended",
	"resumed",
	"terminated",
	"entrusted_out",
	"separate_book",
	"request_returned",
	"collected",
	"paid_out",
	"asset_seized",
	"asset_appraised",
	"asset_auctioned",
	"done",
	"decision_withdrawn",
	"obligation_reduced",
	"programme_assigned",
	"auction_failed",
	"price_cut",
	"creditor_answered",
	"asset_sold",
	"asset_taken",
	"asset_redeemed",
	"asset_handed_over",
	"asset_returned",
};

const char *enf_case_state_name(enf_case_state state)
{
	return (unsigned)state < ENF_STATE_COUNT ? enf__state_names[state]
						 : "unknown";
}

const char *enf_event_kind_name(enf_event_kind kind)
{
	return (unsigned)kind < ENF_EV_COUNT ? enf__event_names[kind]
					     : "unknown";
}

enf_status enf_case_transition_allowed(int *out, enf_case_state state,
				       enf_event_kind kind, enf_mode mode)
{
	ENF__CHECK_NULL("case_transition_allowed", out);
	if ((unsigned)state >= ENF_STATE_COUNT)
		return enf__fail(ENF_EINVALID,
				 "case_transition_allowed: state is %d; not a "
				 "state",
				 (int)state);
	if ((unsigned)kind >= ENF_EV_COUNT)
		return enf__fail(ENF_EINVALID,
				 "case_transition_allowed: kind is %d; not an "
				 "event kind",
				 (int)kind);
	if (mode != ENF_MODE_AGENCY && mode != ENF_MODE_REQUEST)
		return enf__fail(ENF_EINVALID,
				 "case_transition_allowed: mode is %d; not a "
				 "mode",
				 (int)mode);
	*out = (enf__table[kind].from[mode] & (1u << state)) != 0;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Replay                                                                  */

void enf__replay_until(enf__replay *rs, const enf_case *c, enf_date date)
{
	enf__replay_start(rs);
	enf__replay_more(rs, c, date);
}

void enf__replay_more(enf__replay *rs, const enf_case *c, enf_date date)
{
	for (size_t i = rs->count; i < c->nevents && c->events[i].date <= date;
	     i++)
		enf__replay_step(rs, &c->events[i]);
}

/* ---------------------------------------------------------------------- */
/* Facts and entities                                                      */

enf_status enf_case_info_init(enf_case_info *info, unsigned int version)
{
	ENF__CHECK_NULL("case_info_init", info);
	if (enf__check_version("case_info_init", "version", version,
			       ENF_CASE_INFO_VERSION) != ENF_OK)
		return ENF_EVERSION;
	memset(info, 0, sizeof(*info));
	info->version = version;
	info->decision_date = ENF_DATE_NONE;
	info->judgment_effective = ENF_DATE_NONE;
	info->mode = ENF_MODE_REQUEST;
	return ENF_OK;
}

static int enf__opt_date_ok(enf_date d)
{
	return d == ENF_DATE_NONE || enf__date_in_range(d);
}

static enf_status enf__check_info(const enf_case_info *in)
{
	const unsigned all_flags = ENF_CASE_CORRUPTION | ENF_CASE_PRISONER |
				   ENF_CASE_UNKNOWN_ADDRESS |
				   ENF_CASE_DIFFICULT;

	if (enf__check_version("case_new", "version", in->version,
			       ENF_CASE_INFO_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if (in->office == NULL || in->office[0] == '\0')
		return enf__fail(ENF_EINVALID,
				 "case_new: office is "
				 "empty; a case needs its office");
	if (in->decision_no == NULL || in->decision_no[0] == '\0')
		return enf__fail(ENF_EINVALID,
				 "case_new: decision_no is empty; a case "
				 "is one decision and needs its number");
	if (in->mode != ENF_MODE_AGENCY && in->mode != ENF_MODE_REQUEST)
		return enf__fail(ENF_EINVALID,
				 "case_new: mode is %d; not a mode",
				 (int)in->mode);
	if ((unsigned)in->judgment_kind > ENF_JUDGMENT_BANKRUPTCY)
		return enf__fail(ENF_EINVALID,
				 "case_new: judgment_kind is %d; not a "
				 "judgment kind",
				 (int)in->judgment_kind);
	if ((in->flags & ~all_flags) != 0)
		return enf__fail(ENF_EINVALID,
				 "case_new: flags is 0x%x; unknown bits",
				 in->flags);
	if (!enf__opt_date_ok(in->decision_date))
		return enf__range_fail("case_new", "decision_date",
				       in->decision_date);
	if (!enf__opt_date_ok(in->judgment_effective))
		return enf__range_fail("case_new", "judgment_effective",
				       in->judgment_effective);
	return ENF_OK;
}

/* The bytes the four strings of info take with their NULs. */
static size_t enf__strings_size(const enf_case_info *in)
{
	const char *src[4] = {in->office, in->decision_no, in->court,
			      in->judgment_no};
	size_t total = 0;

	for (int i = 0; i < 4; i++)
		total += src[i] ? strlen(src[i]) + 1 : 1;
	return total;
}

/* Copies the four strings of info into block (enf__strings_size()). */
static void enf__pack_strings(char *block, const enf_case_info *in,
			      enf_case_info *to)
{
	const char *src[4] = {in->office, in->decision_no, in->court,
			      in->judgment_no};
	char *p = block;

	for (int i = 0; i < 4; i++) {
		size_t len = src[i] ? strlen(src[i]) + 1 : 1;

		memcpy(p, src[i] ? src[i] : "", len);
		if (i == 0)
			to->office = p;
		else if (i == 1)
			to->decision_no = p;
		else if (i == 2)
			to->court = p;
		else
			to->judgment_no = p;
		p += len;
	}
}

enf_status enf_case_new(enf_case **out, const enf_case_info *info)
{
	return enf__case_new_in(out, info, NULL);
}

enf_status enf__case_new_in(enf_case **out, const enf_case_info *info,
			    const enf__case_mem *mem)
{
	enf_case *c;
	size_t size;
	enf_status st;

	ENF__CHECK_NULL("case_new", out);
	*out = NULL;
	ENF__CHECK_NULL("case_new", info);
	st = enf__check_info(info);
	if (st != ENF_OK)
		return st;
	/* The strings follow the case in the same allocation. */
	size = sizeof(*c) + enf__strings_size(info);
	c = enf__case_alloc(mem, size);
	if (c == NULL)
		return enf__fail(ENF_ENOMEM, "case_new: out of memory");
	memset(c, 0, sizeof(*c));
	atomic_init(&c->refs, ENF__HOLD_OWNER);
	c->info = *info;
	c->info.version = ENF_CASE_INFO_VERSION;
	c->strings = (char *)(c + 1);
	enf__pack_strings(c->strings, info, &c->info);
	*out = c;
	return ENF_OK;
}

static void enf__free_outside(const enf_case *c, void *p)
{
	if (!enf__case_in_block(c, p))
		free(p);
}

/* Frees c and what it owns, once nothing holds it. */
static void enf__case_destroy(enf_case *c)
{
	/* A packed case (case_pack.c) frees only what lies outside its
	 * block: what was added or grown after packing. */
	for (size_t i = 0; i < c->nparties; i++) /* the id is in there */
		enf__free_outside(c, (char *)c->parties[i].name);
	for (size_t i = 0; i < c->nassets; i++)
		enf__free_outside(c, (char *)c->assets[i].description);
	enf__free_outside(c, c->parties);
	enf__free_outside(c, c->obligations);
	enf__free_outside(c, c->assets);
	enf__free_outside(c, c->events);
	enf__history_free(c->history);
	if (c->strings != (char *)(c + 1)) /* else allocated with c */
		enf__free_outside(c, c->strings);
	enf__case_block_free(c);
}

void enf__case_hold(enf_case *c, size_t weight)
{
	atomic_fetch_add_explicit(&c->refs, (unsigned)weight,
				  memory_order_relaxed);
}

void enf__case_release(enf_case *c, size_t weight)
{
	/* acq_rel: the thread that frees the case sees every write made to
	 * it before the other holders let go. */
	if (c != NULL &&
	    atomic_fetch_sub_explicit(&c->refs, (unsigned)weight,
				      memory_order_acq_rel) == weight)
		enf__case_destroy(c);
}

int enf__case_shared(const enf_case *c)
{
	/* acquire: once a snapshot has let go of c, its reads of c happen
	 * before the owner's change in place. */
	return atomic_load_explicit(&c->refs, memory_order_acquire) !=
	       ENF__HOLD_OWNER;
}

enf_status enf__case_refuse_shared(const char *fn, const enf_case *c)
{
	return enf__fail(ENF_ESTATE,
			 "%s: case %s (office %s) is shared with a snapshot "
			 "of its register and cannot change in place; apply "
			 "events to a registered case with register_apply, "
			 "which copies it first",
			 fn, enf__case_name(c), c->info.office);
}

void enf_case_free(enf_case *c)
{
	enf__case_release(c, ENF__HOLD_OWNER);
}

/* The facts of c; failures name fn, the public name the caller used. */
static enf_status enf__case_info(const char *fn, enf_case_info *out,
				 const enf_case *c)
{
	ENF__CHECK_NULL(fn, out);
	ENF__CHECK_NULL(fn, c);
	*out = c->info;
	return ENF_OK;
}

enf_status enf_case_info_get(enf_case_info *out, const enf_case *c)
{
	return enf__case_info("case_info_get", out, c);
}

enf_status enf_case_get_info(enf_case_info *out, const enf_case *c)
{
	return enf__case_info("case_get_info", out, c);
}

const char *enf__case_name(const enf_case *c)
{
	return c->info.decision_no;
}

enf_status enf_case_add_party(int32_t *out_index, enf_case *c,
			      const enf_party *party)
{
	if (c != NULL && enf__case_shared(c))
		return enf__case_refuse_shared("case_add_party", c);
	if (c != NULL &&
	    enf__case_open_for_writes("case_add_party", c) != ENF_OK)
		return ENF_ESTATE;
	return enf__case_add_party_in(out_index, c, party, NULL);
}

enf_status enf__case_add_party_in(int32_t *out_index, enf_case *c,
				  const enf_party *party,
				  const enf__case_mem *mem)
{
	char *name, *id = NULL;

	ENF__CHECK_NULL("case_add_party", c);
	ENF__CHECK_NULL("case_add_party", party);
	if (party->role != ENF_PARTY_DEBTOR &&
	    party->role != ENF_PARTY_CREDITOR)
		return enf__fail(ENF_EINVALID,
				 "case_add_party: role is %d; not a "
				 "role",
				 (int)party->role);
	if ((unsigned)party->kind > ENF_PARTY_STATE_BUDGET)
		return enf__fail(ENF_EINVALID,
				 "case_add_party: kind is %d; not a "
				 "party kind",
				 (int)party->kind);
	if (party->name == NULL || party->name[0] == '\0')
		return enf__fail(ENF_EINVALID, "case_add_party: name is empty");
	if (party->kind == ENF_PARTY_STATE_BUDGET &&
	    party->role != ENF_PARTY_CREDITOR)
		return enf__fail(ENF_EINVALID,
				 "case_add_party: the state budget is only "
				 "ever a creditor");
	if (c->nparties >= INT32_MAX ||
	    enf__case_grow(c, mem, (void **)&c->parties, &c->cap_parties,
			   c->nparties, sizeof(enf_party)) != 0)
		return enf__fail(ENF_ENOMEM, "case_add_party: out of memory");
	{
		/* The name and the id share one allocation (the id follows
		 * the name; enf_case_free() frees the name only). */
		size_t n = strlen(party->name) + 1,
		       k = party->id != NULL ? strlen(party->id) + 1 : 0;

		name = enf__case_alloc(mem, n + k);
		if (name == NULL)
			return enf__fail(ENF_ENOMEM,
					 "case_add_party: out of memory");
		memcpy(name, party->name, n);
		if (party->id != NULL)
			id = memcpy(name + n, party->id, k);
	}
	c->parties[c->nparties] = *party;
	c->parties[c->nparties].name = name;
	c->parties[c->nparties].id = id;
	if (out_index != NULL)
		*out_index = (int32_t)c->nparties;
	c->nparties++;
	return ENF_OK;
}

/* Whether i names a party of the role. */
static int enf__party_is(const enf_case *c, int32_t i, enf_party_role role)
{
	return i >= 0 && (size_t)i < c->nparties && c->parties[i].role == role;
}

static int enf__is_money(enf_obligation_kind k)
{
	return k <= ENF_OBL_OTHER_MONEY;
}

enf_status enf_case_add_obligation(int32_t *out_index, enf_case *c,
				   const enf_obligation *obl)
{
	if (c != NULL && enf__case_shared(c))
		return enf__case_refuse_shared("case_add_obligation", c);
	if (c != NULL &&
	    enf__case_open_for_writes("case_add_obligation", c) != ENF_OK)
		return ENF_ESTATE;
	return enf__case_add_obligation_in(out_index, c, obl, NULL);
}

enf_status enf__case_add_obligation_in(int32_t *out_index, enf_case *c,
				       const enf_obligation *obl,
				       const enf__case_mem *mem)
{
	enf_money owed = 0;

	ENF__CHECK_NULL("case_add_obligation", c);
	ENF__CHECK_NULL("case_add_obligation", obl);
	if ((unsigned)obl->kind > ENF_OBL_STOP_ACT)
		return enf__fail(ENF_EINVALID,
				 "case_add_obligation: kind is %d; not an "
				 "obligation kind",
				 (int)obl->kind);
	if (enf__is_money(obl->kind) ? obl->amount <= 0 : obl->amount != 0)
		return enf__fail(ENF_EINVALID,
				 "case_add_obligation: amount is %lld; a "
				 "money obligation needs an amount above 0, "
				 "another kind 0",
				 (long long)obl->amount);
	if (!enf__party_is(c, obl->debtor, ENF_PARTY_DEBTOR))
		return enf__fail(ENF_EINVALID,
				 "case_add_obligation: debtor is %ld; not "
				 "a debtor party of case %s",
				 (long)obl->debtor, enf__case_name(c));
	if (obl->creditor != ENF_INDEX_NONE &&
	    !enf__party_is(c, obl->creditor, ENF_PARTY_CREDITOR))
		return enf__fail(ENF_EINVALID,
				 "case_add_obligation: creditor is %ld; "
				 "not a creditor party of case %s",
				 (long)obl->creditor, enf__case_name(c));
	if (obl->joint != 0 && obl->joint != 1)
		return enf__fail(ENF_EINVALID,
				 "case_add_obligation: joint is %d; it is "
				 "0 or 1",
				 obl->joint);
	if (__builtin_add_overflow(c->owed, obl->amount, &owed))
		return enf__fail(ENF_EOVERFLOW,
				 "case_add_obligation: the amounts owed in "
				 "case %s overflow 64 bits",
				 enf__case_name(c));
	if (c->nobligations >= INT32_MAX ||
	    enf__case_grow(c, mem, (void **)&c->obligations,
			   &c->cap_obligations, c->nobligations,
			   sizeof(enf_obligation)) != 0)
		return enf__fail(ENF_ENOMEM,
				 "case_add_obligation: out of memory");
	c->obligations[c->nobligations] = *obl;
	c->owed = owed;
	if (out_index != NULL)
		*out_index = (int32_t)c->nobligations;
	c->nobligations++;
	return ENF_OK;
}

enf_status enf_case_add_asset(int32_t *out_index, enf_case *c,
			      const enf_asset *asset)
{
	if (c != NULL && enf__case_shared(c))
		return enf__case_refuse_shared("case_add_asset", c);
	if (c != NULL &&
	    enf__case_open_for_writes("case_add_asset", c) != ENF_OK)
		return ENF_ESTATE;
	return enf__case_add_asset_in(out_index, c, asset, NULL);
}

enf_status enf__case_add_asset_in(int32_t *out_index, enf_case *c,
				  const enf_asset *asset,
				  const enf__case_mem *mem)
{
	char *desc;

	ENF__CHECK_NULL("case_add_asset", c);
	ENF__CHECK_NULL("case_add_asset", asset);
	if ((unsigned)asset->kind > ENF_ASSET_ACCOUNT)
		return enf__fail(ENF_EINVALID,
				 "case_add_asset: kind is %d; not an "
				 "asset kind",
				 (int)asset->kind);
	if (asset->description == NULL || asset->description[0] == '\0')
		return enf__fail(ENF_EINVALID,
				 "case_add_asset: description is empty");
	if (!enf__party_is(c, asset->owner, ENF_PARTY_DEBTOR))
		return enf__fail(ENF_EINVALID,
				 "case_add_asset: owner is %ld; not a "
				 "debtor party of case %s",
				 (long)asset->owner, enf__case_name(c));
	if ((unsigned)asset->security > ENF_SECURITY_PLEDGE)
		return enf__fail(ENF_EINVALID,
				 "case_add_asset: security is %d; not a "
				 "kind of security",
				 (int)asset->security);
	if (asset->secured_amount < 0 ||
	    (asset->security == ENF_SECURITY_NONE) !=
		    (asset->secured_amount == 0))
		return enf__fail(ENF_EINVALID,
				 "case_add_asset: secured_amount is "
				 "%lld; it is above 0 with a security and 0 "
				 "without",
				 (long long)asset->secured_amount);
	if (c->nassets >= ENF__ASSETS_MAX)
		return enf__fail(ENF_ERANGE,
				 "case_add_asset: case %s holds %d assets "
				 "already, the most a case can hold",
				 enf__case_name(c), ENF__ASSETS_MAX);
	if (enf__case_grow(c, mem, (void **)&c->assets, &c->cap_assets,
			   c->nassets, sizeof(enf_asset)) != 0)
		return enf__fail(ENF_ENOMEM, "case_add_asset: out of memory");
	desc = enf__case_alloc(mem, strlen(asset->description) + 1);
	if (desc != NULL)
		memcpy(desc, asset->description,
		       strlen(asset->description) + 1);
	if (desc == NULL)
		return enf__fail(ENF_ENOMEM, "case_add_asset: out of memory");
	c->assets[c->nassets] = *asset;
	c->assets[c->nassets].description = desc;
	if (out_index != NULL)
		*out_index = (int32_t)c->nassets;
	c->nassets++;
	return ENF_OK;
}

size_t enf_case_party_count(const enf_case *c)
{
	return c ? c->nparties : 0;
}

size_t enf_case_obligation_count(const enf_case *c)
{
	return c ? c->nobligations : 0;
}

size_t enf_case_asset_count(const enf_case *c)
{
	return c ? c->nassets : 0;
}

size_t enf_case_event_count(const enf_case *c)
{
	return c ? c->nevents : 0;
}

/* Checks i against the n items of a case (out and c already checked). */
static enf_status enf__index_ok(const char *fn, const enf_case *c, size_t i,
				size_t n)
{
	if (i >= n)
		return enf__fail(ENF_ERANGE, "%s: i is %zu; case %s has %zu",
				 fn, i, enf__case_name(c), n);
	return ENF_OK;
}

/* The indexed getters: NULL checks, range check, copy. The arguments are
 * a type and member names, which cannot take parentheses. */
/* NOLINTBEGIN(bugprone-macro-parentheses) */
#define ENF__GETTER(fn, name, type, items, count)                              \
	enf_status fn(type *out, const enf_case *c, size_t i)                  \
	{                                                                      \
		enf_status st;                                                 \
                                                                               \
		ENF__CHECK_NULL(name, out);                                    \
		ENF__CHECK_NULL(name, c);                                      \
		st = enf__index_ok(name, c, i, c->count);                      \
		if (st == ENF_OK)                                              \
			*out = c->items[i];                                    \
		return st;                                                     \
	}
/* NOLINTEND(bugprone-macro-parentheses) */

ENF__GETTER(enf_case_party, "case_party", enf_party, parties, nparties)
ENF__GETTER(enf_case_obligation, "case_obligation", enf_obligation, obligations,
	    nobligations)
ENF__GETTER(enf_case_asset, "case_asset", enf_asset, assets, nassets)

enf_status enf_case_event(enf_event *out, const enf_case *c, size_t i)
{
	enf_status st;

	ENF__CHECK_NULL("case_event", out);
	ENF__CHECK_NULL("case_event", c);
	st = enf__index_ok("case_event", c, i, c->nevents);
	if (st == ENF_OK)
		*out = enf__event_get(&c->events[i]);
	return st;
}
