/*
 * Tests of the case model of case.h: facts, parties, obligations, assets,
 * the event log under the transition table, and as-of queries.
 *
 * The expected transitions are written out below by hand (law_matrix),
 * from the documentation of case.h and from Law 26/2008 as amended (Art 31,
 * 36, 37, 44, 44a, 45-50, 52, 55, 87-104), Decree 62/2015 Art 9(5) and
 * Decree 152/2026 Art 22 and 115; none was read from enf__table or from
 * enf_case_transition_allowed; the library must agree with it in every
 * cell, for both modes and all three regimes.
 *
 * Dates: 2025-01-06 is a Monday; 2026-06-30 the last day of the old law
 * and 2026-07-01 the first of the new (Decree 152 Art 115).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

#define MILLION ((enf_money)1000000)

/* ---------------------------------------------------------------------- */
/* Hand-written expectations                                               */

/* Tokens of the states and event kinds, as messages print them. */
static const char *const state_tok[ENF_STATE_COUNT] = {
	"none",		 "received",  "voluntary", "with_means",
	"without_means", "postponed", "suspended", "separate_book",
	"entrusted",	 "returned",  "withdrawn", "terminated",
	"done",
};

static const char *const event_tok[ENF_EV_COUNT] = {
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

/*
 * Which event is legal in which state, by the law. One row per state, one
 * column per event kind in enum order:
 *
 *   RR request received (Art 31)      EO entrusted out (Art 55)
 *   EI entrusted in (Art 55-57)       SB separate book (D62 Art 9(5))
 *   DI decision issued (Art 36)       RT request returned (D152 Art 22)
 *   DN decision notified (Art 39, 45) CO collected (Art 47)
 *   VE verified (Art 44)              PA paid out (Art 47)
 *   CL classified (Art 44a)           AS asset seized (Art 87)
 *   PO postponed (Art 48)             AA asset appraised (Art 98, 99)
 *   SU suspended (Art 49)             AU asset auctioned (Art 101-104)
 *   RE resumed (Art 48(3), 49(3))     DO done (Art 52)
 *   TE terminated (Art 50)            WI decision withdrawn (Art 37)
 *
 * Reasons, row by row:
 * - none: a case starts with a request, an entrustment or, for the
 *   agency's own cases, the decision itself (Art 36(2));
 * - received: the next step is the decision (Art 36(1));
 * - voluntary: notice, verification (the state covers the verification
 *   before classification), classification, postponement, suspension,
 *   termination, entrustment, money received and paid, voluntary
 *   performance and withdrawal; no seizure, a coercive measure, before the
 *   voluntary period has run (Art 45, 46, 71);
 * - with means: everything of enforcement, assets included; no notice
 *   (given in the voluntary period), no separate book or return (for cases
 *   without means only);
 * - without means: re-verification (Art 44(2)), reclassification,
 *   pauses, termination, entrustment, the separate book or the return of
 *   the request, money the debtor pays, full performance (a debtor found
 *   without means who pays in full closes the case: no text makes it go
 *   through "with means" first; I), withdrawal; no coercion of assets;
 * - postponed: suspension on a protest or a bankruptcy petition overrides
 *   it (Art 49), resumption (Art 48(3)), termination, money paid in and
 *   out, full performance under an agreed postponement (Art 48(1)(c);
 *   I: the other grounds are resumed first, see
 *   test_case__done_when_postponed_by_ground), withdrawal;
 * - suspended: the same less a postponement;
 * - separate book: verification and classification on new information,
 *   suspension (Art 49 binds every open case), termination, return of the
 *   request, money, withdrawal;
 * - entrusted, returned, withdrawn: closed, nothing;
 * - terminated, done: closed; money already collected is still paid out
 *   (Art 47(5): within 10 days of collection).
 */
/* clang-format off */
static const char *const law_matrix[ENF_STATE_COUNT] = {
	/*                           RREIDIDNVECLPOSURETEEOSBRTCOPAASAAAUDOWI */
	[ENF_STATE_NONE]          = "L L L . . . . . . . . . . . . . . . . . ",
	[ENF_STATE_RECEIVED]      = ". . L . . . . . . . . . . . . . . . . . ",
	[ENF_STATE_VOLUNTARY]     = ". . . L L L L L . L L . . L L . . . L L ",
	[ENF_STATE_WITH_MEANS]    = ". . . . L L L L . L L . . L L L L L L L ",
	[ENF_STATE_WITHOUT_MEANS] = ". . . . L L L L . L L L L L L . . . L L ",
	[ENF_STATE_POSTPONED]     = ". . . . . . . L L L . . . L L . . . L L ",
	[ENF_STATE_SUSPENDED]     = ". . . . . . . . L L . . . L L . . . . L ",
	[ENF_STATE_SEPARATE_BOOK] = ". . . . L L . L . L . . L L L . . . . L ",
	[ENF_STATE_ENTRUSTED]     = ". . . . . . . . . . . . . . . . . . . . ",
	[ENF_STATE_RETURNED]      = ". . . . . . . . . . . . . . . . . . . . ",
	[ENF_STATE_WITHDRAWN]     = ". . . . . . . . . . . . . . . . . . . . ",
	[ENF_STATE_TERMINATED]    = ". . . . . . . . . . . . . . L . . . . . ",
	[ENF_STATE_DONE]          = ". . . . . . . . . . . . . . L . . . . . ",
};

/*
 * The event kinds after decision withdrawn, one column each:
 *
 *   OR obligation reduced (Art 61-64; Joint Circular 12/2015 Art 11(1)):
 *      a court reduces a state-budget obligation of a decided case while
 *      it is open; enforcement goes on with the rest.
 *   PG programme assigned (a local programme such as a commune
 *      mobilisation team; no statute): while the case is worked on, in
 *      its voluntary period or classified with or without means.
 */
/*
 * and the steps of a seized asset's sale (Art 101-104; Decree 152/2026 Art
 * 65-67), taken while the case is with means, as the seizure and the
 * appraisal are: AF auction failed, PC price cut, CA creditor answered,
 * AS asset sold, AT asset taken, AR asset redeemed, AH asset handed over,
 * RT asset returned.
 */
static const char *const law_matrix_more[ENF_STATE_COUNT] = {
	/*                           ORPGAFPCCAASATARAHRT */
	[ENF_STATE_NONE]          = ". . . . . . . . . . ",
	[ENF_STATE_RECEIVED]      = ". . . . . . . . . . ",
	[ENF_STATE_VOLUNTARY]     = "L L . . . . . . . . ",
	[ENF_STATE_WITH_MEANS]    = "L L L L L L L L L L ",
	[ENF_STATE_WITHOUT_MEANS] = "L L . . . . . . . . ",
	[ENF_STATE_POSTPONED]     = "L . . . . . . . . . ",
	[ENF_STATE_SUSPENDED]     = "L . . . . . . . . . ",
	[ENF_STATE_SEPARATE_BOOK] = "L . . . . . . . . . ",
	[ENF_STATE_ENTRUSTED]     = ". . . . . . . . . . ",
	[ENF_STATE_RETURNED]      = ". . . . . . . . . . ",
	[ENF_STATE_WITHDRAWN]     = ". . . . . . . . . . ",
	[ENF_STATE_TERMINATED]    = ". . . . . . . . . . ",
	[ENF_STATE_DONE]          = ". . . . . . . . . . ",
};
/* clang-format on */

#define FIRST_MORE (ENF_EV_DECISION_WITHDRAWN + 1)

static int law_legal(enf_case_state s, enf_event_kind k)
{
	assert_int_equal(strlen(law_matrix[s]), 2 * FIRST_MORE);
	assert_int_equal(strlen(law_matrix_more[s]),
			 2 * (ENF_EV_COUNT - FIRST_MORE));
	if (k >= FIRST_MORE)
		return law_matrix_more[s][2 * (k - FIRST_MORE)] == 'L';
	return law_matrix[s][2 * k] == 'L';
}

/* Law 26/2008 Art 36: an on-request case starts with the request, an
 * agency case with the decision itself (no request). */
static int law_mode_ok(enf_case_state s, enf_event_kind k, enf_mode mode)
{
	if (s == ENF_STATE_NONE && k == ENF_EV_REQUEST_RECEIVED)
		return mode == ENF_MODE_REQUEST;
	if (s == ENF_STATE_NONE && k == ENF_EV_DECISION_ISSUED)
		return mode == ENF_MODE_AGENCY;
	return 1;
}

/*
 * Regime rules: the separate book came with the 2014 amendment (Law
 * 64/2014; Decree 62/2015 Art 9(5)); the 2008 text returned the request of
 * a creditor whose debtor had no means (trả đơn, Art 51 before 2014), and
 * from 2026-07-01 an on-request case without means goes back to the
 * creditor instead of to the separate book (Decree 152 Art 22); agency
 * cases still go to the separate book.
 */
static int regime_ok(enf_event_kind k, enf_regime regime, enf_mode mode)
{
	int request = mode == ENF_MODE_REQUEST;

	if (k == ENF_EV_SEPARATE_BOOK)
		return regime == ENF_REGIME_VN2014 ||
		       (regime == ENF_REGIME_VN2026 && !request);
	if (k == ENF_EV_REQUEST_RETURNED)
		return request && regime != ENF_REGIME_VN2014;
	return 1;
}

/* Targets that are not a fixed state. */
#define TO_SAME (-1) /* the state does not change */
#define TO_BACK (-2) /* the state before the pause */

/* One event to try in every state: kind, detail, amount, asset, target. */
typedef struct probe {
	enf_event_kind kind;
	int32_t detail;
	enf_money amount;
	int32_t asset;
	int to;
} probe;

/*
 * Assets of the cases built by build_case(): asset 0 never seized, asset 1
 * seized, asset 2 seized and appraised (once the case had means).
 */
static const probe probes[] = {
	{ENF_EV_REQUEST_RECEIVED, 0, 0, -1, ENF_STATE_RECEIVED},
	{ENF_EV_ENTRUSTED_IN, 0, 0, -1, ENF_STATE_RECEIVED},
	{ENF_EV_DECISION_ISSUED, 0, 0, -1, ENF_STATE_VOLUNTARY},
	{ENF_EV_DECISION_NOTIFIED, 0, 0, -1, TO_SAME},
	/* Verification: means found moves to with means, else no change. */
	{ENF_EV_VERIFIED, 0, 0, -1, TO_SAME},
	{ENF_EV_VERIFIED, 1, 0, -1, ENF_STATE_WITH_MEANS},
	/* Art 44a: with (1) or without (0) means. */
	{ENF_EV_CLASSIFIED, 0, 0, -1, ENF_STATE_WITHOUT_MEANS},
	{ENF_EV_CLASSIFIED, 1, 0, -1, ENF_STATE_WITH_MEANS},
	{ENF_EV_POSTPONED, ENF_POSTPONE_AGREEMENT, 0, -1, ENF_STATE_POSTPONED},
	{ENF_EV_POSTPONED, ENF_POSTPONE_PROTEST, 0, -1, ENF_STATE_POSTPONED},
	{ENF_EV_SUSPENDED, ENF_SUSPEND_PROTEST, 0, -1, ENF_STATE_SUSPENDED},
	{ENF_EV_SUSPENDED, ENF_SUSPEND_BANKRUPTCY, 0, -1, ENF_STATE_SUSPENDED},
	{ENF_EV_RESUMED, 0, 0, -1, TO_BACK},
	{ENF_EV_TERMINATED, ENF_TERMINATE_AGREEMENT, 0, -1,
	 ENF_STATE_TERMINATED},
	{ENF_EV_TERMINATED, ENF_TERMINATE_CUSTODY, 0, -1, ENF_STATE_TERMINATED},
	{ENF_EV_ENTRUSTED_OUT, 0, 0, -1, ENF_STATE_ENTRUSTED},
	{ENF_EV_SEPARATE_BOOK, 0, 0, -1, ENF_STATE_SEPARATE_BOOK},
	{ENF_EV_REQUEST_RETURNED, 0, 0, -1, ENF_STATE_RETURNED},
	{ENF_EV_COLLECTED, 0, 5 * MILLION, -1, TO_SAME},
	{ENF_EV_PAID_OUT, 0, 5 * MILLION, -1, TO_SAME},
	{ENF_EV_ASSET_SEIZED, 0, 0, 0, TO_SAME},
	{ENF_EV_ASSET_APPRAISED, 0, 40 * MILLION, 1, TO_SAME},
	{ENF_EV_ASSET_AUCTIONED, 0, 45 * MILLION, 2, TO_SAME},
	{ENF_EV_ASSET_AUCTIONED, 0, 0, 2, TO_SAME}, /* no sale */
	{ENF_EV_DONE, 0, 0, -1, ENF_STATE_DONE},
	{ENF_EV_DECISION_WITHDRAWN, 0, 0, -1, ENF_STATE_WITHDRAWN},
	/* 2 M of the 10 M court fee (60 M owed, 10 M of it collected). */
	{ENF_EV_OBLIGATION_REDUCED, 0, 2 * MILLION, -1, TO_SAME},
	{ENF_EV_PROGRAMME_ASSIGNED, 7, 0, -1, TO_SAME},
	/* The sale steps (the law of each: test_case_sale.c), on the assets
	 * sale_assets() adds: 3 after a failed auction, 4 the creditor
	 * taking it, 5 sold. */
	{ENF_EV_AUCTION_FAILED, 0, 50 * MILLION, 2, TO_SAME},
	{ENF_EV_PRICE_CUT, 0, 45 * MILLION, 3, TO_SAME},
	{ENF_EV_CREDITOR_ANSWERED, 0, 0, 3, TO_SAME},
	{ENF_EV_CREDITOR_ANSWERED, 1, 0, 3, TO_SAME},
	{ENF_EV_ASSET_SOLD, 0, 50 * MILLION, 2, TO_SAME},
	{ENF_EV_ASSET_TAKEN, 0, 0, 4, TO_SAME},
	{ENF_EV_ASSET_REDEEMED, 0, 60 * MILLION, 2, TO_SAME},
	{ENF_EV_ASSET_HANDED_OVER, 0, 0, 5, TO_SAME},
	{ENF_EV_ASSET_RETURNED, 0, 0, 3, TO_SAME},
};

#define NPROBES (sizeof(probes) / sizeof(probes[0]))

/* The target by the law, for a legal probe from s; paused cases of
 * build_case() were paused from with means. */
static enf_case_state law_target(enf_case_state s, const probe *p)
{
	/* An Art 44a decision of no means does not undo the move to the
	 * separate book (Decree 62 Art 9(5)): the case stays there. */
	if (s == ENF_STATE_SEPARATE_BOOK && p->kind == ENF_EV_CLASSIFIED &&
	    p->detail == 0)
		return ENF_STATE_SEPARATE_BOOK;
	if (p->to == TO_SAME)
		return s;
	if (p->to == TO_BACK)
		return ENF_STATE_WITH_MEANS;
	return (enf_case_state)p->to;
}

/* counts_with_means by state (case.h, Circular 05/2024): with means,
 * postponed under 48(1)(c), done and terminated count; a case in its
 * voluntary period is being enforced and has no "no means" decision, so
 * it counts as with means too. */
static const int counts_by_state[ENF_STATE_COUNT] = {
	[ENF_STATE_VOLUNTARY] = 1,  [ENF_STATE_WITH_MEANS] = 1,
	[ENF_STATE_POSTPONED] = 1, /* build_case() postpones under (c) */
	[ENF_STATE_TERMINATED] = 1, [ENF_STATE_DONE] = 1,
};

/* ---------------------------------------------------------------------- */
/* Helpers                                                                 */

static enf_event ev(enf_event_kind kind, enf_date date, int32_t detail,
		    enf_money amount, int32_t asset)
{
	enf_event e;

	memset(&e, 0, sizeof(e));
	e.kind = kind;
	e.date = date;
	e.detail = detail;
	e.amount = amount;
	e.asset = asset;
	return e;
}

static void ok(enf_case *c, enf_event_kind kind, enf_date date, int32_t detail,
	       enf_money amount, int32_t asset)
{
	enf_event e = ev(kind, date, detail, amount, asset);

	assert_int_equal(enf_case_apply(c, &e), ENF_OK);
}

static enf_case_status status(const enf_case *c, enf_date d)
{
	enf_case_status s;

	memset(&s, 0x5a, sizeof(s));
	assert_int_equal(enf_case_status_on(&s, c, d), ENF_OK);
	return s;
}

static void assert_status_same(const enf_case_status *a,
			       const enf_case_status *b)
{
	assert_int_equal(a->state, b->state);
	assert_int_equal(a->since, b->since);
	assert_int_equal(a->detail, b->detail);
	assert_int_equal(a->owed, b->owed);
	assert_int_equal(a->collected, b->collected);
	assert_int_equal(a->paid, b->paid);
	assert_int_equal(a->outstanding, b->outstanding);
	assert_int_equal(a->verifications, b->verifications);
	assert_int_equal(a->regime, b->regime);
	assert_int_equal(a->counts_with_means, b->counts_with_means);
}

/* What a refused call must leave as it was. */
typedef struct snapshot {
	size_t nevents, nparties, nobligations, nassets;
	enf_case_status on, end;
	enf_date date;
} snapshot;

static snapshot snap(const enf_case *c, enf_date d)
{
	snapshot s;

	s.nevents = enf_case_event_count(c);
	s.nparties = enf_case_party_count(c);
	s.nobligations = enf_case_obligation_count(c);
	s.nassets = enf_case_asset_count(c);
	s.date = d;
	s.on = status(c, d);
	s.end = status(c, ENF_DATE_MAX);
	return s;
}

static void assert_unchanged(const enf_case *c, const snapshot *s)
{
	enf_case_status on = status(c, s->date);
	enf_case_status end = status(c, ENF_DATE_MAX);

	assert_int_equal(enf_case_event_count(c), s->nevents);
	assert_int_equal(enf_case_party_count(c), s->nparties);
	assert_int_equal(enf_case_obligation_count(c), s->nobligations);
	assert_int_equal(enf_case_asset_count(c), s->nassets);
	assert_status_same(&on, &s->on);
	assert_status_same(&end, &s->end);
}

/* Applies e, expects want and an unchanged case. */
static void refused(enf_case *c, enf_event e, enf_status want)
{
	snapshot before =
		snap(c, e.date >= ENF_DATE_MIN && e.date <= ENF_DATE_MAX
				? e.date
				: ENF_DATE_MAX);

	assert_int_equal(enf_case_apply(c, &e), want);
	assert_non_null(strstr(enf_last_error(), "case_apply"));
	assert_unchanged(c, &before);
}

static int32_t add_party(enf_case *c, enf_party_role role, enf_party_kind kind,
			 const char *name)
{
	enf_party p;
	int32_t i = -5;

	memset(&p, 0, sizeof(p));
	p.role = role;
	p.kind = kind;
	p.name = name;
	assert_int_equal(enf_case_add_party(&i, c, &p), ENF_OK);
	return i;
}

static int32_t add_obligation(enf_case *c, enf_obligation_kind kind,
			      enf_money amount, int32_t debtor,
			      int32_t creditor)
{
	enf_obligation o;
	int32_t i = -5;

	memset(&o, 0, sizeof(o));
	o.kind = kind;
	o.amount = amount;
	o.debtor = debtor;
	o.creditor = creditor;
	assert_int_equal(enf_case_add_obligation(&i, c, &o), ENF_OK);
	return i;
}

static int32_t add_asset(enf_case *c, enf_asset_kind kind, const char *what,
			 int32_t owner)
{
	enf_asset a;
	int32_t i = -5;

	memset(&a, 0, sizeof(a));
	a.kind = kind;
	a.description = what;
	a.owner = owner;
	assert_int_equal(enf_case_add_asset(&i, c, &a), ENF_OK);
	return i;
}

static enf_case_info info_of(const char *office, const char *no, enf_mode mode)
{
	enf_case_info info;

	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = office;
	info.decision_no = no;
	info.mode = mode;
	info.decision_date = ymd(2025, 1, 8);
	info.court = "TAND huyện Cao Lộc";
	info.judgment_no = "12/2024/DS-ST";
	info.judgment_effective = ymd(2024, 12, 20);
	info.judgment_kind = ENF_JUDGMENT_CIVIL;
	return info;
}

/*
 * A case with a debtor (0), a creditor (1) and the state budget (2), owing
 * 50 m VND to the creditor and a 10 m court fee (60 m in all), and three
 * assets of the debtor.
 */
static enf_case *new_case(const char *no, enf_mode mode)
{
	enf_case_info info = info_of("LS-01", no, mode);
	enf_case *c = NULL;

	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_non_null(c);
	assert_int_equal(add_party(c, ENF_PARTY_DEBTOR, ENF_PARTY_PERSON,
				   "Nguyễn Văn An"),
			 0);
	assert_int_equal(add_party(c, ENF_PARTY_CREDITOR,
				   ENF_PARTY_ORGANISATION, "Công ty TNHH Bình"),
			 1);
	assert_int_equal(add_party(c, ENF_PARTY_CREDITOR,
				   ENF_PARTY_STATE_BUDGET,
				   "Ngân sách nhà nước"),
			 2);
	add_obligation(c, ENF_OBL_OTHER_MONEY, 50 * MILLION, 0, 1);
	add_obligation(c, ENF_OBL_COURT_FEE, 10 * MILLION, 0, 2);
	add_asset(c, ENF_ASSET_MOVABLE, "xe máy Honda Wave", 0);
	add_asset(c, ENF_ASSET_REAL_ESTATE, "thửa đất số 45, tờ bản đồ 12", 0);
	add_asset(c, ENF_ASSET_MOVABLE, "ô tô Toyota Vios", 0);
	return c;
}

/* A context of the matrix: mode, the regime of the probe date, dates. */
typedef struct context {
	enf_mode mode;
	enf_regime regime;
	enf_date base; /* first event of the path */
	enf_date at;   /* date of the probe */
} context;

/*
 * A case driven into state s by a legal path, one day per step from
 * ctx->base. Returns NULL when s cannot be reached in ctx (the request is
 * only returned under the new law, to on-request cases).
 */
static enf_case *build_case(enf_case_state s, const context *ctx,
			    const char *no)
{
	enf_case *c;
	enf_date d = ctx->base;
	int request = ctx->mode == ENF_MODE_REQUEST;

	/* Returned requests exist under the 2008 text and the new law only;
	 * the separate book not before the 2014 amendment. */
	if (s == ENF_STATE_RETURNED &&
	    !(request && ctx->regime != ENF_REGIME_VN2014))
		return NULL;
	if (s == ENF_STATE_SEPARATE_BOOK && ctx->regime == ENF_REGIME_VN2008)
		return NULL;
	c = new_case(no, ctx->mode);
	if (s == ENF_STATE_NONE)
		return c;
	if (s == ENF_STATE_RECEIVED) {
		ok(c, request ? ENF_EV_REQUEST_RECEIVED : ENF_EV_ENTRUSTED_IN,
		   d, 0, 0, -1);
		return c;
	}
	if (request)
		ok(c, ENF_EV_REQUEST_RECEIVED, d++, 0, 0, -1);
	ok(c, ENF_EV_DECISION_ISSUED, d++, 0, 0, -1);
	ok(c, ENF_EV_DECISION_NOTIFIED, d++, 0, 0, -1);
	ok(c, ENF_EV_COLLECTED, d++, 0, 10 * MILLION, -1);
	if (s == ENF_STATE_VOLUNTARY)
		return c;
	ok(c, ENF_EV_CLASSIFIED, d++, 1, 0, -1);
	ok(c, ENF_EV_ASSET_SEIZED, d++, 0, 0, 1);
	ok(c, ENF_EV_ASSET_SEIZED, d++, 0, 0, 2);
	ok(c, ENF_EV_ASSET_APPRAISED, d++, 0, 50 * MILLION, 2);
	switch (s) {
	case ENF_STATE_WITH_MEANS: break;
	case ENF_STATE_WITHOUT_MEANS:
		ok(c, ENF_EV_CLASSIFIED, d++, 0, 0, -1);
		break;
	case ENF_STATE_POSTPONED:
		ok(c, ENF_EV_POSTPONED, d++, ENF_POSTPONE_AGREEMENT, 0, -1);
		break;
	case ENF_STATE_SUSPENDED:
		ok(c, ENF_EV_SUSPENDED, d++, ENF_SUSPEND_PROTEST, 0, -1);
		break;
	case ENF_STATE_SEPARATE_BOOK:
		ok(c, ENF_EV_CLASSIFIED, d++, 0, 0, -1);
		ok(c, ENF_EV_VERIFIED, d++, 0, 0, -1);
		ok(c, ENF_EV_SEPARATE_BOOK, d++, 0, 0, -1);
		break;
	case ENF_STATE_ENTRUSTED:
		ok(c, ENF_EV_ENTRUSTED_OUT, d++, 0, 0, -1);
		break;
	case ENF_STATE_RETURNED:
		ok(c, ENF_EV_CLASSIFIED, d++, 0, 0, -1);
		ok(c, ENF_EV_REQUEST_RETURNED,
		   ctx->regime == ENF_REGIME_VN2008 ? d++ : ymd(2026, 7, 1), 0,
		   0, -1);
		break;
	case ENF_STATE_WITHDRAWN:
		ok(c, ENF_EV_DECISION_WITHDRAWN, d++, 0, 0, -1);
		break;
	case ENF_STATE_TERMINATED:
		ok(c, ENF_EV_TERMINATED, d++, ENF_TERMINATE_AGREEMENT, 0, -1);
		break;
	case ENF_STATE_DONE:
		ok(c, ENF_EV_COLLECTED, d++, 0, 50 * MILLION, -1);
		ok(c, ENF_EV_DONE, d++, 0, 0, -1);
		break;
	default: fail_msg("no path to state %d", (int)s);
	}
	assert_true(d <= ctx->at);
	return c;
}

static int has(const char *text, const char *what)
{
	return strstr(text, what) != NULL;
}

/* ---------------------------------------------------------------------- */
/* The transition matrix                                                   */

/* Assets 3, 4 and 5 of a case with means, at the stages the sale probes
 * need, dated from 20 days before the probe. */
static void sale_assets(enf_case *c, enf_date at)
{
	enf_date d = at - 20;

	for (int i = 3; i <= 5; i++) {
		add_asset(c, ENF_ASSET_MOVABLE, "máy xúc", 0);
		ok(c, ENF_EV_ASSET_SEIZED, d++, 0, 0, i);
		ok(c, ENF_EV_ASSET_APPRAISED, d++, 0, 50 * MILLION, i);
	}
	ok(c, ENF_EV_AUCTION_FAILED, d++, 0, 50 * MILLION, 3);
	ok(c, ENF_EV_AUCTION_FAILED, d++, 0, 50 * MILLION, 4);
	ok(c, ENF_EV_CREDITOR_ANSWERED, d++, 1, 0, 4);
	ok(c, ENF_EV_ASSET_SOLD, d, 0, 50 * MILLION, 5);
}

static void check_cell(const context *ctx, enf_case_state s, size_t pi,
		       int covered[ENF_STATE_COUNT][ENF_EV_COUNT])
{
	const probe *p = &probes[pi];
	char no[64];
	enf_case *c;
	enf_case_status pre, post;
	enf_event e = ev(p->kind, ctx->at, p->detail, p->amount, p->asset);
	int legal;
	enf_case_state to;
	enf_status st;
	snapshot before;

	(void)snprintf(no, sizeof(no), "%d-%d-%zu/QĐ-CCTHADS", (int)ctx->regime,
		       (int)s, pi);
	c = build_case(s, ctx, no);
	if (c == NULL)
		return;
	if (s == ENF_STATE_WITH_MEANS)
		sale_assets(c, ctx->at);
	/* The path reached the state, with the statistics of case.h. */
	pre = status(c, ctx->at);
	assert_int_equal(pre.state, s);
	assert_int_equal(pre.counts_with_means, counts_by_state[s]);
	assert_int_equal(pre.regime, ctx->regime);

	legal = law_legal(s, p->kind) && law_mode_ok(s, p->kind, ctx->mode);
	to = law_target(s, p);

	before = snap(c, ctx->at);
	st = enf_case_apply(c, &e);
	if (!legal) {
		/* Refused in this state. */
		if (st != ENF_ESTATE)
			fail_msg("%s in %s (mode %d, %s): got %d, want "
				 "ENF_ESTATE",
				 event_tok[p->kind], state_tok[s],
				 (int)ctx->mode, enf_regime_name(ctx->regime),
				 (int)st);
		assert_true(has(enf_last_error(), no));
		assert_true(has(enf_last_error(), state_tok[s]));
		assert_true(has(enf_last_error(), event_tok[p->kind]));
		assert_unchanged(c, &before);
	} else if (!regime_ok(p->kind, ctx->regime, ctx->mode)) {
		/* Refused by the regime of the date. */
		if (st != ENF_ESTATE)
			fail_msg("%s in %s (mode %d, %s): got %d, want "
				 "ENF_ESTATE by regime",
				 event_tok[p->kind], state_tok[s],
				 (int)ctx->mode, enf_regime_name(ctx->regime),
				 (int)st);
		assert_true(has(enf_last_error(), no));
		assert_true(has(enf_last_error(), state_tok[s]));
		assert_true(has(enf_last_error(), event_tok[p->kind]));
		assert_true(
			has(enf_last_error(), enf_regime_name(ctx->regime)));
		assert_unchanged(c, &before);
	} else {
		if (st != ENF_OK)
			fail_msg("%s (detail %d) in %s (mode %d, %s): got %d, "
				 "want ENF_OK: %s",
				 event_tok[p->kind], (int)p->detail,
				 state_tok[s], (int)ctx->mode,
				 enf_regime_name(ctx->regime), (int)st,
				 enf_last_error());
		assert_int_equal(enf_case_event_count(c), before.nevents + 1);
		post = status(c, ctx->at);
		if (post.state != to)
			fail_msg("%s (detail %d) in %s: state %s, want %s",
				 event_tok[p->kind], (int)p->detail,
				 state_tok[s], state_tok[post.state],
				 state_tok[to]);
		assert_int_equal(post.since, to != s ? ctx->at : pre.since);
	}
	covered[s][p->kind] |= st == ENF_OK ? 1 : 2;
	enf_case_free(c);
}

static void test_case__transition_matrix(void **state)
{
	const context ctxs[] = {
		{ENF_MODE_AGENCY, ENF_REGIME_VN2008, ymd(2010, 3, 1),
		 ymd(2010, 12, 1)},
		{ENF_MODE_REQUEST, ENF_REGIME_VN2008, ymd(2010, 3, 1),
		 ymd(2010, 12, 1)},
		{ENF_MODE_AGENCY, ENF_REGIME_VN2014, ymd(2025, 1, 6),
		 ymd(2025, 12, 1)},
		{ENF_MODE_REQUEST, ENF_REGIME_VN2014, ymd(2025, 1, 6),
		 ymd(2025, 12, 1)},
		/* Paths in 2025, the probe under the new law (Art 115). */
		{ENF_MODE_AGENCY, ENF_REGIME_VN2026, ymd(2025, 1, 6),
		 ymd(2026, 7, 2)},
		{ENF_MODE_REQUEST, ENF_REGIME_VN2026, ymd(2025, 1, 6),
		 ymd(2026, 7, 2)},
	};
	int covered[ENF_STATE_COUNT][ENF_EV_COUNT];

	(void)state;
	memset(covered, 0, sizeof(covered));
	for (size_t i = 0; i < sizeof(ctxs) / sizeof(ctxs[0]); i++)
		for (int s = 0; s < ENF_STATE_COUNT; s++)
			for (size_t p = 0; p < NPROBES; p++)
				check_cell(&ctxs[i], (enf_case_state)s, p,
					   covered);
	/* Every state was tried with every event kind; each cell the law
	 * allows was applied at least once, and no other cell ever was. */
	for (int s = 0; s < ENF_STATE_COUNT; s++)
		for (int k = 0; k < ENF_EV_COUNT; k++) {
			int applied =
				law_legal((enf_case_state)s, (enf_event_kind)k);

			assert_int_not_equal(covered[s][k], 0);
			if ((covered[s][k] & 1) != applied)
				fail_msg("%s in %s: applied %d, want %d",
					 event_tok[k], state_tok[s],
					 covered[s][k] & 1, applied);
		}
}

static void test_case__transition_allowed(void **state)
{
	int out;

	(void)state;
	for (int m = ENF_MODE_AGENCY; m <= ENF_MODE_REQUEST; m++)
		for (int s = 0; s < ENF_STATE_COUNT; s++)
			for (int k = 0; k < ENF_EV_COUNT; k++) {
				int want = law_legal((enf_case_state)s,
						     (enf_event_kind)k) &&
					   law_mode_ok((enf_case_state)s,
						       (enf_event_kind)k,
						       (enf_mode)m);

				out = -1;
				assert_int_equal(
					enf_case_transition_allowed(
						&out, (enf_case_state)s,
						(enf_event_kind)k, (enf_mode)m),
					ENF_OK);
				if (out != want)
					fail_msg("transition_allowed(%s, %s, "
						 "mode %d) = %d, want %d",
						 state_tok[s], event_tok[k], m,
						 out, want);
			}
	/* Bad input: out unchanged. */
	out = 7;
	assert_int_equal(enf_case_transition_allowed(&out, (enf_case_state)13,
						     ENF_EV_DONE,
						     ENF_MODE_AGENCY),
			 ENF_EINVALID);
	assert_error_names("case_transition_allowed", "13");
	assert_int_equal(enf_case_transition_allowed(&out, (enf_case_state)-1,
						     ENF_EV_DONE,
						     ENF_MODE_AGENCY),
			 ENF_EINVALID);
	assert_int_equal(enf_case_transition_allowed(
				 &out, ENF_STATE_WITH_MEANS,
				 (enf_event_kind)ENF_EV_COUNT, ENF_MODE_AGENCY),
			 ENF_EINVALID);
	{
		char n[16];

		(void)snprintf(n, sizeof(n), "%d", ENF_EV_COUNT);
		assert_error_names("case_transition_allowed", n);
	}
	assert_int_equal(enf_case_transition_allowed(&out, ENF_STATE_WITH_MEANS,
						     (enf_event_kind)-1,
						     ENF_MODE_AGENCY),
			 ENF_EINVALID);
	assert_int_equal(enf_case_transition_allowed(&out, ENF_STATE_WITH_MEANS,
						     ENF_EV_DONE, (enf_mode)2),
			 ENF_EINVALID);
	assert_error_names("case_transition_allowed", "mode is 2");
	assert_int_equal(out, 7);
	assert_int_equal(enf_case_transition_allowed(NULL, ENF_STATE_NONE,
						     ENF_EV_REQUEST_RECEIVED,
						     ENF_MODE_REQUEST),
			 ENF_EINVALID);
	assert_error_names("case_transition_allowed", "out");
}

/*
 * F15: a case is closed as done from a postponement agreed by the parties
 * (Art 48(1)(c)), and only from that one: a case postponed for the
 * debtor's illness (Art 48(1)(a)) or a dispute over the asset (48(1)(d))
 * is resumed first. No statute forbids closing from the agreed
 * postponement or from "without means" (I); real case logs do it.
 */
static void test_case__done_when_postponed_by_ground(void **state)
{
	static const struct {
		enf_postpone_reason reason;
		const char *article;
		int ok;
	} grounds[] = {
		{ENF_POSTPONE_AGREEMENT, "Art 48(1)(c)", 1},
		{ENF_POSTPONE_ILLNESS, "Art 48(1)(a)", 0},
		{ENF_POSTPONE_DISPUTE, "Art 48(1)(d)", 0},
		{ENF_POSTPONE_PROTEST, "Art 48(2)", 0},
	};
	const enf_date d = ymd(2025, 3, 3);

	(void)state;
	for (size_t i = 0; i < sizeof(grounds) / sizeof(grounds[0]); i++) {
		enf_case *c = new_case("7/QĐ-THADS", ENF_MODE_AGENCY);
		enf_event done = ev(ENF_EV_DONE, d + 3, 0, 0, -1);
		snapshot before;

		ok(c, ENF_EV_DECISION_ISSUED, d, 0, 0, -1);
		ok(c, ENF_EV_POSTPONED, d + 1, (int32_t)grounds[i].reason, 0,
		   -1);
		ok(c, ENF_EV_COLLECTED, d + 2, 0, 10 * MILLION, -1);
		before = snap(c, d + 3);
		if (grounds[i].ok) {
			assert_int_equal(enf_case_apply(c, &done), ENF_OK);
			assert_int_equal(status(c, d + 3).state,
					 ENF_STATE_DONE);
		} else {
			assert_int_equal(enf_case_apply(c, &done), ENF_ESTATE);
			assert_error_names("case_apply", grounds[i].article);
			assert_error_names("case_apply", "resume");
			assert_unchanged(c, &before);
			ok(c, ENF_EV_RESUMED, d + 3, 0, 0, -1);
			ok(c, ENF_EV_DONE, d + 3, 0, 0, -1);
		}
		enf_case_free(c);
	}
}

/* F15: a debtor classified without means who pays in full closes the
 * case without being "verified with means" first (I). */
static void test_case__done_without_means(void **state)
{
	const enf_date d = ymd(2025, 3, 3);
	enf_case *c = new_case("8/QĐ-THADS", ENF_MODE_REQUEST);
	enf_case_status st;

	(void)state;
	ok(c, ENF_EV_REQUEST_RECEIVED, d, 0, 0, -1);
	ok(c, ENF_EV_DECISION_ISSUED, d + 1, 0, 0, -1);
	ok(c, ENF_EV_CLASSIFIED, d + 20, 0, 0, -1);
	ok(c, ENF_EV_COLLECTED, d + 40, 0, 10 * MILLION, -1);
	ok(c, ENF_EV_DONE, d + 40, 0, 0, -1);
	st = status(c, d + 40);
	assert_int_equal(st.state, ENF_STATE_DONE);
	assert_int_equal(st.counts_with_means, 1);
	enf_case_free(c);
}

/* ---------------------------------------------------------------------- */
/* Pauses                                                                  */

static void test_case__resume_returns_to_state_before_pause(void **state)
{
	enf_case *c;
	enf_case_status s;

	(void)state;
	/* Postponed in the voluntary period, resumed: voluntary again. */
	c = new_case("21/QĐ-CCTHADS", ENF_MODE_REQUEST);
	ok(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 6), 0, 0, -1);
	ok(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 8), 0, 0, -1);
	ok(c, ENF_EV_POSTPONED, ymd(2025, 1, 10), ENF_POSTPONE_ILLNESS, 0, -1);
	ok(c, ENF_EV_RESUMED, ymd(2025, 2, 10), 0, 0, -1);
	s = status(c, ymd(2025, 2, 10));
	assert_int_equal(s.state, ENF_STATE_VOLUNTARY);
	assert_int_equal(s.since, ymd(2025, 2, 10));
	assert_int_equal(s.detail, 0);
	enf_case_free(c);

	/* Without means, suspended, resumed: without means again. */
	c = new_case("22/QĐ-CCTHADS", ENF_MODE_AGENCY);
	ok(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 8), 0, 0, -1);
	ok(c, ENF_EV_CLASSIFIED, ymd(2025, 2, 3), 0, 0, -1);
	ok(c, ENF_EV_SUSPENDED, ymd(2025, 3, 3), ENF_SUSPEND_BANKRUPTCY, 0, -1);
	s = status(c, ymd(2025, 3, 3));
	assert_int_equal(s.state, ENF_STATE_SUSPENDED);
	assert_int_equal(s.detail, ENF_SUSPEND_BANKRUPTCY);
	ok(c, ENF_EV_RESUMED, ymd(2025, 6, 2), 0, 0, -1);
	s = status(c, ymd(2025, 6, 2));
	assert_int_equal(s.state, ENF_STATE_WITHOUT_MEANS);
	assert_int_equal(s.since, ymd(2025, 6, 2));
	assert_int_equal(s.detail, 0);
	enf_case_free(c);

	/* With means, postponed, then suspended on a protest while
	 * postponed; the end of the suspension resumes enforcement with
	 * means, not the postponement. */
	c = new_case("23/QĐ-CCTHADS", ENF_MODE_REQUEST);
	ok(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 6), 0, 0, -1);
	ok(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 8), 0, 0, -1);
	ok(c, ENF_EV_CLASSIFIED, ymd(2025, 2, 3), 1, 0, -1);
	ok(c, ENF_EV_POSTPONED, ymd(2025, 3, 3), ENF_POSTPONE_DISPUTE, 0, -1);
	ok(c, ENF_EV_SUSPENDED, ymd(2025, 4, 1), ENF_SUSPEND_PROTEST, 0, -1);
	s = status(c, ymd(2025, 3, 31));
	assert_int_equal(s.state, ENF_STATE_POSTPONED);
	assert_int_equal(s.detail, ENF_POSTPONE_DISPUTE);
	s = status(c, ymd(2025, 4, 1));
	assert_int_equal(s.state, ENF_STATE_SUSPENDED);
	assert_int_equal(s.since, ymd(2025, 4, 1));
	assert_int_equal(s.detail, ENF_SUSPEND_PROTEST);
	ok(c, ENF_EV_RESUMED, ymd(2025, 7, 1), 0, 0, -1);
	s = status(c, ymd(2025, 7, 1));
	assert_int_equal(s.state, ENF_STATE_WITH_MEANS);
	assert_int_equal(s.since, ymd(2025, 7, 1));
	assert_int_equal(s.detail, 0);
	/* A second pause remembers the new state: without means. */
	ok(c, ENF_EV_CLASSIFIED, ymd(2025, 8, 1), 0, 0, -1);
	ok(c, ENF_EV_POSTPONED, ymd(2025, 9, 1), ENF_POSTPONE_ADDRESS, 0, -1);
	ok(c, ENF_EV_RESUMED, ymd(2025, 10, 1), 0, 0, -1);
	assert_int_equal(status(c, ymd(2025, 10, 1)).state,
			 ENF_STATE_WITHOUT_MEANS);
	/* Resumed twice: not paused any more. */
	refused(c, ev(ENF_EV_RESUMED, ymd(2025, 10, 2), 0, 0, -1), ENF_ESTATE);
	/* Postponed twice in a row: refused (postpone is not in POSTPONED). */
	ok(c, ENF_EV_POSTPONED, ymd(2025, 11, 3), ENF_POSTPONE_ADDRESS, 0, -1);
	refused(c,
		ev(ENF_EV_POSTPONED, ymd(2025, 11, 4), ENF_POSTPONE_AGREEMENT,
		   0, -1),
		ENF_ESTATE);
	enf_case_free(c);
}

