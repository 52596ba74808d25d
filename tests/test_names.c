/*
 * Tests of the consistent public names (issue 15, item 4): the getter
 * enf_case_info_get(), the reporting periods enf_period_*(), the _init()
 * function and _INIT macro of every versioned struct, and the one rate
 * API (enf_stats_rate()). Each new name gives what its deprecated alias
 * gives, and errors name the function the caller called.
 *
 * Expected values come from the rules in the headers (the enforcement
 * year runs 1 October to 30 September, Circular 06/2019/TT-BTP Art 4; the
 * inter-agency cut-offs of Joint Circular 12/2021/TTLT Art 6) and from
 * hand calculation (2,244 / 3,567 = 62.9100...%), never from the code.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <enforcement.h>

#include "test_helpers.h"

static void assert_period(const enf_period *p, enf_date first, enf_date last)
{
	assert_int_equal(p->first, first);
	assert_int_equal(p->last, last);
}

/* ---------------------------------------------------------------------- */
/* Getter                                                                  */

static void test_names__case_info_get(void **state)
{
	enf_case_info info = ENF_CASE_INFO_INIT, got, old;
	enf_case *c = NULL;

	(void)state;
	info.office = "LS-01";
	info.decision_no = "15/QĐ-THADS";
	info.decision_date = ymd(2025, 1, 6);
	info.flags = ENF_CASE_PRISONER;
	assert_int_equal(enf_case_new(&c, &info), ENF_OK);
	assert_int_equal(enf_case_info_get(&got, c), ENF_OK);
	assert_string_equal(got.office, "LS-01");
	assert_string_equal(got.decision_no, "15/QĐ-THADS");
	assert_int_equal(got.decision_date, ymd(2025, 1, 6));
	assert_int_equal(got.mode, ENF_MODE_REQUEST);
	assert_int_equal(got.flags, ENF_CASE_PRISONER);
	assert_int_equal(enf_case_get_info(&old, c), ENF_OK);
	assert_ptr_equal(old.office, got.office);
	assert_ptr_equal(old.decision_no, got.decision_no);
	assert_int_equal(old.decision_date, got.decision_date);

	assert_int_equal(enf_case_info_get(&got, NULL), ENF_EINVALID);
	assert_error_names("case_info_get", "c is NULL");
	assert_int_equal(enf_case_info_get(NULL, c), ENF_EINVALID);
	assert_error_names("case_info_get", "out");
	assert_int_equal(enf_case_get_info(NULL, c), ENF_EINVALID);
	assert_error_names("case_get_info", "out");
	enf_case_free(c);
}

/* ---------------------------------------------------------------------- */
/* Reporting periods                                                       */

static void test_names__period_year_of(void **state)
{
	int y = 0, old = 0;

	(void)state;
	assert_int_equal(enf_period_year_of(&y, ymd(2024, 10, 1)), ENF_OK);
	assert_int_equal(y, 2025);
	assert_int_equal(enf_period_year_of(&y, ymd(2025, 9, 30)), ENF_OK);
	assert_int_equal(y, 2025);
	assert_int_equal(enf_report_year_of(&old, ymd(2025, 9, 30)), ENF_OK);
	assert_int_equal(old, y);
	assert_int_equal(enf_period_year_of(NULL, ymd(2025, 1, 1)),
			 ENF_EINVALID);
	assert_error_names("period_year_of", "out");
	assert_int_equal(enf_period_year_of(&y, ENF_DATE_NONE), ENF_ERANGE);
	assert_error_names("period_year_of", "date");
}

static void test_names__period_month_cumulative(void **state)
{
	enf_period p, old;

	(void)state;
	/* Month 1 of 2025 is October 2024; month 5 is February 2025 (28
	 * days). */
	assert_int_equal(enf_period_month(&p, 2025, 1), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2024, 10, 31));
	assert_int_equal(enf_period_month(&p, 2025, 5), ENF_OK);
	assert_period(&p, ymd(2025, 2, 1), ymd(2025, 2, 28));
	assert_int_equal(enf_report_month(&old, 2025, 5), ENF_OK);
	assert_period(&old, p.first, p.last);
	/* The first six months of 2025: the Lạng Sơn report's period. */
	assert_int_equal(enf_period_cumulative(&p, 2025, 6), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2025, 3, 31));
	assert_int_equal(enf_report_cumulative(&old, 2025, 6), ENF_OK);
	assert_period(&old, p.first, p.last);

	assert_int_equal(enf_period_month(&p, 2025, 13), ENF_ERANGE);
	assert_error_names("period_month", "k is 13");
	assert_period(&p, ymd(2024, 10, 1), ymd(2025, 3, 31));
	assert_int_equal(enf_period_cumulative(&p, 1, 6), ENF_ERANGE);
	assert_error_names("period_cumulative", "year is 1");
	assert_int_equal(enf_report_cumulative(&p, 2025, 0), ENF_ERANGE);
	assert_error_names("report_cumulative", "k is 0");
}

