/*
 * The enforcement fee (phí thi hành án dân sự) of Circular 216/2016/TT-BTC
 * (Ministry of Finance, in force 1 Jan 2017) and the dated base salary
 * (lương cơ sở) its cliff depends on. Exact integer arithmetic: each
 * fee(x) is one 128-bit quotient rounded once.
 */
#include "trail.h"

#include "internal.h"
#include "enforcement/case.h" /* ENF_DATE_NONE */

#include <stdio.h>

#define ENF__FEE_SOURCE	    "Circular 216/2016/TT-BTC Art 4"
#define ENF__FEE_SOURCE_GEN "Circular 216/2016/TT-BTC"

/* The base salary from a date on, with the decree that set it. */
typedef struct enf__salary {
	int y, m, d;
	enf_money amount;
	const char *source;
} enf__salary;

/* In date order. The figures before 2024 are from the decrees' press
 * summaries (Vs); 2024 as restated in Decree 161/2026 (Vs); 2026 read in
 * the signed text of Decree 161/2026 (V). */
static const enf__salary enf__salaries[] = {
	/* Decree 47/2016/ND-CP, Art 3: 1,210,000 from 1 May 2016. */
	{2016, 5, 1, 1210000, "Decree 47/2016/ND-CP"},
	/* Decree 47/2017/ND-CP, Art 3: 1,300,000 from 1 Jul 2017. */
	{2017, 7, 1, 1300000, "Decree 47/2017/ND-CP"},
	/* Decree 72/2018/ND-CP, Art 3: 1,390,000 from 1 Jul 2018. */
	{2018, 7, 1, 1390000, "Decree 72/2018/ND-CP"},
	/* Decree 38/2019/ND-CP, Art 3: 1,490,000 from 1 Jul 2019. */
	{2019, 7, 1, 1490000, "Decree 38/2019/ND-CP"},
	/* Decree 24/2023/ND-CP, Art 3: 1,800,000 from 1 Jul 2023. */
	{2023, 7, 1, 1800000, "Decree 24/2023/ND-CP"},
	/* Decree 73/2024/ND-CP, Art 3: 2,340,000 from 1 Jul 2024 (Vs). */
	{2024, 7, 1, 2340000, "Decree 73/2024/ND-CP"},
	/* Decree 161/2026/ND-CP Art 3(2): 2,530,000 from 1 Jul 2026; Art 6
	 * ends Decree 73/2024 that day (V). */
	{2026, 7, 1, 2530000, "Decree 161/2026/ND-CP"},
};

#define ENF__NSALARIES (sizeof(enf__salaries) / sizeof(enf__salaries[0]))

/* The table row in force on date, or NULL. */
static const enf__salary *enf__salary_at(enf_date date)
{
	const enf__salary *hit = NULL;

	if (!enf__date_in_range(date))
		return NULL;
	for (size_t i = 0; i < ENF__NSALARIES; i++) {
		const enf__salary *s = &enf__salaries[i];

		if (date < enf__days_from_civil(s->y, s->m, s->d))
			break;
		hit = s;
	}
	return hit;
}

enf_status enf_fee_base_salary(enf_money *out, enf_date date)
{
	const enf__salary *s;

	ENF__CHECK_NULL("fee_base_salary", out);
	s = enf__salary_at(date);
	if (s == NULL)
		return enf__fail(ENF_ENOTFOUND,
				 "fee_base_salary: date is %ld; no base salary "
				 "is known before 2016-05-01",
				 (long)date);
	*out = s->amount;
	return ENF_OK;
}

enf_status enf_fee_options_init(enf_fee_options *opts, unsigned int version)
{
	static const enf_fee_options defaults = ENF_FEE_OPTIONS_INIT;
	enf_status st;

	ENF__CHECK_NULL("fee_options_init", opts);
	st = enf__check_version("fee_options_init", "version", version,
				ENF_FEE_OPTIONS_VERSION);
	if (st != ENF_OK)
		return st;
	*opts = defaults;
	return ENF_OK;
}

/* ---------------------------------------------------------------------- */
/* The schedule                                                            */

#define ENF__BN ((enf_money)1000000000)

/* One bracket: above `from` (and up to the next), fixed + rate_ppm of the
 * excess over `over` (over 0: the whole amount). */
typedef struct enf__bracket {
	enf_money from, fixed, over;
	int64_t rate_ppm;
	const char *rule;
} enf__bracket;