/* ---------------------------------------------------------------------- */
/* Regimes                                                                 */

/* An on-request or agency case without means since 2026-01-05. */
static enf_case *without_means_2026(const char *no, enf_mode mode)
{
	enf_case *c = new_case(no, mode);

	if (mode == ENF_MODE_REQUEST)
		ok(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 6), 0, 0, -1);
	ok(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 8), 0, 0, -1);
	ok(c, ENF_EV_VERIFIED, ymd(2025, 1, 27), 0, 0, -1);
	ok(c, ENF_EV_CLASSIFIED, ymd(2025, 2, 3), 0, 0, -1);
	ok(c, ENF_EV_VERIFIED, ymd(2025, 8, 4), 0, 0, -1);
	ok(c, ENF_EV_VERIFIED, ymd(2026, 2, 2), 0, 0, -1);
	return c;
}

static void test_case__separate_book_by_regime(void **state)
{
	enf_case *c;

	(void)state;
	/* On request, 2026-06-30: the old law still governs; allowed. */
	c = without_means_2026("31/QĐ-CCTHADS", ENF_MODE_REQUEST);
	ok(c, ENF_EV_SEPARATE_BOOK, ymd(2026, 6, 30), 0, 0, -1);
	assert_int_equal(status(c, ymd(2026, 6, 30)).state,
			 ENF_STATE_SEPARATE_BOOK);
	enf_case_free(c);

	/* On request, 2026-07-01: refused under the new law. */
	c = without_means_2026("32/QĐ-CCTHADS", ENF_MODE_REQUEST);
	refused(c, ev(ENF_EV_SEPARATE_BOOK, ymd(2026, 7, 1), 0, 0, -1),
		ENF_ESTATE);
	assert_true(has(enf_last_error(), "32/QĐ-CCTHADS"));
	assert_true(has(enf_last_error(), "VN-2026"));
	assert_true(has(enf_last_error(), "separate_book"));
	assert_true(has(enf_last_error(), "without_means"));
	refused(c, ev(ENF_EV_SEPARATE_BOOK, ymd(2030, 1, 2), 0, 0, -1),
		ENF_ESTATE);
	/* The request goes back to the creditor instead (D152 Art 22). */
	ok(c, ENF_EV_REQUEST_RETURNED, ymd(2026, 7, 1), 0, 0, -1);
	assert_int_equal(status(c, ymd(2026, 7, 1)).state, ENF_STATE_RETURNED);
	assert_int_equal(status(c, ymd(2026, 7, 1)).counts_with_means, 0);
	assert_int_equal(status(c, ymd(2026, 6, 30)).state,
			 ENF_STATE_WITHOUT_MEANS);
	enf_case_free(c);

	/* Agency cases still go to the separate book under the new law. */
	c = without_means_2026("33/QĐ-CCTHADS", ENF_MODE_AGENCY);
	ok(c, ENF_EV_SEPARATE_BOOK, ymd(2026, 7, 1), 0, 0, -1);
	assert_int_equal(status(c, ymd(2026, 7, 1)).state,
			 ENF_STATE_SEPARATE_BOOK);
	enf_case_free(c);

	/* Under the 2008 text there was no separate book (it came with the
	 * 2014 amendment), for either mode. */
	c = new_case("34/QĐ-THA", ENF_MODE_REQUEST);
	ok(c, ENF_EV_REQUEST_RECEIVED, ymd(2011, 3, 1), 0, 0, -1);
	ok(c, ENF_EV_DECISION_ISSUED, ymd(2011, 3, 3), 0, 0, -1);
	ok(c, ENF_EV_CLASSIFIED, ymd(2011, 4, 1), 0, 0, -1);
	refused(c, ev(ENF_EV_SEPARATE_BOOK, ymd(2012, 4, 2), 0, 0, -1),
		ENF_ESTATE);
	assert_true(has(enf_last_error(), "VN-2008"));
	/* From 2015-07-01 the amended law governs the remaining steps. */
	ok(c, ENF_EV_SEPARATE_BOOK, ymd(2015, 7, 1), 0, 0, -1);
	assert_int_equal(status(c, ymd(2015, 7, 1)).state,
			 ENF_STATE_SEPARATE_BOOK);
	/* A case moved before 2026-07-01 may have its request returned
	 * after (Art 115: remaining steps follow the new law). */
	ok(c, ENF_EV_REQUEST_RETURNED, ymd(2026, 7, 1), 0, 0, -1);
	assert_int_equal(status(c, ymd(2026, 7, 1)).state, ENF_STATE_RETURNED);
	enf_case_free(c);
}

