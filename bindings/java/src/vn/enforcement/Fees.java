package vn.enforcement;

import java.time.LocalDate;
import vn.enforcement.core.Core;
import vn.enforcement.core.fee_options;

/** The enforcement fee on money received (phí thi hành án, brackets of
 * the base salary in force on the date; Circular 216/2016/TT-BTC as
 * amended). */
public final class Fees {
  private Fees() {
  }

  /**
   * The fee on money received now, after receivedBefore on the same
   * case: 4,680,001 VND received on 2025-03-01 (twice the base salary of
   * 2,340,000, plus 1) costs 140,400 (3% of the whole).
   * @param receivedBefore VND received earlier on the case
   * @param receivedNow VND received now
   * @param date the day of receipt (selects the base salary)
   * @return the fee in VND
   * @throws InvalidArgumentException negative amounts, a null date
   */
  public static long compute(long receivedBefore, long receivedNow, LocalDate date) {
    if (date == null)
      throw new InvalidArgumentException("Fees.compute: date is null");
    fee_options o = new fee_options();
    try {
      o.setDate(date);
      long[] out = new long[1];
      Core.fee_compute(out, receivedBefore, receivedNow, o, null);
      return out[0];
    } finally {
      o.delete();
    }
  }
}
