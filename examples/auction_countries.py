"""One asset appraised at 1,000,000,000 sold under each built-in rule set,
every auction failing (the same table as auction_countries.c); with a file
name as argument, writes the SVG price-ladder chart there."""
import sys

from enforcement import auction

VALUE = 1_000_000_000
sales = []
print("%-12s %s" % ("rules", "starting price of each auction, % of the "
                             "value -> end"))
for rid in auction.Rules.ids():
    sale = auction.Sale(rid, value=VALUE, costs=50_000_000,
                        debt=800_000_000)
    sale.plan(max_rounds=8)
    prices = [s["price"] for s in sale.steps if s["kind"] == "failed"]
    st = sale.state
    print("%-12s%s -> %s after auction %d" % (
        rid, "".join(" %5.1f" % (100.0 * p / VALUE) for p in prices),
        st["phase"], st["round"]))
    sales.append(sale)

chart = auction.svg(sales, "Starting price by auction, % of the value")
if len(sys.argv) > 1:
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write(chart)
    print("wrote %s (%d bytes)" % (sys.argv[1], len(chart.encode())))
else:
    print("SVG chart: %d bytes (pass a file name to write it)"
          % len(chart.encode()))
