package vn.enforcement;

import vn.enforcement.core.Core;
import vn.enforcement.core.locale;
import vn.enforcement.core.target_result;

/**
 * A completion rate, exact, in hundredths of a percent (6291 is 62.91%),
 * as enforcement statistics publish it (Circular 06/2019/TT-BTP). An
 * immutable value: equal rates are equal objects.
 */
public final class Rate implements Comparable<Rate> {
  private final long hundredths;

  private Rate(long hundredths) {
    this.hundredths = hundredths;
  }

  /**
   * The rate of a number of hundredths of a percent.
   * @param hundredths 0 or more (6291 for 62.91%)
   * @return the rate
   * @throws InvalidArgumentException when negative
   */
  public static Rate ofHundredths(long hundredths) {
    if (hundredths < 0)
      throw new InvalidArgumentException("Rate: hundredths is "
          + hundredths + "; expected 0 or more");
    return new Rate(hundredths);
  }

  /**
   * done / withMeans, rounded half-up to hundredths of a percent: 2,244
   * of 3,567 is 62.91%.
   * @param done cases (or VND) done
   * @param withMeans cases (or VND) with means to enforce
   * @return the rate
   * @throws InvalidArgumentException negative, or done above withMeans
   * @throws DivisionByZeroException withMeans 0
   */
  public static Rate of(long done, long withMeans) {
    long[] out = new long[1];
    Core.stats_rate(out, done, withMeans, null);
    return new Rate(out[0]);
  }

  /**
   * Reads a rate as the press writes it: "62,91%", "62.91%", "52%".
   * @param text the rate
   * @return the rate
   * @throws ParseException text that is not a rate
   */
  public static Rate parse(String text) {
    if (text == null)
      throw new InvalidArgumentException("Rate.parse: text is null");
    long[] out = new long[1];
    Core.percent_parse(out, text);
    return ofHundredths(out[0]);
  }

  /** @return the rate in hundredths of a percent (6291 for 62.91%) */
  public long hundredths() {
    return hundredths;
  }

  /**
   * This rate against a target: 62.91% against 84.05% is short by 21.14
   * points.
   * @param target the target rate
   * @return the verdict and the points
   */
  public TargetResult against(Rate target) {
    if (target == null)
      throw new InvalidArgumentException("Rate.against: target is null");
    target_result r = new target_result();
    try {
      Core.stats_compare(r, hundredths, target.hundredths);
      return new TargetResult(TargetResult.Verdict.values()[r.getVerdict()], r.getPoints());
    } finally {
      r.delete();
    }
  }

  /** @return "62.91%" */
  @Override
  public String toString() {
    return format(locale.LOCALE_EN);
  }

  /** @return "62,91%", as Vietnamese reports write it */
  public String toVietnamese() {
    return format(locale.LOCALE_VI);
  }

  private String format(int loc) {
    String[] buf = new String[1];
    Core.stats_format_rate(buf, hundredths, 2, loc);
    return buf[0];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rate && ((Rate) o).hundredths == hundredths;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(hundredths);
  }

  @Override
  public int compareTo(Rate o) {
    return Long.compare(hundredths, o.hundredths);
  }
}