static void test_names__period_to_date_last_year(void **state)
{
	enf_period p, old;
	const enf_period leap = {ymd(2023, 10, 1), ymd(2024, 2, 29)};
	const enf_period back = {ymd(2025, 2, 1), ymd(2025, 1, 1)};

	(void)state;
	assert_int_equal(enf_period_to_date(&p, ymd(2025, 3, 15)), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2025, 3, 15));
	assert_int_equal(enf_report_to_date(&old, ymd(2025, 3, 15)), ENF_OK);
	assert_period(&old, p.first, p.last);
	/* A 29 February end becomes 28 February. */
	assert_int_equal(enf_period_last_year(&p, &leap), ENF_OK);
	assert_period(&p, ymd(2022, 10, 1), ymd(2023, 2, 28));
	assert_int_equal(enf_report_same_period_last_year(&old, &leap), ENF_OK);
	assert_period(&old, p.first, p.last);

	assert_int_equal(enf_period_to_date(NULL, ymd(2025, 3, 15)),
			 ENF_EINVALID);
	assert_error_names("period_to_date", "out");
	assert_int_equal(enf_period_last_year(&p, &back), ENF_EINVALID);
	assert_error_names("period_last_year", ": last");
	assert_int_equal(enf_report_same_period_last_year(&p, &back),
			 ENF_EINVALID);
	assert_error_names("report_same_period_last_year", ": last");
}

static void test_names__period_interagency(void **state)
{
	enf_period p, old;

	(void)state;
	assert_int_equal(enf_period_interagency(&p, 2025, 3), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2024, 12, 31));
	assert_int_equal(enf_period_interagency(&p, 2025, 10), ENF_OK);
	assert_period(&p, ymd(2024, 10, 1), ymd(2025, 7, 31));
	assert_int_equal(enf_report_interagency(&old, 2025, 10), ENF_OK);
	assert_period(&old, p.first, p.last);
	assert_int_equal(enf_period_interagency(&p, 2025, 4), ENF_EINVALID);
	assert_error_names("period_interagency", "months is 4");
	assert_int_equal(enf_report_interagency(&p, 2025, 4), ENF_EINVALID);
	assert_error_names("report_interagency", "months is 4");
}

/* ---------------------------------------------------------------------- */
/* _init() and _INIT                                                       */

/* init(&x, 0) and init(&x, VERSION + 1) are refused, naming "version". */
#define ASSERT_BAD_VERSIONS(call0, call_next, fn)                              \
	do {                                                                   \
		assert_int_equal(call0, ENF_EVERSION);                         \
		assert_error_names(fn, "version is 0");                        \
		assert_int_equal(call_next, ENF_EVERSION);                     \
		assert_error_names(fn, "version");                             \
	} while (0)

static void test_names__appraisal_facts_init(void **state)
{
	const enf_appraisal_facts m = ENF_APPRAISAL_FACTS_INIT;
	enf_appraisal_facts f;

	(void)state;
	memset(&f, 0x5a, sizeof(f));
	assert_int_equal(
		enf_appraisal_facts_init(&f, ENF_APPRAISAL_FACTS_VERSION),
		ENF_OK);
	assert_int_equal(f.version, m.version);
	assert_int_equal(f.version, 2);
	assert_int_equal(f.date, m.date);
	assert_int_equal(f.date, ENF_DATE_NONE);
	assert_int_equal(f.region, m.region);
	assert_int_equal(f.region, 1);
	assert_int_equal(f.agreed, m.agreed);
	assert_int_equal(f.new_item_value, m.new_item_value);
	assert_int_equal(f.perishable, m.perishable);
	assert_int_equal(f.firm_available, m.firm_available);
	assert_int_equal(f.firm_available, 1);
	assert_int_equal(f.judgment_price, m.judgment_price);
	assert_int_equal(f.market_price, m.market_price);
	assert_int_equal(f.party_request, m.party_request);
	assert_int_equal(f.breach, m.breach);
	assert_int_equal(f.price_change_request, m.price_change_request);
	assert_null(f.rulebook);
	assert_null(m.rulebook);
	assert_int_equal(enf_appraisal_facts_init(&f, 1), ENF_OK);
	assert_int_equal(f.version, 1);
	ASSERT_BAD_VERSIONS(
		enf_appraisal_facts_init(&f, 0),
		enf_appraisal_facts_init(&f, ENF_APPRAISAL_FACTS_VERSION + 1),
		"appraisal_facts_init");
	assert_int_equal(enf_appraisal_facts_init(NULL, 1), ENF_EINVALID);
}

