/*
 * Claim ledger: the claims of a case (tier, principal, interest rule),
 * the enforcement costs and the collections with what each paid to each
 * claim (principal and interest parts), so that the balance on any date
 * is recomputed from the record. A collection works out each claim's
 * interest up to its date (enf_interest_compute on the principal with the
 * claim's principal payments so far), pays the amount out by
 * enf_payout_distribute (costs outstanding first) and charges each
 * creditor the fee of enf_fee_compute on the cumulative amount it has
 * received. Every call leaves the ledger as it was on error.
 *
 * The interest of a claim is recomputed from its start with the principal
 * payments, exact for the Vietnamese rule (principal first); for the
 * interest-first rule sets the ledger still records payments as the
 * distribution made them (principal before interest, Art 47).
 *
 * A collection that is the price of an asset sold or taken over carries
 * the day the asset was handed over (opts->delivered): its principal
 * payments count as paid from the collection day, but interest on them
 * runs to the handover day (Decree 152/2026 Art 29(2)), so the
 * collection pays interest to that day and later balances agree.
 */
#include <stdlib.h>
#include <string.h>

#include "enforcement/payout.h"
#include "internal.h"
#include "trail_internal.h"

/* A claim as added. */
typedef struct enf__lclaim {
	enf_claim claim;	   /* principal and interest owed when added */
	enf_date from;		   /* first day of interest */
	enf_interest_options opts; /* copied */
} enf__lclaim;

/* Costs incurred on a date. */
typedef struct enf__lcost {
	enf_date date;
	enf_money amount;
} enf__lcost;

/* A collection and what it paid. */
typedef struct enf__lcoll {
	enf_date date;
	enf_date interest_to; /* last day of interest on what it paid */
	enf_money amount;
	enf_money costs;     /* costs recovered */
	enf_money to_claims; /* paid to the claims */
	enf_money fees;	     /* fees charged on what the claims received */
	size_t n;	     /* claims in the ledger at the time */
	enf_money *paid_p;   /* n principal parts, then n interest parts */
} enf__lcoll;

struct enf_ledger {
	enf__lclaim *claims;
	size_t nclaims, capclaims;
	enf__lcost *costs;
	size_t ncosts, capcosts;
	enf__lcoll *colls;
	size_t ncolls, capcolls;
};

/* Makes room for one more element of size in *arr. */
static enf_status enf__grow_one(void **arr, size_t *cap, size_t n, size_t size,
				const char *fn)
{
	if (enf__reserve(arr, cap, n + 1, size) != 0)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	return ENF_OK;
}

/* *acc += v, failing with ENF_EOVERFLOW naming fn and what. */
static enf_status enf__acc(enf_money *acc, enf_money v, const char *fn,
			   const char *what)
{
	if (enf_money_add(acc, *acc, v) != ENF_OK)
		return enf__fail(ENF_EOVERFLOW,
				 "%s: %s does not fit in 64 bits", fn, what);
	return ENF_OK;
}

enf_status enf_ledger_new(enf_ledger **out)
{
	enf_ledger *l;

	ENF__CHECK_NULL("ledger_new", out);
	*out = NULL;
	l = calloc(1, sizeof(*l));
	if (l == NULL)
		return enf__fail(ENF_ENOMEM, "ledger_new: out of memory");
	*out = l;
	return ENF_OK;
}

void enf_ledger_free(enf_ledger *ledger)
{
	if (ledger == NULL)
		return;
	for (size_t k = 0; k < ledger->ncolls; k++)
		free(ledger->colls[k].paid_p);
	free(ledger->colls);
	free(ledger->costs);
	free(ledger->claims);
	free(ledger);
}

