"""The review list and programmes from Python (review.h, programme.h).

The registers are those of tests/test_review.c and tests/test_programme.c,
built again here, and the expected figures are the same hand
calculations."""
import datetime as dt
import unittest

import enforcement as enf

D = dt.date
M = 1000000


def add_case(reg, office, no, owed, decided, classified, means=True,
             mode="request", flags=()):
    case = enf.Case(office, no, mode=mode, decision_date=decided,
                    flags=list(flags))
    case.add_party("debtor", "A")
    case.add_party("creditor", "B")
    case.add_obligation("other_money", owed, debtor=0, creditor=1)
    if mode == "request":
        case.apply("request_received", decided)
    case.apply("decision_issued", decided)
    case.apply("classified", classified, detail=means)
    reg.add(case)
    return reg.find(office, no)


def review_register():
    """A..F of tests/test_review.c, indices 0..5."""
    reg = enf.Register()
    add_case(reg, "LS-BG", "1/QĐ", 199100 * M, D(2022, 1, 10), D(2022, 3, 1))
    add_case(reg, "LS-BG", "2/QĐ", 50 * M, D(2024, 12, 2), D(2025, 1, 10),
             mode="agency", flags=["difficult"])
    c = add_case(reg, "LS-TP", "1/QĐ", 800 * M, D(2023, 4, 3), D(2023, 5, 5),
                 flags=["corruption"])
    c.apply("collected", D(2024, 2, 1), amount=300 * M)
    c = add_case(reg, "LS-TP", "2/QĐ", 900 * M, D(2022, 12, 1), D(2023, 1, 1))
    c.apply("collected", D(2024, 6, 1), amount=900 * M)
    c.apply("done", D(2024, 6, 1))
    add_case(reg, "LS-TP", "3/QĐ", 2000 * M, D(2021, 11, 1), D(2022, 1, 1),
             means=False)
    add_case(reg, "LS-CL", "1/QĐ", 500 * M, D(2024, 6, 3), D(2024, 6, 30),
             mode="agency")
    return reg


class TestReview(unittest.TestCase):
    def setUp(self):
        self.reg = review_register()
        self.day = D(2025, 6, 30)

    def indices(self, **kw):
        return [x["case_index"] for x in self.reg.review(self.day, **kw)]

    def test_default_by_money_and_age(self):
        # Ties (500 M each) by office: LS-CL before LS-TP.
        self.assertEqual(self.indices(), [0, 5, 2, 1])
        self.assertEqual(self.indices(order="age"), [0, 2, 5, 1])
        first = self.reg.review(self.day)[0]
        self.assertEqual(first["office"], "LS-BG")
        self.assertEqual(first["state"], "with_means")
        self.assertEqual(first["since"], D(2022, 3, 1))
        self.assertEqual(first["outstanding"], 199100 * M)
        # 1096 days to 2025-03-01, then 31 + 30 + 31 + 29.
        self.assertEqual(first["age_days"], 1217)

    def test_criteria(self):
        self.assertEqual(self.indices(since_before=D(2024, 7, 1)), [0, 5, 2])
        self.assertEqual(self.indices(min_outstanding=500 * M + 1), [0])
        self.assertEqual(self.indices(flags=["corruption", "difficult"]),
                         [2, 1])
        items = self.reg.review(self.day, since_before=D(2024, 7, 1),
                                flags=["corruption", "difficult"],
                                match_any=True)
        self.assertEqual([x["reasons"] for x in items],
                         [["age"], ["age"], ["age", "flags"], ["flags"]])
        self.assertEqual(self.indices(office="LS-TP"), [2])
        self.assertEqual(self.indices(modes="agency"), [5, 1])
        self.assertEqual(self.indices(states="without_means"), [4])

    def test_bad_input(self):
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "since_before is 2025-07-01, after "
                                    "date 2025-06-30"):
            self.reg.review(self.day, since_before=D(2025, 7, 1))
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "min_outstanding is -1"):
            self.reg.review(self.day, min_outstanding=-1)
        with self.assertRaises(enf.ArgumentTypeError):
            self.reg.review(self.day, order="size")
        with self.assertRaises(enf.NotFoundError):
            self.reg.review(self.day, flags="famous")


def programme():
    return enf.Programme(3, "ST-TVD-2017", ["ST-VC", "ST-TP"],
                         (D(2017, 3, 1), D(2017, 12, 31)),
                         name="Tổ vận động thi hành án")


def programme_register():
    """The register of tests/test_programme.c, cases put."""
    reg = enf.Register()
    p = programme()
    c = add_case(reg, "ST-TP", "1", 100 * M, D(2016, 12, 5), D(2017, 1, 10))
    c.apply("collected", D(2017, 2, 1), amount=20 * M)
    add_case(reg, "ST-TP", "2", 50 * M, D(2016, 12, 5), D(2017, 1, 10))
    c = add_case(reg, "ST-TP", "3", 40 * M, D(2016, 12, 5), D(2017, 2, 1))
    c.apply("collected", D(2017, 9, 1), amount=40 * M)
    c.apply("done", D(2017, 9, 1))
    add_case(reg, "ST-TP", "4", 60 * M, D(2016, 12, 5), D(2017, 2, 1),
             means=False)
    add_case(reg, "ST-TP", "5", 30 * M, D(2016, 12, 5), D(2017, 2, 1),
             mode="agency")
    c = add_case(reg, "ST-TP", "6", 70 * M, D(2016, 12, 5), D(2017, 2, 10))
    c.apply("collected", D(2017, 3, 10), amount=7 * M)
    c.apply("collected", D(2017, 10, 10), amount=14 * M)
    c = add_case(reg, "ST-TP", "7", 20 * M, D(2016, 12, 5), D(2017, 1, 10))
    c.apply("programme_assigned", D(2018, 1, 5), detail=3)
    add_case(reg, "ST-VC", "8", 90 * M, D(2016, 12, 5), D(2017, 1, 10))
    add_case(reg, "ST-MX", "9", 10 * M, D(2016, 12, 5), D(2017, 1, 10))
    p.assign(reg, "ST-TP", "1", D(2017, 3, 15))
    p.assign(reg, "ST-TP", "2", D(2017, 3, 20))
    c = reg.find("ST-TP", "1")
    c.apply("collected", D(2017, 6, 1), amount=80 * M)
    c.apply("done", D(2017, 6, 1))
    reg.find("ST-TP", "2").apply("collected", D(2017, 5, 5), amount=10 * M)
    return reg


