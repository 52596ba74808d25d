/*
 * Tests of the working-day calendar and statutory periods of date.h.
 *
 * Expected values come from the law (Labour Code 45/2019/QH14 Art 111-112,
 * Civil Code 91/2015/QH13 Art 147-148), the government's yearly holiday
 * notices for 2025 and 2026, or hand calculations written next to them;
 * none was produced by running the code under test.
 *
 * Weekdays used below (1970-01-01 was a Thursday; each is also checked
 * with enf_date_weekday in test_calendar__weekdays_used):
 *   2025: Wed 1 Jan, Mon 6 Jan, Tue 7 Jan, Fri 10 Jan, Sat 11 Jan,
 *         Mon 13 Jan, Fri 17 Jan, Sat 18 Jan, Sun 19 Jan, Mon 20 Jan,
 *         Thu 23 Jan, Fri 24 Jan, Sat 25 Jan, Mon 27 Jan, Wed 29 Jan,
 *         Fri 31 Jan, Sat 1 Feb, Sun 2 Feb, Mon 3 Feb, Tue 4 Feb,
 *         Thu 6 Feb, Fri 28 Feb, Mon 7 Apr, Fri 25 Apr, Sat 26 Apr,
 *         Wed 30 Apr, Fri 2 May, Sun 4 May, Mon 5 May, Sat 30 Aug,
 *         Tue 2 Sep, Wed 3 Sep.
 *   2026: Thu 1 Jan, Sun 4 Jan, Mon 5 Jan, Sat 10 Jan, Fri 13 Feb,
 *         Sat 14 Feb, Sun 22 Feb, Mon 23 Feb, Sun 26 Apr, Mon 27 Apr,
 *         Tue 28 Apr, Tue 24 Nov, Thu 31 Dec.
 *   2023: Sun 1 Jan, Mon 2 Jan, Tue 3 Jan, Sat 29 Apr, Sun 30 Apr,
 *         Mon 1 May, Thu 4 May.
 *   2027: Fri 1 Jan, Sun 3 Jan, Mon 4 Jan, Sat 9 Jan, Sun 10 Jan,
 *         Fri 5 Feb, Tue 9 Feb, Mon 8 Mar, Thu 29 Apr, Fri 30 Apr,
 *         Thu 2 Sep, Fri 3 Sep.
 *   2028: Mon 1 May.  3000: Wed 1 Jan, Sat 4 Jan, Mon 13 Jan.
 *   2011: Sat 29 Jan, Tue 1 Feb, Wed 2 Feb, Thu 3 Feb, Sat 5 Feb,
 *         Sun 6 Feb, Mon 7 Feb, Tue 8 Feb.
 *   2013: Fri 8 Feb, Sat 9 Feb, Sun 10 Feb, Tue 12 Feb, Wed 13 Feb,
 *         Thu 14 Feb, Fri 15 Feb.
 *   2014: Wed 29 Jan, Thu 30 Jan, Fri 31 Jan, Mon 3 Feb, Wed 5 Feb,
 *         Thu 6 Feb.
 *   Sat 14 Nov 2026, Wed 25 Nov 2026, Wed 24 Nov 2027, Mon 25 Nov 2030.
 *   Sun 31 Dec 1899, Mon 1 Jan 1900, Fri 31 Dec 2100.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

static enf_calendar *new_calendar(const enf_calendar_options *opts)
{
	enf_calendar *cal = NULL;

	assert_int_equal(enf_calendar_new(&cal, opts), ENF_OK);
	assert_non_null(cal);
	return cal;
}

/* 1 for a working day, 0 for a day off. */
static int working(const enf_calendar *cal, int y, int m, int d)
{
	int out = -1;

	assert_int_equal(enf_calendar_is_working_day(&out, cal, ymd(y, m, d)),
			 ENF_OK);
	assert_true(out == 0 || out == 1);
	return out;
}

/* Asserts every day of [from, to] has the given working status. */
static void assert_span(const enf_calendar *cal, enf_date from, enf_date to,
			int is_working)
{
	for (enf_date d = from; d <= to; d++) {
		int out = -1;

		assert_int_equal(enf_calendar_is_working_day(&out, cal, d),
				 ENF_OK);
		assert_int_equal(out, is_working);
	}
}

static const char *name_of(const enf_calendar *cal, int y, int m, int d)
{
	const char *out = NULL;

	assert_int_equal(enf_calendar_holiday_name(&out, cal, ymd(y, m, d)),
			 ENF_OK);
	assert_non_null(out);
	return out;
}

static enf_date period_end(const enf_calendar *cal, enf_date event, int32_t n,
			   enf_period_unit unit)
{
	enf_date out = INT32_MIN;

	assert_int_equal(enf_calendar_period_end(&out, cal, event, n, unit),
			 ENF_OK);
	return out;
}