enf_status enf_ledger_add_claim(int32_t *out_index, enf_ledger *ledger,
				const enf_claim *claim, enf_date interest_from,
				const enf_interest_options *opts)
{
	static const char fn[] = "ledger_add_claim";
	enf__lclaim c;
	enf_interest_result r;
	enf_status st;

	ENF__CHECK_NULL(fn, ledger);
	ENF__CHECK_NULL(fn, claim);
	if ((int)claim->tier < (int)ENF_TIER_A ||
	    (int)claim->tier > (int)ENF_TIER_C)
		return enf__fail(ENF_EINVALID,
				 "%s: tier is %d; it must be "
				 "ENF_TIER_A..ENF_TIER_C",
				 fn, (int)claim->tier);
	if (claim->principal < 0)
		return enf__fail(ENF_EINVALID,
				 "%s: principal is %lld; it must be 0 "
				 "or more",
				 fn, (long long)claim->principal);
	if (claim->interest < 0)
		return enf__fail(ENF_EINVALID,
				 "%s: interest is %lld; it must be 0 "
				 "or more",
				 fn, (long long)claim->interest);
	if (claim->secured < 0)
		return enf__fail(ENF_EINVALID,
				 "%s: secured is %lld; it must be 0 "
				 "or more",
				 fn, (long long)claim->secured);
	if (claim->secured_is_creditor != 0 && claim->secured_is_creditor != 1)
		return enf__fail(ENF_EINVALID,
				 "%s: secured_is_creditor is %d; it "
				 "must be 0 or 1",
				 fn, claim->secured_is_creditor);
	if (claim->judgment < 0)
		return enf__fail(ENF_EINVALID,
				 "%s: judgment is %ld; it must be 0 "
				 "(not given) or a positive number",
				 fn, (long)claim->judgment);
	if (claim->requested != ENF_DATE_NONE &&
	    !enf__date_in_range(claim->requested))
		return enf__range_fail(fn, "requested", claim->requested);
	if (!enf__date_in_range(interest_from))
		return enf__range_fail(fn, "interest_from", interest_from);
	if (ledger->nclaims >= (size_t)INT32_MAX)
		return enf__fail(ENF_ERANGE, "%s: the ledger is full", fn);
	c.claim = *claim;
	c.from = interest_from;
	if (opts == NULL) {
		st = enf_interest_options_init(
			&c.opts, ENF_INTEREST_OPTIONS_VERSION, ENF_INTEREST_VN);
		if (st != ENF_OK)
			return st;
	} else {
		c.opts = *opts;
	}
	/* Checks the options (and that a day of interest can be computed). */
	st = enf_interest_compute(&r, claim->principal, interest_from,
				  interest_from, NULL, 0, NULL, 0, NULL, 0,
				  &c.opts, NULL);
	if (st != ENF_OK)
		return st;
	st = enf__grow_one((void **)&ledger->claims, &ledger->capclaims,
			   ledger->nclaims, sizeof(*ledger->claims), fn);
	if (st != ENF_OK)
		return st;
	ledger->claims[ledger->nclaims] = c;
	if (out_index != NULL)
		*out_index = (int32_t)ledger->nclaims;
	ledger->nclaims++;
	return ENF_OK;
}

enf_status enf_ledger_add_costs(enf_ledger *ledger, enf_date date,
				enf_money amount)
{
	static const char fn[] = "ledger_add_costs";
	enf_status st;

	ENF__CHECK_NULL(fn, ledger);
	if (!enf__date_in_range(date))
		return enf__range_fail(fn, "date", date);
	if (enf__check_non_negative(fn, "amount", amount) != ENF_OK)
		return ENF_EINVALID;
	st = enf__grow_one((void **)&ledger->costs, &ledger->capcosts,
			   ledger->ncosts, sizeof(*ledger->costs), fn);
	if (st != ENF_OK)
		return st;
	ledger->costs[ledger->ncosts].date = date;
	ledger->costs[ledger->ncosts].amount = amount;
	ledger->ncosts++;
	return ENF_OK;
}

/* Inserts a payment into pay[0..n) kept in date order (handover days need
 * not follow the collections' order). */
