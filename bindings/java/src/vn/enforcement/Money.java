package vn.enforcement;

import vn.enforcement.core.Core;
import vn.enforcement.core.locale;

/** Amounts of VND as long (VND has no minor unit), read and written as
 * Vietnamese and English texts write them. */
public final class Money {
  private Money() {
  }

  /**
   * Reads an amount exactly: "281,2 tỷ đồng" is 281,200,000,000.
   * @param text the amount
   * @return VND
   * @throws ParseException text that is not an amount
   */
  public static long parse(String text) {
    if (text == null)
      throw new InvalidArgumentException("Money.parse: text is null");
    long[] out = new long[1];
    Core.money_parse(out, text);
    return out[0];
  }

  /** @param vnd an amount @return "1,234,567 VND" */
  public static String format(long vnd) {
    String[] buf = new String[1];
    Core.money_format(buf, vnd, locale.LOCALE_EN);
    return buf[0];
  }

  /** @param vnd an amount @return "1.234.567 đ" */
  public static String formatVietnamese(long vnd) {
    String[] buf = new String[1];
    Core.money_format(buf, vnd, locale.LOCALE_VI);
    return buf[0];
  }
}
