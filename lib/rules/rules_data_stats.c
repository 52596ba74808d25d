/*
 * Rules catalogue, statistics: the national completion-rate targets and
 * the definitions of the indicator table where the official forms leave
 * a choice (stats.h, enf_stats_report_options).
 *
 * Targets are by enforcement year (1 October of the year before to 30
 * September), in hundredths of a percent; a row runs over its year.
 * Sources: 2023 and 2024 the General Department of THADS as reported by
 * baophapluat.vn ("Những con số ấn tượng của thi hành án dân sự trong năm
 * 2023"); 2025 set by the National Assembly (NA Resolution 96/2019/QH14 as
 * reported by cafef.vn and vneconomy.vn on the 2025 results). 2026 has no
 * row: the figures of MoJ Decision 3530/QĐ-BTP (15/12/2025) were not read
 * (U), and a caller may add them as an override. A province passes its own
 * targets as data (Lạng Sơn 2025: 84.05 / 52.00, baolangson.vn).
 */
#include "rules_table.h"

#define ENF__TARGET(y, id, v, cite)                                            \
	{                                                                      \
		"VN.target." id, "VN", (y)-1, 10, 1, (y), 9, 30, (v),          \
			"hundredths-%", cite, "Vs",                            \
			"national target of the enforcement year, " id         \
			" (rate by " id ")"                                    \
	}

const enf__rule_row enf__rules_stats[] = {
	ENF__TARGET(2023, "cases", 8250,
		    "General Department of THADS, 2023 targets (press)"),
	ENF__TARGET(2023, "money", 4550,
		    "General Department of THADS, 2023 targets (press)"),
	ENF__TARGET(2024, "cases", 8325,
		    "General Department of THADS, 2024 targets (press)"),
	ENF__TARGET(2024, "money", 4645,
		    "General Department of THADS, 2024 targets (press)"),
	ENF__TARGET(2025, "cases", 8390, "NA Resolution 96/2019/QH14 (press)"),
	ENF__TARGET(2025, "money", 5190, "NA Resolution 96/2019/QH14 (press)"),
	/* Definitions (report options; enf_stats_report_options). */
	{"VN.stats.money_done_basis", "VN", 0, 0, 0, 0, 0, 0, 0, "code",
	 "GSO metadata 'Kết quả thi hành án dân sự'; Circular 05/2024/TT-BTP "
	 "forms (not read)",
	 "I",
	 "money done: 0 = collected in the period (the sum the enforcer "
	 "collected), 1 = paid out or remitted in the period (GSO: \"đã thu, "
	 "nộp ngân sách và chi trả\", text cut short); a case done or "
	 "terminated in the period counts its whole amount either way"},
	{"VN.stats.partial_entrusted_done", "VN", 0, 0, 0, 0, 0, 0, 1, "flag",
	 "GSO metadata 'Kết quả thi hành án dân sự' (definition of a case "
	 "done)",
	 "Vs",
	 "1: a case done in part whose rest was entrusted counts as done by "
	 "cases (GSO: \"đã tổ chức thi hành xong một phần ... nhưng phần còn "
	 "lại đã ủy thác\"); 0: it leaves the table as entrusted; by money "
	 "its done part is done and the rest entrusted either way"},
	{"VN.stats.unclassified_row", "VN", 0, 0, 0, 0, 0, 0, 0, "code",
	 "Circular 05/2024/TT-BTP forms (not read); MoJ yearly reports", "U",
	 "a decided case not yet classified: 0 = with means, other; 1 = "
	 "without means"},
	{"VN.stats.restate_corrections", "VN", 0, 0, 0, 0, 0, 0, 0, "flag",
	 "Joint Circular 12/2021/TTLT Art 10", "V",
	 "0: a correction is counted in the reporting period in which it is "
	 "recorded, a period already reported is not changed (figures carried "
	 "over as reported); 1: every case counted as it is known now, a "
	 "restatement"},
};
const size_t enf__rules_stats_count =
	sizeof(enf__rules_stats) / sizeof(enf__rules_stats[0]);