static void test_calendar__weekdays_used(void **state)
{
	static const struct {
		int y, m, d;
		enf_weekday wd;
	} days[] = {
		{2025, 1, 1, ENF_WEDNESDAY},   {2025, 1, 11, ENF_SATURDAY},
		{2025, 1, 13, ENF_MONDAY},     {2025, 1, 23, ENF_THURSDAY},
		{2025, 1, 24, ENF_FRIDAY},     {2025, 1, 25, ENF_SATURDAY},
		{2025, 1, 29, ENF_WEDNESDAY},  {2025, 2, 2, ENF_SUNDAY},
		{2025, 2, 3, ENF_MONDAY},      {2025, 2, 6, ENF_THURSDAY},
		{2025, 2, 28, ENF_FRIDAY},     {2025, 4, 7, ENF_MONDAY},
		{2025, 4, 26, ENF_SATURDAY},   {2025, 4, 30, ENF_WEDNESDAY},
		{2025, 5, 2, ENF_FRIDAY},      {2025, 5, 4, ENF_SUNDAY},
		{2025, 5, 5, ENF_MONDAY},      {2025, 8, 30, ENF_SATURDAY},
		{2025, 9, 2, ENF_TUESDAY},     {2025, 9, 3, ENF_WEDNESDAY},
		{2026, 1, 1, ENF_THURSDAY},    {2026, 1, 4, ENF_SUNDAY},
		{2026, 1, 5, ENF_MONDAY},      {2026, 1, 10, ENF_SATURDAY},
		{2026, 2, 13, ENF_FRIDAY},     {2026, 2, 14, ENF_SATURDAY},
		{2026, 2, 22, ENF_SUNDAY},     {2026, 2, 23, ENF_MONDAY},
		{2026, 4, 26, ENF_SUNDAY},     {2026, 4, 27, ENF_MONDAY},
		{2026, 4, 28, ENF_TUESDAY},    {2026, 11, 24, ENF_TUESDAY},
		{2023, 1, 1, ENF_SUNDAY},      {2023, 1, 2, ENF_MONDAY},
		{2023, 4, 29, ENF_SATURDAY},   {2023, 4, 30, ENF_SUNDAY},
		{2023, 5, 4, ENF_THURSDAY},    {2027, 1, 1, ENF_FRIDAY},
		{2027, 1, 9, ENF_SATURDAY},    {2027, 1, 10, ENF_SUNDAY},
		{2027, 4, 30, ENF_FRIDAY},     {2027, 9, 2, ENF_THURSDAY},
		{2027, 9, 3, ENF_FRIDAY},      {2028, 5, 1, ENF_MONDAY},
		{3000, 1, 1, ENF_WEDNESDAY},   {3000, 1, 4, ENF_SATURDAY},
		{2026, 12, 31, ENF_THURSDAY},  {2027, 1, 3, ENF_SUNDAY},
		{2027, 1, 4, ENF_MONDAY},      {2025, 1, 6, ENF_MONDAY},
		{2025, 1, 7, ENF_TUESDAY},     {2025, 1, 10, ENF_FRIDAY},
		{2025, 1, 17, ENF_FRIDAY},     {2025, 1, 18, ENF_SATURDAY},
		{2025, 1, 19, ENF_SUNDAY},     {2025, 1, 20, ENF_MONDAY},
		{2025, 1, 27, ENF_MONDAY},     {2025, 1, 31, ENF_FRIDAY},
		{2025, 2, 1, ENF_SATURDAY},    {2025, 2, 4, ENF_TUESDAY},
		{2025, 4, 25, ENF_FRIDAY},     {2023, 1, 3, ENF_TUESDAY},
		{2023, 5, 1, ENF_MONDAY},      {2027, 2, 5, ENF_FRIDAY},
		{2027, 2, 9, ENF_TUESDAY},     {2027, 3, 8, ENF_MONDAY},
		{2027, 4, 29, ENF_THURSDAY},   {3000, 1, 13, ENF_MONDAY},
		{1899, 12, 31, ENF_SUNDAY},    {1900, 1, 1, ENF_MONDAY},
		{2100, 12, 31, ENF_FRIDAY},    {2011, 1, 29, ENF_SATURDAY},
		{2011, 2, 1, ENF_TUESDAY},     {2011, 2, 2, ENF_WEDNESDAY},
		{2011, 2, 3, ENF_THURSDAY},    {2011, 2, 5, ENF_SATURDAY},
		{2011, 2, 6, ENF_SUNDAY},      {2011, 2, 7, ENF_MONDAY},
		{2011, 2, 8, ENF_TUESDAY},     {2013, 2, 8, ENF_FRIDAY},
		{2013, 2, 9, ENF_SATURDAY},    {2013, 2, 10, ENF_SUNDAY},
		{2013, 2, 12, ENF_TUESDAY},    {2013, 2, 13, ENF_WEDNESDAY},
		{2013, 2, 14, ENF_THURSDAY},   {2013, 2, 15, ENF_FRIDAY},
		{2014, 1, 29, ENF_WEDNESDAY},  {2014, 1, 30, ENF_THURSDAY},
		{2014, 1, 31, ENF_FRIDAY},     {2014, 2, 3, ENF_MONDAY},
		{2014, 2, 5, ENF_WEDNESDAY},   {2014, 2, 6, ENF_THURSDAY},
		{2026, 11, 14, ENF_SATURDAY},  {2026, 11, 25, ENF_WEDNESDAY},
		{2027, 11, 24, ENF_WEDNESDAY}, {2030, 11, 25, ENF_MONDAY},
	};

	(void)state;
	for (size_t i = 0; i < sizeof(days) / sizeof(days[0]); i++) {
		enf_weekday wd = (enf_weekday)0;

		assert_int_equal(enf_date_weekday(&wd, ymd(days[i].y, days[i].m,
							   days[i].d)),
				 ENF_OK);
		assert_int_equal(wd, days[i].wd);
	}
}

/* ---------------------------------------------------------------------- */
/* Options and creation                                                    */

static void test_calendar__options_init(void **state)
{
	enf_calendar_options o = {99, 99, (enf_holidays)99, 99};
	enf_calendar_options def = ENF_CALENDAR_OPTIONS_INIT;

	(void)state;
	assert_int_equal(enf_calendar_options_init(&o, 1), ENF_OK);
	assert_int_equal(o.version, 1);
	assert_int_equal(o.weekend, ENF_WEEKEND_SAT_SUN);
	assert_int_equal(o.weekend, (1u << 5) | (1u << 6));
	assert_int_equal(o.holidays, ENF_HOLIDAYS_VN);
	assert_int_equal(o.builtin_tables, 1);
	assert_int_equal(def.version, ENF_CALENDAR_OPTIONS_VERSION);
	assert_int_equal(def.weekend, o.weekend);
	assert_int_equal(def.holidays, o.holidays);
	assert_int_equal(def.builtin_tables, o.builtin_tables);
}

static void test_calendar__options_init_bad_input(void **state)
{
	enf_calendar_options o = {77, 77, (enf_holidays)77, 77};

	(void)state;
	assert_int_equal(enf_calendar_options_init(&o, 0), ENF_EVERSION);
	assert_error_names("calendar_options_init", "version is 0");
	assert_int_equal(enf_calendar_options_init(&o, 99), ENF_EVERSION);
	assert_error_names("calendar_options_init", "version is 99");
	assert_int_equal(o.version, 77);
	assert_int_equal(o.weekend, 77);
	assert_int_equal(o.holidays, 77);
	assert_int_equal(o.builtin_tables, 77);
	assert_int_equal(enf_calendar_options_init(NULL, 1), ENF_EINVALID);
	assert_error_names("calendar_options_init", "opts");
}

static void test_calendar__new_bad_input(void **state)
{
	enf_calendar_options o = ENF_CALENDAR_OPTIONS_INIT;
	/* An address that is not a calendar, to see *out reset to NULL. */
	enf_calendar *cal = (enf_calendar *)&o;

	(void)state;
	/* All seven days as weekend leaves no working day. */
	o.weekend = 0x7f;
	assert_int_equal(enf_calendar_new(&cal, &o), ENF_EINVALID);
	assert_error_names("calendar_new", "weekend is 0x7f");
	assert_null(cal);
	/* Bit 7 is no weekday. */
	cal = (enf_calendar *)&o;
	o.weekend = 0x80;
	assert_int_equal(enf_calendar_new(&cal, &o), ENF_EINVALID);
	assert_error_names("calendar_new", "weekend is 0x80");
	assert_null(cal);
	o.weekend = ENF_WEEKEND_SAT_SUN;
	o.holidays = (enf_holidays)2;
	cal = (enf_calendar *)&o;
	assert_int_equal(enf_calendar_new(&cal, &o), ENF_EINVALID);
	assert_error_names("calendar_new", "holidays is 2");
	assert_null(cal);
	o.holidays = ENF_HOLIDAYS_VN;
	o.version = 0;
	cal = (enf_calendar *)&o;
	assert_int_equal(enf_calendar_new(&cal, &o), ENF_EVERSION);
	assert_error_names("calendar_new", "version is 0");
	assert_null(cal);
	o.version = 2;
	assert_int_equal(enf_calendar_new(&cal, &o), ENF_EVERSION);
	assert_error_names("calendar_new", "version is 2");
	assert_int_equal(enf_calendar_new(NULL, NULL), ENF_EINVALID);
	assert_error_names("calendar_new", "out");
}

static void test_calendar__free_null(void **state)
{
	(void)state;
	enf_calendar_free(NULL); /* a no-op */
}

static void test_calendar__default_has_tables(void **state)
{
	enf_calendar *cal = new_calendar(NULL);
	int has = -1;

	(void)state;
	assert_int_equal(enf_calendar_has_table(&has, cal, 2025), ENF_OK);
	assert_int_equal(has, 1);
	assert_int_equal(enf_calendar_has_table(&has, cal, 2026), ENF_OK);
	assert_int_equal(has, 1);
	assert_int_equal(enf_calendar_has_table(&has, cal, 2024), ENF_OK);
	assert_int_equal(has, 0);
	assert_int_equal(enf_calendar_has_table(&has, cal, 2027), ENF_OK);
	assert_int_equal(has, 0);
	/* Years outside the calendar have no table; not an error. */
	assert_int_equal(enf_calendar_has_table(&has, cal, 1899), ENF_OK);
	assert_int_equal(has, 0);
	assert_int_equal(enf_calendar_has_table(&has, cal, 2101), ENF_OK);
	assert_int_equal(has, 0);
	assert_int_equal(enf_calendar_has_table(&has, cal, -5), ENF_OK);
	assert_int_equal(has, 0);
	enf_calendar_free(cal);
}

