/*
 * Order of payment, Law 26/2008 Art 47 (from 1 Jul 2026 Law 106/2025 Art 54
 * with Decree 152/2026 Art 29-30): secured claims of pledgees and
 * mortgagees who are not judgment creditors from their collateral; costs
 * and the rent reserve; secured judgment creditors from their collateral
 * after their judgment's court fee; then tiers A, B, C (principal pro
 * rata, then interest pro rata) for the claims requested by the coercion
 * date, the same for later claims, then the surplus to the debtor. Every
 * pro-rata split goes through enf_money_allocate (largest remainder), so
 * the parts always sum to the whole.
 */
#include <stdio.h>
#include <stdlib.h>

#include "enforcement/payout.h"
#include "internal.h"
#include "rules_table.h"
#include "trail_internal.h"

#define FN "payout_distribute"

enf_status enf_payout_options_init(enf_payout_options *opts,
				   unsigned int version)
{
	enf_payout_options def = ENF_PAYOUT_OPTIONS_INIT;

	ENF__CHECK_NULL("payout_options_init", opts);
	if (enf__check_version("payout_options_init", "version", version,
			       ENF_PAYOUT_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*opts = def;
	opts->version = version;
	return ENF_OK;
}

/* The citations of the steps under one law. */
typedef struct enf__cites {
	const char *tier[2][3][2]; /* [late][tier][0 principal, 1 interest] */
	const char *costs, *reserve;
	const char *secured_other;    /* not a judgment creditor */
	const char *secured_creditor; /* a judgment creditor, and its fee */
	const char *surplus;
} enf__cites;

/* [0] Law 26/2008 as amended 2014 (V); [1] Law 106/2025, whose Art 54 was
 * not read: its tiers are assumed to be the old ones (U), Decree 152/2026
 * Art 29-30 and 67(3) were (V). */
static const enf__cites enf__law[2] = {
	{{{{"Law 26/2008 Art 47(1)(a), 47(2)(a)",
	    "Law 26/2008 Art 47(1)(a), 47(2)(a); Joint Circular 11/2016 "
	    "Art 6"},
	   {"Law 26/2008 Art 47(1)(b), 47(2)(a)",
	    "Law 26/2008 Art 47(1)(b), 47(2)(a); Joint Circular 11/2016 "
	    "Art 6"},
	   {"Law 26/2008 Art 47(1)(c), 47(2)(a)",
	    "Law 26/2008 Art 47(1)(c), 47(2)(a); Joint Circular 11/2016 "
	    "Art 6"}},
	  {{"Law 26/2008 Art 47(1)(a), 47(2)(b); Decree 62/2015 Art 49(1)",
	    "Law 26/2008 Art 47(1)(a), 47(2)(b); Joint Circular 11/2016 "
	    "Art 6"},
	   {"Law 26/2008 Art 47(1)(b), 47(2)(b); Decree 62/2015 Art 49(1)",
	    "Law 26/2008 Art 47(1)(b), 47(2)(b); Joint Circular 11/2016 "
	    "Art 6"},
	   {"Law 26/2008 Art 47(1)(c), 47(2)(b); Decree 62/2015 Art 49(1)",
	    "Law 26/2008 Art 47(1)(c), 47(2)(b); Joint Circular 11/2016 "
	    "Art 6"}}},
	 "Law 26/2008 Art 47(1)",
	 "Law 26/2008 Art 47(1), 115(5)",
	 "Law 26/2008 Art 47(3) para 2",
	 "Law 26/2008 Art 47(3) para 1",
	 "Law 26/2008 Art 47(2)(c)"},
	{{{{"Law 106/2025 Art 54 (tier a: U)",
	    "Law 106/2025 Art 54 (tier a: U); Decree 152/2026 Art 29(1)"},
	   {"Law 106/2025 Art 54 (tier b: U)",
	    "Law 106/2025 Art 54 (tier b: U); Decree 152/2026 Art 29(1)"},
	   {"Law 106/2025 Art 54 (tier c: U)",
	    "Law 106/2025 Art 54 (tier c: U); Decree 152/2026 Art 29(1)"}},
	  {{"Law 106/2025 Art 54 (tier a: U); Decree 152/2026 Art 29(3)",
	    "Law 106/2025 Art 54 (tier a: U); Decree 152/2026 Art 29(1)"},
	   {"Law 106/2025 Art 54 (tier b: U); Decree 152/2026 Art 29(3)",
	    "Law 106/2025 Art 54 (tier b: U); Decree 152/2026 Art 29(1)"},
	   {"Law 106/2025 Art 54 (tier c: U); Decree 152/2026 Art 29(3)",
	    "Law 106/2025 Art 54 (tier c: U); Decree 152/2026 Art 29(1)"}}},
	 "Law 106/2025 Art 53, 54",
	 "Law 106/2025 Art 54, 89(2); Decree 152/2026 Art 67(3)",
	 "Law 106/2025 Art 54 (as old Art 47(3) para 2: U)",
	 "Law 106/2025 Art 54(3); Decree 152/2026 Art 30(2)",
	 "Law 106/2025 Art 54"},
};

/* Working state of one distribution; arrays of n, one malloc'd block. */
typedef struct enf__pay {
	size_t n;
	enf_money left;	   /* money not yet distributed */
	enf_money coll;	   /* of it, collateral proceeds not yet used */
	enf_money *owed_p; /* principal still owed */
	enf_money *owed_i; /* interest still owed */
	enf_money *got;	   /* received so far */
	int64_t *weights;  /* scratch for enf_money_allocate */
	enf_money *parts;  /* scratch for enf_money_allocate */
	const enf__cites *cite;
	enf_trail *trail;
} enf__pay;

static enf_status enf__pay_step(enf__pay *p, const char *rule,
				const char *source, enf_money base,
				enf_money amount)
{
	return enf__trail_note(p->trail, rule, source, base, 0, amount);
}

/* Credits `take` (at most what claim i owes) to principal, then interest. */
static void enf__apply(enf__pay *p, size_t i, enf_money take)
{
	enf_money to_p = take < p->owed_p[i] ? take : p->owed_p[i];

	p->owed_p[i] -= to_p;
	p->owed_i[i] -= take - to_p;
	p->got[i] += take;
}

/*
 * Pays min(pool, sum of weights) pro rata by p->weights (each weight the
 * most its claim may take in this step), principal first within each
 * claim's share. *paid is what the step paid in total.
 */
static enf_status enf__share(enf__pay *p, enf_money pool, enf_money *paid)
{
	enf_money base = 0, pay;
	enf_status st;
	size_t i;

	for (i = 0; i < p->n; i++)
		base += p->weights[i]; /* <= total owed: checked to fit */
	*paid = 0;
	if (base == 0)
		return ENF_OK;
	pay = pool < base ? pool : base;
	if (pay == base) {
		for (i = 0; i < p->n; i++)
			p->parts[i] = p->weights[i];
	} else {
		/* pay < base, so no part exceeds its weight. */
		st = enf_money_allocate(p->parts, pay, p->weights, p->n);
		if (st != ENF_OK)
			return st;
	}
	for (i = 0; i < p->n; i++)
		if (p->parts[i] > 0)
			enf__apply(p, i, p->parts[i]);
	*paid = pay;
	return ENF_OK;
}

static const char *const enf__rules[2][3][2] = {
	{{"tier A principal, claims by the coercion date",
	  "tier A interest, claims by the coercion date"},
	 {"tier B principal, claims by the coercion date",
	  "tier B interest, claims by the coercion date"},
	 {"tier C principal, claims by the coercion date",
	  "tier C interest, claims by the coercion date"}},
	{{"tier A principal, claims after the coercion date",
	  "tier A interest, claims after the coercion date"},
	 {"tier B principal, claims after the coercion date",
	  "tier B interest, claims after the coercion date"},
	 {"tier C principal, claims after the coercion date",
	  "tier C interest, claims after the coercion date"}}};

/* 1 if claim c belongs to the later group (requested after coercion). */
static int enf__is_late(const enf_claim *c, enf_date coercion)
{
	return coercion != ENF_DATE_NONE && c->requested > coercion;
}

/* Steps (4) and (5): one group's tiers, principal then interest each. */
static enf_status enf__pay_group(enf__pay *p, const enf_claim *claims,
				 enf_date coercion, int late)
{
	for (int t = 0; t < 3; t++) {
		for (int what = 0; what < 2; what++) {
			enf_money base = 0, paid;
			enf_status st;

			for (size_t i = 0; i < p->n; i++) {
				int in = (int)claims[i].tier == t &&
					 enf__is_late(&claims[i], coercion) ==
						 late;

				p->weights[i] = !in	    ? 0
						: what == 0 ? p->owed_p[i]
							    : p->owed_i[i];
				base += p->weights[i];
			}
			if (base == 0)
				continue;
			st = enf__share(p, p->left, &paid);
			if (st != ENF_OK)
				return st;
			p->left -= paid;
			st = enf__pay_step(p, enf__rules[late][t][what],
					   p->cite->tier[late][t][what], base,
					   paid);
			if (st != ENF_OK)
				return st;
		}
	}
	return ENF_OK;
}

static enf_status enf__check_claim(const enf_claim *c, size_t i,
				   enf_date coercion, enf_money *total)
{
	enf_money owed;

	if (c->tier != ENF_TIER_A && c->tier != ENF_TIER_B &&
	    c->tier != ENF_TIER_C)
		return enf__fail(ENF_EINVALID,
				 FN ": claims[%zu].tier is %d; tiers are "
				    "ENF_TIER_A, ENF_TIER_B and ENF_TIER_C",
				 i, (int)c->tier);
	if (c->principal < 0)
		return enf__fail(ENF_EINVALID,
				 FN ": claims[%zu].principal is %lld; it must "
				    "not be negative",
				 i, (long long)c->principal);
	if (c->interest < 0)
		return enf__fail(ENF_EINVALID,
				 FN ": claims[%zu].interest is %lld; it must "
				    "not be negative",
				 i, (long long)c->interest);
	if (c->secured < 0)
		return enf__fail(ENF_EINVALID,
				 FN ": claims[%zu].secured is %lld; it must "
				    "not be negative",
				 i, (long long)c->secured);
	if (c->secured_is_creditor != 0 && c->secured_is_creditor != 1)
		return enf__fail(ENF_EINVALID,
				 FN ": claims[%zu].secured_is_creditor is %d; "
				    "it must be 0 or 1",
				 i, c->secured_is_creditor);
	if (c->judgment < 0)
		return enf__fail(ENF_EINVALID,
				 FN ": claims[%zu].judgment is %ld; it must be "
				    "0 (not given) or a positive number",
				 i, (long)c->judgment);
	if (coercion != ENF_DATE_NONE && !enf__date_in_range(c->requested))
		return enf__fail(ENF_ERANGE,
				 FN ": claims[%zu].requested is %s; with "
				    "a coercion date every claim needs a date "
				    "from 0001-01-01 to 9999-12-31",
				 i, enf__date_shown(c->requested).s);
	if (c->principal > ENF_MONEY_MAX - c->interest)
		return enf__fail(ENF_EOVERFLOW,
				 FN ": claims[%zu].principal + interest "
				    "(%lld + %lld) does not fit in 64 bits",
				 i, (long long)c->principal,
				 (long long)c->interest);
	owed = c->principal + c->interest;
	if (*total > ENF_MONEY_MAX - owed)
		return enf__fail(ENF_EOVERFLOW,
				 FN ": the claims' principal and interest up "
				    "to claims[%zu] sum beyond 64 bits",
				 i);
	*total += owed;
	return ENF_OK;
}

static enf_status enf__check_input(const enf_payout_result *out,
				   const enf_money *paid,
				   const enf_claim *claims, size_t n,
				   enf_money amount,
				   const enf_payout_options *opts)
{
	enf_money total = 0;
	enf_status st;

	ENF__CHECK_NULL(FN, out);
	ENF__CHECK_NULL(FN, opts);
	if (n > 0) {
		ENF__CHECK_NULL(FN, paid);
		ENF__CHECK_NULL(FN, claims);
	}
	st = enf__check_version(FN, "version", opts->version,
				ENF_PAYOUT_OPTIONS_VERSION);
	if (st != ENF_OK)
		return st;
	if (amount < 0)
		return enf__fail(ENF_EINVALID,
				 FN ": amount is %lld; it must not be negative",
				 (long long)amount);
	if (opts->costs < 0)
		return enf__fail(ENF_EINVALID,
				 FN ": costs is %lld; it must not be "
				    "negative",
				 (long long)opts->costs);
	if (opts->rent_reserve < 0)
		return enf__fail(ENF_EINVALID,
				 FN ": rent_reserve is %lld; it must not "
				    "be negative",
				 (long long)opts->rent_reserve);
	if (opts->collateral < 0)
		return enf__fail(ENF_EINVALID,
				 FN ": collateral is %lld; it must not "
				    "be negative",
				 (long long)opts->collateral);
	if (opts->collateral > amount)
		return enf__fail(ENF_EINVALID,
				 FN ": collateral is %lld, above the "
				    "amount %lld it is part of",
				 (long long)opts->collateral,
				 (long long)amount);
	if (opts->coercion != ENF_DATE_NONE &&
	    !enf__date_in_range(opts->coercion))
		return enf__range_fail(FN, "coercion", opts->coercion);
	if (opts->date != ENF_DATE_NONE && !enf__date_in_range(opts->date))
		return enf__range_fail(FN, "date", opts->date);
	for (size_t i = 0; i < n; i++) {
		st = enf__check_claim(&claims[i], i, opts->coercion, &total);
		if (st != ENF_OK)
			return st;
	}
	return ENF_OK;
}

/*
 * Pays the claims marked in p->weights (each at most what it owes) out of
 * the collateral left, and writes the step when any claim was marked.
 */
static enf_status enf__pay_from_collateral(enf__pay *p, const char *rule,
					   const char *source)
{
	enf_money base = 0, paid;
	enf_status st;

	for (size_t i = 0; i < p->n; i++)
		base += p->weights[i];
	if (base == 0)
		return ENF_OK;
	st = enf__share(p, p->coll, &paid);
	if (st != ENF_OK)
		return st;
	p->left -= paid;
	p->coll -= paid;
	return enf__pay_step(p, rule, source, base, paid);
}

/* Up to `secured` (capped at what is owed) of the claims whose
 * secured_is_creditor is `creditor`. */
static void enf__mark_secured(enf__pay *p, const enf_claim *claims,
			      int creditor)
{
	for (size_t i = 0; i < p->n; i++) {
		enf_money owed = p->owed_p[i] + p->owed_i[i];
		enf_money cap =
			claims[i].secured < owed ? claims[i].secured : owed;

		p->weights[i] =
			claims[i].secured_is_creditor == creditor ? cap : 0;
	}
}

/* 1 if claim j is the court fee of the judgment of a secured judgment
 * creditor's claim (a tier-B claim sharing its non-zero `judgment`).
 * Quadratic, but only run when such a claim exists. */
static int enf__is_fee_first(const enf_claim *claims, size_t n, size_t j)
{
	if (claims[j].tier != ENF_TIER_B || claims[j].judgment == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (claims[i].secured_is_creditor && claims[i].secured > 0 &&
		    claims[i].judgment == claims[j].judgment)
			return 1;
	return 0;
}

/* Step (3): a secured judgment creditor after its judgment's court fee,
 * both from the collateral left (Art 47(3) para 1). */
static enf_status enf__pay_secured_creditors(enf__pay *p,
					     const enf_claim *claims)
{
	int any = 0;
	enf_status st;

	for (size_t i = 0; i < p->n && !any; i++)
		any = claims[i].secured_is_creditor && claims[i].secured > 0;
	if (!any)
		return ENF_OK;
	for (size_t j = 0; j < p->n; j++)
		p->weights[j] = enf__is_fee_first(claims, p->n, j)
					? p->owed_p[j] + p->owed_i[j]
					: 0;
	st = enf__pay_from_collateral(
		p,
		"court fee of the secured creditor's judgment, from the "
		"collateral",
		p->cite->secured_creditor);
	if (st != ENF_OK)
		return st;
	enf__mark_secured(p, claims, 1);
	return enf__pay_from_collateral(
		p,
		"secured claims of judgment creditors from their "
		"collateral, after costs, rent reserve and court fee",
		p->cite->secured_creditor);
}

/* Sets aside up to `want` of what is left, the collateral first; returns
 * what was taken. */
static enf_money enf__take(enf__pay *p, enf_money want)
{
	enf_money take = want < p->left ? want : p->left;

	p->left -= take;
	p->coll -= take < p->coll ? take : p->coll;
	return take;
}

/* Step (2): the costs, then the rent reserve. */
static enf_status enf__pay_costs(enf__pay *p, const enf_payout_options *opts,
				 enf_payout_result *res)
{
	enf_status st = ENF_OK;

	res->costs = enf__take(p, opts->costs);
	if (opts->costs > 0)
		st = enf__pay_step(p, "enforcement costs", p->cite->costs,
				   opts->costs, res->costs);
	if (st != ENF_OK)
		return st;
	res->rent_reserve = enf__take(p, opts->rent_reserve);
	if (opts->rent_reserve > 0)
		st = enf__pay_step(p, "rent reserve kept back for the debtor",
				   p->cite->reserve, opts->rent_reserve,
				   res->rent_reserve);
	return st;
}

/* Steps (1) to (5) on a prepared p. */
static enf_status enf__pay_all(enf__pay *p, const enf_claim *claims,
			       const enf_payout_options *opts,
			       enf_payout_result *res)
{
	enf_status st;

	enf__mark_secured(p, claims, 0);
	st = enf__pay_from_collateral(p,
				      "secured claims of pledgees and "
				      "mortgagees who are not judgment "
				      "creditors, from their collateral",
				      p->cite->secured_other);
	if (st == ENF_OK)
		st = enf__pay_costs(p, opts, res);
	if (st == ENF_OK)
		st = enf__pay_secured_creditors(p, claims);
	if (st == ENF_OK)
		st = enf__pay_group(p, claims, opts->coercion, 0);
	if (st == ENF_OK && opts->coercion != ENF_DATE_NONE)
		st = enf__pay_group(p, claims, opts->coercion, 1);
	if (st != ENF_OK)
		return st;
	res->surplus = p->left;
	return enf__pay_step(p, "surplus back to the debtor", p->cite->surplus,
			     p->left, p->left);
}

enf_status enf_payout_distribute(enf_payout_result *out, enf_money *paid,
				 const enf_claim *claims, size_t n,
				 enf_money amount,
				 const enf_payout_options *opts,
				 enf_trail *trail)
{
	enf_payout_result res;
	enf__pay p;
	enf_money *block = NULL;
	size_t steps0 = enf_trail_count(trail);
	enf_status st;

	st = enf__check_input(out, paid, claims, n, amount, opts);
	if (st != ENF_OK)
		return st;

	p.n = n;
	p.left = amount;
	p.coll = opts->collateral;
	p.cite = &enf__law[enf__trail_new_law(opts->rulebook, opts->date)];
	p.trail = trail;
	if (n > 0) {
		if (n > SIZE_MAX / (5 * sizeof(enf_money)))
			return enf__fail(ENF_ENOMEM,
					 FN ": %zu claims need more memory "
					    "than can be addressed",
					 n);
		block = malloc(n * 5 * sizeof(enf_money));
		if (block == NULL)
			return enf__fail(ENF_ENOMEM,
					 FN ": no memory for the working "
					    "arrays of %zu claims",
					 n);
	}
	p.owed_p = block;
	p.owed_i = block ? block + n : NULL;
	p.got = block ? block + 2 * n : NULL;
	p.weights = block ? block + 3 * n : NULL;
	p.parts = block ? block + 4 * n : NULL;
	for (size_t i = 0; i < n; i++) {
		p.owed_p[i] = claims[i].principal;
		p.owed_i[i] = claims[i].interest;
		p.got[i] = 0;
		p.weights[i] = 0;
		p.parts[i] = 0;
	}

	st = enf__pay_all(&p, claims, opts, &res);
	if (st == ENF_OK) {
		res.to_claims = 0;
		for (size_t i = 0; i < n; i++) {
			paid[i] = p.got[i];
			res.to_claims += p.got[i];
		}
		*out = res;
	} else {
		enf__trail_truncate(trail, steps0); /* as it was found */
	}
	free(block);
	return st;
}

enf_status enf_payout_rent_reserve(enf_money *out, int region, enf_date date)
{
	static const char fn[] = "payout_rent_reserve";
	char id[32];
	int64_t wage, months;
	enf_money r;

	ENF__CHECK_NULL(fn, out);
	if (region < 1 || region > 4)
		return enf__fail(ENF_EINVALID,
				 "%s: region is %d; the minimum-wage regions "
				 "are 1..4",
				 fn, region);
	if (!enf__date_in_range(date))
		return enf__range_fail(fn, "date", date);
	/* Decree 74/2024 (Vs), Decree 293/2025 Art 3(1) (V); the new law's
	 * multiple, Decree 152/2026 Art 67(3) (V): rules_data_money.c. */
	(void)snprintf(id, sizeof id, "VN.min_wage.region%d", region);
	if (enf__rule_value(&wage, NULL, NULL, id, date, fn) != ENF_OK ||
	    enf__rule_param(&months, NULL, "VN-2026.rent_reserve_months", fn) !=
		    ENF_OK)
		return ENF_ENOTFOUND;
	if (__builtin_mul_overflow(wage, months, &r))
		return enf__fail(ENF_EOVERFLOW,
				 "%s: %lld x %lld overflows 64 bits", fn,
				 (long long)months, (long long)wage);
	*out = r;
	return ENF_OK;
}

/* The day n calendar days after `from`, moved off a day off when cal is
 * given. */
static enf_status enf__days_after(enf_date *out, const enf_calendar *cal,
				  enf_date from, int32_t n, const char *what)
{
	char why[160], d[16];
	enf_status st;

	st = cal != NULL
		     ? enf_calendar_period_end(out, cal, from, n, ENF_UNIT_DAYS)
		     : enf_date_add_days(out, from, n);
	if (st == ENF_OK)
		return ENF_OK;
	(void)snprintf(why, sizeof(why), "%s", enf_last_error());
	(void)enf__date_text(d, sizeof d, from);
	return enf__fail(st, "payout_deadline: %ld days after %s %s: %s",
			 (long)n, what, d, why);
}

/* The number of days of rule id on the collection day. */
static enf_status enf__deadline_days(int32_t *out, const enf_rulebook *book,
				     const char *id, enf_date collected)
{
	int64_t v;
	enf_status st = enf__rule_value(&v, NULL, book, id, collected,
					"payout_deadline");

	if (st != ENF_OK)
		return st;
	if (v < 1 || v > 36500)
		return enf__fail(ENF_EINVALID,
				 "payout_deadline: rule %s is %lld days; a "
				 "period lasts 1 to 36500 days",
				 id, (long long)v);
	*out = (int32_t)v;
	return ENF_OK;
}

enf_status enf_payout_deadline(enf_date *out, const enf_calendar *cal,
			       enf_date collected, enf_payout_delay ground,
			       enf_date ground_ended,
			       const enf_rulebook *rulebook)
{
	static const char fn[] = "payout_deadline";
	static const char *const ids[] = {
		"VN.payout.days", "VN.payout.extension_days",
		"VN.payout.after_ground_days", "VN.payout.after_ground_days",
		"VN.payout.after_ground_days"};
	char a[16], b[16];
	int32_t days = 0;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	if (!enf__date_in_range(collected))
		return enf__range_fail(fn, "collected", collected);
	if ((int)ground < (int)ENF_DELAY_NONE ||
	    (int)ground > (int)ENF_DELAY_FORCE_MAJEURE)
		return enf__fail(ENF_EINVALID,
				 "%s: ground is %d; it must be "
				 "ENF_DELAY_NONE..ENF_DELAY_FORCE_MAJEURE",
				 fn, (int)ground);
	/* Law 26/2008 Art 47(5); Decree 152/2026 Art 30(3)-(4): the rows of
	 * rules_data_money.c; none for a delay before 1 Jul 2026. */
	st = enf__deadline_days(&days, rulebook, ids[ground], collected);
	if (st != ENF_OK)
		return st;
	if (ground == ENF_DELAY_NONE || ground == ENF_DELAY_MANY_CREDITORS)
		return enf__days_after(out, cal, collected, days, "collected");
	if (ground_ended == ENF_DATE_NONE) {
		*out = ENF_DATE_NONE; /* no deadline while the ground lasts */
		return ENF_OK;
	}
	if (!enf__date_in_range(ground_ended))
		return enf__range_fail(fn, "ground_ended", ground_ended);
	if (ground_ended < collected) {
		(void)enf__date_text(a, sizeof a, collected);
		(void)enf__date_text(b, sizeof b, ground_ended);
		return enf__fail(ENF_EINVALID,
				 "%s: ground_ended is %s, before collected "
				 "%s; a ground for delay ends after the money "
				 "came in",
				 fn, b, a);
	}
	return enf__days_after(out, cal, ground_ended, days, "ground_ended");
}
