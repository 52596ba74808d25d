/*
 * Tests of enf_case_deadlines (case.h): which deadlines a case's state
 * calls for on a date, and their last days on the default calendar.
 *
 * Expected dates are counted by hand as the Civil Code says (Law
 * 91/2015/QH13 Art 147-148: from the day after the event; a last day that
 * is a day off moves to the next working day) on the official 2025 and 2026
 * tables (Tết off Sat 25 Jan - Sun 2 Feb 2025; Sat 26 Apr 2025 worked,
 * 30 Apr - 4 May 2025 off; 2026: Tết 14-22 Feb, 29 Aug - 2 Sep off) and the
 * computed holidays of later years (none falls near the dates used). None
 * was produced by running the code under test.
 *
 * Durations (rules.c, checked against rules.h): decision 5 working days,
 * voluntary 10 days (15 before 1 Jul 2015), verification 10 days,
 * re-verification 6 months (12 for prisoners and unknown addresses),
 * separate book 12 months (24 special; 24 for both from 1 Jul 2026), 2
 * verifications, limitation 5 years. Before 1 Jul 2015 Tết is four days
 * (Labour Code 1994 Art 73), computed, there being no official table.
 *
 * Weekdays used (each checked in test_deadline__weekdays_used):
 *   2025: Fri 10 Jan, Mon 20 Jan, Tue 21 Jan, Wed 22 Jan, Thu 23 Jan,
 *         Fri 24 Jan, Thu 30 Jan, Sat 1 Feb, Mon 3 Feb, Tue 4 Feb,
 *         Thu 6 Feb, Thu 13 Feb, Sun 16 Feb, Mon 17 Feb, Tue 18 Feb,
 *         Sun 23 Feb, Mon 24 Feb, Fri 25 Apr, Tue 6 May, Sun 17 Aug,
 *         Mon 3 Mar, Tue 4 Mar, Mon 18 Aug, Wed 3 Sep.
 *   2026: Tue 17 Feb, Wed 18 Feb, Mon 23 Feb, Tue 3 Mar, Thu 2 Apr,
 *         Mon 1 Jun, Wed 1 Jul, Mon 6 Jul, Tue 7 Jul, Wed 8 Jul,
 *         Tue 28 Jul, Wed 29 Jul, Mon 3 Aug, Tue 18 Aug, Thu 3 Sep,
 *         Fri 2 Oct, Mon 2 Nov, Tue 3 Nov, Wed 4 Nov, Tue 1 Dec.
 *   2027: Thu 28 Jan, Mon 1 Feb, Tue 2 Feb, Thu 18 Feb, Tue 23 Feb,
 *         Wed 28 Jul, Thu 29 Jul.
 *   Sat 29 Jul 2028, Mon 31 Jul 2028; Sat 5 Jan 2030, Mon 7 Jan 2030;
 *   Sun 1 Jun 2031, Mon 2 Jun 2031, Sat 2 Aug 2031, Mon 4 Aug 2031,
 *   Sat 1 Nov 2031, Mon 3 Nov 2031; Wed 10 Mar 2100, Tue 28 Dec 2100.
 *   2009-2014: Tue 1 Dec 2009, Mon 4 Jan 2010, Thu 7 Jan 2010, Tue 1 Jun
 *   2010, Mon 14 Jun 2010, Tue 15 Jun 2010, Wed 15 Dec 2010, Mon 24 Jan
 *   2011, Thu 3 Feb 2011, Tue 8 Feb 2011, Fri 18 Feb 2011, Wed 15 Jun
 *   2011, Mon 1 Dec 2014.
 *   Tết days: Thu 19 Feb 2015, Fri 16 Feb 2018, Sat 6 Feb 2027; 2026: Mon
 *   15 Jun, Tue 30 Jun, Thu 16 Jul, Fri 31 Jul, Sat 15 Aug, Mon 17 Aug,
 *   Fri 9 Oct.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

/* Texts of the implementation (static strings, compared as written). */
#define OLD_36	 "Law 26/2008 Art 36(1)"
#define OLD_45	 "Law 26/2008 Art 45(1)"
#define OLD_44_1 "Law 26/2008 Art 44(1)"
#define OLD_44_2 "Law 26/2008 Art 44(2)" /* as amended 2014 */
#define OLD_30	 "Law 26/2008 Art 30"
#define D62	 "Decree 62/2015 Art 9(5)"
#define D152_1	 "Decree 152/2026 Art 22(1)"
#define NEW_RET	 "Law 106/2025 Art 38(4); Decree 152/2026 Art 22(2)"
#define NEW_DEC	 "Law 106/2025 (U; Law 26/2008 Art 36(1) kept)"
#define NEW_38_3 "Law 106/2025 Art 38(3) (interval U)"
#define NEW_34	 "Law 106/2025 Art 34 (period U)"
#define V08_45	 "Law 26/2008 Art 45(1) (2008 text)"
#define V08_44	 "Law 26/2008 Art 44(1)-(2) (2008 text)"
#define V08_44_R "Law 26/2008 Art 44 (2008 text; interval U)"
#define V08_51	 "Law 26/2008 Art 51 (2008 text; period U)"
#define SEPARATE "move to the separate book"
#define RETURN	 "return the request to the creditor"

#define NO_DATE ENF_DATE_NONE

static enf_calendar *new_calendar(void)
{
	enf_calendar *cal = NULL;

	assert_int_equal(enf_calendar_new(&cal, NULL), ENF_OK);
	assert_non_null(cal);
	return cal;
}

/* A case with one debtor and one creditor. */
static enf_case *new_case(enf_mode mode, unsigned flags, enf_date effective)
{
	enf_case_info info;
	enf_party debtor = {ENF_PARTY_DEBTOR, ENF_PARTY_PERSON, "Nguyễn Văn A",
			    NULL};
	enf_party creditor = {ENF_PARTY_CREDITOR, ENF_PARTY_PERSON,
			      "Trần Thị B", NULL};
	enf_case *c = NULL;

	assert_int_equal(enf_case_info_init(&info, ENF_CASE_INFO_VERSION),
			 ENF_OK);
	info.office = "LS-01";
	info.decision_no = "15/QĐ-THADS";
	info.mode = mode;
	info.flags = flags;
	info.judgment_effective = effective;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &debtor), ENF_OK);
	assert_int_equal(enf_case_add_party(NULL, c, &creditor), ENF_OK);
	return c;
}

static void apply(enf_case *c, enf_event_kind kind, enf_date date,
		  int32_t detail)
{
	enf_event ev = {kind, date, detail, 0, ENF_INDEX_NONE};

	assert_int_equal(enf_case_apply(c, &ev), ENF_OK);
}

/* The deadlines on date, asserting success; returns the count. */
static size_t deadlines(enf_deadline *out, size_t cap, const enf_case *c,
			const enf_calendar *cal, const enf_case_rules *rules,
			enf_date date)
{
	size_t n = 99;

	assert_int_equal(enf_case_deadlines(out, cap, &n, c, cal, rules, date),
			 ENF_OK);
	assert_true(n <= cap);
	return n;
}

static void assert_deadline(const enf_deadline *d, enf_deadline_kind kind,
			    enf_date due, enf_date from, const char *rule,
			    const char *source)
{
	assert_int_equal(d->kind, kind);
	assert_int_equal(d->due, due);
	assert_int_equal(d->from, from);
	assert_non_null(d->rule);
	assert_non_null(d->source);
	if (rule != NULL)
		assert_string_equal(d->rule, rule);
	assert_string_equal(d->source, source);
}

/* Decision Fri 10 Jan 2025 (agency), notice Wed 22 Jan 2025. */
static enf_case *noticed_case(enf_mode mode, unsigned flags)
{
	enf_case *c = new_case(mode, flags, NO_DATE);

	apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 10), 0);
	apply(c, ENF_EV_DECISION_NOTIFIED, ymd(2025, 1, 22), 0);
	return c;
}

/* ... verified Mon 17 Feb 2025, classified without means Tue 18 Feb. */
static enf_case *without_means_case(unsigned flags)
{
	enf_case *c = noticed_case(ENF_MODE_AGENCY, flags);

	apply(c, ENF_EV_VERIFIED, ymd(2025, 2, 17), 0);
	apply(c, ENF_EV_CLASSIFIED, ymd(2025, 2, 18), 0);
	return c;
}