static void test_case__request_returned_by_regime(void **state)
{
	enf_case *c;

	(void)state;
	/* On request, the last day of the old law: refused. */
	c = without_means_2026("41/QĐ-CCTHADS", ENF_MODE_REQUEST);
	refused(c, ev(ENF_EV_REQUEST_RETURNED, ymd(2026, 6, 30), 0, 0, -1),
		ENF_ESTATE);
	assert_true(has(enf_last_error(), "41/QĐ-CCTHADS"));
	assert_true(has(enf_last_error(), "VN-2014"));
	assert_true(has(enf_last_error(), "request_returned"));
	ok(c, ENF_EV_REQUEST_RETURNED, ymd(2026, 7, 1), 0, 0, -1);
	/* Closed: nothing more, not even a second return. */
	refused(c, ev(ENF_EV_REQUEST_RETURNED, ymd(2026, 7, 2), 0, 0, -1),
		ENF_ESTATE);
	assert_true(has(enf_last_error(), "returned"));
	refused(c, ev(ENF_EV_VERIFIED, ymd(2026, 7, 2), 1, 0, -1), ENF_ESTATE);
	enf_case_free(c);

	/* Agency cases are never returned. */
	c = without_means_2026("42/QĐ-CCTHADS", ENF_MODE_AGENCY);
	refused(c, ev(ENF_EV_REQUEST_RETURNED, ymd(2026, 7, 1), 0, 0, -1),
		ENF_ESTATE);
	assert_true(has(enf_last_error(), "VN-2026"));
	assert_true(has(enf_last_error(), "request_returned"));
	refused(c, ev(ENF_EV_REQUEST_RETURNED, ymd(2026, 6, 30), 0, 0, -1),
		ENF_ESTATE);
	enf_case_free(c);

	/* The 2008 text returned the request when the debtor had no means
	 * (Art 51, trả đơn, repealed by Law 64/2014). */
	c = new_case("43/QĐ-THA", ENF_MODE_REQUEST);
	ok(c, ENF_EV_REQUEST_RECEIVED, ymd(2011, 3, 1), 0, 0, -1);
	ok(c, ENF_EV_DECISION_ISSUED, ymd(2011, 3, 3), 0, 0, -1);
	ok(c, ENF_EV_CLASSIFIED, ymd(2011, 4, 1), 0, 0, -1);
	ok(c, ENF_EV_REQUEST_RETURNED, ymd(2011, 5, 2), 0, 0, -1);
	assert_int_equal(status(c, ymd(2011, 5, 2)).state, ENF_STATE_RETURNED);
	enf_case_free(c);
}

