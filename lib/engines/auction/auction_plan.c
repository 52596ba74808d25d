/*
 * The plan of a sale (auction.h): the events a sale goes through if every
 * auction fails, generated from where it stands and applied through the
 * same checks as any other event (enf__auc_apply in auction.c), so a plan
 * is lawful by construction. The prices and dates it proposes come from
 * auction_state.c. The plan sits on top: nothing below calls it.
 */
#include "auction_engine.h"

#include <inttypes.h>

/* ---------------------------------------------------------------------- */
/* The plan                                                                */

enf_status enf_auction_policy_init(enf_auction_policy *policy,
				   unsigned int version)
{
	enf_auction_policy def = ENF_AUCTION_POLICY_INIT;

	ENF__CHECK_NULL("auction_policy_init", policy);
	if (enf__check_version("auction_policy_init", "version", version,
			       ENF_AUCTION_POLICY_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*policy = def;
	policy->version = version;
	return ENF_OK;
}

static enf_status enf__auc_check_policy(const enf_auction_policy *p)
{
	static const char fn[] = "auction_plan";

	if (enf__check_version(fn, "version", p->version,
			       ENF_AUCTION_POLICY_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if (p->cut_ppm < 0 || p->cut_ppm > 1000000)
		return enf__fail(ENF_EINVALID,
				 "%s: cut_ppm is %" PRId64
				 "; a cut is 0..1000000 ppm of its base",
				 fn, p->cut_ppm);
	if (p->creditor_accepts != 0 && p->creditor_accepts != 1)
		return enf__fail(ENF_EINVALID,
				 "%s: creditor_accepts is %d; it is 0 "
				 "or 1",
				 fn, p->creditor_accepts);
	if (p->max_rounds < 0)
		return enf__fail(ENF_EINVALID,
				 "%s: max_rounds is %d; it must not be "
				 "negative",
				 fn, (int)p->max_rounds);
	if (p->version >= 2 && p->floor_price < 0)
		return enf__fail(ENF_EINVALID,
				 "%s: floor_price is %" PRId64
				 "; it must not be negative",
				 fn, (int64_t)p->floor_price);
	return ENF_OK;
}

/* a/b < c/d for non-negative ratios. */
static int enf__auc_ratio_less(enf__ratio x, enf__ratio y)
{
	return (enf__i128)x.num * y.den < (enf__i128)y.num * x.den;
}

/*
 * The starting price the policy gives the next round: the rule's default
 * share of the value for a price-of-value round; else the policy's cut
 * (or the rule's default) clamped into the rule's range, as a share of
 * the base, rounded down, so the price is rounded up. 0, or -1 when no
 * price is lawful or the price cannot fall (nothing would change).
 */
static int enf__auc_plan_price(enf_money *out, const enf_auction *sale,
			       int64_t cut_ppm)
{
	const enf__auc_state *t = &sale->s;
	const enf__round_rule *rule =
		enf__auc_round_rule(sale->rules, t->round + 1);
	enf__ratio q = rule->dflt;
	enf_money lo, hi, p, cut, bid;

	if (enf__auc_range(&lo, &hi, sale->rules, t->round + 1, t->value,
			   t->first, t->price) != 0)
		return -1;
	if (rule->mode == ENF__PRICE_OF_VALUE) {
		if (enf__ratio_ceil(&p, t->value, rule->dflt) != 0)
			return -1;
	} else {
		if (cut_ppm > 0) {
			q.num = cut_ppm;
			q.den = 1000000;
		}
		if (enf__auc_ratio_less(q, rule->lo))
			q = rule->lo;
		if (enf__auc_ratio_less(rule->hi, q))
			q = rule->hi;
		if (enf__ratio_floor(&cut,
				     rule->mode == ENF__CUT_OF_FIRST ? t->first
								     : t->price,
				     q) != 0)
			return -1;
		p = t->price - cut;
	}
	p = p < lo ? lo : p > hi ? hi : p;
	if (enf__ratio_ceil(&bid, p,
			    enf__auc_bid(sale->rules, t->round + 1)->lo) != 0)
		return -1;
	if (p >= t->price && bid >= t->lowest_bid)
		return -1;
	*out = p;
	return 0;
}

/*
 * The next event of the plan into ev; 0, or 1 when the plan stops here.
 */
static int enf__auc_plan_event(enf_auction_event *ev, const enf_auction *sale,
			       const enf_auction_policy *pol)
{
	const enf__auc_state *t = &sale->s;
	enf_date next = enf__auc_next_date(sale, t);
	enf_date now = next == ENF_DATE_NONE ? ENF_DATE_NONE : t->date;

	ev->amount = 0;
	ev->date = next;
	switch (t->phase) {
	case ENF_PHASE_READY:
		if (enf__auc_can_withdraw(sale, t)) {
			ev->kind = ENF_AUCTION_WITHDRAWN;
			ev->date = now;
			return 0;
		}
		if (pol->max_rounds > 0 && t->round > pol->max_rounds)
			return 1;
		ev->kind = ENF_AUCTION_FAILED;
		return 0;
	case ENF_PHASE_OFFERED:
		ev->kind = pol->creditor_accepts ? ENF_AUCTION_ACCEPTED
						 : ENF_AUCTION_DECLINED;
		return 0;
	case ENF_PHASE_REDEEM: ev->kind = ENF_AUCTION_TAKEN; return 0;
	case ENF_PHASE_FAILED:
		if (enf__auc_can_return(sale, t)) {
			ev->kind = ENF_AUCTION_RETURNED;
			return 0;
		}
		ev->kind = ENF_AUCTION_CUT;
		if (enf__auc_plan_price(&ev->amount, sale, pol->cut_ppm) != 0)
			return 1;
		return pol->version >= 2 && ev->amount < pol->floor_price;
	default: return 1;
	}
}

static enf_status enf__auc_plan_run(enf_auction *sale,
				    const enf_auction_policy *pol)
{
	enf_auction_event ev;
	enf_status st;

	while (sale->s.round <= ENF__AUC_ROUND_CAP) {
		if (enf__auc_plan_event(&ev, sale, pol) != 0)
			return ENF_OK;
		st = enf__auc_apply(sale, &ev, "auction_plan");
		if (st != ENF_OK)
			return st;
		if (ev.kind == ENF_AUCTION_FAILED && pol->max_rounds > 0 &&
		    sale->s.round >= pol->max_rounds)
			return ENF_OK;
	}
	return ENF_OK;
}

enf_status enf_auction_plan(enf_auction *sale, const enf_auction_policy *policy)
{
	enf_auction_policy def = ENF_AUCTION_POLICY_INIT;
	enf__auc_state s0;
	size_t n0;
	enf_status st;

	ENF__CHECK_NULL("auction_plan", sale);
	if (policy == NULL)
		policy = &def;
	st = enf__auc_check_policy(policy);
	if (st != ENF_OK)
		return st;
	if (sale->s.phase > ENF_PHASE_REDEEM)
		return enf__fail(ENF_ESTATE,
				 "auction_plan: the sale ended: %s in round %d",
				 enf_auction_phase_name(sale->s.phase),
				 (int)sale->s.round);
	s0 = sale->s;
	n0 = sale->n;
	st = enf__auc_plan_run(sale, policy);
	if (st != ENF_OK)
		enf__auc_restore(sale, n0, &s0);
	return st;
}
