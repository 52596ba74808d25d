"""The remaining low-level calls of enforcement.core, each with a good and
a bad input (the rest are exercised by the other test files; the _free
functions are called by Python's garbage collector)."""
import unittest

import enforcement as enf
from enforcement import core


class TestCoreCalls(unittest.TestCase):
    def test_case_info_init(self):
        info = core.case_info()
        core.case_info_init(info, core.CASE_INFO_VERSION)
        self.assertEqual(info.version, 1)
        self.assertEqual(info.mode, core.MODE_REQUEST)
        with self.assertRaisesRegex(enf.VersionError, "version is 9"):
            core.case_info_init(info, 9)

    def test_case_rules_check(self):
        rules = enf.case_rules("VN-2014")
        self.assertEqual(rules.voluntary_days, 10)   # Art 45(1)
        core.case_rules_check(rules)
        rules.voluntary_days = 0
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "voluntary_days is 0"):
            core.case_rules_check(rules)
        self.assertEqual(enf.case_rules("VN-2008").voluntary_days, 15)

    def test_names(self):
        self.assertEqual(core.case_state_name(core.STATE_WITH_MEANS),
                         "with_means")
        self.assertEqual(core.case_state_name(99), "unknown")
        self.assertEqual(core.event_kind_name(core.EV_DONE), "done")
        self.assertEqual(core.event_kind_name(-1), "unknown")
        self.assertEqual(core.io_file_name(core.IO_EVENTS), "events.csv")
        self.assertIsNone(core.io_file_name(5))

    def test_filter_init(self):
        f = core.filter()
        core.filter_init(f, core.FILTER_VERSION)
        self.assertEqual(f.version, 1)
        self.assertIsNone(f.date)
        with self.assertRaises(enf.VersionError):
            core.filter_init(f, 0)

    def test_rate_options_and_format(self):
        opts = core.rate_options()
        core.rate_options_init(opts, core.RATE_OPTIONS_VERSION)
        self.assertEqual((opts.precision, opts.rounding),
                         (2, core.ROUND_HALF_UP))
        with self.assertRaises(enf.VersionError):
            core.rate_options_init(opts, 2)
        self.assertEqual(core.stats_format_rate(62913, 3, core.LOCALE_VI),
                         "62,913%")
        with self.assertRaisesRegex(enf.InvalidArgumentError, "precision"):
            core.stats_format_rate(1, 7, core.LOCALE_EN)


if __name__ == "__main__":
    unittest.main()
