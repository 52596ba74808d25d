"""The Lạng Sơn rates of the first six months of enforcement year 2025
(baolangson.vn), from Python: the same figures as langson_rates.c."""
import enforcement as enf

period = enf.period_cumulative(2025, 6)
print("Period:", enf.format_date(period.first, "vi"), "-",
      enf.format_date(period.last, "vi"))

done_money = enf.parse_money("281,2 tỷ đồng")
rate_cases, rate_money = enf.Rate.parse("62,91%"), enf.Rate.parse("30,71%")
target_cases, target_money = enf.Rate.parse("84,05%"), enf.Rate.parse("52%")

cases = enf.stats.denominators(2244, rate_cases)
money = enf.stats.denominators(done_money, rate_money)
print("Cases with means consistent with 62.91%%: %d..%d"
      % (cases[0], cases[-1]))
print("Money with means consistent with 30.71%%: %s .. %s"
      % (enf.format_money(money[0], "en"), enf.format_money(money[-1], "en")))

res = enf.stats.published("Lạng Sơn", cases_with_means=cases[0],
                          cases_done=2244, money_with_means=money[0],
                          money_done=done_money, target_cases=target_cases,
                          target_money=target_money)
print("Cases: 2,244 of %d = %s; target %s; %s"
      % (cases[0], res["rate_cases"], target_cases,
         enf.stats.format_result(res["rate_cases"], target_cases)))
print("Money: %s done = %s; target %s; %s"
      % (enf.format_money(done_money, "en"), res["rate_money"], target_money,
         enf.stats.format_result(res["rate_money"], target_money)))
print("Báo chí: %s về việc; %s về tiền"
      % (enf.stats.format_result(res["rate_cases"], target_cases, "vi"),
         enf.stats.format_result(res["rate_money"], target_money, "vi")))
