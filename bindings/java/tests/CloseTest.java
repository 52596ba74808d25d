package vn.enforcement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.Test;

/** Objects that own C memory fail cleanly after close(): an exception,
 * never a crash; a second close does nothing. */
public class CloseTest {
  @Test
  public void registerAfterClose() {
    Register reg = Register.load(RegisterTest.SAMPLE);
    reg.close();
    StateException e = assertThrows(StateException.class, reg::size);
    assertTrue(e.getMessage(), e.getMessage().contains("closed"));
    assertThrows(StateException.class, () -> reg.reportByOffice(2025, 12));
    assertThrows(StateException.class, () -> reg.worklist(LocalDate.of(2025, 1, 1)));
    assertThrows(StateException.class, reg::toJson);
    reg.close();
  }

  @Test
  public void reportAfterClose() {
    List<Report> reps;
    try (Register reg = Register.load(RegisterTest.SAMPLE)) {
      reps = reg.reportByOffice(2025, 12);
    }
    // Reports are their own: they outlive the register.
    Report r = reps.get(0);
    assertEquals("LS-BG", r.unit());
    r.close();
    assertThrows(StateException.class, r::unit);
    assertThrows(StateException.class, () -> r.cases(Indicator.DONE));
    assertThrows(StateException.class, () -> Report.tableCsv(reps));
    r.close();
    for (Report x : reps)
      x.close();
  }

  @Test
  public void saleAfterClose() {
    Sale s = new Sale("VN-2014", 100_000_000L);
    s.close();
    assertThrows(StateException.class, s::fail);
    assertThrows(StateException.class, s::price);
    s.close();
  }

  @Test
  public void closedProxyInTheThinLayer() {
    // The generated classes refuse a freed object before the call; a
    // null one reaches the library as NULL, refused where not allowed.
    vn.enforcement.core.register[] out = new vn.enforcement.core.register[1];
    vn.enforcement.core.Core.register_new(out);
    out[0].delete();
    StateException e = assertThrows(StateException.class,
        () -> vn.enforcement.core.Core.io_load_csv_dir(out[0], RegisterTest.SAMPLE));
    assertEquals(-5, e.status());
    assertTrue(e.getMessage(), e.getMessage().contains("reg is closed"));
    InvalidArgumentException n = assertThrows(InvalidArgumentException.class,
        () -> vn.enforcement.core.Core.io_load_csv_dir(null, RegisterTest.SAMPLE));
    assertEquals(-1, n.status());
    assertThrows(InvalidArgumentException.class,
        () -> vn.enforcement.core.Core.register_new(null));
  }
}
