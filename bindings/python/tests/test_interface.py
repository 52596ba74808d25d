"""The shapes the language-neutral interface gives the calls the old
hand-written wrappers covered: arrays in the two-call convention, borrowed
cases, owned bytes, arrays of new reports, named values, records that own
their text, and the adapters; each with a bad input."""
import datetime
import gc
import os
import unittest

import enforcement as enf
from enforcement import core

D = datetime.date
SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "..",
                      "examples", "data", "sample")


def sample():
    reg = core.register_new()
    core.io_load_csv_dir(reg, SAMPLE)
    return reg


class TestArraysTwoCall(unittest.TestCase):
    def test_register_filter(self):
        reg = sample()
        everything = core.register_filter(reg, None)
        self.assertEqual(everything, list(range(core.register_count(reg))))
        f = core.filter()
        f.office = "LS-HL"
        kept = core.register_filter(reg, f)
        self.assertTrue(0 < len(kept) < len(everything))
        for i in kept:
            self.assertEqual(core.case_info_get(
                core.register_at(reg, i)).office, "LS-HL")
        f.office = "nowhere"
        self.assertEqual(core.register_filter(reg, f), [])

    def test_register_filter_bad_input(self):
        f = core.filter()
        f.states = 1 << 30
        with self.assertRaisesRegex(enf.InvalidArgumentError, "states"):
            core.register_filter(sample(), f)

    def test_deadlines_are_records(self):
        cal = core.calendar_new(None)
        reg = sample()
        items = core.register_worklist(reg, None, cal, None, D(2025, 3, 31))
        self.assertGreater(len(items), 0)
        first = items[0]
        self.assertIsInstance(first.case_index, int)
        self.assertIsInstance(first.deadline.due, D)
        c = core.register_at(reg, first.case_index)
        ds = core.case_deadlines(c, cal, None, D(2025, 3, 31))
        self.assertIn((first.deadline.kind, first.deadline.due),
                      [(d.kind, d.due) for d in ds])
        with self.assertRaises(enf.RangeError):
            core.register_worklist(reg, None, cal, None, D(2200, 1, 1))


class TestObjects(unittest.TestCase):
    def test_borrowed_case_is_not_freed_by_python(self):
        reg = sample()
        c = core.register_at(reg, 0)
        self.assertFalse(c.thisown)
        key = core.case_info_get(c)
        again = core.register_find(reg, key.office, key.decision_no)
        self.assertFalse(again.thisown)
        del c, again
        gc.collect()
        self.assertEqual(core.case_info_get(core.register_at(reg, 0)).office,
                         key.office)
        with self.assertRaises(enf.RangeError):
            core.register_at(reg, 10 ** 6)
        with self.assertRaises(enf.NotFoundError):
            core.register_find(reg, "LS-HL", "no such decision")

    def test_reports_by_office_are_owned(self):
        reg = sample()
        reps = core.stats_report_by_office_with(
            reg, (D(2024, 10, 1), D(2025, 3, 31)), None)
        self.assertEqual(len(reps), 6)
        self.assertTrue(all(r.thisown for r in reps))
        del reg
        gc.collect()
        self.assertEqual(core.stats_report_unit(reps[0]), "LS-BG")
        with self.assertRaises(enf.InvalidArgumentError):
            core.stats_report_by_office_with(
                sample(), (D(2025, 3, 31), D(2024, 10, 1)), None)

    def test_report_bytes(self):
        rep = core.stats_report_new("LS", (D(2024, 10, 1), D(2025, 9, 30)))
        data = core.stats_report_to_bytes(rep)
        self.assertIsInstance(data, bytes)
        back = core.stats_report_from_bytes(data)
        self.assertEqual(core.stats_report_unit(back), "LS")
        with self.assertRaises(enf.ParseError):
            core.stats_report_from_bytes(data[:-1])


