/**
 * @file enforcement/date.h
 * @brief Civil dates, the working-day calendar, statutory periods and
 *        reporting periods.
 *
 * A date (::enf_date) is a day number: days since 1970-01-01 in the
 * proleptic Gregorian calendar, valid from 0001-01-01 to 9999-12-31. Day
 * numbers subtract to a count of days and compare with < and ==.
 *
 * Periods are counted as the Civil Code (Law 91/2015/QH13) says: a period
 * in days, weeks, months or years starts on the day after the event
 * (Art 147(2)); it ends at the end of its last day, a period in months or
 * years on the corresponding day of the last month, or that month's last day
 * when it has no such day (Art 148(1)); and when the last day is a weekend
 * day or a public holiday it ends at the end of the next working day
 * (Art 148(2)). Enforcement statutes say "ngày làm việc" when they mean
 * working days; a plain "ngày" is a calendar day.
 *
 * The working-day calendar (::enf_calendar) knows the weekend, Vietnam's
 * public holidays of Labour Code 45/2019/QH14 Art 112 (1 January; Tết, five
 * days around the lunar new year; Hùng Kings' day, 10th of the 3rd lunar
 * month; 30 April; 1 May; 2 September and an adjacent day), the lunar dates
 * computed by the Vietnamese lunar calendar (UTC+7) for 1900-2100, and the
 * government's yearly official spans and swapped working days, which the
 * caller loads as data (the tables for 2025 and 2026 are built in).
 *
 * Tết lasted four days through 2013 (Labour Code 1994 Art 73 as amended by
 * Law 84/2007; the 2012 code's five days took effect on 1 May 2013, after
 * Tết 2013): the computed rule takes the last day of the old lunar year
 * and the first three of the new one (an inference: the yearly decisions
 * of those years added swapped days around that span); from 2014 the last
 * day and the first four. The 2 September adjacent day is computed from
 * 2021 (Labour Code 2019), Hùng Kings' day from 2007.
 *
 * Vietnam Culture Day (24 November) is not in the default calendar: no
 * enacting text making it a paid holiday was found (in February 2026 the
 * Government was still asking for the Labour Code to be amended), so its
 * status is unknown. A caller who holds it to be in force loads a table
 * for the year that lists it with the year's other days off, e.g. for
 * 2027 the computed days plus "off 2027-11-24 Ngày Văn hóa Việt Nam".
 *
 * Reporting periods follow enforcement statistics: the enforcement year
 * runs from 1 October to 30 September and is named by the calendar year in
 * which it ends; reports are cumulative from 1 October (Circular
 * 06/2019/TT-BTP Art 4); the inter-agency cut-offs are 31 December,
 * 31 March, 31 July and 30 September (Joint Circular 12/2021/TTLT Art 6).
 */
#ifndef ENF_DATE_H
#define ENF_DATE_H

#include "common.h"
#include "money.h"

ENF_BEGIN_DECL

/** A civil date: days since 1970-01-01 (proleptic Gregorian). */
typedef int32_t enf_date;

/** Day number of 0001-01-01, the first valid date. */
#define ENF_DATE_MIN (-719162)
/** Day number of 9999-12-31, the last valid date. */
#define ENF_DATE_MAX 2932896
/** No date: for optional dates in records and options. */
#define ENF_DATE_NONE INT32_MIN

/** Day of the week, ISO numbering. */
typedef enum enf_weekday {
	ENF_MONDAY = 1,	   /**< Monday (thứ Hai) */
	ENF_TUESDAY = 2,   /**< Tuesday (thứ Ba) */
	ENF_WEDNESDAY = 3, /**< Wednesday (thứ Tư) */
	ENF_THURSDAY = 4,  /**< Thursday (thứ Năm) */
	ENF_FRIDAY = 5,	   /**< Friday (thứ Sáu) */
	ENF_SATURDAY = 6,  /**< Saturday (thứ Bảy) */
	ENF_SUNDAY = 7	   /**< Sunday (Chủ nhật) */
} enf_weekday;

/**
 * The date of year-month-day.
 * @param[out] out the day number; unchanged on error.
 * @param year 1..9999.
 * @param month 1..12.
 * @param day 1..days in the month.
 * @return ENF_OK, ENF_EINVALID (out NULL) or ENF_ERANGE (no such date,
 *         e.g. 2025-02-29).
 */
ENF_EXTERN(enf_status)
enf_date_from_ymd(enf_date *out, int year, int month, int day);

