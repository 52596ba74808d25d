/*
 * Rules catalogue, calendar: holiday and coercion-calendar rules.
 */
#include "rules_table.h"

const enf__rule_row enf__rules_calendar[] = {
	{"VN-2026.no_coercion_around_tet_days", "VN-2026", 2026, 7, 1, 0, 0, 0,
	 15, "days", "Decree 152/2026/ND-CP Art 42(2)", "V",
	 "no mobilised coercion in the 15 days before and after Tet"},
};
const size_t enf__rules_calendar_count =
	sizeof(enf__rules_calendar) / sizeof(enf__rules_calendar[0]);