static void test_case__status_regime(void **state)
{
	enf_case *c = new_case("51/QĐ-CCTHADS", ENF_MODE_REQUEST);

	(void)state;
	/* Decree 152 Art 115: the regime of the date asked about. */
	assert_int_equal(status(c, ymd(2026, 6, 30)).regime, ENF_REGIME_VN2014);
	assert_int_equal(status(c, ymd(2026, 7, 1)).regime, ENF_REGIME_VN2026);
	assert_int_equal(status(c, ymd(2015, 6, 30)).regime, ENF_REGIME_VN2008);
	assert_int_equal(status(c, ymd(2015, 7, 1)).regime, ENF_REGIME_VN2014);
	assert_int_equal(status(c, ymd(2009, 7, 1)).regime, ENF_REGIME_VN2008);
	/* VN2008 stands for earlier dates too. */
	assert_int_equal(status(c, ymd(2009, 6, 30)).regime, ENF_REGIME_VN2008);
	assert_int_equal(status(c, ymd(1995, 1, 1)).regime, ENF_REGIME_VN2008);
	assert_int_equal(status(c, ENF_DATE_MIN).regime, ENF_REGIME_VN2008);
	assert_int_equal(status(c, ENF_DATE_MAX).regime, ENF_REGIME_VN2026);
	/* Whatever the events, the regime follows the date. */
	ok(c, ENF_EV_REQUEST_RECEIVED, ymd(2026, 6, 29), 0, 0, -1);
	ok(c, ENF_EV_DECISION_ISSUED, ymd(2026, 7, 3), 0, 0, -1);
	assert_int_equal(status(c, ymd(2026, 6, 30)).regime, ENF_REGIME_VN2014);
	assert_int_equal(status(c, ymd(2026, 7, 1)).regime, ENF_REGIME_VN2026);
	enf_case_free(c);
}

/* ---------------------------------------------------------------------- */
/* As-of queries                                                           */

typedef struct asof {
	int y, m, d;
	enf_case_state state;
	enf_date since;
	int32_t detail;
	enf_money collected, paid, outstanding;
	int32_t verifications;
	int counts;
} asof;

static void check_asof(const enf_case *c, const asof *rows, size_t n,
		       enf_money owed)
{
	for (size_t i = 0; i < n; i++) {
		const asof *r = &rows[i];
		enf_case_status s = status(c, ymd(r->y, r->m, r->d));

		if (s.state != r->state)
			fail_msg("%04d-%02d-%02d: state %s, want %s", r->y,
				 r->m, r->d, state_tok[s.state],
				 state_tok[r->state]);
		assert_int_equal(s.since, r->since);
		assert_int_equal(s.detail, r->detail);
		assert_int_equal(s.owed, owed);
		assert_int_equal(s.collected, r->collected);
		assert_int_equal(s.paid, r->paid);
		assert_int_equal(s.outstanding, r->outstanding);
		assert_int_equal(s.verifications, r->verifications);
		assert_int_equal(s.counts_with_means, r->counts);
	}
}

