/*
 * The money side of a forced sale (auction.h): who sets the starting price
 * and who pays for the appraisal (Law 26/2008 Art 98-99, Decree 62/2015
 * Art 17, 25-26, 43; Decree 152/2026 Art 60-62), which of several assets
 * to sell first (Law Art 101(5) as practised, Decree 62 Art 27), and what
 * a creditor's takeover settles (Joint Circular 11/2016 Art 7; Decree
 * 152/2026 Art 66). The appraisal's figures (thresholds, periods, the
 * price-change share) are rows of the rules catalogue
 * (rules_data_auction.c, and the money area's regional minimum wages).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auction_internal.h"
#include "rules_table.h"
#include "trail_internal.h"

/* ---------------------------------------------------------------------- */
/* Appraisal                                                               */

#define FN_APP "auction_appraisal"

static const char enf__app_src_2008[] =
	"Law 26/2008 Art 98-99 (2008 text); the small-value threshold and "
	"the price-change ground of Decree 62/2015 Art 17, 25 (applied to "
	"2009-2015: I)";
static const char enf__app_src_2014[] =
	"Law 26/2008 Art 98-99 as amended by Law 64/2014; Decree 62/2015 "
	"Art 17, 25-26, 43";
static const char enf__app_src_2026[] =
	"Law 106/2025; Decree 152/2026 Art 60-62 (the price-change ground of "
	"Decree 62/2015 Art 17 kept in Art 62)";

static enf_status enf__check_flag(const char *field, int v)
{
	if (v != 0 && v != 1)
		return enf__fail(ENF_EINVALID,
				 FN_APP ": %s is %d; it must be 0 or 1", field,
				 v);
	return ENF_OK;
}

/* 0 (none), 1 (creditor) or 2 (debtor). */
static enf_status enf__check_party(const char *field, int v)
{
	if (v < 0 || v > 2)
		return enf__fail(ENF_EINVALID,
				 FN_APP ": %s is %d; it must be 0 "
					"(none), 1 (creditor) or 2 (debtor)",
				 field, v);
	return ENF_OK;
}

static enf_status enf__app_check(const enf_appraisal_facts *f)
{
	enf_status st;

	st = enf__check_version(FN_APP, "version", f->version,
				ENF_APPRAISAL_FACTS_VERSION);
	if (st == ENF_OK && (f->region < 1 || f->region > 4))
		st = enf__fail(ENF_EINVALID,
			       FN_APP ": region is %d; the minimum-wage "
				      "regions are 1..4",
			       f->region);
	if (st == ENF_OK)
		st = enf__check_flag("agreed", f->agreed);
	if (st == ENF_OK)
		st = enf__check_flag("perishable", f->perishable);
	if (st == ENF_OK)
		st = enf__check_flag("firm_available", f->firm_available);
	if (st == ENF_OK)
		st = enf__check_flag("breach", f->breach);
	if (st == ENF_OK)
		st = enf__check_party("party_request", f->party_request);
	if (st == ENF_OK && f->version >= 2)
		st = enf__check_party("price_change_request",
				      f->price_change_request);
	if (st == ENF_OK)
		st = enf__check_non_negative(FN_APP, "new_item_value",
					     f->new_item_value);
	if (st == ENF_OK)
		st = enf__check_non_negative(FN_APP, "judgment_price",
					     f->judgment_price);
	if (st == ENF_OK)
		st = enf__check_non_negative(FN_APP, "market_price",
					     f->market_price);
	return st;
}

/* "YYYY-MM-DD" of a valid date into buf (16 bytes). */
static const char *enf__app_ymd(char *buf, enf_date date)
{
	if (enf_date_format(buf, 16, date, ENF_LOCALE_PLAIN) != ENF_OK)
		buf[0] = '\0';
	return buf;
}

/* The regime on the date, with this function's message on failure. */
static enf_status enf__app_regime(enf_regime *out, enf_date date)
{
	char ymd[16];

	if (!enf__date_in_range(date))
		return enf__range_fail(FN_APP, "date", date);
	if (enf_regime_on(out, date) != ENF_OK)
		return enf__fail(ENF_ERANGE,
				 FN_APP ": date is %s, before "
					"2009-07-01 when Law 26/2008 came into "
					"force",
				 enf__app_ymd(ymd, date));
	return ENF_OK;
}

/* The regional minimum monthly wage of a region on a date: the money
 * area's rows VN.min_wage.region1..4. */
