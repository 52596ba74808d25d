/*
 * The Lạng Sơn figures of the first six months of enforcement year 2025
 * (baolangson.vn, "Không để án đọng trên giấy") and the office table of a
 * register, through the Java binding: 2,244 cases done of 3,567 with
 * means is 62.91%, short of the 84.05% target by 21.14 points; 281.2 bn
 * VND done is 30.71% of the money with means, short of 52% by 21.29.
 *
 * java -cp enforcement.jar:. LangSon [DIR]   (DIR: examples/data/sample)
 */
import java.util.List;
import vn.enforcement.Indicator;
import vn.enforcement.Money;
import vn.enforcement.Rate;
import vn.enforcement.Register;
import vn.enforcement.Report;
import vn.enforcement.Stats;

public final class LangSon {
  private LangSon() {
  }

  public static void main(String[] args) {
    // The article gives the done figures and the rates: the totals with
    // means are the ones consistent with the published rates.
    long[] cases = Stats.denominators(2244, Rate.parse("62,91%"));
    long moneyDone = Money.parse("281,2 tỷ đồng");
    long[] money = Stats.denominators(moneyDone, Rate.parse("30,71%"));
    Rate byCases = Rate.of(2244, cases[0]);
    Rate byMoney = Rate.of(moneyDone, money[0]);
    System.out.printf("Cases: 2,244 of %,d = %s; target 84.05%%; %s%n", cases[0], byCases,
        byCases.against(Rate.parse("84,05%")));
    System.out.printf("Money: %s done = %s; target 52%%; %s%n", Money.format(moneyDone),
        byMoney, byMoney.against(Rate.parse("52%")));
    System.out.printf("Báo chí: %s về việc; %s về tiền%n",
        byCases.against(Rate.parse("84,05%")).toVietnamese(),
        byMoney.against(Rate.parse("52%")).toVietnamese());
    if (args.length == 0)
      return;

    try (Register reg = Register.load(args[0])) {
      List<Report> offices = reg.reportByOffice(2025, 12);
      System.out.printf("%nEnforcement year 2025, %d cases in %d offices%n", reg.size(),
          offices.size());
      System.out.printf("%-8s %6s %6s %8s %8s%n", "Office", "Means", "Done", "Cases", "Money");
      for (Report r : offices) {
        System.out.printf("%-8s %6d %6d %8s %8s%n", r.unit(), r.cases(Indicator.WITH_MEANS),
            r.cases(Indicator.DONE), r.rateByCases(), r.rateByMoney());
        r.close();
      }
    }
  }
}
