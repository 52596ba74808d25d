/*
 * auction.h (included by enforcement.i; the rule sets of rules.h are in
 * rules.i), language-neutral. A sale borrows its rule set and calendar:
 * the layer above keeps references to both.
 */
ENF_OBJECT(enf_auction, enf_auction_free)
ENF_IN_OBJECTS(enf_auction, sales, n)
ENF_IN_RECORDS(enf_auction_event, events, n)
ENF_OUT_RECORD(enf_appraisal)
ENF_OUT_RECORD(enf_auction_state)
ENF_OUT_RECORD(enf_auction_step)
ENF_OUT_RECORD(enf_auction_bounds)
ENF_OUT_RECORD(enf_takeover)
ENF_OUT_RECORD(enf_auction_scenario)
%immutable enf_appraisal::source;
%immutable enf_auction_step::rule;
%immutable enf_auction_step::source;
ENF_OPTIONS(enf_auction_options, ENF_AUCTION_OPTIONS_VERSION, enf_auction_options_init)
ENF_OPTIONS(enf_auction_policy, ENF_AUCTION_POLICY_VERSION, enf_auction_policy_init)
ENF_OPTIONS(enf_auction_case_options, ENF_AUCTION_CASE_OPTIONS_VERSION, enf_auction_case_options_init)
ENF_OPTIONS_STATIC(enf_appraisal_facts, ENF_APPRAISAL_FACTS_INIT)
ENF_OPTIONS_STATIC(enf_takeover_facts, ENF_TAKEOVER_FACTS_INIT)
ENF_OPTIONS_STATIC(enf_auction_model, ENF_AUCTION_MODEL_INIT)

%include "enforcement/auction.h"
