"""A provincial analyst's walk through the bundled sample year, in pandas:
rates by office for the year and the first six months against the national
target, an Excel CSV, a PNG chart, one case's history and deadlines, the
next ten working days' worklist, an auction plan, a fee and interest.
Usage: analyst.py [OUT_DIR]  (default: the current directory)."""
import datetime as dt
import os
import sys

import matplotlib
import enforcement as enf
from enforcement import auction, payout

matplotlib.use("Agg")  # no display: write files
import matplotlib.pyplot as plt  # noqa: E402

out = sys.argv[1] if len(sys.argv) > 1 else "."
sample = os.path.join(os.path.dirname(__file__), "data", "sample")
reg = enf.Register.load_csv_dir(sample)
year, half = enf.period_cumulative(2025, 12), enf.period_cumulative(2025, 6)
target, _ = enf.stats.national_target(2025)

rows = []
for label, period in (("year", year), ("H1", half)):
    df = enf.frames.reports_frame(enf.Report.by_office(reg, period))
    rows.append(df.assign(period=label))
    print(label, "below the %s target:" % target,
          list(df[df.rate_cases_hundredths < target.hundredths].unit))
offices = rows[0].set_index("unit")[["rate_cases", "rate_money"]]
print(offices.round(2).to_string())

with open(os.path.join(out, "offices_2025.csv"), "w", encoding="utf-8-sig") as f:
    f.write(enf.stats.table(enf.Report.by_office(reg, year), format="csv"))

ax = offices.plot.bar(y="rate_cases", legend=False, figsize=(7, 3.5))
ax.axhline(float(target), color="red", linestyle="--", label="target %s" % target)
ax.set_ylabel("completion rate by cases, %")
ax.legend()
plt.tight_layout()
plt.savefig(os.path.join(out, "offices_2025.png"), dpi=100)

cal = enf.Calendar()
today = dt.date(2025, 9, 15)
until = cal.period_end(today, 10, "working_days")
work = reg.worklist(cal, today, until)
print("worklist to %s: %d items, %d overdue"
      % (until, len(work), sum(w["overdue"] for w in work)))
case = reg[work[-1]["case_index"]]
print(case, case.status_on(today)["state"], [e["kind"] for e in case.events])
print([(d["kind"], str(d["due"])) for d in case.deadlines(cal, today)])

sale = auction.Sale("VN-2014", value=100_000_000, debt=150_000_000)
sale.plan()
print("plan:", len(sale.steps), "steps, last price", sale.steps[-1]["price"])
print("fee on 50,000,000 VND:", payout.fee(50_000_000, date=today))
i = payout.interest(100_000_000, dt.date(2025, 1, 1), today)
print("interest to %s:" % today, i["interest"])