/**
 * Year, month and day of a date.
 * @param[out] year the year, 1..9999; unchanged on error.
 * @param[out] month the month, 1..12; unchanged on error.
 * @param[out] day the day of the month; unchanged on error.
 * @param date a day number.
 * @return ENF_OK, ENF_EINVALID (a NULL pointer) or ENF_ERANGE (date outside
 *         ENF_DATE_MIN..ENF_DATE_MAX).
 */
ENF_EXTERN(enf_status)
enf_date_to_ymd(int *year, int *month, int *day, enf_date date);

/**
 * Whether year-month-day is a real date between 0001-01-01 and 9999-12-31.
 * @param year the year.
 * @param month the month, 1..12.
 * @param day the day of the month.
 * @return 1 if valid, 0 otherwise. Never fails.
 */
ENF_EXTERN(int) enf_date_valid(int year, int month, int day);

/**
 * Number of days in a month: 28..31.
 * @param[out] out the count; unchanged on error.
 * @param year 1..9999.
 * @param month 1..12.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE (year outside 1..9999, month
 *         outside 1..12).
 */
ENF_EXTERN(enf_status) enf_date_days_in_month(int *out, int year, int month);

/**
 * Day of the week: 2025-01-13 is ENF_MONDAY.
 * @param[out] out the weekday; unchanged on error.
 * @param date a day number.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE (invalid date).
 */
ENF_EXTERN(enf_status) enf_date_weekday(enf_weekday *out, enf_date date);

/**
 * out = date + days (days may be negative).
 * @param[out] out the new date; unchanged on error.
 * @param date a day number.
 * @param days the number of days to add.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE (date or result outside the
 *         valid range).
 */
ENF_EXTERN(enf_status)
enf_date_add_days(enf_date *out, enf_date date, int32_t days);

/**
 * out = date moved by months (may be negative). When the target month has
 * no such day the result is that month's last day (Civil Code Art 148(1)(c)):
 * 31 Jan 2025 + 1 month = 28 Feb 2025; 29 Feb 2024 + 12 months =
 * 28 Feb 2025.
 * @param[out] out the new date; unchanged on error.
 * @param date a day number.
 * @param months the number of months to add.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE.
 */
ENF_EXTERN(enf_status)
enf_date_add_months(enf_date *out, enf_date date, int32_t months);

/**
 * Writes a date as "2025-01-13" (ENF_LOCALE_EN, ENF_LOCALE_PLAIN: ISO 8601)
 * or "13/01/2025" (ENF_LOCALE_VI). 11 bytes suffice.
 * @param[out] buf the text; unchanged on error.
 * @param size bytes available in buf.
 * @param date a day number.
 * @param locale one of ::enf_locale.
 * @return ENF_OK, ENF_EINVALID, ENF_ERANGE (invalid date) or ENF_EBUFSIZE.
 */
ENF_EXTERN(enf_status)
enf_date_format(char *buf, size_t size, enf_date date, enf_locale locale);

/**
 * Reads "2025-01-13" (ISO 8601) or "13/01/2025" (Vietnamese day/month/year;
 * one-digit day and month allowed: "1/7/2026").
 * @param[out] out the date; unchanged on error.
 * @param text NUL-terminated text.
 * @return ENF_OK, ENF_EINVALID (NULL argument) or ENF_EPARSE (malformed
 *         text or no such date).
 */
ENF_EXTERN(enf_status) enf_date_parse(enf_date *out, const char *text);

/* ---------------------------------------------------------------------- */
/* Lunar calendar                                                          */

/** A date of the Vietnamese lunar calendar. */
typedef struct enf_lunar_date {
	int year;  /**< lunar year (the solar year in which it begins) */
	int month; /**< 1..12 */
	int day;   /**< 1..30 */
	int leap;  /**< 1 in a leap month, else 0 */
} enf_lunar_date;

/** First solar date the lunar calendar covers: 1900-01-01. */
#define ENF_LUNAR_DATE_MIN (-25567)
/** Last solar date the lunar calendar covers: 2100-12-31. */
#define ENF_LUNAR_DATE_MAX 47846

/**
 * The Vietnamese lunar date of a solar date (new moons and solar terms
 * computed for UTC+7, so Tết 1985 is 21 January, not 20 February as in
 * China).
 * @param[out] out the lunar date; unchanged on error.
 * @param date a day number.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE (outside 1900-2100).
 */
ENF_EXTERN(enf_status) enf_lunar_from_date(enf_lunar_date *out, enf_date date);

