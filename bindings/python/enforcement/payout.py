"""Money out, for Python: the enforcement fee, late-payment interest, the
order of payment, the deadline to pay out and a case's ledger, each able
to write its steps into a :class:`Trail`.

Money is whole VND (an ``int``, or an integral ``Decimal`` or text; a
float is refused).  Yearly rates are exact shares: a
:class:`enforcement.Rate` (``Rate.percent(25)``) or a ``Fraction``
(``Fraction(1, 4)``); parts per million only through keywords that say so
(``agreed_rate_ppm=250_000``).  Dates are ``datetime.date``.  A wrong
type raises :class:`enforcement.ArgumentTypeError` naming the parameter.

>>> import datetime
>>> from enforcement import payout
>>> payout.fee(5_000_000_000, date=datetime.date(2025, 3, 1))
150000000
"""
import datetime
from typing import Literal, Optional, Sequence

from . import core
from ._check import ArgumentTypeError, Money, checked, to_choice, to_date, \
    to_int, to_money
from ._share import Share, pick_ppm, ppm_rate, to_list, to_ppm
from .dates import Calendar
from .rules import Rulebook

RULES = {"vn": core.INTEREST_VN, "de": core.INTEREST_DE,
         "uk": core.INTEREST_UK, "us": core.INTEREST_US}
DAY_COUNTS = {"act/365": core.DC_ACT_365, "act/act": core.DC_ACT_ACT,
              "30/360": core.DC_30_360}
TIERS = {"a": core.TIER_A, "b": core.TIER_B, "c": core.TIER_C}
DELAYS = {None: core.DELAY_NONE, "none": core.DELAY_NONE,
          "many_creditors": core.DELAY_MANY_CREDITORS,
          "authority": core.DELAY_AUTHORITY, "dispute": core.DELAY_DISPUTE,
          "force_majeure": core.DELAY_FORCE_MAJEURE}
InterestRules = Literal["vn", "de", "uk", "us"]
DayCount = Literal["act/365", "act/act", "30/360"]
Tier = Literal["a", "b", "c"]
Ground = Literal["none", "many_creditors", "authority", "dispute",
                 "force_majeure"]
# The keys of a claim given to distribute().
CLAIM_KEYS = ("tier", "principal", "interest", "requested", "secured",
              "secured_is_creditor", "judgment")
# Yearly rates lie within +-1000 times the principal (the C bound).
_RATE_BOUND = 1000


class Trail:
    """The steps of one or more calculations (fee, interest, payout,
    takeover), to check them by hand: each step names its rule, legal
    source, dates, base, rate and amount."""

    def __init__(self) -> None:
        """An empty trail; pass it as ``trail=`` to a calculation."""
        self._t = core.trail_new()

    def __len__(self):
        """The number of steps."""
        return core.trail_count(self._t)

    @property
    def steps(self) -> list:
        """The steps, a list of dicts: rule (one sentence), source (the
        legal source), first and last (dates of the span, or None), days,
        base and amount (VND), rate (a :class:`Rate` per year or of the
        base, four decimals; ``rate_ppm`` the same in parts per
        million)."""
        out = []
        for i in range(len(self)):
            s = core.trail_step_at(self._t, i)
            out.append({"rule": s.rule, "source": s.source,
                        "first": s.first, "last": s.last, "days": s.days,
                        "base": s.base, "rate": ppm_rate(s.rate_ppm),
                        "rate_ppm": s.rate_ppm, "amount": s.amount})
        return out

    def clear(self) -> None:
        """Removes every step."""
        core.trail_clear(self._t)

    def to_csv(self) -> str:
        """The steps as CSV text, one row per step."""
        return core.trail_to_csv(self._t)

    def to_json(self) -> str:
        """The steps as JSON: ``{"schema": "enforcement-trail/1",
        "steps": [...]}`` (docs/schemas/trail.schema.json)."""
        return core.trail_to_json(self._t)

    def __repr__(self):
        n = len(self)
        if n == 0:
            return "<Trail: no steps>"
        last = core.trail_step_at(self._t, n - 1)
        return "<Trail: %d steps; last %r = %d VND (%s)>" % (
            n, last.rule, last.amount, last.source)


def _t(trail):
    return None if trail is None else trail._t


