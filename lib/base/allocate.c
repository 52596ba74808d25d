/*
 * Exact pro-rata allocation by the largest-remainder method, without
 * allocating memory: the leftover units go to the largest remainders, found
 * by a binary search for the threshold remainder instead of a sort.
 */
#include "internal.h"

/* Remainder of total * w modulo sum: the fractional part of the share. */
static enf__u128 enf__rem(enf__u128 total, int64_t w, enf__u128 sum)
{
	return (total * (enf__u128)w) % sum;
}

/* How many weights have a remainder of at least t. */
static size_t enf__count_at_least(enf__u128 total, const int64_t *w,
				  size_t count, enf__u128 sum, enf__u128 t)
{
	size_t n = 0;

	for (size_t i = 0; i < count; i++)
		n += enf__rem(total, w[i], sum) >= t;
	return n;
}

/*
 * The largest remainder value t such that at least `left` weights have a
 * remainder >= t. Those above t all get a unit; ties at t are settled by
 * index. t >= 1 because the `left` largest remainders are all positive.
 */
static enf__u128 enf__threshold(enf__u128 total, const int64_t *w, size_t count,
				enf__u128 sum, size_t left)
{
	enf__u128 lo = 1, hi = sum - 1;

	while (lo < hi) {
		enf__u128 mid = lo + (hi - lo + 1) / 2;

		if (enf__count_at_least(total, w, count, sum, mid) >= left)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

static enf_status enf__check_weights(const int64_t *weights, size_t count,
				     enf__u128 *sum)
{
	*sum = 0;
	for (size_t i = 0; i < count; i++) {
		if (weights[i] < 0)
			return enf__fail(ENF_EINVALID,
					 "money_allocate: weights[%zu] is "
					 "%lld; weights must not be negative",
					 i, (long long)weights[i]);
		*sum += (enf__u128)weights[i];
	}
	return ENF_OK;
}

static enf_money enf__signed_part(enf__u128 mag, int negative)
{
	if (!negative)
		return (enf_money)mag;
	return mag == (enf__u128)INT64_MAX + 1 ? INT64_MIN : -(enf_money)mag;
}

enf_status enf_money_allocate(enf_money *out_parts, enf_money total,
			      const int64_t *weights, size_t count)
{
	enf__u128 sum, mag, given = 0, t;
	size_t left, i;
	int neg = total < 0;
	enf_status st;

	ENF__CHECK_NULL("money_allocate", out_parts);
	ENF__CHECK_NULL("money_allocate", weights);
	if (count == 0)
		return enf__fail(ENF_EINVALID,
				 "money_allocate: count is 0; there must be "
				 "at least one weight");
	st = enf__check_weights(weights, count, &sum);
	if (st != ENF_OK)
		return st;
	if (sum == 0)
		return enf__fail(ENF_EDIVZERO,
				 "money_allocate: all %zu weights are 0; there "
				 "is nothing to share in proportion to",
				 count);

	mag = neg ? (enf__u128)0 - (enf__u128)(enf__i128)total
		  : (enf__u128)total;
	/* A share never exceeds mag, so every part fits once signed. */
	for (i = 0; i < count; i++) {
		enf__u128 share = mag * (enf__u128)weights[i] / sum;

		given += share;
		out_parts[i] = enf__signed_part(share, neg);
	}
	left = (size_t)(mag - given); /* < count: one unit per remainder */
	if (left == 0)
		return ENF_OK;

	t = enf__threshold(mag, weights, count, sum, left);
	left -= enf__count_at_least(mag, weights, count, sum, t + 1);
	for (i = 0; i < count; i++) {
		enf__u128 r = enf__rem(mag, weights[i], sum);

		if (r == t && left > 0)
			left--;
		else if (r <= t)
			continue;
		out_parts[i] += neg ? -1 : 1;
	}
	return ENF_OK;
}
