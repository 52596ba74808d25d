/*
 * Rules catalogue, calendar: the figures of the holiday rules and the Tết
 * blackout on coercion.
 *
 * The working-day calendar is in the base layer and may not look figures
 * up in the rules layer, so the figures it computes holidays with are
 * macros of holidays.h (with their citations), which holidays_vn.c builds
 * its rules from and the rows below list: one place, read by both. The
 * blackout rows are read by enf_case_rules_for() into the enf_case_rules
 * fields of the same names.
 */
#include "holidays.h"
#include "rules_table.h"

#define VN2008 "VN-2008", 2009, 7, 1, 2015, 6, 30
#define VN2014 "VN-2014", 2015, 7, 1, 2026, 6, 30
#define VN2026 "VN-2026", 2026, 7, 1, 0, 0, 0

#define BLACKOUT_D62 "Decree 62/2015/ND-CP Art 13(2)"
#define BLACKOUT_152 "Decree 152/2026/ND-CP Art 42(2)"
#define BLACKOUT_TET                                                           \
	"Ministry of Justice Directives 01/CT-BTP (2015: 4 Feb - 8 Mar; "      \
	"2018: "                                                               \
	"1 Feb - 5 Mar)"

const enf__rule_row enf__rules_calendar[] = {
	{"VN.tet_days", "VN", 0, 0, 0, ENF__TET_DAYS_1994_LAST, 12, 31,
	 ENF__TET_DAYS_1994, "days", ENF__TET_DAYS_1994_CITATION, "Vs",
	 "Tết lasts 4 days (computed: the last day of the old lunar year and "
	 "the first three of the new; the years before 1995 U)"},
	{"VN.tet_days", "VN", ENF__TET_DAYS_2012_FIRST, 1, 1, 0, 0, 0,
	 ENF__TET_DAYS_2012, "days", ENF__TET_DAYS_2012_CITATION, "V",
	 "Tết lasts 5 days (computed: the last day of the old lunar year and "
	 "the first four of the new); in force 1 May 2013, after Tết 2013"},

	{"VN-2008.blackout_days_before", VN2008, 15, "days",
	 "Decree 58/2009/ND-CP not read; " BLACKOUT_TET, "U",
	 "no coercion with mobilised forces within 15 days before Tết (as the "
	 "2015 directive applied it)"},
	{"VN-2008.blackout_days_after", VN2008, 15, "days",
	 "Decree 58/2009/ND-CP not read; " BLACKOUT_TET, "U",
	 "nor within 15 days after Tết"},
	{"VN-2008.blackout_tet_days", VN2008, 3, "days", BLACKOUT_TET, "Vs",
	 "Tết, for the blackout: the 1st to 3rd days of the lunar year"},
	{"VN-2014.blackout_days_before", VN2014, 15, "days", BLACKOUT_D62, "Vs",
	 "no coercion with mobilised forces within 15 days before Tết"},
	{"VN-2014.blackout_days_after", VN2014, 15, "days", BLACKOUT_D62, "Vs",
	 "nor within 15 days after Tết"},
	{"VN-2014.blackout_tet_days", VN2014, 3, "days", BLACKOUT_TET, "Vs",
	 "Tết, for the blackout: the 1st to 3rd days of the lunar year"},
	{"VN-2026.blackout_days_before", VN2026, 15, "days", BLACKOUT_152, "V",
	 "no coercion with mobilised forces within 15 days before Tết"},
	{"VN-2026.blackout_days_after", VN2026, 15, "days", BLACKOUT_152, "V",
	 "nor within 15 days after Tết"},
	{"VN-2026.blackout_tet_days", VN2026, 3, "days", BLACKOUT_TET, "Vs",
	 "Tết, for the blackout: the 1st to 3rd days of the lunar year (the "
	 "directives before Decree 152)"},
};
const size_t enf__rules_calendar_count =
	sizeof(enf__rules_calendar) / sizeof(enf__rules_calendar[0]);