class TestRecordsAndValues(unittest.TestCase):
    def test_filter_owns_its_office(self):
        f = core.filter()
        for office in ("LS-01", "LS-02", None, "LS-03"):
            f.office = office
            self.assertEqual(f.office, office)

    def test_published_figures(self):
        # Lạng Sơn, enforcement year 2025 (Oct 2024 - Sep 2025): 1,573
        # cases done of 2,501 with means is 62.89%.
        p = core.published()
        p.unit = "Lạng Sơn"
        p.cases_with_means, p.cases_done = 2501, 1573
        p.money_with_means, p.money_done = -1, 0
        p.target_cases = p.target_money = -1
        r = core.stats_published(p)
        self.assertEqual(r.rate_cases, 6289)
        self.assertEqual(r.rate_money, -1)
        total = core.stats_published_sum("two", [p, p])
        self.assertEqual((total.unit, total.cases_with_means,
                          total.cases_done), ("two", 5002, 3146))
        p.cases_done = 2502
        with self.assertRaises(enf.InvalidArgumentError):
            core.stats_published(p)
        with self.assertRaises(TypeError):
            core.stats_published_sum("x", [1, 2])

    def test_named_values_and_buckets(self):
        org = core.org_new()
        core.org_create(org, "VN", "Việt Nam", None, D(2020, 1, 1))
        core.org_create(org, "A", "A", "VN", D(2020, 1, 1))
        for code in "BC":
            core.org_create(org, code, code, "VN", D(2025, 7, 1))
        core.org_split(org, "A", [("B", 1), ("C", 3)], D(2025, 7, 1))
        self.assertEqual(core.org_parent(org, "C", D(2025, 7, 1)), "VN")
        with self.assertRaises(TypeError):
            core.org_split(org, "C", ["B"], D(2025, 8, 1))
        with self.assertRaises(enf.InvalidArgumentError):
            core.org_split(org, "C", [("B", 0)], D(2025, 8, 1))
        with self.assertRaises(enf.NotFoundError):
            core.org_split(org, "C", [("D", 1)], D(2025, 8, 1))
        reg = sample()
        counts = core.stats_pending_age([90, 365], reg, None, D(2025, 9, 30))
        self.assertEqual(len(counts), 3)
        with self.assertRaises(OverflowError):
            core.stats_pending_age([2 ** 40], reg, None, D(2025, 9, 30))

    def test_adapters(self):
        self.assertEqual(core.money_allocate(100, [1, 1, 1]), [34, 33, 33])
        with self.assertRaises(enf.InvalidArgumentError):
            core.money_allocate(100, [])
        self.assertEqual(core.auction_sell_order([5, 9, 9, 1], 10),
                         [2, [1, 2, 0, 3]])
        with self.assertRaises(enf.InvalidArgumentError):
            core.auction_sell_order([5, -1], 10)
        c = core.case_new("LS-HL", "1/QĐ-CCTHADS", D(2025, 1, 6),
                          core.MODE_REQUEST, None, None, None,
                          core.JUDGMENT_CIVIL, 0)
        self.assertEqual(core.case_add_party(c, core.PARTY_DEBTOR,
                                             core.PARTY_PERSON, "A", None), 0)
        with self.assertRaisesRegex(enf.InvalidArgumentError, "name"):
            core.case_add_party(c, core.PARTY_DEBTOR, core.PARTY_PERSON,
                                None, None)
        with self.assertRaisesRegex(enf.InvalidArgumentError, "office"):
            core.case_new(None, "1", D(2025, 1, 6), core.MODE_REQUEST,
                          None, None, None, core.JUDGMENT_CIVIL, 0)


class TestNoHandWrittenCode(unittest.TestCase):
    def test_interface_files_hold_no_cpython_wrappers(self):
        root = os.path.join(os.path.dirname(__file__), "..", "..")
        for name in os.listdir(root):
            if name.endswith(".i"):
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    text = f.read()
                for word in ("PyObject", "Python.h", "Py_"):
                    self.assertNotIn(word, text, name)


if __name__ == "__main__":
    unittest.main()
