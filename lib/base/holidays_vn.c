/*
 * Vietnam's public holidays: the computed rules of the Labour Code and the
 * built-in official tables.
 *
 * Labour Code 45/2019/QH14 Art 112(1) lists 1/1; Tết (5 days); Hùng Kings'
 * day (10/3 lunar); 30/4; 1/5; 2/9 and one adjacent day. Art 112(3): the
 * Prime Minister fixes the Tết days and the adjacent day each year. Art
 * 111(3): a holiday that falls on a weekly rest day gives a compensatory
 * day off on the next working day. Earlier codes: Labour Code 1994 Art 73
 * (Tết 4 days; Hùng Kings' day added by Law 84/2007) and Labour Code 2012
 * Art 115 (Tết 5 days from 1 May 2013). Before the 1994 code took effect
 * (1995) the rules below are applied unchanged (U). The yearly decisions
 * also move days off by swapping working days; those are in the official
 * tables below, which replace the computed rule for their year.
 *
 * Not in the default calendar: Vietnam Culture Day (24 November). In
 * February 2026 the Government was still asking for an amendment of
 * Labour Code Art 112(1) to add it, and no enacting text was seen (U). A
 * caller who holds it to be in force loads a year table that lists it
 * (enf_calendar_load(), date.h).
 */
#include "holidays.h"

/*
 * The rules applied to years without an official table. Years outside
 * [from, to] skip the rule.
 */
const enf__holiday_rule enf__vn_rules[] = {
	{ENF__RULE_SOLAR, 1, 1, 0, 1900, 2100, ENF__NAME_NEW_YEAR,
	 "Labour Code 45/2019/QH14 Art 112(1)", "V"},
	/*
	 * Tết, 4 days through 2013: the last day of the old lunar year and the
	 * first three of the new one, the traditional span (the 2010-2013
	 * decisions added swapped days around it; I). 5 days from 2014: the
	 * last day and the first four, the span most yearly decisions of
	 * 2021-2026 centre on (I).
	 */
	{ENF__RULE_LUNAR_NEW_YEAR, 0, 0, ENF__TET_DAYS_1994, 1900,
	 ENF__TET_DAYS_1994_LAST, ENF__NAME_TET, ENF__TET_DAYS_1994_CITATION,
	 "Vs"},
	{ENF__RULE_LUNAR_NEW_YEAR, 0, 0, ENF__TET_DAYS_2012,
	 ENF__TET_DAYS_2012_FIRST, 2100, ENF__NAME_TET,
	 ENF__TET_DAYS_2012_CITATION, "V"},
	/* Paid holiday since the 2007 amendment of the Labour Code (Vs). */
	{ENF__RULE_LUNAR, 3, 10, 0, 2007, 2100, ENF__NAME_HUNG_KINGS,
	 "Labour Code 1994 Art 73 as amended by Law 84/2007; Labour Code "
	 "45/2019/QH14 Art 112(1)",
	 "Vs"},
	{ENF__RULE_SOLAR, 4, 30, 0, 1900, 2100, ENF__NAME_REUNIFICATION,
	 "Labour Code 45/2019/QH14 Art 112(1)", "V"},
	{ENF__RULE_SOLAR, 5, 1, 0, 1900, 2100, ENF__NAME_LABOUR,
	 "Labour Code 45/2019/QH14 Art 112(1)", "V"},
	{ENF__RULE_SOLAR, 9, 2, 0, 1900, 2100, ENF__NAME_NATIONAL,
	 "Labour Code 45/2019/QH14 Art 112(1)", "V"},
	/* Second National Day since Labour Code 2019 (in force 2021); the
	 * side is inferred from the 2021-2026 decisions (I). */
	{ENF__RULE_NATIONAL_ADJACENT, 9, 2, 0, 2021, 2100, ENF__NAME_NATIONAL,
	 "Labour Code 45/2019/QH14 Art 112(1), (3)", "I"},
};
const size_t enf__vn_rule_count =
	sizeof(enf__vn_rules) / sizeof(enf__vn_rules[0]);

/*
 * The adjacent day of 2 September by its weekday (Monday first), as
 * offsets from 2/9: the day that joins the break to a weekend. Seen: 2021
 * Thu +1, 2022 Fri -1, 2023 Sat -1, 2024 Mon +1, 2025 Tue -1, 2026 Wed -1 (I).
 */
const int enf__vn_national_adjacent[7] = {+1, -1, -1, +1, -1, -1, +1};

/*
 * Official days off for civil servants (cán bộ, công chức, viên chức).
 * Sources (secondary: press copies of the notices; the originals were not
 * read):
 * 2025: Government Office letter 8726/VPCP-KGVX (26/11/2024) and notice
 *       6150/TB-LĐTBXH: Tết 25/1-2/2; 30/4-4/5 with Friday 2/5 swapped for
 *       Saturday 26/4; 30/8-2/9.
 * 2026: Government Office letter 12729/VPCP-KGVX (25/12/2025): 1/1-4/1 with
 *       Friday 2/1 swapped for Saturday 10/1; notice 9441/TB-BNV (16/10/2025):
 *       Tết 14/2-22/2 and National Day 29/8-2/9 (five days; the swap of
 *       Monday 31/8 for Saturday 22/8 is unconfirmed, U); Hùng Kings' day
 *       falls on Sunday 26/4, compensated on Monday 27/4 (Art 111(3)).
 *       Culture Day 24/11 is left out (see above, U).
 */
const char enf__vn_official_tables[] =
	"year 2025\n"
	"off 2025-01-01 Tết Dương lịch\n"
	"off 2025-01-25 2025-02-02 Tết Nguyên đán\n"
	"off 2025-04-07 Giỗ Tổ Hùng Vương\n"
	"off 2025-04-30 Ngày Giải phóng miền Nam\n"
	"off 2025-05-01 2025-05-04 Quốc tế Lao động\n"
	"work 2025-04-26 swapped for 2025-05-02\n"
	"off 2025-08-30 2025-09-02 Quốc khánh\n"
	"year 2026\n"
	"off 2026-01-01 2026-01-04 Tết Dương lịch\n"
	"work 2026-01-10 swapped for 2026-01-02\n"
	"off 2026-02-14 2026-02-22 Tết Nguyên đán\n"
	"off 2026-04-26 2026-04-27 Giỗ Tổ Hùng Vương\n"
	"off 2026-04-30 Ngày Giải phóng miền Nam\n"
	"off 2026-05-01 2026-05-03 Quốc tế Lao động\n"
	"off 2026-08-29 2026-09-02 Quốc khánh\n"
	"work 2026-08-22 swapped for 2026-08-31 (unconfirmed)\n";

const char *const enf__static_names[ENF__NAME_STATIC_COUNT] = {
	"",
	"Tết Dương lịch",
	"Tết Nguyên đán",
	"Giỗ Tổ Hùng Vương",
	"Ngày Giải phóng miền Nam",
	"Quốc tế Lao động",
	"Quốc khánh",
	"Ngày Văn hóa Việt Nam",
	"Nghỉ bù",
};
