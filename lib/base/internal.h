/*
 * Private helpers shared by the modules of libenforcement. Never installed.
 */
#ifndef ENF_INTERNAL_H
#define ENF_INTERNAL_H

#include "enforcement/common.h"

#if defined(__GNUC__)
#define ENF__PRINTF(f, a) __attribute__((format(printf, f, a)))
/* A failure path: kept out of line, so that the hot function it leaves
 * saves fewer registers on each call. */
#define ENF__COLD __attribute__((cold, noinline))
#else
#define ENF__PRINTF(f, a)
#define ENF__COLD
#endif

/*
 * Records status and a formatted one-sentence message as the calling thread's
 * last error and returns status, so a failing path reads
 *     return enf__fail(ENF_EINVALID, "money_add: out is NULL");
 * A message opens with the public function's name without "enf_" and names
 * what is wrong as the caller knows it, in C and through the bindings: a
 * parameter by its name (date, out), a field of an options or record
 * argument by the field's name alone (date, not opts->date; first, not
 * period->first), an element of an array parameter by the parameter's name
 * with its index (claims[2].requested, payments[0].date). Dates are shown
 * as YYYY-MM-DD through enf__date_shown, never as day numbers.
 */
enf_status enf__fail(enf_status status, const char *fmt, ...) ENF__PRINTF(2, 3);

/*
 * Length of the longest prefix of s of at most max bytes that does not cut
 * a UTF-8 sequence, for quoting caller text in messages with "%.*s".
 */
int enf__utf8_prefix(const char *s, int max);

/*
 * Checks the version field of an options struct: ENF_OK when 1..max, else
 * ENF_EVERSION with "fn: field is V; this library knows 1..max".
 */
enf_status enf__check_version(const char *fn, const char *field,
			      unsigned int version, unsigned int max);

/* Copies text into the caller's buffer only if it fits, else fails with
 * ENF_EBUFSIZE naming fn and the sizes. */
enf_status enf__emit(char *buf, size_t size, const char *text, const char *fn);

/*
 * Grows the array *items (of *cap elements of size bytes) to hold at least
 * need elements, doubling; 0 on success, -1 (array unchanged) when the
 * size overflows or realloc fails. Sets no message.
 */
int enf__reserve(void **items, size_t *cap, size_t need, size_t size);

/* A malloc'd copy of s, or NULL when out of memory. */
char *enf__strdup(const char *s);

/* Hash h continued over the bytes of s (start from ENF__HASH_SEED); the
 * hash of every code and key index, kept in memory only (never saved, so
 * it may change between versions). */
#define ENF__HASH_SEED 0x9e3779b97f4a7c15ull
uint64_t enf__hash_str(uint64_t h, const char *s);
/* The same over the n bytes at s, whose length the caller knows:
 * enf__hash_bytes(h, s, strlen(s)) == enf__hash_str(h, s). */
uint64_t enf__hash_bytes(uint64_t h, const char *s, size_t n);

/* Fails with ENF_EINVALID when v is negative, naming fn, the field and
 * the value; ENF_OK otherwise. */
enf_status enf__check_non_negative(const char *fn, const char *field,
				   int64_t v);

/* Fails with ENF_EINVALID naming fn and the NULL parameter. */
#define ENF__CHECK_NULL(fn, p)                                                 \
	do {                                                                   \
		if ((p) == NULL)                                               \
			return enf__fail(ENF_EINVALID, "%s: %s is NULL", fn,   \
					 #p);                                  \
	} while (0)

#include "enforcement/money.h"

/* 128-bit integers: a GCC/Clang extension, marked so -pedantic stays quiet. */
__extension__ typedef __int128 enf__i128;
__extension__ typedef unsigned __int128 enf__u128;

/* True if mode is one of enf_rounding. */
int enf__rounding_valid(enf_rounding mode);

/* Writes the decimal digits of v into out with sep every three digits
 * (sep 0 for none); returns the length. out must hold 28 bytes. */
size_t enf__group_digits(char *out, uint64_t v, char sep);

/*
 * *out = p / d rounded by mode (magnitudes rounded, sign applied after).
 * d != 0 and mode valid are the caller's job. Returns ENF_OK or
 * ENF_EOVERFLOW without touching *out; sets no message.
 */
enf_status enf__div_round(enf_money *out, enf__i128 p, enf__i128 d,
			  enf_rounding mode);

#include "enforcement/date.h"

/* Calendar arithmetic shared by date.c, calendar.c and report.c. */
int32_t enf__days_from_civil(int y, int m, int d);
/* enf__days_from_civil() as a constant expression, for years 1 and on:
 * for tables of dates that are compared with day numbers. */
#define ENF__CIVIL_Y(y, m)   ((y) - ((m) <= 2))
#define ENF__CIVIL_YOE(y, m) (ENF__CIVIL_Y(y, m) % 400)
#define ENF__CIVIL_DOY(m, d)                                                   \
	((153 * ((m) + ((m) > 2 ? -3 : 9)) + 2) / 5 + (d)-1)
#define ENF__DAYS_FROM_CIVIL(y, m, d)                                          \
	((ENF__CIVIL_Y(y, m) / 400) * 146097 + ENF__CIVIL_YOE(y, m) * 365 +    \
	 ENF__CIVIL_YOE(y, m) / 4 - ENF__CIVIL_YOE(y, m) / 100 +               \
	 ENF__CIVIL_DOY(m, d) - 719468)
void enf__civil_from_days(int32_t z, int *y, int *m, int *d);
int enf__is_leap(int y);
int enf__month_days(int y, int m);
/* Whether d is a day from 0001-01-01 to 9999-12-31 (inline: every event
 * applied asks). */
static inline int enf__date_in_range(enf_date d)
{
	return d >= ENF_DATE_MIN && d <= ENF_DATE_MAX;
}
enf_weekday enf__weekday(enf_date d);
int enf__add_months(enf_date *out, enf_date date, int64_t months);
/* Reads YYYY-MM-DD and nothing else (the CSV and JSON date fields); 0, or
 * -1 (out untouched, no message). */
int enf__date_iso(enf_date *out, const char *s);
/* Reads YYYY-MM-DD or D/M/YYYY; 0, or -1 (out untouched, no message). */
int enf__date_scan(enf_date *out, const char *text);
/* Why d is not a valid date, as "field is missing (no date); ..." or
 * "field is day N, not a date from 0001-01-01 to 9999-12-31", in buf;
 * returns buf. enf__date_fail sets it as "fn: why" with status, and
 * enf__range_fail with ENF_ERANGE. */
const char *enf__date_problem(char *buf, size_t size, const char *field,
			      enf_date d);
enf_status enf__date_fail(enf_status status, const char *fn, const char *field,
			  enf_date d);
enf_status enf__range_fail(const char *fn, const char *field, enf_date d);
/* d as YYYY-MM-DD in buf (at least 16 bytes), or "" for ENF_DATE_NONE or
 * an invalid date; returns buf. The one date writer of the text forms
 * (CSV and JSON of trails, sales and the rules catalogue). */
const char *enf__date_text(char *buf, size_t size, enf_date d);

/* A date as a message shows it: YYYY-MM-DD (enf__date_text), "no date" for
 * ENF_DATE_NONE, "day N" for a number outside 0001-01-01..9999-12-31 (the
 * message then gives that range). Returned by value so it can stand in the
 * arguments of enf__fail: enf__fail(..., "%s", enf__date_shown(d).s). */
typedef struct enf__shown_date {
	char s[24];
} enf__shown_date;
enf__shown_date enf__date_shown(enf_date d);

#endif /* ENF_INTERNAL_H */
