/*
 * Rules catalogue, money out: the base salary and the enforcement fee of
 * Circular 216/2016/TT-BTC (fee.c), late-payment interest (interest.c),
 * the regional minimum wages, the rent reserve and the payment deadline
 * (payout.c).
 */
#include "rules_table.h"

/* The fee schedule of Circular 216/2016/TT-BTC Art 4 (V, in force 1 Jan
 * 2017): nothing up to the threshold, then bracket k from its `from`:
 * fixed + rate x (amount - from), bracket 1 at rate x the whole amount. */
#define ENF__TT216 "Circular 216/2016/TT-BTC Art 4"
#define ENF__FEE_ROW(id, value, unit, cite, note)                              \
	{                                                                      \
		id, "VN", 2017, 1, 1, 0, 0, 0, value, unit, cite, "V", note    \
	}

/* A regional minimum monthly wage. */
#define ENF__WAGE(region, fy, fm, fd, ty, tm, td, value, cite, conf)           \
	{                                                                      \
		"VN.min_wage.region" region, "VN", fy, fm, fd, ty, tm, td,     \
			value, "VND/month", cite, conf,                        \
			"regional minimum monthly wage of region " region      \
			" (muc luong "                                         \
			"toi thieu thang theo vung)"                           \
	}

const enf__rule_row enf__rules_money[] = {
	/* Base salary (luong co so): the fee's threshold is 2 of it. */
	{"VN.base_salary", "VN", 2016, 5, 1, 2017, 6, 30, 1210000, "VND/month",
	 "Decree 47/2016/ND-CP Art 3", "Vs", "base salary (luong co so)"},
	{"VN.base_salary", "VN", 2017, 7, 1, 2018, 6, 30, 1300000, "VND/month",
	 "Decree 47/2017/ND-CP Art 3", "Vs", "base salary (luong co so)"},
	{"VN.base_salary", "VN", 2018, 7, 1, 2019, 6, 30, 1390000, "VND/month",
	 "Decree 72/2018/ND-CP Art 3", "Vs", "base salary (luong co so)"},
	{"VN.base_salary", "VN", 2019, 7, 1, 2023, 6, 30, 1490000, "VND/month",
	 "Decree 38/2019/ND-CP Art 3", "Vs", "base salary (luong co so)"},
	{"VN.base_salary", "VN", 2023, 7, 1, 2024, 6, 30, 1800000, "VND/month",
	 "Decree 24/2023/ND-CP Art 3", "Vs", "base salary (luong co so)"},
	{"VN.base_salary", "VN", 2024, 7, 1, 2026, 6, 30, 2340000, "VND/month",
	 "Decree 73/2024/ND-CP Art 3", "Vs",
	 "base salary (luong co so); known as restated by Decree 161/2026"},
	{"VN.base_salary", "VN", 2026, 7, 1, 0, 0, 0, 2530000, "VND/month",
	 "Decree 161/2026/ND-CP Art 3(2)", "V",
	 "base salary (luong co so); Art 6 ends Decree 73/2024 that day"},

	/* The enforcement fee (phi thi hanh an dan su). */
	ENF__FEE_ROW("VN.fee.threshold", 2000000, "ppm", ENF__TT216,
		     "no fee on a cumulative amount up to this share of the "
		     "base salary (2,000,000 ppm = 2 x); above it the fee "
		     "falls on the whole amount"),
	ENF__FEE_ROW("VN.fee.bracket1.rate", 30000, "ppm", ENF__TT216,
		     "above the threshold and up to bracket 2: 3% of the "
		     "whole amount"),
	ENF__FEE_ROW("VN.fee.bracket2.from", INT64_C(5000000000), "VND",
		     ENF__TT216, "bracket 2 starts above 5 bn VND"),
	ENF__FEE_ROW("VN.fee.bracket2.fixed", 150000000, "VND", ENF__TT216,
		     "bracket 2: 150,000,000 plus its rate of the excess"),
	ENF__FEE_ROW("VN.fee.bracket2.rate", 20000, "ppm", ENF__TT216,
		     "bracket 2: 2% of the excess over 5 bn"),
	ENF__FEE_ROW("VN.fee.bracket3.from", INT64_C(7000000000), "VND",
		     ENF__TT216, "bracket 3 starts above 7 bn VND"),
	ENF__FEE_ROW("VN.fee.bracket3.fixed", 190000000, "VND", ENF__TT216,
		     "bracket 3: 190,000,000 plus its rate of the excess"),
	ENF__FEE_ROW("VN.fee.bracket3.rate", 10000, "ppm", ENF__TT216,
		     "bracket 3: 1% of the excess over 7 bn"),
	ENF__FEE_ROW("VN.fee.bracket4.from", INT64_C(10000000000), "VND",
		     ENF__TT216, "bracket 4 starts above 10 bn VND"),
	ENF__FEE_ROW("VN.fee.bracket4.fixed", 220000000, "VND", ENF__TT216,
		     "bracket 4: 220,000,000 plus its rate of the excess"),
	ENF__FEE_ROW("VN.fee.bracket4.rate", 5000, "ppm", ENF__TT216,
		     "bracket 4: 0.5% of the excess over 10 bn"),
	ENF__FEE_ROW("VN.fee.bracket5.from", INT64_C(15000000000), "VND",
		     ENF__TT216, "bracket 5 starts above 15 bn VND (no cap)"),
	ENF__FEE_ROW("VN.fee.bracket5.fixed", 245000000, "VND", ENF__TT216,
		     "bracket 5: 245,000,000 plus its rate of the excess"),
	ENF__FEE_ROW("VN.fee.bracket5.rate", 100, "ppm", ENF__TT216,
		     "bracket 5: 0.01% of the excess over 15 bn"),
	ENF__FEE_ROW("VN.fee.settled_divisor", 3, "count",
		     "Circular 216/2016/TT-BTC Art 4-6",
		     "the fee is divided by this (one third) when the parties "
		     "settle after the enforcement decision and before "
		     "coercion"),

	/* Late-payment interest. */
	{"VN.interest.cap", "VN", 2017, 1, 1, 0, 0, 0, 200000, "ppm/year",
	 "Civil Code 91/2015 Art 468(1)", "V",
	 "an agreed rate may not exceed 20%/year unless another law provides "
	 "otherwise (credit institutions: interest options rate_cap 0)"},
	{"VN.interest.statutory", "VN", 2017, 1, 1, 0, 0, 0, 100000, "ppm/year",
	 "Civil Code 91/2015 Art 357(2), 468(2)", "V",
	 "without an agreed rate: 50% of the Art 468(1) cap, 10%/year"},
	{"UK.interest.judgment_rate", "UK", 1993, 4, 1, 0, 0, 0, 80000,
	 "ppm/year", "Judgments Act 1838 s 17; SI 1993/564", "Vs",
	 "England and Wales: judgment debts carry 8%/year simple interest"},
	{"DE.interest.margin", "DE", 0, 0, 0, 0, 0, 0, 50000, "ppm/year",
	 "BGB 288(1)", "Vs",
	 "default interest: the base rate plus 5 points (a consumer is a "
	 "party); the default margin of the interest options; the text in "
	 "force today, earlier margins not modelled"},
	{"DE.interest.margin_business", "DE", 0, 0, 0, 0, 0, 0, 90000,
	 "ppm/year", "BGB 288(2)", "Vs",
	 "default interest between businesses: the base rate plus 9 points "
	 "(set margin_ppm); the text in force today"},

	/* Regional minimum wages: the rent reserve of the new law is 12 of
	 * them where the debtor lives. */
	ENF__WAGE("1", 2024, 7, 1, 2025, 12, 31, 4960000,
		  "Decree 74/2024/ND-CP Art 3(1)", "Vs"),
	ENF__WAGE("2", 2024, 7, 1, 2025, 12, 31, 4410000,
		  "Decree 74/2024/ND-CP Art 3(1)", "Vs"),
	ENF__WAGE("3", 2024, 7, 1, 2025, 12, 31, 3860000,
		  "Decree 74/2024/ND-CP Art 3(1)", "Vs"),
	ENF__WAGE("4", 2024, 7, 1, 2025, 12, 31, 3450000,
		  "Decree 74/2024/ND-CP Art 3(1)", "Vs"),
	ENF__WAGE("1", 2026, 1, 1, 0, 0, 0, 5310000,
		  "Decree 293/2025/ND-CP Art 3(1)", "V"),
	ENF__WAGE("2", 2026, 1, 1, 0, 0, 0, 4730000,
		  "Decree 293/2025/ND-CP Art 3(1)", "V"),
	ENF__WAGE("3", 2026, 1, 1, 0, 0, 0, 4140000,
		  "Decree 293/2025/ND-CP Art 3(1)", "V"),
	ENF__WAGE("4", 2026, 1, 1, 0, 0, 0, 3700000,
		  "Decree 293/2025/ND-CP Art 3(1)", "V"),
	{"VN-2026.rent_reserve_months", "VN-2026", 2026, 7, 1, 0, 0, 0, 12,
	 "months", "Law 106/2025 Art 89(2); Decree 152/2026 Art 67(3)", "V",
	 "money kept back for the debtor to rent a home for a year: this "
	 "many regional minimum monthly wages of the debtor's residence"},

	/* Paying collected money out. */
	{"VN.payout.days", "VN", 2009, 7, 1, 2026, 6, 30, 10, "days",
	 "Law 26/2008 Art 47(5)", "V",
	 "collected money is paid out within this many days"},
	{"VN.payout.days", "VN", 2026, 7, 1, 0, 0, 0, 10, "days",
	 "Law 106/2025 Art 54(6) (not read); Decree 152/2026 Art 30(4), (7)",
	 "I",
	 "collected money is paid out within this many days (kept from "
	 "the old law)"},
	{"VN.payout.extension_days", "VN", 2026, 7, 1, 0, 0, 0, 45, "days",
	 "Decree 152/2026 Art 30(3)(a)", "I",
	 "many creditors, little money, other assets still being processed: "
	 "paid within this many days of the collection (the text: the "
	 "extension does not exceed 45 days; counted from the collection)"},
	{"VN.payout.after_ground_days", "VN", 2026, 7, 1, 0, 0, 0, 10, "days",
	 "Decree 152/2026 Art 30(4)", "V",
	 "an authority's hold, a dispute or force majeure: paid within this "
	 "many days after the ground ceases"},
};
const size_t enf__rules_money_count =
	sizeof(enf__rules_money) / sizeof(enf__rules_money[0]);