static void test_calendar__has_table_bad_input(void **state)
{
	enf_calendar *cal = new_calendar(NULL);
	int has = 55;

	(void)state;
	assert_int_equal(enf_calendar_has_table(&has, NULL, 2025),
			 ENF_EINVALID);
	assert_error_names("calendar_has_table", "cal");
	assert_int_equal(has, 55);
	assert_int_equal(enf_calendar_has_table(NULL, cal, 2025), ENF_EINVALID);
	assert_error_names("calendar_has_table", "out");
	enf_calendar_free(cal);
}

/* ---------------------------------------------------------------------- */
/* The official tables of 2025 and 2026                                    */

static void test_calendar__2025(void **state)
{
	enf_calendar *cal = new_calendar(NULL);

	(void)state;
	/* 1 January (Wed). */
	assert_false(working(cal, 2025, 1, 1));
	assert_true(working(cal, 2025, 1, 2));
	/* A plain weekend. */
	assert_false(working(cal, 2025, 1, 11));
	assert_false(working(cal, 2025, 1, 12));
	assert_true(working(cal, 2025, 1, 13));
	/* Tết Ất Tỵ: Sat 25 Jan .. Sun 2 Feb off (letter 8726/VPCP-KGVX);
	 * Fri 24 Jan and Mon 3 Feb are working days. */
	assert_true(working(cal, 2025, 1, 24));
	assert_span(cal, ymd(2025, 1, 25), ymd(2025, 2, 2), 0);
	assert_true(working(cal, 2025, 2, 3));
	/* Hùng Kings' day, Mon 7 Apr. */
	assert_false(working(cal, 2025, 4, 7));
	assert_true(working(cal, 2025, 4, 8));
	/* Sat 26 Apr is worked, swapped for Fri 2 May; 30/4 .. 4/5 off. */
	assert_true(working(cal, 2025, 4, 26));
	assert_false(working(cal, 2025, 4, 27));
	assert_true(working(cal, 2025, 4, 29));
	assert_span(cal, ymd(2025, 4, 30), ymd(2025, 5, 4), 0);
	assert_false(working(cal, 2025, 5, 2));
	assert_true(working(cal, 2025, 5, 5));
	/* National Day: Sat 30 Aug .. Tue 2 Sep off. */
	assert_true(working(cal, 2025, 8, 29));
	assert_span(cal, ymd(2025, 8, 30), ymd(2025, 9, 2), 0);
	assert_true(working(cal, 2025, 9, 3));
	enf_calendar_free(cal);
}

static void test_calendar__2026(void **state)
{
	enf_calendar *cal = new_calendar(NULL);

	(void)state;
	/* 1-4 Jan off with Fri 2 Jan swapped for Sat 10 Jan (letter
	 * 12729/VPCP-KGVX). */
	assert_true(working(cal, 2025, 12, 31));
	assert_span(cal, ymd(2026, 1, 1), ymd(2026, 1, 4), 0);
	assert_true(working(cal, 2026, 1, 5));
	assert_true(working(cal, 2026, 1, 10));
	assert_false(working(cal, 2026, 1, 11));
	/* Tết Bính Ngọ: Sat 14 .. Sun 22 Feb (notice 9441/TB-BNV). */
	assert_true(working(cal, 2026, 2, 13));
	assert_span(cal, ymd(2026, 2, 14), ymd(2026, 2, 22), 0);
	assert_true(working(cal, 2026, 2, 23));
	/* Hùng Kings' day falls on Sun 26 Apr: Mon 27 Apr is the
	 * compensatory day (Labour Code Art 111(3)). */
	assert_false(working(cal, 2026, 4, 26));
	assert_false(working(cal, 2026, 4, 27));
	assert_true(working(cal, 2026, 4, 28));
	/* 30/4 (Thu) and 1/5 (Fri). */
	assert_false(working(cal, 2026, 4, 30));
	assert_false(working(cal, 2026, 5, 1));
	/* Tue 24 Nov, Vietnam Culture Day, is a working day: no enacting
	 * text makes it a paid holiday (U; see test_calendar__culture_day).
	 * Before, the table listed it on an unconfirmed report. */
	assert_true(working(cal, 2026, 11, 24));
	assert_string_equal(name_of(cal, 2026, 11, 24), "");
	enf_calendar_free(cal);
}

/*
 * F10. Vietnam Culture Day (24 November) is not in the default calendar:
 * in February 2026 the Government was still asking for Labour Code Art
 * 112(1) to be amended to add it (Resolution 30/NQ-CP, reported), and no
 * enacting text was found (U). A caller who holds it in force loads the
 * year's table with it. Tue 24 Nov 2026, Wed 24 Nov 2027.
 */
static void test_calendar__culture_day(void **state)
{
	/* The official 2026 table as built in, plus 24/11. */
	static const char with_2026[] =
		"year 2026\n"
		"off 2026-01-01 2026-01-04 Tết Dương lịch\n"
		"work 2026-01-10\n"
		"off 2026-02-14 2026-02-22 Tết Nguyên đán\n"
		"off 2026-04-26 2026-04-27 Giỗ Tổ Hùng Vương\n"
		"off 2026-04-30 Ngày Giải phóng miền Nam\n"
		"off 2026-05-01 2026-05-03 Quốc tế Lao động\n"
		"off 2026-08-29 2026-09-02 Quốc khánh\n"
		"work 2026-08-22\n"
		"off 2026-11-24 Ngày Văn hóa Việt Nam\n";
	enf_calendar_options o = ENF_CALENDAR_OPTIONS_INIT;
	enf_calendar *cal = new_calendar(NULL);
	enf_calendar *computed;

	(void)state;
	assert_true(working(cal, 2026, 11, 24));
	assert_true(working(cal, 2027, 11, 24));
	/* 10 days from Sat 14 Nov 2026 end on Tue 24 Nov, not Wed 25. */
	assert_int_equal(period_end(cal, ymd(2026, 11, 14), 10, ENF_UNIT_DAYS),
			 ymd(2026, 11, 24));
	o.builtin_tables = 0;
	computed = new_calendar(&o);
	assert_true(working(computed, 2026, 11, 24));
	assert_true(working(computed, 2030, 11, 25)); /* a Monday */
	enf_calendar_free(computed);

	assert_int_equal(enf_calendar_load(cal, with_2026), ENF_OK);
	assert_false(working(cal, 2026, 11, 24));
	assert_string_equal(name_of(cal, 2026, 11, 24),
			    "Ngày Văn hóa Việt Nam");
	assert_true(working(cal, 2026, 11, 25));
	assert_false(working(cal, 2026, 2, 17));
	assert_true(working(cal, 2026, 1, 10));
	assert_int_equal(period_end(cal, ymd(2026, 11, 14), 10, ENF_UNIT_DAYS),
			 ymd(2026, 11, 25));
	enf_calendar_free(cal);
}

