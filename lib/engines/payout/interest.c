/*
 * Late-payment interest: Civil Code 91/2015 Art 357 and 468 (Vietnam), with
 * BGB 288 (Germany), the Judgments Act 1838 s 17 (England and Wales) and
 * 28 USC 1961 (US federal) as rule sets beside it.
 *
 * The span [from, to] is cut into sub-periods at every payment (a payment
 * reduces the balance from the next day), rate change, pause boundary,
 * year end (actual/actual) and anniversary of `from` (US). Each
 * sub-period's interest is balance x rate x days / (year x 10^6), with
 * 128-bit intermediates, rounded half-up to whole units once.
 *
 * Choices the law leaves open (U), documented here and in the tests:
 * - every rule set defaults to actual/365; for Germany that is the usual
 *   BGB practice (the peers' ameax/bgb-interest uses it), though some
 *   calculators use 30/360;
 * - 30/360 is the US bond basis: a start on the 31st counts as the 30th,
 *   and an end after the 30th counts as the 30th when the start was; a
 *   sub-period [a, b] counts the days from a to b + 1;
 * - a German rate below zero (base rate + margin < 0) accrues nothing;
 * - a Vietnamese rate table, when given, replaces the agreed rate and each
 *   entry is capped at 20% (Art 468(1)) unless opts->rate_cap is 0 (loans
 *   of credit institutions, whose contract rate runs on after judgment:
 *   Art 468(1) "unless another law provides otherwise"; Resolution
 *   01/2019/NQ-HDTP Art 13, I/U);
 * - Vietnamese citations follow the date: a payment before 1 Jul 2026
 *   cites Joint Circular 11/2016 Art 6, from that day Decree 152/2026
 *   Art 29(1) (principal first); a sub-period from that day adds Decree
 *   152/2026 Art 29(2) (interest on the principal only, to collection or
 *   handover);
 * - England and Wales and the US apply payments to interest first (the
 *   common-law "US Rule", Story v. Livingston, 38 US 359 (1839)); under
 *   the US rule capitalised interest, being older, is paid before the
 *   interest of the running year;
 * - the trail gets one step per sub-period (pauses included, amount 0),
 *   one per part of each payment and one per capitalisation.
 */
#include "internal.h"
#include "rules_table.h"
#include "trail_internal.h"

#include "enforcement/payout.h"

#include <stdint.h>
#include <stdio.h>

#define ENF__FN	 "interest_compute"
#define ENF__PPM 1000000
/* |rate| at most 100000%/year: principal x rate x days fits in 127 bits. */
#define ENF__RATE_MAX INT64_C(1000000000)

/* What a rule set does. */
typedef struct enf__rule_set {
	const char *source;	/* of the sub-periods */
	const char *pay_source; /* of the order of payment */
	const char *pause_source;
	enf_payment_order order;
	int compound; /* interest added to the balance at anniversaries */
} enf__rule_set;

static const enf__rule_set enf__rule_sets[4] = {
	/* VN: the sources of the old law; enf__vn_source() and
	 * enf__pay_source() switch to the new one by date. */
	{"Civil Code 91/2015 Art 357, 468", "Joint Circular 11/2016 Art 6",
	 "Law 26/2008 Art 48(1)(c), 49", ENF_PAY_PRINCIPAL_FIRST, 0},
	{"BGB 288", "BGB 367", "BGB 288", ENF_PAY_INTEREST_FIRST, 0},
	{"Judgments Act 1838 s 17",
	 "appropriation to interest first (common law; U)",
	 "Judgments Act 1838 s 17", ENF_PAY_INTEREST_FIRST, 0},
	{"28 USC 1961", "US Rule, Story v. Livingston, 38 US 359 (1839)",
	 "28 USC 1961", ENF_PAY_INTEREST_FIRST, 1},
};

/* VN sub-period sources by [rate_cap][new law]. */
static const char *const enf__vn_sources[2][2] = {
	{"Civil Code 91/2015 Art 357, 468(1) uncapped: credit institution "
	 "(Resolution 01/2019/NQ-HDTP Art 13; I/U)",
	 "Civil Code 91/2015 Art 357, 468(1) uncapped: credit institution "
	 "(Resolution 01/2019/NQ-HDTP Art 13; I/U); Decree 152/2026 "
	 "Art 29(2)"},
	{"Civil Code 91/2015 Art 357, 468",
	 "Civil Code 91/2015 Art 357, 468; Decree 152/2026 Art 29(2)"},
};