class TestProgramme(unittest.TestCase):
    def setUp(self):
        self.reg = programme_register()
        self.rep = programme().report(self.reg, D(2018, 6, 30))

    def test_report_against_hand_calculation(self):
        rep = self.rep
        self.assertEqual(rep.code, "ST-TVD-2017")
        self.assertEqual(rep.period, (D(2017, 3, 1), D(2017, 12, 31)))
        tp, vc = rep.rows
        self.assertEqual(tp["office"], "ST-TP")
        self.assertEqual(tp["assigned"], {"cases": 2, "cases_done": 1,
                                          "money": 130 * M,
                                          "money_done": 90 * M})
        self.assertEqual(tp["others"], {"cases": 3, "cases_done": 1,
                                        "money": 123 * M,
                                        "money_done": 54 * M})
        self.assertEqual(tp["rate_cases"], enf.Rate(5000))
        self.assertEqual(tp["rate_money"], enf.Rate(6923))  # 90/130
        self.assertEqual(tp["other_rate_cases"], enf.Rate(3333))
        self.assertEqual(tp["other_rate_money"], enf.Rate(4390))  # 54/123
        self.assertEqual(tp["diff_cases"], enf.Points(1667))
        self.assertEqual(tp["diff_money"], enf.Points(2533))
        self.assertIsNone(vc["rate_cases"])
        self.assertIsNone(rep.total["office"])
        self.assertEqual(rep.total["assigned"], tp["assigned"])

    def test_event_in_the_log_and_files(self):
        ev = self.reg.find("ST-TP", "2").events[3]
        self.assertEqual(ev["kind"], "programme_assigned")
        self.assertEqual(ev["detail"], 3)
        self.assertIn("ST-TP,2,3,2017-03-20,programme_assigned,3,0,",
                      self.reg.export_csv("events"))
        back = enf.Register()
        back.import_json(self.reg.export_json())
        self.assertEqual(programme().report(back, D(2018, 6, 30)).rows,
                         self.rep.rows)

    def test_refused(self):
        p = programme()
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "already put to that programme"):
            p.assign(self.reg, "ST-TP", "2", D(2017, 6, 1))
        with self.assertRaisesRegex(enf.StateError, "is done on 2017-09-02"):
            p.assign(self.reg, "ST-TP", "3", D(2017, 9, 2))
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "date is 2018-01-01, outside programme"):
            p.assign(self.reg, "ST-TP", "6", D(2018, 1, 1))
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "does not take part"):
            p.assign(self.reg, "ST-MX", "9", D(2017, 4, 1))
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "number is 256"):
            enf.Programme(256, "X", ["ST-TP"],
                          (D(2017, 1, 1), D(2017, 2, 1))).report(
                              self.reg, D(2017, 3, 1))
        with self.assertRaises(enf.ArgumentTypeError):
            enf.Programme(1, "X", "ST-TP", (D(2017, 1, 1), D(2017, 2, 1)))
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "before programme ST-TVD-2017 starts "
                                    "on 2017-03-01"):
            programme().report(self.reg, D(2017, 2, 28))

    def test_json_merge_and_tables(self):
        back = enf.ProgrammeReport.from_json(self.rep.to_json())
        self.assertEqual(back.rows, self.rep.rows)
        data = self.rep.to_bytes()
        self.assertEqual(data[:4], b"ENFP")
        self.assertEqual(enf.ProgrammeReport.from_bytes(data).rows,
                         self.rep.rows)
        with self.assertRaisesRegex(enf.ParseError, "checksum"):
            enf.ProgrammeReport.from_bytes(data[:-1] + b"x")
        back.merge(self.rep)
        self.assertEqual(back.rows[0]["assigned"]["cases"], 4)
        other = enf.Programme(3, "OTHER", ["ST-TP"],
                              (D(2017, 3, 1), D(2017, 12, 31))).report(
                                  self.reg, D(2018, 1, 1))
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "dst is programme ST-TVD-2017 but src "
                                    "OTHER"):
            back.merge(other)
        with self.assertRaises(enf.ParseError):
            enf.ProgrammeReport.from_json('{"format": "x"}')
        csv = self.rep.table("csv")
        self.assertIn("ST-TP,2,1,50.00%,130000000,90000000,69.23%", csv)
        self.assertIn("| ST-TP | 2 | 1 | 50,00% |",
                      self.rep.table("markdown", "vi"))
        self.assertIn('"rate_cases": 5000', self.rep.table("json"))
        recs = self.rep.records()
        self.assertEqual(recs[0]["office"], "ST-TP")
        self.assertEqual(recs[0]["others_money_done"], 54 * M)
        self.assertIsNone(recs[-1]["office"])


if __name__ == "__main__":
    unittest.main()