def _book(rulebook):
    """The C rulebook of an :class:`enforcement.rules.Rulebook`, or None
    for the built-in catalogue."""
    return None if rulebook is None else rulebook._book


@checked
def base_salary(date: datetime.date) -> int:
    """The base salary (lương cơ sở, VND a month) in force on ``date``:
    2,340,000 from 1 Jul 2024.  Raises :class:`NotFoundError` before the
    first row of the catalogue."""
    return core.fee_base_salary(date)


@checked
def rent_reserve(region: int, date: datetime.date) -> int:
    """The new law's rent reserve (VND) for a debtor living in
    minimum-wage ``region`` (1 to 4): 12 x the regional minimum monthly
    wage in force on ``date`` (Decree 152/2026 Art 67(3)); region 1 on
    1 Jan 2025 is 59,520,000.  Raises :class:`InvalidArgumentError`
    (region) or :class:`NotFoundError` (no wage on the date)."""
    return core.payout_rent_reserve(region, date)


@checked
def fee(received_now: Money, received_before: Money = 0,
        date: Optional[datetime.date] = None, base_salary: Money = 0,
        settled: bool = False, exempt: bool = False, reduction_pct: int = 0,
        trail: Optional[Trail] = None,
        rulebook: Optional[Rulebook] = None) -> int:
    """The enforcement fee (VND) on an instalment of ``received_now``
    (VND), after ``received_before`` (VND) in earlier instalments of the
    same case (Circular 216/2016): the fee of the cumulative amount less
    the fee already due.  Nothing up to 2 x the base salary, then 3% of
    the whole up to 5 bn, and decreasing brackets above.

    ``date`` (required): the day the money is received; it picks the
    schedule and the base salary.  ``base_salary``: a figure (VND) to use
    instead of the one in force (0: in force on ``date``).  ``settled``:
    the parties settled after the decision and before coercion (one
    third); ``exempt``: no fee; ``reduction_pct``: a reduction in whole
    percent (0 to 100); ``trail``: records the brackets; ``rulebook``:
    an :class:`enforcement.Rulebook` for the figures (None: built in).

    >>> fee(4_680_001, date=datetime.date(2025, 3, 1))
    140400

    Raises :class:`ArgumentTypeError` (a wrong type, no date),
    :class:`InvalidArgumentError` (negative amounts, a reduction outside
    0..100) or :class:`NotFoundError` (no schedule on the date: before
    1 Jan 2017)."""
    if date is None:
        raise ArgumentTypeError(
            "fee: date is required: the day the money is received (a "
            "datetime.date); it picks the fee schedule and the base salary")
    date = to_date(date, "date", "fee")
    if not 0 <= reduction_pct <= 100:
        raise core.InvalidArgumentError(
            "fee: reduction_pct is %d; expected a whole percent from 0 to "
            "100" % reduction_pct)
    opts = core.fee_options()
    opts.rulebook = _book(rulebook)
    opts.date = date
    opts.base_salary = base_salary
    opts.settled = int(settled)
    opts.exempt = int(exempt)
    opts.reduction_pct = reduction_pct
    return core.fee_compute(received_before, received_now, opts, _t(trail))


def _pairs(rows, name, where, second, convert):
    """C records of (date, X) tuples: ``second`` names X, ``convert``
    checks it."""
    out = []
    for i, row in enumerate(to_list(rows, name, where,
                                    "a list of (date, %s) tuples" % second)):
        item = "%s[%d]" % (name, i)
        if isinstance(row, dict) or not isinstance(row, (tuple, list)) or \
                len(row) != 2:
            raise ArgumentTypeError(
                "%s: %s is %r; expected a tuple (date, %s), e.g. "
                "(datetime.date(2025, 6, 1), %s)"
                % (where, item, row, second,
                   "5_000_000" if second == "amount" else
                   "datetime.date(2025, 6, 30)" if second == "last"
                   else "Rate.percent(10)"))
        out.append((to_date(row[0], item + " date", where),
                    convert(row[1], item + " " + second, where)))
    return out


