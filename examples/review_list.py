"""The review list of "hot spots" from the bundled sample data, as the
Lạng Sơn province reviewed them in 2025 (baolangson.vn, "Không để án
đọng trên giấy"): cases with means for over a year and not done, of
great value (1 bn VND outstanding is chosen here: the article gives no
threshold), corruption and economic cases, and difficult ones."""
import datetime as dt
import os
import sys

import enforcement as enf

here = os.path.dirname(os.path.abspath(__file__))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "data",
                                                          "sample")
date = dt.date(2025, 6, 30)
year_ago = enf.add_months(date, -12)

reg = enf.Register.load_csv_dir(data)
hot = reg.review(date, since_before=year_ago, min_outstanding=10**9,
                 flags=["corruption", "difficult"], match_any=True,
                 order="age")
print("%d cases loaded; %d hot spots on %s (with means since before %s)"
      % (len(reg), len(hot), date, year_ago))
for item in hot[:10]:
    print("%-7s %-16s %-10s since %s  %5d days  %20s  %s"
          % (item["office"], item["decision_no"], item["state"],
             item["since"], item["age_days"],
             enf.format_money(item["outstanding"], "vi"),
             "+".join(item["reasons"])))
stalled = reg.review(date, since_before=year_ago)
print("with means for over a year and not done: %d cases, %s outstanding"
      % (len(stalled),
         enf.format_money(sum(x["outstanding"] for x in stalled), "vi")))