static void test_case__as_of_with_means(void **state)
{
	enf_case *c = new_case("61/QĐ-CCTHADS", ENF_MODE_REQUEST);
	const enf_date n = ENF_DATE_NONE;
	const enf_date d0106 = ymd(2025, 1, 6), d0108 = ymd(2025, 1, 8);
	const enf_date d0203 = ymd(2025, 2, 3), d0303 = ymd(2025, 3, 3);
	const enf_date d0401 = ymd(2025, 4, 1), d0410 = ymd(2025, 4, 10);
	const enf_money M = MILLION;
	/* date, state, since, detail, collected, paid, outstanding,
	 * verifications, counts with means */
	const asof rows[] = {
		{2025, 1, 5, ENF_STATE_NONE, n, 0, 0, 0, 60 * M, 0, 0},
		{2025, 1, 6, ENF_STATE_RECEIVED, d0106, 0, 0, 0, 60 * M, 0, 0},
		{2025, 1, 7, ENF_STATE_RECEIVED, d0106, 0, 0, 0, 60 * M, 0, 0},
		{2025, 1, 8, ENF_STATE_VOLUNTARY, d0108, 0, 0, 0, 60 * M, 0, 1},
		{2025, 1, 26, ENF_STATE_VOLUNTARY, d0108, 0, 0, 0, 60 * M, 0,
		 1},
		{2025, 1, 27, ENF_STATE_VOLUNTARY, d0108, 0, 0, 0, 60 * M, 1,
		 1},
		{2025, 2, 3, ENF_STATE_WITH_MEANS, d0203, 0, 0, 0, 60 * M, 1,
		 1},
		{2025, 2, 10, ENF_STATE_WITH_MEANS, d0203, 0, 20 * M, 0, 40 * M,
		 1, 1},
		{2025, 2, 19, ENF_STATE_WITH_MEANS, d0203, 0, 20 * M, 0, 40 * M,
		 1, 1},
		{2025, 2, 20, ENF_STATE_WITH_MEANS, d0203, 0, 20 * M, 15 * M,
		 40 * M, 1, 1},
		/* Art 48(1)(c): postponed by agreement counts with means. */
		{2025, 3, 3, ENF_STATE_POSTPONED, d0303, ENF_POSTPONE_AGREEMENT,
		 20 * M, 15 * M, 40 * M, 1, 1},
		{2025, 3, 31, ENF_STATE_POSTPONED, d0303,
		 ENF_POSTPONE_AGREEMENT, 20 * M, 15 * M, 40 * M, 1, 1},
		{2025, 4, 1, ENF_STATE_WITH_MEANS, d0401, 0, 60 * M, 15 * M, 0,
		 1, 1},
		{2025, 4, 9, ENF_STATE_WITH_MEANS, d0401, 0, 60 * M, 15 * M, 0,
		 1, 1},
		{2025, 4, 10, ENF_STATE_DONE, d0410, 0, 60 * M, 15 * M, 0, 1,
		 1},
		{2025, 4, 15, ENF_STATE_DONE, d0410, 0, 60 * M, 60 * M, 0, 1,
		 1},
		{2030, 1, 1, ENF_STATE_DONE, d0410, 0, 60 * M, 60 * M, 0, 1, 1},
	};

	(void)state;
	ok(c, ENF_EV_REQUEST_RECEIVED, d0106, 0, 0, -1);
	ok(c, ENF_EV_DECISION_ISSUED, d0108, 0, 0, -1);
	ok(c, ENF_EV_DECISION_NOTIFIED, ymd(2025, 1, 10), 0, 0, -1);
	ok(c, ENF_EV_VERIFIED, ymd(2025, 1, 27), 0, 0, -1);
	ok(c, ENF_EV_CLASSIFIED, d0203, 1, 0, -1);
	ok(c, ENF_EV_COLLECTED, ymd(2025, 2, 10), 0, 20 * M, -1);
	ok(c, ENF_EV_PAID_OUT, ymd(2025, 2, 20), 0, 15 * M, -1);
	ok(c, ENF_EV_POSTPONED, d0303, ENF_POSTPONE_AGREEMENT, 0, -1);
	ok(c, ENF_EV_RESUMED, d0401, 0, 0, -1);
	ok(c, ENF_EV_COLLECTED, d0401, 0, 40 * M, -1);
	ok(c, ENF_EV_DONE, d0410, 0, 0, -1);
	ok(c, ENF_EV_PAID_OUT, ymd(2025, 4, 15), 0, 45 * M, -1);
	assert_int_equal(enf_case_event_count(c), 12);
	check_asof(c, rows, sizeof(rows) / sizeof(rows[0]), 60 * M);
	assert_int_equal(status(c, ymd(2025, 4, 15)).regime, ENF_REGIME_VN2014);
	assert_int_equal(status(c, ymd(2030, 1, 1)).regime, ENF_REGIME_VN2026);
	enf_case_free(c);
}

static void test_case__as_of_without_means(void **state)
{
	enf_case *c = new_case("62/QĐ-CCTHADS", ENF_MODE_REQUEST);
	const enf_date d0108 = ymd(2025, 1, 8), d0203 = ymd(2025, 2, 3);
	const enf_date d0801 = ymd(2025, 8, 1), d0815 = ymd(2025, 8, 15);
	const enf_date d0901 = ymd(2025, 9, 1), d1001 = ymd(2025, 10, 1);
	const enf_date d1015 = ymd(2025, 10, 15);
	const enf_money M = MILLION;
	const asof rows[] = {
		{2025, 1, 10, ENF_STATE_VOLUNTARY, d0108, 0, 0, 0, 60 * M, 0,
		 1},
		/* Art 44a: without means does not count. */
		{2025, 2, 3, ENF_STATE_WITHOUT_MEANS, d0203, 0, 0, 0, 60 * M, 1,
		 0},
		/* A payment while without means leaves the state alone. */
		{2025, 5, 5, ENF_STATE_WITHOUT_MEANS, d0203, 0, 5 * M, 0,
		 55 * M, 1, 0},
		{2025, 7, 31, ENF_STATE_WITHOUT_MEANS, d0203, 0, 5 * M, 0,
		 55 * M, 2, 0},
		{2025, 8, 1, ENF_STATE_WITH_MEANS, d0801, 0, 5 * M, 0, 55 * M,
		 3, 1},
		/* Postponed on another ground than 48(1)(c): without. */
		{2025, 8, 15, ENF_STATE_POSTPONED, d0815, ENF_POSTPONE_ADDRESS,
		 5 * M, 0, 55 * M, 3, 0},
		/* Suspended: without. */
		{2025, 9, 1, ENF_STATE_SUSPENDED, d0901, ENF_SUSPEND_BANKRUPTCY,
		 5 * M, 0, 55 * M, 3, 0},
		{2025, 10, 1, ENF_STATE_WITH_MEANS, d1001, 0, 5 * M, 0, 55 * M,
		 3, 1},
		/* Terminated (đình chỉ) counts as done, so with means. */
		{2025, 10, 15, ENF_STATE_TERMINATED, d1015,
		 ENF_TERMINATE_AGREEMENT, 5 * M, 0, 55 * M, 3, 1},
		{2025, 10, 20, ENF_STATE_TERMINATED, d1015,
		 ENF_TERMINATE_AGREEMENT, 5 * M, 5 * M, 55 * M, 3, 1},
	};

	(void)state;
	ok(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 6), 0, 0, -1);
	ok(c, ENF_EV_DECISION_ISSUED, d0108, 0, 0, -1);
	ok(c, ENF_EV_VERIFIED, ymd(2025, 1, 27), 0, 0, -1);
	ok(c, ENF_EV_CLASSIFIED, d0203, 0, 0, -1);
	ok(c, ENF_EV_COLLECTED, ymd(2025, 5, 5), 0, 5 * M, -1);
	ok(c, ENF_EV_VERIFIED, ymd(2025, 7, 28), 0, 0, -1);
	ok(c, ENF_EV_VERIFIED, d0801, 1, 0, -1);
	ok(c, ENF_EV_POSTPONED, d0815, ENF_POSTPONE_ADDRESS, 0, -1);
	ok(c, ENF_EV_SUSPENDED, d0901, ENF_SUSPEND_BANKRUPTCY, 0, -1);
	ok(c, ENF_EV_RESUMED, d1001, 0, 0, -1);
	ok(c, ENF_EV_TERMINATED, d1015, ENF_TERMINATE_AGREEMENT, 0, -1);
	ok(c, ENF_EV_PAID_OUT, ymd(2025, 10, 20), 0, 5 * M, -1);
	check_asof(c, rows, sizeof(rows) / sizeof(rows[0]), 60 * M);
	enf_case_free(c);
}

static void test_case__as_of_other_states(void **state)
{
	enf_case *c;
	enf_case_status s;

	(void)state;
	/* More collected than owed: nothing outstanding, never negative. */
	c = new_case("63/QĐ-CCTHADS", ENF_MODE_AGENCY);
	ok(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 8), 0, 0, -1);
	ok(c, ENF_EV_COLLECTED, ymd(2025, 1, 9), 0, 70 * MILLION, -1);
	s = status(c, ymd(2025, 1, 9));
	assert_int_equal(s.collected, 70 * MILLION);
	assert_int_equal(s.outstanding, 0);
	/* Several events on one day: all of them count at the day's end. */
	ok(c, ENF_EV_CLASSIFIED, ymd(2025, 1, 20), 1, 0, -1);
	ok(c, ENF_EV_PAID_OUT, ymd(2025, 1, 20), 0, 60 * MILLION, -1);
	ok(c, ENF_EV_DONE, ymd(2025, 1, 20), 0, 0, -1);
	s = status(c, ymd(2025, 1, 19));
	assert_int_equal(s.state, ENF_STATE_VOLUNTARY);
	assert_int_equal(s.paid, 0);
	s = status(c, ymd(2025, 1, 20));
	assert_int_equal(s.state, ENF_STATE_DONE);
	assert_int_equal(s.since, ymd(2025, 1, 20));
	assert_int_equal(s.paid, 60 * MILLION);
	enf_case_free(c);

	/* A case with no obligation owes nothing. */
	{
		enf_case_info info =
			info_of("LS-02", "64/QĐ-CCTHADS", ENF_MODE_REQUEST);

		c = NULL;
		assert_int_equal(enf_case_new(&c, &info), ENF_OK);
		s = status(c, ymd(2025, 1, 1));
		assert_int_equal(s.state, ENF_STATE_NONE);
		assert_int_equal(s.since, ENF_DATE_NONE);
		assert_int_equal(s.owed, 0);
		assert_int_equal(s.outstanding, 0);
		assert_int_equal(s.counts_with_means, 0);
		enf_case_free(c);
	}
}

static void test_case__status_on_bad_input(void **state)
{
	enf_case *c = new_case("65/QĐ-CCTHADS", ENF_MODE_REQUEST);
	enf_case_status s, before;

	(void)state;
	memset(&s, 0x77, sizeof(s));
	before = s;
	assert_int_equal(enf_case_status_on(&s, c, ENF_DATE_MAX + 1),
			 ENF_ERANGE);
	assert_error_names("case_status_on", "2932897");
	assert_int_equal(enf_case_status_on(&s, c, ENF_DATE_MIN - 1),
			 ENF_ERANGE);
	assert_int_equal(enf_case_status_on(&s, c, ENF_DATE_NONE), ENF_ERANGE);
	assert_int_equal(enf_case_status_on(&s, NULL, ymd(2025, 1, 1)),
			 ENF_EINVALID);
	assert_error_names("case_status_on", "c is NULL");
	assert_memory_equal(&s, &before, sizeof(s));
	assert_int_equal(enf_case_status_on(NULL, c, ymd(2025, 1, 1)),
			 ENF_EINVALID);
	assert_error_names("case_status_on", "out");
	enf_case_free(c);
}

/* ---------------------------------------------------------------------- */
/* Entities                                                                */

