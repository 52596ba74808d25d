"""Statutory deadlines of one enforcement case, from Python.

A creditor's request arrives on Thursday 23 January 2025, just before the
2025 Tết break (25 Jan - 2 Feb).  Deadlines of Law 26/2008 as amended,
counted as Civil Code Art 147-148 say.
"""
import datetime as dt

import enforcement as enf

cal = enf.Calendar()  # Vietnam: weekends, holidays, 2025-2026 tables
request = enf.parse_date("23/01/2025")
effective = dt.date(2025, 1, 2)

decision = cal.period_end(request, 5, "working_days")     # Art 36(1)
voluntary = cal.period_end(decision, 10, "days")         # Art 45
verify = cal.period_end(voluntary, 10, "days")           # Art 44(1)
reverify = cal.period_end(verify, 6, "months")           # Art 44(3)
limitation = cal.period_end(effective, 5, "years")       # Art 30

rows = [
    ("Request received", request),
    ("Decision due (Art 36, 5 working days)", decision),
    ("Voluntary period ends (Art 45, 10 days)", voluntary),
    ("Verification due (Art 44, 10 days)", verify),
    ("Re-verification due if no means (6 months)", reverify),
    ("Limitation for the request ends (Art 30, 5 y)", limitation),
]
for label, day in rows:
    name = cal.holiday_name(day)
    print("%-46s %s %s" % (label, enf.format_date(day, "vi"), name))

print("Tết 2025 on", cal.holiday_name(dt.date(2025, 1, 29)),
      enf.lunar_from_date(dt.date(2025, 1, 29)))
print("Working days 20/01-07/02/2025:",
      cal.count_working_days(dt.date(2025, 1, 20), dt.date(2025, 2, 7)))