static void test_names__takeover_facts_init(void **state)
{
	const enf_takeover_facts m = ENF_TAKEOVER_FACTS_INIT;
	enf_takeover_facts f;

	(void)state;
	memset(&f, 0x5a, sizeof(f));
	assert_int_equal(
		enf_takeover_facts_init(&f, ENF_TAKEOVER_FACTS_VERSION),
		ENF_OK);
	assert_int_equal(f.version, m.version);
	assert_int_equal(f.value, m.value);
	assert_int_equal(f.value, 0);
	assert_int_equal(f.entitlement, m.entitlement);
	assert_int_equal(f.costs, m.costs);
	assert_int_equal(f.rent_reserve, m.rent_reserve);
	assert_int_equal(f.priority, m.priority);
	assert_int_equal(f.others, m.others);
	assert_int_equal(f.only_asset, m.only_asset);
	assert_int_equal(f.only_asset, 0);
	ASSERT_BAD_VERSIONS(
		enf_takeover_facts_init(&f, 0),
		enf_takeover_facts_init(&f, ENF_TAKEOVER_FACTS_VERSION + 1),
		"takeover_facts_init");
	assert_int_equal(enf_takeover_facts_init(NULL, 1), ENF_EINVALID);
}

static void test_names__auction_model_init(void **state)
{
	const enf_auction_model m = ENF_AUCTION_MODEL_INIT;
	enf_auction_model f;

	(void)state;
	memset(&f, 0x5a, sizeof(f));
	assert_int_equal(enf_auction_model_init(&f, ENF_AUCTION_MODEL_VERSION),
			 ENF_OK);
	assert_int_equal(f.version, m.version);
	assert_int_equal(f.seed, m.seed);
	assert_int_equal(f.seed, 1);
	assert_int_equal(f.p_value_ppm, m.p_value_ppm);
	assert_int_equal(f.p_value_ppm, 100000);
	assert_int_equal(f.p_zero_ppm, m.p_zero_ppm);
	assert_int_equal(f.p_zero_ppm, 900000);
	assert_int_equal(f.runs, m.runs);
	assert_int_equal(f.runs, 10000);
	ASSERT_BAD_VERSIONS(
		enf_auction_model_init(&f, 0),
		enf_auction_model_init(&f, ENF_AUCTION_MODEL_VERSION + 1),
		"auction_model_init");
	assert_int_equal(enf_auction_model_init(NULL, 1), ENF_EINVALID);
}

static void test_names__case_info_init(void **state)
{
	const enf_case_info m = ENF_CASE_INFO_INIT;
	enf_case_info f;

	(void)state;
	memset(&f, 0x5a, sizeof(f));
	assert_int_equal(enf_case_info_init(&f, ENF_CASE_INFO_VERSION), ENF_OK);
	assert_int_equal(f.version, m.version);
	assert_null(f.office);
	assert_null(m.office);
	assert_null(f.decision_no);
	assert_null(m.decision_no);
	assert_int_equal(f.decision_date, m.decision_date);
	assert_int_equal(f.decision_date, ENF_DATE_NONE);
	assert_int_equal(f.mode, m.mode);
	assert_int_equal(f.mode, ENF_MODE_REQUEST);
	assert_null(f.court);
	assert_null(m.court);
	assert_null(f.judgment_no);
	assert_null(m.judgment_no);
	assert_int_equal(f.judgment_effective, m.judgment_effective);
	assert_int_equal(f.judgment_effective, ENF_DATE_NONE);
	assert_int_equal(f.judgment_kind, m.judgment_kind);
	assert_int_equal(f.flags, m.flags);
	assert_int_equal(f.flags, 0);
	ASSERT_BAD_VERSIONS(enf_case_info_init(&f, 0),
			    enf_case_info_init(&f, ENF_CASE_INFO_VERSION + 1),
			    "case_info_init");
}

