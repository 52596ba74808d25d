"""An event entered with the wrong date, put right by a correction, from
Python: the same story as correct_event.c.

50,000,000 VND collected on 27 February 2026 is entered as collected on
3 March; the five-month report (to 28 February) goes out without it.  On
5 March the clerk replaces the event by the same one dated 27 February.
The five-month report as reported stays as it was (Joint Circular
12/2021/TTLT Art 10: a correction counts in the period in which it is
recorded); a restatement moves the money into it.
"""
import datetime as dt

import enforcement as enf

case = enf.Case("LS-TP", "35/QĐ-THADS", mode="request")
debtor = case.add_party("debtor", "Trần Thị Hoa")
creditor = case.add_party("creditor", "Nguyễn Văn An")
case.add_obligation("other_money", 150000000, debtor, creditor)
case.apply("request_received", dt.date(2025, 11, 10))
case.apply("decision_issued", dt.date(2025, 11, 14))
case.apply("verified", dt.date(2025, 12, 15), detail=True)
case.apply("collected", dt.date(2026, 3, 3), amount=50000000)  # seq 3


def status(when):
    s = case.status_on(dt.date(2026, 2, 28))
    print("%-22s on 28/02/2026: %s, collected %s"
          % (when, s["state"], enf.format_money(s["collected"], "en")))


def done(when, months, restate=False):
    rep = enf.Report("LS-TP", enf.period_cumulative(2026, months),
                     restate=restate)
    rep.add_case(case)
    print("%-22s %d-month report%s: done %s"
          % (when, months, " (restated)" if restate else "",
             enf.format_money(rep.get("done", "money"), "en")))
    return rep.get("done", "money")


status("before the correction")
assert done("before the correction", 5) == 0
assert done("before the correction", 6) == 50000000

case.correct("replace", dt.date(2026, 3, 5),
             "the receipt is dated 27/02/2026", target=3, author="clerk Hà",
             value={"date": dt.date(2026, 2, 27)})

status("after the correction")
# The five-month report as reported stays at 0; restated, 50,000,000.
assert done("after the correction", 5) == 0
assert done("after the correction", 5, restate=True) == 50000000
assert done("after the correction", 6) == 50000000
print()
print(case.history_text(), end="")
