"""Selling a seized asset, for Python: rule sets, the auction sequence with
its price reductions (checked event by event, or planned), inverse
queries, several assets, the creditor's takeover and Monte Carlo
scenarios.

Money is whole VND (an ``int``, or an integral ``Decimal`` or text; a
float is refused).  Shares (a cut, a floor, a chance of sale) are exact:
a :class:`enforcement.Rate` (``Rate.percent(5)``) or a ``Fraction``
(``Fraction(1, 20)``); parts per million only through keywords that say
so (``cut_ppm=50_000``).  Dates are ``datetime.date``.  A wrong type
raises :class:`enforcement.ArgumentTypeError` naming the parameter;
an event the law does not allow raises :class:`RangeError` or
:class:`StateError` naming the round, the rule and its source.

>>> from enforcement import auction
>>> sale = auction.Sale(auction.Rules("VN-2014"), value=100_000_000)
>>> sale.fail(); sale.cut(90_000_000)
>>> sale.state["price"]
90000000
"""
import collections
import dataclasses
import datetime
import decimal
import fractions
import typing
from typing import Literal, Optional, Sequence

from . import core
from ._check import ArgumentTypeError, Money, checked, to_choice, to_date, \
    to_money
from ._share import Share, pick_ppm, ppm_rate, to_fraction, to_list
from .dates import Calendar
from .money import Rate
from .payout import Trail
from .rules import Rulebook

KINDS = {"failed": core.AUCTION_FAILED, "cut": core.AUCTION_CUT,
         "offered": core.AUCTION_OFFERED, "accepted": core.AUCTION_ACCEPTED,
         "declined": core.AUCTION_DECLINED,
         "redeemed": core.AUCTION_REDEEMED, "sold": core.AUCTION_SOLD,
         "taken": core.AUCTION_TAKEN, "returned": core.AUCTION_RETURNED,
         "withdrawn": core.AUCTION_WITHDRAWN,
         "reappraised": core.AUCTION_REAPPRAISED,
         "started": core.AUCTION_STARTED}
_KIND_NAMES = {v: k for k, v in KINDS.items()}
# The kinds a caller may apply ("offered" and "started" are steps the
# sale writes itself).
EVENT_KINDS = ("failed", "cut", "accepted", "declined", "redeemed", "sold",
               "taken", "returned", "withdrawn", "reappraised")
Kind = Literal["failed", "cut", "accepted", "declined", "redeemed", "sold",
               "taken", "returned", "withdrawn", "reappraised"]
_PHASES = {core.PHASE_READY: "ready", core.PHASE_FAILED: "failed",
           core.PHASE_OFFERED: "offered", core.PHASE_REDEEM: "redeem",
           core.PHASE_SOLD: "sold", core.PHASE_TAKEN: "taken",
           core.PHASE_REDEEMED: "redeemed", core.PHASE_RETURNED: "returned",
           core.PHASE_WITHDRAWN: "withdrawn"}
_SETTERS = {core.PRICE_AGREED: "agreed", core.PRICE_APPRAISER: "appraiser",
            core.PRICE_ENFORCER: "enforcer", core.PRICE_COUNCIL: "council"}
_PAYERS = {core.PAYER_NONE: None, core.PAYER_DEBTOR: "debtor",
           core.PAYER_CREDITOR: "creditor", core.PAYER_STATE: "state"}
_REASONS = {0: None, 1: "price moved 20% or more (on a party's request)",
            2: "a party's request", 3: "a breach of the appraisal rules"}
_PARTIES = {None: 0, "creditor": 1, "debtor": 2}
Party = Literal["creditor", "debtor"]

# The defaults that keep a plan realistic (see Sale.plan).
PLAN_FLOOR = fractions.Fraction(1, 10)
PLAN_MAX_ROUNDS = 30

# A Rules or the id of a built-in rule set, checked by _rules().
RulesLike = typing.NewType("RulesLike", object)
RulesLike.__doc__ = """A Rules, or the id of a built-in rule set
("VN-2014")."""

SellOrder = collections.namedtuple("SellOrder", "order needed")
SellOrder.__doc__ = """Which assets to sell: ``order`` lists every index
by value, largest first (ties by index); ``needed`` is how many of them,
from the first, cover the target (all of them when even all do not)."""


def _record(obj, fields):
    # SWIG renames members that are Python keywords ("from" -> "_from").
    return {f: getattr(obj, "_" + f if f == "from" else f) for f in fields}