static const enf__bracket enf__brackets[] = {
	{0, 0, 0, 30000, "3% of the whole amount above 2 x base salary"},
	{5 * ENF__BN, 150000000, 5 * ENF__BN, 20000,
	 "150,000,000 + 2% of the excess over 5 bn"},
	{7 * ENF__BN, 190000000, 7 * ENF__BN, 10000,
	 "190,000,000 + 1% of the excess over 7 bn"},
	{10 * ENF__BN, 220000000, 10 * ENF__BN, 5000,
	 "220,000,000 + 0.5% of the excess over 10 bn"},
	{15 * ENF__BN, 245000000, 15 * ENF__BN, 100,
	 "245,000,000 + 0.01% of the excess over 15 bn"},
};

#define ENF__NBRACKETS (sizeof(enf__brackets) / sizeof(enf__brackets[0]))

/* fee(x) rounded to whole dong, and the trail step that explains it. */
static enf_status enf__fee_of(enf_money *out, enf_trail_step *step, enf_money x,
			      enf__i128 threshold, enf_rounding mode)
{
	const enf__bracket *k = &enf__brackets[0];
	enf__i128 num;

	step->source = ENF__FEE_SOURCE;
	step->base = x;
	if ((enf__i128)x <= threshold) {
		step->rule = "no fee up to 2 x base salary";
		step->rate_ppm = 0;
		step->amount = 0;
		*out = 0;
		return ENF_OK;
	}
	for (size_t i = 1; i < ENF__NBRACKETS; i++)
		if (x > enf__brackets[i].from)
			k = &enf__brackets[i];
	/* fixed + rate_ppm * (x - over) / 10^6, one quotient. */
	num = (enf__i128)k->fixed * 1000000 +
	      (enf__i128)(x - k->over) * k->rate_ppm;
	if (enf__div_round(out, num, 1000000, mode) != ENF_OK)
		return ENF_EOVERFLOW; /* cannot happen: fee(x) < x */
	step->rule = k->rule;
	step->rate_ppm = k->rate_ppm;
	step->amount = *out;
	return ENF_OK;
}

/* Checks the options; ENF_OK or the failure with a message. */
static enf_status enf__fee_check(const enf_fee_options *opts)
{
	enf_status st;

	st = enf__check_version("fee_compute", "opts->version", opts->version,
				ENF_FEE_OPTIONS_VERSION);
	if (st != ENF_OK)
		return st;
	if (opts->base_salary < 0)
		return enf__fail(ENF_EINVALID,
				 "fee_compute: opts->base_salary is %lld; it "
				 "must be 0 (by date) or positive",
				 (long long)opts->base_salary);
	if (opts->settled != 0 && opts->settled != 1)
		return enf__fail(ENF_EINVALID,
				 "fee_compute: opts->settled is %d; it must be "
				 "0 or 1",
				 opts->settled);
	if (opts->exempt != 0 && opts->exempt != 1)
		return enf__fail(ENF_EINVALID,
				 "fee_compute: opts->exempt is %d; it must be "
				 "0 or 1",
				 opts->exempt);
	if (opts->reduction_pct < 0 || opts->reduction_pct > 100)
		return enf__fail(ENF_EINVALID,
				 "fee_compute: opts->reduction_pct is %ld; it "
				 "must be 0..100",
				 (long)opts->reduction_pct);
	if (!enf__rounding_valid(opts->rounding))
		return enf__fail(ENF_EINVALID,
				 "fee_compute: opts->rounding is %d; not a "
				 "rounding mode",
				 (int)opts->rounding);
	return ENF_OK;
}

/* Appends the n steps, or puts the trail back and fails. */
static enf_status enf__fee_trail(enf_trail *trail, const enf_trail_step *s,
				 size_t n)
{
	size_t was = enf_trail_count(trail);

	for (size_t i = 0; i < n; i++) {
		enf_status st = enf__trail_add(trail, &s[i]);

		if (st != ENF_OK) {
			enf__trail_truncate(trail, was);
			return enf__fail(st, "fee_compute: trail: out of "
					     "memory");
		}
	}
	return ENF_OK;
}

/* A step of the fee on the day the money is received. */
static enf_trail_step enf__fee_step(const enf_fee_options *opts)
{
	enf_trail_step s = {NULL,
			    ENF__FEE_SOURCE_GEN,
			    ENF_DATE_NONE,
			    ENF_DATE_NONE,
			    0,
			    0,
			    0,
			    0};

	s.first = s.last = opts->date;
	return s;
}

