package vn.enforcement;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.Test;
import vn.enforcement.core.Core;
import vn.enforcement.core.calendar;
import vn.enforcement.core.case_;
import vn.enforcement.core.register;
import vn.enforcement.core.stats_report;

/** The generated layer, one shape of parameter at a time (the macros of
 * bindings/enforcement.i as typemaps_java.i maps them), with the checks
 * made before a call. */
public class CoreTest {
  private static register load() {
    register[] r = new register[1];
    Core.register_new(r);
    Core.io_load_csv_dir(r[0], RegisterTest.SAMPLE);
    return r[0];
  }

  @Test
  public void datesAndTextOut() {
    LocalDate[] d = new LocalDate[1];
    Core.date_from_ymd(d, 2025, 3, 31);
    assertEquals(LocalDate.of(2025, 3, 31), d[0]);
    LocalDate sentinel = LocalDate.of(2000, 1, 1);
    d[0] = sentinel;
    RangeException e = assertThrows(RangeException.class, () -> Core.date_from_ymd(d, 2025, 2, 30));
    assertTrue(e.getMessage(), e.getMessage().contains("30"));
    assertSame(sentinel, d[0]); // a failed call leaves the holder
    calendar[] cal = new calendar[1];
    Core.calendar_new(cal, null);
    String[] name = new String[1];
    Core.calendar_holiday_name(name, cal[0], LocalDate.of(2025, 9, 2));
    assertFalse(name[0].isEmpty());
    cal[0].delete();
    assertEquals(Core.status_str(-1), Core.status_str(new InvalidArgumentException("").status()));
    assertThrows(InvalidArgumentException.class, () -> Core.date_from_ymd(new LocalDate[0], 2025, 1, 1));
  }

  @Test
  public void eachExceptionClassCarriesItsStatus() {
    // The library's name of each code (enforcement/common.h) against the
    // class the JNI layer throws for it.
    assertEquals("invalid argument", Core.status_str(InvalidArgumentException.STATUS));
    assertEquals("out of range", Core.status_str(RangeException.STATUS));
    assertEquals("overflow", Core.status_str(OverflowException.STATUS));
    assertEquals("not found", Core.status_str(NotFoundException.STATUS));
    assertEquals("invalid state", Core.status_str(StateException.STATUS));
    assertEquals("parse error", Core.status_str(ParseException.STATUS));
    assertEquals("out of memory", Core.status_str(OutOfMemoryException.STATUS));
    assertEquals("unsupported version", Core.status_str(VersionException.STATUS));
    assertEquals("buffer too small", Core.status_str(BufferSizeException.STATUS));
    assertEquals("division by zero", Core.status_str(DivisionByZeroException.STATUS));
    RangeException e = assertThrows(RangeException.class,
        () -> Core.date_from_ymd(new LocalDate[1], 2025, 2, 30));
    assertEquals(RangeException.STATUS, e.status());
  }

  @Test
  public void proxiesAreAutoCloseable() {
    register[] out = new register[1];
    Core.register_new(out);
    try (register reg = out[0]; vn.enforcement.core.period p = new vn.enforcement.core.period()) {
      Core.report_cumulative(p, 2025, 6);
      assertEquals(LocalDate.of(2024, 10, 1), p.getFirst());
      assertEquals(LocalDate.of(2025, 3, 31), p.getLast());
      assertEquals(0, Core.register_count(reg));
    }
    StateException e = assertThrows(StateException.class, () -> Core.register_count(out[0]));
    assertEquals("reg is closed; expected an open object", e.getMessage());
  }

