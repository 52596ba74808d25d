package vn.enforcement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * The Lạng Sơn figures of the first six months of enforcement year 2025
 * (baolangson.vn): 2,244 cases done of 3,567 with means = 62.91%; 281.2
 * bn VND done = 30.71% of the money with means; targets 84.05% and 52%,
 * short by 21.14 and 21.29 points.
 */
public class RatesTest {
  @Test
  public void casesRateOfLangSon() {
    Rate r = Rate.of(2244, 3567);
    assertEquals(6291, r.hundredths());
    assertEquals("62.91%", r.toString());
    assertEquals("62,91%", r.toVietnamese());
    assertEquals(r, Rate.parse("62,91%"));
    assertEquals(r.hashCode(), Rate.ofHundredths(6291).hashCode());
    assertNotEquals(r, Rate.of(2243, 3567));
  }

  @Test
  public void casesShortOfTarget() {
    TargetResult t = Rate.of(2244, 3567).against(Rate.parse("84,05%"));
    assertEquals(TargetResult.Verdict.SHORT, t.verdict());
    assertEquals(2114, t.points());
    assertEquals("short by 21.14 points", t.toString());
    assertEquals("còn thiếu 21,14%", t.toVietnamese());
  }

  @Test
  public void totalWithMeansFromThePublishedRate() {
    long[] d = Stats.denominators(2244, Rate.parse("62,91%"));
    assertEquals(3567, d[0]);
    assertEquals(3567, d[1]);
  }

  @Test
  public void moneyOfLangSon() {
    long done = Money.parse("281,2 tỷ đồng");
    assertEquals(281_200_000_000L, done);
    long[] d = Stats.denominators(done, Rate.parse("30,71%"));
    assertTrue(d[0] <= d[1]);
    Rate money = Rate.of(done, d[0]);
    assertEquals("30.71%", money.toString());
    TargetResult t = money.against(Rate.parse("52%"));
    assertEquals(TargetResult.Verdict.SHORT, t.verdict());
    assertEquals(2129, t.points());
    assertEquals("281,200,000,000 VND", Money.format(done));
  }

  @Test
  public void badInput() {
    InvalidArgumentException e =
        assertThrows(InvalidArgumentException.class, () -> Rate.of(5, 3));
    assertEquals(-1, e.status());
    assertTrue(e.getMessage(), e.getMessage().contains("done"));
    DivisionByZeroException z =
        assertThrows(DivisionByZeroException.class, () -> Rate.of(1, 0));
    assertEquals(-10, z.status());
    ParseException p = assertThrows(ParseException.class, () -> Rate.parse("sáu mươi"));
    assertTrue(p.getMessage(), p.getMessage().contains("sáu mươi"));
    assertThrows(InvalidArgumentException.class, () -> Rate.ofHundredths(-1));
    assertThrows(ParseException.class, () -> Money.parse("nhiều tiền"));
    assertThrows(InvalidArgumentException.class, () -> Rate.of(1, 2).against(null));
    // The value class is unchanged by a refused call.
    Rate r = Rate.of(2244, 3567);
    assertThrows(InvalidArgumentException.class, () -> r.against(null));
    assertEquals("62.91%", r.toString());
  }
}
