"""Auction rule sets and sales through the bindings, with values from the
laws (Vietnam Art 104, Japan Art 60, China Fa Shi [2016] 18, Poland KPC)
and hand calculations in the comments."""
import datetime as dt
import json
import unittest

import enforcement as enf
from enforcement import auction

D = dt.date
M = 1_000_000  # one million VND


def failed_prices(sale):
    return [s["price"] for s in sale.steps if s["kind"] == "failed"]


class TestRules(unittest.TestCase):
    def test_builtins(self):
        ids = auction.Rules.ids()
        for rid in ("VN-2008", "VN-2014", "VN-2026", "JP", "CN", "PL-realty",
                    "DE", "RU", "KR", "UA", "US-OH"):
            self.assertIn(rid, ids)
        for rid in ids:
            r = auction.Rules(rid)
            self.assertEqual(r.id, rid)
            # The text is the rule set: written and read back, the same.
            self.assertEqual(auction.Rules.parse(r.text).text, r.text)

    def test_effective_dates(self):
        self.assertEqual(auction.Rules.on("VN", D(2015, 6, 30)).id, "VN-2008")
        self.assertEqual(auction.Rules.on("VN", D(2015, 7, 1)).id, "VN-2014")
        self.assertEqual(auction.Rules.on("VN", D(2026, 7, 1)).id, "VN-2026")
        with self.assertRaises(enf.RangeError):
            auction.Rules.on("VN", D(2009, 6, 30))
        with self.assertRaises(enf.NotFoundError):
            auction.Rules.on("XX", D(2025, 1, 1))
        info = auction.Rules("VN-2014").info
        self.assertEqual(info["from"], D(2015, 7, 1))
        self.assertEqual(info["takeover_after"], 3)
        self.assertTrue(info["takeover_at_floor"])
        self.assertFalse(info["floor_strict"])
        # Decree 152/2026 Art 65(6): from the failure of the auction held
        # after the 2nd cut, auction 3, as under the 2014 Art 104(2).
        self.assertEqual(auction.Rules("VN-2026").info["takeover_after"], 3)
        # The 2008 text: the option only at the floor, strictly below the
        # costs (Art 104 as first enacted).
        old = auction.Rules("VN-2008").info
        self.assertEqual(old["takeover_after"], 0)
        self.assertTrue(old["takeover_at_floor"])
        self.assertTrue(old["floor_strict"])

    def test_parse_errors_name_the_line(self):
        with self.assertRaises(enf.ParseError) as cm:
            auction.Rules.parse("rules X\nround 1 price 1 1 1 of value\n"
                                "bogus word\n")
        self.assertIn("line 3", str(cm.exception))
        with self.assertRaises(enf.NotFoundError):
            auction.Rules("nowhere")

    def test_override_a_u_parameter(self):
        # Law 106's cap is unchecked (U): a caller may set 5% instead.
        r = auction.Rules.parse(
            "rules VN-2026-5pct\nextends VN-2026\n"
            "round 2 cut 0 1/20 1/20 of previous\n")
        sale = auction.Sale(r, value=100 * M)
        sale.fail()
        with self.assertRaises(enf.RangeError):
            sale.cut(94_999_999)
        sale.cut(95 * M)


