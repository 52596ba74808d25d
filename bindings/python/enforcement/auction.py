"""Selling a seized asset, for Python: rule sets, the auction sequence with
its price reductions (checked event by event, or planned), inverse
queries, several assets, the creditor's takeover and Monte Carlo
scenarios.  Money is ``int`` (VND); shares are in parts per million
(10% = 100000).

>>> from enforcement import auction
>>> sale = auction.Sale(auction.Rules("VN-2014"), value=100_000_000)
>>> sale.fail(); sale.cut(90_000_000)
>>> sale.state["price"]
90000000
"""
from . import core
from ._common import _structs

KINDS = {"failed": core.AUCTION_FAILED, "cut": core.AUCTION_CUT,
         "offered": core.AUCTION_OFFERED, "accepted": core.AUCTION_ACCEPTED,
         "declined": core.AUCTION_DECLINED,
         "redeemed": core.AUCTION_REDEEMED, "sold": core.AUCTION_SOLD,
         "taken": core.AUCTION_TAKEN, "returned": core.AUCTION_RETURNED,
         "withdrawn": core.AUCTION_WITHDRAWN,
         "reappraised": core.AUCTION_REAPPRAISED,
         "started": core.AUCTION_STARTED}
_KIND_NAMES = {v: k for k, v in KINDS.items()}
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


def _kind(kind):
    if isinstance(kind, str):
        try:
            return KINDS[kind]
        except KeyError:
            raise core.InvalidArgumentError(
                "kind is %r; expected one of %s" % (kind, sorted(KINDS)))
    return kind


def _record(obj, fields):
    # SWIG renames members that are Python keywords ("from" -> "_from").
    return {f: getattr(obj, "_" + f if f == "from" else f) for f in fields}


class Rules:
    """An auction rule set: built in (``Rules("VN-2014")``), in force in a
    country on a date (``Rules.on("VN", date)``) or parsed from text
    (``Rules.parse(text)``; ``rules.text`` writes the format back).
    Immutable; share it between sales and threads."""

    def __init__(self, id=None, _handle=None):
        self._r = _handle if _handle is not None else \
            core.auction_rules_builtin(id)

    @staticmethod
    def ids():
        """The ids of the built-in rule sets."""
        out, i = [], 0
        while True:
            name = core.auction_rules_builtin_id(i)
            if name is None:
                return out
            out.append(name)
            i += 1

    @classmethod
    def on(cls, country, date):
        """The built-in set of a country in force on a date."""
        return cls(_handle=core.auction_rules_on(country, date))

    @classmethod
    def parse(cls, text):
        """A rule set from text (see rules.h for the format)."""
        return cls(_handle=core.auction_rules_parse(text))

    @property
    def info(self):
        return _record(core.auction_rules_info_get(self._r),
                       ("id", "title", "country", "source", "from", "to",
                        "max_rounds", "takeover_after",
                        "takeover_at_floor", "floor_strict"))

    @property
    def id(self):
        return self.info["id"]

    @property
    def text(self):
        return core.auction_rules_to_text(self._r)

    def __repr__(self):
        return "Rules(%r)" % self.id

    # Inverse queries ------------------------------------------------------
    def first_price_range(self, cuts, price):
        """First starting prices and appraised values consistent with a sale
        at ``price`` at the auction after ``cuts`` reductions (sold at its
        starting price): a dict first_lo, first_hi, value_lo, value_hi."""
        b = core.auction_first_price_range(self._r, cuts, price)
        return _record(b, ("first_lo", "first_hi", "value_lo", "value_hi"))

    def rounds_to_reach(self, value, target):
        """The fewest auctions after which the price can be <= target."""
        return core.auction_rounds_to_reach(self._r, value, target)

    def lowest_price(self, value, cuts):
        """The lowest lawful starting price after ``cuts`` reductions."""
        return core.auction_lowest_price(self._r, value, cuts)


_STATE = ("round", "cuts", "value", "price", "lowest_bid", "deposit",
          "next_min", "proceeds", "offer_open", "at_floor", "below_secured",
          "date", "next_date")
_STEP = ("round", "date", "price", "lowest_bid", "amount", "cut_ppm",
         "offer_open", "rule", "source")