static void enf__insert_payment(enf_payment *pay, size_t n, enf_date date,
				enf_money amount)
{
	size_t k = n;

	for (; k > 0 && pay[k - 1].date > date; k--)
		pay[k] = pay[k - 1];
	pay[k].date = date;
	pay[k].amount = amount;
}

/*
 * What claim i still owes at the end of date d, counting the collections
 * dated d or earlier: principal, and interest (the interest owed when
 * added + interest accrued from its start to d - interest paid). *received
 * (may be NULL) is what the claim has received in those collections.
 */
static enf_status enf__claim_owed(enf_money *owed_p, enf_money *owed_i,
				  enf_money *received, const enf_ledger *l,
				  size_t i, enf_date d, const char *fn)
{
	const enf__lclaim *c = &l->claims[i];
	enf_payment *pay;
	size_t np = 0;
	enf_money start = c->claim.principal, paid_p = 0, paid_i = 0;
	enf_money accrued = 0;
	enf_interest_result r;
	enf_status st = ENF_OK;

	pay = malloc((l->ncolls ? l->ncolls : 1) * sizeof(*pay));
	if (pay == NULL)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	for (size_t k = 0; k < l->ncolls && st == ENF_OK; k++) {
		const enf__lcoll *col = &l->colls[k];
		enf_money pp, pi;

		if (col->date > d || i >= col->n)
			continue;
		pp = col->paid_p[i];
		pi = col->paid_p[col->n + i];
		st = enf__acc(&paid_p, pp, fn, "principal paid");
		if (st == ENF_OK)
			st = enf__acc(&paid_i, pi, fn, "interest paid");
		if (st != ENF_OK || pp == 0 || col->interest_to > d)
			continue; /* interest still runs on pp on day d */
		if (col->interest_to < c->from) {
			start -= pp; /* paid before interest runs */
		} else {
			enf__insert_payment(pay, np, col->interest_to, pp);
			np++;
		}
	}
	if (st == ENF_OK && d >= c->from) {
		st = enf_interest_compute(&r, start, c->from, d, pay, np, NULL,
					  0, NULL, 0, &c->opts, NULL);
		if (st == ENF_OK)
			accrued = r.interest;
	}
	free(pay);
	if (st != ENF_OK)
		return st;
	*owed_p = c->claim.principal - paid_p;
	st = enf__acc(&accrued, c->claim.interest, fn, "interest");
	if (st != ENF_OK)
		return st;
	*owed_i = accrued - paid_i;
	if (received != NULL) {
		*received = paid_p;
		return enf__acc(received, paid_i, fn, "amount received");
	}
	return ENF_OK;
}

/* Costs incurred by date d less those recovered by collections to d. */
static enf_status enf__costs_owed(enf_money *out, const enf_ledger *l,
				  enf_date d, const char *fn)
{
	enf_money inc = 0, rec = 0;
	enf_status st;

	for (size_t k = 0; k < l->ncosts; k++)
		if (l->costs[k].date <= d) {
			st = enf__acc(&inc, l->costs[k].amount, fn, "costs");
			if (st != ENF_OK)
				return st;
		}
	for (size_t k = 0; k < l->ncolls; k++)
		if (l->colls[k].date <= d)
			rec += l->colls[k].costs; /* never above inc */
	*out = inc - rec;
	return ENF_OK;
}

/*
 * The options of a collection on date: opts or the defaults, with the
 * ledger's costs outstanding and the date of the distribution; *upto is
 * the last day of interest (the handover day, else date).
 */
