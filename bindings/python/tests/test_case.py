"""Cases, events, deadlines and the register through the bindings.

Dates and deadlines are worked by hand from Law 26/2008 (Art 36, 44, 45,
48), Law 106/2025 Art 34(2), Decree 152/2026 (Art 21(5), 42(2)) and the
official 2025 holiday table (Tết off 25 Jan - 2 Feb 2025)."""
import datetime as dt
import os
import tempfile
import unittest

import enforcement as enf
from enforcement import core

D = dt.date
SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "..",
                      "examples", "data", "sample")


def new_case(no="1/QĐ-THADS", mode="request"):
    case = enf.Case("LS-TP", no, decision_date=D(2025, 2, 5), mode=mode,
                    court="TAND thành phố", judgment_no="12/2024/DS-ST",
                    judgment_effective=D(2025, 1, 2))
    debtor = case.add_party("debtor", "Trần Thị Hoa")
    creditor = case.add_party("creditor", "Nguyễn Văn An")
    case.add_obligation("other_money", 150000000, debtor, creditor)
    return case


class TestCase(unittest.TestCase):
    def test_facts_and_entities(self):
        case = new_case()
        self.assertEqual(case.info["office"], "LS-TP")
        self.assertEqual(case.info["mode"], "request")
        self.assertEqual(case.info["judgment_effective"], D(2025, 1, 2))
        self.assertEqual(case.parties[0]["name"], "Trần Thị Hoa")
        self.assertEqual(case.obligations[0]["amount"], 150000000)
        self.assertIsNone(enf.Case("A", "1").info["decision_date"])

    def test_lifecycle_and_as_of(self):
        case = new_case()
        case.apply("request_received", D(2025, 1, 23))
        case.apply("decision_issued", D(2025, 2, 5))
        case.apply("decision_notified", D(2025, 2, 6))
        case.apply("verified", D(2025, 2, 27), detail=True)
        case.apply("collected", D(2025, 3, 20), amount=50000000)
        case.apply("postponed", D(2025, 4, 10), detail="agreement")
        # Before, between and after events.
        self.assertEqual(case.status_on(D(2025, 1, 22))["state"], "none")
        self.assertEqual(case.status_on(D(2025, 2, 1))["state"], "received")
        s = case.status_on(D(2025, 3, 31))
        self.assertEqual(s["state"], "with_means")
        self.assertEqual(s["collected"], 50000000)
        self.assertEqual(s["outstanding"], 100000000)
        s = case.status_on(D(2025, 5, 1))
        self.assertEqual((s["state"], s["detail"]), ("postponed", "agreement"))
        self.assertTrue(s["counts_with_means"])   # Art 48(1)(c)
        self.assertEqual(s["regime"], "VN-2014")
        self.assertEqual(len(case.events), 6)
        self.assertEqual(case.events[5]["detail"], "agreement")

    def test_illegal_transition_leaves_log(self):
        case = new_case()
        # Art 36(1): an on-request case starts with the request.
        with self.assertRaisesRegex(enf.StateError, "for a case on request"):
            case.apply("decision_issued", D(2025, 2, 5))
        case.apply("request_received", D(2025, 2, 3))
        case.apply("decision_issued", D(2025, 2, 5))
        case.apply("done", D(2025, 2, 20))
        with self.assertRaisesRegex(enf.StateError, "done.*postponed"):
            case.apply("postponed", D(2025, 2, 21), detail="illness")
        self.assertEqual(len(case.events), 3)
        with self.assertRaises(enf.InvalidArgumentError):
            case.apply("collected", D(2025, 2, 1), amount=5)  # date order

    def test_deadlines_across_tet(self):
        cal = enf.Calendar()
        case = new_case()
        case.apply("request_received", D(2025, 1, 23))
        # Art 36: 5 working days: 24 Jan, 3, 4, 5, 6 Feb 2025.
        dls = case.deadlines(cal, D(2025, 1, 23))
        self.assertEqual([(d["kind"], d["due"]) for d in dls
                          if d["kind"] == "decision"],
                         [("decision", D(2025, 2, 6))])
        case.apply("decision_issued", D(2025, 2, 5))
        case.apply("decision_notified", D(2025, 2, 6))
        # Art 45: 10 days from 6 Feb = Sun 16 Feb -> Mon 17 Feb 2025.
        kinds = {d["kind"]: d["due"] for d in case.deadlines(cal,
                                                             D(2025, 2, 6))}
        self.assertEqual(kinds["voluntary_end"], D(2025, 2, 17))
        self.assertNotIn("decision", kinds)

    def test_returned_request_has_no_limitation(self):
        # Law 106/2025 Art 34(2): a request filed again after its return
        # is not subject to the limitation, so none is listed.
        cal = enf.Calendar()
        case = new_case()
        case.apply("request_received", D(2026, 7, 1))
        case.apply("decision_issued", D(2026, 7, 6))
        case.apply("classified", D(2026, 7, 29), detail=0)
        case.apply("request_returned", D(2027, 2, 2))
        self.assertEqual(case.deadlines(cal, D(2027, 2, 2)), [])
        rules = enf.case_rules("VN-2026")
        self.assertEqual(rules.limitation_after_return, 0)
        self.assertEqual(enf.case_rules("VN-2008").limitation_after_return,
                         1)
        # A caller who holds otherwise overrides the catalogue row.
        book = enf.Rulebook("VN-2026.limitation_after_return none none 1")
        kept = core.case_rules_from(book._book, core.REGIME_VN2026)
        self.assertEqual([d["kind"] for d in case.deadlines(
            cal, D(2027, 2, 2), kept)], ["limitation"])

    def test_tet_blackout(self):
        # Decree 152/2026 Art 42(2): 15 days before and after Tết (1st-3rd
        # of the lunar year); Tết 2026 is Tue 17 Feb.
        self.assertEqual(core.coercion_blackout(2026, None),
                         (D(2026, 2, 2), D(2026, 3, 6)))
        self.assertEqual(core.coercion_allowed(D(2026, 2, 2), None), 0)
        self.assertEqual(core.coercion_allowed(D(2026, 3, 7), None), 1)
        rules = enf.case_rules("VN-2026")
        rules.blackout_tet_days = 0
        with self.assertRaisesRegex(enf.NotFoundError, "no Tết blackout"):
            core.coercion_blackout(2027, rules)

    def test_delegated_verification(self):
        # Decree 152/2026 Art 21(5): received Wed 1 Jul 2026.
        cal = enf.Calendar()
        due = {s: core.delegated_verification_due(cal._cal, D(2026, 7, 1),
                                                  s, None)
               for s in (core.VERIFY_REGISTERED,
                         core.VERIFY_REGISTERED_COMPLEX, core.VERIFY_OTHER,
                         core.VERIFY_ACCOUNT)}
        self.assertEqual(due, {core.VERIFY_REGISTERED: D(2026, 7, 31),
                               core.VERIFY_REGISTERED_COMPLEX:
                               D(2026, 8, 17),
                               core.VERIFY_OTHER: D(2026, 7, 16),
                               core.VERIFY_ACCOUNT: D(2026, 7, 1)})
        with self.assertRaisesRegex(enf.NotFoundError, "VN-2014"):
            core.delegated_verification_due(cal._cal, D(2026, 6, 30),
                                            core.VERIFY_OTHER, None)

    def test_bad_input(self):
        with self.assertRaisesRegex(enf.InvalidArgumentError, "office"):
            enf.Case("", "1")
        case = new_case()
        with self.assertRaises(enf.InvalidArgumentError):
            case.add_obligation("fine", 0, 0)          # money needs > 0
        with self.assertRaises(enf.NotFoundError):
            enf.value("event", "teleported")
        self.assertEqual(enf.token("event", 2), "decision_issued")


