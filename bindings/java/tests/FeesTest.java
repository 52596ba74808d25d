package vn.enforcement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.junit.Test;

/** The enforcement fee: no fee up to twice the base salary (2 x 2,340,000
 * = 4,680,000 from 1 July 2024), 3% of the whole above it, capped. */
public class FeesTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  @Test
  public void brackets() {
    assertEquals(0, Fees.compute(0, 4_680_000, DAY));
    assertEquals(140_400, Fees.compute(0, 4_680_001, DAY));
    // 5 bn VND: 150 m (3% of 5 bn, the first bracket's ceiling).
    assertEquals(150_000_000, Fees.compute(0, 5_000_000_000L, DAY));
  }

  @Test
  public void badInput() {
    InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
        () -> Fees.compute(0, -1, DAY));
    assertTrue(e.getMessage(), e.getMessage().contains("-1"));
    assertThrows(InvalidArgumentException.class, () -> Fees.compute(0, 1, null));
    RangeException r = assertThrows(RangeException.class,
        () -> Fees.compute(0, 1, LocalDate.of(10000, 1, 1)));
    assertTrue(r.getMessage(), r.getMessage().contains("10000-01-01"));
  }
}
