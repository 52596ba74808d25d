"""The fee, interest and the order of payment through the bindings, with
values from Circular 216/2016 and hand calculations in the comments."""
import datetime as dt
import json
import unittest

import enforcement as enf
from enforcement import payout

D = dt.date


class TestFee(unittest.TestCase):
    def test_base_salary(self):
        self.assertEqual(payout.base_salary(D(2024, 7, 1)), 2340000)
        self.assertEqual(payout.base_salary(D(2024, 6, 30)), 1800000)
        with self.assertRaises(enf.NotFoundError):
            payout.base_salary(D(2016, 4, 30))

    def test_schedule_and_example(self):
        day = D(2025, 3, 1)
        # 2 x 2,340,000 = 4,680,000: no fee up to it, 3% of the whole above.
        self.assertEqual(payout.fee(4680000, date=day), 0)
        self.assertEqual(payout.fee(4680001, date=day), 140400)
        self.assertEqual(payout.fee(5000000000, date=day), 150000000)
        # Circular 216's example: 18 bn in 6 instalments = 245.3 m.
        total = sum(payout.fee(3000000000, 3000000000 * i, date=day)
                    for i in range(6))
        self.assertEqual(total, 245300000)
        # Settled by the parties before coercion: one third.
        self.assertEqual(payout.fee(3000000000, date=day, settled=True),
                         30000000)

    def test_rulebook(self):
        # An illustrative override of the first bracket from 2030: 4% of
        # 3 bn = 120,000,000 (3% = 90,000,000 with the built-in rows).
        book = enf.Rulebook("VN.fee.bracket1.rate 2030-01-01 none 40000\n")
        self.assertEqual(payout.fee(3000000000, date=D(2030, 1, 1),
                                    rulebook=book), 120000000)
        self.assertEqual(payout.fee(3000000000, date=D(2030, 1, 1)),
                         90000000)
        # Before Circular 216/2016 took effect: no schedule.
        with self.assertRaises(enf.NotFoundError):
            payout.fee(3000000000, date=D(2016, 6, 1), base_salary=1210000)

    def test_trail(self):
        trail = payout.Trail()
        payout.fee(18000000000, date=D(2025, 3, 1), trail=trail)
        self.assertGreater(len(trail), 0)
        self.assertEqual(trail.steps[-1]["amount"], 245300000)
        self.assertIn("Circular 216/2016", trail.to_csv())
        doc = json.loads(trail.to_json())
        self.assertEqual(doc["schema"], "enforcement-trail/1")
        self.assertEqual(doc["steps"][-1]["amount"], 245300000)

    def test_bad_input(self):
        with self.assertRaises(enf.InvalidArgumentError):
            payout.fee(-1, date=D(2025, 3, 1))
        with self.assertRaises(enf.InvalidArgumentError):
            payout.fee(1, date=D(2025, 3, 1), reduction_pct=101)


class TestInterest(unittest.TestCase):
    def test_vietnam(self):
        # 100,000,000 at 10% for 365 days (ACT/365) = 10,000,000.
        r = payout.interest(100000000, D(2025, 1, 1), D(2025, 12, 31))
        self.assertEqual(r["interest"], 10000000)
        # Agreed 25% is capped at 20% (Civil Code 468(1)).
        r = payout.interest(100000000, D(2025, 1, 1), D(2025, 12, 31),
                            agreed_rate_ppm=250000)
        self.assertEqual(r["interest"], 20000000)
        # A 30-day agreed postponement: 335 days -> 9,178,082.19.
        r = payout.interest(100000000, D(2025, 1, 1), D(2025, 12, 31),
                            pauses=[(D(2025, 6, 1), D(2025, 6, 30))])
        self.assertEqual(r["interest"], 9178082)

    def test_cap_off_for_credit_institutions(self):
        # Civil Code 468(1) "unless another law provides otherwise": a
        # bank loan's 25% runs on uncapped: 25,000,000.
        r = payout.interest(100000000, D(2025, 1, 1), D(2025, 12, 31),
                            agreed_rate_ppm=250000, rate_cap=False)
        self.assertEqual(r["interest"], 25000000)

    def test_uk(self):
        # 8% simple on 1,000,000 for 365 days = 80,000.
        r = payout.interest(1000000, D(2025, 1, 1), D(2025, 12, 31),
                            rules="uk")
        self.assertEqual(r["interest"], 80000)

    def test_bad_input(self):
        with self.assertRaises(enf.InvalidArgumentError):
            payout.interest(-5, D(2025, 1, 1), D(2025, 12, 31))
        with self.assertRaises(enf.Error):
            payout.interest(5, D(2025, 12, 31), D(2025, 1, 1))


