"""Snapshots of a register and the writer's copy on write, through the
bindings (case.h, "Threads"; docs/threads.md).

The register of year 2025 (2024-10-01 .. 2025-09-30), figures by hand as
in tests/test_snapshot.c (amounts in millions of VND):
A agency, owes 100: decided 2024-03-01, with means 2024-04-01, 30
  collected 2024-06-01: carried over, being enforced; money 70 and 70.
B request, owes 50: request 2024-11-01, decided 2024-11-05, with means
  2024-12-01: received, being enforced; money 50 and 50.
The writer then collects 20 of A (2025-01-10), collects the 50 of B and
closes it as done (2025-02-01): money done 20 + 50 = 70, being enforced
50 (A's remainder), cases done 1 (B), being enforced 1 (A).
"""
import datetime as dt
import threading
import unittest

import enforcement as enf

D = dt.date
M = 1000000


def register_ab():
    reg = enf.Register()
    a = enf.Case("LS-01", "A", mode="agency")
    a.add_party("debtor", "Hoàng Văn Nam")
    a.add_party("creditor", "Lý Thị Mai")
    a.add_obligation("wages_harm", 100 * M, 0, 1)
    a.apply("decision_issued", D(2024, 3, 1))
    a.apply("classified", D(2024, 4, 1), detail=True)
    a.apply("collected", D(2024, 6, 1), amount=30 * M)
    reg.add(a)
    b = enf.Case("LS-01", "B", mode="request")
    b.add_party("debtor", "Hoàng Văn Nam")
    b.add_party("creditor", "Lý Thị Mai")
    b.add_obligation("other_money", 50 * M, 0, 1)
    b.apply("request_received", D(2024, 11, 1))
    b.apply("decision_issued", D(2024, 11, 5))
    b.apply("classified", D(2024, 12, 1), detail=True)
    reg.add(b)
    return reg


def report(reg):
    rep = enf.Report("LS-01", enf.report_cumulative(2025, 12))
    rep.add_register(reg)
    return rep


class TestSnapshot(unittest.TestCase):
    def test_snapshot_keeps_the_register_as_it_was(self):
        reg = register_ab()
        snap = reg.snapshot()
        self.assertTrue(snap.is_snapshot)
        self.assertFalse(reg.is_snapshot)
        before = report(snap).to_json()
        self.assertEqual(before, report(reg).to_json())
        exported = snap.export_json()
        reg.apply(0, "collected", D(2025, 1, 10), amount=20 * M)
        reg.apply(("LS-01", "B"), "collected", D(2025, 1, 15),
                  amount=50 * M)
        reg.apply(1, "done", D(2025, 2, 1))
        # The snapshot: unchanged.
        self.assertEqual(report(snap).to_json(), before)
        self.assertEqual(snap.export_json(), exported)
        self.assertEqual(report(snap).get("being_enforced", "money"),
                         120 * M)
        self.assertEqual(report(snap).get("done", "money"), 0)
        self.assertEqual(len(snap[0].events), 3)
        # The register: the writer's events.
        rep = report(reg)
        self.assertEqual(rep.get("done"), 1)
        self.assertEqual(rep.get("being_enforced"), 1)
        self.assertEqual(rep.get("done", "money"), 70 * M)
        self.assertEqual(rep.get("being_enforced", "money"), 50 * M)
        self.assertEqual(len(reg[0].events), 4)
        self.assertEqual(reg[1].status_on(D(2025, 2, 1))["state"], "done")

    def test_case_apply_goes_through_the_register(self):
        # A case borrowed before the snapshot still reads and writes the
        # register's case after the copy on write.
        reg = register_ab()
        a = reg["LS-01", "A"]
        snap = reg.snapshot()
        a.apply("collected", D(2025, 1, 10), amount=20 * M)
        self.assertEqual(len(a.events), 4)
        self.assertEqual(len(reg[0].events), 4)
        self.assertEqual(len(snap[0].events), 3)
        del snap  # the old case goes with the snapshot
        a.apply("collected", D(2025, 1, 11), amount=1 * M)
        self.assertEqual(len(a.events), 5)
        self.assertEqual(a.status_on(D(2025, 2, 1))["collected"], 51 * M)

    def test_snapshot_is_read_only(self):
        reg = register_ab()
        snap = reg.snapshot()
        with self.assertRaisesRegex(enf.StateError, "snapshot"):
            snap.apply(0, "collected", D(2025, 1, 10), amount=M)
        with self.assertRaisesRegex(enf.StateError, "snapshot"):
            snap.add(enf.Case("LS-01", "C"))
        with self.assertRaisesRegex(enf.StateError, "snapshot"):
            snap[0].apply("collected", D(2025, 1, 10), amount=M)
        with self.assertRaisesRegex(enf.StateError, "snapshot"):
            snap.import_json(reg.export_json())
        self.assertEqual(len(snap), 2)
        self.assertEqual(snap.export_json(), reg.export_json())

    def test_bad_input(self):
        reg = register_ab()
        exported = reg.export_json()
        with self.assertRaisesRegex(enf.StateError,
                                    "register_apply: index 1: case B"):
            reg.apply(1, "decision_issued", D(2025, 1, 10))
        with self.assertRaises(enf.RangeError):
            reg.apply(2, "collected", D(2025, 1, 10), amount=M)
        with self.assertRaises(enf.NotFoundError):
            reg.apply(("LS-01", "Z"), "collected", D(2025, 1, 10), amount=M)
        with self.assertRaises(enf.InvalidArgumentError):
            reg.apply(0, "collected", D(2024, 1, 1), amount=M)  # too early
        self.assertEqual(reg.export_json(), exported)

    def test_readers_on_threads(self):
        # One writer, readers on snapshots: each snapshot's report is the
        # same counted twice and case by case.
        reg = register_ab()
        lock = threading.Lock()
        errors = []

        def reader():
            for _ in range(20):
                with lock:
                    snap = reg.snapshot()
                one = enf.Report("LS-01", enf.report_cumulative(2025, 12))
                for case in snap:
                    one.add_case(case)
                if not report(snap).to_json() == report(snap).to_json() \
                        == one.to_json():
                    errors.append("snapshot not consistent")

        threads = [threading.Thread(target=reader) for _ in range(3)]
        for t in threads:
            t.start()
        for k in range(40):
            with lock:
                reg.apply(0, "collected", D(2025, 1, 10), amount=1)
        for t in threads:
            t.join()
        self.assertEqual(errors, [])
        self.assertEqual(reg[0].status_on(D(2025, 2, 1))["collected"],
                         30 * M + 40)


if __name__ == "__main__":
    unittest.main()
