"""A seized asset's sale in the case log, from Python: each step checked
by the auction engine under the law of its date, the asset's status on a
date, the sale replayed from the log, the CSV and JSON round trip, bad
input, and interest running to the handover taken from the case.

The case is SOMECO1 of the Lạng Sơn article (a debt of 199.1 bn VND, 7
auctions after 6 cuts, sold on 26 Dec 2024, handed over on 3 Apr 2025);
the value (130 bn) and the dates of the single steps are chosen within
Law 26/2008 Art 104 as amended 2014 (each cut at most 10%) and Law
01/2016 Art 35 (15 days' posting of real estate)."""
import datetime as dt
import unittest

import enforcement as enf
from enforcement import auction, cases, payout

D = dt.date
BN = 1_000_000_000
# Auction 1 at the value, then each cut 10% of the price before it.
P = [None, 130 * BN, 117 * BN, 105_300_000_000, 94_770_000_000,
     85_293_000_000, 76_763_700_000, 69_087_330_000]
SALE = [
    ("auction_failed", D(2023, 7, 20), 0, P[1]),
    ("price_cut", D(2023, 8, 14), 0, P[2]),
    ("auction_failed", D(2023, 9, 14), 0, P[2]),
    ("price_cut", D(2023, 10, 5), 0, P[3]),
    ("auction_failed", D(2023, 11, 9), 0, P[3]),
    ("creditor_answered", D(2023, 11, 20), False, 0),
    ("price_cut", D(2023, 12, 7), 0, P[4]),
    ("auction_failed", D(2024, 1, 11), 0, P[4]),
    ("creditor_answered", D(2024, 1, 22), False, 0),
    ("price_cut", D(2024, 3, 7), 0, P[5]),
    ("auction_failed", D(2024, 4, 11), 0, P[5]),
    ("creditor_answered", D(2024, 4, 22), False, 0),
    ("price_cut", D(2024, 6, 6), 0, P[6]),
    ("auction_failed", D(2024, 7, 11), 0, P[6]),
    ("creditor_answered", D(2024, 7, 22), False, 0),
    ("price_cut", D(2024, 10, 10), 0, P[7]),
    ("asset_sold", D(2024, 12, 26), 0, 72_900_000_000),
    ("asset_handed_over", D(2025, 4, 3), 0, 0),
]


def someco(n=len(SALE)):
    c = cases.Case("LS-BG", "12/QĐ-CCTHADS", decision_date=D(2022, 3, 7))
    c.add_party("debtor", "Công ty cổ phần Năng lượng SOMECO1",
                kind="organisation")
    c.add_party("creditor", "Ngân hàng nhận thế chấp", kind="organisation")
    c.add_obligation("bank_credit", 199_100_000_000, debtor=0, creditor=1)
    c.add_asset("real_estate", "Dự án thủy điện Bắc Giang (Vằng Puộc)",
                security="mortgage", secured_amount=199_100_000_000)
    c.apply_checked("request_received", D(2022, 3, 1))
    c.apply_checked("decision_issued", D(2022, 3, 7))
    c.apply_checked("decision_notified", D(2022, 3, 10))
    c.apply_checked("verified", D(2022, 4, 15), detail=True)
    c.apply_checked("asset_seized", D(2022, 11, 15), asset=0)
    c.apply_checked("asset_appraised", D(2023, 6, 20), amount=P[1], asset=0)
    for kind, date, detail, amount in SALE[:n]:
        c.apply_checked(kind, date, detail=detail, amount=amount, asset=0)
    return c


