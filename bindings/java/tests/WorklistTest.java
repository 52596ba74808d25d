package vn.enforcement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** The worklist of the sample register: every deadline due on or before a
 * day, by due date; an earlier day's list is part of a later day's. */
public class WorklistTest {
  @Test
  public void dueByTheDayInOrder() {
    LocalDate day = LocalDate.of(2025, 9, 30);
    try (Register reg = Register.load(RegisterTest.SAMPLE)) {
      List<WorkItem> items = reg.worklist(day);
      assertFalse(items.isEmpty());
      for (int i = 0; i < items.size(); i++) {
        WorkItem w = items.get(i);
        assertFalse(w.due().isAfter(day));
        assertTrue(w.caseIndex() < reg.size());
        assertFalse(w.rule().isEmpty());
        if (i > 0)
          assertFalse(w.due().isBefore(items.get(i - 1).due()));
      }
      List<WorkItem> earlier = reg.worklist(LocalDate.of(2025, 3, 31));
      assertTrue(earlier.size() <= items.size());
    }
  }

  /** The JSON form, byte for byte the command's. */
  @Test
  public void windowJsonEqualsTheCommands() throws Exception {
    String cli = System.getProperty("enforcement.cli", "");
    org.junit.Assume.assumeTrue("the enforcement command is not built", !cli.isEmpty());
    Process p = new ProcessBuilder(cli, "worklist", RegisterTest.SAMPLE, "--as-of",
        "2025-09-01", "--until", "2025-09-30", "--format", "json").start();
    String expected = new String(p.getInputStream().readAllBytes(),
        java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor());
    try (Register reg = Register.load(RegisterTest.SAMPLE)) {
      String json = reg.worklistJson(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30));
      assertTrue(json.contains("\"count\": 415"));
      assertEquals(expected.strip(), json.strip());
      InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
          () -> reg.worklistJson(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 9, 1)));
      assertTrue(e.getMessage(), e.getMessage().contains("until (2025-09-01)"));
      assertEquals(3000, reg.size());
    }
  }

  @Test
  public void badInput() {
    try (Register reg = Register.load(RegisterTest.SAMPLE)) {
      long n = reg.size();
      assertThrows(InvalidArgumentException.class, () -> reg.worklist(null));
      assertThrows(RangeException.class, () -> reg.worklist(LocalDate.of(-5, 1, 1)));
      assertEquals(n, reg.size());
    }
  }
}