/* The source of a sub-period starting on day `first`. */
static const char *enf__period_source(const enf__rule_set *rs,
				      const enf_interest_options *o,
				      enf_date first)
{
	if (o->rules != ENF_INTEREST_VN)
		return rs->source;
	return enf__vn_sources[o->rate_cap]
			      [enf__trail_new_law(o->rulebook, first)];
}

/* The source of the order of payment of a payment on day `date`. */
static const char *enf__pay_source(const enf__rule_set *rs,
				   const enf_interest_options *o, enf_date date)
{
	if (rs->order == ENF_PAY_PRINCIPAL_FIRST &&
	    enf__trail_new_law(o->rulebook, date))
		return "Decree 152/2026 Art 29(1)";
	return rs->pay_source;
}

/* Rule text of a sub-period by rule set and day count. */
static const char *const enf__period_rule[4][3] = {
	{"simple interest on the principal, actual/365",
	 "simple interest on the principal, actual/actual",
	 "simple interest on the principal, 30/360"},
	{"base rate + margin, simple, actual/365",
	 "base rate + margin, simple, actual/actual",
	 "base rate + margin, simple, 30/360"},
	{"judgment rate, simple, actual/365",
	 "judgment rate, simple, actual/actual",
	 "judgment rate, simple, 30/360"},
	{"daily interest, compounded annually, actual/365",
	 "daily interest, compounded annually, actual/actual",
	 "daily interest, compounded annually, 30/360"},
};