class TestRegister(unittest.TestCase):
    def test_add_find_filter(self):
        reg = enf.Register()
        case = new_case("7/QĐ-THADS")
        case.apply("request_received", D(2025, 2, 3))
        case.apply("decision_issued", D(2025, 2, 5))
        reg.add(case)
        reg.add(new_case("8/QĐ-THADS", mode="agency"))
        self.assertEqual(len(reg), 2)
        self.assertEqual(reg.find("LS-TP", "7/QĐ-THADS").key,
                         ("LS-TP", "7/QĐ-THADS"))
        with self.assertRaises(enf.NotFoundError):
            reg.find("LS-TP", "9/QĐ-THADS")
        with self.assertRaises(enf.StateError):
            reg.add(new_case("7/QĐ-THADS"))
        self.assertEqual([c.key[1] for c in reg.filter(modes=["agency"])],
                         ["8/QĐ-THADS"])
        kept = reg.filter(states=["voluntary"], date=D(2025, 3, 1))
        self.assertEqual([c.key[1] for c in kept], ["7/QĐ-THADS"])

    def test_round_trip_csv_and_json(self):
        reg = enf.Register()
        case = new_case(mode="agency")
        case.apply("decision_issued", D(2025, 2, 5))
        case.apply("collected", D(2025, 2, 10), amount=1000)
        reg.add(case)
        texts = [reg.export_csv(e) for e in enf.ENTITIES]
        again = enf.Register()
        again.import_csv(*texts)
        self.assertEqual(again[0].events, reg[0].events)
        self.assertEqual(again[0].info, reg[0].info)
        from_json = enf.Register()
        from_json.import_json(reg.export_json())
        self.assertEqual(from_json[0].parties, reg[0].parties)
        with tempfile.TemporaryDirectory() as tmp:
            reg.save_csv_dir(tmp)
            self.assertEqual(len(enf.Register.load_csv_dir(tmp)), 1)

    def test_failed_import_changes_nothing(self):
        reg = enf.Register()
        reg.add(new_case())
        bad = ("office,decision_no,decision_date,mode,court,judgment_no,"
               "judgment_effective,judgment_kind,flags\n"
               "LS-TP,2/QĐ,2025-02-30,request,,,,civil,\n")
        with self.assertRaisesRegex(enf.ParseError,
                                    "cases.csv:2: decision_date"):
            reg.import_csv(bad)
        self.assertEqual(len(reg), 1)

    @unittest.skipUnless(os.path.isdir(SAMPLE), "no sample data")
    def test_sample_round_trip(self):
        # Import the sample, export it, import again: the same register.
        reg = enf.Register.load_csv_dir(SAMPLE)
        again = enf.Register()
        again.import_csv(*[reg.export_csv(e) for e in enf.ENTITIES])
        via_json = enf.Register()
        via_json.import_json(reg.export_json())
        day = D(2025, 9, 30)
        for other in (again, via_json):
            self.assertEqual(len(other), len(reg))
            self.assertEqual(other.records(day), reg.records(day))
            self.assertEqual(other.event_records(), reg.event_records())
        with open(os.path.join(SAMPLE, "events.csv"), encoding="utf-8") as f:
            self.assertEqual(reg.export_csv("events"), f.read())

    @unittest.skipUnless(os.path.isdir(SAMPLE), "no sample data")
    def test_sample_worklist_and_records(self):
        reg = enf.Register.load_csv_dir(SAMPLE)
        self.assertGreater(len(reg), 1000)
        work = reg.worklist(enf.Calendar(), D(2025, 3, 31), office="LS-TP")
        self.assertTrue(all(w["due"] <= D(2025, 3, 31) for w in work))
        self.assertEqual(sorted(w["due"] for w in work),
                         [w["due"] for w in work])
        recs = reg.records(D(2025, 3, 31))
        self.assertEqual(len(recs), len(reg))
        self.assertIn("outstanding", recs[0])


if __name__ == "__main__":
    unittest.main()
