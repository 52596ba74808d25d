package vn.enforcement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import org.junit.Test;
import vn.enforcement.core.Core;
import vn.enforcement.core.case_;
import vn.enforcement.core.case_status;
import vn.enforcement.core.correction;
import vn.enforcement.core.correction_kind;
import vn.enforcement.core.event;
import vn.enforcement.core.event_kind;
import vn.enforcement.core.judgment_kind;
import vn.enforcement.core.mode;
import vn.enforcement.core.obligation;
import vn.enforcement.core.obligation_kind;
import vn.enforcement.core.party_kind;
import vn.enforcement.core.party_role;

/** Corrections through the generated layer (correct.h): an event entered
 * with the wrong date is replaced, the state before and after, the record
 * with the value it replaced, the case as known before the correction, and
 * a correction the transition table refuses. M = 1,000,000 VND. */
public class CorrectTest {
  private static final long M = 1_000_000L;

  private static void apply(case_ c, int kind, LocalDate date, int detail, long amount) {
    try (event e = new event()) {
      e.setKind(kind);
      e.setDate(date);
      e.setDetail(detail);
      e.setAmount(amount);
      e.setAsset(Core.INDEX_NONE);
      Core.case_apply(c, e);
    }
  }

  /** A case owing 200 M, with means from 20 September 2025; seq 2: 50 M
   * entered as collected on 20 March 2026, which the receipt dates 10
   * March. */
  private static case_ wrongDate() {
    case_[] c = new case_[1];
    Core.case_new(c, "LS-01", "K-01", null, mode.MODE_AGENCY, null, null, null,
        judgment_kind.JUDGMENT_CIVIL, 0);
    long[] index = new long[1];
    Core.case_add_party(index, c[0], party_role.PARTY_DEBTOR, party_kind.PARTY_PERSON,
        "Hoàng Văn Nam", null);
    Core.case_add_party(index, c[0], party_role.PARTY_CREDITOR, party_kind.PARTY_PERSON,
        "Lý Thị Mai", null);
    try (obligation o = new obligation()) {
      o.setKind(obligation_kind.OBL_OTHER_MONEY);
      o.setAmount(200 * M);
      o.setDebtor(0);
      o.setCreditor(1);
      Core.case_add_obligation(index, c[0], o);
    }
    apply(c[0], event_kind.EV_DECISION_ISSUED, LocalDate.of(2025, 9, 10), 0, 0);
    apply(c[0], event_kind.EV_CLASSIFIED, LocalDate.of(2025, 9, 20), 1, 0);
    apply(c[0], event_kind.EV_COLLECTED, LocalDate.of(2026, 3, 20), 0, 50 * M);
    return c[0];
  }

  private static long collectedOn(case_ c, LocalDate date) {
    try (case_status s = new case_status()) {
      Core.case_status_on(s, c, date);
      return s.getCollected();
    }
  }

  private static correction replaceDate(LocalDate recorded, long seq, LocalDate date) {
    correction corr = new correction();
    corr.setKind(correction_kind.CORRECT_REPLACE);
    corr.setRecorded(recorded);
    corr.setTarget(seq);
    try (event e = new event()) {
      e.setKind(event_kind.EV_COLLECTED);
      e.setDate(date);
      e.setAmount(50 * M);
      e.setAsset(Core.INDEX_NONE);
      corr.setEvent(e);
    }
    return corr;
  }

  @Test
  public void aWrongDateReplaced() {
    try (case_ c = wrongDate();
         correction corr = replaceDate(LocalDate.of(2026, 3, 25), 2, LocalDate.of(2026, 3, 10))) {
      // Before: nothing collected by 15 March; after: the 50 M.
      assertEquals(0, collectedOn(c, LocalDate.of(2026, 3, 15)));
      Core.case_correct(c, corr, "receipt dated 10 March", "clerk 7", null, null, null, null,
          null, null, null);
      assertEquals(50 * M, collectedOn(c, LocalDate.of(2026, 3, 15)));
      assertEquals(1, Core.case_correction_count(c));
      try (correction made = new correction(); correction before = new correction();
           event entry = new event()) {
        Core.case_correction(made, before, c, 0);
        assertEquals(correction_kind.CORRECT_REPLACE, made.getKind());
        assertEquals("replace", Core.correction_kind_name(made.getKind()));
        assertEquals(LocalDate.of(2026, 3, 25), made.getRecorded());
        assertEquals("receipt dated 10 March", made.getReason());
        assertEquals("clerk 7", made.getAuthor());
        assertEquals(LocalDate.of(2026, 3, 10), made.getEvent().getDate());
        assertEquals(LocalDate.of(2026, 3, 20), before.getEvent().getDate());
        Core.case_entry(entry, c, 2);
        assertEquals(LocalDate.of(2026, 3, 20), entry.getDate());
      }
      long[] seq = new long[1];
      Core.case_event_seq(seq, c, 2);
      assertEquals(2, seq[0]);
      assertNull(Core.case_withdrawn_in_error(c));
      String[] text = new String[1];
      Core.case_history_text(text, c);
      assertTrue(text[0], text[0].contains("2026-03-20") && text[0].contains("2026-03-10"));
      assertTrue(text[0], text[0].contains("clerk 7"));
      // As known on 24 March, before the correction: the old date.
      case_[] old = new case_[1];
      Core.case_as_known(old, c, LocalDate.of(2026, 3, 24));
      try (case_ o = old[0]) {
        assertEquals(0, collectedOn(o, LocalDate.of(2026, 3, 15)));
        assertEquals(0, Core.case_correction_count(o));
      }
    }
  }

  @Test
  public void aRefusedCorrectionLeavesTheCase() {
    try (case_ c = wrongDate(); correction corr = new correction()) {
      // Voiding the decision leaves a collection no decision allows.
      corr.setKind(correction_kind.CORRECT_VOID);
      corr.setRecorded(LocalDate.of(2026, 3, 25));
      corr.setTarget(0);
      StateException e = assertThrows(StateException.class,
          () -> Core.case_correct(c, corr, "no decision", null, null, null, null, null, null, null,
              null));
      assertEquals(e.getMessage(), Core.last_error());
      assertEquals(0, Core.case_correction_count(c));
      assertEquals(50 * M, collectedOn(c, LocalDate.of(2026, 3, 31)));
      // An empty reason, and a seq the case never had.
      corr.setTarget(2);
      assertThrows(InvalidArgumentException.class,
          () -> Core.case_correct(c, corr, "", null, null, null, null, null, null, null, null));
      corr.setTarget(9);
      assertThrows(InvalidArgumentException.class,
          () -> Core.case_correct(c, corr, "why", null, null, null, null, null, null, null, null));
      assertEquals(0, Core.case_correction_count(c));
    }
  }
}