def _rules(rules, where):
    """A :class:`Rules` from a Rules or a built-in id."""
    if isinstance(rules, Rules):
        return rules
    if isinstance(rules, str):
        return Rules(rules)
    raise ArgumentTypeError("%s: rules is %r (%s); expected a Rules or the "
                            "id of a built-in rule set (%s)"
                            % (where, rules, type(rules).__name__,
                               ", ".join(Rules.ids())))


class Rules:
    """An auction rule set: the starting price of each auction, how far
    each reduction may go, the creditor's option, the floor and the end,
    every rule with its legal source.

    Made from a built-in id (``Rules("VN-2014")``; :meth:`ids` lists
    them), the set in force in a country on a date
    (``Rules.on("VN", date)``) or text (``Rules.parse(text)``; ``.text``
    writes the format back).  Immutable; share it between sales and
    threads.

    Raises :class:`NotFoundError` for an unknown id.
    """

    @checked
    def __init__(self, id: Optional[str] = None, _handle=None) -> None:
        """``id``: a built-in rule set (``"VN-2014"``, ``"JP"``, ...)."""
        if _handle is None and id is None:
            raise ArgumentTypeError(
                "Rules: id is required: one of %s (or Rules.on(country, "
                "date), Rules.parse(text))" % ", ".join(Rules.ids()))
        self._r = _handle if _handle is not None else \
            core.auction_rules_builtin(id)

    @staticmethod
    def ids() -> list:
        """The ids of the built-in rule sets, a list of str
        (``['VN-2008', 'VN-2014', 'VN-2026', 'JP', ...]``)."""
        out, i = [], 0
        while True:
            name = core.auction_rules_builtin_id(i)
            if name is None:
                return out
            out.append(name)
            i += 1

    @classmethod
    @checked
    def on(cls, country: str, date: datetime.date) -> "Rules":
        """The built-in set of ``country`` (``"VN"``, ...) in force on
        ``date``: ``Rules.on("VN", date(2026, 7, 1))`` is VN-2026.

        Raises :class:`NotFoundError` (no set for the country) or
        :class:`RangeError` (the date is before the first set)."""
        return cls(_handle=core.auction_rules_on(country, date))

    @classmethod
    @checked
    def parse(cls, text: str) -> "Rules":
        """A rule set from its text form: one line per rule (``rules ID``,
        ``extends ID``, ``round N cut LO HI DEFAULT of previous``, ...;
        the ``text`` of any built-in set shows the whole format).

        Raises :class:`ParseError` naming the line."""
        return cls(_handle=core.auction_rules_parse(text))

    @property
    def info(self) -> dict:
        """What the set says, a dict: id, title, country, source, from and
        to (dates in force, or None), max_rounds (auctions, 0 for no
        limit), takeover_after (the failed auction from which the
        creditor may take the asset, 0 for none), takeover_at_floor and
        floor_strict (bool-like ints)."""
        return _record(core.auction_rules_info_get(self._r),
                       ("id", "title", "country", "source", "from", "to",
                        "max_rounds", "takeover_after",
                        "takeover_at_floor", "floor_strict"))

    @property
    def id(self) -> str:
        """The set's id (``"VN-2014"``)."""
        return self.info["id"]

    @property
    def text(self) -> str:
        """The set as text; ``Rules.parse(rules.text)`` gives it back."""
        return core.auction_rules_to_text(self._r)

    def __repr__(self):
        i = self.info
        when = "%s to %s" % (i["from"] or "-", i["to"] or "-")
        return "Rules(%r)  # %s; %s, in force %s" % (
            i["id"], i["title"], i["country"], when)

    # Inverse queries ------------------------------------------------------
    @checked
    def first_price_range(self, cuts: int, price: Money) -> dict:
        """The first starting prices and appraised values consistent with
        a sale at ``price`` (VND) at the auction after ``cuts``
        reductions, sold at its starting price: a dict of VND first_lo,
        first_hi, value_lo, value_hi.

        ``Rules("VN-2014").first_price_range(6, 73_000_000_000)`` has
        first_hi 137,362,378,890.  Raises :class:`InvalidArgumentError`
        (price <= 0, cuts outside 0..9,999) or :class:`NotFoundError`
        (the rules allow no such sequence)."""
        b = core.auction_first_price_range(self._r, cuts, price)
        return _record(b, ("first_lo", "first_hi", "value_lo", "value_hi"))

    @checked
    def rounds_to_reach(self, value: Money, target: Money) -> int:
        """The fewest auctions after which the starting price of an asset
        appraised at ``value`` (VND) can be at or below ``target`` (VND),
        cutting as much as the rules allow (1 when the first price is
        already there).  Raises :class:`NotFoundError` when the rules
        never reach it."""
        return core.auction_rounds_to_reach(self._r, value, target)

    @checked
    def lowest_price(self, value: Money, cuts: int) -> int:
        """The lowest lawful starting price (VND) after ``cuts``
        reductions from ``value`` (VND).  Raises :class:`NotFoundError`
        for more cuts than the rules allow."""
        return core.auction_lowest_price(self._r, value, cuts)