/**
 * The solar date of a Vietnamese lunar date: {2025, 1, 1, 0} is
 * 2025-01-29; {2025, 3, 10, 0} (Hùng Kings' day) is 2025-04-07.
 * @param[out] out the solar date; unchanged on error.
 * @param lunar month 1..12, day 1..29 or 30 as the month has, leap 1 only
 *        for the year's real leap month.
 * @return ENF_OK, ENF_EINVALID (NULL) or ENF_ERANGE (no such lunar date, or
 *         outside 1900-2100).
 */
ENF_EXTERN(enf_status)
enf_lunar_to_date(enf_date *out, const enf_lunar_date *lunar);

/* ---------------------------------------------------------------------- */
/* Working-day calendar                                                    */

/** A working-day calendar: weekends, holidays and official year tables. */
typedef struct enf_calendar enf_calendar;

/** Which statutory holidays the calendar computes for years with no
 * official table loaded. */
typedef enum enf_holidays {
	ENF_HOLIDAYS_NONE = 0, /**< weekends only */
	ENF_HOLIDAYS_VN = 1    /**< Labour Code 2019 Art 112 (default) */
} enf_holidays;

/** Weekend-day bits for enf_calendar_options.weekend: bit (weekday - 1). */
#define ENF_WEEKEND_BIT(wd) (1u << ((wd)-1))
/** Saturday and Sunday, the weekly rest days of state offices. */
#define ENF_WEEKEND_SAT_SUN                                                    \
	(ENF_WEEKEND_BIT(ENF_SATURDAY) | ENF_WEEKEND_BIT(ENF_SUNDAY))

/** Options of enf_calendar_new(). */
typedef struct enf_calendar_options {
	unsigned int version;  /**< ENF_CALENDAR_OPTIONS_VERSION */
	unsigned int weekend;  /**< bitmask of ENF_WEEKEND_BIT(); not all 7 */
	enf_holidays holidays; /**< computed holidays for years without table */
	int builtin_tables;    /**< 1: load the built-in official tables
				  (2025, 2026) at creation; 0: none */
} enf_calendar_options;

/** The current version of ::enf_calendar_options. */
#define ENF_CALENDAR_OPTIONS_VERSION 1
/** The defaults: Saturday-Sunday weekend, Vietnamese holidays, built-in
 * tables. */
#define ENF_CALENDAR_OPTIONS_INIT                                              \
	{                                                                      \
		ENF_CALENDAR_OPTIONS_VERSION, ENF_WEEKEND_SAT_SUN,             \
			ENF_HOLIDAYS_VN, 1                                     \
	}

/**
 * Fills opts with the defaults of the given version (for bindings, which
 * cannot use ENF_CALENDAR_OPTIONS_INIT).
 * @param[out] opts the options to fill.
 * @param version ENF_CALENDAR_OPTIONS_VERSION.
 * @return ENF_OK, ENF_EINVALID (opts NULL) or ENF_EVERSION.
 */
ENF_EXTERN(enf_status)
enf_calendar_options_init(enf_calendar_options *opts, unsigned int version);

/**
 * Creates a calendar.
 * @param[out] out the calendar, to free with enf_calendar_free(); set to
 *        NULL on error.
 * @param opts NULL for the defaults: Saturday-Sunday weekend, Vietnamese
 *        holidays, built-in 2025 and 2026 tables.
 * @return ENF_OK, ENF_EINVALID (out NULL, bad weekend mask or holidays),
 *         ENF_EVERSION or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status)
enf_calendar_new(enf_calendar **out, const enf_calendar_options *opts);

/**
 * Frees a calendar and its tables.
 * @param cal the calendar; NULL is a no-op.
 */
ENF_EXTERN(void) enf_calendar_free(enf_calendar *cal);

/**
 * Loads official days off and swapped working days from text, replacing
 * the computed holidays of each year the text names. A year's table lists
 * its holidays in full; weekend days stay days off unless listed as "work".
 * One statement a line; '#' starts a comment:
 *
 *     year 2025
 *     off  2025-01-25 2025-02-02  Tết Ất Tỵ (name optional)
 *     off  2025-04-07             Giỗ Tổ Hùng Vương
 *     work 2025-04-26             swapped for 2025-05-02
 *
 * "off FROM [TO] [name]" marks a span of days off (inclusive); a second
 * word shaped like a date must be a valid one. "work DATE [comment]" makes
 * one day a working day (meant for a weekend day swapped to work). Every
 * date must lie in the year of the last "year" line. The load is all or
 * nothing: on error the calendar is unchanged and the message names the
 * line and the word at fault.
 * @param cal the calendar to load into.
 * @param text NUL-terminated UTF-8.
 * @return ENF_OK, ENF_EINVALID (NULL argument), ENF_EPARSE (with the line
 *         number), ENF_ERANGE (a date outside its year, a span ending
 *         before it starts, a year outside 1900-2100) or ENF_ENOMEM.
 */