def _rate_ppm(value, name, where):
    """A yearly rate in a rate table: a Rate or Fraction, or an int of
    parts per million."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return to_ppm(value, name, where, -_RATE_BOUND, _RATE_BOUND)


def _records(make, fields, rows):
    out = []
    for row in rows:
        rec = make()
        for f, v in zip(fields, row):
            setattr(rec, f, v)
        out.append(rec)
    return out


@checked
def interest(principal: Money, first: datetime.date, last: datetime.date,
             payments: Sequence = (), pauses: Sequence = (),
             rates: Optional[Sequence] = None, rules: InterestRules = "vn",
             agreed_rate_ppm: Optional[int] = None,
             margin_ppm: Optional[int] = None,
             day_count: Optional[DayCount] = None, rate_cap: bool = True,
             trail: Optional[Trail] = None,
             rulebook: Optional[Rulebook] = None, *,
             agreed_rate: Optional[Share] = None,
             margin: Optional[Share] = None) -> dict:
    """Late-payment interest on ``principal`` (VND) from ``first`` (the
    first day that accrues) to ``last`` (the last day), both dates.

    ``last`` is the day the money is collected or, for an asset sold or
    taken over, the day it is handed over (Decree 152/2026 Art 29(2)).
    ``payments``: ``(date, amount)`` tuples (VND; the balance falls from
    the next day); ``pauses``: ``(first, last)`` tuples of spans without
    interest; ``rates``: ``(from, rate)`` tuples, the rate a
    :class:`Rate`/``Fraction`` per year (an int is parts per million);
    ``rules``: "vn" (principal first, 10% a year unless agreed), "de",
    "uk" or "us"; ``agreed_rate`` (VN, capped at 20% unless ``rate_cap``
    is False, as for loans of credit institutions, Civil Code Art
    468(1)) and ``margin`` (DE: points over the base rate, e.g.
    ``Points(500)``) as shares per year, or
    ``agreed_rate_ppm``/``margin_ppm`` in parts per million;
    ``day_count``: "act/365" (default), "act/act" or "30/360".

    Returns a dict of VND: interest, interest_unpaid, principal_unpaid,
    overpaid.

    >>> interest(100_000_000, datetime.date(2025, 1, 1),
    ...          datetime.date(2025, 12, 31))["interest"]
    10000000

    Raises :class:`ArgumentTypeError` (a wrong type; a payment that is
    not a (date, amount) tuple), :class:`InvalidArgumentError` (negative
    amounts, unordered tables), :class:`RangeError` (last before first, a
    payment outside the span) or :class:`NotFoundError` (a statutory
    figure not in force)."""
    where = "interest"
    pays = _pairs(payments, "payments", where, "amount", to_money)
    stops = _pairs(pauses, "pauses", where, "last", to_date)
    table = None if rates is None else \
        _pairs(rates, "rates", where, "rate", _rate_ppm)
    agreed = pick_ppm(agreed_rate, agreed_rate_ppm, "agreed_rate", where,
                      0, _RATE_BOUND)
    extra = pick_ppm(margin, margin_ppm, "margin", where, -_RATE_BOUND,
                     _RATE_BOUND)
    opts = core.interest_options(RULES[rules])
    opts.rate_cap = int(rate_cap)
    opts.rulebook = _book(rulebook)
    if agreed is not None:
        opts.agreed_rate_ppm = agreed
    if extra is not None:
        opts.margin_ppm = extra
    if day_count is not None:
        opts.day_count = DAY_COUNTS[day_count]
    r = core.interest_compute(
        principal, first, last,
        _records(core.payment, ("date", "amount"), pays),
        _records(core.pause, ("first", "last"), stops),
        None if table is None else
        _records(core.rate_change, ("_from", "rate_ppm"), table),
        opts, _t(trail))
    return {"interest": r.interest, "interest_unpaid": r.interest_unpaid,
            "principal_unpaid": r.principal_unpaid, "overpaid": r.overpaid}


def _claim(c, item, where):
    """The C claim of a dict (keys of :data:`CLAIM_KEYS`)."""
    if not isinstance(c, dict):
        raise ArgumentTypeError(
            "%s: %s is %r (%s); expected a dict with keys %s"
            % (where, item, c, type(c).__name__, ", ".join(CLAIM_KEYS)))
    unknown = sorted(set(c) - set(CLAIM_KEYS), key=str)
    if unknown:
        raise ArgumentTypeError("%s: %s has key %r; expected keys among %s"
                                % (where, item, unknown[0],
                                   ", ".join(CLAIM_KEYS)))
    rec = core.claim()
    rec.tier = TIERS[to_choice(c.get("tier", "c"), tuple(TIERS),
                               item + " tier", where)]
    for k in ("principal", "interest", "secured"):
        setattr(rec, k, to_money(c.get(k, 0), "%s %s" % (item, k), where))
    req = c.get("requested")
    rec.requested = None if req is None else \
        to_date(req, item + " requested", where)
    sic = c.get("secured_is_creditor", False)
    if not isinstance(sic, bool):
        raise ArgumentTypeError("%s: %s secured_is_creditor is %r; expected "
                                "True or False" % (where, item, sic))
    rec.secured_is_creditor = int(sic)
    rec.judgment = to_int(c.get("judgment", 0), item + " judgment", where)
    return rec


@checked
def distribute(amount: Money, claims: Sequence, costs: Money = 0,
               rent_reserve: Money = 0,
               coercion: Optional[datetime.date] = None,
               collateral: Money = 0, date: Optional[datetime.date] = None,
               trail: Optional[Trail] = None,
               rulebook: Optional[Rulebook] = None) -> dict:
    """Pays ``amount`` (VND) out in the order of Art 47 (Law 106/2025 Art
    54 from 1 Jul 2026): costs, the rent reserve, then the claims by
    tier, pro rata within a tier.

    ``claims``: a list of dicts with keys tier ("a", "b" or "c", any
    case; default "c"), principal, interest, secured (VND), requested (a
    date: claims requested after ``coercion`` share only the rest),
    secured_is_creditor (True when the pledgee or mortgagee is the
    judgment creditor: paid from the collateral after the costs, the rent
    reserve and its judgment's court fee) and judgment (an int shared by
    the claims of one judgment; its tier-b claims are that judgment's
    court fee).  ``costs``, ``rent_reserve``, ``collateral`` (the part of
    the amount that is the proceeds of the secured claims' collateral):
    VND; ``date``: picks the law the trail cites.

    Returns a dict: costs, rent_reserve, to_claims, surplus (VND) and
    paid (a list, one amount per claim).

    >>> distribute(100, [{"tier": "c", "principal": 1000}] * 3)["paid"]
    [34, 33, 33]

    Raises :class:`ArgumentTypeError` (a claim that is not a dict, an
    unknown key) or :class:`InvalidArgumentError` (negative amounts)."""
    where = "distribute"
    recs = [_claim(c, "claims[%d]" % i, where) for i, c in
            enumerate(to_list(claims, "claims", where, "a list of dicts"))]
    opts = core.payout_options()
    opts.costs = costs
    opts.rent_reserve = rent_reserve
    opts.coercion = coercion
    opts.collateral = collateral
    opts.date = date
    opts.rulebook = _book(rulebook)
    r, paid = core.payout_distribute(recs, amount, opts, _t(trail))
    return {"costs": r.costs, "rent_reserve": r.rent_reserve,
            "to_claims": r.to_claims, "surplus": r.surplus,
            "paid": list(paid)}


@checked
def deadline(collected: datetime.date, ground: Optional[Ground] = None,
             ground_ended: Optional[datetime.date] = None,
             calendar: Optional[Calendar] = None,
             rulebook: Optional[Rulebook] = None) -> Optional[datetime.date]:
    """The last day to pay money collected on ``collected`` out: 10 days
    later, or on a ground of Decree 152/2026 Art 30(3): "many_creditors"
    45 days; "authority", "dispute" or "force_majeure" 10 days from
    ``ground_ended`` (None while the ground lasts: the result is None).
    With a ``calendar`` (:class:`enforcement.Calendar`) a last day off
    moves to the next working day.

    Returns a date, or None.  Raises :class:`NotFoundError` for a ground
    before 1 Jul 2026."""
    cal = None if calendar is None else calendar._cal
    return core.payout_deadline(cal, collected, DELAYS[ground], ground_ended,
                                _book(rulebook))


class Ledger:
    """The money of one case: claims, costs, collections paid out in the
    order of Art 47 with fees; the balance on any date; a preview of the
    next collection.  Collections come in date order."""

    @checked
    def __init__(self, rulebook: Optional[Rulebook] = None) -> None:
        """``rulebook``: where the interest, fee and citation figures come
        from (an :class:`enforcement.Rulebook`, kept alive as long as the
        ledger; None: built in)."""
        self._l = core.ledger_new()
        self._n = 0
        self._collections = 0
        self._rulebook = rulebook

    def _payout_options(self, delivered, collateral):
        opts = core.payout_options()
        opts.delivered = delivered
        opts.collateral = collateral
        opts.rulebook = _book(self._rulebook)
        return opts

    @checked
    def add_claim(self, tier: Tier, principal: Money,
                  interest_from: datetime.date,
                  requested: Optional[datetime.date] = None,
                  interest: Money = 0, secured: Money = 0,
                  secured_is_creditor: bool = False,
                  judgment: int = 0) -> int:
        """Adds a claim of ``tier`` ("a", "b" or "c") for ``principal``
        (VND) with interest running from ``interest_from`` (Vietnamese
        rule: 10% a year, principal first); ``requested`` (the date that
        gives it its place; default ``interest_from``), ``interest``
        already owed (VND), ``secured`` (VND), ``secured_is_creditor`` and
        ``judgment`` as in :func:`distribute`.  Returns its index (0, 1,
        ...).  Raises :class:`InvalidArgumentError` (negative amounts)."""
        c = core.claim()
        c.tier, c.principal, c.interest = TIERS[tier], principal, interest
        c.requested = requested or interest_from
        c.secured = secured
        c.secured_is_creditor = int(secured_is_creditor)
        c.judgment = judgment
        opts = core.interest_options(core.INTEREST_VN)
        opts.rulebook = _book(self._rulebook)
        index = core.ledger_add_claim(self._l, c, interest_from, opts)
        self._n += 1
        return index

    @checked
    def add_costs(self, date: datetime.date, amount: Money) -> None:
        """Records enforcement costs of ``amount`` (VND) incurred on
        ``date``.  Raises :class:`InvalidArgumentError` (negative)."""
        core.ledger_add_costs(self._l, date, amount)

    @checked
    def collect(self, date: datetime.date, amount: Money, fees: bool = True,
                delivered: Optional[datetime.date] = None,
                collateral: Money = 0,
                trail: Optional[Trail] = None) -> None:
        """Records a collection of ``amount`` (VND) on ``date`` and pays it
        out at once: costs, then the claims in the order of Art 47, each
        creditor charged the fee on what it receives unless ``fees`` is
        False.  ``delivered``: for the price of an asset sold or taken
        over, the day it was handed over, to which interest runs (Decree
        152/2026 Art 29(2)); ``collateral``: how much of the amount (VND)
        is the proceeds of the secured claims' collateral.

        Raises :class:`InvalidArgumentError` (negative, out of date order,
        delivered before date), the ledger unchanged."""
        fee_opts = None
        if fees:
            fee_opts = core.fee_options()
            fee_opts.date = date
            fee_opts.rulebook = _book(self._rulebook)
        core.ledger_collect(self._l, date, amount,
                            self._payout_options(delivered, collateral),
                            fee_opts, _t(trail))
        self._collections += 1

    @checked
    def balance_on(self, date: datetime.date) -> dict:
        """The balance at the end of ``date``, a dict of VND: principal,
        interest (accrued and unpaid), costs, fees, collected, paid_out
        and total (principal + interest + costs still owed)."""
        b = core.ledger_balance_on(self._l, date)
        return {"principal": b.principal, "interest": b.interest,
                "costs": b.costs, "fees": b.fees, "collected": b.collected,
                "paid_out": b.paid_out, "total": b.total}

    @checked
    def preview(self, date: datetime.date, amount: Money,
                delivered: Optional[datetime.date] = None,
                collateral: Money = 0) -> dict:
        """What a collection of ``amount`` (VND) on ``date`` would pay,
        without recording it (``delivered`` and ``collateral`` as in
        :meth:`collect`): a dict of VND costs, rent_reserve, to_claims,
        surplus, and paid (a list, one amount per claim)."""
        r, paid = core.ledger_preview(
            self._n, self._l, date, amount,
            self._payout_options(delivered, collateral))
        return {"costs": r.costs, "rent_reserve": r.rent_reserve,
                "to_claims": r.to_claims, "surplus": r.surplus,
                "paid": list(paid)}

    def __repr__(self):
        return "<Ledger: %d claims, %d collections; %s rules>" % (
            self._n, self._collections,
            "built-in" if self._rulebook is None else "rulebook")
