"""The auction and payout modules for an analyst: plans that stop at a
documented floor, exact scenario figures, shares as Rate or Fraction, and
wrong arguments refused in Python with the parameter named (never a SWIG
TypeError, a SystemError or a bare KeyError)."""
import dataclasses
import datetime as dt
import decimal
import fractions
import inspect

import pytest

import enforcement as enf
from enforcement import auction, payout
from enforcement import Rate

D = dt.date
M = 1_000_000
F = fractions.Fraction
ATE = enf.ArgumentTypeError


# --- Safe plans --------------------------------------------------------------

def readme_sale():
    return auction.Sale("VN-2014", value=100 * M, debt=150 * M)


def test_plan_runaway_before_and_floor_after():
    # The README's sale planned with neither floor nor limit, as before:
    # 10% cuts (p -= p // 10) run for 160 auctions, 636 steps, to 9 VND.
    old = readme_sale()
    old.plan(floor=None, max_rounds=None)
    assert (len(old), old.state["round"], old.state["price"]) == (636, 160, 9)
    # With the defaults it stops at 10% of the value: the next price after
    # 10,941,902 (auction 22) would be 9,847,712 < 10,000,000. Steps:
    # started, F1 C2, F2 C3, (F O D C) x 19, F O D = 84.
    sale = readme_sale()
    sale.plan()
    st = sale.state
    assert (len(sale), st["round"], st["price"], st["cuts"]) == \
        (84, 22, 10_941_902, 21)
    assert st["phase"] == "failed"          # the sale may still be cut
    assert sale.steps[-1]["kind"] == "declined"


def test_plan_floor_options():
    # A floor of 50%: 100, 90, 81, 72.9, 65.61, 59.049, 53.1441 m; the
    # next, 47,829,690, is below 50 m.
    s = readme_sale()
    s.plan(floor=Rate.percent(50))
    assert (s.state["round"], s.state["price"]) == (7, 53_144_100)
    s = readme_sale()
    s.plan(floor=F(1, 2))
    assert (s.state["round"], s.state["price"]) == (7, 53_144_100)
    # The same in VND, and a floor equal to a price allows it.
    s = readme_sale()
    s.plan(floor_price=53_144_100)
    assert s.state["price"] == 53_144_100
    s = readme_sale()
    s.plan(floor_price=53_144_101)
    assert s.state["price"] == 59_049_000


def test_plan_max_rounds_default_and_costs():
    # 1% cuts would take 230 auctions to reach 10%: the default limit of
    # 30 auctions stops first (its offer left open).
    s = readme_sale()
    s.plan(cut=Rate.percent(1))
    assert s.state["round"] == auction.PLAN_MAX_ROUNDS == 30
    assert s.state["phase"] == "offered"
    # Costs above the floor: the law's floor ends the sale first (Art
    # 104: at or below the costs, declined, returned): 100, 90, 81 m with
    # costs of 85 m.
    s = auction.Sale("VN-2014", value=100 * M, costs=85 * M)
    s.plan()
    assert s.state["phase"] == "returned"
    assert s.state["price"] == 81 * M


def test_plan_cut_as_share_or_ppm():
    a, b, c = readme_sale(), readme_sale(), readme_sale()
    a.plan(cut=Rate.percent(5), max_rounds=3)
    b.plan(cut=F(1, 20), max_rounds=3)
    c.plan(cut_ppm=50_000, max_rounds=3)
    assert a.to_csv() == b.to_csv() == c.to_csv()
    assert a.state["price"] == 90_250_000
    cuts = [s["cut"] for s in a.steps if s["kind"] == "cut"]
    assert cuts == [Rate.percent(5), Rate.percent(5)]
    assert isinstance(cuts[0], Rate)
    with pytest.raises(ATE, match="cut or cut_ppm"):
        readme_sale().plan(cut=F(1, 20), cut_ppm=50_000)
    with pytest.raises(ATE, match=r"cut is 5 .*Rate.percent"):
        readme_sale().plan(5)
    # An old positional ppm figure is refused, with the keyword to use.
    with pytest.raises(ATE, match="cut_ppm=50000"):
        readme_sale().plan(50000)
    with pytest.raises(enf.InvalidArgumentError, match="parts per million"):
        readme_sale().plan(cut=F(1, 3))
    with pytest.raises(enf.InvalidArgumentError, match="floor"):
        readme_sale().plan(floor=Rate.percent(150))
    with pytest.raises(enf.InvalidArgumentError, match="max_rounds"):
        readme_sale().plan(max_rounds=-1)
    with pytest.raises(enf.InvalidArgumentError, match="floor_price"):
        readme_sale().plan(floor_price=-1)