class TestDistribute(unittest.TestCase):
    def test_tiers_and_cut_off(self):
        res = payout.distribute(100, [
            {"tier": "c", "principal": 100, "requested": D(2025, 1, 1)},
            {"tier": "a", "principal": 60, "requested": D(2025, 1, 1)},
            {"tier": "a", "principal": 60, "requested": D(2025, 5, 1)},
        ], costs=10, coercion=D(2025, 3, 1))
        # 10 costs; 90 left: the early tier-a claim takes 60, the tier-c
        # claim the other 30; the late tier-a claim comes after: 0.
        self.assertEqual(res["paid"], [30, 60, 0])
        self.assertEqual(res["costs"] + res["to_claims"] + res["surplus"],
                         100)

    def test_pro_rata_parts_sum(self):
        res = payout.distribute(100, [
            {"tier": "c", "principal": 1000} for _ in range(3)])
        self.assertEqual(res["paid"], [34, 33, 33])

    def test_secured_creditor_after_costs_art47_3(self):
        # Law 26/2008 Art 47(3): a mortgagee who is the judgment creditor
        # takes the house's price after the costs (50), the rent reserve
        # (120) and its judgment's court fee (30): 1000 - 200 = 800.
        claims = [
            {"tier": "c", "principal": 800, "secured": 800,
             "secured_is_creditor": True, "judgment": 7},
            {"tier": "b", "principal": 30, "judgment": 7},
            {"tier": "a", "principal": 100},
        ]
        trail = payout.Trail()
        res = payout.distribute(1000, claims, costs=50, rent_reserve=120,
                                collateral=1000, date=D(2026, 7, 1),
                                trail=trail)
        self.assertEqual(res["paid"], [800, 30, 0])
        secured = [st for st in trail.steps
                   if st["rule"].startswith("secured claims of judgment")]
        self.assertEqual(secured[0]["amount"], 800)
        self.assertIn("Law 106/2025 Art 54(3)", secured[0]["source"])
        # Not a judgment creditor: before everything; the 30 left after
        # costs and reserve go to tier a.
        claims[0]["secured_is_creditor"] = False
        res = payout.distribute(1000, claims, costs=50, rent_reserve=120,
                                collateral=1000)
        self.assertEqual(res["paid"], [800, 0, 30])

    def test_bad_input(self):
        with self.assertRaises(enf.InvalidArgumentError):
            payout.distribute(-1, [])
        with self.assertRaises(enf.InvalidArgumentError):
            payout.distribute(10, [{"tier": "c", "principal": -1}])
        with self.assertRaises(enf.InvalidArgumentError):
            payout.distribute(10, [{"tier": "c", "principal": 1,
                                    "judgment": -1}])


class TestDeadline(unittest.TestCase):
    def test_deadline_decree152_art30(self):
        # 10 days from the collection (old Art 47(5)): 1 Jan 2025 -> Sat
        # 11 Jan, Mon 13 Jan with the calendar.
        self.assertEqual(payout.deadline(D(2025, 1, 1)), D(2025, 1, 11))
        cal = enf.Calendar()
        self.assertEqual(payout.deadline(D(2025, 1, 1), calendar=cal),
                         D(2025, 1, 13))
        # Many creditors (Decree 152/2026 Art 30(3)(a)): 45 days.
        self.assertEqual(payout.deadline(D(2026, 7, 1), "many_creditors"),
                         D(2026, 8, 15))
        # A dispute (Art 30(3)(c), 30(4)): none while it lasts, then 10
        # days after it ends.
        self.assertIsNone(payout.deadline(D(2026, 7, 1), "dispute"))
        self.assertEqual(payout.deadline(D(2026, 7, 1), "dispute",
                                         D(2026, 9, 10)), D(2026, 9, 20))
        with self.assertRaises(enf.NotFoundError):
            payout.deadline(D(2026, 6, 30), "many_creditors")
        book = enf.Rulebook("VN.payout.extension_days 2026-07-01 none 30")
        self.assertEqual(payout.deadline(D(2026, 7, 1), "many_creditors",
                                         rulebook=book), D(2026, 7, 31))


