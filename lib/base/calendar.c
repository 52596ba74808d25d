/*
 * The working-day calendar: one 16-bit cell per day from 1900 to 2100
 * holding "day off" and a holiday name, filled once at creation from the
 * weekend, the computed holiday rules and the official tables, so that
 * every query afterwards is a lookup and the object is read-only (safe to
 * share between threads).
 */
#include "internal.h"
#include "holidays.h"
#include "lunar.h"

#include <stdlib.h>
#include <string.h>

#define ENF__CAL_FIRST_YEAR 1900
#define ENF__CAL_LAST_YEAR  2100
#define ENF__CAL_YEARS	    (ENF__CAL_LAST_YEAR - ENF__CAL_FIRST_YEAR + 1)
#define ENF__CAL_DAYS	    (ENF_LUNAR_DATE_MAX - ENF_LUNAR_DATE_MIN + 1)
#define ENF__OFF	    0x8000u
#define ENF__NAME_MASK	    0x7fffu

struct enf_calendar {
	unsigned int weekend;
	enf_holidays holidays;
	uint16_t *days; /* ENF__CAL_DAYS cells from 1900-01-01 */
	unsigned char has_table[ENF__CAL_YEARS];
	char **names; /* loaded names; cell name i >= STATIC_COUNT */
	size_t name_count, name_cap;
};

static int enf__is_weekend(const enf_calendar *cal, enf_date d)
{
	return (cal->weekend & ENF_WEEKEND_BIT(enf__weekday(d))) != 0;
}

static uint16_t *enf__cell(enf_calendar *cal, enf_date d)
{
	return &cal->days[d - ENF_LUNAR_DATE_MIN];
}

/* Marks d as a day off with a name, unless it already has a name. */
static void enf__mark(enf_calendar *cal, enf_date d, int name)
{
	uint16_t *c;

	if (d < ENF_LUNAR_DATE_MIN || d > ENF_LUNAR_DATE_MAX)
		return;
	c = enf__cell(cal, d);
	if ((*c & ENF__NAME_MASK) == 0)
		*c = (uint16_t)(ENF__OFF | (unsigned)name);
}

/* Resets a year to weekends only. */
static void enf__reset_year(enf_calendar *cal, int y)
{
	enf_date d = enf__days_from_civil(y, 1, 1);
	enf_date end = enf__days_from_civil(y, 12, 31);

	for (; d <= end; d++)
		*enf__cell(cal, d) = enf__is_weekend(cal, d) ? ENF__OFF : 0;
}

/* The first day of a computed rule in year y, or 0 with *n = 0 if none. */
static enf_date enf__rule_start(const enf__holiday_rule *r, int y, int *n)
{
	int32_t d = 0;

	*n = 1;
	switch (r->kind) {
	case ENF__RULE_SOLAR: return enf__days_from_civil(y, r->month, r->day);
	case ENF__RULE_LUNAR:
		if (enf__lunar_to_solar(&d, y, r->month, r->day, 0) != 0)
			*n = 0;
		return d;
	case ENF__RULE_LUNAR_NEW_YEAR:
		if (enf__lunar_new_year(&d, y) != 0)
			*n = 0;
		*n = *n ? r->days : 0;
		return d - 1;
	case ENF__RULE_NATIONAL_ADJACENT:
		d = enf__days_from_civil(y, r->month, r->day);
		return d + enf__vn_national_adjacent[enf__weekday(d) - 1];
	}
	*n = 0;
	return 0;
}

/*
 * Computed holidays of year y (Labour Code Art 112), then the compensatory
 * days of Art 111(3): each holiday on a weekend day moves a day off to the
 * next day that is neither weekend nor holiday.
 */