static enf_status enf__min_wage(enf_money *out, const enf_rulebook *book,
				int region, enf_date date)
{
	char id[32];

	(void)snprintf(id, sizeof id, "VN.min_wage.region%d", region);
	return enf__rule_value(out, NULL, book, id, date, FN_APP);
}

/* The small-value threshold on the date: a sum under the old law
 * (VN.small_value, Decree 62/2015 Art 25(1)); under the new one a number
 * of regional minimum monthly wages of the region of the agency's seat
 * (VN-2026.small_value_wages, Decree 152/2026 Art 60(5)). */
static enf_status enf__small_value(enf_money *out, const enf_rulebook *book,
				   enf_regime regime, int region, enf_date date)
{
	int64_t wages = 0;
	enf_money wage = 0;
	enf_status st;

	if (regime != ENF_REGIME_VN2026)
		return enf__rule_value(out, NULL, book, "VN.small_value", date,
				       FN_APP);
	st = enf__rule_value(&wages, NULL, book, "VN-2026.small_value_wages",
			     date, FN_APP);
	if (st == ENF_OK)
		st = enf__min_wage(&wage, book, region, date);
	if (st == ENF_OK)
		st = enf_money_mul(out, wage, wages);
	return st;
}

/* An agreed price first (old Art 98(1), (3)(b): the enforcer prices a
 * perishable or small item only when the parties did not agree; Decree
 * 152 Art 60(1)), then the enforcer for perishable or small items, then a
 * firm, then the enforcer (old) or a council (new). */
static enf_price_setter enf__setter(const enf_appraisal_facts *f,
				    enf_regime regime, enf_money small)
{
	if (f->agreed)
		return ENF_PRICE_AGREED;
	if (f->perishable || f->new_item_value <= small)
		return ENF_PRICE_ENFORCER;
	if (f->firm_available)
		return ENF_PRICE_APPRAISER;
	return regime == ENF_REGIME_VN2026 ? ENF_PRICE_COUNCIL
					   : ENF_PRICE_ENFORCER;
}

/* 1 when the price moved by at least ppm millionths since the judgment:
 * |market - judgment| x 10^6 >= judgment x ppm, both prices known
 * (VN.price_change_ppm: 20%, Decree 62 Art 17(1)(b); Decree 152 Art
 * 62(1)). */
static int enf__moved(enf_money judgment, enf_money market, int64_t ppm)
{
	enf__i128 d = (enf__i128)market - judgment;

	if (judgment <= 0 || market <= 0)
		return 0;
	if (d < 0)
		d = -d;
	return d * 1000000 >= (enf__i128)judgment * ppm;
}

static enf_payer enf__requester(int party)
{
	return party == 1 ? ENF_PAYER_CREDITOR : ENF_PAYER_DEBTOR;
}

/* The price-change ground needs a party's request with proof, and the
 * requester pays (Decree 62 Art 17(1)(b), (2); Decree 152 Art 62(1)-(2)). */
static void enf__reappraisal(enf_appraisal *a, const enf_appraisal_facts *f,
			     int64_t change_ppm)
{
	int change = f->version >= 2 ? f->price_change_request : 0;

	a->reappraise = 1;
	if (f->breach) {
		a->reappraise_reason = 3;
		a->reappraisal_payer = ENF_PAYER_STATE;
	} else if (f->party_request != 0) {
		a->reappraise_reason = 2;
		a->reappraisal_payer = enf__requester(f->party_request);
	} else if (change != 0 &&
		   enf__moved(f->judgment_price, f->market_price, change_ppm)) {
		a->reappraise_reason = 1;
		a->reappraisal_payer = enf__requester(change);
	} else {
		a->reappraise = 0;
		a->reappraise_reason = 0;
		a->reappraisal_payer = ENF_PAYER_NONE;
	}
}

/* The figures of the catalogue the appraisal reads on the date. */
static enf_status enf__app_rules(enf_appraisal *a, int64_t *contract_days,
				 int64_t *change_ppm,
				 const enf_appraisal_facts *f)
{
	const enf_rulebook *book = f->version >= 2 ? f->rulebook : NULL;
	enf_status st;

	st = enf__small_value(&a->small_value, book, a->regime, f->region,
			      f->date);
	if (st == ENF_OK)
		st = enf__rule_value(contract_days, NULL, book,
				     "VN.appraisal_contract_working_days",
				     f->date, FN_APP);
	if (st == ENF_OK)
		st = enf__rule_value(change_ppm, NULL, book,
				     "VN.price_change_ppm", f->date, FN_APP);
	if (st == ENF_OK && (*contract_days > INT32_MAX || *change_ppm < 0))
		st = enf__fail(ENF_ERANGE,
			       FN_APP ": the rulebook's appraisal figures are "
				      "out of range");
	return st;
}

