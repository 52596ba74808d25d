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
 * 2008 text and 10 days from the 2014 amendment (Law 64/2014). The 2008
 * text (Vs) counted the first verification from the decision (Art 44(1)-
 * (2)), had no separate book (it came with Decree 62/2015) and returned
 * the request of a creditor whose debtor had no means (Art 51, trả đơn);
 * its re-verification intervals, the time of the return and whether the
 * limitation still ran after it are U, so the 2014 values are kept. The
 * Tết blackout: Decree 62/2015 Art 13(2) (Vs), Decree 152/2026 Art 42(2)
 * (V); before 2015 U. VN2026: Decree 152 Art 22 (24 months, request
 * returned; V), Art 21(5) (delegated verification; V), Law 106 Art 34(2)
 * (no limitation on a request filed again after its return; Vs); the
 * others keep the old values because Law 106 was not checked (U).
 */
static const enf_case_rules enf__case_rules[] = {
	{
		.version = ENF_CASE_RULES_VERSION,
		.regime = ENF_REGIME_VN2008,
		.decision_working_days = 5,
		.voluntary_days = 15,
		.verification_days = 10,
		.reverify_months = 6,
		.reverify_months_special = 12,
		.separate_book_months = 12,
		.separate_book_months_special = 24,
		.separate_book_verifications = 2,
		.limitation_years = 5,
		.returns_request = 1,
		.verification_from_decision = 1,
		.limitation_after_return = 1,
		.blackout_days_before = 15,
		.blackout_days_after = 15,
		.blackout_tet_days = 3,
	},
	{
		.version = ENF_CASE_RULES_VERSION,
		.regime = ENF_REGIME_VN2014,
		.decision_working_days = 5,
		.voluntary_days = 10,
		.verification_days = 10,
		.reverify_months = 6,
		.reverify_months_special = 12,
		.separate_book_months = 12,
		.separate_book_months_special = 24,
		.separate_book_verifications = 2,
		.limitation_years = 5,
		.separate_book = 1,
		.limitation_after_return = 1,
		.blackout_days_before = 15,
		.blackout_days_after = 15,
		.blackout_tet_days = 3,
	},
	{
		.version = ENF_CASE_RULES_VERSION,
		.regime = ENF_REGIME_VN2026,
		.decision_working_days = 5,
		.voluntary_days = 10,
		.verification_days = 10,
		.reverify_months = 6,
		.reverify_months_special = 12,
		.separate_book_months = 24,
		.separate_book_months_special = 24,
		.separate_book_verifications = 2,
		.limitation_years = 5,
		.returns_request = 1,
		.case_per_debtor = 1,
		.separate_book = 1,
		.blackout_days_before = 15,
		.blackout_days_after = 15,
		.blackout_tet_days = 3,
		.delegated_reply_days = 30,
		.delegated_reply_days_complex = 45,
		.delegated_reply_days_other = 15,
	},
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

/* A field of the rules with the range it must lie in. */
typedef struct enf__rules_field {
	const char *name;
	int32_t value;
	int32_t lo, hi;
} enf__rules_field;

static enf_status enf__check_fields(const enf__rules_field *f, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (f[i].value < f[i].lo || f[i].value > f[i].hi)
			return enf__fail(ENF_EINVALID,
					 "case_rules_check: rules->%s is %ld; "
					 "it must be %ld..%ld",
					 f[i].name, (long)f[i].value,
					 (long)f[i].lo, (long)f[i].hi);
	return ENF_OK;
}

/* The fields of version 1: durations 1..1200, two flags. */
static enf_status enf__check_v1(const enf_case_rules *r)
{
	const enf__rules_field fields[] = {
		{"decision_working_days", r->decision_working_days, 1, 1200},
		{"voluntary_days", r->voluntary_days, 1, 1200},
		{"verification_days", r->verification_days, 1, 1200},
		{"reverify_months", r->reverify_months, 1, 1200},
		{"reverify_months_special", r->reverify_months_special, 1,
		 1200},
		{"separate_book_months", r->separate_book_months, 1, 1200},
		{"separate_book_months_special",
		 r->separate_book_months_special, 1, 1200},
		{"separate_book_verifications", r->separate_book_verifications,
		 1, 1200},
		{"limitation_years", r->limitation_years, 1, 1200},
		{"returns_request", r->returns_request, 0, 1},
		{"case_per_debtor", r->case_per_debtor, 0, 1},
	};

	return enf__check_fields(fields, sizeof(fields) / sizeof(fields[0]));
}

/* The fields added by version 2: flags, and day counts where 0 means the
 * regime has no such rule. */
static enf_status enf__check_v2(const enf_case_rules *r)
{
	const enf__rules_field fields[] = {
		{"verification_from_decision", r->verification_from_decision, 0,
		 1},
		{"separate_book", r->separate_book, 0, 1},
		{"limitation_after_return", r->limitation_after_return, 0, 1},
		{"blackout_days_before", r->blackout_days_before, 0, 120},
		{"blackout_days_after", r->blackout_days_after, 0, 120},
		{"blackout_tet_days", r->blackout_tet_days, 0, 30},
		{"delegated_reply_days", r->delegated_reply_days, 0, 1200},
		{"delegated_reply_days_complex",
		 r->delegated_reply_days_complex, 0, 1200},
		{"delegated_reply_days_other", r->delegated_reply_days_other, 0,
		 1200},
	};

	return enf__check_fields(fields, sizeof(fields) / sizeof(fields[0]));
}

enf_status enf_case_rules_check(const enf_case_rules *r)
{
	enf_status st;

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
	st = enf__check_v1(r);
	if (st == ENF_OK && r->version >= 2)
		st = enf__check_v2(r);
	return st;
}