/*
 * Tết lasted four days through 2013: Labour Code 1994 Art 73 as amended by
 * Law 84/2007; the five days of Labour Code 2012 Art 115 took effect on
 * 1 May 2013, after Tết 2013. The four days are the last of the old lunar
 * year and the first three of the new one (I). Compensatory days: Art 73
 * of the 1994 code and Art 111(3) of the 2019 code alike.
 * - Tết Tân Mão, Thu 3 Feb 2011: Wed 2 - Sat 5 Feb; Sat 5 compensated on
 *   Mon 7 Feb; Tue 8 Feb works (five days would also take Sun 6, and
 *   give Mon 7 and Tue 8).
 * - Tết Quý Tỵ, Sun 10 Feb 2013: Sat 9 - Tue 12 Feb; Sat 9 and Sun 10
 *   compensated on Wed 13 and Thu 14; Fri 15 works.
 * - Tết Giáp Ngọ, Fri 31 Jan 2014, five days: Thu 30 Jan - Mon 3 Feb; Sat
 *   1 and Sun 2 compensated on Tue 4 and Wed 5; Thu 6 Feb works.
 * A 10-day period from Sat 29 Jan 2011 ends on Tue 8 Feb 2011, a day
 * earlier than with five days of Tết.
 */
static void test_calendar__tet_four_days_before_2014(void **state)
{
	enf_calendar *cal = new_calendar(NULL);

	(void)state;
	assert_true(working(cal, 2011, 2, 1));
	assert_span(cal, ymd(2011, 2, 2), ymd(2011, 2, 7), 0);
	assert_string_equal(name_of(cal, 2011, 2, 2), "Tết Nguyên đán");
	assert_string_equal(name_of(cal, 2011, 2, 5), "Tết Nguyên đán");
	assert_string_equal(name_of(cal, 2011, 2, 6), "");
	assert_string_equal(name_of(cal, 2011, 2, 7), "Nghỉ bù");
	assert_true(working(cal, 2011, 2, 8));
	assert_int_equal(period_end(cal, ymd(2011, 1, 29), 10, ENF_UNIT_DAYS),
			 ymd(2011, 2, 8));

	assert_true(working(cal, 2013, 2, 8));
	assert_span(cal, ymd(2013, 2, 9), ymd(2013, 2, 14), 0);
	assert_string_equal(name_of(cal, 2013, 2, 12), "Tết Nguyên đán");
	assert_string_equal(name_of(cal, 2013, 2, 13), "Nghỉ bù");
	assert_string_equal(name_of(cal, 2013, 2, 14), "Nghỉ bù");
	assert_true(working(cal, 2013, 2, 15));

	assert_true(working(cal, 2014, 1, 29));
	assert_span(cal, ymd(2014, 1, 30), ymd(2014, 2, 5), 0);
	assert_string_equal(name_of(cal, 2014, 2, 3), "Tết Nguyên đán");
	assert_string_equal(name_of(cal, 2014, 2, 5), "Nghỉ bù");
	assert_true(working(cal, 2014, 2, 6));
	enf_calendar_free(cal);
}

static void test_calendar__holiday_names(void **state)
{
	enf_calendar *cal = new_calendar(NULL);

	(void)state;
	assert_string_equal(name_of(cal, 2025, 1, 29), "Tết Nguyên đán");
	assert_string_equal(name_of(cal, 2025, 1, 25), "Tết Nguyên đán");
	assert_string_equal(name_of(cal, 2025, 1, 1), "Tết Dương lịch");
	assert_string_equal(name_of(cal, 2025, 4, 7), "Giỗ Tổ Hùng Vương");
	assert_string_equal(name_of(cal, 2025, 4, 30),
			    "Ngày Giải phóng miền Nam");
	assert_string_equal(name_of(cal, 2025, 5, 1), "Quốc tế Lao động");
	assert_string_equal(name_of(cal, 2025, 9, 2), "Quốc khánh");
	assert_string_equal(name_of(cal, 2026, 2, 17), "Tết Nguyên đán");
	/* A plain Saturday, a working day and a swapped working Saturday. */
	assert_string_equal(name_of(cal, 2025, 1, 18), "");
	assert_string_equal(name_of(cal, 2025, 1, 13), "");
	assert_string_equal(name_of(cal, 2025, 4, 26), "");
	enf_calendar_free(cal);
}

static void test_calendar__query_bad_input(void **state)
{
	enf_calendar *cal = new_calendar(NULL);
	int w = 66;
	const char *name = "sentinel";
	enf_date d = 4321;
	int32_t n = 1234;

	(void)state;
	/* The VN calendar covers 1900-2100 only. */
	assert_int_equal(
		enf_calendar_is_working_day(&w, cal, ymd(1899, 12, 31)),
		ENF_ERANGE);
	assert_error_names("calendar_is_working_day", "1899-12-31");
	assert_int_equal(enf_calendar_is_working_day(&w, cal, ymd(2101, 1, 1)),
			 ENF_ERANGE);
	assert_error_names("calendar_is_working_day", "2101-01-01");
	assert_int_equal(enf_calendar_is_working_day(&w, NULL, 20101),
			 ENF_EINVALID);
	assert_error_names("calendar_is_working_day", "cal");
	assert_int_equal(enf_calendar_is_working_day(NULL, cal, 20101),
			 ENF_EINVALID);
	assert_error_names("calendar_is_working_day", "out");
	assert_int_equal(w, 66);

	assert_int_equal(
		enf_calendar_holiday_name(&name, cal, ymd(1899, 12, 31)),
		ENF_ERANGE);
	assert_error_names("calendar_holiday_name", "1899-12-31");
	assert_int_equal(enf_calendar_holiday_name(&name, NULL, 20101),
			 ENF_EINVALID);
	assert_error_names("calendar_holiday_name", "cal");
	assert_int_equal(enf_calendar_holiday_name(NULL, cal, 20101),
			 ENF_EINVALID);
	assert_error_names("calendar_holiday_name", "out");
	assert_string_equal(name, "sentinel");

	assert_int_equal(
		enf_calendar_next_working_day(&d, cal, ymd(2101, 1, 1)),
		ENF_ERANGE);
	assert_error_names("calendar_next_working_day", "2101-01-01");
	assert_int_equal(enf_calendar_next_working_day(&d, NULL, 20101),
			 ENF_EINVALID);
	assert_error_names("calendar_next_working_day", "cal");
	assert_int_equal(enf_calendar_next_working_day(NULL, cal, 20101),
			 ENF_EINVALID);
	assert_error_names("calendar_next_working_day", "out");
	assert_int_equal(d, 4321);

	assert_int_equal(enf_calendar_count_working_days(
				 &n, cal, ymd(1899, 12, 31), ymd(1900, 1, 31)),
			 ENF_ERANGE);
	assert_error_names("calendar_count_working_days", "1899-12-31");
	assert_int_equal(enf_calendar_count_working_days(
				 &n, cal, ymd(2100, 1, 1), ymd(2101, 1, 1)),
			 ENF_ERANGE);
	assert_error_names("calendar_count_working_days", "2101-01-01");
	assert_int_equal(enf_calendar_count_working_days(&n, NULL, 0, 1),
			 ENF_EINVALID);
	assert_error_names("calendar_count_working_days", "cal");
	assert_int_equal(enf_calendar_count_working_days(NULL, cal, 0, 1),
			 ENF_EINVALID);
	assert_error_names("calendar_count_working_days", "out");
	assert_int_equal(n, 1234);
	enf_calendar_free(cal);
}