enf_status enf_appraisal_facts_init(enf_appraisal_facts *facts,
				    unsigned int version)
{
	static const enf_appraisal_facts def = ENF_APPRAISAL_FACTS_INIT;

	ENF__CHECK_NULL("appraisal_facts_init", facts);
	if (enf__check_version("appraisal_facts_init", "version", version,
			       ENF_APPRAISAL_FACTS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*facts = def;
	facts->version = version;
	return ENF_OK;
}

enf_status enf_auction_appraisal(enf_appraisal *out,
				 const enf_appraisal_facts *facts)
{
	enf_appraisal a;
	int64_t days = 0, ppm = 0;
	enf_status st;

	ENF__CHECK_NULL(FN_APP, out);
	ENF__CHECK_NULL(FN_APP, facts);
	memset(&a, 0, sizeof(a));
	st = enf__app_check(facts);
	if (st == ENF_OK)
		st = enf__app_regime(&a.regime, facts->date);
	if (st == ENF_OK)
		st = enf__app_rules(&a, &days, &ppm, facts);
	if (st != ENF_OK)
		return st;
	a.source = a.regime == ENF_REGIME_VN2026   ? enf__app_src_2026
		   : a.regime == ENF_REGIME_VN2014 ? enf__app_src_2014
						   : enf__app_src_2008;
	a.setter = enf__setter(facts, a.regime, a.small_value);
	a.contract_working_days =
		a.setter == ENF_PRICE_APPRAISER ? (int32_t)days : 0;
	a.appraisal_payer =
		a.setter == ENF_PRICE_APPRAISER || a.setter == ENF_PRICE_COUNCIL
			? ENF_PAYER_DEBTOR
			: ENF_PAYER_NONE;
	enf__reappraisal(&a, facts, ppm);
	*out = a;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Several assets                                                          */

/* 1 when asset a comes before asset b: larger value, then lower index. */
static int enf__before(const enf_money *v, size_t a, size_t b)
{
	return v[a] > v[b] || (v[a] == v[b] && a < b);
}

/* Restores the heap below i (the root is the element that comes last). */
static void enf__sift(size_t *h, size_t i, size_t n, const enf_money *v)
{
	for (;;) {
		size_t c = 2 * i + 1, t;

		if (c >= n)
			return;
		if (c + 1 < n && enf__before(v, h[c], h[c + 1]))
			c++;
		if (!enf__before(v, h[i], h[c]))
			return;
		t = h[i];
		h[i] = h[c];
		h[c] = t;
		i = c;
	}
}

/* Heap sort in place, O(n log n), no allocation. The order is total (ties
 * broken by index), so the result is the one a stable sort gives. */
static void enf__sort_order(size_t *h, size_t n, const enf_money *v)
{
	size_t i, t;

	for (i = 0; i < n; i++)
		h[i] = i;
	for (i = n / 2; i > 0; i--)
		enf__sift(h, i - 1, n, v);
	for (i = n; i > 1; i--) {
		t = h[0];
		h[0] = h[i - 1];
		h[i - 1] = t;
		enf__sift(h, 0, i - 1, v);
	}
}

enf_status enf_auction_sell_order(size_t *order, size_t *needed,
				  const enf_money *values, size_t n,
				  enf_money target)
{
	enf__i128 sum = 0;
	size_t k = 0;

	ENF__CHECK_NULL("auction_sell_order", needed);
	if (n > 0) {
		ENF__CHECK_NULL("auction_sell_order", order);
		ENF__CHECK_NULL("auction_sell_order", values);
	}
	if (target < 0)
		return enf__fail(ENF_EINVALID,
				 "auction_sell_order: target is %lld; it must "
				 "not be negative",
				 (long long)target);
	for (size_t i = 0; i < n; i++)
		if (values[i] < 0)
			return enf__fail(ENF_EINVALID,
					 "auction_sell_order: values[%zu] is "
					 "%lld; it must not be negative",
					 i, (long long)values[i]);
	enf__sort_order(order, n, values);
	/* 128-bit sum: n values of at most 2^63 cannot overflow it. */
	while (k < n && sum < target)
		sum += values[order[k++]];
	*needed = sum >= target ? k : n;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* Takeover settlement                                                     */

#define FN_TAKE "auction_takeover"

static const char enf__src_jc11[] = "Joint Circular 11/2016 Art 7";
static const char enf__src_jc11_only[] =
	"Joint Circular 11/2016 Art 7 (the only asset); the cap at the "
	"value less the costs and the excess over the entitlement: I";
static const char enf__src_jc11_else[] =
	"Law 26/2008 Art 104(3); Joint Circular 11/2016 Art 7 (nothing more "
	"is due below the total; the excess over the entitlement: I)";
static const char enf__src_credit[] =
	"Law 26/2008 Art 104(3): the asset is taken against the money owed";
static const char enf__src_pro[] = "Decree 152/2026 Art 66";

static enf_status enf__take_check(const enf_auction_rules *rules,
				  const enf_takeover_facts *f)
{
	const enf_money amounts[6] = {f->value,	   f->entitlement,
				      f->costs,	   f->rent_reserve,
				      f->priority, f->others};
	static const char *const names[6] = {"value",	 "entitlement",
					     "costs",	 "rent_reserve",
					     "priority", "others"};
	enf__i128 sum = 0;
	enf_status st;

	st = enf__check_version(FN_TAKE, "version", f->version,
				ENF_TAKEOVER_FACTS_VERSION);
	for (size_t i = 0; st == ENF_OK && i < 6; i++) {
		st = enf__check_non_negative(FN_TAKE, names[i], amounts[i]);
		sum += amounts[i];
	}
	if (st != ENF_OK)
		return st;
	if (f->only_asset != 0 && f->only_asset != 1)
		return enf__fail(ENF_EINVALID,
				 FN_TAKE ": only_asset is %d; it must "
					 "be 0 or 1",
				 f->only_asset);
	if (sum - f->value > ENF_MONEY_MAX)
		return enf__fail(ENF_EOVERFLOW,
				 FN_TAKE ": entitlement + costs + rent_reserve "
					 "+ priority + others does not fit in "
					 "64 bits");
	if (!rules->takeover_floor)
		return enf__fail(ENF_ESTATE,
				 FN_TAKE ": rule set %s has no creditor's "
					 "takeover (takeover none)",
				 rules->id != NULL ? rules->id : "");
	return ENF_OK;
}

static enf_money enf__min(enf_money a, enf_money b)
{
	return a < b ? a : b;
}

/* Splits t->pay_in in the order costs, reserve, priority, others (each up
 * to its sum; others up to `others`), the rest to the surplus. */
static void enf__split_pay_in(enf_takeover *t, const enf_takeover_facts *f,
			      enf_money others)
{
	enf_money rest = t->pay_in;

	t->to_costs = enf__min(f->costs, rest);
	rest -= t->to_costs;
	t->to_reserve = enf__min(f->rent_reserve, rest);
	rest -= t->to_reserve;
	t->to_priority = enf__min(f->priority, rest);
	rest -= t->to_priority;
	t->to_others = enf__min(others, rest);
	t->surplus = rest - t->to_others;
}

/* Joint Circular 11/2016 Art 7, T = entitlement + costs + reserve +
 * priority. Value above T: the creditor pays in costs, reserve, priority
 * and the difference (value - entitlement). The only asset, costs < value
 * <= T: it pays in the reserve and priority sums (capped, reserve first,
 * at value - costs) and whatever else lifts its credit above the
 * entitlement (to costs). Otherwise: only what lifts its credit above the
 * entitlement, to costs, reserve, priority in that order. Always
 * credited = value - pay_in <= entitlement. */
static enf_status enf__jc11(enf_takeover *t, const enf_takeover_facts *f,
			    enf_trail *trail)
{
	enf_money v = f->value, e = f->entitlement;
	enf_money total = e + f->costs + f->rent_reserve + f->priority;
	const char *rule, *src;
	enf_status st;

	memset(t, 0, sizeof(*t));
	if (v > total) {
		t->pay_in = v - e;
		enf__split_pay_in(t, f, 0);
		rule = "value above entitlement + costs + rent reserve + "
		       "priority sums: the creditor pays in those sums and "
		       "the difference";
		src = enf__src_jc11;
	} else if (f->only_asset && v > f->costs) {
		enf_money room = v - f->costs;
		enf_money r = enf__min(f->rent_reserve, room);
		enf_money q = enf__min(f->priority, room - r);
		enf_money extra = v - e - r - q;

		t->to_reserve = r;
		t->to_priority = q;
		t->to_costs = extra > 0 ? extra : 0;
		t->pay_in = r + q + t->to_costs;
		rule = "the debtor's only asset, worth more than the costs "
		       "and at most the total: the creditor pays in the rent "
		       "reserve and priority sums";
		src = enf__src_jc11_only;
	} else {
		t->pay_in = v > e ? v - e : 0;
		enf__split_pay_in(t, f, 0);
		rule = f->only_asset
			       ? "the only asset, worth at most the costs: "
				 "no reserve or priority sums are due"
			       : "value at most entitlement + costs + "
				 "rent reserve + priority sums: only the "
				 "excess over the entitlement is paid in";
		src = enf__src_jc11_else;
	}
	t->credited = v - t->pay_in;
	st = enf__trail_note(trail, rule, src, total, 0, t->pay_in);
	if (st == ENF_OK)
		st = enf__trail_note(trail,
				     "credited against the creditor's "
				     "entitlement: value less the pay-in",
				     enf__src_credit, e, 0, t->credited);
	return st;
}

/* Decree 152/2026 Art 66: left = value - costs - reserve - priority (at
 * least 0); share = left x entitlement / (entitlement + others) rounded
 * down, at most the entitlement; pay-in = value - share, nothing when the
 * value is at or below the costs. */
static enf_status enf__pro_rata(enf_takeover *t, const enf_takeover_facts *f,
				enf_trail *trail)
{
	enf_money v = f->value, e = f->entitlement;
	enf_money before = f->costs + f->rent_reserve + f->priority;
	enf_money left = v > before ? v - before : 0, share = 0;
	int64_t ppm = 0;
	enf__i128 pool = (enf__i128)e + f->others;
	enf_status st;

	memset(t, 0, sizeof(*t));
	if (v <= f->costs)
		return enf__trail_note(trail,
				       "value at or below the costs: the "
				       "creditor pays nothing in and its share "
				       "of what is left (0) is credited",
				       enf__src_pro, f->costs, 0, 0);
	if (pool > 0) {
		share = (enf_money)((enf__i128)left * e / pool);
		ppm = (int64_t)((enf__i128)e * 1000000 / pool);
	}
	t->credited = enf__min(share, e);
	t->pay_in = v - t->credited;
	enf__split_pay_in(t, f, f->others);
	st = enf__trail_note(trail,
			     "left after costs, rent reserve and priority sums",
			     enf__src_pro, v, 0, left);
	if (st == ENF_OK)
		st = enf__trail_note(trail,
				     "the creditor's pro-rata share: left x "
				     "entitlement / (entitlement + others), "
				     "rounded down, at most the entitlement",
				     enf__src_pro, left, ppm, t->credited);
	if (st == ENF_OK)
		st = enf__trail_note(trail,
				     "the creditor pays in the value less its "
				     "share",
				     enf__src_pro, v, 0, t->pay_in);
	return st;
}

enf_status enf_takeover_facts_init(enf_takeover_facts *facts,
				   unsigned int version)
{
	static const enf_takeover_facts def = ENF_TAKEOVER_FACTS_INIT;

	ENF__CHECK_NULL("takeover_facts_init", facts);
	if (enf__check_version("takeover_facts_init", "version", version,
			       ENF_TAKEOVER_FACTS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*facts = def;
	facts->version = version;
	return ENF_OK;
}

enf_status enf_auction_takeover(enf_takeover *out,
				const enf_auction_rules *rules,
				const enf_takeover_facts *facts,
				enf_trail *trail)
{
	size_t steps0 = enf_trail_count(trail);
	enf_takeover t;
	enf_status st;

	ENF__CHECK_NULL(FN_TAKE, out);
	ENF__CHECK_NULL(FN_TAKE, rules);
	ENF__CHECK_NULL(FN_TAKE, facts);
	st = enf__take_check(rules, facts);
	if (st != ENF_OK)
		return st;
	if (rules->settlement == ENF__SETTLE_PRO_RATA)
		st = enf__pro_rata(&t, facts, trail);
	else
		st = enf__jc11(&t, facts, trail);
	if (st != ENF_OK) {
		enf__trail_truncate(trail, steps0);
		return st;
	}
	*out = t;
	return ENF_OK;
}
