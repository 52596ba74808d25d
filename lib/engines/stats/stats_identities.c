/*
 * The identities between the rows of the indicator table (stats.h): one
 * list, used to prove a report's cells (enf_stats_report_check()) and to
 * check a published table whose rows are only partly known
 * (enf_stats_identities()).
 */
#include "internal.h"
#include "stats_internal.h"

#include <stdio.h>

/* left = sum of sign[i] x right[i] over the first n terms. */
typedef struct enf__identity {
	const char *name;  /* with the row tokens, for enf_stats_identity */
	const char *left;  /* the left row in words, for messages */
	const char *right; /* the right side in words */
	enf_indicator row;
	enf_indicator terms[4];
	int sign[4];
	int n;
} enf__identity;

static const enf__identity enf__identities[ENF_STATS_IDENTITY_COUNT] = {
	{"total = carried_over + received",
	 "total",
	 "carried over + received",
	 ENF_IND_TOTAL,
	 {ENF_IND_CARRIED_OVER, ENF_IND_RECEIVED},
	 {1, 1},
	 2},
	{"to_enforce = total - entrusted - withdrawn",
	 "to enforce",
	 "total - entrusted - withdrawn",
	 ENF_IND_TO_ENFORCE,
	 {ENF_IND_TOTAL, ENF_IND_ENTRUSTED, ENF_IND_WITHDRAWN},
	 {1, -1, -1},
	 3},
	{"to_enforce = with_means + without_means + separate_book + returned",
	 "to enforce",
	 "with means + without means + separate book + returned",
	 ENF_IND_TO_ENFORCE,
	 {ENF_IND_WITH_MEANS, ENF_IND_WITHOUT_MEANS, ENF_IND_SEPARATE_BOOK,
	  ENF_IND_RETURNED},
	 {1, 1, 1, 1},
	 4},
	{"with_means = done + being_enforced + postponed_agreement + "
	 "with_means_other",
	 "with means",
	 "done + being enforced + postponed by agreement + other",
	 ENF_IND_WITH_MEANS,
	 {ENF_IND_DONE, ENF_IND_BEING_ENFORCED, ENF_IND_POSTPONED_AGREEMENT,
	  ENF_IND_WITH_MEANS_OTHER},
	 {1, 1, 1, 1},
	 4},
	{"carried_next = to_enforce - done",
	 "carried to next period",
	 "to enforce - done",
	 ENF_IND_CARRIED_NEXT,
	 {ENF_IND_TO_ENFORCE, ENF_IND_DONE},
	 {1, -1},
	 2},
};

/* Left minus right of identity k over rows v (all known); 128 bits, so
 * no sum of int64 figures overflows. */
static enf__i128 enf__identity_gap(const enf__identity *k, const int64_t *v)
{
	enf__i128 d = v[k->row];

	for (int i = 0; i < k->n; i++)
		d -= (enf__i128)k->sign[i] * v[k->terms[i]];
	return d;
}

int enf__stats_identities_verify(const int64_t *v, char *why, size_t size)
{
	for (size_t k = 0; k < ENF_STATS_IDENTITY_COUNT; k++) {
		const enf__identity *id = &enf__identities[k];

		if (enf__identity_gap(id, v) != 0) {
			(void)snprintf(why, size, "%s (%lld) is not %s",
				       id->left, (long long)v[id->row],
				       id->right);
			return -1;
		}
	}
	return 0;
}

/* Checks one identity over rows where -1 is unknown. */
static void enf__identity_check(enf_stats_identity *out,
				const enf__identity *id, const int64_t *rows)
{
	enf__i128 d;

	out->name = id->name;
	out->result = ENF_IDENTITY_UNCHECKED;
	out->difference = 0;
	if (rows[id->row] < 0)
		return;
	for (int i = 0; i < id->n; i++)
		if (rows[id->terms[i]] < 0)
			return;
	d = enf__identity_gap(id, rows);
	out->result = d == 0 ? ENF_IDENTITY_HOLDS : ENF_IDENTITY_FAILS;
	out->difference = d > INT64_MAX	  ? INT64_MAX
			  : d < INT64_MIN ? INT64_MIN
					  : (int64_t)d;
}

enf_status enf_stats_identities(enf_stats_identity *out, size_t cap,
				size_t *count, const int64_t *rows,
				size_t nrows)
{
	static const char fn[] = "stats_identities";

	ENF__CHECK_NULL(fn, count);
	ENF__CHECK_NULL(fn, rows);
	if (nrows != ENF_IND_COUNT)
		return enf__fail(ENF_EINVALID,
				 "%s: rows holds %zu figures; the table has "
				 "%d rows",
				 fn, nrows, (int)ENF_IND_COUNT);
	for (size_t r = 0; r < nrows; r++)
		if (rows[r] < -1)
			return enf__fail(ENF_EINVALID,
					 "%s: rows[%zu] (%s) is %lld; a figure "
					 "is 0 or more, or -1 when unknown",
					 fn, r, enf__stats_row_tokens[r],
					 (long long)rows[r]);
	*count = ENF_STATS_IDENTITY_COUNT;
	if (cap < ENF_STATS_IDENTITY_COUNT)
		return enf__fail(ENF_EBUFSIZE,
				 "%s: %zu identities do not fit in %zu", fn,
				 (size_t)ENF_STATS_IDENTITY_COUNT, cap);
	ENF__CHECK_NULL(fn, out);
	for (size_t k = 0; k < ENF_STATS_IDENTITY_COUNT; k++)
		enf__identity_check(&out[k], &enf__identities[k], rows);
	return ENF_OK;
}
