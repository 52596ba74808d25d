"""The consistent public names through enforcement.core: the getter
case_info_get, the reporting periods period_*, the _init functions of
every versioned struct, and stats_rate as the one rate API. Each new name
gives what its deprecated alias gives. Expected values: the enforcement
year runs 1 October to 30 September (Circular 06/2019/TT-BTP Art 4), the
inter-agency cut-offs of Joint Circular 12/2021/TTLT Art 6, and 2,244 of
3,567 = 62.9100...% by hand."""
import datetime as dt
import unittest

import enforcement as enf
from enforcement import core

D = dt.date


class TestGetter(unittest.TestCase):
    def test_case_info_get(self):
        case = enf.Case("LS-01", "15/QĐ-THADS", decision_date=D(2025, 1, 6))
        info = core.case_info_get(case._c)
        self.assertEqual(info.office, "LS-01")
        self.assertEqual(info.decision_no, "15/QĐ-THADS")
        self.assertEqual(info.decision_date, D(2025, 1, 6))
        old = core.case_get_info(case._c)
        self.assertEqual(old.office, info.office)
        self.assertEqual(old.decision_date, info.decision_date)


class TestPeriods(unittest.TestCase):
    def test_new_names(self):
        self.assertEqual(core.period_year_of(D(2024, 10, 1)), 2025)
        self.assertEqual(core.period_year_of(D(2025, 9, 30)), 2025)
        self.assertEqual(core.period_month(2025, 5),
                         (D(2025, 2, 1), D(2025, 2, 28)))
        self.assertEqual(core.period_cumulative(2025, 6),
                         (D(2024, 10, 1), D(2025, 3, 31)))
        self.assertEqual(core.period_to_date(D(2025, 3, 15)),
                         (D(2024, 10, 1), D(2025, 3, 15)))
        self.assertEqual(
            core.period_last_year((D(2023, 10, 1), D(2024, 2, 29))),
            (D(2022, 10, 1), D(2023, 2, 28)))
        self.assertEqual(core.period_interagency(2025, 10),
                         (D(2024, 10, 1), D(2025, 7, 31)))

    def test_aliases_agree(self):
        self.assertEqual(core.report_year_of(D(2025, 3, 1)),
                         core.period_year_of(D(2025, 3, 1)))
        self.assertEqual(core.report_month(2025, 1),
                         core.period_month(2025, 1))
        self.assertEqual(core.report_cumulative(2025, 12),
                         core.period_cumulative(2025, 12))
        self.assertEqual(core.report_to_date(D(2025, 7, 4)),
                         core.period_to_date(D(2025, 7, 4)))
        p = (D(2024, 10, 1), D(2025, 3, 31))
        self.assertEqual(core.report_same_period_last_year(p),
                         core.period_last_year(p))
        self.assertEqual(core.report_interagency(2025, 3),
                         core.period_interagency(2025, 3))

    def test_errors_name_the_new_function(self):
        with self.assertRaisesRegex(enf.RangeError, "period_month: k is 13"):
            core.period_month(2025, 13)
        with self.assertRaisesRegex(
                enf.InvalidArgumentError, "period_interagency: months is 4"):
            core.period_interagency(2025, 4)
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "period_last_year"):
            core.period_last_year((D(2025, 2, 1), D(2025, 1, 1)))


class TestInit(unittest.TestCase):
    def check_refused(self, init, obj, version, name):
        for bad in (0, version + 1):
            with self.assertRaisesRegex(enf.VersionError,
                                        f"{name}: version is {bad}"):
                init(obj, bad)

    def test_appraisal_facts_init(self):
        f = core.appraisal_facts()
        f.region, f.firm_available, f.agreed = 3, 0, 1
        core.appraisal_facts_init(f, core.APPRAISAL_FACTS_VERSION)
        self.assertEqual((f.version, f.region, f.firm_available, f.agreed),
                         (2, 1, 1, 0))
        self.check_refused(core.appraisal_facts_init, f,
                           core.APPRAISAL_FACTS_VERSION,
                           "appraisal_facts_init")

    def test_takeover_facts_init(self):
        f = core.takeover_facts()
        f.value, f.only_asset = 9, 1
        core.takeover_facts_init(f, core.TAKEOVER_FACTS_VERSION)
        self.assertEqual((f.version, f.value, f.only_asset), (1, 0, 0))
        self.check_refused(core.takeover_facts_init, f,
                           core.TAKEOVER_FACTS_VERSION, "takeover_facts_init")

    def test_auction_model_init(self):
        m = core.auction_model()
        m.runs, m.seed = 5, 7
        core.auction_model_init(m, core.AUCTION_MODEL_VERSION)
        self.assertEqual((m.seed, m.p_value_ppm, m.p_zero_ppm, m.runs),
                         (1, 100000, 900000, 10000))
        self.check_refused(core.auction_model_init, m,
                           core.AUCTION_MODEL_VERSION, "auction_model_init")

    def test_case_rules_init(self):
        r = core.case_rules_for(core.REGIME_VN2014)
        self.assertEqual(r.voluntary_days, 10)
        core.case_rules_init(r, core.CASE_RULES_VERSION)
        self.assertEqual((r.version, r.regime, r.voluntary_days,
                          r.delegated_reply_days_other),
                         (2, core.REGIME_VN2008, 0, 0))
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "decision_working_days is 0"):
            core.case_rules_check(r)
        self.check_refused(core.case_rules_init, r, core.CASE_RULES_VERSION,
                           "case_rules_init")


class TestOneRateApi(unittest.TestCase):
    def test_stats_rate_is_percent_of(self):
        self.assertEqual(core.stats_rate(2244, 3567, None), 6291)
        for whole in (1, 3, 7, 8, 3567, 100000):
            for part in range(0, whole + 1, whole // 20 + 1):
                self.assertEqual(
                    core.stats_rate(part, whole, None),
                    core.percent_of(part, whole, core.ROUND_HALF_UP))

    def test_stats_rate_refuses_what_is_not_a_rate(self):
        self.assertEqual(core.percent_of(3, 2, core.ROUND_HALF_UP), 15000)
        with self.assertRaisesRegex(enf.InvalidArgumentError, "done is 3"):
            core.stats_rate(3, 2, None)


if __name__ == "__main__":
    unittest.main()