static void test_deadline__weekdays_used(void **state)
{
	static const struct {
		int y, m, d;
		enf_weekday wd;
	} days[] = {
		{2025, 1, 10, ENF_FRIDAY},    {2025, 1, 20, ENF_MONDAY},
		{2025, 1, 21, ENF_TUESDAY},   {2025, 1, 22, ENF_WEDNESDAY},
		{2025, 1, 23, ENF_THURSDAY},  {2025, 1, 24, ENF_FRIDAY},
		{2025, 1, 30, ENF_THURSDAY},  {2025, 2, 1, ENF_SATURDAY},
		{2025, 2, 3, ENF_MONDAY},     {2025, 2, 4, ENF_TUESDAY},
		{2025, 2, 6, ENF_THURSDAY},   {2025, 2, 13, ENF_THURSDAY},
		{2025, 2, 16, ENF_SUNDAY},    {2025, 2, 17, ENF_MONDAY},
		{2025, 2, 18, ENF_TUESDAY},   {2025, 2, 23, ENF_SUNDAY},
		{2025, 2, 24, ENF_MONDAY},    {2025, 4, 25, ENF_FRIDAY},
		{2025, 5, 6, ENF_TUESDAY},    {2025, 8, 17, ENF_SUNDAY},
		{2025, 8, 18, ENF_MONDAY},    {2025, 9, 3, ENF_WEDNESDAY},
		{2025, 3, 3, ENF_MONDAY},     {2025, 3, 4, ENF_TUESDAY},
		{2026, 2, 17, ENF_TUESDAY},   {2026, 2, 18, ENF_WEDNESDAY},
		{2026, 2, 23, ENF_MONDAY},    {2026, 3, 3, ENF_TUESDAY},
		{2026, 4, 2, ENF_THURSDAY},   {2026, 6, 1, ENF_MONDAY},
		{2026, 7, 1, ENF_WEDNESDAY},  {2026, 7, 6, ENF_MONDAY},
		{2026, 7, 7, ENF_TUESDAY},    {2026, 7, 8, ENF_WEDNESDAY},
		{2026, 7, 28, ENF_TUESDAY},   {2026, 7, 29, ENF_WEDNESDAY},
		{2026, 8, 3, ENF_MONDAY},     {2026, 8, 18, ENF_TUESDAY},
		{2026, 9, 3, ENF_THURSDAY},   {2026, 10, 2, ENF_FRIDAY},
		{2026, 11, 2, ENF_MONDAY},    {2026, 11, 3, ENF_TUESDAY},
		{2026, 11, 4, ENF_WEDNESDAY}, {2026, 12, 1, ENF_TUESDAY},
		{2027, 1, 28, ENF_THURSDAY},  {2027, 2, 1, ENF_MONDAY},
		{2027, 2, 2, ENF_TUESDAY},    {2027, 2, 18, ENF_THURSDAY},
		{2027, 2, 23, ENF_TUESDAY},   {2027, 7, 28, ENF_WEDNESDAY},
		{2027, 7, 29, ENF_THURSDAY},  {2028, 7, 29, ENF_SATURDAY},
		{2028, 7, 31, ENF_MONDAY},    {2030, 1, 5, ENF_SATURDAY},
		{2030, 1, 7, ENF_MONDAY},     {2031, 6, 1, ENF_SUNDAY},
		{2031, 6, 2, ENF_MONDAY},     {2031, 8, 2, ENF_SATURDAY},
		{2031, 8, 4, ENF_MONDAY},     {2031, 11, 1, ENF_SATURDAY},
		{2031, 11, 3, ENF_MONDAY},    {2100, 3, 10, ENF_WEDNESDAY},
		{2100, 12, 28, ENF_TUESDAY},  {2009, 12, 1, ENF_TUESDAY},
		{2010, 1, 4, ENF_MONDAY},     {2010, 1, 7, ENF_THURSDAY},
		{2010, 6, 1, ENF_TUESDAY},    {2010, 6, 14, ENF_MONDAY},
		{2010, 6, 15, ENF_TUESDAY},   {2010, 12, 15, ENF_WEDNESDAY},
		{2011, 1, 24, ENF_MONDAY},    {2011, 2, 3, ENF_THURSDAY},
		{2011, 2, 8, ENF_TUESDAY},    {2011, 2, 18, ENF_FRIDAY},
		{2011, 6, 15, ENF_WEDNESDAY}, {2014, 12, 1, ENF_MONDAY},
		{2015, 2, 19, ENF_THURSDAY},  {2018, 2, 16, ENF_FRIDAY},
		{2026, 6, 15, ENF_MONDAY},    {2026, 6, 30, ENF_TUESDAY},
		{2026, 7, 16, ENF_THURSDAY},  {2026, 7, 31, ENF_FRIDAY},
		{2026, 8, 15, ENF_SATURDAY},  {2026, 8, 17, ENF_MONDAY},
		{2026, 10, 9, ENF_FRIDAY},    {2027, 2, 6, ENF_SATURDAY},
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

/*
 * Request received Thu 23 Jan 2025, the last working day but one before
 * Tết. Art 36(1), 5 working days: Fri 24 Jan (1), Tết 25 Jan - 2 Feb,
 * Mon 3 (2), Tue 4 (3), Wed 5 (4), Thu 6 Feb (5). The judgment took
 * effect Sun 5 Jan 2025, but the Art 30 limitation (which would end Sat
 * 5 Jan 2030 -> Mon 7 Jan 2030) is not listed: the request received has
 * met it; only a returned request lists it again.
 */
static void test_deadline__decision_across_tet(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = new_case(ENF_MODE_REQUEST, 0, ymd(2025, 1, 5));
	enf_deadline d[6];

	(void)state;
	apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 23), 0);
	/* Only the decision: a received request has met the limitation
	 * (Art 30(1)), which is listed for returned requests only. */
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 1, 23)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_DECISION, ymd(2025, 2, 6),
			ymd(2025, 1, 23), "issue the enforcement decision",
			OLD_36);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/*
 * A case received on the agency's initiative has no limitation, and nor
 * has a request without the date its judgment took effect (nor, now, any
 * received request: the request has met it). Received Fri
 * 25 Apr 2025: Sat 26 Apr worked (1), Mon 28 (2), Tue 29 (3), 30 Apr -
 * 4 May off, Mon 5 May (4), Tue 6 May (5).
 */
static void test_deadline__decision_without_limitation(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *agency = new_case(ENF_MODE_AGENCY, 0, ymd(2025, 1, 5));
	enf_case *request = new_case(ENF_MODE_REQUEST, 0, NO_DATE);
	enf_deadline d[6];

	(void)state;
	apply(agency, ENF_EV_ENTRUSTED_IN, ymd(2025, 4, 25), 0);
	apply(request, ENF_EV_REQUEST_RECEIVED, ymd(2025, 4, 25), 0);
	assert_int_equal(deadlines(d, 6, agency, cal, NULL, ymd(2025, 4, 25)),
			 1);
	assert_deadline(&d[0], ENF_DEADLINE_DECISION, ymd(2025, 5, 6),
			ymd(2025, 4, 25), NULL, OLD_36);
	assert_int_equal(deadlines(d, 6, request, cal, NULL, ymd(2025, 5, 1)),
			 1);
	assert_deadline(&d[0], ENF_DEADLINE_DECISION, ymd(2025, 5, 6),
			ymd(2025, 4, 25), NULL, OLD_36);
	enf_case_free(agency);
	enf_case_free(request);
	enf_calendar_free(cal);
}

/*
 * Decision Fri 10 Jan 2025. Before the notice the voluntary period is
 * counted from the decision: + 10 days = Mon 20 Jan; verification + 10
 * days = Thu 30 Jan (Tết) -> Mon 3 Feb. Notice Wed 22 Jan: day 10 is Sat
 * 1 Feb (Tết) -> Mon 3 Feb; verification Mon 3 Feb + 10 = Thu 13 Feb.
 * The end of the voluntary period is the debtor's, not the office's: it
 * is listed up to and including its last day, not after it has run out.
 */
