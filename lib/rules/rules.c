/*
 * The regimes of Vietnamese civil-judgment enforcement and the durations
 * each sets for the case lifecycle (see rules.h for the sources): the
 * figures are rows of the rules catalogue (rules_data_case.c,
 * rules_data_calendar.c), read here into an enf_case_rules.
 */
#include "internal.h"
#include "rules_table.h"
#include "trail_internal.h" /* enf__err_save() */

#include "enforcement/rules.h"

#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* First day of each regime, in force dates of the laws. */
typedef struct enf__regime_start {
	enf_regime regime;
	enf_date first; /* its first day; every event asks for its regime */
	const char *name;
} enf__regime_start;

static const enf__regime_start enf__regimes[] = {
	{ENF_REGIME_VN2008, ENF__DAYS_FROM_CIVIL(2009, 7, 1), "VN-2008"},
	{ENF_REGIME_VN2014, ENF__DAYS_FROM_CIVIL(2015, 7, 1), "VN-2014"},
	{ENF_REGIME_VN2026, ENF__DAYS_FROM_CIVIL(2026, 7, 1), "VN-2026"},
};

#define ENF__REGIME_COUNT (sizeof(enf__regimes) / sizeof(enf__regimes[0]))

enf_status enf_regime_on(enf_regime *out, enf_date date)
{
	size_t i;

	ENF__CHECK_NULL("regime_on", out);
	if (!enf__date_in_range(date))
		return enf__range_fail("regime_on", "date", date);
	for (i = ENF__REGIME_COUNT; i > 0; i--) {
		const enf__regime_start *r = &enf__regimes[i - 1];

		if (date >= r->first) {
			*out = r->regime;
			return ENF_OK;
		}
	}
	return enf__fail(ENF_ERANGE,
			 "regime_on: date is %s, before 2009-07-01 when "
			 "Law 26/2008 took effect; earlier regimes are not "
			 "modelled",
			 enf__date_shown(date).s);
}

enf_regime enf__regime_of(enf_date d)
{
	for (size_t i = ENF__REGIME_COUNT; i > 0; i--) {
		const enf__regime_start *r = &enf__regimes[i - 1];

		if (d >= r->first)
			return r->regime;
	}
	return ENF_REGIME_VN2008;
}

const char *enf_regime_name(enf_regime regime)
{
	for (size_t i = 0; i < ENF__REGIME_COUNT; i++)
		if (enf__regimes[i].regime == regime)
			return enf__regimes[i].name;
	return "unknown";
}

/*
 * The fields of enf_case_rules, each read from the catalogue row
 * "<regime>.<name>" (rules_data_case.c, rules_data_calendar.c), with the
 * struct version that has it and the range enf_case_rules_check() allows.
 * Every field is an int32_t or an int of the same size.
 */
typedef struct enf__case_field {
	const char *name;
	size_t offset;
	unsigned int version;
	int32_t lo, hi;
} enf__case_field;

_Static_assert(sizeof(int) == sizeof(int32_t),
	       "the flags of enf_case_rules are set as int32_t");

#define ENF__FIELD(name, version, lo, hi)                                      \
	{                                                                      \
#name, offsetof(enf_case_rules, name), version, lo, hi         \
	}

static const enf__case_field enf__case_fields[] = {
	ENF__FIELD(decision_working_days, 1, 1, 1200),
	ENF__FIELD(voluntary_days, 1, 1, 1200),
	ENF__FIELD(verification_days, 1, 1, 1200),
	ENF__FIELD(reverify_months, 1, 1, 1200),
	ENF__FIELD(reverify_months_special, 1, 1, 1200),
	ENF__FIELD(separate_book_months, 1, 1, 1200),
	ENF__FIELD(separate_book_months_special, 1, 1, 1200),
	ENF__FIELD(separate_book_verifications, 1, 1, 1200),
	ENF__FIELD(limitation_years, 1, 1, 1200),
	ENF__FIELD(returns_request, 1, 0, 1),
	ENF__FIELD(case_per_debtor, 1, 0, 1),
	/* Version 2: 0 where the regime has no such rule. */
	ENF__FIELD(verification_from_decision, 2, 0, 1),
	ENF__FIELD(separate_book, 2, 0, 1),
	ENF__FIELD(limitation_after_return, 2, 0, 1),
	ENF__FIELD(blackout_days_before, 2, 0, 120),
	ENF__FIELD(blackout_days_after, 2, 0, 120),
	ENF__FIELD(blackout_tet_days, 2, 0, 30),
	ENF__FIELD(delegated_reply_days, 2, 0, 1200),
	ENF__FIELD(delegated_reply_days_complex, 2, 0, 1200),
	ENF__FIELD(delegated_reply_days_other, 2, 0, 1200),
};

#define ENF__CASE_FIELDS                                                       \
	(sizeof(enf__case_fields) / sizeof(enf__case_fields[0]))

