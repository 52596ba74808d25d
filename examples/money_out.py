"""Money out from Python: the fee over instalments, a distribution in the
order of Art 47, and interest under the Vietnamese and German rules side
by side (the same story as money_out.c)."""
import datetime as dt

import enforcement as enf
from enforcement import payout

D = dt.date

total = 0
for i in range(6):
    total += payout.fee(3000000000, received_before=3000000000 * i,
                        date=D(2025, 3, 1))
print("1. Fee on 18 bn in 6 instalments:", enf.format_money(total, "en"))

trail = payout.Trail()
res = payout.distribute(500000000, [
    {"tier": "c", "principal": 300000000, "interest": 20000000,
     "requested": D(2025, 1, 10)},
    {"tier": "a", "principal": 60000000, "requested": D(2025, 1, 15)},
    {"tier": "b", "principal": 5000000, "requested": D(2025, 1, 10)},
    {"tier": "c", "principal": 200000000, "requested": D(2025, 4, 2)},
], costs=12000000, coercion=D(2025, 3, 20), trail=trail)
print("2. Paid:", [enf.format_money(p, "en") for p in res["paid"]],
      "surplus", enf.format_money(res["surplus"], "en"))
for step in trail.steps:
    print("   %-50s %s" % (step["rule"], enf.format_money(step["amount"])))

payments = [(D(2025, 4, 30), 30000000), (D(2025, 9, 30), 50000000)]
pauses = [(D(2025, 6, 1), D(2025, 6, 30))]
vn = payout.interest(100000000, D(2025, 1, 1), D(2025, 12, 31), payments,
                     pauses)
de = payout.interest(100000000, D(2025, 1, 1), D(2025, 12, 31), payments,
                     pauses, rates=[(D(2025, 1, 1), 22700),
                                    (D(2025, 7, 1), 12700)], rules="de")
print("3. Interest: Vietnam %s, Germany %s"
      % (enf.format_money(vn["interest"], "en"),
         enf.format_money(de["interest"], "en")))
