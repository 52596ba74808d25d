"""Rates, published figures and reports through the bindings. Expected
values come from the sources (Lạng Sơn 2025, Sóc Trăng 2017) and hand
calculations in the comments."""
import datetime
import os
import random
import subprocess
import sys
import unittest

import pytest

import enforcement as enf

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "..", "examples", "data", "sample")


class TestRates(unittest.TestCase):
    def test_langson(self):
        # 2,244 / 3,567 = 62.9100..% -> 6291; 84.05 - 62.91 = 21.14.
        self.assertEqual(enf.stats.rate(2244, 3567), enf.Rate(6291))
        R, P = enf.Rate, enf.Points
        self.assertEqual(enf.stats.compare(R(6291), R(8405)),
                         ("short", P(2114)))
        self.assertEqual(enf.stats.compare(R(3071), R(5200)),
                         ("short", P(2129)))
        self.assertEqual(enf.stats.format_result(R(6291), R(8405)),
                         "short by 21.14 points")
        self.assertEqual(enf.stats.format_result(R(6291), R(8405), "vi"),
                         "còn thiếu 21,14%")
        # 62.91 / 84.05 = 0.74848.. -> 74.85%.
        self.assertEqual(enf.stats.target_share(R(6291), R(8405)), R(7485))
        self.assertEqual(list(enf.stats.denominators(2244, R(6291))), [3567])

    def test_precision_and_rounding(self):
        # 1 / 3 = 33.3333..%: 33 at precision 0, 33.333 at 3.
        self.assertEqual(enf.stats.rate(1, 3, precision=0).units, 33)
        self.assertEqual(enf.stats.rate(1, 3, precision=3).units, 33333)
        # 1 / 8 = 12.5%: half-even at precision 0 gives 12, half-up 13.
        self.assertEqual(enf.stats.rate(1, 8, 0, "half_even").units, 12)
        self.assertEqual(enf.stats.rate(1, 8, 0).units, 13)

    def test_soc_trang_consistency(self):
        # Mỹ Xuyên: 600 done at a published 75.66% fits only 793 cases
        # (600/793 = 75.662..%), not the 983 the article gives.
        self.assertEqual(list(enf.stats.denominators(600, enf.Rate(7566))),
                         [793])
        self.assertEqual(enf.stats.rate(600, 983).hundredths, 6104)

    def test_published_and_sum(self):
        res = enf.stats.published("Lạng Sơn", 3567, 2244,
                                  target_cases=enf.Rate(8405))
        self.assertEqual(str(res["rate_cases"]), "62.91%")
        self.assertIsNone(res["rate_money"])
        self.assertEqual(res["vs_target_cases"], ("short", enf.Points(2114)))
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
        self.assertEqual(w.rate("cases"),
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
        svg = enf.stats.svg([self.whole], target=enf.Rate(8390),
                            title="H1 2025")
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


# -- Definitions of a report (enf_stats_report_options) -----------------------
# Year 2025 (2024-10-01 .. 2025-09-30); amounts in millions (M). Each case
# is worked out by hand in tests/test_stats_report.c as well.

M = 10**6
D = datetime.date


def _case(no, owes, kind="other_money", mode="agency"):
    case = enf.Case("LS-01", no, mode=mode)
    case.add_party("debtor", "Hoàng Văn Nam")
    case.add_party("creditor", "Lý Thị Mai")
    case.add_obligation(kind, owes * M, 0, 1)
    return case


def _report(cases, **definitions):
    rep = enf.Report("LS-01", enf.report_cumulative(2025, 12),
                     **definitions)
    for case in cases:
        rep.add_case(case)
    rep.check()
    return rep


def _money_case():
    # Money done: 100 M owed; 40 M collected and 30 M paid out before the
    # period, 20 M collected and 25 M paid out in it; with means.
    c = _case("X", 100)
    c.apply("decision_issued", D(2024, 3, 1))
    c.apply("classified", D(2024, 4, 1), detail=True)
    c.apply("collected", D(2024, 6, 1), amount=40 * M)
    c.apply("paid_out", D(2024, 7, 1), amount=30 * M)
    c.apply("collected", D(2025, 1, 10), amount=20 * M)
    c.apply("paid_out", D(2025, 1, 20), amount=25 * M)
    return c


def test_definitions_default():
    rep = _report([])
    assert rep.definitions == {"money_done": "collected",
                               "partial_entrusted_done": True,
                               "unclassified_row": "with_means_other",
                               "restate": False}


def test_money_done_basis():
    # Collected: 100 - 40 = 60 owed before, 20 done, 40 left.
    # Paid out (GSO "đã thu, nộp ngân sách và chi trả"): 100 - 30 = 70,
    # 25 done, 45 left.
    c = _money_case()
    for basis, carried, done in (("collected", 60, 20),
                                 ("paid_out", 70, 25)):
        rep = _report([c], money_done=basis)
        assert rep.definitions["money_done"] == basis
        assert rep.get("carried_over", "money") == carried * M
        assert rep.get("done", "money") == done * M
        assert rep.get("being_enforced", "money") == (carried - done) * M


def test_partial_entrusted_done():
    # Done in part, the rest entrusted: 30 M owed, 10 M collected in the
    # period, then entrusted out: done by cases (GSO, the default) or
    # entrusted; by money 10 done, 20 entrusted either way.
    c = _case("E1", 30)
    c.apply("decision_issued", D(2024, 8, 1))
    c.apply("classified", D(2024, 9, 1), detail=True)
    c.apply("collected", D(2025, 1, 10), amount=10 * M)
    c.apply("entrusted_out", D(2025, 3, 1))
    for flag, done, entrusted in ((True, 1, 0), (False, 0, 1),
                                  (None, 1, 0)):
        rep = _report([c], partial_entrusted_done=flag)
        assert rep.get("done") == done
        assert rep.get("entrusted") == entrusted
        assert rep.get("done", "money") == 10 * M
        assert rep.get("entrusted", "money") == 20 * M


def test_unclassified_row():
    # Decided, no classification yet: with means, other (default) or
    # without means.
    c = _case("U1", 7)
    c.apply("decision_issued", D(2025, 8, 5))
    rep = _report([c])
    assert (rep.get("with_means_other"), rep.get("without_means")) == (1, 0)
    rep = _report([c], unclassified_row="without_means")
    assert (rep.get("with_means_other"), rep.get("without_means")) == (0, 1)
    assert rep.get("without_means", "money") == 7 * M


def test_obligation_reduced():
    # Giảm thi hành án (Law 26/2008 Art 61): a 40 M fine, 10 M collected
    # before the period, the other 30 M reduced in it: nothing left owed,
    # done by cases; the reduced money leaves the table by money.
    c = _case("G1", 40, kind="fine")
    c.apply("decision_issued", D(2024, 3, 1))
    c.apply("classified", D(2024, 4, 1), detail=False)
    c.apply("collected", D(2024, 6, 1), amount=10 * M)
    c.apply("obligation_reduced", D(2025, 2, 1), amount=30 * M)
    assert c.status_on(D(2025, 2, 1))["outstanding"] == 0
    rep = _report([c])
    assert (rep.get("carried_over"), rep.get("done")) == (1, 1)
    assert rep.get("carried_over", "money") == 0
    # Only obligations to the state budget can be reduced.
    other = _case("G2", 40)
    other.apply("decision_issued", D(2024, 3, 1))
    with pytest.raises(enf.InvalidArgumentError, match="state budget"):
        other.apply("obligation_reduced", D(2025, 2, 1), amount=M)


def test_rulebook_and_by_office():
    # The rulebook answers where the caller leaves a definition to it.
    book = enf.Rulebook("VN.stats.money_done_basis none none 1\n")
    c = _money_case()
    rep = _report([c], rulebook=book)
    assert rep.definitions["money_done"] == "paid_out"
    assert rep.get("done", "money") == 25 * M
    reg = enf.Register()
    reg.add(c)
    (office,) = enf.Report.by_office(reg, enf.report_cumulative(2025, 12),
                                     money_done="paid_out",
                                     unclassified_row=1)
    assert office.definitions == {"money_done": "paid_out",
                                  "partial_entrusted_done": True,
                                  "unclassified_row": "without_means",
                                  "restate": False}
    assert office.records() == [dict(r, unit="LS-01")
                                for r in rep.records()]


def test_definitions_merge_and_serialise():
    c = _money_case()
    a = _report([c])
    b = _report([c], money_done="paid_out", partial_entrusted_done=False)
    with pytest.raises(enf.InvalidArgumentError,
                       match="dst counts money done when collected, src "
                             "money done when paid out"):
        a.merge(b)
    for back in (enf.Report.from_bytes(b.to_bytes()),
                 enf.Report.from_json(b.to_json())):
        assert back.definitions == b.definitions
        assert back.records() == b.records()
    assert '"money_done": "paid_out"' in b.to_json()


def test_definitions_bad_input():
    period = enf.report_cumulative(2025, 12)
    with pytest.raises(enf.InvalidArgumentError, match="money_done"):
        enf.Report("LS-01", period, money_done="remitted")
    with pytest.raises(enf.InvalidArgumentError,
                       match="money_done is 2"):
        enf.Report("LS-01", period, money_done=2)
    with pytest.raises(enf.InvalidArgumentError,
                       match="partial_entrusted_done"):
        enf.Report("LS-01", period, partial_entrusted_done="yes")
    with pytest.raises(enf.InvalidArgumentError,
                       match="unclassified_row is 3"):
        enf.Report("LS-01", period, unclassified_row=3)


if __name__ == "__main__":
    unittest.main()