class TestSale(unittest.TestCase):
    def test_status_on_dates(self):
        c = someco()
        s = c.asset_status(0, D(2023, 12, 31))
        self.assertEqual((s["stage"], s["auctions"], s["cuts"], s["price"]),
                         ("in_auction", 3, 3, P[4]))
        s = c.asset_status(0, D(2024, 12, 31))
        self.assertEqual(s["stage"], "sold")
        self.assertEqual((s["auctions"], s["cuts"]), (7, 6))
        self.assertEqual(s["sale_price"], 72_900_000_000)
        self.assertEqual(s["sold_on"], D(2024, 12, 26))
        self.assertIsNone(s["handed_over"])
        s = c.asset_status(0, D(2025, 4, 3))
        self.assertEqual(s["stage"], "handed_over")
        self.assertEqual(s["handed_over"], D(2025, 4, 3))
        self.assertEqual(c.asset_status(0, D(2022, 12, 1))["stage"],
                         "seized")
        answers = [e["detail"] for e in c.events
                   if e["kind"] == "creditor_answered"]
        self.assertEqual(answers, [False] * 4)
        self.assertEqual(cases.ASSET_STAGES[4], "sold")

    def test_sale_from_the_log(self):
        sale = someco().sale(0)
        st = sale.state
        self.assertEqual((st["phase"], st["round"], st["cuts"]),
                         ("sold", 7, 6))
        self.assertEqual(st["proceeds"], 72_900_000_000)
        self.assertIsInstance(sale, auction.Sale)
        # After 1 Jul 2026 a step follows the new law (Decree 152 Art 115);
        # with a rule set given, that set's.
        c = someco(0)
        c.apply_checked("auction_failed", D(2026, 6, 4), amount=P[1],
                        asset=0)
        c.apply_checked("price_cut", D(2026, 7, 6), amount=P[2], asset=0)
        self.assertIn("Law 106/2025", c.sale(0).steps[-1]["source"])
        old = auction.Rules("VN-2014")
        self.assertIn("Law 26/2008", c.sale(0, rules=old).steps[-1]["source"])

    def test_unlawful_steps_refused(self):
        c = someco(3)  # auction 2 failed at 117 bn
        n = len(c.events)
        with self.assertRaisesRegex(enf.RangeError, "Art 104"):
            c.apply_checked("price_cut", D(2023, 10, 5), amount=100 * BN,
                            asset=0)
        self.assertEqual(len(c.events), n)
        c = someco(2)  # cut to 117 bn on 14 Aug 2023
        with self.assertRaisesRegex(enf.RangeError, "Law 01/2016"):
            c.apply_checked("auction_failed", D(2023, 8, 21), amount=117 * BN,
                            asset=0)
        c = someco(5)  # auction 3 failed: the creditor answers first
        with self.assertRaises(enf.StateError):
            c.apply_checked("price_cut", D(2023, 12, 7), amount=P[4],
                            asset=0)
        # The model alone records it; the law is the engine's.
        c.apply("creditor_answered", D(2023, 11, 20), detail=True, asset=0)
        self.assertTrue(c.asset_status(0, D(2023, 11, 20))["creditor_takes"])

    def test_bad_input(self):
        c = someco(1)
        n = len(c.events)
        with self.assertRaises(enf.RangeError):
            c.asset_status(3, D(2024, 1, 1))
        with self.assertRaises(enf.ArgumentTypeError):
            c.asset_status("0", D(2024, 1, 1))
        with self.assertRaises(enf.ArgumentTypeError):
            c.apply_checked("price_cut", D(2023, 8, 14), amount=1.5, asset=0)
        with self.assertRaises(enf.InvalidArgumentError):
            c.apply_checked("price_cut", D(2023, 8, 14), amount=P[2],
                            asset=0, costs=-1)
        with self.assertRaises(enf.RangeError):
            c.sale(5)
        self.assertEqual(len(c.events), n)
        bare = cases.Case("LS-BG", "1/QĐ")
        bare.add_party("debtor", "An")
        bare.add_asset("movable", "xe")
        with self.assertRaises(enf.NotFoundError):
            bare.sale(0)

    def test_csv_json_round_trip(self):
        reg = enf.Register()
        reg.add(someco())
        back = enf.Register()
        back.import_csv(*[reg.export_csv(e) for e in cases.ENTITIES])
        self.assertEqual(back[0].asset_status(0, D(2025, 4, 3)),
                         reg[0].asset_status(0, D(2025, 4, 3)))
        text = reg.export_json()
        self.assertIn('"price_cut"', text)
        back = enf.Register()
        back.import_json(text)
        self.assertEqual(back.export_json(), text)
        bad = reg.export_csv("events").replace("price_cut,0,105300000000",
                                               "price_cut,0,100000000000")
        back = enf.Register()
        csv = [reg.export_csv(e) for e in cases.ENTITIES[:4]]
        with self.assertRaisesRegex(enf.RangeError, "events.csv"):
            back.import_csv(*csv, bad)
        self.assertEqual(len(back), 0)

    def test_interest_to_handover(self):
        # Decree 152/2026 Art 29(2): interest runs to the handover. 100 m
        # claim, a house sold for 50 m, collected 1 Aug 2026, handed over
        # 30 Sep 2026: 10%/year on 100 m for 92 days = 2,520,548.
        c = cases.Case("LS-01", "40/QĐ-THADS")
        c.add_party("debtor", "Trần Văn Bình")
        c.add_party("creditor", "Lê Thị Cúc")
        c.add_obligation("other_money", 100_000_000, debtor=0, creditor=1)
        c.add_asset("real_estate", "nhà số 3")
        for kind, date, detail, amount, asset in (
                ("request_received", D(2026, 5, 4), 0, 0, None),
                ("decision_issued", D(2026, 5, 6), 0, 0, None),
                ("classified", D(2026, 5, 20), True, 0, None),
                ("asset_seized", D(2026, 5, 25), 0, 0, 0),
                ("asset_appraised", D(2026, 6, 15), 0, 50_000_000, 0),
                ("asset_sold", D(2026, 7, 20), 0, 50_000_000, 0),
                ("collected", D(2026, 8, 1), 0, 50_000_000, None),
                ("asset_handed_over", D(2026, 9, 30), 0, 0, 0)):
            c.apply_checked(kind, date, detail=detail, amount=amount,
                            asset=asset)
        s = c.asset_status(0, D(2026, 9, 30))
        ledger = payout.Ledger()
        ledger.add_claim("c", 100_000_000, D(2026, 7, 1))
        ledger.collect(D(2026, 8, 1), s["sale_price"], fees=False,
                       delivered=s["handed_over"])
        self.assertEqual(ledger.balance_on(D(2026, 9, 30))["interest"],
                         2_520_548)


if __name__ == "__main__":
    unittest.main()
