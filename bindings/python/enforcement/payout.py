"""Money out, for Python: the enforcement fee, late-payment interest and
the order of payment, each able to write its steps into a :class:`Trail`.
Money is ``int`` (VND); rates are in parts per million per year
(10% = 100000)."""
from . import core
from ._common import _structs

RULES = {"vn": core.INTEREST_VN, "de": core.INTEREST_DE,
         "uk": core.INTEREST_UK, "us": core.INTEREST_US}
DAY_COUNTS = {"act/365": core.DC_ACT_365, "act/act": core.DC_ACT_ACT,
              "30/360": core.DC_30_360}
TIERS = {"a": core.TIER_A, "b": core.TIER_B, "c": core.TIER_C}
DELAYS = {None: core.DELAY_NONE, "none": core.DELAY_NONE,
          "many_creditors": core.DELAY_MANY_CREDITORS,
          "authority": core.DELAY_AUTHORITY, "dispute": core.DELAY_DISPUTE,
          "force_majeure": core.DELAY_FORCE_MAJEURE}


class Trail:
    """The steps of one or more calculations, to check them by hand."""

    def __init__(self):
        self._t = core.trail_new()

    def __len__(self):
        return core.trail_count(self._t)

    @property
    def steps(self):
        out = []
        for i in range(len(self)):
            s = core.trail_step_at(self._t, i)
            out.append({"rule": s.rule, "source": s.source,
                        "first": s.first, "last": s.last, "days": s.days,
                        "base": s.base, "rate_ppm": s.rate_ppm,
                        "amount": s.amount})
        return out

    def clear(self):
        core.trail_clear(self._t)

    def to_csv(self):
        return core.trail_to_csv(self._t)

    def to_json(self):
        return core.trail_to_json(self._t)


def _t(trail):
    return None if trail is None else trail._t


def _book(rulebook):
    """The C rulebook of an :class:`enforcement.rules.Rulebook`, or None
    for the built-in catalogue."""
    return None if rulebook is None else rulebook._book


def base_salary(date):
    """The base salary (lương cơ sở) in force on a date."""
    return core.fee_base_salary(date)


def rent_reserve(region, date):
    """The new law's rent reserve: 12 x the regional minimum monthly wage
    (region 1..4) on a date."""
    return core.payout_rent_reserve(region, date)


def fee(received_now, received_before=0, date=None, base_salary=0,
        settled=False, exempt=False, reduction_pct=0, trail=None,
        rulebook=None):
    """The enforcement fee on an instalment (Circular 216/2016); the
    schedule and base salary come from ``rulebook`` (an
    :class:`enforcement.rules.Rulebook`, None: built in)."""
    opts = core.fee_options()
    opts.rulebook = _book(rulebook)
    opts.date = date
    opts.base_salary = base_salary
    opts.settled = int(bool(settled))
    opts.exempt = int(bool(exempt))
    opts.reduction_pct = reduction_pct
    return core.fee_compute(received_before, received_now, opts, _t(trail))


def interest(principal, first, last, payments=(), pauses=(), rates=None,
             rules="vn", agreed_rate_ppm=None, margin_ppm=None,
             day_count=None, rate_cap=True, trail=None, rulebook=None):
    """Late-payment interest from ``first`` to ``last``: a dict with
    interest, interest_unpaid, principal_unpaid and overpaid. ``last`` is
    the day the money is collected or, for an asset sold or taken over,
    the day it is handed over (Decree 152/2026 Art 29(2)). ``rate_cap``
    False lifts the 20% cap of Civil Code Art 468(1) (loans of credit
    institutions)."""
    opts = core.interest_options(RULES[rules])
    opts.rate_cap = int(bool(rate_cap))
    opts.rulebook = _book(rulebook)
    if agreed_rate_ppm is not None:
        opts.agreed_rate_ppm = agreed_rate_ppm
    if margin_ppm is not None:
        opts.margin_ppm = margin_ppm
    if day_count is not None:
        opts.day_count = DAY_COUNTS[day_count]
    r = core.interest_compute(
        principal, first, last,
        _structs(core.payment, ("date", "amount"), payments, "a payment"),
        _structs(core.pause, ("first", "last"), pauses, "a pause"),
        None if rates is None else _structs(
            core.rate_change, ("_from", "rate_ppm"), rates, "a rate"),
        opts, _t(trail))
    return {"interest": r.interest, "interest_unpaid": r.interest_unpaid,
            "principal_unpaid": r.principal_unpaid, "overpaid": r.overpaid}


