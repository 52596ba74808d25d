/*
 * Rules catalogue, sale of seized assets: the figures of the appraisal
 * (enf_auction_appraisal(), auction_money.c). The auction rule sets
 * themselves (rounds, cuts, the creditor's option, the steps between
 * auctions) are texts of their own (rules.h, auction_rules_data.c).
 *
 * The regional minimum wages the new small-value threshold multiplies are
 * the money area's rows VN.min_wage.region1..4 (rules_data_money.c).
 */
#include "rules_table.h"

const enf__rule_row enf__rules_auction[] = {
	/* Who sets the starting price: the small-value threshold. */
	{"VN.small_value", "VN", 2009, 7, 1, 2015, 6, 30, 10000000, "VND",
	 "Decree 62/2015/ND-CP Art 25(1), applied to Law 26/2008 as first "
	 "enacted",
	 "I",
	 "an asset is of small value, priced by the enforcer when the parties "
	 "did not agree a price, when an identical new item costs at most "
	 "this much; the threshold of 2009-2015 was not checked, the 2015 "
	 "figure is applied"},
	{"VN.small_value", "VN", 2015, 7, 1, 2026, 6, 30, 10000000, "VND",
	 "Decree 62/2015/ND-CP Art 25(1)", "Vs",
	 "an asset is of small value, priced by the enforcer when the parties "
	 "did not agree a price, when an identical new item costs at most "
	 "this much"},
	{"VN-2026.small_value_wages", "VN-2026", 2026, 7, 1, 0, 0, 0, 5,
	 "count", "Decree 152/2026/ND-CP Art 60(5)", "V",
	 "an asset is of small value up to this many regional minimum "
	 "monthly wages of the region of the enforcement agency's seat, "
	 "measured on the market price of an identical or similar item"},

	/* Appraisal: the contract with a firm, the price-change ground. */
	{"VN.appraisal_contract_working_days", "VN", 2009, 7, 1, 2026, 6, 30, 5,
	 "working-days", "Law 26/2008/QH12 Art 98(2)", "Vs",
	 "the enforcer contracts an appraisal firm within this many working "
	 "days"},
	{"VN.appraisal_contract_working_days", "VN", 2026, 7, 1, 0, 0, 0, 5,
	 "working-days", "Law 106/2025/QH15 Art 82(1)", "U",
	 "the enforcer contracts a listed appraiser within this many working "
	 "days (Law 106 unchecked; the old value is kept)"},
	{"VN.price_change_ppm", "VN", 2009, 7, 1, 2015, 6, 30, 200000, "ppm",
	 "Decree 62/2015/ND-CP Art 17(1)(b), applied to Law 26/2008 as first "
	 "enacted",
	 "I",
	 "a party may ask, with proof and at its cost, for an appraisal when "
	 "the price moved by at least this share since the judgment"},
	{"VN.price_change_ppm", "VN", 2015, 7, 1, 2026, 6, 30, 200000, "ppm",
	 "Decree 62/2015/ND-CP Art 17(1)(b), (2)", "V",
	 "a party may ask, with proof and at its cost, for an appraisal when "
	 "the price moved by at least this share since the judgment"},
	{"VN.price_change_ppm", "VN", 2026, 7, 1, 0, 0, 0, 200000, "ppm",
	 "Decree 152/2026/ND-CP Art 62(1)-(2)", "V",
	 "a party may ask, with proof and at its cost, for an appraisal when "
	 "the price moved by at least this share since the judgment"},
};
const size_t enf__rules_auction_count =
	sizeof(enf__rules_auction) / sizeof(enf__rules_auction[0]);