class TestSaleVietnam(unittest.TestCase):
    def test_cap_names_round_rule_and_source(self):
        sale = auction.Sale("VN-2014", value=100 * M)
        sale.fail()
        sale.cut(90 * M)  # 10% of 100 m: the cap, allowed
        sale.fail()
        before = sale.state
        # 10% of 90 m is 9 m: a cut to 80,999,999 is 9,000,001.
        with self.assertRaises(enf.RangeError) as cm:
            sale.cut(80_999_999)
        msg = str(cm.exception)
        self.assertIn("round", msg)
        self.assertIn("Art 104", msg)
        self.assertEqual(sale.state, before)  # unchanged
        sale.cut(81 * M)
        self.assertEqual(sale.state["price"], 81 * M)
        self.assertEqual(sale.state["cuts"], 2)

    def test_creditor_option_opens_after_auction_3(self):
        sale = auction.Sale("VN-2014", value=100 * M, debt=200 * M)
        sale.fail()
        self.assertFalse(sale.state["offer_open"])
        with self.assertRaises(enf.StateError):
            sale.accept()
        sale.cut(90 * M)
        sale.fail()
        self.assertFalse(sale.state["offer_open"])
        sale.cut(81 * M)
        sale.fail()  # the auction after the 2nd reduction fails
        self.assertTrue(sale.state["offer_open"])
        self.assertEqual(sale.steps[-1]["kind"], "offered")
        with self.assertRaises(enf.StateError):
            sale.cut(73 * M)  # the creditor must answer first
        sale.decline()
        sale.cut(72_900_000)
        self.assertEqual(sale.state["phase"], "ready")

    def test_new_law_offers_after_auction_3(self):
        # Decree 152/2026 Art 65(6): "Từ sau lần giảm giá thứ hai trở đi
        # mà tài sản đấu giá không thành": not after auction 2 (one cut).
        sale = auction.Sale("VN-2026", value=100 * M)
        sale.fail()
        sale.cut(90 * M)
        sale.fail()
        self.assertFalse(sale.state["offer_open"])
        with self.assertRaises(enf.StateError):
            sale.accept()
        sale.cut(81 * M)
        sale.fail()
        self.assertTrue(sale.state["offer_open"])

    def test_2008_floor_is_strictly_below_costs(self):
        # Art 104 (2008 text): at a price equal to the costs another cut
        # is lawful; below them the creditor is offered the asset.
        sale = auction.Sale("VN-2008", value=100 * M, costs=90 * M)
        sale.fail()
        sale.cut(90 * M)
        sale.fail()
        self.assertFalse(sale.state["at_floor"])
        self.assertFalse(sale.state["offer_open"])
        sale.cut(80 * M)
        sale.fail()
        self.assertTrue(sale.state["at_floor"])
        self.assertTrue(sale.state["offer_open"])

    def test_state_budget_has_no_option(self):
        sale = auction.Sale("VN-2014", value=100 * M, state_budget=True)
        sale.plan(max_rounds=6)
        self.assertNotIn("offered", [s["kind"] for s in sale.steps])

    def test_floor_returns_the_asset(self):
        # Costs of 85 m: after one 10% cut the price (90 m) is above them,
        # after the second (81 m) at or below: no further cut, returned.
        sale = auction.Sale("VN-2014", value=100 * M, costs=85 * M)
        sale.plan()
        self.assertEqual(sale.state["phase"], "returned")
        self.assertEqual(failed_prices(sale)[-1], 81 * M)

    def test_redemption(self):
        sale = auction.Sale("VN-2014", value=100 * M, debt=60 * M,
                            costs=5 * M)
        with self.assertRaises(enf.RangeError):
            sale.redeem(65 * M - 1)
        sale.redeem(65 * M)
        self.assertEqual(sale.state["phase"], "redeemed")
        with self.assertRaises(enf.StateError):
            sale.fail()

    def test_takeover_path(self):
        sale = auction.Sale("VN-2014", value=100 * M, debt=200 * M)
        sale.plan(creditor_accepts=True)
        self.assertEqual(sale.state["phase"], "taken")
        self.assertEqual(sale.state["proceeds"], 81 * M)

    def test_langson_bounds(self):
        # 73 bn after 6 cuts of at most 10%: the largest first price P0
        # with ceil(0.9 x ...) six times <= 73 bn is 137,362,378,890
        # (73e9 / 0.9^6 = 137,362,378,890.6; checked with Python ints).
        r = auction.Rules("VN-2014")
        b = r.first_price_range(6, 73_000_000_000)
        self.assertEqual(b["first_hi"], 137_362_378_890)
        self.assertEqual(b["first_lo"], 73_000_000_006)
        self.assertEqual(r.lowest_price(137_362_378_890, 6), 73_000_000_000)
        self.assertEqual(r.rounds_to_reach(137_362_378_890, 73_000_000_000),
                         7)


class TestSaleOtherCountries(unittest.TestCase):
    def test_japan_80_percent(self):
        sale = auction.Sale("JP", value=10 * M)  # 1000万 -> 800万
        self.assertEqual(sale.state["lowest_bid"], 8 * M)
        with self.assertRaises(enf.RangeError):
            sale.sell(8 * M - 1)
        sale.sell(8 * M)
        self.assertEqual(sale.state["phase"], "sold")

    def test_china_70_then_56(self):
        sale = auction.Sale("CN", value=100 * M)
        sale.plan()
        self.assertEqual(failed_prices(sale)[:2], [70 * M, 56 * M])

    def test_poland_three_quarters_then_two_thirds(self):
        sale = auction.Sale("PL-realty", value=90 * M)
        sale.plan()
        self.assertEqual(failed_prices(sale), [67_500_000, 60 * M])

    def test_side_by_side_chart(self):
        sales = []
        for rid in auction.Rules.ids():
            s = auction.Sale(rid, value=1000 * M, costs=10 * M)
            s.plan(max_rounds=8)
            sales.append(s)
        svg = auction.svg(sales, "ladder")
        self.assertTrue(svg.lstrip().startswith(("<svg", "<?xml")))
        for rid in auction.Rules.ids():
            self.assertIn(rid, svg)