static void test_case__parties(void **state)
{
	enf_case_info info =
		info_of("LS-01", "71/QĐ-CCTHADS", ENF_MODE_REQUEST);
	enf_case *c = NULL;
	enf_party p, got, before;
	char name[32] = "Lê Văn Cường";
	char id[16] = "001203004567";
	int32_t idx = -5;

	(void)state;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	memset(&p, 0, sizeof(p));
	p.role = ENF_PARTY_DEBTOR;
	p.kind = ENF_PARTY_PERSON;
	p.name = name;
	p.id = id;
	assert_int_equal(enf_case_add_party(&idx, c, &p), ENF_OK);
	assert_int_equal(idx, 0);
	/* Strings are copied. */
	name[0] = 'X';
	id[0] = '9';
	assert_int_equal(enf_case_party(&got, c, 0), ENF_OK);
	assert_int_equal(got.role, ENF_PARTY_DEBTOR);
	assert_int_equal(got.kind, ENF_PARTY_PERSON);
	assert_string_equal(got.name, "Lê Văn Cường");
	assert_string_equal(got.id, "001203004567");
	/* out_index may be NULL; the id may be NULL. */
	p.role = ENF_PARTY_CREDITOR;
	p.kind = ENF_PARTY_STATE_BUDGET;
	p.name = "Ngân sách nhà nước";
	p.id = NULL;
	assert_int_equal(enf_case_add_party(NULL, c, &p), ENF_OK);
	assert_int_equal(enf_case_party(&got, c, 1), ENF_OK);
	assert_null(got.id);
	assert_int_equal(enf_case_party_count(c), 2);

	/* Bad input: refused, the case unchanged. */
	{
		static const struct {
			int role, kind;
			const char *name, *what;
		} bad[] = {
			{2, ENF_PARTY_PERSON, "A", "role"},
			{-1, ENF_PARTY_PERSON, "A", "role"},
			{ENF_PARTY_DEBTOR, 3, "A", "kind"},
			{ENF_PARTY_DEBTOR, -1, "A", "kind"},
			{ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, NULL, "name"},
			{ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "", "name"},
			/* The state budget is only ever a creditor. */
			{ENF_PARTY_DEBTOR, ENF_PARTY_STATE_BUDGET,
			 "Ngân sách nhà nước", "state budget"},
		};

		for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
			snapshot s = snap(c, ymd(2025, 1, 1));

			p.role = (enf_party_role)bad[i].role;
			p.kind = (enf_party_kind)bad[i].kind;
			p.name = bad[i].name;
			idx = -5;
			assert_int_equal(enf_case_add_party(&idx, c, &p),
					 ENF_EINVALID);
			assert_error_names("case_add_party", bad[i].what);
			assert_int_equal(idx, -5);
			assert_unchanged(c, &s);
		}
	}
	p.name = "A";
	assert_int_equal(enf_case_add_party(&idx, NULL, &p), ENF_EINVALID);
	assert_int_equal(enf_case_add_party(&idx, c, NULL), ENF_EINVALID);
	assert_error_names("case_add_party", "party");

	/* Getters out of range. */
	memset(&got, 0x33, sizeof(got));
	before = got;
	assert_int_equal(enf_case_party(&got, c, 2), ENF_ERANGE);
	assert_error_names("case_party", "71/QĐ-CCTHADS");
	assert_int_equal(enf_case_party(&got, c, SIZE_MAX), ENF_ERANGE);
	assert_memory_equal(&got, &before, sizeof(got));
	assert_int_equal(enf_case_party(NULL, c, 0), ENF_EINVALID);
	assert_int_equal(enf_case_party(&got, NULL, 0), ENF_EINVALID);
	assert_memory_equal(&got, &before, sizeof(got));
	enf_case_free(c);
}

static void test_case__obligations(void **state)
{
	enf_case *c = new_case("72/QĐ-CCTHADS", ENF_MODE_REQUEST);
	enf_obligation o, got, before;
	int32_t idx = -5;
	int32_t debtor2 = add_party(c, ENF_PARTY_DEBTOR, ENF_PARTY_PERSON,
				    "Phạm Thị Dung");

	(void)state;
	/* new_case: two obligations, 60 m. */
	assert_int_equal(enf_case_obligation_count(c), 2);
	assert_int_equal(status(c, ymd(2025, 1, 1)).owed, 60 * MILLION);
	/* A joint money obligation without a named creditor, and a non-money
	 * one (amount 0): the owed sum counts money only. */
	memset(&o, 0, sizeof(o));
	o.kind = ENF_OBL_FINE;
	o.amount = 3 * MILLION;
	o.debtor = debtor2;
	o.creditor = ENF_INDEX_NONE;
	o.joint = 1;
	assert_int_equal(enf_case_add_obligation(&idx, c, &o), ENF_OK);
	assert_int_equal(idx, 2);
	o.kind = ENF_OBL_HAND_OVER;
	o.amount = 0;
	o.debtor = 0;
	o.creditor = 1;
	o.joint = 0;
	assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
	assert_int_equal(enf_case_obligation(&got, c, 3), ENF_OK);
	assert_int_equal(got.kind, ENF_OBL_HAND_OVER);
	assert_int_equal(got.amount, 0);
	assert_int_equal(got.creditor, 1);
	assert_int_equal(status(c, ymd(2025, 1, 1)).owed, 63 * MILLION);

	{
		static const struct {
			int kind;
			enf_money amount;
			int32_t debtor, creditor;
			int joint;
			const char *what;
		} bad[] = {
			{10, MILLION, 0, 1, 0, "kind"},
			{-1, MILLION, 0, 1, 0, "kind"},
			/* money kinds need an amount above 0 */
			{ENF_OBL_OTHER_MONEY, 0, 0, 1, 0, "amount"},
			{ENF_OBL_MAINTENANCE, -1, 0, 1, 0, "amount"},
			{ENF_OBL_BANK_CREDIT, INT64_MIN, 0, 1, 0, "amount"},
			/* non-money kinds carry no amount */
			{ENF_OBL_PERFORM_ACT, 1, 0, 1, 0, "amount"},
			{ENF_OBL_STOP_ACT, -1, 0, ENF_INDEX_NONE, 0, "amount"},
			/* the debtor is a debtor party of the case */
			{ENF_OBL_FINE, MILLION, 1, 2, 0, "debtor"},
			{ENF_OBL_FINE, MILLION, 99, 2, 0, "debtor"},
			{ENF_OBL_FINE, MILLION, ENF_INDEX_NONE, 2, 0, "debtor"},
			/* the creditor is a creditor party or none */
			{ENF_OBL_WAGES_HARM, MILLION, 0, 0, 0, "creditor"},
			{ENF_OBL_WAGES_HARM, MILLION, 0, 3, 0, "creditor"},
			{ENF_OBL_WAGES_HARM, MILLION, 0, 99, 0, "creditor"},
			{ENF_OBL_WAGES_HARM, MILLION, 0, -2, 0, "creditor"},
			{ENF_OBL_UNLAWFUL_GAIN, MILLION, 0, 2, 2, "joint"},
			{ENF_OBL_UNLAWFUL_GAIN, MILLION, 0, 2, -1, "joint"},
		};

		for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
			snapshot s = snap(c, ymd(2025, 1, 1));

			o.kind = (enf_obligation_kind)bad[i].kind;
			o.amount = bad[i].amount;
			o.debtor = bad[i].debtor;
			o.creditor = bad[i].creditor;
			o.joint = bad[i].joint;
			idx = -5;
			assert_int_equal(enf_case_add_obligation(&idx, c, &o),
					 ENF_EINVALID);
			assert_error_names("case_add_obligation", bad[i].what);
			assert_int_equal(idx, -5);
			assert_unchanged(c, &s);
		}
	}
	/* The sum owed overflows 64 bits: refused, unchanged. */
	{
		snapshot s;

		o.kind = ENF_OBL_BANK_CREDIT;
		o.amount = INT64_MAX - 63 * MILLION;
		o.debtor = 0;
		o.creditor = 1;
		o.joint = 0;
		assert_int_equal(enf_case_add_obligation(NULL, c, &o), ENF_OK);
		assert_int_equal(status(c, ymd(2025, 1, 1)).owed, INT64_MAX);
		s = snap(c, ymd(2025, 1, 1));
		o.amount = 1;
		assert_int_equal(enf_case_add_obligation(&idx, c, &o),
				 ENF_EOVERFLOW);
		assert_error_names("case_add_obligation", "72/QĐ-CCTHADS");
		assert_unchanged(c, &s);
	}
	assert_int_equal(enf_case_add_obligation(&idx, NULL, &o), ENF_EINVALID);
	assert_int_equal(enf_case_add_obligation(&idx, c, NULL), ENF_EINVALID);
	assert_error_names("case_add_obligation", "obl");

	memset(&got, 0x33, sizeof(got));
	before = got;
	assert_int_equal(enf_case_obligation(&got, c, 5), ENF_ERANGE);
	assert_error_names("case_obligation", "5");
	assert_int_equal(enf_case_obligation(NULL, c, 0), ENF_EINVALID);
	assert_int_equal(enf_case_obligation(&got, NULL, 0), ENF_EINVALID);
	assert_memory_equal(&got, &before, sizeof(got));
	enf_case_free(c);
}

static void test_case__assets(void **state)
{
	enf_case *c = new_case("73/QĐ-CCTHADS", ENF_MODE_REQUEST);
	enf_asset a, got, before;
	char what[64] = "quyền sử dụng đất, thửa 7";
	int32_t idx = -5;

	(void)state;
	memset(&a, 0, sizeof(a));
	a.kind = ENF_ASSET_REAL_ESTATE;
	a.description = what;
	a.owner = 0;
	a.security = ENF_SECURITY_MORTGAGE;
	a.secured_amount = 900 * MILLION;
	assert_int_equal(enf_case_add_asset(&idx, c, &a), ENF_OK);
	assert_int_equal(idx, 3);
	what[0] = 'Q';
	assert_int_equal(enf_case_asset(&got, c, 3), ENF_OK);
	assert_string_equal(got.description, "quyền sử dụng đất, thửa 7");
	assert_int_equal(got.security, ENF_SECURITY_MORTGAGE);
	assert_int_equal(got.secured_amount, 900 * MILLION);
	assert_int_equal(got.owner, 0);
	a.kind = ENF_ASSET_ACCOUNT;
	a.security = ENF_SECURITY_PLEDGE;
	a.secured_amount = 1;
	a.description = "tài khoản 0123";
	assert_int_equal(enf_case_add_asset(NULL, c, &a), ENF_OK);

	{
		static const struct {
			int kind;
			const char *desc;
			int32_t owner;
			int security;
			enf_money secured;
			const char *what;
		} bad[] = {
			{4, "x", 0, ENF_SECURITY_NONE, 0, "kind"},
			{-1, "x", 0, ENF_SECURITY_NONE, 0, "kind"},
			{ENF_ASSET_MOVABLE, NULL, 0, ENF_SECURITY_NONE, 0,
			 "description"},
			{ENF_ASSET_MOVABLE, "", 0, ENF_SECURITY_NONE, 0,
			 "description"},
			/* the owner is a debtor of the case */
			{ENF_ASSET_MOVABLE, "x", 1, ENF_SECURITY_NONE, 0,
			 "owner"},
			{ENF_ASSET_MOVABLE, "x", 2, ENF_SECURITY_NONE, 0,
			 "owner"},
			{ENF_ASSET_MOVABLE, "x", 3, ENF_SECURITY_NONE, 0,
			 "owner"},
			{ENF_ASSET_MOVABLE, "x", ENF_INDEX_NONE,
			 ENF_SECURITY_NONE, 0, "owner"},
			{ENF_ASSET_MOVABLE, "x", 0, 3, 0, "security"},
			{ENF_ASSET_MOVABLE, "x", 0, -1, 0, "security"},
			/* a secured amount without a security */
			{ENF_ASSET_MOVABLE, "x", 0, ENF_SECURITY_NONE, MILLION,
			 "secured_amount"},
			/* a security without a secured amount */
			{ENF_ASSET_MOVABLE, "x", 0, ENF_SECURITY_PLEDGE, 0,
			 "secured_amount"},
			{ENF_ASSET_RIGHT, "x", 0, ENF_SECURITY_MORTGAGE, -1,
			 "secured_amount"},
			{ENF_ASSET_RIGHT, "x", 0, ENF_SECURITY_NONE, -1,
			 "secured_amount"},
		};

		for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
			snapshot s = snap(c, ymd(2025, 1, 1));

			a.kind = (enf_asset_kind)bad[i].kind;
			a.description = bad[i].desc;
			a.owner = bad[i].owner;
			a.security = (enf_security)bad[i].security;
			a.secured_amount = bad[i].secured;
			idx = -5;
			assert_int_equal(enf_case_add_asset(&idx, c, &a),
					 ENF_EINVALID);
			assert_error_names("case_add_asset", bad[i].what);
			assert_int_equal(idx, -5);
			assert_unchanged(c, &s);
		}
	}
	assert_int_equal(enf_case_add_asset(&idx, NULL, &a), ENF_EINVALID);
	assert_int_equal(enf_case_add_asset(&idx, c, NULL), ENF_EINVALID);
	assert_error_names("case_add_asset", "asset");

	memset(&got, 0x33, sizeof(got));
	before = got;
	assert_int_equal(enf_case_asset(&got, c, 5), ENF_ERANGE);
	assert_error_names("case_asset", "73/QĐ-CCTHADS");
	assert_int_equal(enf_case_asset(NULL, c, 0), ENF_EINVALID);
	assert_int_equal(enf_case_asset(&got, NULL, 0), ENF_EINVALID);
	assert_memory_equal(&got, &before, sizeof(got));
	enf_case_free(c);
}

static void test_case__events_getter(void **state)
{
	enf_case *c = new_case("74/QĐ-CCTHADS", ENF_MODE_REQUEST);
	enf_event got, before;

	(void)state;
	ok(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 6), 0, 0, -1);
	ok(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 8), 0, 0, -1);
	assert_int_equal(enf_case_event_count(c), 2);
	assert_int_equal(enf_case_event(&got, c, 1), ENF_OK);
	assert_int_equal(got.kind, ENF_EV_DECISION_ISSUED);
	assert_int_equal(got.date, ymd(2025, 1, 8));
	assert_int_equal(got.detail, 0);
	assert_int_equal(got.amount, 0);
	assert_int_equal(got.asset, ENF_INDEX_NONE);
	memset(&got, 0x33, sizeof(got));
	before = got;
	assert_int_equal(enf_case_event(&got, c, 2), ENF_ERANGE);
	assert_error_names("case_event", "74/QĐ-CCTHADS");
	assert_int_equal(enf_case_event(NULL, c, 0), ENF_EINVALID);
	assert_int_equal(enf_case_event(&got, NULL, 0), ENF_EINVALID);
	assert_memory_equal(&got, &before, sizeof(got));
	/* Counts of no case. */
	assert_int_equal(enf_case_party_count(NULL), 0);
	assert_int_equal(enf_case_obligation_count(NULL), 0);
	assert_int_equal(enf_case_asset_count(NULL), 0);
	assert_int_equal(enf_case_event_count(NULL), 0);
	enf_case_free(c);
}