static void enf__compute_year(enf_calendar *cal, int y)
{
	enf_date first = enf__days_from_civil(y, 1, 1);
	enf_date last = enf__days_from_civil(y, 12, 31);
	int owed = 0;

	for (size_t i = 0; i < enf__vn_rule_count; i++) {
		const enf__holiday_rule *r = &enf__vn_rules[i];
		int n;
		enf_date d;

		if (y < r->from_year || y > r->to_year)
			continue;
		d = enf__rule_start(r, y, &n);
		for (int k = 0; k < n; k++)
			enf__mark(cal, d + k, r->name);
	}
	for (enf_date d = first; d <= last + 7 && d <= ENF_LUNAR_DATE_MAX;
	     d++) {
		uint16_t c = *enf__cell(cal, d);
		int named = (c & ENF__NAME_MASK) != 0;

		if (d <= last && named && enf__is_weekend(cal, d))
			owed++;
		else if (owed > 0 && !named && !enf__is_weekend(cal, d)) {
			enf__mark(cal, d, ENF__NAME_COMPENSATORY);
			owed--;
		}
	}
}

enf_status enf_calendar_options_init(enf_calendar_options *opts,
				     unsigned int version)
{
	enf_calendar_options def = ENF_CALENDAR_OPTIONS_INIT;

	ENF__CHECK_NULL("calendar_options_init", opts);
	if (enf__check_version("calendar_options_init", "version", version,
			       ENF_CALENDAR_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	*opts = def;
	opts->version = version;
	return ENF_OK;
}

static enf_status enf__check_options(const enf_calendar_options *o)
{
	if (enf__check_version("calendar_new", "version", o->version,
			       ENF_CALENDAR_OPTIONS_VERSION) != ENF_OK)
		return ENF_EVERSION;
	if (o->weekend >= 0x7fu)
		return enf__fail(ENF_EINVALID,
				 "calendar_new: weekend is 0x%x; it must "
				 "leave at least one working weekday and use "
				 "bits 0-6 only",
				 o->weekend);
	if (o->holidays != ENF_HOLIDAYS_NONE && o->holidays != ENF_HOLIDAYS_VN)
		return enf__fail(ENF_EINVALID,
				 "calendar_new: holidays is %d; not a "
				 "holiday set",
				 (int)o->holidays);
	return ENF_OK;
}

enf_status enf_calendar_new(enf_calendar **out,
			    const enf_calendar_options *opts)
{
	enf_calendar_options def = ENF_CALENDAR_OPTIONS_INIT;
	enf_calendar *cal;
	enf_status st;

	ENF__CHECK_NULL("calendar_new", out);
	*out = NULL;
	if (opts == NULL)
		opts = &def;
	st = enf__check_options(opts);
	if (st != ENF_OK)
		return st;
	cal = calloc(1, sizeof(*cal));
	if (cal != NULL)
		cal->days = malloc(ENF__CAL_DAYS * sizeof(uint16_t));
	if (cal == NULL || cal->days == NULL) {
		free(cal);
		return enf__fail(ENF_ENOMEM, "calendar_new: out of memory");
	}
	cal->weekend = opts->weekend;
	cal->holidays = opts->holidays;
	for (int y = ENF__CAL_FIRST_YEAR; y <= ENF__CAL_LAST_YEAR; y++)
		enf__reset_year(cal, y);
	for (int y = ENF__CAL_FIRST_YEAR;
	     y <= ENF__CAL_LAST_YEAR && cal->holidays == ENF_HOLIDAYS_VN; y++)
		enf__compute_year(cal, y);
	if (opts->builtin_tables) {
		st = enf_calendar_load(cal, enf__vn_official_tables);
		if (st != ENF_OK) {
			enf_calendar_free(cal);
			return st;
		}
	}
	*out = cal;
	return ENF_OK;
}

void enf_calendar_free(enf_calendar *cal)
{
	if (cal == NULL)
		return;
	for (size_t i = 0; i < cal->name_count; i++)
		free(cal->names[i]);
	free(cal->names);
	free(cal->days);
	free(cal);
}

/* Validates a date for a query: within the cells, or anywhere valid when
 * no holidays are computed (then only the weekend matters). */
static enf_status enf__query_date(const enf_calendar *cal, enf_date d,
				  const char *fn)
{
	if (d >= ENF_LUNAR_DATE_MIN && d <= ENF_LUNAR_DATE_MAX)
		return ENF_OK;
	if (cal->holidays == ENF_HOLIDAYS_NONE && enf__date_in_range(d))
		return ENF_OK;
	return enf__fail(ENF_ERANGE,
			 "%s: date is %s; this calendar covers "
			 "1900-01-01..2100-12-31",
			 fn, enf__date_shown(d).s);
}

/* Day off? d must have passed enf__query_date. */
static int enf__is_off(const enf_calendar *cal, enf_date d)
{
	if (d < ENF_LUNAR_DATE_MIN || d > ENF_LUNAR_DATE_MAX)
		return enf__is_weekend(cal, d);
	return (cal->days[d - ENF_LUNAR_DATE_MIN] & ENF__OFF) != 0;
}

enf_status enf_calendar_has_table(int *out, const enf_calendar *cal, int year)
{
	ENF__CHECK_NULL("calendar_has_table", out);
	ENF__CHECK_NULL("calendar_has_table", cal);
	*out = year >= ENF__CAL_FIRST_YEAR && year <= ENF__CAL_LAST_YEAR &&
	       cal->has_table[year - ENF__CAL_FIRST_YEAR];
	return ENF_OK;
}

enf_status enf_calendar_is_working_day(int *out, const enf_calendar *cal,
				       enf_date date)
{
	enf_status st;

	ENF__CHECK_NULL("calendar_is_working_day", out);
	ENF__CHECK_NULL("calendar_is_working_day", cal);
	st = enf__query_date(cal, date, "calendar_is_working_day");
	if (st != ENF_OK)
		return st;
	*out = !enf__is_off(cal, date);
	return ENF_OK;
}

enf_status enf_calendar_holiday_name(const char **out, const enf_calendar *cal,
				     enf_date date)
{
	unsigned name = 0;
	enf_status st;

	ENF__CHECK_NULL("calendar_holiday_name", out);
	ENF__CHECK_NULL("calendar_holiday_name", cal);
	st = enf__query_date(cal, date, "calendar_holiday_name");
	if (st != ENF_OK)
		return st;
	if (date >= ENF_LUNAR_DATE_MIN && date <= ENF_LUNAR_DATE_MAX)
		name = cal->days[date - ENF_LUNAR_DATE_MIN] & ENF__NAME_MASK;
	*out = name < ENF__NAME_STATIC_COUNT
		       ? enf__static_names[name]
		       : cal->names[name - ENF__NAME_STATIC_COUNT];
	return ENF_OK;
}

/* First working day >= d, or ERANGE when the calendar ends first. */
static enf_status enf__next_working(const enf_calendar *cal, enf_date d,
				    enf_date *out, const char *fn)
{
	enf_status st;

	for (;; d++) {
		st = enf__query_date(cal, d, fn);
		if (st != ENF_OK)
			return st;
		if (!enf__is_off(cal, d)) {
			*out = d;
			return ENF_OK;
		}
	}
}

enf_status enf_calendar_next_working_day(enf_date *out, const enf_calendar *cal,
					 enf_date date)
{
	ENF__CHECK_NULL("calendar_next_working_day", out);
	ENF__CHECK_NULL("calendar_next_working_day", cal);
	return enf__next_working(cal, date, out, "calendar_next_working_day");
}

enf_status enf_calendar_count_working_days(int32_t *out,
					   const enf_calendar *cal,
					   enf_date from, enf_date to)
{
	const char *fn = "calendar_count_working_days";
	int32_t n = 0;
	enf_status st;

	ENF__CHECK_NULL("calendar_count_working_days", out);
	ENF__CHECK_NULL("calendar_count_working_days", cal);
	st = enf__query_date(cal, from, fn);
	if (st == ENF_OK)
		st = enf__query_date(cal, to, fn);
	if (st != ENF_OK)
		return st;
	for (enf_date d = from; d <= to; d++)
		n += !enf__is_off(cal, d);
	*out = n;
	return ENF_OK;
}

/* The nominal last day of a period in calendar units, before roll-over. */
static int enf__nominal_end(enf_date *end, enf_date event, int32_t n,
			    enf_period_unit unit)
{
	int64_t days = unit == ENF_UNIT_WEEKS ? (int64_t)n * 7 : n;

	if (unit == ENF_UNIT_MONTHS || unit == ENF_UNIT_YEARS)
		return enf__add_months(end, event,
				       unit == ENF_UNIT_YEARS ? (int64_t)n * 12
							      : n);
	if ((int64_t)event + days > ENF_DATE_MAX)
		return -1;
	*end = (enf_date)(event + days);
	return 0;
}

enf_status enf_calendar_period_end(enf_date *out, const enf_calendar *cal,
				   enf_date event, int32_t n,
				   enf_period_unit unit)
{
	const char *fn = "calendar_period_end";
	enf_date d = event;
	enf_status st;

	ENF__CHECK_NULL("calendar_period_end", out);
	ENF__CHECK_NULL("calendar_period_end", cal);
	if (n < 1)
		return enf__fail(ENF_EINVALID,
				 "calendar_period_end: n is %ld; a period "
				 "lasts at least 1 unit",
				 (long)n);
	if (unit < ENF_UNIT_DAYS || unit > ENF_UNIT_YEARS)
		return enf__fail(ENF_EINVALID,
				 "calendar_period_end: unit is %d; not a "
				 "period unit",
				 (int)unit);
	st = enf__query_date(cal, event, fn);
	if (st != ENF_OK)
		return st;
	if (unit == ENF_UNIT_WORKING_DAYS) {
		for (int32_t k = 0; k < n && st == ENF_OK; k++)
			st = enf__next_working(cal, d + 1, &d, fn);
	} else if (enf__nominal_end(&d, event, n, unit) != 0) {
		st = enf__fail(ENF_ERANGE,
			       "calendar_period_end: %ld units after %s "
			       "fall outside the valid dates",
			       (long)n, enf__date_shown(event).s);
	} else {
		st = enf__next_working(cal, d, &d, fn);
	}
	if (st == ENF_OK)
		*out = d;
	return st;
}

/* ---------------------------------------------------------------------- */
/* Loading official tables                                                 */

typedef struct enf__stmt {
	int year;
	int off; /* 1 off span, 0 working day, -1 year line */
	enf_date first, last;
	const char *name;
	size_t name_len;
} enf__stmt;

typedef struct enf__parser {
	const char *text;
	int line;
	int year; /* of the last "year" line, 0 before it */
	enf__stmt *stmts;
	size_t count, cap;
} enf__parser;

static enf_status enf__load_fail(const enf__parser *p, enf_status st,
				 const char *tok, const char *why)
{
	return enf__fail(st, "calendar_load: line %d: \"%s\": %s", p->line, tok,
			 why);
}

/* Copies the next blank-separated token, cut to at most size - 1 bytes
 * on a UTF-8 boundary (it is quoted in messages). */
static const char *enf__token(const char *s, char *tok, size_t size)
{
	const char *start;
	size_t n = 0;

	while (*s == ' ' || *s == '\t')
		s++;
	start = s;
	while (*s && *s != ' ' && *s != '\t' && *s != '\n' && *s != '\r' &&
	       *s != '#') {
		if (n + 1 < size)
			tok[n++] = *s;
		s++;
	}
	tok[enf__utf8_prefix(start, (int)n)] = '\0';
	return s;
}

static enf_status enf__push_stmt(enf__parser *p, const enf__stmt *st)
{
	if (p->count == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 32;
		enf__stmt *s = realloc(p->stmts, cap * sizeof(*s));

		if (s == NULL)
			return enf__fail(ENF_ENOMEM,
					 "calendar_load: out of memory");
		p->stmts = s, p->cap = cap;
	}
	p->stmts[p->count++] = *st;
	return ENF_OK;
}

/* Reads a date token that must lie in the current year. */
static enf_status enf__stmt_date(enf__parser *p, const char *tok, enf_date *d)
{
	int y, m, dd;

	if (enf__date_scan(d, tok) != 0)
		return enf__load_fail(p, ENF_EPARSE, tok,
				      "expected a date "
				      "YYYY-MM-DD");
	enf__civil_from_days(*d, &y, &m, &dd);
	if (p->year == 0)
		return enf__load_fail(p, ENF_EPARSE, tok,
				      "a date before any "
				      "\"year\" line");
	if (y != p->year)
		return enf__load_fail(p, ENF_ERANGE, tok,
				      "the date is outside the "
				      "year of its table");
	return ENF_OK;
}

/* Whether a token is meant as a date: digits and at least two '-' or '/'
 * separators ("2027-02-30", "30/2/2027"), so that a mistyped end date is
 * an error rather than the start of the name. */
static int enf__date_shaped(const char *tok)
{
	int seps = 0;

	if (*tok < '0' || *tok > '9')
		return 0;
	for (; *tok; tok++) {
		if (*tok == '-' || *tok == '/')
			seps++;
		else if (*tok < '0' || *tok > '9')
			return 0;
	}
	return seps >= 2;
}

/* Trims the rest of the line to a name (up to '#' or the line end). */
static void enf__rest_name(const char *s, enf__stmt *st)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	for (n = 0; s[n] && s[n] != '\n' && s[n] != '\r' && s[n] != '#'; n++)
		;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	st->name = s, st->name_len = n;
}

static enf_status enf__parse_line(enf__parser *p, const char *s)
{
	char kw[16], tok[32];
	enf__stmt st = {0, 0, 0, 0, NULL, 0};
	const char *after;
	enf_status r;

	s = enf__token(s, kw, sizeof(kw));
	if (kw[0] == '\0')
		return ENF_OK;
	if (strcmp(kw, "year") == 0) {
		int y = 0, n = 0;

		s = enf__token(s, tok, sizeof(tok));
		while (tok[n] >= '0' && tok[n] <= '9' && n < 5)
			y = y * 10 + (tok[n++] - '0');
		if (n == 0 || tok[n] != '\0')
			return enf__load_fail(p, ENF_EPARSE, tok,
					      "expected a year");
		if (y < ENF__CAL_FIRST_YEAR || y > ENF__CAL_LAST_YEAR)
			return enf__load_fail(p, ENF_ERANGE, tok,
					      "the year is "
					      "outside 1900-2100");
		p->year = st.year = y;
		st.off = -1;
		enf__rest_name(s, &st);
		if (st.name_len != 0)
			return enf__load_fail(p, ENF_EPARSE, kw,
					      "text after the "
					      "year");
		return enf__push_stmt(p, &st);
	}
	if (strcmp(kw, "off") != 0 && strcmp(kw, "work") != 0)
		return enf__load_fail(p, ENF_EPARSE, kw,
				      "expected \"year\", "
				      "\"off\" or \"work\"");
	st.off = kw[0] == 'o';
	st.year = p->year;
	s = enf__token(s, tok, sizeof(tok));
	r = enf__stmt_date(p, tok, &st.first);
	if (r != ENF_OK)
		return r;
	st.last = st.first;
	after = enf__token(s, tok, sizeof(tok));
	if (st.off && enf__date_shaped(tok)) {
		r = enf__stmt_date(p, tok, &st.last);
		if (r != ENF_OK)
			return r;
		if (st.last < st.first)
			return enf__load_fail(p, ENF_ERANGE, tok,
					      "the span ends "
					      "before it starts");
		s = after;
	}
	enf__rest_name(s, &st);
	if (st.name_len > 120)
		return enf__load_fail(p, ENF_EPARSE, kw,
				      "the name is longer than "
				      "120 bytes");
	return enf__push_stmt(p, &st);
}

static enf_status enf__parse_table(enf__parser *p)
{
	const char *s = p->text;
	enf_status st;

	for (p->line = 1; *s; p->line++) {
		st = enf__parse_line(p, s);
		if (st != ENF_OK)
			return st;
		s += strcspn(s, "\n");
		if (*s == '\n')
			s++;
	}
	return ENF_OK;
}

/* The cell name index of a statement's name, or -1 if it is new. */
static int enf__find_name(const enf_calendar *cal, const char *s, size_t n,
			  char *const *fresh, size_t fresh_count)
{
	for (int i = 0; i < ENF__NAME_STATIC_COUNT; i++)
		if (strlen(enf__static_names[i]) == n &&
		    memcmp(enf__static_names[i], s, n) == 0)
			return i;
	for (size_t i = 0; i < cal->name_count + fresh_count; i++) {
		const char *have = i < cal->name_count
					   ? cal->names[i]
					   : fresh[i - cal->name_count];

		if (strlen(have) == n && memcmp(have, s, n) == 0)
			return (int)(ENF__NAME_STATIC_COUNT + i);
	}
	return -1;
}

/*
 * Gives every "off" statement a name index, copying new names. Nothing in
 * the calendar changes unless everything could be allocated.
 */
static enf_status enf__intern_names(enf_calendar *cal, enf__parser *p,
				    int *index)
{
	size_t fresh_count = 0, need = cal->name_count + p->count;
	char **fresh = NULL;

	if (need > ENF__NAME_MASK - ENF__NAME_STATIC_COUNT)
		return enf__fail(ENF_ERANGE, "calendar_load: too many names");
	if (need > cal->name_cap) {
		char **grown = realloc(cal->names, need * sizeof(char *));

		if (grown == NULL)
			return enf__fail(ENF_ENOMEM, "calendar_load: out of "
						     "memory");
		cal->names = grown, cal->name_cap = need;
	}
	fresh = cal->names + cal->name_count; /* room reserved above */
	for (size_t i = 0; i < p->count; i++) {
		enf__stmt *s = &p->stmts[i];
		int k;

		index[i] = 0;
		if (s->off != 1 || s->name_len == 0)
			continue;
		k = enf__find_name(cal, s->name, s->name_len, fresh,
				   fresh_count);
		if (k < 0) {
			char *copy = malloc(s->name_len + 1);

			if (copy == NULL) {
				while (fresh_count > 0)
					free(fresh[--fresh_count]);
				return enf__fail(
					ENF_ENOMEM,
					"calendar_load: out of memory");
			}
			memcpy(copy, s->name, s->name_len);
			copy[s->name_len] = '\0';
			k = (int)(ENF__NAME_STATIC_COUNT + cal->name_count +
				  fresh_count);
			fresh[fresh_count++] = copy;
		}
		index[i] = k;
	}
	cal->name_count += fresh_count;
	return ENF_OK;
}

static void enf__apply(enf_calendar *cal, const enf__parser *p,
		       const int *index)
{
	for (size_t i = 0; i < p->count; i++) {
		const enf__stmt *s = &p->stmts[i];

		if (s->off < 0) {
			enf__reset_year(cal, s->year);
			cal->has_table[s->year - ENF__CAL_FIRST_YEAR] = 1;
			continue;
		}
		for (enf_date d = s->first; d <= s->last; d++)
			*enf__cell(cal, d) =
				s->off ? (uint16_t)(ENF__OFF |
						    (unsigned)index[i])
				       : 0;
	}
}

enf_status enf_calendar_load(enf_calendar *cal, const char *text)
{
	enf__parser p = {text, 0, 0, NULL, 0, 0};
	int *index = NULL;
	enf_status st;

	ENF__CHECK_NULL("calendar_load", cal);
	ENF__CHECK_NULL("calendar_load", text);
	st = enf__parse_table(&p);
	if (st == ENF_OK && p.count > 0) {
		index = malloc(p.count * sizeof(int));
		st = index ? enf__intern_names(cal, &p, index)
			   : enf__fail(ENF_ENOMEM, "calendar_load: out of "
						   "memory");
	}
	if (st == ENF_OK)
		enf__apply(cal, &p, index);
	free(index);
	free(p.stmts);
	return st;
}