static void test_calendar__next_working_day(void **state)
{
	enf_calendar *cal = new_calendar(NULL);
	enf_date d = -1;

	(void)state;
	/* A working day is its own next working day. */
	assert_int_equal(
		enf_calendar_next_working_day(&d, cal, ymd(2025, 1, 13)),
		ENF_OK);
	assert_int_equal(d, ymd(2025, 1, 13));
	/* From the first day of Tết to Mon 3 Feb 2025. */
	assert_int_equal(
		enf_calendar_next_working_day(&d, cal, ymd(2025, 1, 25)),
		ENF_OK);
	assert_int_equal(d, ymd(2025, 2, 3));
	/* From Wed 30 Apr 2025 (30/4 .. 4/5 off) to Mon 5 May. */
	assert_int_equal(
		enf_calendar_next_working_day(&d, cal, ymd(2025, 4, 30)),
		ENF_OK);
	assert_int_equal(d, ymd(2025, 5, 5));
	/* The worked Saturday 26 Apr 2025 is its own next working day. */
	assert_int_equal(
		enf_calendar_next_working_day(&d, cal, ymd(2025, 4, 26)),
		ENF_OK);
	assert_int_equal(d, ymd(2025, 4, 26));
	/* The last covered day, Fri 31 Dec 2100, is a working day. */
	assert_int_equal(
		enf_calendar_next_working_day(&d, cal, ymd(2100, 12, 31)),
		ENF_OK);
	assert_int_equal(d, ymd(2100, 12, 31));
	enf_calendar_free(cal);
}

static void test_calendar__count_working_days(void **state)
{
	enf_calendar *cal = new_calendar(NULL);
	int32_t n = -1;

	(void)state;
	/* Mon 20 .. Fri 24 Jan (5), Tết 25 Jan .. 2 Feb (0), Mon 3 .. Fri
	 * 7 Feb (5): 10. */
	assert_int_equal(enf_calendar_count_working_days(
				 &n, cal, ymd(2025, 1, 20), ymd(2025, 2, 7)),
			 ENF_OK);
	assert_int_equal(n, 10);
	/* January 2025: 23 weekdays (Wed 1 .. Fri 3 = 3, then four full
	 * weeks of 5), less 1 Jan and Mon 27 .. Fri 31 Jan of Tết: 17. */
	assert_int_equal(enf_calendar_count_working_days(
				 &n, cal, ymd(2025, 1, 1), ymd(2025, 1, 31)),
			 ENF_OK);
	assert_int_equal(n, 17);
	/* The year 2025: 365 days from a Wednesday = 52 weeks and one
	 * Wednesday: 261 weekdays. Weekdays off: 1 Jan; 27-31 Jan (5);
	 * 7 Apr; 30 Apr; 1, 2 May; 1, 2 Sep = 12. Worked Saturday 26 Apr:
	 * +1. 261 - 12 + 1 = 250. */
	assert_int_equal(enf_calendar_count_working_days(
				 &n, cal, ymd(2025, 1, 1), ymd(2025, 12, 31)),
			 ENF_OK);
	assert_int_equal(n, 250);
	/* One day, both ends included. */
	assert_int_equal(enf_calendar_count_working_days(
				 &n, cal, ymd(2025, 1, 13), ymd(2025, 1, 13)),
			 ENF_OK);
	assert_int_equal(n, 1);
	assert_int_equal(enf_calendar_count_working_days(
				 &n, cal, ymd(2025, 1, 25), ymd(2025, 2, 2)),
			 ENF_OK);
	assert_int_equal(n, 0);
	/* to before from: 0. */
	n = -1;
	assert_int_equal(enf_calendar_count_working_days(
				 &n, cal, ymd(2025, 2, 7), ymd(2025, 1, 20)),
			 ENF_OK);
	assert_int_equal(n, 0);
	enf_calendar_free(cal);
}

/* ---------------------------------------------------------------------- */
/* Statutory periods (Civil Code Art 147-148)                              */

static void test_calendar__period_days(void **state)
{
	enf_calendar *cal = new_calendar(NULL);

	(void)state;
	/* From 1 Jan 2025 counting starts 2 Jan; day 10 is Sat 11 Jan, so
	 * the period ends on Mon 13 Jan (Art 148(2)). */
	assert_int_equal(period_end(cal, ymd(2025, 1, 1), 10, ENF_UNIT_DAYS),
			 ymd(2025, 1, 13));
	/* Day 10 on a working day stays: from 3 Jan, Mon 13 Jan. */
	assert_int_equal(period_end(cal, ymd(2025, 1, 3), 10, ENF_UNIT_DAYS),
			 ymd(2025, 1, 13));
	/* From Mon 20 Jan 2025, day 10 is Thu 30 Jan, in Tết (25 Jan ..
	 * 2 Feb): the period ends Mon 3 Feb. */
	assert_int_equal(period_end(cal, ymd(2025, 1, 20), 10, ENF_UNIT_DAYS),
			 ymd(2025, 2, 3));
	/* 1 day from Fri 24 Jan is Sat 25 Jan: Mon 3 Feb. */
	assert_int_equal(period_end(cal, ymd(2025, 1, 24), 1, ENF_UNIT_DAYS),
			 ymd(2025, 2, 3));
	/* 1 day from Fri 25 Apr 2025 is the worked Sat 26 Apr. */
	assert_int_equal(period_end(cal, ymd(2025, 4, 25), 1, ENF_UNIT_DAYS),
			 ymd(2025, 4, 26));
	enf_calendar_free(cal);
}

static void test_calendar__period_working_days(void **state)
{
	enf_calendar *cal = new_calendar(NULL);

	(void)state;
	/* From Thu 23 Jan 2025: Fri 24 Jan (1), Tết, Mon 3 (2), Tue 4 (3),
	 * Wed 5 (4), Thu 6 Feb (5). */
	assert_int_equal(
		period_end(cal, ymd(2025, 1, 23), 5, ENF_UNIT_WORKING_DAYS),
		ymd(2025, 2, 6));
	/* From Fri 10 Jan 2025: Mon 13 .. Fri 17 Jan. */
	assert_int_equal(
		period_end(cal, ymd(2025, 1, 10), 5, ENF_UNIT_WORKING_DAYS),
		ymd(2025, 1, 17));
	/* An event on a day off: from Sat 25 Jan, the 1st is Mon 3 Feb. */
	assert_int_equal(
		period_end(cal, ymd(2025, 1, 25), 1, ENF_UNIT_WORKING_DAYS),
		ymd(2025, 2, 3));
	/* From Fri 25 Apr 2025 the worked Sat 26 Apr counts, then Mon 28,
	 * Tue 29 Apr, then 30/4 .. 4/5 off, then Mon 5 May: the 4th. */
	assert_int_equal(
		period_end(cal, ymd(2025, 4, 25), 4, ENF_UNIT_WORKING_DAYS),
		ymd(2025, 5, 5));
	enf_calendar_free(cal);
}

