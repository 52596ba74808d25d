"""The SOMECO1 case from Python (the same story as someco1.c; Báo Lạng Sơn,
2025, "Không để án đọng trên giấy"): the Bình Gia district office took it
over in 2022; the mortgaged hydropower project, appraised by a hired firm,
sold for nearly 73 bn VND on 26 Dec 2024 after 6 price reductions and 7
auctions, and was handed over to the buyer on 3 Apr 2025, resolving a case
of 199.1 bn VND.

Not in the article, chosen within the law of the day (Law 26/2008 Art 104
as amended 2014, Law 01/2016 Art 35) and checked step by step by the
auction engine: the decision number, the dates before the sale, the value
(130 bn VND), every cut the largest allowed (10%), the date of each
auction and cut, the creditor declining the asset after auctions 3-6, the
sale at 72.9 bn above auction 7's starting price, the collection and
payment dates, and the case closed as done on the handover day.
"""
import datetime as dt
import os
import sys

import enforcement as enf
from enforcement import cases

BN = 1_000_000_000
D = dt.date
LOG = [
    ("request_received", D(2022, 3, 1), 0, 0, None),
    ("decision_issued", D(2022, 3, 7), 0, 0, None),
    ("decision_notified", D(2022, 3, 10), 0, 0, None),
    ("verified", D(2022, 4, 15), True, 0, None),
    ("asset_seized", D(2022, 11, 15), 0, 0, 0),
    ("asset_appraised", D(2023, 6, 20), 0, 130 * BN, 0),
    ("auction_failed", D(2023, 7, 20), 0, 130 * BN, 0),
    ("price_cut", D(2023, 8, 14), 0, 117 * BN, 0),
    ("auction_failed", D(2023, 9, 14), 0, 117 * BN, 0),
    ("price_cut", D(2023, 10, 5), 0, 105_300_000_000, 0),
    ("auction_failed", D(2023, 11, 9), 0, 105_300_000_000, 0),
    ("creditor_answered", D(2023, 11, 20), False, 0, 0),
    ("price_cut", D(2023, 12, 7), 0, 94_770_000_000, 0),
    ("auction_failed", D(2024, 1, 11), 0, 94_770_000_000, 0),
    ("creditor_answered", D(2024, 1, 22), False, 0, 0),
    ("price_cut", D(2024, 3, 7), 0, 85_293_000_000, 0),
    ("auction_failed", D(2024, 4, 11), 0, 85_293_000_000, 0),
    ("creditor_answered", D(2024, 4, 22), False, 0, 0),
    ("price_cut", D(2024, 6, 6), 0, 76_763_700_000, 0),
    ("auction_failed", D(2024, 7, 11), 0, 76_763_700_000, 0),
    ("creditor_answered", D(2024, 7, 22), False, 0, 0),
    ("price_cut", D(2024, 10, 10), 0, 69_087_330_000, 0),
    ("asset_sold", D(2024, 12, 26), 0, 72_900_000_000, 0),
    ("collected", D(2025, 1, 24), 0, 72_900_000_000, None),
    ("asset_handed_over", D(2025, 4, 3), 0, 0, 0),
    ("done", D(2025, 4, 3), 0, 0, None),
    ("paid_out", D(2025, 4, 10), 0, 72_900_000_000, None),
]


def vnd(m):
    return enf.format_money(m, "en")


def someco1(n=len(LOG)):
    """The case with the first n entries of its log, each checked."""
    c = cases.Case("LS-BG", "01/2022/QĐ-CCTHADS", decision_date=D(2022, 3, 7),
                   mode="request", judgment_kind="commercial")
    c.add_party("debtor", "Công ty cổ phần Năng lượng SOMECO1",
                kind="organisation")
    c.add_party("creditor", "Ngân hàng nhận thế chấp (not named)",
                kind="organisation")
    c.add_obligation("bank_credit", 199_100_000_000, debtor=0, creditor=1)
    c.add_asset("real_estate", "Dự án thủy điện Bắc Giang (Vằng Puộc), xã "
                "Quý Hòa, huyện Bình Gia", owner=0, security="mortgage",
                secured_amount=199_100_000_000)
    for kind, date, detail, amount, asset in LOG[:n]:
        c.apply_checked(kind, date, detail=detail, amount=amount,
                        asset=asset)
    return c


case = someco1()
print("History of case 01/2022/QĐ-CCTHADS (office LS-BG):")
for e in case.events:
    extra = ""
    if e["kind"] == "creditor_answered":
        extra = "takes the asset" if e["detail"] else "declines the asset"
    elif e["amount"]:
        extra = vnd(e["amount"])
    print("  %s  %-18s %s" % (e["date"], e["kind"], extra))

print("\nThe sale replayed by the auction engine:")
for s in case.sale(0).steps:
    print("  %d %-9s %s start %s (%s)" % (s["round"], s["kind"], s["date"],
                                          vnd(s["price"]), s["source"]))

for day in (D(2024, 12, 31), D(2025, 4, 3)):
    st, a = case.status_on(day), case.asset_status(0, day)
    print("\nOn %s: case %s, collected %s, outstanding %s" % (
        day, st["state"], vnd(st["collected"]), vnd(st["outstanding"])))
    print("  asset: %s since %s; %d auctions, %d cuts; starting price %s" % (
        a["stage"], a["since"], a["auctions"], a["cuts"], vnd(a["price"])))
    print("  sale price %s on %s; handed over %s" % (
        vnd(a["sale_price"]), a["sold_on"], a["handed_over"] or "-"))

here = os.path.dirname(os.path.abspath(__file__))
data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "data",
                                                          "sample")
year = enf.period_cumulative(2025, 12)
reg = enf.Register.load_csv_dir(data)
without = enf.Report.from_register(reg, "LS-BG", year, office="LS-BG")
reg.add(someco1())
with_ = enf.Report.from_register(reg, "LS-BG", year, office="LS-BG")
print("\nBình Gia office (LS-BG), enforcement year 2025; the other cases "
      "are the synthetic sample:")
for label, r in (("without SOMECO1", without), ("with SOMECO1", with_)):
    print("  %-16s %d of %d cases = %s; %s of %s = %s" % (
        label, r.get("done"), r.get("with_means"), r.rate("cases"),
        vnd(r.get("done", "money")), vnd(r.get("with_means", "money")),
        r.rate("money")))

print("\nUnlawful variants, refused as they are entered:")
for n, kind, date, amount, what in (
        (9, "price_cut", D(2023, 10, 5), 100 * BN,
         "A cut to 100 bn after auction 2 at 117 bn (14.5%)"),
        (8, "auction_failed", D(2023, 8, 21), 117 * BN,
         "Auction 2 held on 21 Aug 2023, 7 days after the cut"),
        (11, "price_cut", D(2023, 12, 7), 94_770_000_000,
         "A cut after auction 3 before the creditor answered the offer")):
    c = someco1(n)
    try:
        c.apply_checked(kind, date, amount=amount, asset=0)
    except enf.Error as e:
        print("%s:\n  %s: %s" % (what, type(e).__name__, e))
    else:
        raise SystemExit("the law must refuse: " + what)
