/* payout.h (included by enforcement.i), language-neutral. */
ENF_OBJECT(enf_trail, enf_trail_free)
ENF_OBJECT(enf_ledger, enf_ledger_free)
ENF_OUT_RECORD(enf_trail_step)
ENF_OUT_RECORD(enf_interest_result)
ENF_OUT_RECORD(enf_payout_result)
ENF_OUT_VALUES_FOR_RECORDS(enf_money, paid, enf_claim, claims, n)
ENF_OUT_VALUES_SIZED(enf_money, paid, n)
ENF_IN_RECORDS(enf_payment, payments, npayments)
ENF_IN_RECORDS(enf_pause, pauses, npauses)
ENF_IN_RECORDS(enf_rate_change, rates, nrates)
ENF_OUT_RECORD(enf_ledger_balance)
%immutable enf_trail_step::rule;
%immutable enf_trail_step::source;
ENF_OPTIONS(enf_fee_options, ENF_FEE_OPTIONS_VERSION, enf_fee_options_init)
ENF_OPTIONS(enf_payout_options, ENF_PAYOUT_OPTIONS_VERSION, enf_payout_options_init)
/* Its init takes the rules as well. */
%extend enf_interest_options {
	enf_interest_options(int rules) {
		enf_interest_options *o = calloc(1, sizeof(*o));
		if (o != NULL)
			enf_interest_options_init(o, ENF_INTEREST_OPTIONS_VERSION,
						  (enf_interest_rules)rules);
		return o;
	}
}

%include "enforcement/trail.h"
%include "enforcement/payout.h"