static void test_calendar__period_weeks_months_years(void **state)
{
	enf_calendar *cal = new_calendar(NULL);

	(void)state;
	/* 1 week from Mon 6 Jan 2025: Mon 13 Jan, a working day. */
	assert_int_equal(period_end(cal, ymd(2025, 1, 6), 1, ENF_UNIT_WEEKS),
			 ymd(2025, 1, 13));
	/* 2 weeks from Mon 13 Jan 2025: Mon 27 Jan, in Tết: Mon 3 Feb. */
	assert_int_equal(period_end(cal, ymd(2025, 1, 13), 2, ENF_UNIT_WEEKS),
			 ymd(2025, 2, 3));
	/* 1 month from 31 Jan 2025: no 31 Feb, so 28 Feb 2025 (Art
	 * 148(1)(c)), a Friday and a working day. */
	assert_int_equal(period_end(cal, ymd(2025, 1, 31), 1, ENF_UNIT_MONTHS),
			 ymd(2025, 2, 28));
	/* 1 month from 2 Jan 2025: Sun 2 Feb, in Tết: Mon 3 Feb. */
	assert_int_equal(period_end(cal, ymd(2025, 1, 2), 1, ENF_UNIT_MONTHS),
			 ymd(2025, 2, 3));
	/* 3 months from 31 Oct 2024: 31 Jan 2025, in Tết: Mon 3 Feb. */
	assert_int_equal(period_end(cal, ymd(2024, 10, 31), 3, ENF_UNIT_MONTHS),
			 ymd(2025, 2, 3));
	/* 1 year from 29 Feb 2024: 28 Feb 2025 (Fri, working). */
	assert_int_equal(period_end(cal, ymd(2024, 2, 29), 1, ENF_UNIT_YEARS),
			 ymd(2025, 2, 28));
	/* 1 year from 30 Apr 2024: Wed 30 Apr 2025, then 30/4 .. 4/5 off:
	 * Mon 5 May 2025. */
	assert_int_equal(period_end(cal, ymd(2024, 4, 30), 1, ENF_UNIT_YEARS),
			 ymd(2025, 5, 5));
	/* 2 years from 13 Jan 2023: Mon 13 Jan 2025. */
	assert_int_equal(period_end(cal, ymd(2023, 1, 13), 2, ENF_UNIT_YEARS),
			 ymd(2025, 1, 13));
	enf_calendar_free(cal);
}

static void test_calendar__period_bad_input(void **state)
{
	enf_calendar *cal = new_calendar(NULL);
	enf_date d = 999;

	(void)state;
	assert_int_equal(
		enf_calendar_period_end(&d, cal, 20101, 0, ENF_UNIT_DAYS),
		ENF_EINVALID);
	assert_error_names("calendar_period_end", "n is 0");
	assert_int_equal(enf_calendar_period_end(&d, cal, 20101, -3,
						 ENF_UNIT_WORKING_DAYS),
			 ENF_EINVALID);
	assert_error_names("calendar_period_end", "n is -3");
	assert_int_equal(
		enf_calendar_period_end(&d, cal, 20101, 1, (enf_period_unit)5),
		ENF_EINVALID);
	assert_error_names("calendar_period_end", "unit is 5");
	assert_int_equal(
		enf_calendar_period_end(&d, cal, 20101, 1, (enf_period_unit)-1),
		ENF_EINVALID);
	assert_error_names("calendar_period_end", "unit is -1");
	/* Outside the calendar: an event before 1900, or an end after
	 * 2100 (1 day after Fri 31 Dec 2100 is Sat 1 Jan 2101). */
	assert_int_equal(enf_calendar_period_end(&d, cal, ymd(1899, 12, 30), 5,
						 ENF_UNIT_DAYS),
			 ENF_ERANGE);
	assert_error_names("calendar_period_end", "1899-12-30");
	assert_int_equal(enf_calendar_period_end(&d, cal, ymd(2100, 12, 31), 1,
						 ENF_UNIT_DAYS),
			 ENF_ERANGE);
	assert_error_names("calendar_period_end", "2101-01-01");
	assert_int_equal(enf_calendar_period_end(&d, cal, ymd(2100, 12, 31), 1,
						 ENF_UNIT_WORKING_DAYS),
			 ENF_ERANGE);
	assert_int_equal(enf_calendar_period_end(&d, cal, ymd(2100, 6, 1), 1,
						 ENF_UNIT_YEARS),
			 ENF_ERANGE);
	assert_int_equal(enf_calendar_period_end(&d, cal, 20101, INT32_MAX,
						 ENF_UNIT_MONTHS),
			 ENF_ERANGE);
	assert_int_equal(enf_calendar_period_end(&d, cal, 20101, INT32_MAX,
						 ENF_UNIT_WEEKS),
			 ENF_ERANGE);
	assert_int_equal(d, 999);
	assert_int_equal(
		enf_calendar_period_end(&d, NULL, 20101, 1, ENF_UNIT_DAYS),
		ENF_EINVALID);
	assert_error_names("calendar_period_end", "cal");
	assert_int_equal(
		enf_calendar_period_end(NULL, cal, 20101, 1, ENF_UNIT_DAYS),
		ENF_EINVALID);
	assert_error_names("calendar_period_end", "out");
	assert_int_equal(d, 999);
	enf_calendar_free(cal);
}

/* ---------------------------------------------------------------------- */
/* Options: holiday sets, tables, weekends                                 */

static void test_calendar__holidays_none(void **state)
{
	enf_calendar_options o = ENF_CALENDAR_OPTIONS_INIT;
	enf_calendar *cal;
	enf_date d = -1;
	int w = 5;

	(void)state;
	o.holidays = ENF_HOLIDAYS_NONE;
	o.builtin_tables = 0;
	cal = new_calendar(&o);
	/* Weekends only, for any valid date: Wed 1 Jan 3000 works, Sat 4 Jan
	 * does not; 1 Jan 2025 and Tết 2025 are plain weekdays. */
	assert_true(working(cal, 3000, 1, 1));
	assert_false(working(cal, 3000, 1, 4));
	assert_true(working(cal, 2025, 1, 1));
	assert_true(working(cal, 2025, 1, 29));
	assert_false(working(cal, 2025, 1, 25));
	assert_true(working(cal, 1, 1, 1));	 /* a Monday */
	assert_true(working(cal, 9999, 12, 31)); /* a Friday */
	assert_string_equal(name_of(cal, 3000, 1, 4), "");
	/* 10 days from Wed 1 Jan 3000: Sat 11 Jan, so Mon 13 Jan 3000. */
	assert_int_equal(period_end(cal, ymd(3000, 1, 1), 10, ENF_UNIT_DAYS),
			 ymd(3000, 1, 13));
	/* Across 1900: Mon 1 Jan 1900 (1 Jan 1900 = 1 Jan 2000 - 100 years
	 * of 36524 days, 36524 = 7 * 5217 + 5 before a Saturday). */
	assert_true(working(cal, 1900, 1, 1));
	assert_false(working(cal, 1899, 12, 31));
	assert_int_equal(
		enf_calendar_next_working_day(&d, cal, ymd(1899, 12, 30)),
		ENF_OK);
	assert_int_equal(d, ymd(1900, 1, 1));
	/* But not past the valid dates. */
	assert_int_equal(enf_calendar_is_working_day(&w, cal, ENF_DATE_MAX + 1),
			 ENF_ERANGE);
	assert_error_names("calendar_is_working_day", "2932897");
	assert_int_equal(w, 5);
	assert_int_equal(enf_calendar_period_end(&d, cal, ymd(9999, 12, 30), 2,
						 ENF_UNIT_DAYS),
			 ENF_ERANGE);
	assert_int_equal(enf_calendar_period_end(&d, cal, ymd(9999, 12, 15), 1,
						 ENF_UNIT_MONTHS),
			 ENF_ERANGE);
	assert_int_equal(d, ymd(1900, 1, 1));
	enf_calendar_free(cal);
}

