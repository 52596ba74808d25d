/*
 * The rulebooks and auction rule sets of rules.h (included by case.i just
 * before rules.h), language-neutral: owned objects with info records.
 */
ENF_OBJECT(enf_rulebook, enf_rulebook_free)
ENF_OBJECT(enf_auction_rules, enf_auction_rules_free)
ENF_OUT_RECORD(enf_auction_rules_info)
%immutable enf_auction_rules_info::id;
%immutable enf_auction_rules_info::title;
%immutable enf_auction_rules_info::country;
%immutable enf_auction_rules_info::source;
