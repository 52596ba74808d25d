"""The provincial report of the bundled sample from Python: per-office
reports for the first six months of 2025, merged into the province, as a
Markdown table; the same figures as province_report.c."""
import os
import sys

import enforcement as enf

here = os.path.dirname(os.path.abspath(__file__))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "data",
                                                          "sample")
reg = enf.Register.load_csv_dir(data)
half = enf.period_cumulative(2025, 6)
offices = ["LS-CUC", "LS-TP", "LS-HL", "LS-LB", "LS-VL", "LS-BG"]
reports = [enf.Report.from_register(reg, o, half, office=o) for o in offices]
province = enf.Report("Tỉnh", half)
for r in reports:
    province.merge(r)
province.check()
print(enf.stats.table(reports + [province], format="markdown"))
target, _ = enf.stats.national_target(2025)
print("Province: %s by cases against the 2025 target %s"
      % (province.rate("cases"), target))
if len(sys.argv) > 2:
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(enf.stats.svg(reports + [province], "cases", target,
                              "Completion rate by cases, H1 2025"))