static void test_deadline__voluntary_across_tet(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = noticed_case(ENF_MODE_AGENCY, 0);
	enf_deadline d[6];

	(void)state;
	/* As of Mon 20 Jan, the last day of the period counted from the
	 * decision (the notice of Wed 22 Jan is not logged yet on that day):
	 * the period has not run out, so it is still listed. */
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 1, 20)), 2);
	assert_deadline(&d[0], ENF_DEADLINE_VOLUNTARY_END, ymd(2025, 1, 20),
			ymd(2025, 1, 10), "the debtor's voluntary period ends",
			OLD_45);
	assert_deadline(&d[1], ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 3),
			ymd(2025, 1, 20), "verify the debtor's means",
			OLD_44_1);
	/* Tue 21 Jan: that period has run out (Art 45(1)) and is no longer
	 * listed; the verification it started still is. */
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 1, 21)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 3),
			ymd(2025, 1, 20), "verify the debtor's means",
			OLD_44_1);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 1, 22)), 2);
	assert_deadline(&d[0], ENF_DEADLINE_VOLUNTARY_END, ymd(2025, 2, 3),
			ymd(2025, 1, 22), NULL, OLD_45);
	assert_deadline(&d[1], ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 13),
			ymd(2025, 2, 3), NULL, OLD_44_1);
	/* A second notice (another copy) does not restart the period. */
	apply(c, ENF_EV_DECISION_NOTIFIED, ymd(2025, 1, 23), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 1, 23)), 2);
	assert_int_equal(d[0].from, ymd(2025, 1, 22));
	assert_int_equal(d[0].due, ymd(2025, 2, 3));
	/* Once verified, only the end of the voluntary period. Verified on
	 * Mon 3 Feb, its last day (not Tue 4 Feb as before), because a
	 * voluntary period that has run out is no longer listed (Art 45(1)
	 * gives it to the debtor): on 4 Feb nothing is left. */
	apply(c, ENF_EV_VERIFIED, ymd(2025, 2, 3), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 2, 2)), 2);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 2, 3)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_VOLUNTARY_END, ymd(2025, 2, 3),
			ymd(2025, 1, 22), NULL, OLD_45);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 2, 4)), 0);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/*
 * Verified Mon 17 Feb 2025, classified without means Tue 18 Feb.
 * Re-verification from the last verification: + 6 months = Sun 17 Aug
 * 2025 -> Mon 18 Aug; + 12 months for a prisoner or an unknown address =
 * Tue 17 Feb 2026 (Tết 14-22 Feb) -> Mon 23 Feb 2026. One verification:
 * no separate book yet.
 */
static void test_deadline__reverification_6_or_12_months(void **state)
{
	static const struct {
		unsigned flags;
		int y, m, d;
	} cases[] = {
		{0, 2025, 8, 18},
		{ENF_CASE_PRISONER, 2026, 2, 23},
		{ENF_CASE_UNKNOWN_ADDRESS, 2026, 2, 23},
		{ENF_CASE_CORRUPTION, 2025, 8, 18},
	};
	enf_calendar *cal = new_calendar();

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enf_case *c = without_means_case(cases[i].flags);
		enf_deadline d[6];

		assert_int_equal(
			deadlines(d, 6, c, cal, NULL, ymd(2025, 2, 18)), 1);
		assert_deadline(&d[0], ENF_DEADLINE_REVERIFICATION,
				ymd(cases[i].y, cases[i].m, cases[i].d),
				ymd(2025, 2, 17),
				"verify the debtor's means again", OLD_44_2);
		enf_case_free(c);
	}
	enf_calendar_free(cal);
}

/* Classified without means Tue 18 Feb 2025 with no verification: counted
 * from the classification, + 6 months = Mon 18 Aug 2025. */
static void test_deadline__reverification_from_classification(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = noticed_case(ENF_MODE_AGENCY, 0);
	enf_deadline d[6];

	(void)state;
	apply(c, ENF_EV_CLASSIFIED, ymd(2025, 2, 18), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 3, 1)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_REVERIFICATION, ymd(2025, 8, 18),
			ymd(2025, 2, 18), NULL, OLD_44_2);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/*
 * Second verification Mon 18 Aug 2025: the separate book is due 12 months
 * after the classification, Wed 18 Feb 2026 (Tết) -> Mon 23 Feb 2026; the
 * next verification 6 months after Mon 18 Aug 2025, the same Wed 18 Feb
 * 2026 -> Mon 23 Feb 2026. Same day: ordered by kind.
 */
static void test_deadline__separate_book_needs_two_verifications(void **s)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = without_means_case(0);
	enf_deadline d[6];

	(void)s;
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 8, 17)), 1);
	apply(c, ENF_EV_VERIFIED, ymd(2025, 8, 18), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 8, 17)), 1);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 8, 18)), 2);
	assert_deadline(&d[0], ENF_DEADLINE_REVERIFICATION, ymd(2026, 2, 23),
			ymd(2025, 8, 18), NULL, OLD_44_2);
	assert_deadline(&d[1], ENF_DEADLINE_SEPARATE_BOOK, ymd(2026, 2, 23),
			ymd(2025, 2, 18), SEPARATE, D62);
	/* In the separate book: verified on new information only. */
	apply(c, ENF_EV_SEPARATE_BOOK, ymd(2026, 2, 23), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2026, 2, 23)), 0);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/*
 * A prisoner: second verification Mon 23 Feb 2026 (12 months on). Separate
 * book 24 months after Tue 18 Feb 2025 = Thu 18 Feb 2027; next
 * verification 12 months after Mon 23 Feb 2026 = Tue 23 Feb 2027. By due
 * date, the separate book comes first although its kind is higher.
 */
static void test_deadline__separate_book_special(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = without_means_case(ENF_CASE_PRISONER);
	enf_deadline d[6];

	(void)state;
	apply(c, ENF_EV_VERIFIED, ymd(2026, 2, 23), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2026, 2, 23)), 2);
	assert_deadline(&d[0], ENF_DEADLINE_SEPARATE_BOOK, ymd(2027, 2, 18),
			ymd(2025, 2, 18), SEPARATE, D62);
	assert_deadline(&d[1], ENF_DEADLINE_REVERIFICATION, ymd(2027, 2, 23),
			ymd(2026, 2, 23), NULL, OLD_44_2);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/*
 * Means found Mon 18 Aug 2025, lost again (classified) Wed 3 Sep 2025: the
 * verifications of the earlier spell no longer count. Re-verification
 * from 3 Sep 2025 + 6 months = Tue 3 Mar 2026, no separate book with 2
 * verifications in the log. Verified Tue 3 Mar 2026 (1 of the spell) and
 * Thu 2 Apr 2026 (2): separate book 3 Sep 2025 + 12 months = Thu 3 Sep
 * 2026 (after the 29 Aug - 2 Sep break); next verification Fri 2 Oct 2026.
 */
static void test_deadline__verifications_after_means_found(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = without_means_case(0);
	enf_deadline d[6];

	(void)state;
	apply(c, ENF_EV_VERIFIED, ymd(2025, 8, 18), 1);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 8, 18)), 0);
	apply(c, ENF_EV_CLASSIFIED, ymd(2025, 9, 3), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 9, 3)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_REVERIFICATION, ymd(2026, 3, 3),
			ymd(2025, 9, 3), NULL, OLD_44_2);
	apply(c, ENF_EV_VERIFIED, ymd(2026, 3, 3), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2026, 3, 3)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_REVERIFICATION, ymd(2026, 9, 3),
			ymd(2026, 3, 3), NULL, OLD_44_2);
	apply(c, ENF_EV_VERIFIED, ymd(2026, 4, 2), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2026, 4, 2)), 2);
	assert_deadline(&d[0], ENF_DEADLINE_SEPARATE_BOOK, ymd(2026, 9, 3),
			ymd(2025, 9, 3), SEPARATE, D62);
	assert_deadline(&d[1], ENF_DEADLINE_REVERIFICATION, ymd(2026, 10, 2),
			ymd(2026, 4, 2), NULL, OLD_44_2);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/*
 * With means from Mon 3 Feb 2025, verified (no means) Mon 17 Feb, postponed
 * Tue 18 Feb, resumed Mon 3 Mar, classified without means Tue 4 Mar 2025:
 * a return from a pause is not a finding of means, so the verification
 * still counts: 17 Feb + 6 months = Sun 17 Aug -> Mon 18 Aug 2025.
 */
