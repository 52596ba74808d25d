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
ENF_OUT_RECORD(enf_published_result)
ENF_OUT_RECORD(enf_published)
ENF_IN_RECORDS(enf_published, items, count)
/* Published figures are built by the caller: they own their unit's text
 * (the sum adapter copies it too). */
ENF_RECORD_OWNS_STRING(enf_published, unit)
ENF_OUT_OWNED_BYTES(bytes, len, enf_free)
ENF_OUT_OBJECT_ARRAY(enf_stats_report, out, count, enf_free)
ENF_BLOCKING(enf_stats_report_by_office)
ENF_BLOCKING(enf_stats_report_by_office_with)
%ignore enf_stats_reports_free; /* each report is its proxy's */
ENF_IN_NAMED_VALUES(into, int64_t, weights, count)
ENF_OUT_VALUES_FOR_VALUES(int64_t, counts, int32_t, bounds, nbounds, 1)

%include "enforcement/stats.h"