/* ---------------------------------------------------------------------- */
/* Event rules                                                             */

/* A case with means on 2025-02-03 (assets 1 and 2 seized, 2 appraised),
 * 10 m collected. */
static enf_case *with_means_case(const char *no)
{
	const context ctx = {ENF_MODE_REQUEST, ENF_REGIME_VN2014,
			     ymd(2025, 1, 6), ymd(2025, 12, 1)};
	enf_case *c = build_case(ENF_STATE_WITH_MEANS, &ctx, no);

	assert_int_equal(status(c, ymd(2025, 1, 31)).state,
			 ENF_STATE_WITH_MEANS);
	return c;
}

static void test_case__event_kind_and_date(void **state)
{
	enf_case *c = with_means_case("81/QĐ-CCTHADS");
	const enf_date last = ymd(2025, 1, 13); /* the path's last event */

	(void)state;
	assert_int_equal(status(c, last).since, ymd(2025, 1, 10));
	/* Unknown kinds. */
	refused(c, ev((enf_event_kind)20, ymd(2025, 2, 3), 0, 0, -1),
		ENF_EINVALID);
	assert_error_names("case_apply", "20");
	refused(c, ev((enf_event_kind)-1, ymd(2025, 2, 3), 0, 0, -1),
		ENF_EINVALID);
	/* Dates outside the calendar. */
	refused(c, ev(ENF_EV_COLLECTED, ENF_DATE_MAX + 1, 0, MILLION, -1),
		ENF_ERANGE);
	refused(c, ev(ENF_EV_COLLECTED, ENF_DATE_NONE, 0, MILLION, -1),
		ENF_ERANGE);
	/* Date order: before the last event, refused; the same day is
	 * fine. */
	refused(c, ev(ENF_EV_COLLECTED, last - 1, 0, MILLION, -1),
		ENF_EINVALID);
	assert_error_names("case_apply", "81/QĐ-CCTHADS");
	assert_error_names("case_apply", "2025-01-12");
	refused(c, ev(ENF_EV_COLLECTED, ymd(2024, 1, 1), 0, MILLION, -1),
		ENF_EINVALID);
	ok(c, ENF_EV_COLLECTED, last, 0, MILLION, -1);
	ok(c, ENF_EV_COLLECTED, last + 30, 0, MILLION, -1);
	refused(c, ev(ENF_EV_COLLECTED, last + 29, 0, MILLION, -1),
		ENF_EINVALID);
	/* NULL. */
	{
		enf_event e = ev(ENF_EV_COLLECTED, last + 30, 0, MILLION, -1);

		assert_int_equal(enf_case_apply(NULL, &e), ENF_EINVALID);
		assert_int_equal(enf_case_apply(c, NULL), ENF_EINVALID);
		assert_error_names("case_apply", "ev");
	}
	enf_case_free(c);
}

static void test_case__event_details(void **state)
{
	enf_case *c = with_means_case("82/QĐ-CCTHADS");
	enf_date d = ymd(2025, 2, 3);
	/* kind, a detail out of range */
	static const struct {
		enf_event_kind kind;
		int32_t detail;
	} bad[] = {
		{ENF_EV_POSTPONED, 9},
		{ENF_EV_POSTPONED, -1},
		{ENF_EV_SUSPENDED, 2},
		{ENF_EV_SUSPENDED, -1},
		{ENF_EV_TERMINATED, 8},
		{ENF_EV_TERMINATED, -1},
		{ENF_EV_VERIFIED, 2},
		{ENF_EV_VERIFIED, -1},
		{ENF_EV_CLASSIFIED, 2},
		{ENF_EV_CLASSIFIED, INT32_MIN},
		{ENF_EV_DONE, 1},
		{ENF_EV_ENTRUSTED_OUT, 1},
		{ENF_EV_DECISION_WITHDRAWN, 1},
	};

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		refused(c, ev(bad[i].kind, d, bad[i].detail, 0, -1),
			ENF_EINVALID);
		assert_error_names("case_apply", event_tok[bad[i].kind]);
		assert_error_names("case_apply", "detail");
	}
	refused(c, ev(ENF_EV_COLLECTED, d, 1, MILLION, -1), ENF_EINVALID);
	refused(c, ev(ENF_EV_ASSET_SEIZED, d, 1, 0, 0), ENF_EINVALID);
	/* The last ground of each list is accepted. */
	ok(c, ENF_EV_POSTPONED, d, ENF_POSTPONE_PROTEST, 0, -1);
	assert_int_equal(status(c, d).detail, ENF_POSTPONE_PROTEST);
	assert_int_equal(status(c, d).counts_with_means, 0);
	refused(c, ev(ENF_EV_RESUMED, d, 1, 0, -1), ENF_EINVALID);
	ok(c, ENF_EV_SUSPENDED, d, ENF_SUSPEND_BANKRUPTCY, 0, -1);
	ok(c, ENF_EV_RESUMED, d, 0, 0, -1);
	ok(c, ENF_EV_TERMINATED, d, ENF_TERMINATE_CUSTODY, 0, -1);
	assert_int_equal(status(c, d).detail, ENF_TERMINATE_CUSTODY);
	enf_case_free(c);
}

static void test_case__event_amounts(void **state)
{
	enf_case *c = with_means_case("83/QĐ-CCTHADS");
	enf_date d = ymd(2025, 2, 3);

	(void)state;
	/* Collected above 0. */
	refused(c, ev(ENF_EV_COLLECTED, d, 0, 0, -1), ENF_EINVALID);
	assert_error_names("case_apply", "collected");
	refused(c, ev(ENF_EV_COLLECTED, d, 0, -1, -1), ENF_EINVALID);
	refused(c, ev(ENF_EV_COLLECTED, d, 0, INT64_MIN, -1), ENF_EINVALID);
	/* Paid out above 0 and never above collected minus paid: 10 m
	 * collected by the path. */
	refused(c, ev(ENF_EV_PAID_OUT, d, 0, 0, -1), ENF_EINVALID);
	refused(c, ev(ENF_EV_PAID_OUT, d, 0, -5, -1), ENF_EINVALID);
	refused(c, ev(ENF_EV_PAID_OUT, d, 0, 10 * MILLION + 1, -1),
		ENF_EINVALID);
	assert_error_names("case_apply", "paid_out");
	ok(c, ENF_EV_PAID_OUT, d, 0, 4 * MILLION, -1);
	refused(c, ev(ENF_EV_PAID_OUT, d, 0, 6 * MILLION + 1, -1),
		ENF_EINVALID);
	ok(c, ENF_EV_PAID_OUT, d, 0, 6 * MILLION, -1);
	refused(c, ev(ENF_EV_PAID_OUT, d, 0, 1, -1), ENF_EINVALID);
	ok(c, ENF_EV_COLLECTED, d, 0, 2 * MILLION, -1);
	refused(c, ev(ENF_EV_PAID_OUT, d, 0, 2 * MILLION + 1, -1),
		ENF_EINVALID);
	ok(c, ENF_EV_PAID_OUT, d, 0, 2 * MILLION, -1);
	assert_int_equal(status(c, d).collected, 12 * MILLION);
	assert_int_equal(status(c, d).paid, 12 * MILLION);
	/* Events that carry no amount. */
	refused(c, ev(ENF_EV_VERIFIED, d, 0, 1, -1), ENF_EINVALID);
	refused(c, ev(ENF_EV_DONE, d, 0, -1, -1), ENF_EINVALID);
	refused(c, ev(ENF_EV_ASSET_SEIZED, d, 0, MILLION, 0), ENF_EINVALID);
	/* Appraised above 0; a price not negative (asset 2 is appraised). */
	refused(c, ev(ENF_EV_ASSET_APPRAISED, d, 0, 0, 1), ENF_EINVALID);
	refused(c, ev(ENF_EV_ASSET_APPRAISED, d, 0, -1, 1), ENF_EINVALID);
	refused(c, ev(ENF_EV_ASSET_AUCTIONED, d, 0, -1, 2), ENF_EINVALID);
	/* The total collected overflows 64 bits. */
	ok(c, ENF_EV_COLLECTED, d, 0, INT64_MAX - 12 * MILLION, -1);
	assert_int_equal(status(c, d).collected, INT64_MAX);
	assert_int_equal(status(c, d).outstanding, 0);
	refused(c, ev(ENF_EV_COLLECTED, d, 0, 1, -1), ENF_EINVALID);
	assert_error_names("case_apply", "overflow");
	enf_case_free(c);
}

/*
 * Giảm thi hành án: a court reduces an obligation to the state budget
 * (Law 26/2008 Art 61: fines, court fees and other sums owed to the
 * budget; Joint Circular 12/2015 Art 9(3)(e): the decision states the sum
 * reduced and the sum still owed; Art 11(1): enforcement goes on with the
 * rest). The case of new_case() owes 50 M to a company and a 10 M court
 * fee; the path collected 10 M, so 50 M is outstanding.
 */
static void test_case__obligation_reduced(void **state)
{
	enf_case *c = with_means_case("85/QĐ-CCTHADS");
	enf_date d = ymd(2025, 2, 3);
	enf_case_status st;

	(void)state;
	refused(c, ev(ENF_EV_OBLIGATION_REDUCED, d, 0, 0, -1), ENF_EINVALID);
	assert_error_names("case_apply", "obligation_reduced");
	assert_error_names("case_apply", "above 0");
	refused(c, ev(ENF_EV_OBLIGATION_REDUCED, d, 0, -1, -1), ENF_EINVALID);
	/* Only the 10 M court fee is owed to the budget. */
	refused(c, ev(ENF_EV_OBLIGATION_REDUCED, d, 0, 10 * MILLION + 1, -1),
		ENF_EINVALID);
	assert_error_names("case_apply", "state budget");
	refused(c, ev(ENF_EV_OBLIGATION_REDUCED, d, 1, MILLION, -1),
		ENF_EINVALID);
	ok(c, ENF_EV_OBLIGATION_REDUCED, d, 0, 4 * MILLION, -1);
	/* 60 - 10 collected - 4 reduced; the state does not change. */
	st = status(c, d);
	assert_int_equal(st.outstanding, 46 * MILLION);
	assert_int_equal(st.state, ENF_STATE_WITH_MEANS);
	assert_int_equal(st.collected, 10 * MILLION);
	assert_int_equal(status(c, d - 1).outstanding, 50 * MILLION);
	/* 6 M of the fee is left to reduce. */
	refused(c, ev(ENF_EV_OBLIGATION_REDUCED, d, 0, 6 * MILLION + 1, -1),
		ENF_EINVALID);
	ok(c, ENF_EV_OBLIGATION_REDUCED, d, 0, 6 * MILLION, -1);
	assert_int_equal(status(c, d).outstanding, 40 * MILLION);
	refused(c, ev(ENF_EV_OBLIGATION_REDUCED, d, 0, 1, -1), ENF_EINVALID);
	enf_case_free(c);

	/* Never more than the case still owes: 58 M of 60 M collected. */
	c = with_means_case("86/QĐ-CCTHADS");
	ok(c, ENF_EV_COLLECTED, d, 0, 48 * MILLION, -1);
	refused(c, ev(ENF_EV_OBLIGATION_REDUCED, d, 0, 3 * MILLION, -1),
		ENF_EINVALID);
	assert_error_names("case_apply", "still owes");
	ok(c, ENF_EV_OBLIGATION_REDUCED, d, 0, 2 * MILLION, -1);
	assert_int_equal(status(c, d).outstanding, 0);
	/* Not once the case is closed (Art 52). */
	ok(c, ENF_EV_DONE, d, 0, 0, -1);
	refused(c, ev(ENF_EV_OBLIGATION_REDUCED, d, 0, 1, -1), ENF_ESTATE);
	enf_case_free(c);

	/* A sum owed to the state budget as a party counts too: 10 M fee
	 * and 5 M to party 2 (the budget) can be reduced, not more. */
	c = with_means_case("87/QĐ-CCTHADS");
	add_obligation(c, ENF_OBL_OTHER_MONEY, 5 * MILLION, 0, 2);
	refused(c, ev(ENF_EV_OBLIGATION_REDUCED, d, 0, 15 * MILLION + 1, -1),
		ENF_EINVALID);
	ok(c, ENF_EV_OBLIGATION_REDUCED, d, 0, 15 * MILLION, -1);
	assert_int_equal(status(c, d).outstanding, 40 * MILLION);
	enf_case_free(c);
}