ENF_EXTERN(enf_status) enf_calendar_load(enf_calendar *cal, const char *text);

/**
 * Whether the calendar has an official table for year (built in or loaded).
 * @param[out] out 1 or 0; unchanged on error.
 * @param cal the calendar.
 * @param year a calendar year.
 * @return ENF_OK or ENF_EINVALID.
 */
ENF_EXTERN(enf_status)
enf_calendar_has_table(int *out, const enf_calendar *cal, int year);

/**
 * Whether date is a working day (not a weekend day unless swapped to work,
 * not a holiday).
 * @param[out] out 1 for a working day, 0 for a day off; unchanged on error.
 * @param cal the calendar.
 * @param date a day number.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE (date outside 1900-2100 when
 *         holidays are computed, or outside the valid range).
 */
ENF_EXTERN(enf_status)
enf_calendar_is_working_day(int *out, const enf_calendar *cal, enf_date date);

/**
 * The name of the holiday on date, e.g. "Tết Nguyên đán" or "Giỗ Tổ Hùng
 * Vương"; "" for a working day or a plain weekend day.
 * @param[out] out borrowed string, valid as long as the calendar; unchanged
 *        on error.
 * @param cal the calendar.
 * @param date a day number.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE.
 */
ENF_EXTERN(enf_status)
enf_calendar_holiday_name(const char **out, const enf_calendar *cal,
			  enf_date date);

/**
 * The first working day on or after date.
 * @param[out] out the working day; unchanged on error.
 * @param cal the calendar.
 * @param date a day number.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE.
 */
ENF_EXTERN(enf_status)
enf_calendar_next_working_day(enf_date *out, const enf_calendar *cal,
			      enf_date date);

/**
 * Number of working days in [from, to], both included; 0 when to < from.
 * @param[out] out the count; unchanged on error.
 * @param cal the calendar.
 * @param from the first day counted.
 * @param to the last day counted.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE.
 */
ENF_EXTERN(enf_status)
enf_calendar_count_working_days(int32_t *out, const enf_calendar *cal,
				enf_date from, enf_date to);

/** Units of a statutory period. */
typedef enum enf_period_unit {
	ENF_UNIT_DAYS = 0,	   /**< calendar days ("ngày") */
	ENF_UNIT_WORKING_DAYS = 1, /**< working days ("ngày làm việc") */
	ENF_UNIT_WEEKS = 2,	   /**< weeks ("tuần") */
	ENF_UNIT_MONTHS = 3,	   /**< months ("tháng") */
	ENF_UNIT_YEARS = 4	   /**< years ("năm") */
} enf_period_unit;

/**
 * The last day of a statutory period of n units after an event (Civil Code
 * Art 147-148): counting starts the day after the event; in working days
 * the n-th working day after the event; in days, weeks, months or years the
 * corresponding day, moved to the next working day if it is a day off.
 * A 10-day period from 1 Jan 2025 ends on Saturday 11 Jan, so on Monday
 * 13 Jan 2025.
 * @param[out] out the last day of the period; unchanged on error.
 * @param cal the calendar.
 * @param event the day of the event the period runs from.
 * @param n at least 1.
 * @param unit the unit of n.
 * @return ENF_OK, ENF_EINVALID (NULL, n < 1, unknown unit) or ENF_ERANGE.
 */
ENF_EXTERN(enf_status)
enf_calendar_period_end(enf_date *out, const enf_calendar *cal, enf_date event,
			int32_t n, enf_period_unit unit);

/* ---------------------------------------------------------------------- */
/* Reporting periods                                                       */
/* enf_period_* name the spans of dates a report covers; the statistics   */
/* tables over such a span are enf_stats_report_* (stats.h). The older    */
/* enf_report_* names of these functions are deprecated aliases.          */

/** A span of dates, both ends included. */
typedef struct enf_period {
	enf_date first; /**< first day */
	enf_date last;	/**< last day */
} enf_period;

/**
 * The enforcement year a date falls in, named by the calendar year in which
 * it ends: 2024-10-01 .. 2025-09-30 is year 2025.
 * @param[out] out the year; unchanged on error.
 * @param date a day number.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE.
 */
ENF_EXTERN(enf_status) enf_period_year_of(int *out, enf_date date);