enf_status enf_interest_options_init(enf_interest_options *opts,
				     unsigned int version,
				     enf_interest_rules rules)
{
	enf_interest_options def = ENF_INTEREST_OPTIONS_INIT;

	ENF__CHECK_NULL("interest_options_init", opts);
	if (enf__check_version("interest_options_init", "version", version,
			       ENF_INTEREST_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if ((int)rules < (int)ENF_INTEREST_VN ||
	    (int)rules > (int)ENF_INTEREST_US)
		return enf__fail(ENF_EINVALID,
				 "interest_options_init: rules is %d; it must "
				 "be ENF_INTEREST_VN..ENF_INTEREST_US",
				 (int)rules);
	/* Every rule set counts actual/365 by default; the margin matters to
	 * Germany only (5 points: consumers, BGB 288(1), a row of the
	 * catalogue). */
	def.version = version;
	def.rules = rules;
	def.day_count = ENF_DC_ACT_365;
	def.agreed_rate_ppm = -1;
	if (enf__rule_param(&def.margin_ppm, NULL, "DE.interest.margin",
			    "interest_options_init") != ENF_OK)
		return ENF_ENOTFOUND;
	def.rate_cap = 1;
	def.rulebook = NULL;
	*opts = def;
	return ENF_OK;
}

/* The inputs of one computation. */
typedef struct enf__interest_in {
	enf_money principal;
	enf_date from, to;
	const enf_payment *pay;
	size_t npay;
	const enf_pause *pause;
	size_t npause;
	const enf_rate_change *rate;
	size_t nrate;
	const enf_interest_options *o;
} enf__interest_in;

/* The running state. I is all unpaid interest; C is the part of it that
 * bears interest (US capitalisation), C <= I. */
typedef struct enf__interest_state {
	enf_money p, i, c, interest, overpaid;
} enf__interest_state;

static enf_status enf__overflow(const char *what)
{
	return enf__fail(ENF_EOVERFLOW, ENF__FN ": %s does not fit in 64 bits",
			 what);
}

static int enf__add(enf_money *acc, enf_money v)
{
	if (v > 0 && *acc > INT64_MAX - v)
		return -1;
	*acc += v;
	return 0;
}

/* The options: version, rule set, day count, rates and margin. */
static enf_status enf__check_options(const enf_interest_options *o)
{
	if (enf__check_version(ENF__FN, "version", o->version,
			       ENF_INTEREST_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if ((int)o->rules < (int)ENF_INTEREST_VN ||
	    (int)o->rules > (int)ENF_INTEREST_US)
		return enf__fail(ENF_EINVALID,
				 ENF__FN ": rules is %d; it must be "
					 "ENF_INTEREST_VN..ENF_INTEREST_US",
				 (int)o->rules);
	if ((int)o->day_count < (int)ENF_DC_ACT_365 ||
	    (int)o->day_count > (int)ENF_DC_30_360)
		return enf__fail(ENF_EINVALID,
				 ENF__FN ": day_count is %d; it must be "
					 "ENF_DC_ACT_365..ENF_DC_30_360",
				 (int)o->day_count);
	if (o->rules == ENF_INTEREST_VN &&
	    (o->agreed_rate_ppm < -1 || o->agreed_rate_ppm > ENF__RATE_MAX))
		return enf__fail(ENF_EINVALID,
				 ENF__FN ": agreed_rate_ppm is %lld; it "
					 "must be -1 (none) or 0..%lld",
				 (long long)o->agreed_rate_ppm,
				 (long long)ENF__RATE_MAX);
	if (o->rules == ENF_INTEREST_VN && o->rate_cap != 0 && o->rate_cap != 1)
		return enf__fail(ENF_EINVALID,
				 ENF__FN ": rate_cap is %d; it must be "
					 "1 (the Civil Code cap) or 0 (no cap)",
				 o->rate_cap);
	if (o->rules == ENF_INTEREST_DE &&
	    (o->margin_ppm < -ENF__RATE_MAX || o->margin_ppm > ENF__RATE_MAX))
		return enf__fail(ENF_EINVALID,
				 ENF__FN ": margin_ppm is %lld; it must "
					 "be within +-%lld",
				 (long long)o->margin_ppm,
				 (long long)ENF__RATE_MAX);
	return ENF_OK;
}

/* The principal, the period and the payments table. */
static enf_status enf__check_payments(const enf__interest_in *in)
{
	size_t k;

	if (in->principal < 0)
		return enf__fail(ENF_EINVALID,
				 ENF__FN ": principal is %lld; it must be 0 or "
					 "more",
				 (long long)in->principal);
	if (!enf__date_in_range(in->from))
		return enf__range_fail(ENF__FN, "from", in->from);
	if (!enf__date_in_range(in->to))
		return enf__range_fail(ENF__FN, "to", in->to);
	if (in->to < in->from)
		return enf__fail(
			ENF_ERANGE, ENF__FN ": to (%s) is before from (%s)",
			enf__date_shown(in->to).s, enf__date_shown(in->from).s);
	if (in->pay == NULL && in->npay > 0)
		return enf__fail(ENF_EINVALID,
				 ENF__FN ": payments is NULL but npayments is "
					 "%zu",
				 in->npay);
	for (k = 0; k < in->npay; k++) {
		const enf_payment *p = &in->pay[k];

		if (p->amount < 0)
			return enf__fail(ENF_EINVALID,
					 ENF__FN ": payments[%zu].amount is "
						 "%lld; it must be 0 or more",
					 k, (long long)p->amount);
		if (p->date < in->from || p->date > in->to)
			return enf__fail(ENF_ERANGE,
					 ENF__FN ": payments[%zu].date (%s) is "
						 "outside from..to (%s..%s)",
					 k, enf__date_shown(p->date).s,
					 enf__date_shown(in->from).s,
					 enf__date_shown(in->to).s);
		if (k > 0 && p->date < in->pay[k - 1].date)
			return enf__fail(ENF_EINVALID,
					 ENF__FN ": payments[%zu].date is "
						 "before payments[%zu].date; "
						 "the table must be in date "
						 "order",
					 k, k - 1);
	}
	return ENF_OK;
}

/* The pauses table: in date order, without overlaps. */
static enf_status enf__check_pauses(const enf__interest_in *in)
{
	size_t k;

	if (in->pause == NULL && in->npause > 0)
		return enf__fail(ENF_EINVALID,
				 ENF__FN ": pauses is NULL but npauses is %zu",
				 in->npause);
	for (k = 0; k < in->npause; k++) {
		const enf_pause *q = &in->pause[k];
		char field[48];

		if (!enf__date_in_range(q->first) ||
		    !enf__date_in_range(q->last)) {
			int bad_first = !enf__date_in_range(q->first);

			(void)snprintf(field, sizeof field, "pauses[%zu].%s", k,
				       bad_first ? "first" : "last");
			return enf__range_fail(ENF__FN, field,
					       bad_first ? q->first : q->last);
		}
		if (q->last < q->first)
			return enf__fail(ENF_EINVALID,
					 ENF__FN ": pauses[%zu].last is before "
						 "its first",
					 k);
		if (k > 0 && q->first <= in->pause[k - 1].last)
			return enf__fail(ENF_EINVALID,
					 ENF__FN ": pauses[%zu] starts before "
						 "pauses[%zu] ends; the table "
						 "must be in date order "
						 "without overlaps",
					 k, k - 1);
	}
	return ENF_OK;
}

/* The rates table: in date order, in range, covering the period. */
static enf_status enf__check_rates(const enf__interest_in *in)
{
	const enf_interest_options *o = in->o;
	size_t k;

	if (in->rate == NULL && in->nrate > 0)
		return enf__fail(ENF_EINVALID,
				 ENF__FN ": rates is NULL but nrates is %zu",
				 in->nrate);
	for (k = 0; k < in->nrate; k++) {
		const enf_rate_change *r = &in->rate[k];
		char field[48];

		if (!enf__date_in_range(r->from)) {
			(void)snprintf(field, sizeof field, "rates[%zu].from",
				       k);
			return enf__range_fail(ENF__FN, field, r->from);
		}
		if (k > 0 && r->from <= in->rate[k - 1].from)
			return enf__fail(ENF_EINVALID,
					 ENF__FN ": rates[%zu].from is not "
						 "after rates[%zu].from; the "
						 "table must be in date order",
					 k, k - 1);
		if (r->rate_ppm > ENF__RATE_MAX ||
		    r->rate_ppm < -ENF__RATE_MAX ||
		    (r->rate_ppm < 0 && o->rules != ENF_INTEREST_DE))
			return enf__fail(ENF_EINVALID,
					 ENF__FN ": rates[%zu].rate_ppm is "
						 "%lld; it must be 0..%lld "
						 "(a negative base rate: DE "
						 "only)",
					 k, (long long)r->rate_ppm,
					 (long long)ENF__RATE_MAX);
	}
	if (in->nrate == 0 &&
	    (o->rules == ENF_INTEREST_DE || o->rules == ENF_INTEREST_US))
		return enf__fail(ENF_EINVALID,
				 ENF__FN ": rates is required by the %s rule "
					 "set",
				 o->rules == ENF_INTEREST_DE ? "DE" : "US");
	if (in->nrate > 0 && in->rate[0].from > in->from)
		return enf__fail(ENF_EINVALID,
				 ENF__FN ": rates[0].from (%s) is after "
					 "from (%s): a period with no rate",
				 enf__date_shown(in->rate[0].from).s,
				 enf__date_shown(in->from).s);
	return ENF_OK;
}

static enf_status enf__check_input(const enf__interest_in *in)
{
	enf_status st = enf__check_options(in->o);

	if (st == ENF_OK)
		st = enf__check_payments(in);
	if (st == ENF_OK)
		st = enf__check_pauses(in);
	if (st == ENF_OK)
		st = enf__check_rates(in);
	return st;
}

/*
 * With a rulebook, a caller's row may start inside the built-in row in
 * force on cur: finds the first day in (cur, *end] on which rule id no
 * longer has value v (by halving; a value that changes and comes back
 * within the span is not seen) and ends the sub-period the day before.
 */
static void enf__rule_change(enf_date *end, const enf__interest_in *in,
			     const char *id, enf_date cur, int64_t v)
{
	const enf_rulebook *book = in->o->rulebook;
	enf_date lo = cur, hi = *end;
	enf__err_keep keep;
	int64_t w;

	if (book == NULL || hi <= lo)
		return;
	enf__err_save(&keep); /* a day without a row is an answer here */
	if (enf__rule_value(&w, NULL, book, id, hi, ENF__FN) != ENF_OK ||
	    w != v) {
		/* value(lo) is v, value(hi) is not (or there is none). */
		while (hi - lo > 1) {
			enf_date mid = lo + (hi - lo) / 2;

			if (enf__rule_value(&w, NULL, book, id, mid, ENF__FN) ==
				    ENF_OK &&
			    w == v)
				lo = mid;
			else
				hi = mid;
		}
		*end = lo;
	}
	enf__err_restore(&keep);
}

/* The value of rule id on day cur, from the options' rulebook; the
 * sub-period ends where the value does. */
static enf_status enf__rule_at(int64_t *v, enf_date *end,
			       const enf__interest_in *in, const char *id,
			       enf_date cur)
{
	enf_rule row;
	enf_status st =
		enf__rule_value(v, &row, in->o->rulebook, id, cur, ENF__FN);

	if (st != ENF_OK)
		return st;
	if (row.to != ENF_DATE_NONE && row.to < *end)
		*end = row.to;
	enf__rule_change(end, in, id, cur, *v);
	return ENF_OK;
}

/* The yearly rate of the sub-period from cur (ir indexes the table entry
 * in force); the statutory figures come from the rules catalogue and may
 * end the sub-period early. */
static enf_status enf__rate_at(int64_t *out, enf_date *end,
			       const enf__interest_in *in, size_t ir,
			       enf_date cur)
{
	const enf_interest_options *o = in->o;
	int64_t r = 0, cap = 0;
	enf_status st = ENF_OK;

	switch (o->rules) {
	case ENF_INTEREST_VN:
		if (in->nrate > 0)
			r = in->rate[ir].rate_ppm;
		else if (o->agreed_rate_ppm >= 0)
			r = o->agreed_rate_ppm;
		else
			st = enf__rule_at(&r, end, in, "VN.interest.statutory",
					  cur);
		if (st == ENF_OK && o->rate_cap)
			st = enf__rule_at(&cap, end, in, "VN.interest.cap",
					  cur);
		if (o->rate_cap && r > cap)
			r = cap;
		break;
	case ENF_INTEREST_DE:
		r = in->rate[ir].rate_ppm + o->margin_ppm;
		r = r < 0 ? 0 : r;
		break;
	case ENF_INTEREST_UK:
		if (in->nrate > 0)
			r = in->rate[ir].rate_ppm;
		else
			st = enf__rule_at(&r, end, in,
					  "UK.interest.judgment_rate", cur);
		break;
	case ENF_INTEREST_US:
	default: r = in->rate[ir].rate_ppm;
	}
	if (st == ENF_OK)
		*out = r;
	return st;
}

/* 30/360 (US bond basis) days from a to b, b exclusive. */
static int32_t enf__days_360(enf_date a, enf_date b)
{
	int y1, m1, d1, y2, m2, d2;

	enf__civil_from_days(a, &y1, &m1, &d1);
	enf__civil_from_days(b, &y2, &m2, &d2);
	if (d1 == 31)
		d1 = 30;
	if (d2 == 31 && d1 >= 30)
		d2 = 30;
	return (int32_t)(360 * (y2 - y1) + 30 * (m2 - m1) + (d2 - d1));
}

static enf_status enf__step(enf_trail *trail, const char *rule,
			    const char *source, enf_date first, enf_date last,
			    int32_t days, enf_money base, int64_t rate,
			    enf_money amount)
{
	enf_trail_step s;

	if (trail == NULL)
		return ENF_OK;
	s.rule = rule;
	s.source = source;
	s.first = first;
	s.last = last;
	s.days = days;
	s.base = base;
	s.rate_ppm = rate;
	s.amount = amount;
	return enf__trail_add(trail, &s);
}

/* Takes up to *left from the unpaid interest, capitalised part first. */
static enf_money enf__pay_interest(enf__interest_state *st, enf_money *left)
{
	enf_money y = *left < st->i ? *left : st->i;

	st->i -= y;
	st->c -= y < st->c ? y : st->c;
	*left -= y;
	return y;
}

static enf_status enf__apply_payment(enf__interest_state *st,
				     const enf_payment *pay,
				     const enf__rule_set *rs,
				     const enf_interest_options *o,
				     enf_trail *trail)
{
	enf_money left = pay->amount, p0 = st->p, i0 = st->i, x, y = 0;
	const char *src = enf__pay_source(rs, o, pay->date);
	enf_status s;

	if (rs->order == ENF_PAY_INTEREST_FIRST)
		y = enf__pay_interest(st, &left);
	x = left < st->p ? left : st->p;
	st->p -= x;
	left -= x;
	if (rs->order == ENF_PAY_PRINCIPAL_FIRST && st->p == 0)
		y = enf__pay_interest(st, &left);
	if (enf__add(&st->overpaid, left) != 0)
		return enf__overflow("the overpaid total");
	if (rs->order == ENF_PAY_INTEREST_FIRST && y > 0) {
		s = enf__step(trail, "payment to interest", src, pay->date,
			      pay->date, 0, i0, 0, y);
		if (s != ENF_OK)
			return s;
	}
	if (x > 0 || pay->amount == 0) {
		s = enf__step(trail, "payment to principal", src, pay->date,
			      pay->date, 0, p0, 0, x);
		if (s != ENF_OK)
			return s;
	}
	if (rs->order == ENF_PAY_PRINCIPAL_FIRST && y > 0) {
		s = enf__step(trail, "payment to interest (principal paid off)",
			      src, pay->date, pay->date, 0, i0, 0, y);
		if (s != ENF_OK)
			return s;
	}
	if (left > 0)
		return enf__step(trail, "payment beyond what was owed", src,
				 pay->date, pay->date, 0, 0, 0, left);
	return ENF_OK;
}

/* The next anniversary of from after day cur, or ENF_DATE_MAX + 1. */
static enf_date enf__next_anniversary(enf_date from, enf_date cur,
				      int64_t *years)
{
	enf_date a = ENF_DATE_MAX;

	for (;;) {
		if (enf__add_months(&a, from, 12 * *years) != 0)
			return (enf_date)(ENF_DATE_MAX + 1);
		if (a > cur)
			return a;
		++*years;
	}
}

/* The last day of the sub-period from cur: the day before the next rate
 * change, pause boundary, year end (actual/actual) or anniversary, or the
 * day of the next payment, or in->to; sets *paused for a day in a pause,
 * *denom for the day count and moves the rate and pause indexes on. */
static enf_date enf__sub_end(const enf__interest_in *in, enf_date cur,
			     enf_date anniv, size_t ip, size_t *iq, size_t *ir,
			     int *paused, int32_t *denom)
{
	const enf_interest_options *o = in->o;
	enf_date end = in->to;
	int y, m, d;

	while (*ir + 1 < in->nrate && in->rate[*ir + 1].from <= cur)
		++*ir;
	if (*ir + 1 < in->nrate && in->rate[*ir + 1].from - 1 < end)
		end = in->rate[*ir + 1].from - 1;
	if (ip < in->npay && in->pay[ip].date < end)
		end = in->pay[ip].date;
	while (*iq < in->npause && in->pause[*iq].last < cur)
		++*iq;
	if (*iq < in->npause && in->pause[*iq].first <= cur) {
		*paused = 1;
		if (in->pause[*iq].last < end)
			end = in->pause[*iq].last;
	} else if (*iq < in->npause && in->pause[*iq].first - 1 < end) {
		end = in->pause[*iq].first - 1;
	}
	enf__civil_from_days(cur, &y, &m, &d);
	if (o->day_count == ENF_DC_ACT_ACT) {
		enf_date ye = enf__days_from_civil(y, 12, 31);

		if (ye < end)
			end = ye;
		*denom = enf__is_leap(y) ? 366 : 365;
	} else if (o->day_count == ENF_DC_30_360) {
		*denom = 360;
	}
	if (anniv - 1 < end)
		end = anniv - 1;
	return end;
}

/* Compounds at an anniversary (the day after end): the interest not yet
 * compounded joins the balance, with a step unless the period ends there;
 * moves *anniv to the next one. */
static enf_status enf__anniversary(enf__interest_state *st,
				   const enf__interest_in *in,
				   const enf__rule_set *rs, enf_trail *trail,
				   enf_date end, enf_date *anniv,
				   int64_t *years)
{
	if (end < in->to && st->i > st->c) {
		enf_status s = enf__step(trail,
					 "interest added to the balance at "
					 "the anniversary",
					 rs->source, *anniv, *anniv, 0, st->p,
					 0, st->i - st->c);

		if (s != ENF_OK)
			return s;
	}
	st->c = st->i;
	*anniv = enf__next_anniversary(in->from, end + 1, years);
	return ENF_OK;
}

static enf_status enf__run(enf_interest_result *res, const enf__interest_in *in,
			   enf_trail *trail)
{
	const enf_interest_options *o = in->o;
	const enf__rule_set *rs = &enf__rule_sets[o->rules];
	const char *rule = enf__period_rule[o->rules][o->day_count];
	enf__interest_state st = {in->principal, 0, 0, 0, 0};
	size_t ip = 0, iq = 0, ir = 0;
	int64_t years = 1;
	enf_date cur = in->from, anniv = (enf_date)(ENF_DATE_MAX + 1);
	enf_status s;

	if (rs->compound)
		anniv = enf__next_anniversary(in->from, cur, &years);
	while (cur <= in->to) {
		enf_date end;
		int paused = 0;
		int32_t days, denom = 365;
		enf_money base, amt = 0;
		int64_t rate;

		end = enf__sub_end(in, cur, anniv, ip, &iq, &ir, &paused,
				   &denom);
		rate = 0;
		if (!paused) {
			s = enf__rate_at(&rate, &end, in, ir, cur);
			if (s != ENF_OK)
				return s;
		}

		days = o->day_count == ENF_DC_30_360
			       ? enf__days_360(cur, end + 1)
			       : (int32_t)(end - cur + 1);
		base = st.p + st.c; /* C <= I and p + I was checked */
		if (!paused && base > 0 && rate > 0 && days > 0) {
			enf__i128 num = (enf__i128)base * rate * days;

			if (enf__div_round(&amt, num,
					   (enf__i128)denom * ENF__PPM,
					   ENF_ROUND_HALF_UP) != ENF_OK)
				return enf__overflow("a sub-period's interest");
		}
		if (enf__add(&st.interest, amt) != 0 ||
		    enf__add(&st.i, amt) != 0)
			return enf__overflow("the interest");
		if (st.p > INT64_MAX - st.i)
			return enf__overflow("principal + interest");
		s = enf__step(trail,
			      paused ? "no interest: postponement or "
				       "suspension"
				     : rule,
			      paused ? rs->pause_source
				     : enf__period_source(rs, o, cur),
			      cur, end, paused ? 0 : days, base,
			      paused ? 0 : rate, amt);
		if (s != ENF_OK)
			return s;

		for (; ip < in->npay && in->pay[ip].date == end; ip++) {
			s = enf__apply_payment(&st, &in->pay[ip], rs, o, trail);
			if (s != ENF_OK)
				return s;
		}
		if (end + 1 == anniv) {
			s = enf__anniversary(&st, in, rs, trail, end, &anniv,
					     &years);
			if (s != ENF_OK)
				return s;
		}
		cur = end + 1;
	}
	res->interest = st.interest;
	res->interest_unpaid = st.i;
	res->principal_unpaid = st.p;
	res->overpaid = st.overpaid;
	return ENF_OK;
}

enf_status enf_interest_compute(enf_interest_result *out, enf_money principal,
				enf_date from, enf_date to,
				const enf_payment *payments, size_t npayments,
				const enf_pause *pauses, size_t npauses,
				const enf_rate_change *rates, size_t nrates,
				const enf_interest_options *opts,
				enf_trail *trail)
{
	enf__interest_in in;
	enf_interest_result res;
	enf_status s;
	size_t n0;

	ENF__CHECK_NULL(ENF__FN, out);
	ENF__CHECK_NULL(ENF__FN, opts);
	in.principal = principal;
	in.from = from;
	in.to = to;
	in.pay = payments;
	in.npay = npayments;
	in.pause = pauses;
	in.npause = npauses;
	in.rate = rates;
	in.nrate = nrates;
	in.o = opts;
	s = enf__check_input(&in);
	if (s != ENF_OK)
		return s;
	n0 = enf_trail_count(trail);
	s = enf__run(&res, &in, trail);
	if (s != ENF_OK) {
		/* The trail goes back to what it was. */
		enf__trail_truncate(trail, n0);
		return s;
	}
	*out = res;
	return ENF_OK;
}