class Sale:
    """The sale of one asset under a rule set.  Events are checked against
    the rules; an illegal one raises (RangeError, StateError) naming the
    round, the rule and its source, and leaves the sale unchanged."""

    def __init__(self, rules, value, costs=0, debt=0, secured=0, prior=0,
                 real_estate=False, state_budget=False, start=None,
                 calendar=None):
        if isinstance(rules, str):
            rules = Rules(rules)
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

    def apply(self, kind, date=None, amount=0):
        """Applies one event: a kind ("failed", "cut", "accepted", ...), its
        date or None, and its amount (the new price of a cut, the price of
        a sale, the sum paid to redeem, the new value)."""
        ev = core.auction_event()
        ev.kind = _kind(kind)
        ev.date = date
        ev.amount = amount
        core.auction_apply(self._s, ev)

    def replay(self, events):
        """Applies (kind, date[, amount]) tuples, all or nothing."""
        core.auction_replay(self._s, _structs(
            core.auction_event, ("kind", "date", "amount"),
            [(_kind(e[0]),) + tuple(e[1:]) for e in events], "an event", 2))

    def replay_csv(self, text):
        core.auction_replay_csv(self._s, text)

    # One method per event, for readable scripts.
    def fail(self, date=None):
        self.apply("failed", date)

    def cut(self, price, date=None):
        self.apply("cut", date, price)

    def accept(self, date=None):
        self.apply("accepted", date)

    def decline(self, date=None):
        self.apply("declined", date)

    def redeem(self, amount, date=None):
        self.apply("redeemed", date, amount)

    def sell(self, price, date=None):
        self.apply("sold", date, price)

    def take(self, date=None):
        self.apply("taken", date)

    def give_back(self, date=None):
        self.apply("returned", date)

    def withdraw(self, date=None):
        self.apply("withdrawn", date)

    def reappraise(self, value, date=None):
        self.apply("reappraised", date, value)

    def plan(self, cut_ppm=0, creditor_accepts=False, max_rounds=0):
        """Continues the sale as if every auction failed, with cuts of
        ``cut_ppm`` (0: the rule set's default), dated at the earliest."""
        core.auction_plan(self._s, _policy(cut_ppm, creditor_accepts,
                                           max_rounds))

    @property
    def state(self):
        s = core.auction_state_get(self._s)
        out = _record(s, _STATE)
        out["phase"] = _PHASES.get(s.phase, s.phase)
        return out

    @property
    def steps(self):
        out = []
        for i in range(core.auction_count(self._s)):
            s = core.auction_step_at(self._s, i)
            d = _record(s, _STEP)
            d["kind"] = _KIND_NAMES.get(s.kind, s.kind)
            d["phase"] = _PHASES.get(s.phase, s.phase)
            out.append(d)
        return out

    def __len__(self):
        return core.auction_count(self._s)

    def to_csv(self):
        return core.auction_to_csv(self._s)

    def to_json(self):
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


def _policy(cut_ppm, creditor_accepts, max_rounds):
    p = core.auction_policy()
    p.cut_ppm = cut_ppm
    p.creditor_accepts = int(bool(creditor_accepts))
    p.max_rounds = max_rounds
    return p


def svg(sales, title=None):
    """A price-ladder chart (SVG text) of several sales side by side."""
    return core.auction_svg([s._s for s in sales], title)


def sell_order(values, target):
    """Indices of the assets, largest value first, and how many of them
    cover ``target`` (debt + costs)."""
    needed, order = core.auction_sell_order(list(values), target)
    return order, needed


def appraisal(date, agreed=False, new_item_value=0, perishable=False,
              firm_available=True, judgment_price=0, market_price=0,
              party_request=None, breach=False, region=1,
              price_change_request=None, rulebook=None):
    """Who sets the starting price, whether re-appraisal is due and who
    pays, under the law in force on the seizure ``date``.  ``region`` is
    the minimum-wage region of the enforcement agency's seat (Decree 152
    Art 60(5)); ``party_request`` and ``price_change_request`` name the
    party who asked (None, "creditor" or "debtor"): a price moved by 20% or
    more is a ground only on such a request, paid by the requester
    (Decree 152 Art 62(1)-(2)).  The figures (VN.small_value,
    VN-2026.small_value_wages, VN.appraisal_contract_working_days,
    VN.price_change_ppm) come from ``rulebook`` (a
    :class:`enforcement.Rulebook`), or the built-in catalogue."""
    f = core.appraisal_facts()
    f.date, f.region = date, region
    f.agreed, f.perishable = int(bool(agreed)), int(bool(perishable))
    f.new_item_value = new_item_value
    f.firm_available = int(bool(firm_available))
    f.judgment_price, f.market_price = judgment_price, market_price
    f.party_request = _PARTIES[party_request]
    f.price_change_request = _PARTIES[price_change_request]
    f.breach = int(bool(breach))
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


def takeover(rules, value, entitlement, costs=0, rent_reserve=0, priority=0,
             others=0, only_asset=False, trail=None):
    """What a creditor who takes the asset pays in and is credited."""
    if isinstance(rules, str):
        rules = Rules(rules)
    f = core.takeover_facts()
    f.value, f.entitlement, f.costs = value, entitlement, costs
    f.rent_reserve, f.priority, f.others = rent_reserve, priority, others
    f.only_asset = int(bool(only_asset))
    t = core.auction_takeover(rules._r, f,
                              None if trail is None else trail._t)
    return _record(t, ("pay_in", "credited", "to_costs", "to_reserve",
                       "to_priority", "to_others", "surplus"))


def simulate(rules, value, costs=0, debt=0, secured=0, prior=0,
             real_estate=False, state_budget=False, start=None,
             calendar=None, cut_ppm=0, creditor_accepts=False, max_rounds=0,
             p_value_ppm=100000, p_zero_ppm=900000, runs=10000, seed=1):
    """Monte Carlo of a sale: a dict of simulated and exact figures (money
    in VND, shares in ppm, auctions and days x 1000)."""
    if isinstance(rules, str):
        rules = Rules(rules)
    opts = _options(value, costs, debt, secured, prior, real_estate,
                    state_budget, start, calendar)
    m = core.auction_model()
    m.seed, m.p_value_ppm, m.p_zero_ppm, m.runs = seed, p_value_ppm, \
        p_zero_ppm, runs
    r = core.auction_simulate(rules._r, opts,
                              _policy(cut_ppm, creditor_accepts, max_rounds),
                              m)
    return _record(r, ("runs", "sold_ppm", "mean_proceeds",
                       "mean_auctions_milli", "mean_days_milli",
                       "exp_sold_ppm", "exp_proceeds", "exp_auctions_milli",
                       "exp_days_milli", "max_auctions"))