static void test_deadline__resumed_keeps_verification(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = noticed_case(ENF_MODE_AGENCY, 0);
	enf_deadline d[6];

	(void)state;
	apply(c, ENF_EV_CLASSIFIED, ymd(2025, 2, 3), 1);
	apply(c, ENF_EV_VERIFIED, ymd(2025, 2, 17), 0);
	apply(c, ENF_EV_POSTPONED, ymd(2025, 2, 18), ENF_POSTPONE_ILLNESS);
	apply(c, ENF_EV_RESUMED, ymd(2025, 3, 3), 0);
	apply(c, ENF_EV_CLASSIFIED, ymd(2025, 3, 4), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 3, 4)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_REVERIFICATION, ymd(2025, 8, 18),
			ymd(2025, 2, 17), NULL, OLD_44_2);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/* Decision Mon 6 Jul 2026, notice Tue 7 Jul, verified Tue 28 Jul,
 * classified without means Wed 29 Jul 2026, verified Thu 28 Jan 2027. */
static void new_regime_log(enf_case *c)
{
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2026, 7, 6), 0);
	apply(c, ENF_EV_DECISION_NOTIFIED, ymd(2026, 7, 7), 0);
	apply(c, ENF_EV_VERIFIED, ymd(2026, 7, 28), 0);
	apply(c, ENF_EV_CLASSIFIED, ymd(2026, 7, 29), 0);
	apply(c, ENF_EV_VERIFIED, ymd(2027, 1, 28), 0);
}

/*
 * New regime on Thu 28 Jan 2027: re-verification 28 Jan 2027 + 6 months
 * = Wed 28 Jul 2027; after 24 months, Sat 29 Jul 2028 -> Mon 31 Jul 2028,
 * the request goes back to the creditor (Decree 152 Art 22). With the old
 * rules passed in: 12 months, Thu 29 Jul 2027, separate book (Decree 62).
 * On the agency's initiative: separate book after 24 months.
 */
static void test_deadline__new_regime_returns_request(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *req = new_case(ENF_MODE_REQUEST, 0, NO_DATE);
	enf_case *agency = new_case(ENF_MODE_AGENCY, 0, NO_DATE);
	enf_case_rules old;
	enf_deadline d[6];

	(void)state;
	apply(req, ENF_EV_REQUEST_RECEIVED, ymd(2026, 7, 1), 0);
	new_regime_log(req);
	new_regime_log(agency);
	assert_int_equal(deadlines(d, 6, req, cal, NULL, ymd(2027, 1, 28)), 2);
	assert_deadline(&d[0], ENF_DEADLINE_REVERIFICATION, ymd(2027, 7, 28),
			ymd(2027, 1, 28), NULL, NEW_38_3);
	assert_deadline(&d[1], ENF_DEADLINE_SEPARATE_BOOK, ymd(2028, 7, 31),
			ymd(2026, 7, 29), RETURN, NEW_RET);
	assert_int_equal(enf_case_rules_for(&old, ENF_REGIME_VN2014), ENF_OK);
	assert_int_equal(deadlines(d, 6, req, cal, &old, ymd(2027, 1, 28)), 2);
	assert_deadline(&d[0], ENF_DEADLINE_REVERIFICATION, ymd(2027, 7, 28),
			ymd(2027, 1, 28), NULL, OLD_44_2);
	assert_deadline(&d[1], ENF_DEADLINE_SEPARATE_BOOK, ymd(2027, 7, 29),
			ymd(2026, 7, 29), SEPARATE, D62);
	assert_int_equal(deadlines(d, 6, agency, cal, NULL, ymd(2027, 1, 28)),
			 2);
	assert_deadline(&d[1], ENF_DEADLINE_SEPARATE_BOOK, ymd(2028, 7, 31),
			ymd(2026, 7, 29), SEPARATE, D152_1);
	enf_case_free(req);
	enf_case_free(agency);
	enf_calendar_free(cal);
}

/*
 * F13 and the Tết of 2011. Under the 2008 text (Law 26/2008 Art 44(1)-(2)
 * before 2014, Vs) the enforcer verifies an agency case within 10 days of
 * the decision, not of the end of the voluntary period (15 days then,
 * Art 45(1) of the 2008 text). Tết Tân Mão: Thu 3 Feb 2011, four days off
 * (Labour Code 1994 Art 73 as amended 2007): Wed 2 - Sat 5 Feb, Sat 5 Feb
 * compensated on Mon 7 Feb; Tue 8 Feb works (with five days it would be a
 * day off, and these deadlines a day later, Wed 9 Feb).
 * Decision and notice Mon 24 Jan 2011: voluntary period + 15 = Tue 8 Feb;
 * verification from the decision + 10 = Thu 3 Feb (Tết) -> Tue 8 Feb.
 * With the 2014 rules passed: 10 days to Thu 3 Feb -> Tue 8 Feb, and the
 * verification 10 days after that, Fri 18 Feb 2011.
 */
static void test_deadline__vn2008_verification_from_decision(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *agency = new_case(ENF_MODE_AGENCY, 0, NO_DATE);
	enf_case *request = new_case(ENF_MODE_REQUEST, 0, NO_DATE);
	enf_case_rules r;
	enf_deadline d[6];

	(void)state;
	apply(agency, ENF_EV_DECISION_ISSUED, ymd(2011, 1, 24), 0);
	apply(agency, ENF_EV_DECISION_NOTIFIED, ymd(2011, 1, 24), 0);
	assert_int_equal(deadlines(d, 6, agency, cal, NULL, ymd(2011, 1, 24)),
			 2);
	assert_deadline(&d[0], ENF_DEADLINE_VOLUNTARY_END, ymd(2011, 2, 8),
			ymd(2011, 1, 24), NULL, V08_45);
	assert_deadline(&d[1], ENF_DEADLINE_VERIFICATION, ymd(2011, 2, 8),
			ymd(2011, 1, 24), "verify the debtor's means", V08_44);
	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2014), ENF_OK);
	assert_int_equal(deadlines(d, 6, agency, cal, &r, ymd(2011, 1, 24)), 2);
	assert_deadline(&d[0], ENF_DEADLINE_VOLUNTARY_END, ymd(2011, 2, 8),
			ymd(2011, 1, 24), NULL, OLD_45);
	assert_deadline(&d[1], ENF_DEADLINE_VERIFICATION, ymd(2011, 2, 18),
			ymd(2011, 2, 8), NULL, OLD_44_1);
	/* On request the creditor verified, or asked the enforcer to: the
	 * 10 days run from that request, which the log does not hold. */
	apply(request, ENF_EV_REQUEST_RECEIVED, ymd(2011, 1, 17), 0);
	apply(request, ENF_EV_DECISION_ISSUED, ymd(2011, 1, 24), 0);
	apply(request, ENF_EV_DECISION_NOTIFIED, ymd(2011, 1, 24), 0);
	assert_int_equal(deadlines(d, 6, request, cal, NULL, ymd(2011, 1, 24)),
			 1);
	assert_deadline(&d[0], ENF_DEADLINE_VOLUNTARY_END, ymd(2011, 2, 8),
			ymd(2011, 1, 24), NULL, V08_45);
	enf_case_free(agency);
	enf_case_free(request);
	enf_calendar_free(cal);
}

/*
 * F13: the separate book began with Decree 62/2015 Art 9(5); an agency
 * case without means under the 2008 text has no such deadline, only its
 * re-verification (interval U: 6 months kept). An on-request case has the
 * return of the request (Art 51 of the 2008 text; its time U: 12 months
 * kept). Decided Tue 1 Jun 2010, verified Mon 14 Jun, classified without
 * means Tue 15 Jun, verified again Wed 15 Dec 2010: next verification + 6
 * months = Wed 15 Jun 2011; return 15 Jun 2010 + 12 months = Wed 15 Jun
 * 2011.
 */
