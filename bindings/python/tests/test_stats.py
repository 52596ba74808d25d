"""Rates, published figures and reports through the bindings. Expected
values come from the sources (Lạng Sơn 2025, Sóc Trăng 2017) and hand
calculations in the comments."""
import os
import random
import subprocess
import sys
import unittest

import enforcement as enf

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "..", "examples", "data", "sample")


class TestRates(unittest.TestCase):
    def test_langson(self):
        # 2,244 / 3,567 = 62.9100..% -> 6291; 84.05 - 62.91 = 21.14.
        self.assertEqual(enf.stats.rate(2244, 3567), 6291)
        self.assertEqual(enf.stats.compare(6291, 8405), ("short", 2114))
        self.assertEqual(enf.stats.compare(3071, 5200), ("short", 2129))
        self.assertEqual(enf.stats.format_result(6291, 8405),
                         "short by 21.14 points")
        self.assertEqual(enf.stats.format_result(6291, 8405, "vi"),
                         "còn thiếu 21,14%")
        # 62.91 / 84.05 = 0.74848.. -> 74.85%.
        self.assertEqual(enf.stats.target_share(6291, 8405), 7485)
        self.assertEqual(list(enf.stats.denominators(2244, 6291)), [3567])

    def test_precision_and_rounding(self):
        # 1 / 3 = 33.3333..%: 33 at precision 0, 33.333 at 3.
        self.assertEqual(enf.stats.rate(1, 3, precision=0), 33)
        self.assertEqual(enf.stats.rate(1, 3, precision=3), 33333)
        # 1 / 8 = 12.5%: half-even at precision 0 gives 12, half-up 13.
        self.assertEqual(enf.stats.rate(1, 8, 0, "half_even"), 12)
        self.assertEqual(enf.stats.rate(1, 8, 0), 13)

    def test_soc_trang_consistency(self):
        # Mỹ Xuyên: 600 done at a published 75.66% fits only 793 cases
        # (600/793 = 75.662..%), not the 983 the article gives.
        self.assertEqual(list(enf.stats.denominators(600, 7566)), [793])
        self.assertEqual(enf.stats.rate(600, 983), 6104)

    def test_published_and_sum(self):
        res = enf.stats.published("Lạng Sơn", 3567, 2244,
                                  target_cases=8405)
        self.assertEqual(str(res["rate_cases"]), "62.91%")
        self.assertIsNone(res["rate_money"])
        self.assertEqual(res["vs_target_cases"], ("short", 2114))
        total = enf.stats.published_sum("pilot", [
            {"cases_with_means": 225, "cases_done": 65,
             "money_with_means": 2 * 10**9, "money_done": 420 * 10**6},
            {"cases_with_means": 240, "cases_done": 107,
             "money_with_means": 34 * 10**9, "money_done": 7 * 10**9}])
        self.assertEqual(total["cases_with_means"], 465)
        self.assertEqual(total["money_done"], 7420 * 10**6)

    def test_targets(self):
        cases, money = enf.stats.national_target(2025)
        self.assertEqual((str(cases), str(money)), ("83.90%", "51.90%"))
        with self.assertRaises(enf.NotFoundError):
            enf.stats.national_target(2026)

    def test_bad_input(self):
        with self.assertRaises(enf.DivisionByZeroError):
            enf.stats.rate(1, 0)
        with self.assertRaises(enf.InvalidArgumentError):
            enf.stats.rate(5, 3)              # done above with means
        with self.assertRaises(enf.InvalidArgumentError):
            enf.stats.rate(-1, 3)
        with self.assertRaises(enf.InvalidArgumentError):
            enf.stats.rate(1, 3, precision=7)


@unittest.skipUnless(os.path.isdir(SAMPLE), "no sample data")
class TestReports(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.reg = enf.Register.load_csv_dir(SAMPLE)
        cls.half = enf.report_cumulative(2025, 6)
        cls.whole = enf.Report.from_register(cls.reg, "all", cls.half)

    def test_identities(self):
        w = self.whole
        w.check()
        for m in enf.stats.MEASURES:
            self.assertEqual(w.get("total", m),
                             w.get("carried_over", m) + w.get("received", m))
            self.assertEqual(w.get("carried_next", m),
                             w.get("to_enforce", m) - w.get("done", m))
        self.assertGreater(w.get("with_means"), 0)
        self.assertEqual(int(w.rate("cases")),
                         enf.stats.rate(w.get("done"), w.get("with_means")))

    def test_merge_equals_union(self):
        cases = list(self.reg)
        rnd = random.Random(7)
        for parts in (2, 3, 7):
            reports = [enf.Report("part", self.half) for _ in range(parts)]
            for case in cases:
                reports[rnd.randrange(parts)].add_case(case)
            rnd.shuffle(reports)
            merged = enf.Report("merged", self.half)
            for r in reports:
                merged.merge(r)
            self.assertEqual(merged.records(), [
                dict(r, unit="merged") for r in self.whole.records()])

    def test_serialisation(self):
        again = enf.Report.from_bytes(self.whole.to_bytes())
        self.assertEqual(again.records(), self.whole.records())
        again = enf.Report.from_json(self.whole.to_json())
        self.assertEqual(again.records(), self.whole.records())
        with self.assertRaises(enf.ParseError):
            enf.Report.from_bytes(b"not a report")

    def test_outputs(self):
        md = enf.stats.table([self.whole], format="markdown")
        self.assertIn("|", md)
        csv = enf.stats.table([self.whole], format="csv_bom")
        self.assertTrue(csv.startswith("\ufeff"))
        svg = enf.stats.svg([self.whole], target=8390, title="H1 2025")
        self.assertTrue(svg.lstrip().startswith("<"))
        self.assertIn("</svg>", svg)

    def test_langson_example_matches_c(self):
        # The Python example prints the figures of the C example.
        ex = os.path.join(HERE, "..", "..", "..", "examples",
                          "langson_rates.py")
        out = subprocess.run([sys.executable, ex], capture_output=True,
                             text=True, check=True).stdout
        self.assertIn("= 62.91%; target 84.05%; short by 21.14 points", out)
        self.assertIn("= 30.71%; target 52.00%; short by 21.29 points", out)


if __name__ == "__main__":
    unittest.main()