static enf_status enf__plan_options(enf_payout_options *o, enf_date *upto,
				    const enf_ledger *l, enf_date date,
				    const enf_payout_options *opts,
				    const char *fn)
{
	enf_status st = ENF_OK;

	if (opts == NULL)
		st = enf_payout_options_init(o, ENF_PAYOUT_OPTIONS_VERSION);
	else
		*o = *opts;
	if (st != ENF_OK)
		return st;
	if (o->date == ENF_DATE_NONE)
		o->date = date;
	*upto = date;
	if (o->delivered != ENF_DATE_NONE) {
		if (!enf__date_in_range(o->delivered))
			return enf__range_fail(fn, "delivered", o->delivered);
		if (o->delivered < date) {
			char a[16], b[16];

			(void)enf__date_text(a, sizeof a, o->delivered);
			(void)enf__date_text(b, sizeof b, date);
			return enf__fail(ENF_EINVALID,
					 "%s: delivered is %s, before "
					 "date %s; the asset is handed over "
					 "once its price is collected",
					 fn, a, b);
		}
		*upto = o->delivered;
	}
	/* The ledger's own costs outstanding replace opts->costs. */
	return enf__costs_owed(&o->costs, l, date, fn);
}

/*
 * Works out a collection without recording it: res, and for each claim
 * paid[i], its principal part parts[i] and interest part parts[n + i],
 * received[i] what it had received before; *upto the last day of interest
 * on what it pays. Arrays of n = l->nclaims.
 */
static enf_status enf__plan(enf_payout_result *res, enf_date *upto,
			    enf_money *paid, enf_money *parts,
			    enf_money *received, const enf_ledger *l,
			    enf_date date, enf_money amount,
			    const enf_payout_options *opts, enf_trail *trail,
			    const char *fn)
{
	size_t n = l->nclaims;
	enf_payout_options o;
	enf_claim *cl;
	enf_status st;

	if (!enf__date_in_range(date))
		return enf__range_fail(fn, "date", date);
	if (enf__check_non_negative(fn, "amount", amount) != ENF_OK)
		return ENF_EINVALID;
	if (l->ncolls > 0 && date < l->colls[l->ncolls - 1].date)
		return enf__fail(
			ENF_EINVALID,
			"%s: date (%s) is before the last "
			"collection (%s); collections come in "
			"date order",
			fn, enf__date_shown(date).s,
			enf__date_shown(l->colls[l->ncolls - 1].date).s);
	st = enf__plan_options(&o, upto, l, date, opts, fn);
	if (st != ENF_OK)
		return st;
	cl = malloc((n ? n : 1) * sizeof(*cl));
	if (cl == NULL)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	for (size_t i = 0; i < n && st == ENF_OK; i++) {
		cl[i] = l->claims[i].claim;
		st = enf__claim_owed(&cl[i].principal, &cl[i].interest,
				     &received[i], l, i, *upto, fn);
	}
	if (st == ENF_OK)
		st = enf_payout_distribute(res, paid, cl, n, amount, &o, trail);
	for (size_t i = 0; i < n && st == ENF_OK; i++) {
		enf_money p =
			paid[i] < cl[i].principal ? paid[i] : cl[i].principal;

		parts[i] = p;
		parts[n + i] = paid[i] - p;
	}
	free(cl);
	return st;
}

enf_status enf_ledger_collect(enf_ledger *ledger, enf_date date,
			      enf_money amount, const enf_payout_options *opts,
			      const enf_fee_options *fee_opts, enf_trail *trail)
{
	static const char fn[] = "ledger_collect";
	size_t n, mark = enf_trail_count(trail);
	enf_money *buf;
	enf_payout_result res;
	enf__lcoll col;
	enf_status st;

	ENF__CHECK_NULL(fn, ledger);
	/* Set on every path (the analyzer cannot see that a refused plan
	 * returns before res is read). */
	memset(&res, 0, sizeof(res));
	n = ledger->nclaims;
	st = enf__grow_one((void **)&ledger->colls, &ledger->capcolls,
			   ledger->ncolls, sizeof(*ledger->colls), fn);
	if (st != ENF_OK)
		return st;
	/* paid_p (2n, kept) then paid (n) and received (n), scratch. */
	buf = malloc((n ? 4 * n : 1) * sizeof(*buf));
	if (buf == NULL)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	st = enf__plan(&res, &col.interest_to, buf + 2 * n, buf, buf + 3 * n,
		       ledger, date, amount, opts, trail, fn);
	col.fees = 0;
	for (size_t i = 0; i < n && st == ENF_OK && fee_opts != NULL; i++) {
		enf_fee_options fo = *fee_opts;
		enf_money fee = 0;

		if (buf[2 * n + i] == 0)
			continue;
		fo.date = date;
		/* Tier A (maintenance, wages, life and health) owes no fee. */
		if (ledger->claims[i].claim.tier == ENF_TIER_A)
			fo.exempt = 1;
		st = enf_fee_compute(&fee, buf[3 * n + i], buf[2 * n + i], &fo,
				     trail);
		if (st == ENF_OK)
			st = enf__acc(&col.fees, fee, fn, "fees");
	}
	if (st != ENF_OK) {
		enf__trail_truncate(trail, mark);
		free(buf);
		return st;
	}
	col.date = date;
	col.amount = amount;
	col.costs = res.costs;
	col.to_claims = res.to_claims;
	col.n = n;
	col.paid_p = buf; /* the scratch tail is not read again */
	ledger->colls[ledger->ncolls++] = col;
	return ENF_OK;
}