/**
 * Deprecated: use enf_period_year_of(); kept until 1.0. The same, with
 * messages that name "report_year_of".
 * @param[out] out the year; unchanged on error.
 * @param date a day number.
 * @return as enf_period_year_of().
 */
ENF_EXTERN(enf_status) enf_report_year_of(int *out, enf_date date);

/**
 * Month k (1..12) of enforcement year `year`: month 1 is October of
 * year - 1, month 12 is September of year.
 * @param[out] out the month's first and last day; unchanged on error.
 * @param year the enforcement year.
 * @param k the month of that year, 1..12.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE (k outside 1..12, year outside
 *         2..9999).
 */
ENF_EXTERN(enf_status) enf_period_month(enf_period *out, int year, int k);

/**
 * Deprecated: use enf_period_month(); kept until 1.0. The same, with
 * messages that name "report_month".
 * @param[out] out the month's first and last day; unchanged on error.
 * @param year the enforcement year.
 * @param k the month of that year, 1..12.
 * @return as enf_period_month().
 */
ENF_EXTERN(enf_status) enf_report_month(enf_period *out, int year, int k);

/**
 * The cumulative reporting period of k months (1..12): 1 October of
 * year - 1 to the last day of month k. k = 6 of 2025 is 2024-10-01 ..
 * 2025-03-31, the "first six months" of the Lạng Sơn report; k = 12 is
 * the whole year.
 * @param[out] out the period; unchanged on error.
 * @param year the enforcement year.
 * @param k the number of months, 1..12.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE.
 */
ENF_EXTERN(enf_status) enf_period_cumulative(enf_period *out, int year, int k);

/**
 * Deprecated: use enf_period_cumulative(); kept until 1.0. The same, with
 * messages that name "report_cumulative".
 * @param[out] out the period; unchanged on error.
 * @param year the enforcement year.
 * @param k the number of months, 1..12.
 * @return as enf_period_cumulative().
 */
ENF_EXTERN(enf_status) enf_report_cumulative(enf_period *out, int year, int k);

/**
 * The cumulative period up to a date: 1 October of its enforcement year to
 * the date itself.
 * @param[out] out the period; unchanged on error.
 * @param date the last day of the period.
 * @return ENF_OK, ENF_EINVALID or ENF_ERANGE.
 */
ENF_EXTERN(enf_status) enf_period_to_date(enf_period *out, enf_date date);

/**
 * Deprecated: use enf_period_to_date(); kept until 1.0. The same, with
 * messages that name "report_to_date".
 * @param[out] out the period; unchanged on error.
 * @param date the last day of the period.
 * @return as enf_period_to_date().
 */
ENF_EXTERN(enf_status) enf_report_to_date(enf_period *out, enf_date date);

/**
 * The same period one year earlier: both ends moved back 12 months (a
 * 29 February end becomes 28 February).
 * @param[out] out the period; unchanged on error.
 * @param p the period to move.
 * @return ENF_OK, ENF_EINVALID (NULL, first after last) or ENF_ERANGE.
 */
ENF_EXTERN(enf_status)
enf_period_last_year(enf_period *out, const enf_period *p);

/**
 * Deprecated: use enf_period_last_year(); kept until 1.0. The same, with
 * messages that name "report_same_period_last_year".
 * @param[out] out the period; unchanged on error.
 * @param p the period to move.
 * @return as enf_period_last_year().
 */
ENF_EXTERN(enf_status)
enf_report_same_period_last_year(enf_period *out, const enf_period *p);

/**
 * The inter-agency reporting period of Joint Circular 12/2021/TTLT Art 6:
 * months = 3 (to 31 December), 6 (to 31 March), 10 (to 31 July, for the
 * National Assembly) or 12 (to 30 September), from 1 October of year - 1.
 * @param[out] out the period; unchanged on error.
 * @param year the enforcement year.
 * @param months 3, 6, 10 or 12.
 * @return ENF_OK, ENF_EINVALID (NULL, months not 3, 6, 10 or 12) or
 *         ENF_ERANGE.
 */
ENF_EXTERN(enf_status)
enf_period_interagency(enf_period *out, int year, int months);

/**
 * Deprecated: use enf_period_interagency(); kept until 1.0. The same, with
 * messages that name "report_interagency".
 * @param[out] out the period; unchanged on error.
 * @param year the enforcement year.
 * @param months 3, 6, 10 or 12.
 * @return as enf_period_interagency().
 */
ENF_EXTERN(enf_status)
enf_report_interagency(enf_period *out, int year, int months);

ENF_END_DECL

#endif /* ENF_DATE_H */