static void test_deadline__vn2008_no_separate_book(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *agency = new_case(ENF_MODE_AGENCY, 0, NO_DATE);
	enf_case *request = new_case(ENF_MODE_REQUEST, 0, NO_DATE);
	enf_deadline d[6];

	(void)state;
	apply(request, ENF_EV_REQUEST_RECEIVED, ymd(2010, 5, 25), 0);
	for (int i = 0; i < 2; i++) {
		enf_case *c = i == 0 ? agency : request;

		apply(c, ENF_EV_DECISION_ISSUED, ymd(2010, 6, 1), 0);
		apply(c, ENF_EV_VERIFIED, ymd(2010, 6, 14), 0);
		apply(c, ENF_EV_CLASSIFIED, ymd(2010, 6, 15), 0);
		apply(c, ENF_EV_VERIFIED, ymd(2010, 12, 15), 0);
	}
	assert_int_equal(deadlines(d, 6, agency, cal, NULL, ymd(2010, 12, 15)),
			 1);
	assert_deadline(&d[0], ENF_DEADLINE_REVERIFICATION, ymd(2011, 6, 15),
			ymd(2010, 12, 15), NULL, V08_44_R);
	assert_int_equal(deadlines(d, 6, request, cal, NULL, ymd(2010, 12, 15)),
			 2);
	assert_deadline(&d[0], ENF_DEADLINE_REVERIFICATION, ymd(2011, 6, 15),
			ymd(2010, 12, 15), NULL, V08_44_R);
	assert_deadline(&d[1], ENF_DEADLINE_SEPARATE_BOOK, ymd(2011, 6, 15),
			ymd(2010, 6, 15), RETURN, V08_51);
	enf_case_free(agency);
	enf_case_free(request);
	enf_calendar_free(cal);
}

/*
 * Request Wed 1 Jul 2026 under the new regime, judgment in effect Mon 1 Jun
 * 2026: decision Thu 2 (1), Fri 3 (2), Mon 6 (3), Tue 7 (4), Wed 8 Jul
 * (5); nominal limitation 1 Jun 2031 (Sun), listed only once the request
 * is returned (a received request has met it), and then only with rules
 * that keep a limitation after the return: the new law has none (Law
 * 106/2025 Art 34(2)), so these tests pass the VN-2026 rules with
 * limitation_after_return set, as a caller who holds otherwise may (the
 * counting of Art 30(2) is what they test). Then postponed
 * Mon 3 Aug 2026 with reason, resumed Mon 2 Nov 2026 (91 days), verified
 * Tue 3 Nov, classified Wed 4 Nov, suspended Tue 1 Dec 2026, resumed Mon
 * 1 Feb 2027 (31 + 31 = 62 days), request returned Tue 2 Feb 2027.
 */
static enf_case *limitation_case(enf_postpone_reason reason)
{
	enf_case *c = new_case(ENF_MODE_REQUEST, 0, ymd(2026, 6, 1));

	apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2026, 7, 1), 0);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2026, 7, 6), 0);
	apply(c, ENF_EV_DECISION_NOTIFIED, ymd(2026, 7, 7), 0);
	apply(c, ENF_EV_POSTPONED, ymd(2026, 8, 3), (int32_t)reason);
	apply(c, ENF_EV_RESUMED, ymd(2026, 11, 2), 0);
	apply(c, ENF_EV_VERIFIED, ymd(2026, 11, 3), 0);
	apply(c, ENF_EV_CLASSIFIED, ymd(2026, 11, 4), 0);
	apply(c, ENF_EV_SUSPENDED, ymd(2026, 12, 1), ENF_SUSPEND_PROTEST);
	apply(c, ENF_EV_RESUMED, ymd(2027, 2, 1), 0);
	apply(c, ENF_EV_REQUEST_RETURNED, ymd(2027, 2, 2), 0);
	return c;
}

/* The VN-2026 rules with a limitation kept after the return. */
static enf_case_rules limitation_kept(void)
{
	enf_case_rules r;

	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2026), ENF_OK);
	assert_int_equal(r.limitation_after_return, 0);
	r.limitation_after_return = 1;
	return r;
}

/*
 * Agreed postponement not counted: 1 Jun 2031 + 62 days = Sat 2 Aug 2031
 * -> Mon 4 Aug 2031 (30 Jun is day 29, 31 Jul day 60, 2 Aug day 62).
 */
static void test_deadline__limitation_suspension_not_agreement(void **s)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = limitation_case(ENF_POSTPONE_AGREEMENT);
	enf_case_rules kept = limitation_kept();
	enf_deadline d[6];

	(void)s;
	/* Received: the decision only; the request met the limitation
	 * (Art 30(1)), so it is listed again only once returned, below. */
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2026, 7, 1)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_DECISION, ymd(2026, 7, 8),
			ymd(2026, 7, 1), NULL, NEW_DEC);
	/* Postponed, suspended: no deadline counted from the log. */
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2026, 9, 1)), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2026, 12, 15)), 0);
	assert_int_equal(deadlines(d, 6, c, cal, &kept, ymd(2027, 2, 2)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_LIMITATION, ymd(2031, 8, 4),
			ymd(2026, 6, 1), "last day to request enforcement",
			NEW_34);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/* Postponed for illness: 91 + 62 = 153 days, 1 Jun 2031 + 153 = Sat 1 Nov
 * 2031 (31 Oct is day 152) -> Mon 3 Nov 2031. */
static void test_deadline__limitation_postponement_counted(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = limitation_case(ENF_POSTPONE_ILLNESS);
	enf_case_rules kept = limitation_kept();
	enf_deadline d[6];

	(void)state;
	assert_int_equal(deadlines(d, 6, c, cal, &kept, ymd(2027, 3, 1)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_LIMITATION, ymd(2031, 11, 3),
			ymd(2026, 6, 1), NULL, NEW_34);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/*
 * F2. Law 106/2025 Art 34(2) (Vs; Decree 152/2026 Art 9(7)(đ), 22(2), V):
 * a request filed again after the agency sent it back is not subject to
 * the limitation, so a request returned under the new law has no "last day
 * to request enforcement" (before: 1 Jun 2031 + 62 days, Mon 4 Aug 2031).
 * The 2008 text's trả đơn (Art 51) is U and keeps it by default: a request
 * received Mon 4 Jan 2010, judgment in effect Tue 1 Dec 2009, decided Tue
 * 5 Jan, classified without means Wed 6 Jan and returned Thu 7 Jan 2010
 * lists 1 Dec 2014 (Monday), Art 30(1), 5 years.
 */
static void test_deadline__returned_request_no_limitation_new_law(void **s)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = limitation_case(ENF_POSTPONE_AGREEMENT);
	enf_case *old = new_case(ENF_MODE_REQUEST, 0, ymd(2009, 12, 1));
	enf_case_rules r;
	enf_deadline d[6];

	(void)s;
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2027, 2, 2)), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2031, 8, 5)), 0);
	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2026), ENF_OK);
	assert_int_equal(deadlines(d, 6, c, cal, &r, ymd(2027, 2, 2)), 0);

	apply(old, ENF_EV_REQUEST_RECEIVED, ymd(2010, 1, 4), 0);
	apply(old, ENF_EV_DECISION_ISSUED, ymd(2010, 1, 5), 0);
	apply(old, ENF_EV_CLASSIFIED, ymd(2010, 1, 6), 0);
	apply(old, ENF_EV_REQUEST_RETURNED, ymd(2010, 1, 7), 0);
	assert_int_equal(deadlines(d, 6, old, cal, NULL, ymd(2010, 1, 7)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_LIMITATION, ymd(2014, 12, 1),
			ymd(2009, 12, 1), "last day to request enforcement",
			OLD_30);
	/* A caller who holds the new law to keep the limitation says so in
	 * a rulebook, and the deadline is back (see limitation_case). */
	{
		enf_rulebook *book = NULL;

		assert_int_equal(enf_rulebook_new(&book), ENF_OK);
		assert_int_equal(
			enf_rulebook_override(book,
					      "VN-2026.limitation_after_return "
					      "none none 1\n"),
			ENF_OK);
		assert_int_equal(
			enf_case_rules_from(&r, book, ENF_REGIME_VN2026),
			ENF_OK);
		assert_int_equal(deadlines(d, 6, c, cal, &r, ymd(2027, 2, 2)),
				 1);
		assert_deadline(&d[0], ENF_DEADLINE_LIMITATION, ymd(2031, 8, 4),
				ymd(2026, 6, 1), NULL, NEW_34);
		enf_rulebook_free(book);
	}
	/* A caller who reads the 2008 text otherwise turns it off. */
	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2008), ENF_OK);
	assert_int_equal(r.limitation_after_return, 1);
	r.limitation_after_return = 0;
	assert_int_equal(deadlines(d, 6, old, cal, &r, ymd(2010, 1, 7)), 0);
	enf_case_free(c);
	enf_case_free(old);
	enf_calendar_free(cal);
}