enf_status enf_ledger_balance_on(enf_ledger_balance *out,
				 const enf_ledger *ledger, enf_date date)
{
	static const char fn[] = "ledger_balance_on";
	enf_ledger_balance b;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	ENF__CHECK_NULL(fn, ledger);
	if (!enf__date_in_range(date))
		return enf__range_fail(fn, "date", date);
	memset(&b, 0, sizeof(b));
	for (size_t i = 0; i < ledger->nclaims; i++) {
		enf_money p, in;

		st = enf__claim_owed(&p, &in, NULL, ledger, i, date, fn);
		if (st == ENF_OK)
			st = enf__acc(&b.principal, p, fn, "principal");
		if (st == ENF_OK)
			st = enf__acc(&b.interest, in, fn, "interest");
		if (st != ENF_OK)
			return st;
	}
	st = enf__costs_owed(&b.costs, ledger, date, fn);
	for (size_t k = 0; k < ledger->ncolls && st == ENF_OK; k++) {
		const enf__lcoll *c = &ledger->colls[k];

		if (c->date > date)
			continue;
		st = enf__acc(&b.fees, c->fees, fn, "fees");
		if (st == ENF_OK)
			st = enf__acc(&b.collected, c->amount, fn, "collected");
		if (st == ENF_OK)
			st = enf__acc(&b.paid_out, c->to_claims, fn,
				      "paid_out");
	}
	b.total = b.principal;
	if (st == ENF_OK)
		st = enf__acc(&b.total, b.interest, fn, "total");
	if (st == ENF_OK)
		st = enf__acc(&b.total, b.costs, fn, "total");
	if (st != ENF_OK)
		return st;
	*out = b;
	return ENF_OK;
}

enf_status enf_ledger_preview(enf_payout_result *out, enf_money *paid, size_t n,
			      const enf_ledger *ledger, enf_date date,
			      enf_money amount, const enf_payout_options *opts)
{
	static const char fn[] = "ledger_preview";
	enf_money *buf;
	enf_payout_result res;
	enf_date upto;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	ENF__CHECK_NULL(fn, ledger);
	if (n != ledger->nclaims)
		return enf__fail(ENF_EINVALID,
				 "%s: n is %zu; the ledger has %zu claims", fn,
				 n, ledger->nclaims);
	if (paid == NULL && n > 0)
		return enf__fail(ENF_EINVALID, "%s: paid is NULL but n is %zu",
				 fn, n);
	buf = malloc((n ? 4 * n : 1) * sizeof(*buf));
	if (buf == NULL)
		return enf__fail(ENF_ENOMEM, "%s: out of memory", fn);
	st = enf__plan(&res, &upto, buf + 2 * n, buf, buf + 3 * n, ledger, date,
		       amount, opts, NULL, fn);
	if (st == ENF_OK) {
		if (n > 0)
			memcpy(paid, buf + 2 * n, n * sizeof(*paid));
		*out = res;
	}
	free(buf);
	return st;
}
