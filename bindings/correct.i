/*
 * correct.h (included by enforcement.i after case.i), language-neutral.
 * A correction comes back by value, twice from enf_case_correction(): as
 * made (out) and with the value it replaced (before); its strings are
 * borrowed from the case, so they are read-only here. A correction is
 * made through adapters.i, which takes its strings as arguments.
 */
%immutable enf_correction::reason;
%immutable enf_correction::author;

ENF_OUT_RECORD(enf_correction)
ENF_OUT_RECORD_NAMED(enf_correction, before)
/* A correction record built by the caller starts from its defaults. */
ENF_OPTIONS(enf_correction, ENF_CORRECTION_VERSION, enf_correction_init)

%include "enforcement/correct.h"
