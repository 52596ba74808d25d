package vn.enforcement;

import java.time.LocalDate;

/** A deadline due on a case of a register's worklist (a copy: it stays
 * valid after the register is closed). */
public final class WorkItem {
  private final long caseIndex;
  private final int kind;
  private final LocalDate due;
  private final String rule;
  private final String source;

  WorkItem(long caseIndex, int kind, LocalDate due, String rule, String source) {
    this.caseIndex = caseIndex;
    this.kind = kind;
    this.due = due;
    this.rule = rule;
    this.source = source;
  }

  /** @return the case's index in the register */
  public long caseIndex() {
    return caseIndex;
  }

  /** @return the deadline kind (an enf_deadline_kind value) */
  public int kind() {
    return kind;
  }

  /** @return the due date */
  public LocalDate due() {
    return due;
  }

  /** @return the rule's id */
  public String rule() {
    return rule;
  }

  /** @return the legal source of the deadline */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return "case " + caseIndex + " due " + due + " (" + rule + ", " + source + ")";
  }
}
