/*
 * Statutory deadlines of one enforcement case on the working-day calendar.
 *
 * A creditor's request arrives on Thursday 23 January 2025, the last
 * working day but one before the 2025 Tết break (25 Jan - 2 Feb). The
 * deadlines of Law 26/2008 as amended (Art 36, 45, 44, 30) are counted as
 * the Civil Code says (Art 147-148): from the day after the event, and a
 * period ending on a day off ends on the next working day.
 */
#include <enforcement.h>
#include <stdio.h>
#include <stdlib.h>

static const char *const weekday_vi[] = {"",   "T2", "T3", "T4",
					 "T5", "T6", "T7", "CN"};

static int check(enf_status st)
{
	if (st < 0) {
		fprintf(stderr, "error: %s (%s)\n", enf_last_error(),
			enf_status_str(st));
		exit(1);
	}
	return 0;
}

static void show(const enf_calendar *cal, const char *what, enf_date d)
{
	char text[16];
	enf_weekday wd;
	const char *holiday;

	check(enf_date_format(text, sizeof(text), d, ENF_LOCALE_VI));
	check(enf_date_weekday(&wd, d));
	check(enf_calendar_holiday_name(&holiday, cal, d));
	printf("%-46s %s %s%s%s\n", what, weekday_vi[wd], text,
	       *holiday ? "  " : "", holiday);
}

int main(void)
{
	enf_calendar *cal;
	enf_date effective, request, decision, voluntary, verify, limit,
		reverify, nominal;
	int32_t working;

	check(enf_calendar_new(&cal, NULL)); /* Vietnam, 2025-2026 tables */
	check(enf_date_parse(&effective, "02/01/2025"));
	check(enf_date_parse(&request, "23/01/2025"));

	/* Art 36(1): decision within 5 working days of the request. */
	check(enf_calendar_period_end(&decision, cal, request, 5,
				      ENF_UNIT_WORKING_DAYS));
	/* Art 45: 10 days to comply voluntarily from notice (same day). */
	check(enf_calendar_period_end(&voluntary, cal, decision, 10,
				      ENF_UNIT_DAYS));
	check(enf_date_add_days(&nominal, decision, 10));
	/* Art 44(1): verify within 10 days after the voluntary period. */
	check(enf_calendar_period_end(&verify, cal, voluntary, 10,
				      ENF_UNIT_DAYS));
	/* Art 44(3): no means found -> verify again within 6 months. */
	check(enf_calendar_period_end(&reverify, cal, verify, 6,
				      ENF_UNIT_MONTHS));
	/* Art 30: request within 5 years of the judgment taking effect. */
	check(enf_calendar_period_end(&limit, cal, effective, 5,
				      ENF_UNIT_YEARS));
	check(enf_calendar_count_working_days(&working, cal, request + 1,
					      decision));

	show(cal, "Judgment takes effect", effective);
	show(cal, "Request received", request);
	show(cal, "Decision due (Art 36, 5 working days)", decision);
	show(cal, "  day 10 of the voluntary period falls on", nominal);
	show(cal, "Voluntary period ends (Art 45, 10 days)", voluntary);
	show(cal, "Verification due (Art 44, 10 days)", verify);
	show(cal, "Re-verification due if no means (6 months)", reverify);
	show(cal, "Limitation for the request ends (Art 30, 5 y)", limit);
	printf("Working days counted after the request: %d (Tết 25/01-02/02 "
	       "skipped)\n",
	       (int)working);
	enf_calendar_free(cal);
	return 0;
}