def test_plan_help_says_how_it_ends():
    doc = inspect.getdoc(auction.Sale.plan)
    for words in ("floor", "10%", "max_rounds", "30", "costs", "636",
                  "84 steps"):
        assert words in doc


# --- Exact scenario figures --------------------------------------------------

def test_simulate_exact_fields():
    s = auction.simulate("VN-2014", value=100 * M, runs=20_000, seed=7)
    assert isinstance(s, auction.Scenario)
    assert isinstance(s.sold, Rate) and isinstance(s.expected_sold, Rate)
    for f in (s.mean_auctions, s.mean_days, s.expected_auctions,
              s.expected_days):
        assert isinstance(f, decimal.Decimal)
    # The plan is the default one: 22 auctions down to 10% of the value.
    assert s.max_auctions == 22
    # Thousandths of an auction, exactly: 4.065 simulated, 4.068 expected.
    assert s.mean_auctions == decimal.Decimal("4.065")
    assert s.expected_auctions == decimal.Decimal("4.068")
    assert s.expected_proceeds == 74_153_060
    assert abs(s.mean_proceeds - s.expected_proceeds) < \
        s.expected_proceeds * 3 // 100
    # The chances as shares, percent or ppm by keyword: the same figures.
    assert auction.simulate("VN-2014", value=100 * M, runs=20_000, seed=7,
                            p_value=Rate.percent(10), p_zero=F(9, 10)) == s
    assert auction.simulate("VN-2014", value=100 * M, runs=20_000, seed=7,
                            p_value_ppm=100_000, p_zero_ppm=900_000) == s
    with pytest.raises(AttributeError):
        s.sold_ppm  # no loose ppm figures
    with pytest.raises(ATE, match="p_value"):
        auction.simulate("VN-2014", value=100 * M, p_value=0.1)


def test_sell_order_is_named():
    r = auction.sell_order([5, 9, 9, 1], 10)
    assert r.order == [1, 2, 0, 3] and r.needed == 2
    order, needed = r
    assert needed == 2


# --- Reprs -------------------------------------------------------------------

def test_reprs_say_what_they_hold():
    sale = readme_sale()
    sale.plan(max_rounds=3)
    text = repr(sale)
    assert "VN-2014" in text and "100000000" in text and "round 3" in text
    assert "steps" in text
    assert repr(auction.Rules("VN-2014")).startswith("Rules('VN-2014')")
    assert "2015-07-01" in repr(auction.Rules("VN-2014"))
    trail = payout.Trail()
    assert "no steps" in repr(trail)
    payout.fee(18_000 * M, date=D(2025, 3, 1), trail=trail)
    assert "245300000" in repr(trail) and "Circular 216" in repr(trail)
    led = payout.Ledger()
    led.add_claim("a", 60 * M, D(2025, 1, 1))
    assert "1 claims" in repr(led)


# --- Payout: money, dates, choices, shares -----------------------------------

def test_fee_needs_its_date():
    with pytest.raises(ATE, match="fee: date is required"):
        payout.fee(4_629_000)
    with pytest.raises(ATE, match="date"):
        payout.fee(4_629_000, date="15/09/2025")


def test_fee_money_forms():
    day = D(2025, 3, 1)
    assert payout.fee(decimal.Decimal("4680001"), date=day) == 140_400
    assert payout.fee("4_680_001", date=day) == 140_400
    assert payout.fee(4_680_001, date="2025-03-01") == 140_400
    for bad in (4_680_001.0, F(1, 2), decimal.Decimal("1.5"), "1,5", True):
        with pytest.raises(ATE, match="received_now"):
            payout.fee(bad, date=day)
    with pytest.raises(enf.InvalidArgumentError, match="reduction_pct"):
        payout.fee(1, date=day, reduction_pct=101)


def test_interest_rates_as_shares_and_choices():
    a, b = D(2025, 1, 1), D(2025, 12, 31)
    ppm = payout.interest(100 * M, a, b, agreed_rate_ppm=250_000,
                          rate_cap=False)
    assert payout.interest(100 * M, a, b, agreed_rate=Rate.percent(25),
                           rate_cap=False) == ppm
    assert payout.interest(100 * M, a, b, agreed_rate=F(1, 4),
                           rate_cap=False)["interest"] == 25 * M
    # Choices in any case; bad ones list the valid values.
    assert payout.interest(1 * M, a, b, rules="UK")["interest"] == 80_000
    with pytest.raises(ATE, match="'vn', 'de', 'uk', 'us'"):
        payout.interest(1 * M, a, b, rules="fr")
    with pytest.raises(ATE, match="act/365"):
        payout.interest(1 * M, a, b, day_count="act/360")
    # A rate table with a share or int ppm.
    r1 = payout.interest(1 * M, a, b, rates=[(a, Rate.percent(8))])
    r2 = payout.interest(1 * M, a, b, rates=[(a, 80_000)])
    assert r1 == r2