class TestLedger(unittest.TestCase):
    """The claim ledger through enforcement.core (tests/test_ledger.c has
    the hand calculations)."""

    def make(self):
        core = enf.core
        led = core.ledger_new()
        for tier, principal in ((core.TIER_A, 60000000),
                                (core.TIER_C, 100000000)):
            c = core.claim()
            c.tier, c.principal, c.requested = tier, principal, D(2025, 1, 1)
            core.ledger_add_claim(led, c, D(2025, 1, 1), None)
        core.ledger_add_costs(led, D(2025, 2, 1), 2000000)
        return led

    def test_collect_balance_preview(self):
        core = enf.core
        led = self.make()
        core.ledger_collect(led, D(2025, 3, 1), 50000000, None, None, None)
        b = core.ledger_balance_on(led, D(2025, 3, 1))
        # 2,000,000 costs, 48,000,000 to tier A; interest 986,301 +
        # 1,643,836 for 60 days.
        self.assertEqual((b.principal, b.interest, b.costs, b.paid_out),
                         (112000000, 2630137, 0, 48000000))
        self.assertEqual(b.total, 114630137)
        # Tier A: 12,000,000 + 1,387,397 interest; tier C the rest.
        r, paid = core.ledger_preview(2, led, D(2025, 7, 1), 100000000,
                                      None)
        self.assertEqual((r.costs, r.rent_reserve, r.to_claims, r.surplus,
                          paid),
                         (0, 0, 100000000, 0, [13387397, 86612603]))

    def test_bad_input(self):
        core = enf.core
        led = self.make()
        core.ledger_collect(led, D(2025, 3, 1), 50000000, None, None, None)
        with self.assertRaises(enf.InvalidArgumentError):
            core.ledger_collect(led, D(2025, 2, 1), 1, None, None, None)
        with self.assertRaises(enf.InvalidArgumentError):
            core.ledger_add_costs(led, D(2025, 2, 1), -1)
        with self.assertRaises(enf.InvalidArgumentError):
            core.ledger_preview(3, led, D(2025, 7, 1), 1, None)



class TestRentReserve(unittest.TestCase):
    def test_reserve(self):
        # 12 x 4,960,000 (region I, Decree 74/2024) = 59,520,000.
        self.assertEqual(payout.rent_reserve(1, D(2025, 1, 1)), 59520000)
        with self.assertRaises(enf.InvalidArgumentError):
            payout.rent_reserve(0, D(2025, 1, 1))


class TestLedgerClass(unittest.TestCase):
    def test_same_figures_as_core(self):
        led = payout.Ledger()
        led.add_claim("a", 60000000, D(2025, 1, 1))
        led.add_claim("c", 100000000, D(2025, 1, 1))
        led.add_costs(D(2025, 2, 1), 2000000)
        led.collect(D(2025, 3, 1), 50000000, fees=False)
        b = led.balance_on(D(2025, 3, 1))
        # As TestLedger: 2 m costs, 48 m to tier A, 60 days of interest.
        self.assertEqual((b["principal"], b["interest"], b["paid_out"]),
                         (112000000, 2630137, 48000000))
        p = led.preview(D(2025, 3, 2), 1000)
        self.assertEqual(sum(p["paid"]) + p["surplus"], 1000)
        with self.assertRaises(enf.InvalidArgumentError):
            led.add_costs(D(2025, 4, 1), -1)

    def test_interest_to_handover_decree152_art29_2(self):
        # 100 m from 1 Jul 2026; a house's price of 50 m collected on
        # 1 Aug, the house handed over on 30 Sep: interest on 100 m for
        # 92 days = 2,520,548 (tests/test_ledger.c has the arithmetic).
        led = payout.Ledger()
        led.add_claim("c", 100000000, D(2026, 7, 1))
        led.collect(D(2026, 8, 1), 50000000, fees=False,
                    delivered=D(2026, 9, 30))
        b = led.balance_on(D(2026, 9, 30))
        self.assertEqual((b["principal"], b["interest"]),
                         (50000000, 2520548))
        with self.assertRaises(enf.InvalidArgumentError):
            led.collect(D(2026, 9, 1), 1, delivered=D(2026, 8, 31))

    def test_rulebook(self):
        # A 12% statutory rate from 2030 (illustrative): 100 m for 365
        # days = 12,000,000.
        book = enf.Rulebook("VN.interest.statutory 2030-01-01 none 120000")
        led = payout.Ledger(rulebook=book)
        led.add_claim("c", 100000000, D(2030, 1, 1))
        self.assertEqual(led.balance_on(D(2030, 12, 31))["interest"],
                         12000000)

    def test_secured_creditor(self):
        # As TestDistribute: the bank after costs, reserve (none here) and
        # its judgment's court fee of 30, from the 500 of collateral.
        led = payout.Ledger()
        led.add_claim("c", 800, D(2025, 1, 1), secured=800,
                      secured_is_creditor=True, judgment=7)
        led.add_claim("b", 30, D(2025, 1, 1), judgment=7)
        led.add_costs(D(2025, 1, 1), 50)
        # 500 from the house: costs 50, the fee 30, the bank 420 (a day's
        # interest on 800 at 10% rounds to 0).
        p = led.preview(D(2025, 1, 1), 500, collateral=500)
        self.assertEqual(p["costs"], 50)
        self.assertEqual(p["paid"], [420, 30])


if __name__ == "__main__":
    unittest.main()
