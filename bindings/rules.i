/*
 * The rulebooks and auction rule sets of rules.h (included by case.i just
 * before rules.h), language-neutral: owned objects with info records;
 * catalogue rows whose strings are borrowed from the book.
 */
ENF_OBJECT(enf_rulebook, enf_rulebook_free)
ENF_OBJECT(enf_auction_rules, enf_auction_rules_free)
ENF_OUT_RECORD(enf_auction_rules_info)
%immutable enf_auction_rules_info::id;
%immutable enf_auction_rules_info::title;
%immutable enf_auction_rules_info::country;
%immutable enf_auction_rules_info::source;
ENF_OUT_RECORD(enf_rule)
ENF_OUT_RECORD_NAMED(enf_rule, row)
%immutable enf_rule::id;
%immutable enf_rule::scope;
%immutable enf_rule::unit;
%immutable enf_rule::citation;
%immutable enf_rule::confidence;
%immutable enf_rule::note;