def test_interest_payment_shapes():
    a, b = D(2025, 1, 1), D(2025, 12, 31)
    r = payout.interest(100 * M, a, b, payments=[(D(2025, 7, 1), 50 * M)])
    assert r["principal_unpaid"] == 50 * M
    with pytest.raises(ATE, match=r"payments\[0\].*\(date, amount\)"):
        payout.interest(100 * M, a, b,
                        payments=[{"date": D(2025, 7, 1), "amount": 1}])
    with pytest.raises(ATE, match=r"payments\[0\] amount"):
        payout.interest(100 * M, a, b, payments=[(D(2025, 7, 1), 1.5)])
    with pytest.raises(ATE, match=r"pauses\[0\]"):
        payout.interest(100 * M, a, b, pauses=[D(2025, 7, 1)])
    with pytest.raises(ATE, match="payments"):
        payout.interest(100 * M, a, b, payments=5)


def test_distribute_claims_checked():
    res = payout.distribute(100, [{"tier": "C", "principal": 1000}] * 3)
    assert res["paid"] == [34, 33, 33]
    with pytest.raises(ATE, match=r"claims\[0\] tier.*'a', 'b', 'c'"):
        payout.distribute(10, [{"tier": "d", "principal": 1}])
    with pytest.raises(ATE, match=r"claims\[0\] has key 'principle'"):
        payout.distribute(10, [{"tier": "c", "principle": 1}])
    with pytest.raises(ATE, match=r"claims\[1\].*expected a dict"):
        payout.distribute(10, [{"principal": 1}, ("c", 1)])
    with pytest.raises(ATE, match=r"claims\[0\] principal"):
        payout.distribute(10, [{"principal": 1.0}])


def test_ledger_and_deadline_choices():
    led = payout.Ledger()
    led.add_claim("A", 60 * M, D(2025, 1, 1))
    with pytest.raises(ATE, match="tier"):
        led.add_claim("x", 1, D(2025, 1, 1))
    assert payout.deadline(D(2026, 7, 1), "Many_Creditors") == \
        D(2026, 8, 15)
    with pytest.raises(ATE, match="many_creditors"):
        payout.deadline(D(2026, 7, 1), "flood")


def test_trail_rates_are_rates():
    trail = payout.Trail()
    payout.interest(100 * M, D(2025, 1, 1), D(2025, 12, 31), trail=trail)
    step = trail.steps[-1]
    assert step["rate"] == Rate.percent(10)
    assert step["rate_ppm"] == 100_000


# --- Every public callable refuses wrong types, naming the parameter ---------

