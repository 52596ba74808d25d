/* stats.h (included by enforcement.i), language-neutral. */
ENF_OBJECT(enf_org, enf_org_free)
ENF_OBJECT(enf_stats_report, enf_stats_report_free)
ENF_OUT_RECORD(enf_peer_indicators)
ENF_OUT_RECORD(enf_target_result)
ENF_OUT_VALUE(uint64_t, org_version)
ENF_OUT_VALUE(enf_regime, regime)
ENF_OUT_VALUE(int64_t, lo)
ENF_OUT_VALUE(int64_t, hi)
ENF_OUT_VALUE(int64_t, cases)
ENF_OUT_VALUE(int64_t, money)
ENF_OUT_DATE(org_date)
ENF_IN_BYTES(data, len)
ENF_IN_OBJECTS(enf_stats_report, reps, count)
ENF_OUT_RECORD(enf_stats_report_options)
ENF_OPTIONS(enf_stats_report_options, ENF_STATS_REPORT_OPTIONS_VERSION, enf_stats_report_options_init)
ENF_OPTIONS(enf_rate_options, ENF_RATE_OPTIONS_VERSION, enf_rate_options_init)
%immutable enf_published::unit;

%include "enforcement/stats.h"
