"""Money, rates and allocation through the bindings.

Expected values come from the sources (Lạng Sơn 2025) or hand calculation
in the comments, never from the library itself."""
import unittest

import enforcement as enf
from enforcement import core

INT64_MAX = 2**63 - 1
INT64_MIN = -2**63


class TestCommon(unittest.TestCase):
    def test_version(self):
        self.assertEqual(enf.__version__, enf.version())
        major, minor, patch = (int(x) for x in enf.version().split("."))
        self.assertEqual(enf.version_number(),
                         major * 1000000 + minor * 1000 + patch)

    def test_status_str(self):
        self.assertEqual(enf.status_str(0), "ok")
        self.assertEqual(enf.status_str(-6), "parse error")
        self.assertEqual(enf.status_str(-999), "unknown status")

    def test_last_error_and_status(self):
        enf.error_clear()
        self.assertEqual(enf.last_error(), "")
        with self.assertRaises(enf.OverflowError):
            enf.money_add(INT64_MAX, 1)
        self.assertEqual(enf.last_status(), -3)
        self.assertIn("overflows", enf.last_error())
        enf.error_clear()
        self.assertEqual(enf.last_status(), 0)

    def test_exception_hierarchy(self):
        self.assertTrue(issubclass(enf.ParseError, enf.Error))
        self.assertTrue(issubclass(enf.ParseError, ValueError))
        self.assertTrue(issubclass(enf.DivisionByZeroError, ZeroDivisionError))
        self.assertEqual(enf.ParseError.status, -6)
        self.assertEqual(enf.RangeError.status, -2)


class TestArithmetic(unittest.TestCase):
    def test_checked(self):
        self.assertEqual(enf.money_add(2, 3), 5)
        self.assertEqual(enf.money_sub(2, 3), -1)
        self.assertEqual(enf.money_mul(1000000, 2340), 2340000000)
        self.assertEqual(enf.money_neg(-5), 5)

    def test_overflow_at_int64_max(self):
        with self.assertRaisesRegex(enf.OverflowError, "money_add"):
            enf.money_add(INT64_MAX, 1)
        with self.assertRaises(enf.OverflowError):
            enf.money_sub(INT64_MIN, 1)
        with self.assertRaises(enf.OverflowError):
            enf.money_mul(INT64_MAX, 2)
        with self.assertRaisesRegex(enf.OverflowError, "money_neg"):
            enf.money_neg(INT64_MIN)

    def test_muldiv(self):
        # Circular 216/2016: 3% of 5,000,000,000 = 150,000,000.
        self.assertEqual(enf.money_muldiv(5000000000, 3, 100,
                                          enf.ROUND_HALF_UP), 150000000)
        # 5/2 = 2.5: half-up 3, half-even 2, down 2, up 3; -5/2 mirrored.
        self.assertEqual(enf.money_muldiv(5, 1, 2, enf.ROUND_HALF_UP), 3)
        self.assertEqual(enf.money_muldiv(5, 1, 2, enf.ROUND_HALF_EVEN), 2)
        self.assertEqual(enf.money_muldiv(5, 1, 2, enf.ROUND_DOWN), 2)
        self.assertEqual(enf.money_muldiv(5, 1, 2, enf.ROUND_UP), 3)
        self.assertEqual(enf.money_muldiv(-5, 1, 2, enf.ROUND_HALF_UP), -3)
        # 128-bit intermediate: INT64_MAX * 3 / 3 is exact.
        self.assertEqual(enf.money_muldiv(INT64_MAX, 3, 3, enf.ROUND_DOWN),
                         INT64_MAX)

    def test_muldiv_bad_input(self):
        with self.assertRaisesRegex(enf.DivisionByZeroError, "den is 0"):
            enf.money_muldiv(1, 1, 0, enf.ROUND_HALF_UP)
        with self.assertRaisesRegex(enf.InvalidArgumentError, "mode is 9"):
            enf.money_muldiv(1, 1, 1, 9)
        with self.assertRaises(enf.OverflowError):
            enf.money_muldiv(INT64_MAX, 2, 1, enf.ROUND_DOWN)


class TestAllocate(unittest.TestCase):
    def test_sums_to_whole(self):
        self.assertEqual(enf.allocate(100, [1, 1, 1]), [34, 33, 33])
        # 10 over 3:3:3:1 -> exact 3.33.., 3.33.., 3.33.., 1 -> floors 3,3,3,1
        # sum 10, nothing left over.
        self.assertEqual(enf.allocate(10, [3, 3, 3, 1]), [3, 3, 3, 1])
        # 1 over seven equal weights: the first gets it (ties by order).
        self.assertEqual(enf.allocate(1, [5] * 7), [1, 0, 0, 0, 0, 0, 0])
        self.assertEqual(enf.allocate(-100, [1, 1, 1]), [-34, -33, -33])
        parts = enf.allocate(INT64_MAX, [1, 1])
        self.assertEqual(sum(parts), INT64_MAX)
        self.assertEqual(parts, [2**62, 2**62 - 1])

    def test_awkward_weights(self):
        weights = [7, 13, 0, 29, 1, 997, 3]
        for total in (1, 999, 1000003, 281200000000, INT64_MAX):
            parts = enf.allocate(total, weights)
            self.assertEqual(sum(parts), total)
            self.assertEqual(parts[2], 0)
            for p, w in zip(parts, weights):
                exact = total * w / sum(weights)
                self.assertLess(abs(p - exact), 1 + 1e-9 * total)

    def test_bad_input(self):
        with self.assertRaisesRegex(enf.InvalidArgumentError, "count is 0"):
            enf.allocate(10, [])
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    r"weights\[1\] is -2"):
            enf.allocate(10, [1, -2])
        with self.assertRaises(enf.DivisionByZeroError):
            enf.allocate(10, [0, 0])
        with self.assertRaises(TypeError):
            enf.allocate(10, 5)


