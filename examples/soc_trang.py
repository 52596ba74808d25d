"""The Sóc Trăng mobilisation-team pilot of 2017, from Python: per
district the exact rates, the published ones, and which case counts the
published rate would fit."""
import enforcement as enf

DISTRICTS = [
    ("TP Sóc Trăng", 225, 65, "2 tỷ", "420 triệu", "28,44%", "17,76%"),
    ("TX Vĩnh Châu", 240, 107, "34 tỷ", "7 tỷ", "62,87%", "28,12%"),
    ("H. Mỹ Xuyên", 983, 600, "39 tỷ", "5 tỷ", "75,66%", "18,67%"),
]

rows = []
for name, cases, done, money, money_done, pub_c, pub_m in DISTRICTS:
    item = {"unit": name, "cases_with_means": cases, "cases_done": done,
            "money_with_means": enf.parse_money(money),
            "money_done": enf.parse_money(money_done)}
    rows.append(item)
    res = enf.stats.published(**item)
    fits = enf.stats.denominators(done, enf.Rate.parse(pub_c))
    print("%-14s %s by cases (press %s: fits %s), %s by money (press %s)"
          % (name, res["rate_cases"].format_vi(), pub_c,
             "%d..%d cases" % (fits[0], fits[-1]) if fits else "no count",
             res["rate_money"].format_vi(), pub_m))

total = enf.stats.published_sum("3 đơn vị", rows)
res = enf.stats.published(**total)
print("%-14s %s by cases, %s by money" % (total["unit"],
                                          res["rate_cases"].format_vi(),
                                          res["rate_money"].format_vi()))