_STATE = ("round", "cuts", "value", "price", "lowest_bid", "deposit",
          "next_min", "proceeds", "offer_open", "at_floor", "below_secured",
          "date", "next_date")
_STEP = ("round", "date", "price", "lowest_bid", "amount", "cut_ppm",
         "offer_open", "rule", "source")


class Sale:
    """The sale of one asset under a rule set, event by event or planned.

    Every event is checked against the rules; an illegal one raises
    :class:`RangeError` or :class:`StateError` naming the round, the rule
    and its source, and leaves the sale unchanged.  ``state`` says where
    it stands, ``steps`` lists what happened with the rule applied,
    :meth:`plan` continues it as if every auction failed.

    >>> sale = Sale("VN-2014", value=100_000_000, debt=150_000_000)
    >>> sale.plan()            # stops at 10% of the value by default
    >>> sale.state["price"], sale.state["round"]
    (10941902, 22)
    """

    @checked
    def __init__(self, rules: RulesLike, value: Money,
                 costs: Money = 0, debt: Money = 0, secured: Money = 0,
                 prior: Money = 0, real_estate: bool = False,
                 state_budget: bool = False,
                 start: Optional[datetime.date] = None,
                 calendar: Optional[Calendar] = None) -> None:
        """Starts a sale ready for auction 1.

        ``rules``: a :class:`Rules` or a built-in id; ``value``: the
        appraised value (VND, > 0); ``costs``: the enforcement costs so
        far (VND; under a rule set with a floor, such as Vietnam's, a
        price at or below them ends the sale); ``debt``: what the
        creditor is owed (redemption = debt + costs); ``secured``: debt
        secured on the asset ranking first; ``prior``: claims ranking
        before the creditor; ``real_estate`` and ``state_budget``: as the
        law distinguishes them; ``start``: the date of auction 1 (then
        ``calendar``, an :class:`enforcement.Calendar`, is required and
        every step is dated on it).

        Raises :class:`ArgumentTypeError` (a wrong type, start without a
        calendar) or :class:`InvalidArgumentError` (value <= 0, negative
        amounts)."""
        rules = _rules(rules, "Sale")
        if start is not None and calendar is None:
            raise ArgumentTypeError(
                "Sale: start is %s but calendar is None; a dated sale "
                "needs a working-day calendar (calendar=enforcement."
                "Calendar())" % start)
        opts = _options(value, costs, debt, secured, prior, real_estate,
                        state_budget, start, calendar)
        self.rules, self.calendar = rules, calendar
        self._opts = opts
        self._s = core.auction_new(rules._r, opts)

    @classmethod
    def _from_handle(cls, handle, rules, calendar):
        """A sale around a C sale the library built (from a case's log);
        it keeps the rule set and calendar it borrows alive."""
        sale = cls.__new__(cls)
        sale.rules, sale.calendar = rules, calendar
        sale._opts = None
        sale._s = handle
        return sale

    @checked
    def apply(self, kind: Kind, date: Optional[datetime.date] = None,
              amount: Money = 0) -> None:
        """Applies one event: ``kind`` (one of :data:`EVENT_KINDS`, any
        case), its ``date`` (None: undated) and its ``amount`` in VND (the
        new price of a "cut", the price of a "sold", the sum paid for
        "redeemed", the new value for "reappraised"; 0 otherwise).

        Raises :class:`RangeError` (a cut above its cap, a sale below the
        lowest bid, a date too early) or :class:`StateError` (not allowed
        now), the sale unchanged."""
        ev = core.auction_event()
        ev.kind = KINDS[kind]
        ev.date = date
        ev.amount = amount
        core.auction_apply(self._s, ev)

    @checked
    def replay(self, events: Sequence) -> None:
        """Applies events in order, all or nothing: each a tuple
        ``(kind, date)`` or ``(kind, date, amount)`` as in :meth:`apply`.

        >>> sale = Sale("VN-2014", value=100_000_000)
        >>> sale.replay([("failed", None), ("cut", None, 90_000_000)])
        >>> sale.state["price"]
        90000000

        Raises as :meth:`apply` (the message starts with the index of the
        event at fault), or :class:`ArgumentTypeError` for an event that
        is not such a tuple; the sale is unchanged on error."""
        rows = []
        for i, e in enumerate(to_list(events, "events", "Sale.replay",
                                      "a list of (kind, date[, amount])")):
            name = "events[%d]" % i
            if isinstance(e, (str, bytes, dict)) or \
                    not isinstance(e, (tuple, list)) or \
                    not 2 <= len(e) <= 3:
                raise ArgumentTypeError(
                    "Sale.replay: %s is %r; expected a tuple (kind, date) "
                    "or (kind, date, amount)" % (name, e))
            ev = core.auction_event()
            ev.kind = KINDS[to_choice(e[0], EVENT_KINDS, name + " kind",
                                      "Sale.replay")]
            ev.date = None if e[1] is None else \
                to_date(e[1], name + " date", "Sale.replay")
            ev.amount = to_money(e[2], name + " amount", "Sale.replay") \
                if len(e) == 3 else 0
            rows.append(ev)
        core.auction_replay(self._s, rows)

    @checked
    def replay_csv(self, text: str) -> None:
        """Applies the events of a trail in CSV (as :meth:`to_csv`
        writes), all or nothing.  Raises :class:`ParseError` naming the
        line and field, or as :meth:`replay`."""
        core.auction_replay_csv(self._s, text)

    # One method per event, for readable scripts.
    @checked
    def fail(self, date: Optional[datetime.date] = None) -> None:
        """The auction of the round failed (no registrant, bid or sale)."""
        self.apply("failed", date)

    @checked
    def cut(self, price: Money, date: Optional[datetime.date] = None) -> None:
        """A reduction to the new starting ``price`` (VND) was decided."""
        self.apply("cut", date, price)

    @checked
    def accept(self, date: Optional[datetime.date] = None) -> None:
        """The creditor takes the asset offered to it."""
        self.apply("accepted", date)

    @checked
    def decline(self, date: Optional[datetime.date] = None) -> None:
        """The creditor does not take the asset offered to it."""
        self.apply("declined", date)

    @checked
    def redeem(self, amount: Money,
               date: Optional[datetime.date] = None) -> None:
        """The debtor paid ``amount`` (VND, at least debt + costs) and
        keeps the asset."""
        self.apply("redeemed", date, amount)

    @checked
    def sell(self, price: Money, date: Optional[datetime.date] = None) -> None:
        """Sold at ``price`` (VND, at least the round's lowest bid)."""
        self.apply("sold", date, price)

    @checked
    def take(self, date: Optional[datetime.date] = None) -> None:
        """The asset is delivered to the creditor who accepted it."""
        self.apply("taken", date)

    @checked
    def give_back(self, date: Optional[datetime.date] = None) -> None:
        """The asset goes back to the debtor (at the floor or the end)."""
        self.apply("returned", date)

    @checked
    def withdraw(self, date: Optional[datetime.date] = None) -> None:
        """The coercion is withdrawn (secured debt + costs, no surplus)."""
        self.apply("withdrawn", date)

    @checked
    def reappraise(self, value: Money,
                   date: Optional[datetime.date] = None) -> None:
        """A new appraised ``value`` (VND) after a failure, where the
        rules allow it."""
        self.apply("reappraised", date, value)

    @checked
    def plan(self, cut: Optional[Share] = None, *,
             cut_ppm: Optional[int] = None, creditor_accepts: bool = False,
             max_rounds: Optional[int] = PLAN_MAX_ROUNDS,
             floor: Optional[Share] = PLAN_FLOOR,
             floor_price: Optional[Money] = None) -> None:
        """Continues the sale as if every auction failed, each step
        checked like an event and dated at the earliest the rules and the
        calendar allow; the steps are appended to ``steps``.

        ``cut``: the size of each reduction, a share of its base
        (``Rate.percent(5)`` or ``Fraction(1, 20)``; ``cut_ppm=50_000``
        says the same in parts per million); None: the rule set's default
        (Vietnam: 10%).  A cut outside the rule's range is brought into
        it.  ``creditor_accepts``: True, the creditor takes the asset when
        first offered; False, it declines every offer.

        The plan ends at the first of:

        - the rules end the sale: the creditor takes the asset, it is
          withdrawn, or it is returned at the end or at the floor (under
          Vietnam's rules, a price at or below the ``costs`` given to the
          sale, once the creditor declines it);
        - ``floor``: the next starting price would be below this share of
          the appraised value in force (default 10%, rounded up to the
          VND), or below ``floor_price`` (VND) when that is given instead;
          the sale stays after the last failed auction (and its declined
          offer), so a caller may still cut by hand.  ``floor=None`` and
          no ``floor_price``: no such stop;
        - ``max_rounds``: the failure of that auction, counted from
          auction 1 of the sale (default 30; its automatic offer is left
          open); None or 0: no limit;
        - no lower price is lawful (and in any case 10,000 auctions).

        Without the floor and the limit a plan of 10% cuts with no costs
        runs on for hundreds of auctions: ``Sale("VN-2014",
        value=100_000_000, debt=150_000_000).plan(floor=None,
        max_rounds=None)`` plans 636 steps down to 9 VND; with the
        defaults, 84 steps to 10,941,902 VND at auction 22.

        Afterwards ``state["phase"]`` tells how it ended: an ended phase
        ("taken", "returned", "withdrawn") when the rules ended it,
        "failed" or "offered" when the floor, the limit or the law's
        lowest price stopped it.

        Raises :class:`ArgumentTypeError` (a wrong type; cut and cut_ppm
        both given), :class:`InvalidArgumentError` (a share outside 0 to
        100%, not a whole ppm; a negative limit or floor price),
        :class:`StateError` (the sale has ended) or :class:`RangeError`
        (a date past the calendar), the sale unchanged."""
        policy = _policy(cut, cut_ppm, creditor_accepts, max_rounds, floor,
                         floor_price, self.state["value"], "Sale.plan")
        core.auction_plan(self._s, policy)

    @property
    def state(self) -> dict:
        """Where the sale stands, a dict: phase ("ready", "failed",
        "offered", "redeem", or an end: "sold", "taken", "redeemed",
        "returned", "withdrawn"), round (the current or last auction),
        cuts, value, price, lowest_bid, deposit, next_min (the lowest
        lawful next price, 0 if none), proceeds (all VND), offer_open,
        at_floor (price <= costs), below_secured (1 or 0), date and
        next_date (the earliest next step; None without dates)."""
        s = core.auction_state_get(self._s)
        out = _record(s, _STATE)
        out["phase"] = _PHASES.get(s.phase, s.phase)
        return out

    @property
    def steps(self) -> list:
        """The trail, a list of dicts: round, kind ("started", "failed",
        "cut", "offered", ...), phase after it, date (or None), price and
        lowest_bid after it, amount (VND), cut (a :class:`Rate`: the
        reduction as a share of the previous price, four decimals;
        ``cut_ppm`` the same in parts per million), offer_open, rule (one
        sentence) and source (its legal source)."""
        out = []
        for i in range(core.auction_count(self._s)):
            s = core.auction_step_at(self._s, i)
            d = _record(s, _STEP)
            d["kind"] = _KIND_NAMES.get(s.kind, s.kind)
            d["phase"] = _PHASES.get(s.phase, s.phase)
            d["cut"] = ppm_rate(s.cut_ppm)
            out.append(d)
        return out

    def __len__(self):
        """The number of steps in the trail."""
        return core.auction_count(self._s)

    def __repr__(self):
        st = self.state
        return ("<Sale under %s: value %d VND; %s in round %d at %d VND "
                "after %d cuts; %d steps>"
                % (self.rules.id if self.rules is not None
                   else "the rules of each step's date", st["value"],
                   st["phase"], st["round"],
                   st["price"], st["cuts"], len(self)))

    def to_csv(self) -> str:
        """The trail as CSV text (header round, kind, date, price,
        lowest_bid, amount, cut_ppm, phase, offer_open, rule, source)."""
        return core.auction_to_csv(self._s)

    def to_json(self) -> str:
        """The sale as JSON text, schema "enforcement-auction/1"
        (docs/schemas/auction.schema.json): the rule set id, the options
        and an array "steps" with the fields of the CSV."""
        return core.auction_to_json(self._s)


