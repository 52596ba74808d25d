package vn.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.enforcement.core.Core;
import vn.enforcement.core.calendar;
import vn.enforcement.core.period;
import vn.enforcement.core.register;
import vn.enforcement.core.stats_report;
import vn.enforcement.core.work_item;
import vn.enforcement.core.worklist_item;

/**
 * A register of enforcement cases (one decision, one case), loaded from
 * the five CSV files of a directory. Owns C memory: close it
 * (try-with-resources); a closed register throws StateException. One
 * register is for one thread at a time; threads with their own registers
 * run in parallel.
 */
public final class Register implements AutoCloseable {
  private register reg;

  /** An empty register. */
  public Register() {
    register[] out = new register[1];
    Core.register_new(out);
    reg = out[0];
  }

  /**
   * A register loaded from a directory of cases.csv, parties.csv,
   * obligations.csv, assets.csv and events.csv.
   * @param dir the directory
   * @return the register (the caller closes it)
   * @throws NotFoundException no cases.csv there
   * @throws ParseException malformed CSV (the message names file, line
   *         and field)
   */
  public static Register load(String dir) {
    Register r = new Register();
    try {
      r.loadCsvDir(dir);
    } catch (RuntimeException e) {
      r.close();
      throw e;
    }
    return r;
  }

  /**
   * Adds the cases of a directory, all or nothing: on error the register
   * is unchanged.
   * @param dir the directory
   */
  public void loadCsvDir(String dir) {
    if (dir == null)
      throw new InvalidArgumentException("Register.loadCsvDir: dir is null");
    Core.io_load_csv_dir(handle(), dir);
  }

  synchronized register handle() {
    if (reg == null)
      throw new StateException("Register: the register is closed");
    return reg;
  }

  /** @return the number of cases */
  public long size() {
    return Core.register_count(handle());
  }

  /**
   * The report of each office for the first months of an enforcement
   * year (which runs from 1 October to 30 September and is named by the
   * year it ends in): 12 months is the whole year.
   * @param year the enforcement year
   * @param months 1..12
   * @return one report per office, ordered by office code; the caller
   *         closes them
   */
  public List<Report> reportByOffice(int year, int months) {
    period p = new period();
    try {
      Core.report_cumulative(p, year, months);
      stats_report[][] out = new stats_report[1][];
      Core.stats_report_by_office(out, handle(), p);
      List<Report> r = new ArrayList<>();
      for (stats_report s : out[0])
        r.add(new Report(s));
      return r;
    } finally {
      p.delete();
    }
  }

  /**
   * The worklist on a date: every deadline due on or before it, by due
   * date, on Vietnam's working-day calendar.
   * @param date the day
   * @return the items
   */
  public List<WorkItem> worklist(LocalDate date) {
    if (date == null)
      throw new InvalidArgumentException("Register.worklist: date is null");
    calendar[] cal = new calendar[1];
    Core.calendar_new(cal, null);
    try {
      work_item[][] out = new work_item[1][];
      Core.register_worklist(out, handle(), null, cal[0], null, date);
      List<WorkItem> r = new ArrayList<>();
      for (work_item w : out[0]) {
        r.add(new WorkItem(w.getCase_index(), w.getDeadline().getKind(),
            w.getDeadline().getDue(), w.getDeadline().getRule(),
            w.getDeadline().getSource()));
        w.delete();
      }
      return r;
    } finally {
      cal[0].delete();
    }
  }

  /**
   * The worklist of a window as JSON text, the form `enforcement worklist
   * DIR --as-of D --until D --format json` prints (schema
   * enforcement-worklist/1): the deadlines open on asOf that fall due by
   * until, by due date, those already missed marked overdue.
   * @param asOf the day the states are taken
   * @param until the last due date, on or after asOf
   * @return the JSON text
   * @throws InvalidArgumentException until before asOf
   */
  public String worklistJson(LocalDate asOf, LocalDate until) {
    if (asOf == null || until == null)
      throw new InvalidArgumentException("Register.worklistJson: "
          + (asOf == null ? "asOf" : "until") + " is null");
    calendar[] cal = new calendar[1];
    Core.calendar_new(cal, null);
    worklist_item[][] items = new worklist_item[1][];
    try {
      Core.register_worklist_window(items, handle(), null, cal[0], null, asOf, until);
      String[] out = new String[1];
      Core.worklist_to_json(out, handle(), items[0], asOf, until);
      return out[0];
    } finally {
      if (items[0] != null)
        for (worklist_item w : items[0])
          w.delete();
      cal[0].delete();
    }
  }

  /** @return every case as JSON text (the form the command writes) */
  public String toJson() {
    String[] out = new String[1];
    Core.io_export_json(out, handle());
    return out[0];
  }

  /** Frees the register and its cases; a second close does nothing. */
  @Override
  public synchronized void close() {
    if (reg != null) {
      reg.delete();
      reg = null;
    }
  }
}