static void test_calendar__computed_rule(void **state)
{
	enf_calendar_options o = ENF_CALENDAR_OPTIONS_INIT;
	enf_calendar *cal;
	int has = -1;

	(void)state;
	o.builtin_tables = 0;
	cal = new_calendar(&o);
	assert_int_equal(enf_calendar_has_table(&has, cal, 2025), ENF_OK);
	assert_int_equal(has, 0);
	/* 1 Jan 2023 is a Sunday: Mon 2 Jan is the compensatory day off
	 * (Art 111(3)); Tue 3 Jan works. */
	assert_false(working(cal, 2023, 1, 1));
	assert_false(working(cal, 2023, 1, 2));
	assert_string_equal(name_of(cal, 2023, 1, 2), "Nghỉ bù");
	assert_true(working(cal, 2023, 1, 3));
	/* Hùng Kings' day 10/3 Quý Mão = Sat 29 Apr 2023 and 30 Apr is a
	 * Sunday: 1 May (Mon) is Labour Day, so the two compensatory days
	 * are Tue 2 and Wed 3 May; Thu 4 May works. */
	assert_span(cal, ymd(2023, 4, 29), ymd(2023, 5, 3), 0);
	assert_string_equal(name_of(cal, 2023, 4, 29), "Giỗ Tổ Hùng Vương");
	assert_string_equal(name_of(cal, 2023, 5, 1), "Quốc tế Lao động");
	assert_string_equal(name_of(cal, 2023, 5, 2), "Nghỉ bù");
	assert_string_equal(name_of(cal, 2023, 5, 3), "Nghỉ bù");
	assert_true(working(cal, 2023, 5, 4));
	assert_true(working(cal, 2023, 4, 28));
	/* Without the 2025 table there is no swap: Sat 26 Apr 2025 is off,
	 * Fri 2 May works (30/4 Wed and 1/5 Thu only). */
	assert_false(working(cal, 2025, 4, 26));
	assert_false(working(cal, 2025, 4, 30));
	assert_false(working(cal, 2025, 5, 1));
	assert_true(working(cal, 2025, 5, 2));
	/* Tết Ất Tỵ is 29 Jan 2025: the eve (28 Jan) and 1..4 Tết (29 Jan ..
	 * 1 Feb) are the five days; 1 Feb is a Saturday, so Mon 3 Feb is a
	 * compensatory day off. */
	assert_true(working(cal, 2025, 1, 27));
	assert_span(cal, ymd(2025, 1, 28), ymd(2025, 2, 3), 0);
	assert_true(working(cal, 2025, 2, 4));
	enf_calendar_free(cal);
}

static void test_calendar__friday_saturday_weekend(void **state)
{
	enf_calendar_options o = ENF_CALENDAR_OPTIONS_INIT;
	enf_calendar *cal;

	(void)state;
	o.weekend = ENF_WEEKEND_BIT(ENF_FRIDAY) | ENF_WEEKEND_BIT(ENF_SATURDAY);
	o.holidays = ENF_HOLIDAYS_NONE;
	o.builtin_tables = 0;
	cal = new_calendar(&o);
	/* Week of Mon 13 Jan 2025: Fri 17 and Sat 18 off, Sun 19 works. */
	assert_true(working(cal, 2025, 1, 16));
	assert_false(working(cal, 2025, 1, 17));
	assert_false(working(cal, 2025, 1, 18));
	assert_true(working(cal, 2025, 1, 19));
	/* 10 days from Tue 7 Jan 2025: Fri 17 Jan, so Sun 19 Jan. */
	assert_int_equal(period_end(cal, ymd(2025, 1, 7), 10, ENF_UNIT_DAYS),
			 ymd(2025, 1, 19));
	enf_calendar_free(cal);

	/* With the VN holidays: 1 Jan 2027 is a Friday, a weekly rest day
	 * here, so the next working day, Sun 3 Jan, is a compensatory day off
	 * (Art 111(3)); Mon 4 Jan works. */
	o.holidays = ENF_HOLIDAYS_VN;
	cal = new_calendar(&o);
	assert_true(working(cal, 2026, 12, 31));
	assert_false(working(cal, 2027, 1, 1));
	assert_false(working(cal, 2027, 1, 2));
	assert_false(working(cal, 2027, 1, 3));
	assert_string_equal(name_of(cal, 2027, 1, 3), "Nghỉ bù");
	assert_true(working(cal, 2027, 1, 4));
	enf_calendar_free(cal);
	/* With Saturday-Sunday it needs none: Mon 4 Jan 2027 is not off. */
	cal = new_calendar(NULL);
	assert_false(working(cal, 2027, 1, 1));
	assert_true(working(cal, 2027, 1, 4));
	enf_calendar_free(cal);
}

/* ---------------------------------------------------------------------- */
/* Loading official tables                                                 */

static const char table_2027[] =
	"# Official days off of 2027 (test data)\n"
	"\n"
	"year 2027   # the year of the dates below\n"
	"off  2027-01-01             Tết Dương lịch\n"
	"   \t\n"
	"work 2027-01-09             # a Saturday\n"
	"off  2027-02-05 2027-02-09  Tết Nguyên đán\n"
	"off  2027-03-08             Ngày thử nghiệm   \n"
	"off  2027-03-09\n";

static void test_calendar__load(void **state)
{
	enf_calendar *cal = new_calendar(NULL);
	int has = -1;

	(void)state;
	/* Before: 2027 follows the computed rule: 30/4 (Fri), 2/9 (Thu) and
	 * its adjacent day Fri 3/9 off. */
	assert_false(working(cal, 2027, 4, 30));
	assert_false(working(cal, 2027, 9, 2));
	assert_false(working(cal, 2027, 9, 3));
	assert_false(working(cal, 2027, 1, 9));

	assert_int_equal(enf_calendar_load(cal, table_2027), ENF_OK);
	assert_int_equal(enf_calendar_has_table(&has, cal, 2027), ENF_OK);
	assert_int_equal(has, 1);
	/* The table replaces 2027's computed holidays in full. */
	assert_false(working(cal, 2027, 1, 1));
	assert_string_equal(name_of(cal, 2027, 1, 1), "Tết Dương lịch");
	assert_true(working(cal, 2027, 1, 9)); /* "work" on a Saturday */
	assert_string_equal(name_of(cal, 2027, 1, 9), "");
	assert_false(working(cal, 2027, 1, 10)); /* Sunday stays off */
	assert_true(working(cal, 2027, 2, 4));
	assert_span(cal, ymd(2027, 2, 5), ymd(2027, 2, 9), 0);
	assert_string_equal(name_of(cal, 2027, 2, 8), "Tết Nguyên đán");
	assert_true(working(cal, 2027, 2, 10));
	assert_false(working(cal, 2027, 3, 8));
	assert_string_equal(name_of(cal, 2027, 3, 8), "Ngày thử nghiệm");
	assert_false(working(cal, 2027, 3, 9));
	assert_string_equal(name_of(cal, 2027, 3, 9), "");
	assert_true(working(cal, 2027, 4, 30));
	assert_true(working(cal, 2027, 9, 2));
	assert_true(working(cal, 2027, 9, 3));
	/* Other years are untouched: 2026's table and 2028's rule. */
	assert_false(working(cal, 2026, 2, 17));
	assert_true(working(cal, 2026, 1, 10));
	assert_false(working(cal, 2028, 5, 1));
	assert_int_equal(enf_calendar_has_table(&has, cal, 2028), ENF_OK);
	assert_int_equal(has, 0);

	/* A second load of the same year replaces the first table. */
	assert_int_equal(enf_calendar_load(cal, "year 2027\r\n"
						"off 2027-04-30\r\n"),
			 ENF_OK);
	assert_false(working(cal, 2027, 4, 30));
	assert_true(working(cal, 2027, 3, 8));
	assert_false(working(cal, 2027, 1, 9));
	/* Empty text and comments only change nothing. */
	assert_int_equal(enf_calendar_load(cal, ""), ENF_OK);
	assert_int_equal(enf_calendar_load(cal, "# nothing\n\n"), ENF_OK);
	assert_false(working(cal, 2027, 4, 30));
	enf_calendar_free(cal);
}

