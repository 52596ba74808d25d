package vn.enforcement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** A forced sale under Law 26/2008 as amended (rule set VN-2014): a cut
 * of more than 10% of the previous price is refused (Art 104), naming the
 * round and the article, and the sale is unchanged. */
public class AuctionTest {
  private static final long M = 1_000_000L;

  @Test
  public void refusalNamesRoundAndArticle() {
    try (Sale sale = new Sale("VN-2014", 100 * M)) {
      sale.fail();
      sale.cut(90 * M); // 10% of 100 m: the cap, allowed
      sale.fail();
      assertEquals(2, sale.round()); // auction 2 failed; the cut before auction 3
      // 10% of 90 m is 9 m: a cut to 80,999,999 is 9,000,001.
      RangeException e = assertThrows(RangeException.class, () -> sale.cut(80_999_999));
      assertEquals(-2, e.status());
      String msg = e.getMessage();
      assertTrue(msg, msg.contains("round"));
      assertTrue(msg, msg.contains("Art 104"));
      assertEquals(2, sale.round());
      assertEquals(90 * M, sale.price());
      assertEquals(1, sale.cuts());
      sale.cut(81 * M);
      assertEquals(81 * M, sale.price());
      assertEquals(2, sale.cuts());
      assertTrue(sale.toJson().startsWith("{"));
    }
  }

  @Test
  public void badInput() {
    assertThrows(NotFoundException.class, () -> new Sale("nowhere", 100 * M));
    assertThrows(InvalidArgumentException.class, () -> new Sale("VN-2014", 0));
    assertThrows(InvalidArgumentException.class, () -> new Sale(null, 100 * M));
    try (Sale sale = new Sale("VN-2014", 100 * M)) {
      // No cut before a failed auction.
      assertThrows(StateException.class, () -> sale.cut(90 * M));
      assertEquals(100 * M, sale.price());
      assertEquals(0, sale.cuts());
    }
  }
}
