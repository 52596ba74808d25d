package vn.enforcement;

import vn.enforcement.core.Core;

/** Checks of published figures and growth, over exact integers. */
public final class Stats {
  private Stats() {
  }

  /**
   * The whole-number denominators consistent with a numerator and a
   * published rate rounded half-up: 2,244 done at 62.91% gives 3,567 only.
   * @param numerator what was done (cases or VND)
   * @param rate the published rate, above 0
   * @return {lowest, highest}; lowest above highest when none fits
   */
  public static long[] denominators(long numerator, Rate rate) {
    if (rate == null)
      throw new InvalidArgumentException("Stats.denominators: rate is null");
    long[] lo = new long[1];
    long[] hi = new long[1];
    Core.stats_denominators(lo, hi, numerator, rate.hundredths(), 2);
    return new long[] {lo[0], hi[0]};
  }

  /**
   * Relative growth (current - previous) / previous in hundredths of a
   * percent (not a difference of rates); negative for a fall.
   * @param current this period's figure
   * @param previous the same period's figure a year earlier, above 0
   * @return the growth in hundredths of a percent (670 for +6.70%)
   */
  public static long growth(long current, long previous) {
    long[] out = new long[1];
    Core.stats_growth(out, current, previous, null);
    return out[0];
  }
}