/*
 * Names: a name loaded again (in another load) is the same name; a word
 * that starts with a digit but is not shaped like a date starts the name;
 * blanks around the name are dropped; a five-digit year is out of range.
 */
static void test_calendar__load_names(void **state)
{
	enf_calendar *cal = new_calendar(NULL);

	(void)state;
	assert_int_equal(enf_calendar_load(cal, "year 2027\n"
						"off 2027-03-10 Ngày X\n"),
			 ENF_OK);
	assert_int_equal(enf_calendar_load(cal, "year 2028\n"
						"off 2028-03-10\t\tNgày X \t\n"
						"off 2028-03-13 12a Hội nghị\n"
						"off 2028-03-14 1/2\n"),
			 ENF_OK);
	assert_string_equal(name_of(cal, 2027, 3, 10), "Ngày X");
	assert_string_equal(name_of(cal, 2028, 3, 10), "Ngày X");
	assert_false(working(cal, 2028, 3, 13));
	assert_string_equal(name_of(cal, 2028, 3, 13), "12a Hội nghị");
	/* "1/2" has one separator: a name, not a date. */
	assert_string_equal(name_of(cal, 2028, 3, 14), "1/2");
	assert_true(working(cal, 2028, 3, 15));
	assert_int_equal(enf_calendar_load(cal, "year 20270\n"), ENF_ERANGE);
	assert_error_names("calendar_load", "line 1");
	assert_int_equal(enf_calendar_load(cal, "year 2027-\n"), ENF_EPARSE);
	assert_error_names("calendar_load", "expected a year");
	enf_calendar_free(cal);
}

/* A failed load leaves the calendar as it was. */
static void assert_2027_untouched(const enf_calendar *cal)
{
	int has = -1;

	assert_int_equal(enf_calendar_has_table(&has, cal, 2027), ENF_OK);
	assert_int_equal(has, 0);
	/* Thu 29 Apr 2027 works; Fri 30 Apr is the computed holiday. */
	assert_true(working(cal, 2027, 4, 29));
	assert_false(working(cal, 2027, 4, 30));
	assert_false(working(cal, 2027, 9, 3));
}

static void test_calendar__load_bad_input(void **state)
{
	static const struct {
		const char *text;
		enf_status status;
		const char *where; /* in the message */
	} bad[] = {
		/* All or nothing: lines 1 and 2 are good, 3 is not. */
		{"year 2027\noff 2027-04-29\nbogus 2027-05-03\n", ENF_EPARSE,
		 "line 3"},
		{"year 2027\noff 2027-04-29\noff 2028-01-03\n", ENF_ERANGE,
		 "line 3"},
		{"year 2027\noff 2027-04-29\noff 2027-13-01\n", ENF_EPARSE,
		 "line 3"},
		/* A date outside the year of its table. */
		{"year 2027\noff 2026-12-31\n", ENF_ERANGE, "line 2"},
		{"year 2027\noff 2027-12-30 2028-01-02\n", ENF_ERANGE,
		 "line 2"},
		{"year 2027\nwork 2028-01-01\n", ENF_ERANGE, "line 2"},
		/* Unknown keyword. */
		{"year 2027\nholiday 2027-04-29\n", ENF_EPARSE, "line 2"},
		{"Year 2027\n", ENF_EPARSE, "line 1"},
		/* A span ending before it starts. */
		{"year 2027\n\noff 2027-02-09 2027-02-05\n", ENF_ERANGE,
		 "line 3"},
		/* Years outside 1900-2100. */
		{"year 1899\n", ENF_ERANGE, "1899"},
		{"year 2101\n", ENF_ERANGE, "2101"},
		{"year 2027\noff 2027-04-29\nyear 1899\n", ENF_ERANGE,
		 "line 3"},
		/* Malformed lines. */
		{"off 2027-04-29\n", ENF_EPARSE, "line 1"},
		{"year\n", ENF_EPARSE, "line 1"},
		{"year 20x7\n", ENF_EPARSE, "line 1"},
		{"year 2027 2028\n", ENF_EPARSE, "line 1"},
		{"year 2027\noff\n", ENF_EPARSE, "line 2"},
		{"year 2027\noff 2027-02-30\n", ENF_EPARSE, "line 2"},
		{"year 2027\nwork\n", ENF_EPARSE, "line 2"},
		{"year 2027\nwork 27/4/27\n", ENF_EPARSE, "line 2"},
		/* A second date that is no date is an error, not a name. */
		{"year 2027\noff 2027-02-05 2027-02-30 Tết\n", ENF_EPARSE,
		 "line 2"},
	};

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		enf_calendar *cal = new_calendar(NULL);

		assert_int_equal(enf_calendar_load(cal, bad[i].text),
				 bad[i].status);
		assert_error_names("calendar_load", bad[i].where);
		assert_2027_untouched(cal);
		enf_calendar_free(cal);
	}
	{
		/* A name longer than 120 bytes. */
		char text[300] = "year 2027\noff 2027-04-29 ";
		size_t len = strlen(text);
		enf_calendar *cal = new_calendar(NULL);

		memset(text + len, 'x', 121);
		text[len + 121] = '\0';
		assert_int_equal(enf_calendar_load(cal, text), ENF_EPARSE);
		assert_error_names("calendar_load", "line 2");
		assert_2027_untouched(cal);
		/* 120 bytes are fine. */
		text[len + 120] = '\0';
		assert_int_equal(enf_calendar_load(cal, text), ENF_OK);
		assert_false(working(cal, 2027, 4, 29));
		enf_calendar_free(cal);
	}
	{
		enf_calendar *cal = new_calendar(NULL);

		assert_int_equal(enf_calendar_load(NULL, "year 2027\n"),
				 ENF_EINVALID);
		assert_error_names("calendar_load", "cal");
		assert_int_equal(enf_calendar_load(cal, NULL), ENF_EINVALID);
		assert_error_names("calendar_load", "text");
		assert_2027_untouched(cal);
		enf_calendar_free(cal);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_calendar__weekdays_used),
		cmocka_unit_test(test_calendar__options_init),
		cmocka_unit_test(test_calendar__options_init_bad_input),
		cmocka_unit_test(test_calendar__new_bad_input),
		cmocka_unit_test(test_calendar__free_null),
		cmocka_unit_test(test_calendar__default_has_tables),
		cmocka_unit_test(test_calendar__has_table_bad_input),
		cmocka_unit_test(test_calendar__2025),
		cmocka_unit_test(test_calendar__2026),
		cmocka_unit_test(test_calendar__culture_day),
		cmocka_unit_test(test_calendar__tet_four_days_before_2014),
		cmocka_unit_test(test_calendar__holiday_names),
		cmocka_unit_test(test_calendar__query_bad_input),
		cmocka_unit_test(test_calendar__next_working_day),
		cmocka_unit_test(test_calendar__count_working_days),
		cmocka_unit_test(test_calendar__period_days),
		cmocka_unit_test(test_calendar__period_working_days),
		cmocka_unit_test(test_calendar__period_weeks_months_years),
		cmocka_unit_test(test_calendar__period_bad_input),
		cmocka_unit_test(test_calendar__holidays_none),
		cmocka_unit_test(test_calendar__computed_rule),
		cmocka_unit_test(test_calendar__friday_saturday_weekend),
		cmocka_unit_test(test_calendar__load),
		cmocka_unit_test(test_calendar__load_bad_input),
		cmocka_unit_test(test_calendar__load_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
