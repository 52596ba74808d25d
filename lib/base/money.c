/*
 * Checked money arithmetic, exact ratios, percentages and pro-rata
 * allocation. No floating point, no allocation.
 */
#include "internal.h"

int enf__rounding_valid(enf_rounding mode)
{
	return mode == ENF_ROUND_HALF_UP || mode == ENF_ROUND_HALF_EVEN ||
	       mode == ENF_ROUND_DOWN || mode == ENF_ROUND_UP;
}

static enf__u128 enf__abs128(enf__i128 v)
{
	return v < 0 ? (enf__u128)0 - (enf__u128)v : (enf__u128)v;
}

/* Rounds the magnitude quotient q (remainder r of divisor d) up or not. */
static enf__u128 enf__round_mag(enf__u128 q, enf__u128 r, enf__u128 d,
				enf_rounding mode)
{
	switch (mode) {
	case ENF_ROUND_HALF_UP: return (2 * r >= d && r != 0) ? q + 1 : q;
	case ENF_ROUND_HALF_EVEN:
		if (2 * r > d || (2 * r == d && r != 0 && (q & 1)))
			return q + 1;
		return q;
	case ENF_ROUND_UP: return r != 0 ? q + 1 : q;
	case ENF_ROUND_DOWN: break;
	}
	return q;
}

/* Converts a magnitude and sign to int64, or fails if it does not fit. */
static enf_status enf__from_mag(enf_money *out, enf__u128 mag, int negative)
{
	const enf__u128 limit = (enf__u128)INT64_MAX;

	if (negative) {
		if (mag > limit + 1)
			return ENF_EOVERFLOW;
		*out = mag == limit + 1 ? INT64_MIN : -(enf_money)mag;
	} else {
		if (mag > limit)
			return ENF_EOVERFLOW;
		*out = (enf_money)mag;
	}
	return ENF_OK;
}

enf_status enf__div_round(enf_money *out, enf__i128 p, enf__i128 d,
			  enf_rounding mode)
{
	enf__u128 pm = enf__abs128(p), dm = enf__abs128(d);
	enf__u128 q = enf__round_mag(pm / dm, pm % dm, dm, mode);

	return enf__from_mag(out, q, (p < 0) != (d < 0) && q != 0);
}

enf_status enf_money_add(enf_money *out, enf_money a, enf_money b)
{
	enf_money r;

	ENF__CHECK_NULL("money_add", out);
	if (__builtin_add_overflow(a, b, &r))
		return enf__fail(ENF_EOVERFLOW,
				 "money_add: %lld + %lld overflows 64 bits",
				 (long long)a, (long long)b);
	*out = r;
	return ENF_OK;
}

enf_status enf_money_sub(enf_money *out, enf_money a, enf_money b)
{
	enf_money r;

	ENF__CHECK_NULL("money_sub", out);
	if (__builtin_sub_overflow(a, b, &r))
		return enf__fail(ENF_EOVERFLOW,
				 "money_sub: %lld - %lld overflows 64 bits",
				 (long long)a, (long long)b);
	*out = r;
	return ENF_OK;
}

enf_status enf_money_mul(enf_money *out, enf_money a, int64_t n)
{
	enf_money r;

	ENF__CHECK_NULL("money_mul", out);
	if (__builtin_mul_overflow(a, n, &r))
		return enf__fail(ENF_EOVERFLOW,
				 "money_mul: %lld * %lld overflows 64 bits",
				 (long long)a, (long long)n);
	*out = r;
	return ENF_OK;
}

enf_status enf_money_neg(enf_money *out, enf_money a)
{
	ENF__CHECK_NULL("money_neg", out);
	if (a == ENF_MONEY_MIN)
		return enf__fail(ENF_EOVERFLOW,
				 "money_neg: -(%lld) overflows 64 bits",
				 (long long)a);
	*out = -a;
	return ENF_OK;
}

enf_status enf_money_muldiv(enf_money *out, int64_t a, int64_t num, int64_t den,
			    enf_rounding mode)
{
	enf_money r;

	ENF__CHECK_NULL("money_muldiv", out);
	if (!enf__rounding_valid(mode))
		return enf__fail(
			ENF_EINVALID,
			"money_muldiv: mode is %d; not a rounding mode",
			(int)mode);
	if (den == 0)
		return enf__fail(ENF_EDIVZERO,
				 "money_muldiv: den is 0; a denominator must "
				 "not be zero");
	if (enf__div_round(&r, (enf__i128)a * num, den, mode) != ENF_OK)
		return enf__fail(ENF_EOVERFLOW,
				 "money_muldiv: %lld * %lld / %lld overflows "
				 "64 bits",
				 (long long)a, (long long)num, (long long)den);
	*out = r;
	return ENF_OK;
}

enf_status enf_percent_of(int64_t *out, int64_t part, int64_t whole,
			  enf_rounding mode)
{
	enf_money r;

	ENF__CHECK_NULL("percent_of", out);
	if (!enf__rounding_valid(mode))
		return enf__fail(ENF_EINVALID,
				 "percent_of: mode is %d; not a rounding mode",
				 (int)mode);
	if (whole == 0)
		return enf__fail(ENF_EDIVZERO,
				 "percent_of: whole is 0; a percentage of "
				 "nothing is undefined");
	if (enf__div_round(&r, (enf__i128)part * 10000, whole, mode) != ENF_OK)
		return enf__fail(ENF_EOVERFLOW,
				 "percent_of: %lld of %lld does not fit in 64 "
				 "bits as hundredths of a percent",
				 (long long)part, (long long)whole);
	*out = r;
	return ENF_OK;
}

enf_status enf_percent_points(int64_t *out, int64_t rate, int64_t target)
{
	int64_t r;

	ENF__CHECK_NULL("percent_points", out);
	if (__builtin_sub_overflow(rate, target, &r))
		return enf__fail(ENF_EOVERFLOW,
				 "percent_points: %lld - %lld overflows 64 "
				 "bits",
				 (long long)rate, (long long)target);
	*out = r;
	return ENF_OK;
}

enf_status enf_percent_growth(int64_t *out, int64_t current, int64_t previous,
			      enf_rounding mode)
{
	enf_money r;
	enf__i128 delta = (enf__i128)current - previous;

	ENF__CHECK_NULL("percent_growth", out);
	if (!enf__rounding_valid(mode))
		return enf__fail(ENF_EINVALID,
				 "percent_growth: mode is %d; not a rounding "
				 "mode",
				 (int)mode);
	if (previous == 0)
		return enf__fail(ENF_EDIVZERO,
				 "percent_growth: previous is 0; growth over "
				 "nothing is undefined");
	if (previous < 0)
		return enf__fail(ENF_EINVALID,
				 "percent_growth: previous is %lld; a base "
				 "must not be negative",
				 (long long)previous);
	if (enf__div_round(&r, delta * 10000, previous, mode) != ENF_OK)
		return enf__fail(ENF_EOVERFLOW,
				 "percent_growth: growth of %lld over %lld "
				 "does not fit in 64 bits",
				 (long long)current, (long long)previous);
	*out = r;
	return ENF_OK;
}
