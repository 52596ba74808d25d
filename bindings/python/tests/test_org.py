"""The organisation tree, rollups across a merge, and the peer indicators,
through the bindings."""
import datetime as dt
import json
import os
import unittest

import enforcement as enf

D = dt.date
SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "..",
                      "examples", "data", "sample")


def report(unit, received, done):
    """A report of `received` new cases of which `done` are done, each of
    1,000,000 VND collected in full (the table worked by hand)."""
    rows = dict.fromkeys(enf.stats.ROWS, 0)
    rows.update(received=received, total=received, to_enforce=received,
                with_means=received, done=done, being_enforced=received - done,
                carried_next=received - done)
    money = {k: v * 1000000 for k, v in rows.items()}
    empty = {"cases": dict.fromkeys(enf.stats.ROWS, 0),
             "money": dict.fromkeys(enf.stats.ROWS, 0)}
    groups = {g: empty for g in enf.stats.GROUPS}
    groups["all"] = groups["request"] = {"cases": rows, "money": money}
    return enf.Report.from_json(json.dumps({
        "format": "enforcement-report", "version": 1, "unit": unit,
        "period": ["2024-10-01", "2025-09-30"], "groups": groups}))


class TestOrg(unittest.TestCase):
    def setUp(self):
        org = enf.Org()
        org.create("VN", "Việt Nam", None, D(2009, 7, 1))
        org.create("HG", "Hà Giang", "VN", D(2009, 7, 1))
        org.create("TQ", "Tuyên Quang", "VN", D(2009, 7, 1))
        org.merge("HG", "TQ", D(2025, 7, 1))
        self.org = org

    def test_lineage(self):
        self.assertEqual(self.org.parent("HG", D(2025, 6, 30)), "VN")
        with self.assertRaises(enf.NotFoundError):
            self.org.parent("HG", D(2025, 7, 1))
        self.assertEqual(self.org.name("TQ", D(2025, 7, 1)), "Tuyên Quang")
        self.assertGreater(self.org.version, 0)
        with self.assertRaises(enf.InvalidArgumentError):
            self.org.create("TQ", "again", "VN", D(2025, 1, 1))

    def test_rollup_same_national_totals(self):
        reps = [report("HG", 100, 60), report("TQ", 300, 240)]
        before = self.org.rollup("VN", D(2025, 6, 30), reps)
        after = self.org.rollup("VN", D(2025, 7, 1), reps)
        self.assertEqual(before.get("done"), 300)
        self.assertEqual(after.records(), [dict(r, unit="VN")
                                           for r in before.records()])
        # Last year's Hà Giang lands on Tuyên Quang after the merge.
        tq = self.org.rollup("TQ", D(2025, 7, 1), reps)
        self.assertEqual(tq.get("received"), 400)
        self.assertEqual(str(tq.rate()), "75.00%")   # 300 / 400
        version, day, regime = tq.basis()
        self.assertEqual((version, day, regime),
                         (self.org.version, D(2025, 7, 1), "VN-2014"))

    def test_peer_indicators(self):
        # received 200, resolved (done) 150, pending at end 50:
        # clearance 150/200 = 75%, disposition 365*50/150 = 121.67 -> 122,
        # congestion 50/(150+50) = 25%.
        p = report("X", 200, 150).peer_indicators()
        self.assertEqual(str(p["clearance_rate"]), "75.00%")
        self.assertEqual(p["disposition_days"], 122)
        self.assertEqual(str(p["congestion_rate"]), "25.00%")

    @unittest.skipUnless(os.path.isdir(SAMPLE), "no sample data")
    def test_pending_age(self):
        reg = enf.Register.load_csv_dir(SAMPLE)
        day = D(2025, 3, 31)
        counts = enf.stats.pending_age(reg, day, (90, 180, 365))
        self.assertEqual(len(counts), 4)
        open_states = ("received", "voluntary", "with_means",
                       "without_means", "postponed", "suspended")
        self.assertEqual(sum(counts), len(reg.filter(states=open_states,
                                                     date=day)))
        with self.assertRaises(enf.InvalidArgumentError):
            enf.stats.pending_age(reg, day, (180, 90))

    @unittest.skipUnless(os.path.isdir(SAMPLE), "no sample data")
    def test_by_office_and_rollup(self):
        # One pass gives each office's table; rolled up to the province
        # it equals the report of the whole register.
        reg = enf.Register.load_csv_dirs([SAMPLE], threads=2)
        year = (D(2024, 10, 1), D(2025, 9, 30))
        reps = enf.Report.by_office(reg, year)
        self.assertEqual([r.unit for r in reps],
                         ["LS-BG", "LS-CUC", "LS-HL", "LS-LB", "LS-TP",
                          "LS-VL"])
        whole = enf.Report.from_register(reg, "LS", year)
        org = enf.Org()
        org.create("LS", "Lạng Sơn", None, D(2020, 1, 1))
        for r in reps:
            org.create(r.unit, r.unit, "LS", D(2020, 1, 1))
        rolled = org.rollup("LS", year[1], reps)
        for row in ("total", "done", "with_means", "carried_next"):
            for m in ("cases", "money"):
                self.assertEqual(rolled.get(row, m), whole.get(row, m))
        hl = enf.Report.from_register(reg, "LS-HL", year, office="LS-HL")
        self.assertEqual(reps[2].get("total"), hl.get("total"))
        with self.assertRaises(enf.InvalidArgumentError):
            enf.Report.by_office(reg, (year[1], year[0]))

    @unittest.skipUnless(os.path.isdir(SAMPLE), "no sample data")
    def test_load_csv_dirs_all_or_nothing(self):
        reg = enf.Register.load_csv_dirs([SAMPLE], threads=1)
        n = len(reg)
        self.assertGreater(n, 1000)
        # The same directory twice: refused, naming the second.
        with self.assertRaises(enf.StateError) as e:
            enf.Register.load_csv_dirs([SAMPLE, SAMPLE], threads=2)
        self.assertIn("dirs[1]", str(e.exception))
        with self.assertRaises(enf.NotFoundError) as e:
            enf.Register.load_csv_dirs([SAMPLE, "/nonexistent/enf"])
        self.assertIn("dirs[1]", str(e.exception))
        with self.assertRaises(enf.InvalidArgumentError):
            enf.Register.load_csv_dirs([SAMPLE], threads=1000)


if __name__ == "__main__":
    unittest.main()
