/*
 * Time limits of enforcement steps that do not follow from a case's log:
 * the Tết blackout on coercion with mobilised forces (Decree 152/2026 Art
 * 42(2); Decree 62/2015 Art 13(2)) and the reply limits of a delegated
 * verification (Decree 152/2026 Art 21(5)). The numbers are fields of
 * ::enf_case_rules, never constants here.
 */
#include "internal.h"
#include "case_internal.h"
#include "lunar.h"

#include <string.h>

#define ENF__FIRST_YEAR 1900
#define ENF__LAST_YEAR	2100

/* Re-raises the failure of a call made for us, prefixed with our name
 * (the message is copied first: enf__fail() writes where it lives). */
static enf_status enf__rewrap(enf_status st, const char *fn)
{
	char inner[512];
	size_t len = strlen(enf_last_error());

	if (len >= sizeof(inner))
		len = sizeof(inner) - 1;
	memcpy(inner, enf_last_error(), len);
	inner[len] = '\0';
	return enf__fail(st, "%s: %s", fn, inner);
}

/* The blackout of one year under rules r (checked; NULL: the regime of
 * the lunar new year's day). */
static enf_status enf__blackout(enf_period *out, int year,
				const enf_case_rules *r, const char *fn)
{
	enf_case_rules own;
	int32_t tet;
	enf_status st;

	if (year < ENF__FIRST_YEAR || year > ENF__LAST_YEAR ||
	    enf__lunar_new_year(&tet, year) != 0)
		return enf__fail(ENF_ERANGE,
				 "%s: year is %d; the lunar calendar covers "
				 "%d-%d",
				 fn, year, ENF__FIRST_YEAR, ENF__LAST_YEAR);
	st = enf__case_rules_use(&own, r, tet);
	if (st != ENF_OK)
		return enf__rewrap(st, fn);
	if (own.blackout_tet_days == 0)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: the %s rules have no Tết blackout "
				 "(blackout_tet_days is 0)",
				 fn, enf_regime_name(own.regime));
	/* "15 ngày trước và sau tết": before its first day, after its last. */
	out->first = tet - own.blackout_days_before;
	out->last = tet + own.blackout_tet_days - 1 + own.blackout_days_after;
	return ENF_OK;
}

enf_status enf_coercion_blackout(enf_period *out, int year,
				 const enf_case_rules *rules)
{
	enf_period p;
	enf_status st;

	ENF__CHECK_NULL("coercion_blackout", out);
	st = enf__blackout(&p, year, rules, "coercion_blackout");
	if (st == ENF_OK)
		*out = p;
	return st;
}

enf_status enf_coercion_allowed(int *out, enf_date date,
				const enf_case_rules *rules)
{
	int y, m, d, inside = 0;
	enf_period p = {ENF_DATE_NONE, ENF_DATE_NONE};
	enf_status st;

	ENF__CHECK_NULL("coercion_allowed", out);
	if (!enf__date_in_range(date))
		return enf__range_fail("coercion_allowed", "date", date);
	enf__civil_from_days(date, &y, &m, &d);
	st = enf__blackout(&p, y, rules, "coercion_allowed");
	inside = st == ENF_OK && date >= p.first && date <= p.last;
	/* The next year's blackout may begin before its new year's day. */
	if (st == ENF_OK && !inside && y < ENF__LAST_YEAR) {
		st = enf__blackout(&p, y + 1, rules, "coercion_allowed");
		inside = st == ENF_OK && date >= p.first;
	}
	if (st == ENF_OK)
		*out = !inside;
	return st;
}

/* The rules' reply limit for a subject, in days (0: none set). */
static int32_t enf__reply_days(const enf_case_rules *r, enf_verify_subject s)
{
	switch (s) {
	case ENF_VERIFY_REGISTERED: return r->delegated_reply_days;
	case ENF_VERIFY_REGISTERED_COMPLEX:
		return r->delegated_reply_days_complex;
	case ENF_VERIFY_OTHER: return r->delegated_reply_days_other;
	default: return 0;
	}
}

enf_status enf_delegated_verification_due(enf_date *out,
					  const enf_calendar *cal,
					  enf_date received,
					  enf_verify_subject subject,
					  const enf_case_rules *rules)
{
	const char *fn = "delegated_verification_due";
	enf_case_rules own;
	enf_date due = received;
	int32_t days;
	int working;
	enf_status st;

	ENF__CHECK_NULL(fn, out);
	ENF__CHECK_NULL(fn, cal);
	if ((unsigned)subject > ENF_VERIFY_ACCOUNT)
		return enf__fail(ENF_EINVALID,
				 "%s: subject is %d; not a subject", fn,
				 (int)subject);
	if (!enf__date_in_range(received))
		return enf__range_fail(fn, "received", received);
	st = enf_calendar_is_working_day(&working, cal, received);
	if (st == ENF_OK)
		st = enf__case_rules_use(&own, rules, received);
	if (st != ENF_OK)
		return enf__rewrap(st, fn);
	/* Art 21(5)(c): accounts and provisional measures at once, under
	 * rules that have Art 21(5) at all (that set its other limits). */
	if (subject == ENF_VERIFY_ACCOUNT && own.delegated_reply_days > 0) {
		*out = received;
		return ENF_OK;
	}
	days = enf__reply_days(&own, subject);
	if (days == 0)
		return enf__fail(ENF_ENOTFOUND,
				 "%s: the %s rules set no reply limit for a "
				 "delegated verification",
				 fn, enf_regime_name(own.regime));
	st = enf_calendar_period_end(&due, cal, received, days, ENF_UNIT_DAYS);
	if (st != ENF_OK)
		return enf__rewrap(st, fn);
	*out = due;
	return ENF_OK;
}
