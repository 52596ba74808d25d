/*
 * Rules catalogue, money out: base salary, regional minimum wages, the
 * fee schedule and interest.
 */
#include "rules_table.h"

const enf__rule_row enf__rules_money[] = {
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
	 "Decree 73/2024/ND-CP Art 3", "Vs", "base salary (luong co so)"},
	{"VN.base_salary", "VN", 2026, 7, 1, 0, 0, 0, 2530000, "VND/month",
	 "Decree 161/2026/ND-CP Art 3(2)", "V", "base salary (luong co so)"},
};
const size_t enf__rules_money_count =
	sizeof(enf__rules_money) / sizeof(enf__rules_money[0]);
