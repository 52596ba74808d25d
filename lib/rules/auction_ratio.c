/*
 * Ratios and per-round lookups of auction rule sets, shared by the parser,
 * the engine and the money functions (see auction_internal.h).
 */
#include "auction_internal.h"

int enf__ratio_ceil(enf_money *out, enf_money a, enf__ratio q)
{
	enf__i128 p = (enf__i128)a * q.num;
	enf__i128 v = p / q.den + (p % q.den != 0 ? 1 : 0);

	if (a < 0 || q.den <= 0 || v > INT64_MAX)
		return -1;
	*out = (enf_money)v;
	return 0;
}

int enf__ratio_floor(enf_money *out, enf_money a, enf__ratio q)
{
	enf__i128 v;

	if (a < 0 || q.den <= 0)
		return -1;
	v = (enf__i128)a * q.num / q.den;
	if (v > INT64_MAX)
		return -1;
	*out = (enf_money)v;
	return 0;
}

const enf__round_rule *enf__auc_round_rule(const enf_auction_rules *r,
					   int32_t round)
{
	size_t i = r->n_rounds;

	while (i > 1 && r->rounds[i - 1].from > round)
		i--;
	return &r->rounds[i - 1];
}

static const enf__round_ratio *enf__auc_ratio(const enf__round_ratio *v,
					      size_t n, int32_t round)
{
	size_t i = n;

	if (n == 0)
		return NULL;
	while (i > 1 && v[i - 1].from > round)
		i--;
	return &v[i - 1];
}

const enf__round_ratio *enf__auc_bid(const enf_auction_rules *r, int32_t round)
{
	return enf__auc_ratio(r->bids, r->n_bids, round);
}

const enf__round_ratio *enf__auc_deposit(const enf_auction_rules *r,
					 int32_t round)
{
	return enf__auc_ratio(r->deposits, r->n_deposits, round);
}
