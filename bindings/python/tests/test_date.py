"""Dates, the lunar calendar, the working-day calendar and reporting
periods through the bindings. Expected values: official 2025 holiday
decisions, Civil Code Art 147-148 worked by hand, known Tết dates."""
import datetime as dt
import unittest

import enforcement as enf
from enforcement import core

D = dt.date


class TestDates(unittest.TestCase):
    def test_ymd(self):
        self.assertEqual(core.date_from_ymd(2025, 1, 13), D(2025, 1, 13))
        self.assertEqual(core.date_to_ymd(D(2024, 2, 29)), [2024, 2, 29])
        self.assertEqual(core.date_days_in_month(2024, 2), 29)
        self.assertTrue(enf.date_valid(2000, 2, 29))
        self.assertFalse(enf.date_valid(1900, 2, 29))
        with self.assertRaisesRegex(enf.RangeError, "2025-02-29"):
            core.date_from_ymd(2025, 2, 29)
        with self.assertRaisesRegex(enf.RangeError, "month 13"):
            core.date_days_in_month(2025, 13)

    def test_weekday_and_arithmetic(self):
        self.assertEqual(enf.weekday(D(2025, 1, 13)), 1)   # Monday
        self.assertEqual(enf.weekday(D(2026, 2, 17)), 2)   # Tuesday
        self.assertEqual(enf.add_days(D(2025, 1, 1), 10), D(2025, 1, 11))
        self.assertEqual(enf.add_months(D(2025, 1, 31), 1), D(2025, 2, 28))
        self.assertEqual(enf.add_months(D(2024, 2, 29), 12), D(2025, 2, 28))
        with self.assertRaisesRegex(enf.RangeError, "date_add_days"):
            enf.add_days(D(9999, 12, 31), 1)
        with self.assertRaises(TypeError):
            enf.add_days(20250101, 1)

    def test_text(self):
        self.assertEqual(enf.format_date(D(2025, 1, 13), "vi"), "13/01/2025")
        self.assertEqual(enf.format_date(D(2025, 1, 13)), "2025-01-13")
        self.assertEqual(enf.parse_date("1/7/2026"), D(2026, 7, 1))
        for bad in ("2025-02-30", "2025/01/13", "", "31/13/2025"):
            with self.assertRaisesRegex(enf.ParseError, "date_parse"):
                enf.parse_date(bad)

    def test_lunar(self):
        # Tết: 29 Jan 2025, 17 Feb 2026; 1985 differs from China (20 Feb).
        self.assertEqual(enf.lunar_to_date(2025, 1, 1), D(2025, 1, 29))
        self.assertEqual(enf.lunar_to_date(2026, 1, 1), D(2026, 2, 17))
        self.assertEqual(enf.lunar_to_date(1985, 1, 1), D(1985, 1, 21))
        # Hùng Kings' day, 10th of the 3rd lunar month.
        self.assertEqual(enf.lunar_to_date(2025, 3, 10), D(2025, 4, 7))
        self.assertEqual(enf.lunar_from_date(D(2025, 7, 25)),
                         enf.LunarDate(2025, 6, 1, 1))
        with self.assertRaisesRegex(enf.RangeError, "leap month"):
            enf.lunar_to_date(2025, 5, 1, leap=1)
        with self.assertRaises(enf.RangeError):
            enf.lunar_from_date(D(1899, 12, 31))


