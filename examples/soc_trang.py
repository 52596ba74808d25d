"""The Sóc Trăng mobilisation-team pilot of 2017, from Python: per
district the exact rates, the published ones, and which case counts the
published rate would fit."""
import datetime as dt

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

# The same pilot as the offices would record it (as examples/soc_trang.c;
# chosen here where the article is silent: every case on request, with
# means from 2016-12-15, put to the teams on 2017-03-01; the cases done owe
# the money done between them and pay it on 2017-06-30; the programme runs
# to 2017-09-30; the article gives no cases that were not put, so there is
# nothing to compare with).
CODES = ["ST-TP", "ST-VC", "ST-MX"]
programme = enf.Programme(1, "ST-TVD-2017", CODES,
                          (dt.date(2017, 1, 1), dt.date(2017, 9, 30)),
                          name="Tổ vận động thi hành án dân sự (thí điểm)")
reg = enf.Register()


def share(total, n, k):
    return total // n + (total % n if k == 0 else 0)


for code, item in zip(CODES, rows):
    n, done = item["cases_with_means"], item["cases_done"]
    rest = item["money_with_means"] - item["money_done"]
    for k in range(n):
        owed = (share(item["money_done"], done, k) if k < done
                else share(rest, n - done, k - done))
        case = enf.Case(code, "%d/QĐ-CCTHADS" % (k + 1),
                        decision_date=dt.date(2016, 11, 10))
        case.add_party("debtor", "Người phải THA")
        case.add_party("creditor", "Người được THA")
        case.add_obligation("other_money", owed, debtor=0, creditor=1)
        case.apply("request_received", dt.date(2016, 11, 1))
        case.apply("decision_issued", dt.date(2016, 11, 10))
        case.apply("classified", dt.date(2016, 12, 15), detail=True)
        reg.add(case)
        programme.assign(reg, code, "%d/QĐ-CCTHADS" % (k + 1),
                         dt.date(2017, 3, 1))
        if k < done:
            case = reg.find(code, "%d/QĐ-CCTHADS" % (k + 1))
            case.apply("collected", dt.date(2017, 6, 30), amount=owed)
            case.apply("done", dt.date(2017, 6, 30))

report = programme.report(reg, dt.date(2017, 9, 30))
print()
print(report.table("markdown", "vi"), end="")
for code, item in zip(CODES, rows):
    row = next(r for r in report.rows if r["office"] == code)
    res = enf.stats.published(**item)
    assert row["assigned"] == {"cases": item["cases_with_means"],
                               "cases_done": item["cases_done"],
                               "money": item["money_with_means"],
                               "money_done": item["money_done"]}
    assert row["rate_cases"] == res["rate_cases"]
    assert row["rate_money"] == res["rate_money"]
print("each office's row matches the article's counts and sums")