def distribute(amount, claims, costs=0, rent_reserve=0, coercion=None,
               collateral=0, date=None, trail=None, rulebook=None):
    """Pays ``amount`` out in the order of Art 47 (Law 106/2025 Art 54).
    ``claims`` are dicts with tier ("a", "b", "c"), principal, interest,
    requested (a date), secured, secured_is_creditor (True when the
    pledgee or mortgagee is the judgment creditor: paid from the collateral
    after the costs, the rent reserve and its judgment's court fee) and
    judgment (a number shared by the claims of one judgment; its tier-b
    claims are that judgment's court fee). ``date`` picks the law cited in
    the trail. Returns costs, rent_reserve, to_claims, surplus and paid
    (one amount per claim)."""
    opts = core.payout_options()
    opts.costs = costs
    opts.rent_reserve = rent_reserve
    opts.coercion = coercion
    opts.collateral = collateral
    opts.date = date
    opts.rulebook = _book(rulebook)
    rows = [(TIERS[c.get("tier", "c")], c.get("principal", 0),
             c.get("interest", 0), c.get("requested"),
             c.get("secured", 0),
             int(bool(c.get("secured_is_creditor", False))),
             c.get("judgment", 0)) for c in claims]
    r, paid = core.payout_distribute(
        _structs(core.claim, ("tier", "principal", "interest", "requested",
                              "secured", "secured_is_creditor", "judgment"),
                 rows, "a claim"), amount, opts, _t(trail))
    return {"costs": r.costs, "rent_reserve": r.rent_reserve,
            "to_claims": r.to_claims, "surplus": r.surplus, "paid": paid}


def deadline(collected, ground=None, ground_ended=None, calendar=None,
             rulebook=None):
    """The last day to pay collected money out: 10 days from collection,
    or on a ground of Decree 152/2026 Art 30(3) ("many_creditors": 45
    days; "authority", "dispute", "force_majeure": 10 days from
    ``ground_ended``, None while the ground lasts). With a
    :class:`enforcement.Calendar` a last day off moves to the next working
    day."""
    cal = None if calendar is None else calendar._cal
    return core.payout_deadline(cal, collected, DELAYS[ground], ground_ended,
                                _book(rulebook))


class Ledger:
    """The money of one case: claims, costs, collections paid out in the
    order of Art 47 with fees; the balance on any date; a preview."""

    def __init__(self, rulebook=None):
        """``rulebook``: where the interest, fee and citation figures come
        from (kept alive as long as the ledger)."""
        self._l = core.ledger_new()
        self._n = 0
        self._rulebook = rulebook

    def _payout_options(self, delivered, collateral):
        opts = core.payout_options()
        opts.delivered = delivered
        opts.collateral = collateral
        opts.rulebook = _book(self._rulebook)
        return opts

    def add_claim(self, tier, principal, interest_from, requested=None,
                  interest=0, secured=0, secured_is_creditor=False,
                  judgment=0):
        """Adds a claim (tier "a", "b" or "c"); returns its index.
        Interest follows the Vietnamese rule (10%/year, principal
        first). secured_is_creditor and judgment as in
        :func:`distribute`."""
        c = core.claim()
        c.tier, c.principal, c.interest = TIERS[tier], principal, interest
        c.requested, c.secured = requested or interest_from, secured
        c.secured_is_creditor = int(bool(secured_is_creditor))
        c.judgment = judgment
        opts = core.interest_options(core.INTEREST_VN)
        opts.rulebook = _book(self._rulebook)
        index = core.ledger_add_claim(self._l, c, interest_from, opts)
        self._n += 1
        return index

    def add_costs(self, date, amount):
        core.ledger_add_costs(self._l, date, amount)

    def collect(self, date, amount, fees=True, delivered=None,
                collateral=0, trail=None):
        """Records a collection and pays it out at once (fees charged on
        what each creditor receives unless fees is False). ``delivered``:
        for the price of an asset sold or taken over, the day it was
        handed over, to which interest runs (Decree 152/2026 Art 29(2)).
        ``collateral``: how much of the amount is the proceeds of the
        secured claims' collateral."""
        fee_opts = None
        if fees:
            fee_opts = core.fee_options()
            fee_opts.date = date
            fee_opts.rulebook = _book(self._rulebook)
        core.ledger_collect(self._l, date, amount,
                            self._payout_options(delivered, collateral),
                            fee_opts, _t(trail))

    def balance_on(self, date):
        b = core.ledger_balance_on(self._l, date)
        return {"principal": b.principal, "interest": b.interest,
                "costs": b.costs, "fees": b.fees, "collected": b.collected,
                "paid_out": b.paid_out, "total": b.total}

    def preview(self, date, amount, delivered=None, collateral=0):
        """What a collection of ``amount`` on ``date`` would pay each
        claim, without recording it (``delivered`` and ``collateral`` as
        in :meth:`collect`)."""
        r, paid = core.ledger_preview(
            self._n, self._l, date, amount,
            self._payout_options(delivered, collateral))
        return {"costs": r.costs, "rent_reserve": r.rent_reserve,
                "to_claims": r.to_claims, "surplus": r.surplus, "paid": paid}