static int32_t enf__field_get(const enf_case_rules *r, const enf__case_field *f)
{
	int32_t v;

	memcpy(&v, (const char *)r + f->offset, sizeof(v));
	return v;
}

/* The first day of a regime, or ENF_DATE_NONE for no regime. */
static enf_date enf__regime_first(enf_regime regime)
{
	for (size_t i = 0; i < ENF__REGIME_COUNT; i++)
		if (enf__regimes[i].regime == regime)
			return enf__regimes[i].first;
	return ENF_DATE_NONE;
}

/*
 * One field from the book's own row of the id (whatever its dates: a
 * regime's rules hold one value), else from the built-in row in force on
 * the regime's first day.
 */
static enf_status enf__field_read(enf_case_rules *r, const enf__case_field *f,
				  const enf_rulebook *book, enf_date first,
				  const char *fn)
{
	char id[64];
	int64_t v = 0;
	int32_t x;
	enf_status st = ENF_OK;

	(void)snprintf(id, sizeof(id), "%s.%s", enf_regime_name(r->regime),
		       f->name);
	if (!enf__rulebook_own(&v, book, id))
		st = enf__rule_value(&v, NULL, NULL, id, first, fn);
	if (st != ENF_OK)
		return st;
	if (v < f->lo || v > f->hi)
		return enf__fail(ENF_ERANGE,
				 "%s: rule %s is %" PRId64
				 "; the case rules allow %ld..%ld",
				 fn, id, v, (long)f->lo, (long)f->hi);
	x = (int32_t)v;
	memcpy((char *)r + f->offset, &x, sizeof(x));
	return ENF_OK;
}

static enf_status enf__rules_read(enf_case_rules *out, const enf_rulebook *book,
				  enf_regime regime, const char *fn)
{
	enf_date first = enf__regime_first(regime);
	enf_case_rules r;
	enf_status st = ENF_OK;

	ENF__CHECK_NULL(fn, out);
	if (first == ENF_DATE_NONE)
		return enf__fail(ENF_EINVALID, "%s: regime is %d; not a regime",
				 fn, (int)regime);
	memset(&r, 0, sizeof(r));
	r.version = ENF_CASE_RULES_VERSION;
	r.regime = regime;
	for (size_t i = 0; i < ENF__CASE_FIELDS && st == ENF_OK; i++)
		st = enf__field_read(&r, &enf__case_fields[i], book, first, fn);
	if (st == ENF_OK)
		*out = r;
	return st;
}

enf_status enf_case_rules_init(enf_case_rules *rules, unsigned int version)
{
	static const enf_case_rules def = ENF_CASE_RULES_INIT;

	ENF__CHECK_NULL("case_rules_init", rules);
	if (enf__check_version("case_rules_init", "version", version,
			       ENF_CASE_RULES_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*rules = def;
	rules->version = version;
	return ENF_OK;
}

enf_status enf_case_rules_for(enf_case_rules *out, enf_regime regime)
{
	return enf__rules_read(out, NULL, regime, "case_rules_for");
}

enf_status enf_case_rules_from(enf_case_rules *out, const enf_rulebook *book,
			       enf_regime regime)
{
	return enf__rules_read(out, book, regime, "case_rules_from");
}

enf_status enf_case_rules_check(const enf_case_rules *r)
{
	if (r == NULL)
		return enf__fail(ENF_EINVALID,
				 "case_rules_check: rules is NULL");
	if (enf__check_version("case_rules_check", "version", r->version,
			       ENF_CASE_RULES_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if (r->regime < ENF_REGIME_VN2008 || r->regime > ENF_REGIME_VN2026)
		return enf__fail(ENF_EINVALID,
				 "case_rules_check: regime is %d; not a "
				 "regime",
				 (int)r->regime);
	/* A version 1 value ends before the fields version 2 added. */
	for (size_t i = 0; i < ENF__CASE_FIELDS; i++) {
		const enf__case_field *f = &enf__case_fields[i];
		int32_t v;

		if (f->version > r->version)
			break;
		v = enf__field_get(r, f);
		if (v < f->lo || v > f->hi)
			return enf__fail(ENF_EINVALID,
					 "case_rules_check: %s is %ld; "
					 "it must be %ld..%ld",
					 f->name, (long)v, (long)f->lo,
					 (long)f->hi);
	}
	return ENF_OK;
}

int enf__trail_new_law(const enf_rulebook *book, enf_date date)
{
	enf__err_keep keep;
	int64_t regime;

	if (date == ENF_DATE_NONE || !enf__date_in_range(date))
		return 0;
	/* No row before Law 26/2008 took effect (1 Jul 2009): the old law's
	 * citations are the nearest. */
	enf__err_save(&keep);
	if (enf__rule_value(&regime, NULL, book, "VN.regime", date, "regime") !=
	    ENF_OK) {
		enf__err_restore(&keep);
		return 0;
	}
	return regime >= 2026;
}
