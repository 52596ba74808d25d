"""One case from the creditor's request to completion, from Python: the
same story as case_lifecycle.c, with its states and open deadlines."""
import datetime as dt

import enforcement as enf

cal = enf.Calendar()
case = enf.Case("LS-TP", "112/QĐ-THADS", decision_date=dt.date(2025, 2, 5),
                mode="request", court="TAND thành phố Lạng Sơn",
                judgment_no="12/2024/DS-ST",
                judgment_effective=dt.date(2025, 1, 2))
debtor = case.add_party("debtor", "Trần Thị Hoa")
creditor = case.add_party("creditor", "Nguyễn Văn An")
case.add_obligation("other_money", 150000000, debtor, creditor)

story = [
    ("request_received", dt.date(2025, 1, 23), 0, 0),
    ("decision_issued", dt.date(2025, 2, 5), 0, 0),
    ("decision_notified", dt.date(2025, 2, 6), 0, 0),
    ("verified", dt.date(2025, 2, 27), True, 0),
    ("collected", dt.date(2025, 3, 20), 0, 50000000),
    ("paid_out", dt.date(2025, 3, 25), 0, 50000000),
    ("postponed", dt.date(2025, 4, 10), "agreement", 0),
    ("resumed", dt.date(2025, 6, 10), 0, 0),
    ("collected", dt.date(2025, 7, 15), 0, 100000000),
    ("paid_out", dt.date(2025, 7, 18), 0, 100000000),
    ("done", dt.date(2025, 7, 21), 0, 0),
]
for kind, day, detail, amount in story:
    case.apply(kind, day, detail=detail, amount=amount)
    s = case.status_on(day)
    print("%s  %-18s -> %-13s outstanding %s"
          % (enf.format_date(day, "vi"), kind, s["state"],
             enf.format_money(s["outstanding"])))
    for d in case.deadlines(cal, day):
        print("            due %s  %s (%s)"
              % (enf.format_date(d["due"], "vi"), d["rule"], d["source"]))

try:
    case.apply("postponed", dt.date(2025, 7, 22), detail="illness")
except enf.StateError as e:
    print("refused:", e)