/*
 * A version 1 rules value (the fields before verification_from_decision)
 * is still accepted: the later fields are its regime's. The new law's
 * rules as version 1 keep no limitation after the return, whatever lies
 * in the fields a version 1 caller does not have.
 */
static void test_deadline__rules_version_1(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = limitation_case(ENF_POSTPONE_AGREEMENT);
	enf_case_rules r;
	enf_deadline d[6];

	(void)state;
	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2026), ENF_OK);
	r.version = 1;
	r.limitation_after_return = 1;
	r.blackout_tet_days = -5; /* not part of a version 1 value */
	assert_int_equal(deadlines(d, 6, c, cal, &r, ymd(2027, 2, 2)), 0);
	/* The 2008 text's rules as version 1 keep it (their default). */
	r.regime = ENF_REGIME_VN2008;
	assert_int_equal(deadlines(d, 6, c, cal, &r, ymd(2027, 2, 2)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_LIMITATION, ymd(2031, 8, 4),
			ymd(2026, 6, 1), NULL, "Law 26/2008 Art 30");
	enf_case_free(c);
	enf_calendar_free(cal);
}

/*
 * F16. Decree 152/2026 Art 42(2) (V; Decree 62/2015 Art 13(2) before, Vs):
 * no coercion with mobilised forces within 15 days before and after Tết.
 * The Ministry of Justice's directives counted the 15 days before the 1st
 * and after the 3rd day of the lunar year: Tết Ất Mùi (Thu 19 Feb 2015):
 * 4 Feb - 8 Mar 2015 (Directive 01/CT-BTP of 2015, reported); Tết Mậu
 * Tuất (Fri 16 Feb 2018): 1 Feb - 5 Mar 2018 (Directive 01/CT-BTP of
 * 2018, as THADS Quảng Ngãi applied it). Tết Bính Ngọ (Tue 17 Feb 2026):
 * 2 Feb - 6 Mar 2026 (19 Feb + 15: Feb has 28 days). Tết Đinh Mùi (Sat
 * 6 Feb 2027), the first under Decree 152: 22 Jan - 23 Feb 2027.
 */
static void test_deadline__tet_blackout(void **state)
{
	static const struct {
		int year;
		int fy, fm, fd, ly, lm, ld;
	} years[] = {
		{2015, 2015, 2, 4, 2015, 3, 8},
		{2018, 2018, 2, 1, 2018, 3, 5},
		{2026, 2026, 2, 2, 2026, 3, 6},
		{2027, 2027, 1, 22, 2027, 2, 23},
	};
	enf_case_rules r;
	enf_period p;
	int ok = -1;

	(void)state;
	for (size_t i = 0; i < sizeof(years) / sizeof(years[0]); i++) {
		assert_int_equal(enf_coercion_blackout(&p, years[i].year, NULL),
				 ENF_OK);
		assert_int_equal(p.first,
				 ymd(years[i].fy, years[i].fm, years[i].fd));
		assert_int_equal(p.last,
				 ymd(years[i].ly, years[i].lm, years[i].ld));
	}
	/* May coercion be organised on the day? Not on the first or the
	 * last day of the blackout; on the days around it. */
	assert_int_equal(enf_coercion_allowed(&ok, ymd(2026, 2, 1), NULL),
			 ENF_OK);
	assert_int_equal(ok, 1);
	assert_int_equal(enf_coercion_allowed(&ok, ymd(2026, 2, 2), NULL),
			 ENF_OK);
	assert_int_equal(ok, 0);
	assert_int_equal(enf_coercion_allowed(&ok, ymd(2026, 3, 6), NULL),
			 ENF_OK);
	assert_int_equal(ok, 0);
	assert_int_equal(enf_coercion_allowed(&ok, ymd(2026, 3, 7), NULL),
			 ENF_OK);
	assert_int_equal(ok, 1);
	/* A caller's longer blackout reaches back into the year before:
	 * 120 days before 6 Feb 2027 is Fri 9 Oct 2026. */
	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2026), ENF_OK);
	r.blackout_days_before = 120;
	assert_int_equal(enf_coercion_allowed(&ok, ymd(2026, 10, 9), &r),
			 ENF_OK);
	assert_int_equal(ok, 0);
	assert_int_equal(enf_coercion_allowed(&ok, ymd(2026, 10, 8), &r),
			 ENF_OK);
	assert_int_equal(ok, 1);
	/* Rules without the blackout. */
	r.blackout_tet_days = 0;
	ok = 7;
	p.first = p.last = 99;
	assert_int_equal(enf_coercion_allowed(&ok, ymd(2026, 10, 8), &r),
			 ENF_ENOTFOUND);
	assert_error_names("coercion_allowed", "blackout_tet_days is 0");
	assert_int_equal(enf_coercion_blackout(&p, 2027, &r), ENF_ENOTFOUND);
	assert_error_names("coercion_blackout", "VN-2026");
	/* Bad input leaves out alone. */
	assert_int_equal(enf_coercion_blackout(&p, 1899, NULL), ENF_ERANGE);
	assert_error_names("coercion_blackout", "1899");
	assert_int_equal(enf_coercion_blackout(&p, 2101, NULL), ENF_ERANGE);
	r.blackout_tet_days = 31;
	assert_int_equal(enf_coercion_blackout(&p, 2027, &r), ENF_EINVALID);
	assert_error_names("coercion_blackout", "blackout_tet_days is 31");
	assert_int_equal(p.first, 99);
	assert_int_equal(p.last, 99);
	assert_int_equal(enf_coercion_blackout(NULL, 2027, NULL), ENF_EINVALID);
	assert_error_names("coercion_blackout", "out");
	assert_int_equal(enf_coercion_allowed(&ok, ymd(2101, 1, 1), NULL),
			 ENF_ERANGE);
	assert_int_equal(enf_coercion_allowed(&ok, NO_DATE, NULL), ENF_ERANGE);
	assert_int_equal(ok, 7);
	assert_int_equal(enf_coercion_allowed(NULL, ymd(2026, 1, 1), NULL),
			 ENF_EINVALID);
}

/*
 * F16. Decree 152/2026 Art 21(5) (V): the agency delegated a verification
 * answers within 30 days of receiving the delegation for real estate and
 * registered movables (45 if complex), 15 days for other assets and
 * information, at once for accounts and provisional measures. Received Wed
 * 1 Jul 2026: + 30 = Fri 31 Jul; + 45 = Sat 15 Aug -> Mon 17 Aug; + 15 =
 * Thu 16 Jul; at once: Wed 1 Jul 2026. Before 1 Jul 2026 no limit is
 * known (U): ENF_ENOTFOUND, unless the caller passes rules that set one.
 */
static void test_deadline__delegated_verification(void **state)
{
	static const struct {
		enf_verify_subject subject;
		int y, m, d;
	} due[] = {
		{ENF_VERIFY_REGISTERED, 2026, 7, 31},
		{ENF_VERIFY_REGISTERED_COMPLEX, 2026, 8, 17},
		{ENF_VERIFY_OTHER, 2026, 7, 16},
		{ENF_VERIFY_ACCOUNT, 2026, 7, 1},
	};
	enf_calendar *cal = new_calendar();
	enf_case_rules r;
	enf_date out = 1234;

	(void)state;
	for (size_t i = 0; i < sizeof(due) / sizeof(due[0]); i++) {
		out = 0;
		assert_int_equal(enf_delegated_verification_due(
					 &out, cal, ymd(2026, 7, 1),
					 due[i].subject, NULL),
				 ENF_OK);
		assert_int_equal(out, ymd(due[i].y, due[i].m, due[i].d));
	}
	out = 1234;
	assert_int_equal(enf_delegated_verification_due(&out, cal,
							ymd(2026, 6, 30),
							ENF_VERIFY_OTHER, NULL),
			 ENF_ENOTFOUND);
	assert_error_names("delegated_verification_due", "VN-2014");
	assert_int_equal(
		enf_delegated_verification_due(&out, cal, ymd(2026, 6, 30),
					       ENF_VERIFY_ACCOUNT, NULL),
		ENF_ENOTFOUND);
	/* Received Mon 15 Jun 2026 with the new rules passed: + 15 = Tue
	 * 30 Jun 2026. */
	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2026), ENF_OK);
	assert_int_equal(enf_delegated_verification_due(&out, cal,
							ymd(2026, 6, 15),
							ENF_VERIFY_OTHER, &r),
			 ENF_OK);
	assert_int_equal(out, ymd(2026, 6, 30));
	out = 1234;
	assert_int_equal(
		enf_delegated_verification_due(&out, cal, ymd(2026, 7, 1),
					       (enf_verify_subject)4, NULL),
		ENF_EINVALID);
	assert_error_names("delegated_verification_due", "subject is 4");
	assert_int_equal(enf_delegated_verification_due(&out, NULL,
							ymd(2026, 7, 1),
							ENF_VERIFY_OTHER, NULL),
			 ENF_EINVALID);
	assert_error_names("delegated_verification_due", "cal");
	assert_int_equal(enf_delegated_verification_due(&out, cal,
							ymd(2101, 1, 1),
							ENF_VERIFY_OTHER, NULL),
			 ENF_ERANGE);
	r.delegated_reply_days_other = -1;
	assert_int_equal(enf_delegated_verification_due(&out, cal,
							ymd(2026, 7, 1),
							ENF_VERIFY_OTHER, &r),
			 ENF_EINVALID);
	assert_error_names("delegated_verification_due",
			   "delegated_reply_days_other");
	/* Due past the calendar's end. */
	assert_int_equal(
		enf_delegated_verification_due(&out, cal, ymd(2100, 12, 20),
					       ENF_VERIFY_REGISTERED, NULL),
		ENF_ERANGE);
	assert_error_names("delegated_verification_due", "calendar_period_end");
	assert_int_equal(out, 1234);
	assert_int_equal(enf_delegated_verification_due(NULL, cal,
							ymd(2026, 7, 1),
							ENF_VERIFY_OTHER, NULL),
			 ENF_EINVALID);
	enf_calendar_free(cal);
}

