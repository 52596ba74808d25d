/*
 * Rules catalogue, sale of seized assets: figures outside the auction
 * rule sets (which are texts of their own, rules.h).
 */
#include "rules_table.h"

const enf__rule_row enf__rules_auction[] = {
	{"VN-2026.small_value_wages", "VN-2026", 2026, 7, 1, 0, 0, 0, 5,
	 "count", "Decree 152/2026/ND-CP Art 60(5)", "V",
	 "an asset is of small value up to this many regional minimum "
	 "monthly wages of the agency's seat"},
};
const size_t enf__rules_auction_count =
	sizeof(enf__rules_auction) / sizeof(enf__rules_auction[0]);
