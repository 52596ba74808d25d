"""The worklist of one office on a date from the bundled sample data, and
the caseload on that date as a table (pandas if installed)."""
import collections
import datetime as dt
import os
import sys

import enforcement as enf

here = os.path.dirname(os.path.abspath(__file__))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "data",
                                                          "sample")
date = dt.date(2025, 3, 31)

reg = enf.Register.load_csv_dir(data)
cal = enf.Calendar()
work = reg.worklist(cal, date, office="LS-TP")
print("%d cases loaded; office LS-TP has %d deadlines due by %s"
      % (len(reg), len(work), date))
for item in work[:10]:
    print("%s  %-16s %s (%s)" % (enf.format_date(item["due"], "vi"),
                                 item["decision_no"], item["rule"],
                                 item["source"]))

states = collections.Counter(r["state"] for r in reg.records(date))
print("caseload on %s by state: %s" % (date, dict(sorted(states.items()))))
try:
    import pandas as pd
except ImportError:
    pd = None
if pd is not None:
    df = pd.DataFrame(reg.records(date))
    print(df.groupby("office")["outstanding"].sum().to_string())
