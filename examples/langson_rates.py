"""The Lạng Sơn rates of the first six months of enforcement year 2025
(baolangson.vn): 2,244 cases done = 62.91%, 281.2 bn VND = 30.71%, targets
84.05% and 52%, still short by 21.14 and 21.29 percentage points."""
import enforcement as enf

period = enf.report_cumulative(2025, 6)
print("Period:", period.first, "-", period.last)

rate = enf.percent_of(2244, 3567)
target = enf.Rate.parse("84,05%")
print("Cases: %s of cases with means (%s), target %s, gap %s"
      % (rate, rate.format_vi(), target, rate - target))

done = enf.parse_money("281,2 tỷ đồng")
money_rate = enf.Rate.parse("30,71%")
money_target = enf.Rate.parse("52%")
print("Money: %s done = %s, target %s, gap %s"
      % (enf.format_money(done, "en"), money_rate, money_target,
         money_rate - money_target))

# Which totals with means make 281.2 bn round to 30.71%?
low = enf.money_muldiv(done, 1000000, 307150, enf.ROUND_DOWN) + 1
high = enf.money_muldiv(done, 1000000, 307050, enf.ROUND_DOWN)
assert enf.percent_of(done, low) == enf.percent_of(done, high) == money_rate
print("Money with means: between %s and %s"
      % (enf.format_money(low), enf.format_money(high)))