static void test_names__filter_init(void **state)
{
	const enf_filter m = ENF_FILTER_INIT;
	enf_filter f;

	(void)state;
	memset(&f, 0x5a, sizeof(f));
	assert_int_equal(enf_filter_init(&f, ENF_FILTER_VERSION), ENF_OK);
	assert_int_equal(f.version, m.version);
	assert_null(f.office);
	assert_null(m.office);
	assert_int_equal(f.states, m.states);
	assert_int_equal(f.modes, m.modes);
	assert_int_equal(f.judgment_kinds, m.judgment_kinds);
	assert_int_equal(f.obligation_kinds, m.obligation_kinds);
	assert_int_equal(f.flags, m.flags);
	assert_int_equal(f.date, m.date);
	assert_int_equal(f.date, ENF_DATE_NONE);
	ASSERT_BAD_VERSIONS(enf_filter_init(&f, 0),
			    enf_filter_init(&f, ENF_FILTER_VERSION + 1),
			    "filter_init");
}

static void test_names__case_rules_init(void **state)
{
	const enf_case_rules m = ENF_CASE_RULES_INIT;
	enf_case_rules f, vn;

	(void)state;
	memset(&f, 0x5a, sizeof(f));
	assert_int_equal(enf_case_rules_init(&f, ENF_CASE_RULES_VERSION),
			 ENF_OK);
	assert_int_equal(f.version, m.version);
	assert_int_equal(f.version, 2);
	assert_int_equal(f.regime, m.regime);
	assert_int_equal(f.regime, ENF_REGIME_VN2008);
	assert_int_equal(f.decision_working_days, m.decision_working_days);
	assert_int_equal(f.voluntary_days, m.voluntary_days);
	assert_int_equal(f.verification_days, m.verification_days);
	assert_int_equal(f.reverify_months, m.reverify_months);
	assert_int_equal(f.reverify_months_special, m.reverify_months_special);
	assert_int_equal(f.separate_book_months, m.separate_book_months);
	assert_int_equal(f.separate_book_months_special,
			 m.separate_book_months_special);
	assert_int_equal(f.separate_book_verifications,
			 m.separate_book_verifications);
	assert_int_equal(f.limitation_years, m.limitation_years);
	assert_int_equal(f.returns_request, m.returns_request);
	assert_int_equal(f.case_per_debtor, m.case_per_debtor);
	assert_int_equal(f.verification_from_decision,
			 m.verification_from_decision);
	assert_int_equal(f.separate_book, m.separate_book);
	assert_int_equal(f.limitation_after_return, m.limitation_after_return);
	assert_int_equal(f.blackout_days_before, m.blackout_days_before);
	assert_int_equal(f.blackout_days_after, m.blackout_days_after);
	assert_int_equal(f.blackout_tet_days, m.blackout_tet_days);
	assert_int_equal(f.delegated_reply_days, m.delegated_reply_days);
	assert_int_equal(f.delegated_reply_days_complex,
			 m.delegated_reply_days_complex);
	assert_int_equal(f.delegated_reply_days_other,
			 m.delegated_reply_days_other);
	assert_int_equal(f.voluntary_days, 0);
	assert_int_equal(f.delegated_reply_days_other, 0);
	/* A blank, not a rule set: its durations of 0 are refused. */
	assert_int_equal(enf_case_rules_check(&f), ENF_EINVALID);
	assert_error_names("case_rules_check", "decision_working_days is 0");
	/* Filled from a regime, it is one. */
	assert_int_equal(enf_case_rules_for(&vn, ENF_REGIME_VN2014), ENF_OK);
	assert_int_equal(enf_case_rules_check(&vn), ENF_OK);
	ASSERT_BAD_VERSIONS(enf_case_rules_init(&f, 0),
			    enf_case_rules_init(&f, ENF_CASE_RULES_VERSION + 1),
			    "case_rules_init");
	assert_int_equal(enf_case_rules_init(NULL, 1), ENF_EINVALID);
}