class TestPercent(unittest.TestCase):
    def test_langson(self):
        # 2244 / 3567 = 0.629100...: 62.91%.
        rate = enf.percent_of(2244, 3567)
        self.assertEqual(rate.hundredths, 6291)
        self.assertEqual(str(rate), "62.91%")
        self.assertEqual(rate.format_vi(), "62,91%")
        # 84.05 - 62.91 = 21.14 points short.
        gap = enf.percent_points(rate, enf.Rate(8405))
        self.assertEqual(gap, enf.Points(-2114))
        self.assertEqual(str(gap), "-21.14 pp")
        self.assertEqual(str(enf.Rate(3071) - enf.Rate(5200)), "-21.29 pp")

    def test_rounding_half_up(self):
        # 31.046% -> 31.05 half-up; truncation would give 31.04.
        self.assertEqual(enf.percent_of(31046, 100000).hundredths, 3105)
        self.assertEqual(enf.percent_of(31046, 100000, "down").hundredths,
                         3104)
        self.assertEqual(core.percent_of(1, 8, enf.ROUND_HALF_EVEN), 1250)

    def test_growth(self):
        # (2244 - 2103) / 2103 = 6.7047% -> 6.70%.
        self.assertEqual(enf.percent_growth(2244, 2103), enf.Rate(670))
        self.assertEqual(str(enf.percent_growth(50, 100)), "-50.00%")

    def test_bad_input(self):
        with self.assertRaisesRegex(enf.DivisionByZeroError, "whole is 0"):
            enf.percent_of(1, 0)
        with self.assertRaisesRegex(enf.DivisionByZeroError, "previous is 0"):
            enf.percent_growth(1, 0)
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "previous is -1"):
            enf.percent_growth(1, -1)
        with self.assertRaises(enf.OverflowError):
            enf.percent_points(enf.Rate(INT64_MIN), enf.Rate(1))
        with self.assertRaises(enf.InvalidArgumentError):
            enf.percent_of(1, 2, "sideways")

    def test_format_and_parse(self):
        self.assertEqual(core.percent_format(-2114, enf.LOCALE_VI), "-21,14%")
        self.assertEqual(core.percent_format(6291, enf.LOCALE_PLAIN), "62.91")
        self.assertEqual(enf.Rate.parse("62,91%"), enf.Rate(6291))
        self.assertEqual(enf.Rate.parse("5,5%").hundredths, 550)
        self.assertEqual(enf.Rate.parse("100%"), enf.Rate.percent(100))
        for bad in ("62.911%", "%", "1.2.3%", ""):
            with self.assertRaisesRegex(enf.ParseError, "percent_parse"):
                enf.Rate.parse(bad)
        with self.assertRaises(enf.InvalidArgumentError):
            core.percent_format(1, 7)


class TestMoneyText(unittest.TestCase):
    def test_format(self):
        self.assertEqual(enf.format_money(1234567), "1.234.567 đ")
        self.assertEqual(enf.format_money(1234567, "en"), "1,234,567 VND")
        self.assertEqual(enf.format_money(-1234567, "plain"), "-1234567")
        self.assertEqual(enf.format_money(INT64_MIN, "en"),
                         "-9,223,372,036,854,775,808 VND")
        with self.assertRaises(enf.InvalidArgumentError):
            enf.format_money(1, "fr")

    def test_parse_press_style(self):
        self.assertEqual(enf.parse_money("281,2 tỷ đồng"), 281200000000)
        self.assertEqual(enf.parse_money("420 triệu"), 420000000)
        self.assertEqual(enf.parse_money("2 tỷ"), 2000000000)
        self.assertEqual(enf.parse_money("1.234.567 đ"), 1234567)
        self.assertEqual(enf.parse_money("1,234,567 VND"), 1234567)
        self.assertEqual(enf.parse_money("1.5 billion"), 1500000000)
        self.assertEqual(enf.parse_money("34\u00a0tỷ đồng"), 34000000000)

    def test_parse_refusals(self):
        for bad in ("", "abc", "1.5 tỷ", "1,5 đ", "1.23.456",
                    "9223372036854775808", "trên 2 tỷ", "2 tỷ tỷ",
                    "--5", "1,2345678901 tỷ"):
            with self.assertRaises(enf.ParseError, msg=bad):
                enf.parse_money(bad)

    def test_round_trip(self):
        for value in (0, 7, -1000, 999999, 281200000000, INT64_MAX):
            for loc in ("vi", "en", "plain"):
                self.assertEqual(enf.parse_money(enf.format_money(value, loc)),
                                 value)


if __name__ == "__main__":
    unittest.main()