enf_status enf_fee_compute(enf_money *out, enf_money received_before,
			   enf_money received_now, const enf_fee_options *opts,
			   enf_trail *trail)
{
	enf_trail_step steps[7];
	char reduced[64];
	size_t n = 0;
	enf_money base, total, fee_total, fee_before = 0, fee;
	const enf__salary *row = NULL;
	enf_status st;

	ENF__CHECK_NULL("fee_compute", out);
	ENF__CHECK_NULL("fee_compute", opts);
	st = enf__fee_check(opts);
	if (st != ENF_OK)
		return st;
	if (enf__check_non_negative("fee_compute", "received_before",
				    received_before) != ENF_OK ||
	    enf__check_non_negative("fee_compute", "received_now",
				    received_now) != ENF_OK)
		return ENF_EINVALID;
	if (__builtin_add_overflow(received_before, received_now, &total))
		return enf__fail(ENF_EOVERFLOW,
				 "fee_compute: received_before + received_now "
				 "(%lld + %lld) overflows 64 bits",
				 (long long)received_before,
				 (long long)received_now);
	base = opts->base_salary;
	if (base == 0) {
		row = enf__salary_at(opts->date);
		if (row == NULL)
			return enf__fail(ENF_ENOTFOUND,
					 "fee_compute: opts->date is %ld; no "
					 "base salary is known before "
					 "2016-05-01 (set opts->base_salary)",
					 (long)opts->date);
		base = row->amount;
	}

	/* The threshold: 2 x base salary (as a rate, 200% = 2,000,000 ppm;
	 * it may exceed 64 bits for an absurd base salary, hence 128). */
	steps[n] = enf__fee_step(opts);
	steps[n].rule = "threshold: 2 x base salary";
	steps[n].source = row != NULL ? row->source : "opts->base_salary";
	steps[n].base = base;
	steps[n].rate_ppm = 2000000;
	steps[n].amount = base <= INT64_MAX / 2 ? 2 * base : INT64_MAX;
	n++;

	steps[n] = enf__fee_step(opts);
	st = enf__fee_of(&fee_total, &steps[n], total, (enf__i128)base * 2,
			 opts->rounding);
	if (st != ENF_OK)
		return enf__fail(st, "fee_compute: fee of %lld overflows",
				 (long long)total);
	n++;
	fee = fee_total;
	if (received_before > 0) {
		steps[n] = enf__fee_step(opts);
		st = enf__fee_of(&fee_before, &steps[n], received_before,
				 (enf__i128)base * 2, opts->rounding);
		if (st != ENF_OK)
			return enf__fail(st,
					 "fee_compute: fee of %lld overflows",
					 (long long)received_before);
		n++;
		/* fee() is non-decreasing, so this is >= 0. */
		fee = fee_total - fee_before;
		steps[n] = enf__fee_step(opts);
		steps[n].rule = "instalment: fee(before + now) - fee(before)";
		steps[n].base = received_now;
		steps[n].amount = fee;
		n++;
	}
	if (opts->settled) {
		steps[n] = enf__fee_step(opts);
		steps[n].rule = "one third: the parties settled after the "
				"decision and before coercion";
		steps[n].base = fee;
		(void)enf__div_round(&fee, fee, 3, opts->rounding);
		steps[n].amount = fee;
		n++;
	}
	if (opts->reduction_pct > 0) {
		steps[n] = enf__fee_step(opts);
		(void)snprintf(reduced, sizeof(reduced),
			       "reduced by %ld%%: %ld%% of the fee",
			       (long)opts->reduction_pct,
			       (long)(100 - opts->reduction_pct));
		steps[n].rule = reduced;
		steps[n].base = fee;
		steps[n].rate_ppm =
			(int64_t)(100 - opts->reduction_pct) * 10000;
		(void)enf__div_round(
			&fee, (enf__i128)fee * (100 - opts->reduction_pct), 100,
			opts->rounding);
		steps[n].amount = fee;
		n++;
	}
	if (opts->exempt) {
		steps[n] = enf__fee_step(opts);
		steps[n].rule = "exempt: no fee";
		steps[n].base = fee;
		fee = 0;
		n++;
	}
	st = enf__fee_trail(trail, steps, n);
	if (st != ENF_OK)
		return st;
	*out = fee;
	return ENF_OK;
}