class TestTrailAndDates(unittest.TestCase):
    def test_round_trip(self):
        sale = auction.Sale("VN-2014", value=100 * M, debt=150 * M)
        sale.plan(max_rounds=5)
        csv = sale.to_csv()
        again = auction.Sale("VN-2014", value=100 * M, debt=150 * M)
        again.replay_csv(csv)
        self.assertEqual(again.state, sale.state)
        self.assertEqual(again.to_csv(), csv)
        doc = json.loads(sale.to_json())
        self.assertEqual(doc["rules"], "VN-2014")
        self.assertEqual(len(doc["steps"]), len(sale))

    def test_replay_is_all_or_nothing(self):
        sale = auction.Sale("VN-2014", value=100 * M)
        with self.assertRaises(enf.RangeError):
            sale.replay([("failed", None), ("cut", None, 90 * M),
                         ("failed", None), ("cut", None, 50 * M)])
        self.assertEqual(len(sale), 1)
        self.assertEqual(sale.state["round"], 1)

    def test_dates_cross_tet(self):
        cal = enf.Calendar()
        sale = auction.Sale("VN-2014", value=100 * M, real_estate=True,
                            start=D(2026, 2, 6), calendar=cal)
        sale.plan(max_rounds=2)
        dates = [s["date"] for s in sale.steps]
        self.assertTrue(all(a <= b for a, b in zip(dates, dates[1:])))
        # The cut cannot be decided during Tết 2026 (16-20 Feb).
        cut = [s for s in sale.steps if s["kind"] == "cut"][0]
        self.assertTrue(cal.is_working_day(cut["date"]))
        self.assertGreater(cut["date"], D(2026, 2, 20))


class TestMoney(unittest.TestCase):
    def test_sell_order(self):
        order, needed = auction.sell_order([5, 9, 9, 1], 10)
        self.assertEqual(order, [1, 2, 0, 3])
        self.assertEqual(needed, 2)
        with self.assertRaises(enf.InvalidArgumentError):
            auction.sell_order([5, -1], 10)

    def test_appraisal_small_value(self):
        old = auction.appraisal(D(2025, 3, 1), new_item_value=10 * M)
        self.assertEqual(old["setter"], "enforcer")
        self.assertEqual(old["small_value"], 10 * M)
        self.assertEqual(auction.appraisal(
            D(2025, 3, 1), new_item_value=10 * M + 1)["setter"], "appraiser")
        # A 20% move is a ground only on a party's request, and the
        # requester pays (Decree 62/2015 Art 17(1)(b), (2)).
        moved = auction.appraisal(D(2025, 3, 1), judgment_price=100 * M,
                                  market_price=120 * M,
                                  new_item_value=500 * M)
        self.assertFalse(moved["reappraise"])
        moved = auction.appraisal(D(2025, 3, 1), judgment_price=100 * M,
                                  market_price=120 * M,
                                  new_item_value=500 * M,
                                  price_change_request="creditor")
        self.assertTrue(moved["reappraise"])
        self.assertEqual(moved["reappraisal_payer"], "creditor")

    def test_appraisal_reads_the_rulebook(self):
        # The built-in threshold (Decree 62/2015 Art 25(1)) is 10 m VND;
        # a caller's rulebook may set another for its dates.
        book = enf.Rulebook("VN.small_value 2025-01-01 2025-12-31 "
                            "20000000\n")
        a = auction.appraisal(D(2025, 3, 1), new_item_value=15 * M)
        self.assertEqual(a["setter"], "appraiser")
        a = auction.appraisal(D(2025, 3, 1), new_item_value=15 * M,
                              rulebook=book)
        self.assertEqual(a["small_value"], 20 * M)
        self.assertEqual(a["setter"], "enforcer")

    def test_appraisal_agreed_price_first(self):
        # Old Art 98(1), (3)(b): an agreed price stands even for a
        # small-value or perishable item.
        a = auction.appraisal(D(2025, 3, 1), agreed=True, perishable=True,
                              new_item_value=1 * M)
        self.assertEqual(a["setter"], "agreed")
        a = auction.appraisal(D(2025, 3, 1), perishable=True,
                              new_item_value=1 * M)
        self.assertEqual(a["setter"], "enforcer")

    def test_takeover_jc11(self):
        # Value 500 m > entitlement 300 + costs 20 + reserve 30 + tier
        # (a)(b) 50 = 400 m: the creditor pays in 20 + 30 + 50 + 100 = 200.
        t = auction.takeover("VN-2014", value=500 * M, entitlement=300 * M,
                             costs=20 * M, rent_reserve=30 * M,
                             priority=50 * M)
        self.assertEqual(t["pay_in"], 200 * M)
        self.assertEqual(t["credited"], 300 * M)
        self.assertEqual(t["surplus"], 100 * M)
        with self.assertRaises(enf.InvalidArgumentError):
            auction.takeover("VN-2014", value=-1, entitlement=1)

    def test_simulate_is_reproducible(self):
        a = auction.simulate("VN-2014", value=100 * M, runs=20000, seed=7)
        b = auction.simulate("VN-2014", value=100 * M, runs=20000, seed=7)
        self.assertEqual(a, b)
        self.assertLess(abs(a.mean_proceeds - a.expected_proceeds),
                        a.expected_proceeds * 3 // 100)
        with self.assertRaises(enf.InvalidArgumentError):
            auction.simulate("VN-2014", value=100 * M, runs=0)


if __name__ == "__main__":
    unittest.main()
