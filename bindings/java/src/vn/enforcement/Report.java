package vn.enforcement;

import java.util.List;
import vn.enforcement.core.Core;
import vn.enforcement.core.locale;
import vn.enforcement.core.measure;
import vn.enforcement.core.stats_group;
import vn.enforcement.core.stats_report;
import vn.enforcement.core.table_format;

/**
 * The statistics report of one unit (an office, a province) for a
 * reporting period: the indicator table by cases and by money. Owns C
 * memory: close it (try-with-resources); a closed report throws
 * StateException.
 */
public final class Report implements AutoCloseable {
  private stats_report rep;

  Report(stats_report rep) {
    this.rep = rep;
  }

  synchronized stats_report handle() {
    if (rep == null)
      throw new StateException("Report: the report is closed");
    return rep;
  }

  /** @return the unit's name ("LS-TP") */
  public String unit() {
    return Core.stats_report_unit(handle());
  }

  /**
   * A cell of the table (all cases).
   * @param row the indicator
   * @return the number of cases
   */
  public long cases(Indicator row) {
    return value(row, measure.BY_CASES);
  }

  /**
   * A cell of the table (all cases).
   * @param row the indicator
   * @return the amount in VND
   */
  public long money(Indicator row) {
    return value(row, measure.BY_MONEY);
  }

  private long value(Indicator row, int m) {
    if (row == null)
      throw new InvalidArgumentException("Report: row is null");
    long[] out = new long[1];
    Core.stats_report_get(out, handle(), stats_group.GROUP_ALL, m, row.ordinal());
    return out[0];
  }

  /** @return done / with means by cases */
  public Rate rateByCases() {
    long[] out = new long[1];
    Core.stats_report_rate(out, handle(), stats_group.GROUP_ALL, measure.BY_CASES, null);
    return Rate.ofHundredths(out[0]);
  }

  /** @return done / with means by money */
  public Rate rateByMoney() {
    long[] out = new long[1];
    Core.stats_report_rate(out, handle(), stats_group.GROUP_ALL, measure.BY_MONEY, null);
    return Rate.ofHundredths(out[0]);
  }

  /** @return the report as JSON text (the form the command writes) */
  public String toJson() {
    String[] out = new String[1];
    Core.stats_report_to_json(out, handle());
    return out[0];
  }

  /**
   * The indicator table of several reports side by side, as CSV (one row
   * per indicator, a cases and a money column per report).
   * @param reports the units, in column order
   * @return the CSV text
   */
  public static String tableCsv(List<Report> reports) {
    return table(reports, table_format.TABLE_CSV);
  }

  /** @param reports the units @return the table as Markdown */
  public static String tableMarkdown(List<Report> reports) {
    return table(reports, table_format.TABLE_MARKDOWN);
  }

  private static String table(List<Report> reports, int format) {
    if (reports == null)
      throw new InvalidArgumentException("Report.table: reports is null");
    stats_report[] v = new stats_report[reports.size()];
    for (int i = 0; i < v.length; i++) {
      if (reports.get(i) == null)
        throw new InvalidArgumentException("Report.table: reports[" + i + "] is null");
      v[i] = reports.get(i).handle();
    }
    String[] out = new String[1];
    Core.stats_table(out, v, stats_group.GROUP_ALL, format, locale.LOCALE_EN);
    return out[0];
  }

  /** Frees the report; a second close does nothing. */
  @Override
  public synchronized void close() {
    if (rep != null) {
      rep.delete();
      rep = null;
    }
  }
}
