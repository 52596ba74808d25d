package vn.enforcement;

/** The rows of the indicator table, in the order (and with the codes) of
 * enf_indicator: ordinal() is the C value. */
public enum Indicator {
  /** from earlier periods */
  CARRIED_OVER,
  /** decided within the period */
  RECEIVED,
  /** carried over + received */
  TOTAL,
  /** entrusted out */
  ENTRUSTED,
  /** decisions withdrawn or annulled */
  WITHDRAWN,
  /** total - entrusted - withdrawn */
  TO_ENFORCE,
  /** có điều kiện */
  WITH_MEANS,
  /** done */
  DONE,
  /** with means, not done at the end */
  BEING_ENFORCED,
  /** postponed under Art 48(1)(c) */
  POSTPONED_AGREEMENT,
  /** decided, not yet classified */
  WITH_MEANS_OTHER,
  /** chưa có điều kiện */
  WITHOUT_MEANS,
  /** moved to the separate book */
  SEPARATE_BOOK,
  /** request returned */
  RETURNED,
  /** to enforce - done */
  CARRIED_NEXT
}
