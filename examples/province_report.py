"""The provincial report of a register from Python (by default the bundled
sample): the report of each office found in the data for the first six
months of enforcement year 2025, merged into the province, as a Markdown
table with the gaps to the national targets and the growth of done over
the same half of 2024; the same figures as province_report.c.

    province_report.py [DATA_DIR [SVG_FILE]]
"""
import os
import sys

import enforcement as enf


def province(reg, period):
    """The offices' reports of a period, and the province last."""
    offices = enf.Report.by_office(reg, period)
    total = enf.Report("Province", period)
    for r in offices:
        total.merge(r)
    total.check()
    return offices + [total]


here = os.path.dirname(os.path.abspath(__file__))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "data",
                                                          "sample")
reg = enf.Register.load_csv_dir(data)
half = enf.period_cumulative(2025, 6)
now = province(reg, half)
before = province(reg, enf.period_last_year(half))
targets = enf.stats.national_target(2025)
print(enf.stats.table(now, targets=targets,
                      previous=before if len(before) == len(now) else None))
print("Province: %s by cases against the 2025 target %s"
      % (now[-1].rate("cases"), targets[0]))
if len(sys.argv) > 2:
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(enf.stats.chart(now, "cases", targets[0],
                                title="Completion rate by cases"))
