package vn.enforcement;

import vn.enforcement.core.Core;
import vn.enforcement.core.auction;
import vn.enforcement.core.auction_event;
import vn.enforcement.core.auction_event_kind;
import vn.enforcement.core.auction_options;
import vn.enforcement.core.auction_rules;
import vn.enforcement.core.auction_state;

/**
 * The forced sale of a seized asset under a rule set ("VN-2014": Law
 * 26/2008 as amended, Art 104): auctions, price reductions after each
 * failed one, the creditor's option. Every step is checked: an illegal
 * one throws RangeException or StateException naming the round, the rule
 * and its article, and leaves the sale unchanged. Owns C memory: close it.
 */
public final class Sale implements AutoCloseable {
  private auction sale;
  private auction_rules rules;

  /**
   * A sale ready for auction 1.
   * @param rules a built-in rule set id ("VN-2014", "VN-2026")
   * @param value the appraised value, VND, above 0
   * @throws NotFoundException an unknown rule set
   * @throws InvalidArgumentException a value of 0 or less
   */
  public Sale(String rules, long value) {
    if (rules == null)
      throw new InvalidArgumentException("Sale: rules is null");
    auction_rules[] r = new auction_rules[1];
    Core.auction_rules_builtin(r, rules);
    auction_options o = new auction_options();
    try {
      o.setValue(value);
      auction[] s = new auction[1];
      Core.auction_new(s, r[0], o);
      this.rules = r[0];
      this.sale = s[0];
    } catch (RuntimeException e) {
      r[0].delete();
      throw e;
    } finally {
      o.delete();
    }
  }

  synchronized auction handle() {
    if (sale == null)
      throw new StateException("Sale: the sale is closed");
    return sale;
  }

  private void apply(int kind, long amount) {
    auction_event e = new auction_event();
    try {
      e.setKind(kind);
      e.setDate(null);
      e.setAmount(amount);
      Core.auction_apply(handle(), e);
    } finally {
      e.delete();
    }
  }

  /** The auction of the round failed. */
  public void fail() {
    apply(auction_event_kind.AUCTION_FAILED, 0);
  }

  /** @param price the new starting price (VND) after a failed auction */
  public void cut(long price) {
    apply(auction_event_kind.AUCTION_CUT, price);
  }

  /** @param price the price sold at (VND) */
  public void sell(long price) {
    apply(auction_event_kind.AUCTION_SOLD, price);
  }

  private auction_state state() {
    auction_state st = new auction_state();
    Core.auction_state_get(st, handle());
    return st;
  }

  /** @return the current (or last) auction, from 1 */
  public int round() {
    auction_state st = state();
    try {
      return st.getRound();
    } finally {
      st.delete();
    }
  }

  /** @return the starting price of the current round, VND */
  public long price() {
    auction_state st = state();
    try {
      return st.getPrice();
    } finally {
      st.delete();
    }
  }

  /** @return the number of price reductions so far */
  public int cuts() {
    auction_state st = state();
    try {
      return st.getCuts();
    } finally {
      st.delete();
    }
  }

  /** @return the sale's trail as JSON text */
  public String toJson() {
    String[] out = new String[1];
    Core.auction_to_json(out, handle());
    return out[0];
  }

  /** Frees the sale and its rule set; a second close does nothing. */
  @Override
  public synchronized void close() {
    if (sale != null) {
      sale.delete();
      sale = null;
    }
    if (rules != null) {
      rules.delete();
      rules = null;
    }
  }
}
