/*
 * The regimes of Vietnamese civil-judgment enforcement and the durations
 * each sets for the case lifecycle (see rules.h for the sources).
 */
#include "internal.h"
#include "rules_table.h"

#include "enforcement/rules.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* First day of each regime, in force dates of the laws. */
typedef struct enf__regime_start {
	enf_regime regime;
	int y, m, d;
	const char *name;
} enf__regime_start;

static const enf__regime_start enf__regimes[] = {
	{ENF_REGIME_VN2008, 2009, 7, 1, "VN-2008"},
	{ENF_REGIME_VN2014, 2015, 7, 1, "VN-2014"},
	{ENF_REGIME_VN2026, 2026, 7, 1, "VN-2026"},
};

#define ENF__REGIME_COUNT (sizeof(enf__regimes) / sizeof(enf__regimes[0]))

/*
 * Durations per regime. VN2008 and VN2014 share Art 30, 36, 44 and
 * Decree 62 Art 9(5); the voluntary period of Art 45 was 15 days in the
 * 2008 text and 10 days from the 2014 amendment (Law 64/2014), and the
 * 2008 text returned the request of a creditor whose debtor had no means
 * (Art 51, trả đơn; Vs), where the amendment brought the separate book
 * instead. VN2026:
 * Decree 152 Art 22 (24 months, request returned; V); the others keep the
 * old values because Law 106 was not checked (U).
 */
static const enf_case_rules enf__case_rules[] = {
	{ENF_CASE_RULES_VERSION, ENF_REGIME_VN2008, 5, 15, 10, 6, 12, 12, 24, 2,
	 5, 1, 0},
	{ENF_CASE_RULES_VERSION, ENF_REGIME_VN2014, 5, 10, 10, 6, 12, 12, 24, 2,
	 5, 0, 0},
	{ENF_CASE_RULES_VERSION, ENF_REGIME_VN2026, 5, 10, 10, 6, 12, 24, 24, 2,
	 5, 1, 1},
};

enf_status enf_regime_on(enf_regime *out, enf_date date)
{
	size_t i;

	ENF__CHECK_NULL("regime_on", out);
	if (!enf__date_in_range(date))
		return enf__range_fail("regime_on", "date", date);
	for (i = ENF__REGIME_COUNT; i > 0; i--) {
		const enf__regime_start *r = &enf__regimes[i - 1];

		if (date >= enf__days_from_civil(r->y, r->m, r->d)) {
			*out = r->regime;
			return ENF_OK;
		}
	}
	return enf__fail(ENF_ERANGE,
			 "regime_on: date is day %ld, before 2009-07-01 when "
			 "Law 26/2008 took effect; earlier regimes are not "
			 "modelled",
			 (long)date);
}

const char *enf_regime_name(enf_regime regime)
{
	for (size_t i = 0; i < ENF__REGIME_COUNT; i++)
		if (enf__regimes[i].regime == regime)
			return enf__regimes[i].name;
	return "unknown";
}

enf_status enf_case_rules_for(enf_case_rules *out, enf_regime regime)
{
	ENF__CHECK_NULL("case_rules_for", out);
	for (size_t i = 0; i < ENF__REGIME_COUNT; i++)
		if (enf__case_rules[i].regime == regime) {
			*out = enf__case_rules[i];
			return ENF_OK;
		}
	return enf__fail(ENF_EINVALID,
			 "case_rules_for: regime is %d; not a "
			 "regime",
			 (int)regime);
}

enf_status enf_case_rules_from(enf_case_rules *out, const enf_rulebook *book,
			       enf_regime regime)
{
	static const struct {
		const char *name;
		size_t offset;
	} fields[] = {
		{"decision_working_days",
		 offsetof(enf_case_rules, decision_working_days)},
		{"voluntary_days", offsetof(enf_case_rules, voluntary_days)},
		{"verification_days",
		 offsetof(enf_case_rules, verification_days)},
		{"reverify_months", offsetof(enf_case_rules, reverify_months)},
		{"reverify_months_special",
		 offsetof(enf_case_rules, reverify_months_special)},
		{"separate_book_months",
		 offsetof(enf_case_rules, separate_book_months)},
		{"separate_book_months_special",
		 offsetof(enf_case_rules, separate_book_months_special)},
		{"separate_book_verifications",
		 offsetof(enf_case_rules, separate_book_verifications)},
		{"limitation_years",
		 offsetof(enf_case_rules, limitation_years)},
		{"returns_request", offsetof(enf_case_rules, returns_request)},
		{"case_per_debtor", offsetof(enf_case_rules, case_per_debtor)},
	};
	enf_case_rules r;
	enf_status st = enf_case_rules_for(&r, regime);

	if (st != ENF_OK)
		return st;
	for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) {
		char id[64];
		int64_t v;

		(void)snprintf(id, sizeof id, "%s.%s", enf_regime_name(regime),
			       fields[i].name);
		if (enf__rulebook_own(&v, book, id) && v >= INT32_MIN &&
		    v <= INT32_MAX) {
			int32_t x = (int32_t)v;

			memcpy((char *)&r + fields[i].offset, &x, sizeof x);
		}
	}
	*out = r;
	return ENF_OK;
}

enf_status enf_case_rules_check(const enf_case_rules *r)
{
	const struct {
		const char *name;
		int32_t value;
	} fields[] = {
		{"decision_working_days", r ? r->decision_working_days : 0},
		{"voluntary_days", r ? r->voluntary_days : 0},
		{"verification_days", r ? r->verification_days : 0},
		{"reverify_months", r ? r->reverify_months : 0},
		{"reverify_months_special", r ? r->reverify_months_special : 0},
		{"separate_book_months", r ? r->separate_book_months : 0},
		{"separate_book_months_special",
		 r ? r->separate_book_months_special : 0},
		{"separate_book_verifications",
		 r ? r->separate_book_verifications : 0},
		{"limitation_years", r ? r->limitation_years : 0},
	};

	if (r == NULL)
		return enf__fail(ENF_EINVALID,
				 "case_rules_check: rules is NULL");
	if (enf__check_version("case_rules_check", "rules->version", r->version,
			       ENF_CASE_RULES_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if (r->regime < ENF_REGIME_VN2008 || r->regime > ENF_REGIME_VN2026)
		return enf__fail(ENF_EINVALID,
				 "case_rules_check: rules->regime is %d; not a "
				 "regime",
				 (int)r->regime);
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if (fields[i].value < 1 || fields[i].value > 1200)
			return enf__fail(ENF_EINVALID,
					 "case_rules_check: rules->%s is %ld; "
					 "it must be 1..1200",
					 fields[i].name, (long)fields[i].value);
	if ((r->returns_request != 0 && r->returns_request != 1) ||
	    (r->case_per_debtor != 0 && r->case_per_debtor != 1))
		return enf__fail(ENF_EINVALID,
				 "case_rules_check: rules->returns_request is "
				 "%d and case_per_debtor %d; flags are 0 or 1",
				 r->returns_request, r->case_per_debtor);
	return ENF_OK;
}
