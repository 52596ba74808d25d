/*
 * libenforcement_sqlite: the library's pure calculators as SQL functions,
 * a SQLite loadable extension built on the public API only.
 *
 *   .load ./libenforcement_sqlite
 *   SELECT enf_rate_text(2244, 3567);          -- 62.91%
 *   SELECT enf_interest(100000000, '2025-01-01', '2025-12-31');  -- 10000000
 *
 * Conventions: a NULL argument gives NULL (as SQL's own functions do);
 * counts, money and rates are integers (a real or a text where an integer
 * is asked is an error naming the argument); dates are ISO text
 * 'YYYY-MM-DD'; a failure of the library is an SQL error carrying its
 * message. Each connection gets its own working-day calendar (Vietnam's
 * holidays and the official tables), freed with the connection.
 */
#include <enforcement.h>

#include <sqlite3ext.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

SQLITE_EXTENSION_INIT1

/* The calendar a connection's functions share, freed by the last. */
typedef struct enf_sql_cal {
	enf_calendar *cal;
	int refs;
} enf_sql_cal;

static void enf_sql_cal_release(void *p)
{
	enf_sql_cal *c = p;

	if (--c->refs == 0) {
		enf_calendar_free(c->cal);
		sqlite3_free(c);
	}
}

/* Sets an SQL error "fn: what" and returns 0. */
static int enf_sql_fail(sqlite3_context *ctx, const char *fn, const char *what)
{
	char msg[512];

	(void)snprintf(msg, sizeof(msg), "%s: %s", fn, what);
	sqlite3_result_error(ctx, msg, -1);
	return 0;
}

/* The library's last error as an SQL error; returns 0. */
static int enf_sql_status(sqlite3_context *ctx, enf_status st)
{
	const char *msg = enf_last_error();

	sqlite3_result_error(ctx, *msg ? msg : enf_status_str(st), -1);
	return 0;
}

/* 1 when any argument is NULL (the result is then NULL). */
static int enf_sql_null(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	for (int i = 0; i < argc; i++)
		if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
			sqlite3_result_null(ctx);
			return 1;
		}
	return 0;
}

/* Argument i as an integer; 0 (with the error set) when it is not one. */
static int enf_sql_int(sqlite3_context *ctx, sqlite3_value *v, const char *fn,
		       const char *name, int64_t *out)
{
	char what[160];

	*out = 0; /* set on every path: gcc -O3 cannot see the failures' */
	if (sqlite3_value_numeric_type(v) != SQLITE_INTEGER) {
		(void)snprintf(what, sizeof(what),
			       "%s is '%.40s'; expected an integer", name,
			       (const char *)sqlite3_value_text(v));
		return enf_sql_fail(ctx, fn, what);
	}
	*out = sqlite3_value_int64(v);
	return 1;
}