SALE = dict(rules="VN-2014", value=100 * M)
WRONG = [
    (auction.Rules, (), {"id": 5}, "id"),
    (auction.Rules, (), {}, "id"),
    (auction.Rules.on, ("VN", "yesterday"), {}, "date"),
    (auction.Rules.on, (5, D(2025, 1, 1)), {}, "country"),
    (auction.Rules.parse, (b"rules X",), {}, "text"),
    (lambda: auction.Rules("VN-2014").first_price_range("6", 73 * M), (),
     {}, "cuts"),
    (lambda: auction.Rules("VN-2014").rounds_to_reach(1.5e8, 1), (), {},
     "value"),
    (lambda: auction.Rules("VN-2014").lowest_price(100 * M, 1.0), (), {},
     "cuts"),
    (auction.Sale, (), dict(SALE, value=1e8), "value"),
    (auction.Sale, (), dict(SALE, rules=7), "rules"),
    (auction.Sale, (), dict(SALE, costs="a lot"), "costs"),
    (auction.Sale, (), dict(SALE, real_estate="yes"), "real_estate"),
    (auction.Sale, (), dict(SALE, start=D(2026, 2, 6)), "calendar"),
    (auction.Sale, (), dict(SALE, calendar="VN"), "calendar"),
    (lambda: auction.Sale(**SALE).apply("fail"), (), {}, "kind"),
    (lambda: auction.Sale(**SALE).apply(0), (), {}, "kind"),
    (lambda: auction.Sale(**SALE).cut(9e7), (), {}, "price"),
    (lambda: auction.Sale(**SALE).fail("today"), (), {}, "date"),
    (lambda: auction.Sale(**SALE).replay([{"kind": "failed"}]), (), {},
     "events[0]"),
    (lambda: auction.Sale(**SALE).replay([("failed", None), ("cut", None,
                                                            9e7)]), (), {},
     "events[1] amount"),
    (lambda: auction.Sale(**SALE).replay(5), (), {}, "events"),
    (lambda: auction.Sale(**SALE).replay_csv(None), (), {}, "text"),
    (lambda: auction.Sale(**SALE).plan(creditor_accepts=1), (), {},
     "creditor_accepts"),
    (lambda: auction.Sale(**SALE).plan(floor=0.1), (), {}, "floor"),
    (lambda: auction.Sale(**SALE).plan(max_rounds=2.0), (), {},
     "max_rounds"),
    (auction.svg, ([object()],), {}, "sales[0]"),
    (auction.svg, ("VN",), {}, "sales"),
    (auction.sell_order, ([5, 1.5], 10), {}, "values[1]"),
    (auction.sell_order, ([5], "ten"), {}, "target"),
    (auction.appraisal, ("2025/03/01",), {}, "date"),
    (auction.appraisal, (D(2025, 3, 1),), {"party_request": "bank"},
     "party_request"),
    (auction.appraisal, (D(2025, 3, 1),), {"region": "I"}, "region"),
    (auction.appraisal, (D(2025, 3, 1),), {"rulebook": "x"}, "rulebook"),
    (auction.takeover, ("VN-2014", 5e8, 1), {}, "value"),
    (auction.takeover, ("VN-2014", 5, 1), {"trail": []}, "trail"),
    (auction.simulate, (), dict(SALE, runs="many"), "runs"),
    (auction.simulate, (), dict(SALE, cut_ppm=0.05), "cut_ppm"),
    (payout.base_salary, (20250301,), {}, "date"),
    (payout.rent_reserve, ("I", D(2025, 1, 1)), {}, "region"),
    (payout.fee, (1,), {"date": D(2025, 3, 1), "settled": "no"}, "settled"),
    (payout.fee, (1,), {"date": D(2025, 3, 1), "trail": "t"}, "trail"),
    (payout.interest, (1.0, D(2025, 1, 1), D(2025, 2, 1)), {}, "principal"),
    (payout.interest, (1, None, D(2025, 2, 1)), {}, "first"),
    (payout.interest, (1, D(2025, 1, 1), D(2025, 2, 1)),
     {"agreed_rate": 25}, "agreed_rate"),
    (payout.interest, (1, D(2025, 1, 1), D(2025, 2, 1)),
     {"margin_ppm": "5%"}, "margin_ppm"),
    (payout.distribute, (10, {"tier": "c"}), {}, "claims"),
    (payout.distribute, (10, []), {"coercion": 2025}, "coercion"),
    (payout.deadline, (None,), {}, "collected"),
    (payout.deadline, (D(2026, 7, 1),), {"calendar": "VN"}, "calendar"),
    (payout.Ledger, (), {"rulebook": {}}, "rulebook"),
    (lambda: payout.Ledger().add_claim("c", 1.0, D(2025, 1, 1)), (), {},
     "principal"),
    (lambda: payout.Ledger().add_costs("2025-13-01", 1), (), {}, "date"),
    (lambda: payout.Ledger().collect(D(2025, 1, 1), 1, fees="no"), (), {},
     "fees"),
    (lambda: payout.Ledger().balance_on(None), (), {}, "date"),
    (lambda: payout.Ledger().preview(D(2025, 1, 1), 1.5), (), {}, "amount"),
]


@pytest.mark.parametrize("fn, args, kwargs, name", WRONG,
                         ids=["%d-%s" % (i, w[3]) for i, w in
                              enumerate(WRONG)])
def test_wrong_types_name_the_parameter(fn, args, kwargs, name):
    with pytest.raises(ATE) as info:
        fn(*args, **kwargs)
    text = str(info.value)
    assert name in text
    assert "in method '" not in text          # no SWIG wording
    assert not isinstance(info.value, (SystemError, KeyError))


def test_every_public_name_has_a_docstring():
    missing = []
    for mod in (auction, payout):
        for name, obj in vars(mod).items():
            if name.startswith("_") or getattr(obj, "__module__", None) \
                    != mod.__name__:
                continue
            if not (inspect.isclass(obj) or inspect.isfunction(obj)):
                continue
            if not inspect.getdoc(obj):
                missing.append("%s.%s" % (mod.__name__, name))
            if inspect.isclass(obj):
                for attr, member in vars(obj).items():
                    if attr.startswith("_") and (
                            attr != "__init__" or
                            dataclasses.is_dataclass(obj)):
                        continue
                    if isinstance(member, (staticmethod, classmethod)):
                        member = member.__func__
                    if (inspect.isfunction(member) or
                            isinstance(member, property)) and \
                            not (member.__doc__ or "").strip():
                        missing.append("%s.%s.%s" % (mod.__name__, name,
                                                     attr))
    assert missing == []


def test_docstring_examples_hold():
    import doctest
    for mod in (auction, payout):
        result = doctest.testmod(mod, optionflags=doctest.ELLIPSIS)
        assert result.failed == 0, mod.__name__