/* The structs that had both before: a bad version is refused there too. */
static void test_names__other_inits_refuse_bad_versions(void **state)
{
	enf_auction_options ao;
	enf_auction_policy ap;
	enf_calendar_options co;
	enf_fee_options fo;
	enf_interest_options io;
	enf_payout_options po;
	enf_rate_options ro;
	enf_stats_report_options so;

	(void)state;
	ASSERT_BAD_VERSIONS(
		enf_auction_options_init(&ao, 0),
		enf_auction_options_init(&ao, ENF_AUCTION_OPTIONS_VERSION + 1),
		"auction_options_init");
	ASSERT_BAD_VERSIONS(
		enf_auction_policy_init(&ap, 0),
		enf_auction_policy_init(&ap, ENF_AUCTION_POLICY_VERSION + 1),
		"auction_policy_init");
	ASSERT_BAD_VERSIONS(enf_calendar_options_init(&co, 0),
			    enf_calendar_options_init(
				    &co, ENF_CALENDAR_OPTIONS_VERSION + 1),
			    "calendar_options_init");
	ASSERT_BAD_VERSIONS(
		enf_fee_options_init(&fo, 0),
		enf_fee_options_init(&fo, ENF_FEE_OPTIONS_VERSION + 1),
		"fee_options_init");
	ASSERT_BAD_VERSIONS(
		enf_interest_options_init(&io, 0, ENF_INTEREST_VN),
		enf_interest_options_init(&io, ENF_INTEREST_OPTIONS_VERSION + 1,
					  ENF_INTEREST_VN),
		"interest_options_init");
	ASSERT_BAD_VERSIONS(
		enf_payout_options_init(&po, 0),
		enf_payout_options_init(&po, ENF_PAYOUT_OPTIONS_VERSION + 1),
		"payout_options_init");
	ASSERT_BAD_VERSIONS(
		enf_rate_options_init(&ro, 0),
		enf_rate_options_init(&ro, ENF_RATE_OPTIONS_VERSION + 1),
		"rate_options_init");
	ASSERT_BAD_VERSIONS(enf_stats_report_options_init(&so, 0),
			    enf_stats_report_options_init(
				    &so, ENF_STATS_REPORT_OPTIONS_VERSION + 1),
			    "stats_report_options_init");
}

/* ---------------------------------------------------------------------- */
/* One rate API                                                            */

/* enf_percent_of() (deprecated) gives what enf_stats_rate() gives at
 * precision 2 for 0 <= part <= whole, in every rounding mode. */
static void test_names__one_rate_api(void **state)
{
	static const enf_rounding modes[] = {ENF_ROUND_HALF_UP,
					     ENF_ROUND_HALF_EVEN,
					     ENF_ROUND_DOWN, ENF_ROUND_UP};
	static const int64_t wholes[] = {1, 3, 7, 8, 3567, 100000, 915600};
	enf_rate_options o = ENF_RATE_OPTIONS_INIT;
	int64_t a = 0, b = 0;

	(void)state;
	/* Lạng Sơn, first six months of 2025: 2,244 of 3,567 is 62.91%. */
	assert_int_equal(enf_stats_rate(&a, 2244, 3567, NULL), ENF_OK);
	assert_int_equal(a, 6291);
	for (size_t i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		o.rounding = modes[i];
		for (size_t j = 0; j < sizeof(wholes) / sizeof(wholes[0]);
		     j++) {
			int64_t w = wholes[j];

			for (int64_t p = 0; p <= w; p += w / 50 + 1) {
				assert_int_equal(
					enf_percent_of(&a, p, w, modes[i]),
					ENF_OK);
				assert_int_equal(enf_stats_rate(&b, p, w, &o),
						 ENF_OK);
				assert_int_equal(a, b);
			}
		}
	}
	/* Where they differ, the rate API refuses what is not a rate. */
	assert_int_equal(enf_percent_of(&a, 3, 2, ENF_ROUND_HALF_UP), ENF_OK);
	assert_int_equal(a, 15000);
	assert_int_equal(enf_stats_rate(&b, 3, 2, NULL), ENF_EINVALID);
	assert_error_names("stats_rate", "done is 3");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names__case_info_get),
		cmocka_unit_test(test_names__period_year_of),
		cmocka_unit_test(test_names__period_month_cumulative),
		cmocka_unit_test(test_names__period_to_date_last_year),
		cmocka_unit_test(test_names__period_interagency),
		cmocka_unit_test(test_names__appraisal_facts_init),
		cmocka_unit_test(test_names__takeover_facts_init),
		cmocka_unit_test(test_names__auction_model_init),
		cmocka_unit_test(test_names__case_info_init),
		cmocka_unit_test(test_names__filter_init),
		cmocka_unit_test(test_names__case_rules_init),
		cmocka_unit_test(test_names__other_inits_refuse_bad_versions),
		cmocka_unit_test(test_names__one_rate_api),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