/*
 * A received request no longer lists the limitation beside the decision
 * (the request has met it), so the pair used here is re-verification and
 * separate book, with edited rules (12 months between verifications). The
 * case of without_means_case, verified again Mon 18 Aug 2025: the
 * separate book falls due 12 months after the classification of Tue 18
 * Feb 2025, Wed 18 Feb 2026 (Tết) -> Mon 23 Feb 2026, before the next
 * verification, 18 Aug 2025 + 12 months = Tue 18 Aug 2026: ordered by due
 * date, not kind.
 */
static void test_deadline__ordered_by_due_date(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = without_means_case(0);
	enf_case_rules r;
	enf_deadline d[6];

	(void)state;
	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2014), ENF_OK);
	r.reverify_months = 12;
	apply(c, ENF_EV_VERIFIED, ymd(2025, 8, 18), 0);
	assert_int_equal(deadlines(d, 6, c, cal, &r, ymd(2025, 8, 18)), 2);
	assert_deadline(&d[0], ENF_DEADLINE_SEPARATE_BOOK, ymd(2026, 2, 23),
			ymd(2025, 2, 18), SEPARATE, D62);
	assert_deadline(&d[1], ENF_DEADLINE_REVERIFICATION, ymd(2026, 8, 18),
			ymd(2025, 8, 18), NULL, OLD_44_2);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/*
 * As-of dates: nothing before the first event; a past-due decision
 * deadline stays while the case waits (alone: the request received has
 * met the limitation); decision Mon 3 Feb 2025 (no notice yet): the
 * decision deadline goes, the voluntary period runs to Thu 13 Feb and
 * verification to Sun 23 Feb -> Mon 24 Feb 2025.
 */
static void test_deadline__as_of(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = new_case(ENF_MODE_REQUEST, 0, ymd(2025, 1, 5));
	enf_deadline d[6];

	(void)state;
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 1, 22)), 0);
	apply(c, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 23), 0);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 2, 3), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 1, 22)), 0);
	/* Received: 1, not 2; the limitation is not listed for a received
	 * request (Art 30(1) is met by the request itself). */
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 2, 2)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_DECISION, ymd(2025, 2, 6),
			ymd(2025, 1, 23), NULL, OLD_36);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 2, 3)), 2);
	assert_deadline(&d[0], ENF_DEADLINE_VOLUNTARY_END, ymd(2025, 2, 13),
			ymd(2025, 2, 3), NULL, OLD_45);
	assert_deadline(&d[1], ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 24),
			ymd(2025, 2, 13), NULL, OLD_44_1);
	enf_case_free(c);
	enf_calendar_free(cal);

	/* Still undecided months later: the decision is past due. */
	cal = new_calendar();
	c = new_case(ENF_MODE_AGENCY, 0, NO_DATE);
	apply(c, ENF_EV_ENTRUSTED_IN, ymd(2025, 1, 23), 0);
	assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 6, 2)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_DECISION, ymd(2025, 2, 6),
			ymd(2025, 1, 23), NULL, OLD_36);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/* The event that ends a case decided Fri 10 Jan 2025 on Mon 3 Feb. The
 * decided cases are agency cases: an on-request case needs its request
 * before the decision (Art 36(1)), and nothing here depends on the mode.
 * On Sun 2 Feb the voluntary period (to Mon 3 Feb) has not run out. */
static void test_deadline__closed_and_other_states(void **state)
{
	static const struct {
		enf_event_kind kind;
		int32_t detail;
	} ends[] = {
		{ENF_EV_DONE, 0},
		{ENF_EV_TERMINATED, ENF_TERMINATE_AGREEMENT},
		{ENF_EV_DECISION_WITHDRAWN, 0},
		{ENF_EV_ENTRUSTED_OUT, 0},
		{ENF_EV_CLASSIFIED, 1}, /* with means: being enforced */
		{ENF_EV_POSTPONED, ENF_POSTPONE_ILLNESS},
		{ENF_EV_SUSPENDED, ENF_SUSPEND_BANKRUPTCY},
	};
	enf_calendar *cal = new_calendar();
	enf_case *none = new_case(ENF_MODE_REQUEST, 0, ymd(2025, 1, 5));
	enf_deadline d[6];

	(void)state;
	assert_int_equal(deadlines(d, 6, none, cal, NULL, ymd(2025, 6, 2)), 0);
	enf_case_free(none);
	for (size_t i = 0; i < sizeof(ends) / sizeof(ends[0]); i++) {
		enf_case *c = noticed_case(ENF_MODE_AGENCY, 0);

		apply(c, ends[i].kind, ymd(2025, 2, 3), ends[i].detail);
		assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 2, 3)),
				 0);
		assert_int_equal(deadlines(d, 6, c, cal, NULL, ymd(2025, 2, 2)),
				 2);
		enf_case_free(c);
	}
	enf_calendar_free(cal);
}

/*
 * Edited rules: 3 working days for the decision (Fri 24 Jan, Mon 3 Feb,
 * Tue 4 Feb 2025) and 15 days to comply (Wed 22 Jan + 15 = Thu 6 Feb;
 * verification + 10 = Sun 16 Feb -> Mon 17 Feb 2025). The received case
 * is on request: an agency case has no request to receive (Art 36(2)).
 */
static void test_deadline__rules_override(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *rc = new_case(ENF_MODE_REQUEST, 0, NO_DATE);
	enf_case *vc = noticed_case(ENF_MODE_AGENCY, 0);
	enf_case_rules r;
	enf_deadline d[6];

	(void)state;
	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2014), ENF_OK);
	r.decision_working_days = 3;
	r.voluntary_days = 15;
	apply(rc, ENF_EV_REQUEST_RECEIVED, ymd(2025, 1, 23), 0);
	assert_int_equal(deadlines(d, 6, rc, cal, &r, ymd(2025, 1, 23)), 1);
	assert_deadline(&d[0], ENF_DEADLINE_DECISION, ymd(2025, 2, 4),
			ymd(2025, 1, 23), NULL, OLD_36);
	assert_int_equal(deadlines(d, 6, vc, cal, &r, ymd(2025, 1, 22)), 2);
	assert_deadline(&d[0], ENF_DEADLINE_VOLUNTARY_END, ymd(2025, 2, 6),
			ymd(2025, 1, 22), NULL, OLD_45);
	assert_deadline(&d[1], ENF_DEADLINE_VERIFICATION, ymd(2025, 2, 17),
			ymd(2025, 2, 6), NULL, OLD_44_1);
	enf_case_free(rc);
	enf_case_free(vc);
	enf_calendar_free(cal);
}