/* Argument as a date from ISO text; 0 (error set) when it is not one. */
static int enf_sql_date(sqlite3_context *ctx, sqlite3_value *v, const char *fn,
			const char *name, enf_date *out)
{
	const char *text = (const char *)sqlite3_value_text(v);
	char what[160];
	int y, m, d, n = 0;

	if (text == NULL ||
	    sscanf(text, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 ||
	    text[n] != '\0' || enf_date_from_ymd(out, y, m, d) != ENF_OK) {
		(void)snprintf(what, sizeof(what),
			       "%s is '%.40s'; expected a date YYYY-MM-DD",
			       name, text ? text : "");
		return enf_sql_fail(ctx, fn, what);
	}
	return 1;
}

static void enf_sql_result_date(sqlite3_context *ctx, enf_date d)
{
	char buf[32];
	enf_status st = enf_date_format(buf, sizeof(buf), d, ENF_LOCALE_EN);

	if (st != ENF_OK)
		(void)enf_sql_status(ctx, st);
	else
		sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

/* Rate options of a precision argument (default 2). */
static int enf_sql_precision(sqlite3_context *ctx, int argc,
			     sqlite3_value **argv, int at, const char *fn,
			     enf_rate_options *o)
{
	int64_t p = 2;

	enf_rate_options_init(o, ENF_RATE_OPTIONS_VERSION);
	if (argc > at && !enf_sql_int(ctx, argv[at], fn, "precision", &p))
		return 0;
	if (p < 0 || p > 6)
		return enf_sql_fail(ctx, fn, "precision is out of 0..6");
	o->precision = (int)p;
	return 1;
}

/* enf_rate(done, with_means [, precision]): the completion rate in units
 * of 10^-precision percent (6291 is 62.91%). */
static void enf_sql_rate(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	enf_rate_options o;
	int64_t done, with, out;
	enf_status st;

	if (enf_sql_null(ctx, argc, argv) ||
	    !enf_sql_int(ctx, argv[0], "enf_rate", "done", &done) ||
	    !enf_sql_int(ctx, argv[1], "enf_rate", "with_means", &with) ||
	    !enf_sql_precision(ctx, argc, argv, 2, "enf_rate", &o))
		return;
	if ((st = enf_stats_rate(&out, done, with, &o)) != ENF_OK)
		(void)enf_sql_status(ctx, st);
	else
		sqlite3_result_int64(ctx, out);
}

/* enf_rate_text(done, with_means [, locale]): "62.91%" ('en', default) or
 * "62,91%" ('vi'). */
static void enf_sql_rate_text(sqlite3_context *ctx, int argc,
			      sqlite3_value **argv)
{
	enf_rate_options o;
	enf_locale loc = ENF_LOCALE_EN;
	int64_t done, with, out;
	char buf[64];
	enf_status st;

	if (enf_sql_null(ctx, argc, argv) ||
	    !enf_sql_int(ctx, argv[0], "enf_rate_text", "done", &done) ||
	    !enf_sql_int(ctx, argv[1], "enf_rate_text", "with_means", &with) ||
	    !enf_sql_precision(ctx, 0, argv, 2, "enf_rate_text", &o))
		return;
	if (argc > 2) {
		const char *l = (const char *)sqlite3_value_text(argv[2]);

		if (strcmp(l, "vi") == 0)
			loc = ENF_LOCALE_VI;
		else if (strcmp(l, "en") != 0) {
			(void)enf_sql_fail(ctx, "enf_rate_text",
					   "locale is not 'vi' or 'en'");
			return;
		}
	}
	st = enf_stats_rate(&out, done, with, &o);
	if (st == ENF_OK)
		st = enf_stats_format_rate(buf, sizeof(buf), out, 2, loc);
	if (st != ENF_OK)
		(void)enf_sql_status(ctx, st);
	else
		sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

/* enf_points(rate, target): rate - target in hundredths of a point. */
static void enf_sql_points(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	int64_t rate, target, out;
	enf_status st;

	if (enf_sql_null(ctx, argc, argv) ||
	    !enf_sql_int(ctx, argv[0], "enf_points", "rate", &rate) ||
	    !enf_sql_int(ctx, argv[1], "enf_points", "target", &target))
		return;
	if ((st = enf_percent_points(&out, rate, target)) != ENF_OK)
		(void)enf_sql_status(ctx, st);
	else
		sqlite3_result_int64(ctx, out);
}

/* enf_growth(current, previous [, precision]). */
static void enf_sql_growth(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	enf_rate_options o;
	int64_t cur, prev, out;
	enf_status st;

	if (enf_sql_null(ctx, argc, argv) ||
	    !enf_sql_int(ctx, argv[0], "enf_growth", "current", &cur) ||
	    !enf_sql_int(ctx, argv[1], "enf_growth", "previous", &prev) ||
	    !enf_sql_precision(ctx, argc, argv, 2, "enf_growth", &o))
		return;
	if ((st = enf_stats_growth(&out, cur, prev, &o)) != ENF_OK)
		(void)enf_sql_status(ctx, st);
	else
		sqlite3_result_int64(ctx, out);
}

/* enf_denominators_min/max(done, rate_hundredths): the whole denominators
 * behind a rate rounded half up; NULL when none fits. */
static void enf_sql_denominators(sqlite3_context *ctx, int argc,
				 sqlite3_value **argv)
{
	int want_max = sqlite3_user_data(ctx) != NULL;
	const char *fn =
		want_max ? "enf_denominators_max" : "enf_denominators_min";
	int64_t done, rate, lo = 0, hi = 0;
	enf_status st;

	if (enf_sql_null(ctx, argc, argv) ||
	    !enf_sql_int(ctx, argv[0], fn, "done", &done) ||
	    !enf_sql_int(ctx, argv[1], fn, "rate", &rate))
		return;
	if ((st = enf_stats_denominators(&lo, &hi, done, rate, 2)) != ENF_OK)
		(void)enf_sql_status(ctx, st);
	else if (lo > hi)
		sqlite3_result_null(ctx);
	else
		sqlite3_result_int64(ctx, want_max ? hi : lo);
}

/* enf_fee(amount, date): the enforcement fee on money received on date. */
static void enf_sql_fee(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	enf_fee_options o;
	int64_t amount;
	enf_money out;
	enf_status st;

	if (enf_sql_null(ctx, argc, argv))
		return;
	enf_fee_options_init(&o, ENF_FEE_OPTIONS_VERSION);
	if (!enf_sql_int(ctx, argv[0], "enf_fee", "amount", &amount) ||
	    !enf_sql_date(ctx, argv[1], "enf_fee", "date", &o.date))
		return;
	if ((st = enf_fee_compute(&out, 0, amount, &o, NULL)) != ENF_OK)
		(void)enf_sql_status(ctx, st);
	else
		sqlite3_result_int64(ctx, out);
}

/* enf_interest(principal, from, to [, rate_ppm]): Vietnamese late-payment
 * interest in VND on principal from `from` (the first day that accrues)
 * to `to` (the last), simple, actual days / 365: the statutory rate, or
 * the agreed yearly rate in parts per million (100000 is 10%) capped as
 * the Civil Code caps it (enf_interest_compute()). */
static void enf_sql_interest(sqlite3_context *ctx, int argc,
			     sqlite3_value **argv)
{
	enf_interest_options o = ENF_INTEREST_OPTIONS_INIT;
	enf_interest_result r;
	int64_t principal;
	enf_date from, to;
	enf_status st;

	if (enf_sql_null(ctx, argc, argv) ||
	    !enf_sql_int(ctx, argv[0], "enf_interest", "principal",
			 &principal) ||
	    !enf_sql_date(ctx, argv[1], "enf_interest", "from", &from) ||
	    !enf_sql_date(ctx, argv[2], "enf_interest", "to", &to) ||
	    (argc > 3 && !enf_sql_int(ctx, argv[3], "enf_interest", "rate_ppm",
				      &o.agreed_rate_ppm)))
		return;
	if (argc > 3 && o.agreed_rate_ppm < 0) {
		(void)enf_sql_fail(ctx, "enf_interest", "rate_ppm is negative");
		return;
	}
	st = enf_interest_compute(&r, principal, from, to, NULL, 0, NULL, 0,
				  NULL, 0, &o, NULL);
	if (st != ENF_OK)
		(void)enf_sql_status(ctx, st);
	else
		sqlite3_result_int64(ctx, r.interest);
}

/* enf_workdays(from, to): working days in [from, to]. */
static void enf_sql_workdays(sqlite3_context *ctx, int argc,
			     sqlite3_value **argv)
{
	const enf_sql_cal *c = sqlite3_user_data(ctx);
	enf_date from, to;
	int32_t out;
	enf_status st;

	if (enf_sql_null(ctx, argc, argv) ||
	    !enf_sql_date(ctx, argv[0], "enf_workdays", "from", &from) ||
	    !enf_sql_date(ctx, argv[1], "enf_workdays", "to", &to))
		return;
	st = enf_calendar_count_working_days(&out, c->cal, from, to);
	if (st != ENF_OK)
		(void)enf_sql_status(ctx, st);
	else
		sqlite3_result_int(ctx, out);
}

/* enf_period_end(date, n, unit): the last day of a statutory period of n
 * 'days', 'working_days', 'weeks', 'months' or 'years' after date;
 * enf_add_workdays(date, n) is enf_period_end(date, n, 'working_days'). */
static void enf_sql_period_end(sqlite3_context *ctx, int argc,
			       sqlite3_value **argv)
{
	static const char *const units[] = {"days", "working_days", "weeks",
					    "months", "years"};
	static const enf_period_unit codes[] = {
		ENF_UNIT_DAYS, ENF_UNIT_WORKING_DAYS, ENF_UNIT_WEEKS,
		ENF_UNIT_MONTHS, ENF_UNIT_YEARS};
	const enf_sql_cal *c = sqlite3_user_data(ctx);
	const char *fn = argc == 2 ? "enf_add_workdays" : "enf_period_end";
	enf_period_unit unit = ENF_UNIT_WORKING_DAYS;
	enf_date date, out;
	int64_t n;
	enf_status st;

	if (enf_sql_null(ctx, argc, argv) ||
	    !enf_sql_date(ctx, argv[0], fn, "date", &date) ||
	    !enf_sql_int(ctx, argv[1], fn, "n", &n))
		return;
	if (argc == 3) {
		const char *u = (const char *)sqlite3_value_text(argv[2]);
		size_t k = 0;

		while (k < 5 && strcmp(u, units[k]) != 0)
			k++;
		if (k == 5) {
			(void)enf_sql_fail(ctx, fn,
					   "unit is not days, working_days, "
					   "weeks, months or years");
			return;
		}
		unit = codes[k];
	}
	if (n < INT32_MIN || n > INT32_MAX) {
		(void)enf_sql_fail(ctx, fn, "n is out of range");
		return;
	}
	st = enf_calendar_period_end(&out, c->cal, date, (int32_t)n, unit);
	if (st != ENF_OK)
		(void)enf_sql_status(ctx, st);
	else
		enf_sql_result_date(ctx, out);
}

/* enf_tet(year): the first day of the lunar year (Tết) as a date. */
static void enf_sql_tet(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	enf_lunar_date l = {0, 1, 1, 0};
	int64_t year;
	enf_date out;
	enf_status st;

	if (enf_sql_null(ctx, argc, argv) ||
	    !enf_sql_int(ctx, argv[0], "enf_tet", "year", &year))
		return;
	if (year < 1900 || year > 2100) {
		(void)enf_sql_fail(ctx, "enf_tet", "year is out of 1900..2100");
		return;
	}
	l.year = (int)year;
	if ((st = enf_lunar_to_date(&out, &l)) != ENF_OK)
		(void)enf_sql_status(ctx, st);
	else
		enf_sql_result_date(ctx, out);
}

/* enf_lunar(date): the Vietnamese lunar date, 'YYYY-MM-DD' with 'L' after
 * the month of a leap month ('2025-06L-01'). */
static void enf_sql_lunar(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	enf_lunar_date l;
	enf_date d;
	char buf[32];
	enf_status st;

	if (enf_sql_null(ctx, argc, argv) ||
	    !enf_sql_date(ctx, argv[0], "enf_lunar", "date", &d))
		return;
	if ((st = enf_lunar_from_date(&l, d)) != ENF_OK) {
		(void)enf_sql_status(ctx, st);
		return;
	}
	(void)snprintf(buf, sizeof(buf), "%04d-%02d%s-%02d", l.year, l.month,
		       l.leap ? "L" : "", l.day);
	sqlite3_result_text(ctx, buf, -1, SQLITE_TRANSIENT);
}

typedef void (*enf_sql_fn)(sqlite3_context *, int, sqlite3_value **);

/* Registers one function; calendar functions share the calendar. */
static int enf_sql_add(sqlite3 *db, const char *name, int nargs, enf_sql_fn fn,
		       void *data, enf_sql_cal *cal)
{
	if (cal != NULL) {
		cal->refs++;
		return sqlite3_create_function_v2(
			db, name, nargs, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
			cal, fn, NULL, NULL, enf_sql_cal_release);
	}
	return sqlite3_create_function_v2(db, name, nargs,
					  SQLITE_UTF8 | SQLITE_DETERMINISTIC,
					  data, fn, NULL, NULL, NULL);
}

/* The entry point SQLite derives from the file name
 * libenforcement_sqlite.so. */
#ifdef _WIN32
#define ENF_SQL_EXPORT __declspec(dllexport)
#else
#define ENF_SQL_EXPORT __attribute__((visibility("default")))
#endif
ENF_SQL_EXPORT int sqlite3_enforcementsqlite_init(
	sqlite3 *db, char **err, const sqlite3_api_routines *api);

ENF_SQL_EXPORT int sqlite3_enforcementsqlite_init(
	sqlite3 *db, char **err, const sqlite3_api_routines *api)
{
	static int max_flag = 1;
	enf_sql_cal *cal;
	int rc = SQLITE_OK;

	SQLITE_EXTENSION_INIT2(api);
	cal = sqlite3_malloc(sizeof(*cal));
	if (cal == NULL)
		return SQLITE_NOMEM;
	cal->refs = 1; /* ours, until the registrations hold it */
	if (enf_calendar_new(&cal->cal, NULL) != ENF_OK) {
		*err = sqlite3_mprintf("enforcement: %s", enf_last_error());
		sqlite3_free(cal);
		return SQLITE_ERROR;
	}
	rc |= enf_sql_add(db, "enf_rate", 2, enf_sql_rate, NULL, NULL);
	rc |= enf_sql_add(db, "enf_rate", 3, enf_sql_rate, NULL, NULL);
	rc |= enf_sql_add(db, "enf_rate_text", 2, enf_sql_rate_text, NULL,
			  NULL);
	rc |= enf_sql_add(db, "enf_rate_text", 3, enf_sql_rate_text, NULL,
			  NULL);
	rc |= enf_sql_add(db, "enf_points", 2, enf_sql_points, NULL, NULL);
	rc |= enf_sql_add(db, "enf_growth", 2, enf_sql_growth, NULL, NULL);
	rc |= enf_sql_add(db, "enf_growth", 3, enf_sql_growth, NULL, NULL);
	rc |= enf_sql_add(db, "enf_denominators_min", 2, enf_sql_denominators,
			  NULL, NULL);
	rc |= enf_sql_add(db, "enf_denominators_max", 2, enf_sql_denominators,
			  &max_flag, NULL);
	rc |= enf_sql_add(db, "enf_fee", 2, enf_sql_fee, NULL, NULL);
	rc |= enf_sql_add(db, "enf_interest", 3, enf_sql_interest, NULL, NULL);
	rc |= enf_sql_add(db, "enf_interest", 4, enf_sql_interest, NULL, NULL);
	rc |= enf_sql_add(db, "enf_tet", 1, enf_sql_tet, NULL, NULL);
	rc |= enf_sql_add(db, "enf_lunar", 1, enf_sql_lunar, NULL, NULL);
	rc |= enf_sql_add(db, "enf_workdays", 2, enf_sql_workdays, NULL, cal);
	rc |= enf_sql_add(db, "enf_add_workdays", 2, enf_sql_period_end, NULL,
			  cal);
	rc |= enf_sql_add(db, "enf_period_end", 3, enf_sql_period_end, NULL,
			  cal);
	enf_sql_cal_release(cal); /* the registrations hold it now */
	return rc == SQLITE_OK ? SQLITE_OK : SQLITE_ERROR;
}