static void test_case__event_assets(void **state)
{
	enf_case *c = with_means_case("84/QĐ-CCTHADS");
	enf_date d = ymd(2025, 2, 3);

	(void)state;
	/* The asset is one of the case's. */
	refused(c, ev(ENF_EV_ASSET_SEIZED, d, 0, 0, 3), ENF_EINVALID);
	assert_error_names("case_apply", "asset");
	refused(c, ev(ENF_EV_ASSET_SEIZED, d, 0, 0, ENF_INDEX_NONE),
		ENF_EINVALID);
	refused(c, ev(ENF_EV_ASSET_SEIZED, d, 0, 0, INT32_MAX), ENF_EINVALID);
	/* Other events name no asset. */
	refused(c, ev(ENF_EV_COLLECTED, d, 0, MILLION, 0), ENF_EINVALID);
	refused(c, ev(ENF_EV_VERIFIED, d, 0, 0, 1), ENF_EINVALID);
	/* Order: seize, then appraise, then auction. */
	refused(c, ev(ENF_EV_ASSET_APPRAISED, d, 0, MILLION, 0), ENF_EINVALID);
	assert_error_names("case_apply", "seized");
	refused(c, ev(ENF_EV_ASSET_AUCTIONED, d, 0, MILLION, 0), ENF_EINVALID);
	refused(c, ev(ENF_EV_ASSET_AUCTIONED, d, 0, MILLION, 1), ENF_EINVALID);
	assert_error_names("case_apply", "appraised");
	refused(c, ev(ENF_EV_ASSET_SEIZED, d, 0, 0, 1), ENF_EINVALID);
	ok(c, ENF_EV_ASSET_SEIZED, d, 0, 0, 0);
	refused(c, ev(ENF_EV_ASSET_SEIZED, d, 0, 0, 0), ENF_EINVALID);
	ok(c, ENF_EV_ASSET_APPRAISED, d, 0, 8 * MILLION, 0);
	/* Re-appraisal (Art 98(3)) is allowed. */
	ok(c, ENF_EV_ASSET_APPRAISED, d + 5, 0, 9 * MILLION, 0);
	/* Auctions: no sale (price 0), reduced and re-auctioned (Art 104),
	 * sold; then no more auction or appraisal of that asset. */
	ok(c, ENF_EV_ASSET_AUCTIONED, d + 40, 0, 0, 0);
	ok(c, ENF_EV_ASSET_AUCTIONED, d + 80, 0, 0, 0);
	ok(c, ENF_EV_ASSET_AUCTIONED, d + 120, 0, 8 * MILLION, 0);
	refused(c, ev(ENF_EV_ASSET_AUCTIONED, d + 121, 0, 9 * MILLION, 0),
		ENF_EINVALID);
	assert_error_names("case_apply", "sold");
	refused(c, ev(ENF_EV_ASSET_AUCTIONED, d + 121, 0, 0, 0), ENF_EINVALID);
	refused(c, ev(ENF_EV_ASSET_APPRAISED, d + 121, 0, MILLION, 0),
		ENF_EINVALID);
	refused(c, ev(ENF_EV_ASSET_SEIZED, d + 121, 0, 0, 0), ENF_EINVALID);
	/* The other assets are unaffected. */
	ok(c, ENF_EV_ASSET_AUCTIONED, d + 121, 0, 45 * MILLION, 2);
	ok(c, ENF_EV_ASSET_APPRAISED, d + 121, 0, 30 * MILLION, 1);
	/* Asset events need a case with means: refused by state when
	 * postponed, and the log unchanged. */
	ok(c, ENF_EV_POSTPONED, d + 122, ENF_POSTPONE_DISPUTE, 0, -1);
	refused(c, ev(ENF_EV_ASSET_AUCTIONED, d + 123, 0, MILLION, 1),
		ENF_ESTATE);
	assert_true(has(enf_last_error(), "postponed"));
	assert_true(has(enf_last_error(), "asset_auctioned"));
	enf_case_free(c);
}

/* ---------------------------------------------------------------------- */
/* Facts, names                                                            */

static void test_case__info_init(void **state)
{
	enf_case_info info, before;

	(void)state;
	memset(&info, 0x44, sizeof(info));
	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	assert_int_equal(info.version, ENF_CASE_INFO_VERSION);
	assert_null(info.office);
	assert_null(info.decision_no);
	assert_null(info.court);
	assert_null(info.judgment_no);
	assert_int_equal(info.decision_date, ENF_DATE_NONE);
	assert_int_equal(info.judgment_effective, ENF_DATE_NONE);
	assert_int_equal(info.flags, 0);
	assert_true(info.mode == ENF_MODE_AGENCY ||
		    info.mode == ENF_MODE_REQUEST);
	assert_int_equal(info.judgment_kind, ENF_JUDGMENT_CIVIL);

	memset(&info, 0x44, sizeof(info));
	before = info;
	assert_int_equal(enf_case_info_init(&info, 0), ENF_EVERSION);
	assert_error_names("case_info_init", "version");
	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION + 1),
			 ENF_EVERSION);
	assert_memory_equal(&info, &before, sizeof(info));
	assert_int_equal(enf_case_info_init(NULL, ENF_CASE_INFO_VERSION),
			 ENF_EINVALID);
	assert_error_names("case_info_init", "info");
}

static void test_case__new_copies_strings(void **state)
{
	char office[16] = "LS-01";
	char no[32] = "15/QĐ-CCTHADS";
	char court[48] = "TAND tỉnh Lạng Sơn";
	char judgment[32] = "08/2024/KDTM-PT";
	enf_case_info info, got;
	enf_case *c = NULL;

	(void)state;
	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = office;
	info.decision_no = no;
	info.court = court;
	info.judgment_no = judgment;
	info.decision_date = ymd(2025, 3, 4);
	info.judgment_effective = ymd(2025, 1, 15);
	info.mode = ENF_MODE_AGENCY;
	info.judgment_kind = ENF_JUDGMENT_COMMERCIAL;
	info.flags = ENF_CASE_CORRUPTION | ENF_CASE_UNKNOWN_ADDRESS;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_non_null(c);
	/* The caller's buffers change; the case keeps its copies. */
	memset(office, 'x', sizeof(office) - 1);
	memset(no, 'x', sizeof(no) - 1);
	memset(court, 'x', sizeof(court) - 1);
	memset(judgment, 'x', sizeof(judgment) - 1);
	memset(&got, 0, sizeof(got));
	assert_int_equal(enf_case_get_info(&got, c), ENF_OK);
	assert_int_equal(got.version, ENF_CASE_INFO_VERSION);
	assert_string_equal(got.office, "LS-01");
	assert_string_equal(got.decision_no, "15/QĐ-CCTHADS");
	assert_string_equal(got.court, "TAND tỉnh Lạng Sơn");
	assert_string_equal(got.judgment_no, "08/2024/KDTM-PT");
	assert_ptr_not_equal(got.office, office);
	assert_ptr_not_equal(got.decision_no, no);
	assert_int_equal(got.decision_date, ymd(2025, 3, 4));
	assert_int_equal(got.judgment_effective, ymd(2025, 1, 15));
	assert_int_equal(got.mode, ENF_MODE_AGENCY);
	assert_int_equal(got.judgment_kind, ENF_JUDGMENT_COMMERCIAL);
	assert_int_equal(got.flags,
			 ENF_CASE_CORRUPTION | ENF_CASE_UNKNOWN_ADDRESS);
	/* A new case has nothing yet. */
	assert_int_equal(enf_case_party_count(c), 0);
	assert_int_equal(enf_case_event_count(c), 0);
	/* Messages name the case by its copied number. */
	{
		enf_event e = ev(ENF_EV_DONE, ymd(2025, 3, 4), 0, 0, -1);

		assert_int_equal(enf_case_apply(c, &e), ENF_ESTATE);
		assert_error_names("case_apply", "15/QĐ-CCTHADS");
	}
	/* get_info: bad input leaves out alone. */
	{
		enf_case_info before;

		memset(&got, 0x21, sizeof(got));
		before = got;
		assert_int_equal(enf_case_get_info(&got, NULL), ENF_EINVALID);
		assert_error_names("case_get_info", "c is NULL");
		assert_memory_equal(&got, &before, sizeof(got));
		assert_int_equal(enf_case_get_info(NULL, c), ENF_EINVALID);
		assert_error_names("case_get_info", "out");
	}
	enf_case_free(c);
	enf_case_free(NULL);
}

static void test_case__new_bad_input(void **state)
{
	static int sentinel;
	enf_case *c = (enf_case *)(void *)&sentinel;
	enf_case_info info =
		info_of("LS-01", "16/QĐ-CCTHADS", ENF_MODE_REQUEST);
	enf_case_info bad;

	(void)state;
	assert_int_equal(enf_case_new(NULL, &info), ENF_EINVALID);
	assert_error_names("case_new", "out");
	assert_int_equal(enf_case_new(&c, NULL), ENF_EINVALID);
	assert_error_names("case_new", "info");
	assert_null(c);

#define BAD_NEW(field, value, want, what)                                      \
	do {                                                                   \
		bad = info;                                                    \
		bad.field = value;                                             \
		c = (enf_case *)(void *)&sentinel;                             \
		assert_int_equal(enf_case_new(&c, &bad), want);                \
		assert_error_names("case_new", what);                          \
		assert_null(c);                                                \
	} while (0)

	BAD_NEW(office, NULL, ENF_EINVALID, "office");
	BAD_NEW(office, "", ENF_EINVALID, "office");
	BAD_NEW(decision_no, NULL, ENF_EINVALID, "decision_no");
	BAD_NEW(decision_no, "", ENF_EINVALID, "decision_no");
	BAD_NEW(mode, (enf_mode)2, ENF_EINVALID, "mode");
	BAD_NEW(mode, (enf_mode)-1, ENF_EINVALID, "mode");
	BAD_NEW(judgment_kind, (enf_judgment_kind)6, ENF_EINVALID,
		"judgment_kind");
	BAD_NEW(judgment_kind, (enf_judgment_kind)-1, ENF_EINVALID,
		"judgment_kind");
	BAD_NEW(flags, 0x10u, ENF_EINVALID, "flags");
	BAD_NEW(flags, ENF_CASE_PRISONER | 0x100u, ENF_EINVALID, "flags");
	BAD_NEW(version, 0, ENF_EVERSION, "version");
	BAD_NEW(version, ENF_CASE_INFO_VERSION + 1, ENF_EVERSION, "version");
	BAD_NEW(decision_date, ENF_DATE_MAX + 1, ENF_ERANGE, "decision_date");
	BAD_NEW(decision_date, ENF_DATE_MIN - 1, ENF_ERANGE, "decision_date");
	BAD_NEW(judgment_effective, ENF_DATE_MAX + 1, ENF_ERANGE,
		"judgment_effective");
#undef BAD_NEW

	/* Optional dates and strings may be absent. */
	bad = info;
	bad.decision_date = ENF_DATE_NONE;
	bad.judgment_effective = ENF_DATE_NONE;
	bad.court = NULL;
	bad.judgment_no = NULL;
	bad.flags = ENF_CASE_CORRUPTION | ENF_CASE_PRISONER |
		    ENF_CASE_UNKNOWN_ADDRESS;
	bad.judgment_kind = ENF_JUDGMENT_BANKRUPTCY;
	c = NULL;
	assert_int_equal(enf_case_new(&c, &bad), ENF_OK);
	{
		enf_case_info got;

		assert_int_equal(enf_case_get_info(&got, c), ENF_OK);
		assert_int_equal(got.decision_date, ENF_DATE_NONE);
		assert_int_equal(got.judgment_effective, ENF_DATE_NONE);
		assert_int_equal(got.judgment_kind, ENF_JUDGMENT_BANKRUPTCY);
	}
	enf_case_free(c);
}

static void test_case__names(void **state)
{
	(void)state;
	for (int s = 0; s < ENF_STATE_COUNT; s++)
		assert_string_equal(enf_case_state_name((enf_case_state)s),
				    state_tok[s]);
	for (int k = 0; k < ENF_EV_COUNT; k++)
		assert_string_equal(enf_event_kind_name((enf_event_kind)k),
				    event_tok[k]);
	assert_string_equal(enf_case_state_name((enf_case_state)13), "unknown");
	assert_string_equal(enf_case_state_name((enf_case_state)-1), "unknown");
	assert_string_equal(enf_case_state_name((enf_case_state)INT32_MAX),
			    "unknown");
	assert_string_equal(enf_event_kind_name((enf_event_kind)ENF_EV_COUNT),
			    "unknown");
	assert_string_equal(enf_event_kind_name((enf_event_kind)-1), "unknown");
	assert_string_equal(enf_event_kind_name((enf_event_kind)INT32_MIN),
			    "unknown");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_case__transition_matrix),
		cmocka_unit_test(test_case__transition_allowed),
		cmocka_unit_test(test_case__done_when_postponed_by_ground),
		cmocka_unit_test(test_case__done_without_means),
		cmocka_unit_test(
			test_case__resume_returns_to_state_before_pause),
		cmocka_unit_test(test_case__separate_book_by_regime),
		cmocka_unit_test(test_case__request_returned_by_regime),
		cmocka_unit_test(test_case__status_regime),
		cmocka_unit_test(test_case__as_of_with_means),
		cmocka_unit_test(test_case__as_of_without_means),
		cmocka_unit_test(test_case__as_of_other_states),
		cmocka_unit_test(test_case__status_on_bad_input),
		cmocka_unit_test(test_case__parties),
		cmocka_unit_test(test_case__obligations),
		cmocka_unit_test(test_case__assets),
		cmocka_unit_test(test_case__events_getter),
		cmocka_unit_test(test_case__event_kind_and_date),
		cmocka_unit_test(test_case__event_details),
		cmocka_unit_test(test_case__event_amounts),
		cmocka_unit_test(test_case__obligation_reduced),
		cmocka_unit_test(test_case__event_assets),
		cmocka_unit_test(test_case__info_init),
		cmocka_unit_test(test_case__new_copies_strings),
		cmocka_unit_test(test_case__new_bad_input),
		cmocka_unit_test(test_case__names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
