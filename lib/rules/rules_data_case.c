/*
 * Rules catalogue, case lifecycle: the regimes and the durations and
 * switches each sets (rules.h, enf_case_rules). The rows of "VN-20xx.NAME"
 * are read by enf_case_rules_for() / enf_case_rules_from() into the field
 * NAME of the regime's enf_case_rules; each row is dated with its regime
 * (VN-2008: 1 Jul 2009 - 30 Jun 2015; VN-2014: 1 Jul 2015 - 30 Jun 2026;
 * VN-2026: from 1 Jul 2026). The Tết blackout rows are calendar rows
 * (rules_data_calendar.c).
 *
 * Confidence: the 2014 text of Law 26/2008 and Decree 62/2015 were read
 * in a codified copy (V); the 2008 text only through quotations (Vs) or
 * not at all, where the 2014 value is kept (I when the amendment is not
 * known to have changed it, U when the 2008 rule itself was not found);
 * Decree 152/2026 was read (V); Law 106/2025 was not (U: the old value is
 * the documented default), except what the press reported (Vs).
 */
#include "rules_table.h"

#define VN2008 "VN-2008", 2009, 7, 1, 2015, 6, 30
#define VN2014 "VN-2014", 2015, 7, 1, 2026, 6, 30
#define VN2026 "VN-2026", 2026, 7, 1, 0, 0, 0

