/*
 * Rules catalogue, case lifecycle: the regimes and the durations each
 * sets (rules.h).
 */
#include "rules_table.h"

const enf__rule_row enf__rules_case[] = {
	{"VN.regime", "VN", 2009, 7, 1, 2015, 6, 30, 2008, "code",
	 "Law 26/2008/QH12 (in force 1 Jul 2009)", "V",
	 "the regime in force: 2008 = Law 26/2008 as first enacted"},
	{"VN.regime", "VN", 2015, 7, 1, 2026, 6, 30, 2014, "code",
	 "Law 64/2014/QH13 amending Law 26/2008 (in force 1 Jul 2015)", "V",
	 "2014 = Law 26/2008 as amended 2014, with Decree 62/2015"},
	{"VN.regime", "VN", 2026, 7, 1, 0, 0, 0, 2026, "code",
	 "Law 106/2025/QH15; Decree 152/2026/ND-CP Art 115", "V",
	 "2026 = Law 106/2025 with Decree 152/2026; steps lawfully taken "
	 "before stay valid"},
};
const size_t enf__rules_case_count =
	sizeof(enf__rules_case) / sizeof(enf__rules_case[0]);
