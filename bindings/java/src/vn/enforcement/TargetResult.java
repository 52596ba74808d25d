package vn.enforcement;

import vn.enforcement.core.Core;
import vn.enforcement.core.locale;
import vn.enforcement.core.target_result;

/** A rate compared with its target: reached, exceeded or short, by how
 * many points (hundredths of a percentage point). */
public final class TargetResult {
  /** The verdict, in the order of enf_target_verdict. */
  public enum Verdict {
    /** the rate equals the target */
    REACHED,
    /** "vượt": above by points */
    EXCEEDED,
    /** "còn thiếu": below by points */
    SHORT
  }

  private final Verdict verdict;
  private final long points;

  TargetResult(Verdict verdict, long points) {
    this.verdict = verdict;
    this.points = points;
  }

  /** @return the verdict */
  public Verdict verdict() {
    return verdict;
  }

  /** @return |rate - target| in hundredths of a point (2114: 21.14) */
  public long points() {
    return points;
  }

  /** @return "short by 21.14 points" */
  @Override
  public String toString() {
    return format(locale.LOCALE_EN);
  }

  /** @return "còn thiếu 21,14%", as the press writes it */
  public String toVietnamese() {
    return format(locale.LOCALE_VI);
  }

  private String format(int loc) {
    target_result r = new target_result();
    try {
      r.setVerdict(verdict.ordinal());
      r.setPoints(points);
      String[] buf = new String[1];
      Core.stats_format_result(buf, r, 2, loc);
      return buf[0];
    } finally {
      r.delete();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TargetResult && ((TargetResult) o).verdict == verdict
        && ((TargetResult) o).points == points;
  }

  @Override
  public int hashCode() {
    return verdict.hashCode() * 31 + Long.hashCode(points);
  }
}