#define L08    "Law 26/2008/QH12 "
#define L08_08 "Law 26/2008/QH12 (2008 text) "
#define D62    "Decree 62/2015/ND-CP "
#define L106   "Law 106/2025/QH15 "
#define D152   "Decree 152/2026/ND-CP "

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

	/* Law 26/2008 as first enacted. */
	{"VN-2008.decision_working_days", VN2008, 5, "working-days",
	 L08 "Art 36(1)", "I",
	 "enforcement decision within 5 working days of the request (the "
	 "2014 value; the 2008 text not read)"},
	{"VN-2008.voluntary_days", VN2008, 15, "days", L08_08 "Art 45(1)", "V",
	 "voluntary period of 15 days from the notice of the decision"},
	{"VN-2008.verification_days", VN2008, 10, "days",
	 L08_08 "Art 44(1)-(2)", "Vs",
	 "first verification within 10 days (of the decision, or of the "
	 "creditor's request to verify)"},
	{"VN-2008.reverify_months", VN2008, 6, "months", L08_08 "Art 44", "U",
	 "re-verification of a case without means: interval not found; the "
	 "2014 value is kept"},
	{"VN-2008.reverify_months_special", VN2008, 12, "months",
	 L08_08 "Art 44", "U",
	 "re-verification for prisoners and unknown addresses: not found; "
	 "the 2014 value is kept"},
	{"VN-2008.separate_book_months", VN2008, 12, "months", L08_08 "Art 51",
	 "U",
	 "months without means before the request is returned (trả đơn): "
	 "not found; the 2014 value is kept"},
	{"VN-2008.separate_book_months_special", VN2008, 24, "months",
	 L08_08 "Art 51", "U",
	 "the same for prisoners and unknown addresses: not found; the 2014 "
	 "value is kept"},
	{"VN-2008.separate_book_verifications", VN2008, 2, "count",
	 L08_08 "Art 51", "U",
	 "verifications before the return: not found; the 2014 value is "
	 "kept"},
	{"VN-2008.limitation_years", VN2008, 5, "years", L08 "Art 30(1)", "I",
	 "limitation of 5 years from the judgment taking effect (the 2014 "
	 "value; the 2008 text not read)"},
	{"VN-2008.returns_request", VN2008, 1, "flag", L08_08 "Art 51", "Vs",
	 "an on-request case without means is returned to the creditor (trả "
	 "đơn)"},
	{"VN-2008.case_per_debtor", VN2008, 0, "flag", L08_08 "Art 36", "I",
	 "one decision per request, not per debtor"},
	{"VN-2008.verification_from_decision", VN2008, 1, "flag",
	 L08_08 "Art 44(1)-(2)", "Vs",
	 "verification counted from the decision (agency cases) or the "
	 "creditor's request to verify"},
	{"VN-2008.separate_book", VN2008, 0, "flag", D62 "Art 9(5)", "Vs",
	 "no separate book: it began with Decree 62/2015"},
	{"VN-2008.limitation_after_return", VN2008, 1, "flag",
	 L08_08 "Art 30, 51", "U",
	 "whether a returned request still has a limitation: not found; the "
	 "limitation is kept"},
	{"VN-2008.delegated_reply_days", VN2008, 0, "days",
	 "no text found (Decree 58/2009 not read)", "U",
	 "reply limit of a delegated verification (registered assets): none "
	 "known"},
	{"VN-2008.delegated_reply_days_complex", VN2008, 0, "days",
	 "no text found (Decree 58/2009 not read)", "U",
	 "the same, complex verification: none known"},
	{"VN-2008.delegated_reply_days_other", VN2008, 0, "days",
	 "no text found (Decree 58/2009 not read)", "U",
	 "the same, other assets: none known"},

	/* Law 26/2008 as amended by Law 64/2014, with Decree 62/2015. */
	{"VN-2014.decision_working_days", VN2014, 5, "working-days",
	 L08 "Art 36(1)", "V",
	 "enforcement decision within 5 working days of the request or of "
	 "the judgment received"},
	{"VN-2014.voluntary_days", VN2014, 10, "days", L08 "Art 45(1)", "V",
	 "voluntary period of 10 days from the notice of the decision"},
	{"VN-2014.verification_days", VN2014, 10, "days", L08 "Art 44(1)", "V",
	 "first verification within 10 days after the voluntary period"},
	{"VN-2014.reverify_months", VN2014, 6, "months", L08 "Art 44(2)", "V",
	 "re-verification of a case without means at least every 6 months"},
	{"VN-2014.reverify_months_special", VN2014, 12, "months",
	 L08 "Art 44(2)", "V",
	 "at least yearly for a prisoner with 2+ years left or an unknown "
	 "address"},
	{"VN-2014.separate_book_months", VN2014, 12, "months", D62 "Art 9(5)",
	 "V", "separate book after 1 year without means"},
	{"VN-2014.separate_book_months_special", VN2014, 24, "months",
	 D62 "Art 9(5)", "V",
	 "after 2 years for prisoners and unknown addresses"},
	{"VN-2014.separate_book_verifications", VN2014, 2, "count",
	 D62 "Art 9(5)", "V", "after at least 2 verifications"},
	{"VN-2014.limitation_years", VN2014, 5, "years", L08 "Art 30(1)", "V",
	 "limitation of 5 years from the judgment taking effect"},
	{"VN-2014.returns_request", VN2014, 0, "flag", D62 "Art 9(5)", "V",
	 "requests are no longer returned: the separate book instead"},
	{"VN-2014.case_per_debtor", VN2014, 0, "flag", D62 "Art 7", "Vs",
	 "one decision per request"},
	{"VN-2014.verification_from_decision", VN2014, 0, "flag",
	 L08 "Art 44(1)", "V",
	 "verification counted from the end of the voluntary period"},
	{"VN-2014.separate_book", VN2014, 1, "flag", D62 "Art 9(5)", "V",
	 "cases without means go to the separate book"},
	{"VN-2014.limitation_after_return", VN2014, 1, "flag",
	 L08 "Art 30; Law 64/2014 transitional provisions not read", "U",
	 "a request returned under the 2008 text keeps its limitation"},
	{"VN-2014.delegated_reply_days", VN2014, 0, "days",
	 D62 "(no limit found)", "U",
	 "reply limit of a delegated verification (registered assets): none "
	 "known"},
	{"VN-2014.delegated_reply_days_complex", VN2014, 0, "days",
	 D62 "(no limit found)", "U",
	 "the same, complex verification: none known"},
	{"VN-2014.delegated_reply_days_other", VN2014, 0, "days",
	 D62 "(no limit found)", "U", "the same, other assets: none known"},

	/* Law 106/2025 with Decree 152/2026. */
	{"VN-2026.decision_working_days", VN2026, 5, "working-days",
	 L106 "(article not found)", "U",
	 "decision period not found; the old 5 working days are kept"},
	{"VN-2026.voluntary_days", VN2026, 10, "days", L106 "Art 36(1)", "U",
	 "voluntary period: the article is known, its length not; the old "
	 "10 days are kept"},
	{"VN-2026.verification_days", VN2026, 10, "days", L106 "Art 38", "U",
	 "first verification period not found; the old 10 days are kept"},
	{"VN-2026.reverify_months", VN2026, 6, "months", L106 "Art 38(3)", "U",
	 "periodic re-verification exists; its interval not found (old 6 "
	 "months kept)"},
	{"VN-2026.reverify_months_special", VN2026, 12, "months",
	 L106 "Art 38(3)", "U",
	 "the interval for prisoners and unknown addresses not found (old 12 "
	 "months kept)"},
	{"VN-2026.separate_book_months", VN2026, 24, "months", D152 "Art 22",
	 "V",
	 "separate book (agency cases) or request returned (on request) "
	 "after 2 years without means"},
	{"VN-2026.separate_book_months_special", VN2026, 24, "months",
	 D152 "Art 22", "V", "2 years for every case"},
	{"VN-2026.separate_book_verifications", VN2026, 2, "count",
	 D152 "Art 22; " L106 "Art 38(3)", "U",
	 "periodic verifications required, their number not stated (old 2 "
	 "kept)"},
	{"VN-2026.limitation_years", VN2026, 5, "years", L106 "Art 34", "U",
	 "limitation length not found; the old 5 years are kept"},
	{"VN-2026.returns_request", VN2026, 1, "flag",
	 L106 "Art 38(4); " D152 "Art 22(2)", "V",
	 "an on-request case without means is sent back to the creditor"},
	{"VN-2026.case_per_debtor", VN2026, 1, "flag", D152 "Art 8, 11", "V",
	 "one decision per debtor, with the listed exceptions"},
	{"VN-2026.verification_from_decision", VN2026, 0, "flag", L106 "Art 38",
	 "U",
	 "verification counted from the end of the voluntary period, as "
	 "before"},
	{"VN-2026.separate_book", VN2026, 1, "flag", D152 "Art 22(1)", "V",
	 "agency cases without means go to the separate book"},
	{"VN-2026.limitation_after_return", VN2026, 0, "flag",
	 L106 "Art 34(2); " D152 "Art 9(7)(đ), 22(2)", "Vs",
	 "a request filed again after its return is not subject to the "
	 "limitation"},
	{"VN-2026.delegated_reply_days", VN2026, 30, "days",
	 D152 "Art 21(5)(a)", "V",
	 "a delegated verification of real estate or registered movables is "
	 "answered within 30 days"},
	{"VN-2026.delegated_reply_days_complex", VN2026, 45, "days",
	 D152 "Art 21(5)(a)", "V", "up to 45 days when difficult or complex"},
	{"VN-2026.delegated_reply_days_other", VN2026, 15, "days",
	 D152 "Art 21(5)(b)", "V",
	 "other assets and information within 15 days; accounts and "
	 "provisional measures at once (c)"},
};
const size_t enf__rules_case_count =
	sizeof(enf__rules_case) / sizeof(enf__rules_case[0]);