class TestCalendar(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cal = enf.Calendar()

    def test_tet_2025(self):
        cal = self.cal
        self.assertTrue(cal.has_table(2025))
        self.assertTrue(cal.is_working_day(D(2025, 1, 24)))
        for day in range(25, 32):
            self.assertFalse(cal.is_working_day(D(2025, 1, day)))
        self.assertFalse(cal.is_working_day(D(2025, 2, 2)))
        self.assertTrue(cal.is_working_day(D(2025, 2, 3)))
        self.assertEqual(cal.holiday_name(D(2025, 1, 29)), "Tết Nguyên đán")
        # Saturday 26 Apr 2025 worked, Friday 2 May off.
        self.assertTrue(cal.is_working_day(D(2025, 4, 26)))
        self.assertFalse(cal.is_working_day(D(2025, 5, 2)))
        # 20 Jan-7 Feb 2025: 20-24 Jan and 3-7 Feb = 10 working days.
        self.assertEqual(cal.count_working_days(D(2025, 1, 20),
                                                D(2025, 2, 7)), 10)
        self.assertEqual(cal.next_working_day(D(2025, 1, 25)), D(2025, 2, 3))

    def test_culture_day_not_default(self):
        # 24 Nov (Vietnam Culture Day) is not a statutory holiday yet (U):
        # a working day unless the caller loads a table with it.
        self.assertTrue(self.cal.is_working_day(D(2026, 11, 24)))
        cal = enf.Calendar()
        cal.load("year 2027\noff 2027-11-24 Ngày Văn hóa Việt Nam\n")
        self.assertFalse(cal.is_working_day(D(2027, 11, 24)))

    def test_tet_four_days_before_2014(self):
        # Labour Code 1994 Art 73: Tết 4 days through 2013. Tết 2011 is
        # Thu 3 Feb: 2-5 Feb, Sat 5 compensated Mon 7; Tue 8 Feb works.
        cal = self.cal
        for day in range(2, 8):
            self.assertFalse(cal.is_working_day(D(2011, 2, day)))
        self.assertTrue(cal.is_working_day(D(2011, 2, 8)))
        self.assertEqual(cal.period_end(D(2011, 1, 29), 10), D(2011, 2, 8))

    def test_statutory_periods(self):
        cal = self.cal
        # 10 days from 1 Jan 2025: day 10 = Sat 11 Jan -> Mon 13 Jan.
        self.assertEqual(cal.period_end(D(2025, 1, 1), 10), D(2025, 1, 13))
        # 5 working days from Thu 23 Jan 2025: 24 Jan, 3, 4, 5, 6 Feb.
        self.assertEqual(cal.period_end(D(2025, 1, 23), 5, "working_days"),
                         D(2025, 2, 6))
        self.assertEqual(cal.period_end(D(2025, 1, 31), 1, "months"),
                         D(2025, 2, 28))
        with self.assertRaisesRegex(enf.InvalidArgumentError, "n is 0"):
            cal.period_end(D(2025, 1, 1), 0)
        with self.assertRaises(enf.InvalidArgumentError):
            cal.period_end(D(2025, 1, 1), 1, "fortnights")

    def test_load_and_options(self):
        cal = enf.Calendar(builtin_tables=False)
        self.assertFalse(cal.has_table(2027))
        cal.load("year 2027\noff 2027-02-05 2027-02-11 Tết\n"
                 "work 2027-02-13\n")
        self.assertTrue(cal.has_table(2027))
        self.assertFalse(cal.is_working_day(D(2027, 2, 5)))
        self.assertTrue(cal.is_working_day(D(2027, 2, 13)))  # a Saturday
        with self.assertRaisesRegex(enf.ParseError, "line 2"):
            cal.load("year 2028\nholiday 2028-01-01\n")
        self.assertFalse(cal.has_table(2028))
        weekend_only = enf.Calendar(holidays="none")
        self.assertTrue(weekend_only.is_working_day(D(3000, 1, 1)))
        with self.assertRaises(enf.RangeError):
            self.cal.is_working_day(D(1899, 12, 29))
        with self.assertRaises(enf.InvalidArgumentError):
            enf.Calendar(weekend=("mon", "tue", "wed", "thu", "fri", "sat",
                                  "sun"))

    def test_options_struct(self):
        opts = core.calendar_options()
        self.assertEqual(opts.version, core.CALENDAR_OPTIONS_VERSION)
        with self.assertRaises(enf.VersionError):
            core.calendar_options_init(opts, 99)
        opts.version = 0
        with self.assertRaisesRegex(enf.VersionError, "opts->version is 0"):
            core.calendar_new(opts)


class TestReportPeriods(unittest.TestCase):
    def test_periods(self):
        self.assertEqual(enf.report_year_of(D(2024, 10, 1)), 2025)
        self.assertEqual(enf.report_year_of(D(2025, 9, 30)), 2025)
        self.assertEqual(enf.report_month(2025, 1),
                         enf.Period(D(2024, 10, 1), D(2024, 10, 31)))
        # Lạng Sơn's "first six months of 2025".
        self.assertEqual(enf.report_cumulative(2025, 6),
                         (D(2024, 10, 1), D(2025, 3, 31)))
        self.assertEqual(enf.report_to_date(D(2025, 3, 15)),
                         (D(2024, 10, 1), D(2025, 3, 15)))
        self.assertEqual(
            enf.report_same_period_last_year((D(2023, 10, 1), D(2024, 2, 29))),
            (D(2022, 10, 1), D(2023, 2, 28)))
        self.assertEqual(enf.report_interagency(2025, 10).last, D(2025, 7, 31))

    def test_period_names(self):
        # The period_* names give what their report_* aliases give.
        self.assertEqual(enf.period_year_of(D(2025, 9, 30)), 2025)
        self.assertEqual(enf.period_cumulative(2025, 6),
                         (D(2024, 10, 1), D(2025, 3, 31)))
        self.assertEqual(enf.period_last_year((D(2023, 10, 1),
                                               D(2024, 2, 29))),
                         (D(2022, 10, 1), D(2023, 2, 28)))
        self.assertIs(enf.report_month, enf.period_month)
        self.assertIs(enf.report_to_date, enf.period_to_date)
        self.assertIs(enf.report_interagency, enf.period_interagency)
        with self.assertRaisesRegex(enf.RangeError, "k is 0"):
            enf.period_cumulative(2025, 0)

    def test_bad_input(self):
        with self.assertRaisesRegex(enf.RangeError, "k is 13"):
            enf.report_month(2025, 13)
        with self.assertRaisesRegex(enf.InvalidArgumentError, "months is 4"):
            enf.report_interagency(2025, 4)
        with self.assertRaises(enf.InvalidArgumentError):
            enf.report_same_period_last_year((D(2025, 2, 1), D(2025, 1, 1)))


if __name__ == "__main__":
    unittest.main()
