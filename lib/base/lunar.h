/* lib/lunar.h: private, never installed. */
/*
 * Vietnamese lunar calendar (am lich): conversion between solar day numbers
 * and lunar dates, computed from the astronomy (Meeus, "Astronomical
 * Algorithms": true new moon, ch. 49; apparent solar longitude, ch. 25) with
 * the Vietnamese convention of UTC+7 for every year of the supported range.
 * Reentrant: no state, no allocation.
 */
#ifndef ENF_LUNAR_H
#define ENF_LUNAR_H
#include <stdint.h>
typedef struct enf__lunar_date {
	int year;
	int month;
	int day;
	int leap;
} enf__lunar_date; /* leap: 1 if in the leap month */
/* Day numbers are days since 1970-01-01 (proleptic Gregorian), int32_t. */
#define ENF__LUNAR_MIN_DAY (-25567) /* day number of 1900-01-01 */
#define ENF__LUNAR_MAX_DAY 47846    /* day number of 2100-12-31 */
/* Solar day -> lunar date. Returns 0, or -1 when day is outside [MIN_DAY,
 * MAX_DAY] (out untouched). */
int enf__lunar_from_solar(enf__lunar_date *out, int32_t day);
/* Lunar date -> solar day. Returns 0, or -1 when the lunar date does not exist
 * (month 1..12, day 1..30 checked against the real month length, leap only for
 * the real leap month of that year) or falls outside the supported solar range
 * (out untouched). */
int enf__lunar_to_solar(int32_t *out_day, int year, int month, int day,
			int leap);
/* Solar day of lunar new year (1/1) of the given lunar year, 1900..2100; -1
 * outside. */
int enf__lunar_new_year(int32_t *out_day, int year);
#endif