/*
 * Two deadlines: the voluntary period and the verification of
 * test_deadline__voluntary_across_tet as of Thu 23 Jan 2025. (A received
 * request no longer has two, decision and limitation: the request has met
 * the limitation.)
 */
static void test_deadline__cap_too_small(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = new_case(ENF_MODE_AGENCY, 0, NO_DATE);
	enf_deadline d[2], sentinel;
	size_t n = 99;

	(void)state;
	memset(&sentinel, 0xA5, sizeof(sentinel));
	d[0] = d[1] = sentinel;
	/* No event: nothing to write, so no buffer is needed. */
	assert_int_equal(
		enf_case_deadlines(NULL, 0, &n, c, cal, NULL, ymd(2025, 1, 23)),
		ENF_OK);
	assert_int_equal(n, 0);
	apply(c, ENF_EV_DECISION_ISSUED, ymd(2025, 1, 10), 0);
	apply(c, ENF_EV_DECISION_NOTIFIED, ymd(2025, 1, 22), 0);
	n = 99;
	assert_int_equal(
		enf_case_deadlines(d, 1, &n, c, cal, NULL, ymd(2025, 1, 23)),
		ENF_EBUFSIZE);
	assert_int_equal(n, 2);
	assert_error_names("case_deadlines", "cap");
	assert_memory_equal(&d[0], &sentinel, sizeof(sentinel));
	n = 99;
	assert_int_equal(
		enf_case_deadlines(NULL, 0, &n, c, cal, NULL, ymd(2025, 1, 23)),
		ENF_EBUFSIZE);
	assert_int_equal(n, 2);
	assert_int_equal(deadlines(d, 2, c, cal, NULL, ymd(2025, 1, 23)), 2);
	assert_int_equal(d[0].kind, ENF_DEADLINE_VOLUNTARY_END);
	assert_int_equal(d[1].kind, ENF_DEADLINE_VERIFICATION);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/* Calls with bad input and asserts out and count are left alone. */
static void assert_refused(enf_status want, const char *what, enf_deadline *out,
			   size_t cap, int with_count, const enf_case *c,
			   const enf_calendar *cal, const enf_case_rules *rules,
			   enf_date date)
{
	enf_deadline before[2];
	size_t n = 77;

	memset(before, 0x5A, sizeof(before));
	if (out != NULL)
		memcpy(out, before, sizeof(before));
	assert_int_equal(enf_case_deadlines(out, cap, with_count ? &n : NULL, c,
					    cal, rules, date),
			 want);
	assert_int_equal(n, 77);
	if (out != NULL)
		assert_memory_equal(out, before, sizeof(before));
	assert_error_names("case_deadlines", what);
}

static void test_deadline__bad_input(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *c = new_case(ENF_MODE_REQUEST, 0, ymd(2025, 1, 5));
	enf_date day = ymd(2025, 1, 23);
	enf_case_rules r, bad;
	enf_deadline d[2];

	(void)state;
	apply(c, ENF_EV_REQUEST_RECEIVED, day, 0);
	assert_refused(ENF_EINVALID, "count", d, 2, 0, c, cal, NULL, day);
	assert_refused(ENF_EINVALID, "c is NULL", d, 2, 1, NULL, cal, NULL,
		       day);
	assert_refused(ENF_EINVALID, "cal", d, 2, 1, c, NULL, NULL, day);
	assert_refused(ENF_EINVALID, "out", NULL, 2, 1, c, cal, NULL, day);
	assert_refused(ENF_ERANGE, "date", d, 2, 1, c, cal, NULL, NO_DATE);
	assert_refused(ENF_ERANGE, "date", d, 2, 1, c, cal, NULL,
		       ENF_DATE_MAX + 1);
	/* Valid, but before the calendar's 1900-2100. */
	assert_refused(ENF_ERANGE, "date", d, 2, 1, c, cal, NULL,
		       ymd(1899, 12, 31));
	assert_int_equal(enf_case_rules_for(&r, ENF_REGIME_VN2014), ENF_OK);
	bad = r, bad.version = 0;
	assert_refused(ENF_EVERSION, "version", d, 2, 1, c, cal, &bad, day);
	bad = r, bad.regime = (enf_regime)7;
	assert_refused(ENF_EINVALID, "regime", d, 2, 1, c, cal, &bad, day);
	bad = r, bad.voluntary_days = 0;
	assert_refused(ENF_EINVALID, "voluntary_days", d, 2, 1, c, cal, &bad,
		       day);
	bad = r, bad.separate_book_verifications = -1;
	assert_refused(ENF_EINVALID, "separate_book_verifications", d, 2, 1, c,
		       cal, &bad, day);
	bad = r, bad.returns_request = 2;
	assert_refused(ENF_EINVALID, "returns_request", d, 2, 1, c, cal, &bad,
		       day);
	enf_case_free(c);
	enf_calendar_free(cal);
}

/*
 * A deadline beyond the calendar (it covers 1900-2100): received Tue 28
 * Dec 2100, only three days of 2100 are left for five working days; a
 * judgment in effect 1 Jan 2097 has its limitation in 2102. The
 * limitation is listed only for a returned request (a received one has
 * met it) under rules that keep it after the return, so that request is
 * decided, found without means and returned (Decree 152 Art 22) on Wed
 * 10 Mar 2100, with the new law's rules so edited.
 */
static void test_deadline__due_outside_calendar(void **state)
{
	enf_calendar *cal = new_calendar();
	enf_case *late = new_case(ENF_MODE_AGENCY, 0, NO_DATE);
	enf_case *lim = new_case(ENF_MODE_REQUEST, 0, ymd(2097, 1, 1));
	enf_case_rules kept = limitation_kept();
	enf_deadline d[2];

	(void)state;
	apply(late, ENF_EV_ENTRUSTED_IN, ymd(2100, 12, 28), 0);
	apply(lim, ENF_EV_REQUEST_RECEIVED, ymd(2100, 3, 10), 0);
	apply(lim, ENF_EV_DECISION_ISSUED, ymd(2100, 3, 10), 0);
	apply(lim, ENF_EV_CLASSIFIED, ymd(2100, 3, 10), 0);
	apply(lim, ENF_EV_REQUEST_RETURNED, ymd(2100, 3, 10), 0);
	assert_refused(ENF_ERANGE, "decision", d, 2, 1, late, cal, NULL,
		       ymd(2100, 12, 28));
	assert_refused(ENF_ERANGE, "limitation", d, 2, 1, lim, cal, &kept,
		       ymd(2100, 3, 10));
	assert_error_names("case_deadlines", "15/QĐ-THADS");
	enf_case_free(late);
	enf_case_free(lim);
	enf_calendar_free(cal);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_deadline__weekdays_used),
		cmocka_unit_test(test_deadline__decision_across_tet),
		cmocka_unit_test(test_deadline__decision_without_limitation),
		cmocka_unit_test(test_deadline__voluntary_across_tet),
		cmocka_unit_test(test_deadline__reverification_6_or_12_months),
		cmocka_unit_test(
			test_deadline__reverification_from_classification),
		cmocka_unit_test(
			test_deadline__separate_book_needs_two_verifications),
		cmocka_unit_test(test_deadline__separate_book_special),
		cmocka_unit_test(
			test_deadline__verifications_after_means_found),
		cmocka_unit_test(test_deadline__resumed_keeps_verification),
		cmocka_unit_test(test_deadline__new_regime_returns_request),
		cmocka_unit_test(
			test_deadline__vn2008_verification_from_decision),
		cmocka_unit_test(test_deadline__vn2008_no_separate_book),
		cmocka_unit_test(
			test_deadline__limitation_suspension_not_agreement),
		cmocka_unit_test(
			test_deadline__limitation_postponement_counted),
		cmocka_unit_test(
			test_deadline__returned_request_no_limitation_new_law),
		cmocka_unit_test(test_deadline__rules_version_1),
		cmocka_unit_test(test_deadline__tet_blackout),
		cmocka_unit_test(test_deadline__delegated_verification),
		cmocka_unit_test(test_deadline__ordered_by_due_date),
		cmocka_unit_test(test_deadline__as_of),
		cmocka_unit_test(test_deadline__closed_and_other_states),
		cmocka_unit_test(test_deadline__rules_override),
		cmocka_unit_test(test_deadline__cap_too_small),
		cmocka_unit_test(test_deadline__bad_input),
		cmocka_unit_test(test_deadline__due_outside_calendar),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