def _options(value, costs, debt, secured, prior, real_estate,
             state_budget, start, calendar):
    opts = core.auction_options()
    opts.value, opts.costs, opts.debt = value, costs, debt
    opts.secured, opts.prior = secured, prior
    opts.real_estate = int(bool(real_estate))
    opts.state_budget = int(bool(state_budget))
    opts.start = start
    if calendar is not None:
        opts.calendar = calendar._cal
    return opts


def _policy(cut, cut_ppm, creditor_accepts, max_rounds, floor, floor_price,
            value, where):
    """The C policy of a plan: the cut in ppm, the limit and the floor
    price in VND (the share of ``value``, rounded up, unless
    floor_price is given)."""
    ppm = pick_ppm(cut, cut_ppm, "cut", where)
    if max_rounds is not None and max_rounds < 0:
        raise core.InvalidArgumentError(
            "%s: max_rounds is %d; expected a number of auctions, or 0 or "
            "None for no limit" % (where, max_rounds))
    if floor_price is not None:
        if floor_price < 0:
            raise core.InvalidArgumentError(
                "%s: floor_price is %d; expected VND >= 0" % (where,
                                                              floor_price))
        price = floor_price
    elif floor is not None:
        share = to_fraction(floor, "floor", where)
        price = -((-share.numerator * value) // share.denominator)
    else:
        price = 0
    p = core.auction_policy()
    p.cut_ppm = ppm or 0
    p.creditor_accepts = int(bool(creditor_accepts))
    p.max_rounds = max_rounds or 0
    p.floor_price = price
    return p


@checked
def svg(sales: Sequence, title: Optional[str] = None) -> str:
    """A price-ladder chart of 1 to 16 :class:`Sale` objects side by side
    (starting price by auction as a percentage of each sale's value), as
    standalone SVG text.  Raises :class:`ArgumentTypeError` for an item
    that is not a Sale, :class:`InvalidArgumentError` for none or more
    than 16."""
    sales = to_list(sales, "sales", "svg", "a list of Sale")
    for i, s in enumerate(sales):
        if not isinstance(s, Sale):
            raise ArgumentTypeError("svg: sales[%d] is %r (%s); expected a "
                                    "Sale" % (i, s, type(s).__name__))
    return core.auction_svg([s._s for s in sales], title)


_CHART_LOCALES = {"vi": core.LOCALE_VI, "en": core.LOCALE_EN,
                  "plain": core.LOCALE_PLAIN}


@checked
def chart(sales: Sequence, names: Optional[Sequence[Optional[str]]] = None,
          title: Optional[str] = None, target: Optional[Rate] = None,
          target_label: Optional[str] = None,
          locale: Literal["en", "vi", "plain"] = "en",
          value_title: Optional[str] = None,
          unit_title: Optional[str] = None, label_chars: int = 0) -> str:
    """The price-ladder chart of :func:`svg` with a series name per sale,
    so that two sales under one rule set (two cut policies, say) are told
    apart in the legend: ``names`` gives one per sale (``None`` or "" in
    it, or no list: the rule set's id), cut to ``label_chars`` characters
    (0: 28) with an ellipsis, whole in a tooltip.  Every point has a tooltip with
    its series, auction and share of the value, written in the locale
    ("81,00%" in ``locale="vi"``); ``target`` (a :class:`Rate` of the
    value) draws a dashed line named in the legend (``target_label``);
    ``value_title`` and ``unit_title`` replace the axis titles.  Raises
    :class:`ArgumentTypeError` for an item that is not a Sale,
    :class:`InvalidArgumentError` for none or more than 16 sales or a
    ``names`` list of another length."""
    sales = to_list(sales, "sales", "chart", "a list of Sale")
    for i, s in enumerate(sales):
        if not isinstance(s, Sale):
            raise ArgumentTypeError("chart: sales[%d] is %r (%s); expected "
                                    "a Sale" % (i, s, type(s).__name__))
    if names is not None and len(names) != len(sales):
        raise core.InvalidArgumentError(
            "chart: names has %d entries for %d sales; give one name per "
            "sale" % (len(names), len(sales)))
    if label_chars < 0:
        raise core.InvalidArgumentError("chart: label_chars is %d; expected "
                                   "2..200, or 0 for 28" % label_chars)
    shown = [] if names is None else [
        "" if n is None else n for n in names]
    return core.auction_chart([s._s for s in sales], shown,
                              -1 if target is None else target.hundredths,
                              target_label, _CHART_LOCALES[locale], title,
                              value_title, unit_title, label_chars)


@checked
def sell_order(values: Sequence, target: Money) -> SellOrder:
    """Which of several assets to sell: their ``values`` (VND) and the
    ``target`` to cover (debt + costs, VND) give a :class:`SellOrder`
    (order, needed): every index, largest value first, and how many of
    them cover the target.

    >>> sell_order([5, 9, 9, 1], 10)
    SellOrder(order=[1, 2, 0, 3], needed=2)

    Raises :class:`InvalidArgumentError` for a negative value or target.
    """
    vals = [to_money(v, "values[%d]" % i, "sell_order")
            for i, v in enumerate(to_list(values, "values", "sell_order",
                                          "a list of VND amounts"))]
    needed, order = core.auction_sell_order(vals, target)
    return SellOrder(list(order), needed)


@checked
def appraisal(date: datetime.date, agreed: bool = False,
              new_item_value: Money = 0, perishable: bool = False,
              firm_available: bool = True, judgment_price: Money = 0,
              market_price: Money = 0, party_request: Optional[Party] = None,
              breach: bool = False, region: int = 1,
              price_change_request: Optional[Party] = None,
              rulebook: Optional[Rulebook] = None) -> dict:
    """Who sets the starting price, whether re-appraisal is due and who
    pays, under the law in force on the seizure ``date``.

    ``agreed``: the parties agreed a price; ``new_item_value``: the price
    of an identical new item (VND; at or below the small-value threshold
    the enforcer sets the price); ``perishable``; ``firm_available``: an
    appraiser can be contracted; ``judgment_price`` and ``market_price``
    (VND, 0 unknown); ``party_request`` and ``price_change_request``:
    None, "creditor" or "debtor" (who asked for a re-appraisal; a price
    moved by 20% or more is a ground only on such a request, paid by the
    requester, Decree 152 Art 62(1)-(2)); ``breach``: a serious breach of
    the appraisal rules; ``region``: the minimum-wage region (1 to 4) of
    the enforcement agency's seat (Decree 152 Art 60(5)); ``rulebook``:
    an :class:`enforcement.Rulebook` for the figures, None for the
    built-in catalogue.

    Returns a dict: regime, setter ("agreed", "appraiser", "enforcer",
    "council"), small_value (VND), contract_working_days, reappraise
    (bool), reason (text or None), appraisal_payer and reappraisal_payer
    (None, "debtor", "creditor" or "state"), source.

    Raises :class:`InvalidArgumentError` (region outside 1..4, negative
    amounts), :class:`RangeError` (a date before 1 Jul 2009) or
    :class:`NotFoundError` (a figure not in force on the date)."""
    f = core.appraisal_facts()
    f.date, f.region = date, region
    f.agreed, f.perishable = int(agreed), int(perishable)
    f.new_item_value = new_item_value
    f.firm_available = int(firm_available)
    f.judgment_price, f.market_price = judgment_price, market_price
    f.party_request = _PARTIES[party_request]
    f.price_change_request = _PARTIES[price_change_request]
    f.breach = int(breach)
    if rulebook is not None:
        f.rulebook = rulebook._book
    a = core.auction_appraisal(f)
    return {"regime": core.regime_name(a.regime),
            "setter": _SETTERS[a.setter], "small_value": a.small_value,
            "contract_working_days": a.contract_working_days,
            "reappraise": bool(a.reappraise),
            "reason": _REASONS[a.reappraise_reason],
            "appraisal_payer": _PAYERS[a.appraisal_payer],
            "reappraisal_payer": _PAYERS[a.reappraisal_payer],
            "source": a.source}


@checked
def takeover(rules: RulesLike, value: Money, entitlement: Money,
             costs: Money = 0, rent_reserve: Money = 0, priority: Money = 0,
             others: Money = 0, only_asset: bool = False,
             trail: Optional[Trail] = None) -> dict:
    """What a creditor who takes the asset pays in and is credited, under
    the rule set's settlement (Vietnam before 1 Jul 2026: Joint Circular
    11/2016 Art 7; after: Decree 152 Art 66, pro rata).

    ``value``: the price it takes the asset at; ``entitlement``: what it
    is owed; ``costs``, ``rent_reserve``, ``priority`` (sums owed first
    to others), ``others`` (claims of its rank): all VND;
    ``only_asset``: the debtor's only asset; ``trail``: a
    :class:`enforcement.payout.Trail` to record the steps.

    Returns a dict of VND: pay_in, credited, to_costs, to_reserve,
    to_priority, to_others, surplus (the parts of pay_in sum to it).

    Raises :class:`InvalidArgumentError` (negative amounts),
    :class:`StateError` (the rules have no takeover) or
    :class:`OverflowError`."""
    rules = _rules(rules, "takeover")
    f = core.takeover_facts()
    f.value, f.entitlement, f.costs = value, entitlement, costs
    f.rent_reserve, f.priority, f.others = rent_reserve, priority, others
    f.only_asset = int(only_asset)
    t = core.auction_takeover(rules._r, f,
                              None if trail is None else trail._t)
    return _record(t, ("pay_in", "credited", "to_costs", "to_reserve",
                       "to_priority", "to_others", "surplus"))


@dataclasses.dataclass(frozen=True)
class Scenario:
    """The figures of a Monte Carlo scenario (:func:`simulate`).

    Simulated over ``runs`` sales: ``sold`` (the share that sold, a
    :class:`Rate` exact to the part per million, i.e. four decimals of a
    percent), ``mean_proceeds`` (VND, unsold runs count 0),
    ``mean_auctions`` (auctions held, a ``Decimal`` to 0.001) and
    ``mean_days`` (days from auction 1 to the sale, over the sales, a
    ``Decimal`` to 0.001; 0 without dates).  Exact expectations from the
    same plan: ``expected_sold``, ``expected_proceeds``,
    ``expected_auctions``, ``expected_days`` (given a sale).
    ``max_auctions``: the auctions in the plan."""

    runs: int
    sold: Rate
    mean_proceeds: int
    mean_auctions: decimal.Decimal
    mean_days: decimal.Decimal
    expected_sold: Rate
    expected_proceeds: int
    expected_auctions: decimal.Decimal
    expected_days: decimal.Decimal
    max_auctions: int


def _milli(v):
    return decimal.Decimal(int(v)).scaleb(-3)


@checked
def simulate(rules: RulesLike, value: Money, costs: Money = 0,
             debt: Money = 0, secured: Money = 0, prior: Money = 0,
             real_estate: bool = False, state_budget: bool = False,
             start: Optional[datetime.date] = None,
             calendar: Optional[Calendar] = None,
             cut_ppm: Optional[int] = None, creditor_accepts: bool = False,
             max_rounds: Optional[int] = PLAN_MAX_ROUNDS,
             p_value_ppm: Optional[int] = None,
             p_zero_ppm: Optional[int] = None, runs: int = 10000,
             seed: int = 1, *, cut: Optional[Share] = None,
             floor: Optional[Share] = PLAN_FLOOR,
             floor_price: Optional[Money] = None,
             p_value: Optional[Share] = None,
             p_zero: Optional[Share] = None) -> Scenario:
    """A Monte Carlo of a sale: its plan (as :meth:`Sale.plan`, with the
    same ``cut``, ``creditor_accepts``, ``max_rounds`` and ``floor``
    defaults) where auction i, at starting price P_i, sells with the
    chance p_zero + (p_value - p_zero) x P_i / value.

    The sale's parameters are those of :class:`Sale`; ``p_value`` (the
    chance of a sale at the appraised value, default 10%) and ``p_zero``
    (at a price of zero, default 90%) are shares (``Rate.percent(10)``,
    ``Fraction(1, 10)``), or ``p_value_ppm``/``p_zero_ppm`` in parts per
    million; ``runs`` (1 to 100,000,000) sales are drawn from ``seed``,
    the same seed giving the same figures.

    Returns a :class:`Scenario` with exact values (Rate, Decimal, VND).

    >>> s = simulate("VN-2014", value=100_000_000, runs=20_000, seed=7)
    >>> s.expected_sold, s.expected_auctions     # doctest: +SKIP

    Raises as :class:`Sale` and :meth:`Sale.plan`, or
    :class:`InvalidArgumentError` (runs outside 1..100,000,000)."""
    rules = _rules(rules, "simulate")
    if start is not None and calendar is None:
        raise ArgumentTypeError("simulate: start is %s but calendar is "
                                "None; a dated plan needs a calendar"
                                % start)
    opts = _options(value, costs, debt, secured, prior, real_estate,
                    state_budget, start, calendar)
    policy = _policy(cut, cut_ppm, creditor_accepts, max_rounds, floor,
                     floor_price, value, "simulate")
    m = core.auction_model()
    pv = pick_ppm(p_value, p_value_ppm, "p_value", "simulate")
    pz = pick_ppm(p_zero, p_zero_ppm, "p_zero", "simulate")
    m.seed, m.runs = seed, runs
    m.p_value_ppm = 100000 if pv is None else pv
    m.p_zero_ppm = 900000 if pz is None else pz
    r = core.auction_simulate(rules._r, opts, policy, m)
    return Scenario(runs=r.runs, sold=ppm_rate(r.sold_ppm),
                    mean_proceeds=r.mean_proceeds,
                    mean_auctions=_milli(r.mean_auctions_milli),
                    mean_days=_milli(r.mean_days_milli),
                    expected_sold=ppm_rate(r.exp_sold_ppm),
                    expected_proceeds=r.exp_proceeds,
                    expected_auctions=_milli(r.exp_auctions_milli),
                    expected_days=_milli(r.exp_days_milli),
                    max_auctions=r.max_auctions)
