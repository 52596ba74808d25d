/*
 * Civil dates as day numbers (days since 1970-01-01, proleptic Gregorian),
 * with the month arithmetic of Civil Code Art 148(1)(c).
 */
#include "internal.h"
#include "lunar.h"

#include <stdio.h>
#include <string.h>

/* Day number of y-m-d; y-m-d must be valid. Howard Hinnant's
 * days_from_civil: years are shifted to start in March so the leap day is
 * last. */
/* The constant form agrees with the function (days from 1970-01-01). */
_Static_assert(ENF__DAYS_FROM_CIVIL(1970, 1, 1) == 0, "epoch");
_Static_assert(ENF__DAYS_FROM_CIVIL(2000, 3, 1) == 11017, "after a leap day");
_Static_assert(ENF__DAYS_FROM_CIVIL(2024, 2, 29) == 19782, "a leap day");
_Static_assert(ENF__DAYS_FROM_CIVIL(2026, 7, 1) == 20635, "Law 106/2025");
_Static_assert(ENF__DAYS_FROM_CIVIL(1900, 1, 1) == -25567, "1900");

int32_t enf__days_from_civil(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The inverse of enf__days_from_civil for any int32 in range. */
void enf__civil_from_days(int32_t z, int *y, int *m, int *d)
{
	int era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

int enf__is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int enf__month_days(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30,
				     31, 31, 30, 31, 30, 31};

	return m == 2 && enf__is_leap(y) ? 29 : days[m - 1];
}

/* Weekday of a valid day number: 1970-01-01 was a Thursday. */
enf_weekday enf__weekday(enf_date d)
{
	return (enf_weekday)(((d % 7) + 7 + 3) % 7 + 1);
}

const char *enf__date_problem(char *buf, size_t size, const char *field,
			      enf_date d)
{
	if (d == ENF_DATE_NONE)
		(void)snprintf(buf, size,
			       "%s is missing (no date); give a date from "
			       "0001-01-01 to 9999-12-31",
			       field);
	else
		(void)snprintf(buf, size,
			       "%s is %s, not a date from 0001-01-01 to "
			       "9999-12-31",
			       field, enf__date_shown(d).s);
	return buf;
}

enf_status enf__date_fail(enf_status status, const char *fn, const char *field,
			  enf_date d)
{
	char why[160];

	return enf__fail(status, "%s: %s", fn,
			 enf__date_problem(why, sizeof why, field, d));
}

enf_status enf__range_fail(const char *fn, const char *field, enf_date d)
{
	return enf__date_fail(ENF_ERANGE, fn, field, d);
}

int enf_date_valid(int year, int month, int day)
{
	return year >= 1 && year <= 9999 && month >= 1 && month <= 12 &&
	       day >= 1 && day <= enf__month_days(year, month);
}

enf_status enf_date_from_ymd(enf_date *out, int year, int month, int day)
{
	ENF__CHECK_NULL("date_from_ymd", out);
	if (!enf_date_valid(year, month, day))
		return enf__fail(ENF_ERANGE,
				 "date_from_ymd: %04d-%02d-%02d is not a date "
				 "between 0001-01-01 and 9999-12-31",
				 year, month, day);
	*out = enf__days_from_civil(year, month, day);
	return ENF_OK;
}

enf_status enf_date_to_ymd(int *year, int *month, int *day, enf_date date)
{
	ENF__CHECK_NULL("date_to_ymd", year);
	ENF__CHECK_NULL("date_to_ymd", month);
	ENF__CHECK_NULL("date_to_ymd", day);
	if (!enf__date_in_range(date))
		return enf__range_fail("date_to_ymd", "date", date);
	enf__civil_from_days(date, year, month, day);
	return ENF_OK;
}

enf_status enf_date_days_in_month(int *out, int year, int month)
{
	ENF__CHECK_NULL("date_days_in_month", out);
	if (year < 1 || year > 9999 || month < 1 || month > 12)
		return enf__fail(ENF_ERANGE,
				 "date_days_in_month: year %d month %d is "
				 "outside 1..9999, 1..12",
				 year, month);
	*out = enf__month_days(year, month);
	return ENF_OK;
}

enf_status enf_date_weekday(enf_weekday *out, enf_date date)
{
	ENF__CHECK_NULL("date_weekday", out);
	if (!enf__date_in_range(date))
		return enf__range_fail("date_weekday", "date", date);
	*out = enf__weekday(date);
	return ENF_OK;
}

enf_status enf_date_add_days(enf_date *out, enf_date date, int32_t days)
{
	int64_t r = (int64_t)date + days;

	ENF__CHECK_NULL("date_add_days", out);
	if (!enf__date_in_range(date))
		return enf__range_fail("date_add_days", "date", date);
	if (r < ENF_DATE_MIN || r > ENF_DATE_MAX)
		return enf__fail(ENF_ERANGE,
				 "date_add_days: %s + %ld days falls "
				 "outside 0001-01-01..9999-12-31",
				 enf__date_shown(date).s, (long)days);
	*out = (enf_date)r;
	return ENF_OK;
}

/* Adds months with the end-of-month clamp; -1 if the result leaves range. */
int enf__add_months(enf_date *out, enf_date date, int64_t months)
{
	int y, m, d, dim;
	int64_t idx;

	enf__civil_from_days(date, &y, &m, &d);
	idx = (int64_t)y * 12 + (m - 1) + months;
	if (idx < 12 || idx > 9999 * 12 + 11)
		return -1;
	y = (int)(idx / 12);
	m = (int)(idx % 12) + 1;
	dim = enf__month_days(y, m);
	*out = enf__days_from_civil(y, m, d > dim ? dim : d);
	return 0;
}

enf_status enf_date_add_months(enf_date *out, enf_date date, int32_t months)
{
	ENF__CHECK_NULL("date_add_months", out);
	if (!enf__date_in_range(date))
		return enf__range_fail("date_add_months", "date", date);
	if (enf__add_months(out, date, months) != 0)
		return enf__fail(ENF_ERANGE,
				 "date_add_months: %s + %ld months falls "
				 "outside 0001-01-01..9999-12-31",
				 enf__date_shown(date).s, (long)months);
	return ENF_OK;
}

enf_status enf_date_format(char *buf, size_t size, enf_date date,
			   enf_locale locale)
{
	char text[16];
	int y, m, d;

	ENF__CHECK_NULL("date_format", buf);
	if (locale != ENF_LOCALE_VI && locale != ENF_LOCALE_EN &&
	    locale != ENF_LOCALE_PLAIN)
		return enf__fail(ENF_EINVALID,
				 "date_format: locale is %d; not a locale",
				 (int)locale);
	if (!enf__date_in_range(date))
		return enf__range_fail("date_format", "date", date);
	enf__civil_from_days(date, &y, &m, &d);
	if (locale == ENF_LOCALE_VI)
		(void)snprintf(text, sizeof(text), "%02d/%02d/%04d", d, m, y);
	else
		(void)snprintf(text, sizeof(text), "%04d-%02d-%02d", y, m, d);
	return enf__emit(buf, size, text, "date_format");
}

/* Reads 1..max digits; returns the count read (0 on none). */
static int enf__digits(const char **s, int max, int *v)
{
	int n = 0;

	*v = 0;
	while (n < max && **s >= '0' && **s <= '9') {
		*v = *v * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n;
}

int enf__date_iso(enf_date *out, const char *s)
{
	/* Ten bytes, each checked by its place: no loop, no strlen (every
	 * event row has a date). */
	unsigned d0 = (unsigned)s[0] - '0', d1, d2, d3, m0, m1, e0, e1;
	int y, m, d;

	if (d0 > 9 || (d1 = (unsigned)s[1] - '0') > 9 ||
	    (d2 = (unsigned)s[2] - '0') > 9 ||
	    (d3 = (unsigned)s[3] - '0') > 9 || s[4] != '-' ||
	    (m0 = (unsigned)s[5] - '0') > 9 ||
	    (m1 = (unsigned)s[6] - '0') > 9 || s[7] != '-' ||
	    (e0 = (unsigned)s[8] - '0') > 9 ||
	    (e1 = (unsigned)s[9] - '0') > 9 || s[10] != '\0')
		return -1;
	y = (int)(d0 * 1000 + d1 * 100 + d2 * 10 + d3);
	m = (int)(m0 * 10 + m1);
	d = (int)(e0 * 10 + e1);
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > enf__month_days(y, m))
		return -1;
	*out = enf__days_from_civil(y, m, d);
	return 0;
}

int enf__date_scan(enf_date *out, const char *text)
{
	const char *s = text;
	int a = 0, b = 0, c = 0, ok, y, m, d;

	ok = enf__digits(&s, 4, &a) > 0;
	if (ok && s - text == 4 && *s == '-') { /* YYYY-MM-DD */
		s++;
		ok = enf__digits(&s, 2, &b) == 2 && *s++ == '-' &&
		     enf__digits(&s, 2, &c) == 2;
		y = a, m = b, d = c;
	} else { /* D/M/YYYY */
		ok = ok && s - text <= 2 && *s++ == '/' &&
		     enf__digits(&s, 2, &b) > 0 && *s++ == '/' &&
		     enf__digits(&s, 4, &c) == 4;
		y = c, m = b, d = a;
	}
	if (!ok || *s != '\0' || !enf_date_valid(y, m, d))
		return -1;
	*out = enf__days_from_civil(y, m, d);
	return 0;
}

enf_status enf_date_parse(enf_date *out, const char *text)
{
	ENF__CHECK_NULL("date_parse", out);
	ENF__CHECK_NULL("date_parse", text);
	if (enf__date_scan(out, text) != 0)
		return enf__fail(ENF_EPARSE,
				 "date_parse: text \"%.*s\" is not a date as "
				 "YYYY-MM-DD or DD/MM/YYYY",
				 enf__utf8_prefix(text, 40), text);
	return ENF_OK;
}

enf_status enf_lunar_from_date(enf_lunar_date *out, enf_date date)
{
	enf__lunar_date l;

	ENF__CHECK_NULL("lunar_from_date", out);
	if (enf__lunar_from_solar(&l, date) != 0)
		return enf__fail(ENF_ERANGE,
				 "lunar_from_date: date is %s; the lunar "
				 "calendar covers 1900-01-01..2100-12-31",
				 enf__date_shown(date).s);
	out->year = l.year, out->month = l.month, out->day = l.day;
	out->leap = l.leap;
	return ENF_OK;
}

enf_status enf_lunar_to_date(enf_date *out, const enf_lunar_date *lunar)
{
	int32_t day;

	ENF__CHECK_NULL("lunar_to_date", out);
	ENF__CHECK_NULL("lunar_to_date", lunar);
	if (enf__lunar_to_solar(&day, lunar->year, lunar->month, lunar->day,
				lunar->leap) != 0)
		return enf__fail(ENF_ERANGE,
				 "lunar_to_date: lunar %d-%02d-%02d%s does not "
				 "exist or is outside 1900-2100",
				 lunar->year, lunar->month, lunar->day,
				 lunar->leap ? " (leap month)" : "");
	*out = day;
	return ENF_OK;
}

const char *enf__date_text(char *buf, size_t size, enf_date d)
{
	if (d == ENF_DATE_NONE ||
	    enf_date_format(buf, size, d, ENF_LOCALE_EN) != ENF_OK)
		buf[0] = '\0';
	return buf;
}

enf__shown_date enf__date_shown(enf_date d)
{
	enf__shown_date t;

	if (d == ENF_DATE_NONE)
		(void)snprintf(t.s, sizeof(t.s), "no date");
	else if (!enf__date_in_range(d))
		(void)snprintf(t.s, sizeof(t.s), "day %ld", (long)d);
	else
		(void)enf__date_text(t.s, sizeof(t.s), d);
	return t;
}