  @Test
  public void valuesForValues() {
    long[] parts = new long[3];
    Core.money_allocate(100, parts, new long[] {1, 1, 1});
    assertEquals(100, Arrays.stream(parts).sum());
    for (long p : parts)
      assertTrue(p == 33 || p == 34);
    long[] shortParts = {7, 7};
    InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
        () -> Core.money_allocate(100, shortParts, new long[] {1, 1, 1}));
    assertEquals("parts: the array has 2 elements; 3 needed (one per element of weights)",
        e.getMessage());
    assertArrayEquals(new long[] {7, 7}, shortParts);
  }

  /** One integer out per record in: two claims of the same tier share 600
   * VND pro rata, 400 and 200 (Art 47: pro rata within a tier). */
  @Test
  public void valuesForRecords() {
    vn.enforcement.core.claim a = new vn.enforcement.core.claim();
    vn.enforcement.core.claim b = new vn.enforcement.core.claim();
    a.setTier(vn.enforcement.core.tier.TIER_C);
    b.setTier(vn.enforcement.core.tier.TIER_C);
    a.setPrincipal(600);
    b.setPrincipal(300);
    a.setRequested(null);
    b.setRequested(null);
    vn.enforcement.core.claim[] claims = {a, b};
    try (vn.enforcement.core.payout_result r = new vn.enforcement.core.payout_result();
         vn.enforcement.core.payout_options o = new vn.enforcement.core.payout_options()) {
      long[] paid = new long[2];
      Core.payout_distribute(r, paid, claims, 600, o, null);
      assertArrayEquals(new long[] {400, 200}, paid);
      assertEquals(600, r.getTo_claims());
      long[] one = {9};
      InvalidArgumentException e = assertThrows(InvalidArgumentException.class,
          () -> Core.payout_distribute(r, one, claims, 600, o, null));
      assertTrue(e.getMessage(), e.getMessage().startsWith("paid: the array has 1 elements; 2"));
      assertArrayEquals(new long[] {9}, one);
      assertEquals(600, r.getTo_claims());
    }
    a.delete();
    b.delete();
  }

  @Test
  public void registerShapes() {
    register reg = load();
    try {
      long n = Core.register_count(reg);
      assertEquals(3000, n);
      // A value array out (two calls): every case without a filter.
      long[][] idx = new long[1][];
      Core.register_filter(idx, reg, null);
      assertEquals(n, idx[0].length);
      assertEquals(n - 1, idx[0][idx[0].length - 1]);
      // Values in (int32, checked in Java) and N + 1 counts out.
      long[] counts = new long[3];
      Core.stats_pending_age(counts, new long[] {90, 365}, reg, null, LocalDate.of(2025, 9, 30));
      assertTrue(Arrays.stream(counts).sum() > 0);
      assertThrows(RangeException.class, () -> Core.stats_pending_age(
          new long[3], new long[] {1L << 40, 365}, reg, null, LocalDate.of(2025, 9, 30)));
      assertThrows(InvalidArgumentException.class, () -> Core.stats_pending_age(
          new long[2], new long[] {90, 365}, reg, null, LocalDate.of(2025, 9, 30)));
      // Columns the caller creates: int[] for int32_t, long[] for int64_t.
      int[] decided = new int[(int) n];
      long[] owed = new long[(int) n];
      Core.register_case_columns(reg, LocalDate.of(2025, 9, 30), decided, null, null, null,
          null, null, null, owed, null, null, null);
      assertTrue(Arrays.stream(owed).sum() > 0);
      assertTrue(decided[0] > 0);
      InvalidArgumentException col = assertThrows(InvalidArgumentException.class,
          () -> Core.register_case_columns(reg, LocalDate.of(2025, 9, 30), new long[(int) n],
              null, null, null, null, null, null, null, null, null, null));
      assertTrue(col.getMessage(), col.getMessage().contains("decision_date"));
      // A borrowed case and its JSON form.
      case_[] c = new case_[1];
      Core.register_at(c, reg, 0);
      String[] json = new String[1];
      calendar[] cal = new calendar[1];
      Core.calendar_new(cal, null);
      Core.case_to_json(json, c[0], cal[0], LocalDate.of(2025, 9, 30));
      assertTrue(json[0], json[0].contains("decision_no"));
      InvalidArgumentException noCal = assertThrows(InvalidArgumentException.class,
          () -> Core.case_to_json(json, c[0], null, LocalDate.of(2025, 9, 30)));
      assertTrue(noCal.getMessage(), noCal.getMessage().contains("cal"));
      cal[0].delete();
      assertThrows(EnforcementException.class, () -> Core.register_at(c, reg, n));
      // Strings in: a null element is refused before the call.
      InvalidArgumentException dirs = assertThrows(InvalidArgumentException.class,
          () -> Core.io_load_csv_dirs(reg, new String[] {null}, 1));
      assertTrue(dirs.getMessage(), dirs.getMessage().contains("dirs[0]"));
      assertEquals(n, Core.register_count(reg));
    } finally {
      reg.delete();
    }
  }

  @Test
  public void bytesOutAndIn() {
    register reg = load();
    try {
      vn.enforcement.core.period p = new vn.enforcement.core.period();
      Core.report_cumulative(p, 2025, 12);
      stats_report[][] reps = new stats_report[1][];
      Core.stats_report_by_office(reps, reg, p);
      byte[][] bytes = new byte[1][];
      Core.stats_report_to_bytes(bytes, reps[0][0]);
      stats_report[] back = new stats_report[1];
      Core.stats_report_from_bytes(back, bytes[0]);
      assertEquals(Core.stats_report_unit(reps[0][0]), Core.stats_report_unit(back[0]));
      long[] a = new long[1];
      long[] b = new long[1];
      Core.stats_report_get(a, reps[0][0], 0, 0, Indicator.DONE.ordinal());
      Core.stats_report_get(b, back[0], 0, 0, Indicator.DONE.ordinal());
      assertEquals(a[0], b[0]);
      stats_report[] none = new stats_report[] {reps[0][0]};
      assertThrows(ParseException.class,
          () -> Core.stats_report_from_bytes(none, new byte[] {1, 2, 3}));
      assertNull(none[0]); // an object out is null on error
      back[0].delete();
      for (stats_report r : reps[0])
        r.delete();
      // A closed report in an array of objects is refused before the call.
      InvalidArgumentException closed = assertThrows(InvalidArgumentException.class,
          () -> Core.stats_table(new String[1], reps[0], 0, 0, 0));
      assertTrue(closed.getMessage(), closed.getMessage().contains("reps[0]"));
      p.delete();
    } finally {
      reg.delete();
    }
  }
}
