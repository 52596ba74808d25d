"""What the library believes the law is, from Python: the rules catalogue
as a table, the figures in force on the day Law 106/2025 took effect, and
a caller's overrides read from a text file (the same as
rules_catalogue.c)."""
import collections
import datetime
import os
import sys

import enforcement as enf

HERE = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    HERE, "data", "overrides.rules")

rows = enf.rules_catalogue()
by_conf = collections.Counter(r["confidence"] for r in rows)
print("The rules catalogue: %d rows (V %d, Vs %d, I %d, U %d)"
      % (len(rows), by_conf["V"], by_conf["Vs"], by_conf["I"], by_conf["U"]))
print("Unknown in the texts read (U), a documented default:")
for r in rows:
    if r["confidence"] == "U":
        print("  %-40s %8d %-12s %s" % (r["id"], r["value"], r["unit"],
                                        r["citation"]))

day = datetime.date(2026, 7, 1)
book = enf.Rulebook.from_file(path)
for title, b in (("built in", None),
                 ("with the overrides of " + os.path.basename(path), book)):
    print("\nIn force on %s, %s:" % (day, title))
    for rule_id in ("VN.base_salary", "VN.stats.unclassified_row"):
        r = enf.rule_row(rule_id, day, b)
        print("  %-28s %10d %-10s %-3s %s%s"
              % (rule_id, r["value"], r["unit"], r["confidence"],
                 r["citation"], " (override)" if r["overridden"] else ""))

    # The voluntary period of a decision notified on Monday 3 Aug 2026.
    days = enf.case_rules("VN-2026", b).voluntary_days
    print("  voluntary period of a decision notified 03/08/2026: %d days, "
          "ends %s" % (days, enf.format_date(enf.Calendar().period_end(
              datetime.date(2026, 8, 3), days), "vi")))

print("\nRows given by the caller:")
for r in book.catalogue():
    if r["overridden"]:
        print("  %-28s %-10s .. %-10s %8d %s"
              % (r["id"], r["from"] or "open", r["to"] or "open",
                 r["value"], r["citation"]))
