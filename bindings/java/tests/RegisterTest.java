package vn.enforcement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The sample register's office report for enforcement year 2025, cell by
 * cell against the table the command prints (`enforcement report DIR
 * --period 2025 --by office --format csv`): the same library through C
 * and through Java.
 */
public class RegisterTest {
  static final String SAMPLE = System.getProperty("enforcement.sample");

  /** The command's CSV: the header, then one row per indicator. */
  private static List<String[]> commandTable() throws Exception {
    String cli = System.getProperty("enforcement.cli", "");
    assumeTrue("the enforcement command is not built", !cli.isEmpty());
    Process p = new ProcessBuilder(cli, "report", SAMPLE, "--period", "2025",
        "--by", "office", "--format", "csv").redirectErrorStream(true).start();
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(
             new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null;)
        rows.add(line.split(",", -1));
    }
    assertEquals(0, p.waitFor());
    return rows;
  }

  @Test
  public void officeReportEqualsTheCommandsCellByCell() throws Exception {
    List<String[]> table = commandTable();
    String[] head = table.get(0);
    Map<String, Integer> column = new HashMap<>();
    for (int i = 1; i < head.length; i++)
      column.put(head[i], i);
    try (Register reg = Register.load(SAMPLE)) {
      List<Report> reps = reg.reportByOffice(2025, 12);
      assertEquals((head.length - 3) / 2, reps.size());
      int cells = 0;
      for (Report rep : reps) {
        Integer c = column.get(rep.unit() + " cases");
        Integer m = column.get(rep.unit() + " money");
        assertTrue(rep.unit(), c != null && m != null);
        for (Indicator row : Indicator.values()) {
          String[] line = table.get(1 + row.ordinal());
          assertEquals(rep.unit() + " " + row, Long.parseLong(line[c]), rep.cases(row));
          assertEquals(rep.unit() + " " + row, Long.parseLong(line[m]), rep.money(row));
          cells += 2;
        }
        String[] rates = table.get(1 + Indicator.values().length);
        assertEquals(rates[c], rep.rateByCases().toString());
      }
      assertEquals(reps.size() * 30, cells);
      // LS-TP's 135 done of 266 with means: 50.75%.
      Report tp = reps.stream().filter(r -> r.unit().equals("LS-TP")).findFirst().get();
      assertEquals(Rate.of(135, 266), tp.rateByCases());
      assertTrue(tp.toJson().contains("LS-TP"));
      assertTrue(Report.tableCsv(reps).startsWith("Indicator,"));
      for (Report r : reps)
        r.close();
    }
  }

  @Test
  public void badInputLeavesTheRegisterUnchanged() {
    try (Register reg = Register.load(SAMPLE)) {
      long n = reg.size();
      assertTrue(n > 0);
      NotFoundException nf = assertThrows(NotFoundException.class,
          () -> reg.loadCsvDir("/nonexistent/register"));
      assertTrue(nf.getMessage(), nf.getMessage().contains("/nonexistent/register"));
      // The same cases twice: refused, all or nothing.
      StateException twice = assertThrows(StateException.class, () -> reg.loadCsvDir(SAMPLE));
      assertTrue(twice.getMessage(), twice.getMessage().contains("cases.csv"));
      assertEquals(n, reg.size());
      assertThrows(InvalidArgumentException.class, () -> reg.loadCsvDir(null));
      RangeException month = assertThrows(RangeException.class, () -> reg.reportByOffice(2025, 13));
      assertTrue(month.getMessage(), month.getMessage().contains("13"));
      assertEquals(n, reg.size());
    }
    assertThrows(NotFoundException.class, () -> Register.load("/nonexistent/register"));
  }

  @Test
  public void jsonForm() {
    try (Register reg = Register.load(SAMPLE)) {
      String json = reg.toJson();
      assertTrue(json.startsWith("{") || json.startsWith("["));
      assertTrue(json.contains("LS-TP"));
    }
  }
}
