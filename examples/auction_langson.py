"""The Lạng Sơn hydropower case from Python (the same story as
auction_langson.c): sold for about 73 bn VND at the 7th auction after 6
cuts, on 26 Dec 2024, against a debt of 199.1 bn VND."""
import datetime as dt

import enforcement as enf
from enforcement import auction

DEBT, SOLD = 199_100_000_000, 73_000_000_000
SALE_DAY = dt.date(2024, 12, 26)


def vnd(m):
    return enf.format_money(m, "en")


rules = auction.Rules.on("VN", SALE_DAY)
print("Rules in force on 2024-12-26: %s, %s" % (rules.id,
                                                 rules.info["title"]))
b = rules.first_price_range(6, SOLD)
print("A sale at %s at auction 7, after 6 cuts:" % vnd(SOLD))
print("  first starting price between %s and %s" %
      (vnd(b["first_lo"]), vnd(b["first_hi"])))
print("  the highest is %.1f%% of the %s debt" %
      (100.0 * b["first_hi"] / DEBT, vnd(DEBT)))

sale = auction.Sale(rules, value=b["first_hi"], debt=DEBT)
print("\nWhat the law allowed after each failed auction:")
for k in range(1, 7):
    sale.fail()
    st = sale.state
    print("  auction %d at %s failed: next price %s .. %s%s" % (
        k, vnd(st["price"]), vnd(st["next_min"]), vnd(st["price"] - 1),
        "; the creditor may take the asset" if st["offer_open"] else ""))
    if st["offer_open"]:
        sale.decline()
    sale.cut(sale.state["next_min"])
sale.sell(SOLD, SALE_DAY)

print("\nReplay from %s, every cut the largest allowed:" %
      vnd(b["first_hi"]))
print("  %-5s %-9s %22s %22s  %s" % ("round", "step", "starting price",
                                     "amount", "rule (source)"))
for s in sale.steps:
    print("  %-5d %-9s %22s %22s  %s (%s)" % (
        s["round"], s["kind"], vnd(s["price"]), vnd(s["amount"]),
        s["rule"], s["source"]))
st = sale.state
print("Ended: %s in round %d at %s; %s of the debt left." %
      (st["phase"], st["round"], vnd(st["proceeds"]),
       vnd(DEBT - st["proceeds"])))

slow = auction.Sale(rules, value=b["first_hi"], debt=DEBT)
slow.plan(cut_ppm=50_000, max_rounds=7)
print("\nWith 5%% cuts from the same start, auction 7 would open at %s."
      % vnd(slow.state["price"]))
