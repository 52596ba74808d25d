"""Cases, their event logs and the register, for Python.

Enum values are the text tokens of the CSV format ("request", "civil",
"decision_issued", "with_means", ...); dates are ``datetime.date`` (or
``None``); money is ``int``.  Every record converts to a plain ``dict``, so
``pandas.DataFrame(register.records(date))`` is a table of the caseload on
that date.
"""
import datetime
from typing import Literal, Optional, Sequence

from . import core
from ._check import (ArgumentTypeError, Money, Names, Path, checked,
                     to_choice, to_int)
from . import auction as _auction
from .dates import Calendar
from .corrections import CaseCorrections, RegisterCorrections

_FAMILY = {
    "mode": core.IO_ENUM_MODE,
    "judgment_kind": core.IO_ENUM_JUDGMENT_KIND,
    "role": core.IO_ENUM_PARTY_ROLE,
    "party_kind": core.IO_ENUM_PARTY_KIND,
    "obligation": core.IO_ENUM_OBLIGATION,
    "asset_kind": core.IO_ENUM_ASSET_KIND,
    "security": core.IO_ENUM_SECURITY,
    "event": core.IO_ENUM_EVENT,
    "state": core.IO_ENUM_STATE,
    "flag": core.IO_ENUM_FLAG,
}

# Grounds of postponement (Art 48), suspension (Art 49), termination
# (Art 50), in the order of the C enums.
POSTPONE_REASONS = ("illness", "address", "agreement", "dispute",
                    "interpretation", "not_collected", "transfer", "unsold",
                    "protest")
SUSPEND_REASONS = ("protest", "bankruptcy")
TERMINATE_REASONS = ("debtor_died", "creditor_died", "agreement", "annulled",
                     "dissolved", "exempted", "bankruptcy", "custody")
_REASONS = {"postponed": POSTPONE_REASONS, "suspended": SUSPEND_REASONS,
            "terminated": TERMINATE_REASONS}
DEADLINE_KINDS = ("decision", "voluntary_end", "verification",
                  "reverification", "separate_book", "limitation")
ENTITIES = ("cases", "parties", "obligations", "assets", "events")
# Rankings of the review list and the criteria an item met (review.h).
REVIEW_ORDERS = ("outstanding", "age")
REVIEW_REASONS = ("age", "money", "flags")
# The steps of a seized asset's sale whose law the auction engine checks
# (Case.apply_checked), and the stages of a sale (Case.asset_status).
SALE_EVENTS = ("auction_failed", "price_cut", "creditor_answered",
               "asset_sold", "asset_taken", "asset_redeemed",
               "asset_handed_over", "asset_returned")
ASSET_STAGES = ("none", "seized", "appraised", "in_auction", "sold",
                "handed_over", "returned", "redeemed", "taken")


def token(family: str, value: int) -> Optional[str]:
    """The text token of an enum value: ``token("event", 2)`` is
    ``'decision_issued'``; None for a value with no token.  ``family`` is
    one of mode, judgment_kind, role, party_kind, obligation, asset_kind,
    security, event, state, flag."""
    fam = to_choice(family, tuple(_FAMILY), "family", "token")
    return core.io_token(_FAMILY[fam], to_int(value, "value", "token"))


def tokens(family: str) -> list:
    """Every token of an enum family, in the order of its values (flags:
    in the order of their bits)."""
    fam = to_choice(family, tuple(_FAMILY), "family", "tokens")
    out = []
    for i in range(32):
        t = core.io_token(_FAMILY[fam], 1 << i if fam == "flag" else i)
        if t is None:
            break
        out.append(t)
    return out


def value(family: str, name) -> int:
    """The enum value of a token, in any case (an int passes through);
    an unknown token raises :class:`NotFoundError` listing the valid
    ones: ``value("mode", "Request")`` is ``core.MODE_REQUEST``."""
    fam = to_choice(family, tuple(_FAMILY), "family", "value")
    if isinstance(name, int) and not isinstance(name, bool):
        return name
    if not isinstance(name, str):
        raise ArgumentTypeError("%s is %r (%s); expected a token: %s" % (
            fam, name, type(name).__name__, ", ".join(tokens(fam))))
    try:
        return core.io_value(_FAMILY[fam], name.strip().lower())
    except core.NotFoundError:
        raise core.NotFoundError("%s is %r; expected one of %s" % (
            fam, name, ", ".join(tokens(fam)))) from None


def _names(x):
    """One token or several: a str is one name, not its characters."""
    if x is None:
        return ()
    return (x,) if isinstance(x, (str, int)) else tuple(x)


def _flags(flags):
    bits = 0
    for f in _names(flags):
        bits |= value("flag", f)
    return bits


def _flag_names(bits):
    return [t for i, t in enumerate(tokens("flag")) if bits & (1 << i)]


def _detail(kind, detail):
    if isinstance(detail, bool):
        return int(detail)
    if isinstance(detail, str) and kind in _REASONS:
        return _REASONS[kind].index(
            to_choice(detail, _REASONS[kind], "detail", "apply"))
    return to_int(detail, "detail", "apply")


def _detail_name(kind, detail):
    if kind in _REASONS:
        return _REASONS[kind][detail]
    if kind in ("verified", "classified", "creditor_answered"):
        return bool(detail)
    return detail


def _deadline(d):
    """A deadline record as a dict."""
    return {"kind": DEADLINE_KINDS[d.kind], "due": d.due, "from": d._from,
            "rule": d.rule, "source": d.source}


def _sale_options(rules, calendar, costs):
    """The options of the C functions that check a case's sale; the
    caller keeps rules and calendar alive for the call."""
    o = core.auction_case_options()
    o.rules = None if rules is None else rules._r
    o.calendar = None if calendar is None else calendar._cal
    o.costs = costs
    return o


def _filter(office=None, date=None):
    """A C filter keeping the cases of one office (None: all)."""
    f = core.filter()
    f.office = office
    f.date = date
    return f


def _event(kind, date, detail, amount, asset):
    code = value("event", kind)
    ev = core.event()
    ev.kind = code
    ev.date = date
    ev.detail = _detail(token("event", code), detail)
    ev.amount = amount
    ev.asset = -1 if asset is None else asset
    return ev


class Case(CaseCorrections):
    """One enforcement decision (one case) and its event log.

    ``Case("LS-TP", "12/QĐ-THADS", date(2025, 1, 6), mode="request")``
    makes a case that Python owns; once added to a :class:`Register` the
    register owns it.  Enum arguments are the tokens of the CSV files in
    any case ("request", "civil", "decision_issued", ...; see
    :func:`tokens`), dates ``datetime.date``, money whole VND.
    """

    @checked
    def __init__(self, office: str, decision_no: str,
                 decision_date: Optional[datetime.date] = None,
                 mode: str = "request", court: Optional[str] = None,
                 judgment_no: Optional[str] = None,
                 judgment_effective: Optional[datetime.date] = None,
                 judgment_kind: str = "civil", flags: Names = ()):
        self._c = core.case_new(office, decision_no, decision_date,
                                value("mode", mode), court, judgment_no,
                                judgment_effective,
                                value("judgment_kind", judgment_kind),
                                _flags(flags))
        self._owner = None

    _owner = None  # the Register holding the case, or None
    _index = None  # its index there

    @classmethod
    def _borrowed(cls, owner, index):
        case = cls.__new__(cls)
        case._owner = owner  # keeps the register (and so the case) alive
        case._index = index
        return case

    @property
    def _c(self):
        # A registered case is looked up at each use: the register may
        # have replaced it by its copy (Register.apply() on a case a
        # snapshot shares), and the old one lives only as long as the
        # snapshot.
        if self._owner is not None and self._index is not None:
            return core.register_at(self._owner._reg, self._index)
        return self._ptr

    @_c.setter
    def _c(self, ptr):
        self._ptr = ptr

    def _apply(self, ev):
        if self._owner is not None and self._index is not None:
            core.register_apply(self._owner._reg, self._index, ev)
        else:
            core.case_apply(self._c, ev)

    # -- facts and entities ----------------------------------------------
    @property
    def info(self) -> dict:
        """The facts of the case: office, decision_no, decision_date, mode,
        court, judgment_no, judgment_effective, judgment_kind and flags (a
        list of tokens)."""
        i = core.case_info_get(self._c)
        return {"office": i.office, "decision_no": i.decision_no,
                "decision_date": i.decision_date,
                "mode": token("mode", i.mode), "court": i.court,
                "judgment_no": i.judgment_no,
                "judgment_effective": i.judgment_effective,
                "judgment_kind": token("judgment_kind", i.judgment_kind),
                "flags": _flag_names(i.flags)}

    @property
    def key(self) -> tuple:
        """``(office, decision_no)``: the case's key in a register."""
        i = core.case_info_get(self._c)
        return (i.office, i.decision_no)

    @checked
    def add_party(self, role: str, name: str, kind: str = "person",
                  id: Optional[str] = None) -> int:
        """Adds a party: ``role`` "debtor" or "creditor", ``kind``
        "person", "organisation" or "state_budget", ``id`` an ID card or
        tax number; returns its index (from 0)."""
        return core.case_add_party(self._c, value("role", role),
                                   value("party_kind", kind), name, id)

    @checked
    def add_obligation(self, kind: str, amount: Money = 0, debtor: int = 0,
                       creditor: Optional[int] = None,
                       joint: bool = False) -> int:
        """Adds an obligation of the debtor (party index) to a creditor
        (party index, or None for the state): ``kind`` a token such as
        "money" or "state_budget" (see ``tokens("obligation")``),
        ``amount`` in VND; returns its index."""
        obl = core.obligation()
        obl.kind = value("obligation", kind)
        obl.amount = amount
        obl.debtor = debtor
        obl.creditor = -1 if creditor is None else creditor
        obl.joint = int(joint)
        return core.case_add_obligation(self._c, obl)

    @checked
    def add_asset(self, kind: str, description: str, owner: int = 0,
                  security: str = "none", secured_amount: Money = 0) -> int:
        """Adds an asset of a debtor (``owner``, a party index): ``kind``
        a token such as "land" (see ``tokens("asset_kind")``),
        ``security`` "none", "mortgage" or "pledge" and the debt it
        secures in VND; returns its index."""
        return core.case_add_asset(self._c, value("asset_kind", kind),
                                   description, owner,
                                   value("security", security),
                                   secured_amount)

    @checked
    def apply(self, kind: str, date: datetime.date, detail=0,
              amount: Money = 0, asset: Optional[int] = None) -> None:
        """Appends an event dated ``date`` if the transition table of the
        law allows it; raises :class:`StateError` otherwise, and the log
        is unchanged.  ``detail`` is a reason for "postponed",
        "suspended" and "terminated" (``POSTPONE_REASONS``, ...), True or
        False (with or without means) for "verified" and "classified";
        ``amount`` VND for money events; ``asset`` the asset index of
        asset events."""
        ev = _event(kind, date, detail, amount, asset)
        self._apply(ev)

    @checked
    def apply_checked(self, kind: str, date: datetime.date, detail=0,
                      amount: Money = 0, asset: Optional[int] = None,
                      rules: Optional[_auction.Rules] = None,
                      calendar: Optional[Calendar] = None,
                      costs: Money = 0) -> None:
        """:meth:`apply` with the law of a sale's steps (``SALE_EVENTS``)
        checked by the auction engine, as the CSV and JSON imports check
        them: the sale of ``asset`` is rebuilt from the log with the new
        step, each step under the rule set in force on its date (or
        ``rules``), and a step the law does not allow (a cut over the cap,
        an auction before the posting period, a takeover before the
        creditor's option opens) raises with the round, the rule and the
        article; the log is unchanged.  ``detail`` of "creditor_answered"
        is True when the creditor takes the asset; ``costs`` are the
        enforcement costs so far (the floor of a return)."""
        ev = _event(kind, date, detail, amount, asset)
        core.auction_case_check(self._c, ev,
                                _sale_options(rules, calendar, costs))
        self._apply(ev)

    @checked
    def asset_status(self, asset: int, date: datetime.date) -> dict:
        """Where the sale of ``asset`` stood at the end of ``date``, from
        the log (bookkeeping only): stage (``ASSET_STAGES``) and the date
        it began (``since``), value, the starting price of the next or
        last auction (``price``), auctions held and cuts so far, whether
        the creditor takes the asset, the sale price and day, and the
        handover day, which with the sale price feeds
        :meth:`enforcement.payout.Ledger.collect` (interest runs to the
        handover, Decree 152/2026 Art 29(2))."""
        s = core.case_asset_status(self._c, asset, date)
        return {"stage": ASSET_STAGES[s.stage], "since": s.since,
                "value": s.value, "price": s.price,
                "auctions": s.auctions, "cuts": s.cuts,
                "creditor_takes": bool(s.creditor_takes),
                "sale_price": s.sale_price, "sold_on": s.sold_on,
                "handed_over": s.handed_over}

    @checked
    def sale(self, asset: int = 0, rules: Optional[_auction.Rules] = None,
             calendar: Optional[Calendar] = None,
             costs: Money = 0) -> "_auction.Sale":
        """The sale of ``asset`` replayed from the log by the auction
        engine (each step under the rule set of its date, or ``rules``):
        a :class:`enforcement.auction.Sale` with its state and its steps,
        each with its rule and source.  Raises when the log holds a step
        the law does not allow, or the asset has no appraised value."""
        return _auction.Sale._from_handle(
            core.auction_from_case(self._c, asset,
                                   _sale_options(rules, calendar, costs)),
            rules, calendar)

    @property
    def parties(self) -> list:
        """The parties as dicts: index, role, kind, name, id."""
        out = []
        for i in range(core.case_party_count(self._c)):
            p = core.case_party(self._c, i)
            out.append({"index": i, "role": token("role", p.role),
                        "kind": token("party_kind", p.kind),
                        "name": p.name, "id": p.id})
        return out

    @property
    def obligations(self) -> list:
        """The obligations as dicts: index, kind, amount (VND), debtor,
        creditor (party indices; None for the state), joint."""
        out = []
        for i in range(core.case_obligation_count(self._c)):
            o = core.case_obligation(self._c, i)
            out.append({"index": i, "kind": token("obligation", o.kind),
                        "amount": o.amount, "debtor": o.debtor,
                        "creditor": None if o.creditor < 0 else o.creditor,
                        "joint": bool(o.joint)})
        return out

    @property
    def assets(self) -> list:
        """The assets as dicts: index, kind, description, owner (party
        index), security, secured_amount (VND)."""
        out = []
        for i in range(core.case_asset_count(self._c)):
            a = core.case_asset(self._c, i)
            out.append({"index": i, "kind": token("asset_kind", a.kind),
                        "description": a.description, "owner": a.owner,
                        "security": token("security", a.security),
                        "secured_amount": a.secured_amount})
        return out

    @property
    def events(self) -> list:
        """The (corrected) log in order, as dicts: seq (the place the event
        was entered in, :attr:`event_seqs`), date, kind, detail (a reason
        token, True/False for means, else the raw int), amount (VND),
        asset (index or None)."""
        out = []
        for i in range(core.case_event_count(self._c)):
            e = core.case_event(self._c, i)
            kind = token("event", e.kind)
            out.append({"seq": core.case_event_seq(self._c, i),
                        "date": e.date, "kind": kind,
                        "detail": _detail_name(kind, e.detail),
                        "amount": e.amount,
                        "asset": None if e.asset < 0 else e.asset})
        return out

    # -- as-of queries -----------------------------------------------------
    @checked
    def status_on(self, date: datetime.date) -> dict:
        """The case at the end of ``date``, from the events up to that day:
        state and the date it began (``since``), detail (the reason of a
        postponement, ...), owed, collected, paid and outstanding (VND),
        verifications, the regime in force and whether it counts as a
        case with means."""
        s = core.case_status_on(self._c, date)
        state = token("state", s.state)
        return {"state": state, "since": s.since,
                "detail": _detail_name(
                    {"postponed": "postponed", "suspended": "suspended",
                     "terminated": "terminated"}.get(state, state),
                    s.detail),
                "owed": s.owed, "collected": s.collected, "paid": s.paid,
                "outstanding": s.outstanding,
                "verifications": s.verifications,
                "regime": core.regime_name(s.regime),
                "counts_with_means": bool(s.counts_with_means)}

    @checked
    def deadlines(self, calendar: Calendar, date: datetime.date,
                  rules=None) -> list:
        """The open deadlines of the case on ``date`` (past due ones
        included), as dicts: kind (``DEADLINE_KINDS``), due, from (the
        date it runs from), rule and source (the article).  ``rules``: a
        :func:`case_rules` struct, default the regime in force."""
        return [_deadline(d) for d in core.case_deadlines(
            self._c, calendar._cal, rules, date)]

    @checked
    def to_json(self, calendar: Calendar, as_of: datetime.date) -> str:
        """The case on ``as_of`` as one JSON document, schema
        "enforcement-case/1" (docs/schemas/case.schema.json): its facts
        (as :meth:`Register.export_json` writes them, without the log),
        its status on ``as_of`` (state, since, detail and detail_token,
        owed, collected, paid, outstanding in VND, verifications, regime),
        the sale of each asset, the deadlines open on ``as_of`` under the
        regime then in force (counted with ``calendar``; overdue when due
        before ``as_of``) and the whole log as "history" (seq, date, kind,
        detail, detail_token, amount, asset), later events included.

        Raises :class:`RangeError` for a date outside the calendar."""
        return core.case_to_json(self._c, calendar._cal, as_of)

    @checked
    def to_dict(self, date: Optional[datetime.date] = None) -> dict:
        """The facts as one flat dict (flags as one bool column each,
        ``flag_corruption``, ...), with the status on ``date`` when
        given."""
        d = self.info
        names = set(d.pop("flags"))
        for f in tokens("flag"):
            d["flag_" + f] = f in names
        if date is not None:
            d.update(self.status_on(date))
        return d

    def __repr__(self):
        return "Case(%r, %r)" % self.key


class Register(RegisterCorrections):
    """Cases keyed by office and decision number.

    A container: ``len(reg)``, iteration in insertion order, ``reg[i]``,
    ``reg["LS-TP", "12/QĐ-THADS"]``, ``("LS-TP", "12/QĐ-THADS") in reg``,
    ``reg.get(office, no)``.  Cases it hands out are borrowed: they live as
    long as the register.
    """

    def __init__(self):
        self._reg = core.register_new()

    @classmethod
    @checked
    def load_csv_dir(cls, path: Path) -> "Register":
        """A register read from the five CSV files of a directory
        (cases.csv, parties.csv, obligations.csv, assets.csv, events.csv),
        all or nothing; an error names the file, line and field."""
        reg = cls()
        core.io_load_csv_dir(reg._reg, str(path))
        return reg

    @classmethod
    @checked
    def load_csv_dirs(cls, paths: Sequence[Path],
                      threads: int = 2) -> "Register":
        """A register read from several directories of the five CSV
        files (a nation's provincial exports), up to ``threads`` at once,
        all or nothing; the GIL is released meanwhile."""
        reg = cls()
        core.io_load_csv_dirs(reg._reg, [str(p) for p in paths], threads)
        return reg

    @checked
    def save_csv_dir(self, path: Path) -> None:
        """Writes the five CSV files into an existing directory, all or
        none: written into a new sibling directory, synced, then switched
        with the old one."""
        core.io_save_csv_dir(self._reg, str(path))

    @checked
    def save_store(self, path: Path) -> None:
        """Saves the register into a SQLite store file (created when
        missing), replacing what it held, in one transaction; see
        :class:`enforcement.Store` for appending case by case."""
        st = core.store_open(str(path), None)
        core.store_save(st, self._reg)

    @classmethod
    @checked
    def load_store(cls, path: Path) -> "Register":
        """A register read from a SQLite store file, all or nothing, with
        the checks of the CSV import; an error names the table, the row
        and the column."""
        o = core.store_options()
        o.create = 0
        o.read_only = 1
        st = core.store_open(str(path), o)
        reg = cls()
        core.store_load(st, reg._reg)
        return reg

    @checked
    def import_csv(self, cases: str, parties: Optional[str] = None,
                   obligations: Optional[str] = None,
                   assets: Optional[str] = None,
                   events: Optional[str] = None) -> None:
        """Adds cases from CSV texts (the files' contents), all or
        nothing."""
        core.io_import_csv(self._reg, cases, parties, obligations, assets,
                           events)

    @checked
    def export_csv(self, entity: Literal["cases", "parties", "obligations",
                                         "assets", "events"]) -> str:
        """One entity's CSV text."""
        return core.io_export_csv(self._reg, ENTITIES.index(entity))

    @checked
    def import_json(self, text, name: Optional[str] = None) -> None:
        """Adds cases from a JSON document (str, or UTF-8 bytes), all or
        nothing. The whole text is read: a NUL character in it is a
        :class:`ParseError` naming its byte offset; ``name`` names the
        document in messages."""
        if not isinstance(text, (str, bytes, bytearray, memoryview)):
            raise ArgumentTypeError("import_json: text is %r (%s); expected "
                                    "str or bytes" % (text, type(text)
                                                      .__name__))
        core.io_import_json_n(self._reg, text, name)

    def export_json(self) -> str:
        """The whole register as one JSON document, schema
        "enforcement-register/1" (docs/schemas/register.schema.json)."""
        return core.io_export_json(self._reg)

    @checked
    def add(self, case: Case) -> None:
        """Hands a new :class:`Case` to the register, which owns it from
        then on; a case whose key is already there raises
        :class:`InvalidArgumentError`."""
        if case._owner is not None:
            raise core.InvalidArgumentError(
                "add: case %r already belongs to a register" % (case.key,))
        core.register_add(self._reg, case._c)
        case._c.thisown = False  # the register frees it now
        case._owner = self
        case._index = len(self) - 1

    def __len__(self):
        return core.register_count(self._reg)

    def __getitem__(self, key):
        """``reg[i]`` (insertion order, negative from the end) or
        ``reg[office, decision_no]``."""
        if isinstance(key, tuple):
            if len(key) != 2:
                raise ArgumentTypeError(
                    "Register[%r]: a key is (office, decision_no)" % (key,))
            found = self.get(*key)
            if found is None:
                raise KeyError(key)
            return found
        if isinstance(key, bool) or not isinstance(key, int):
            raise ArgumentTypeError(
                "Register[%r]: expected an index or (office, decision_no)"
                % (key,))
        if key < 0:
            key += len(self)
        if not 0 <= key < len(self):
            core.register_at(self._reg, key)  # raises RangeError
        return Case._borrowed(self, key)

    def __contains__(self, key):
        return isinstance(key, tuple) and len(key) == 2 and \
            all(isinstance(k, str) for k in key) and self.get(*key) is not None

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<Register: %d cases>" % len(self)

    @checked
    def get(self, office: str, decision_no: str, default=None):
        """The case of an office and decision number, or ``default``."""
        try:
            return self.find(office, decision_no)
        except core.NotFoundError:
            return default

    @checked
    def find(self, office: str, decision_no: str) -> Case:
        """The case of an office and decision number; raises
        :class:`NotFoundError` when there is none."""
        return Case._borrowed(
            self, core.register_index(self._reg, office, decision_no))

    @checked
    def snapshot(self) -> "Register":
        """A read-only copy of the register as it is now, cheap to take
        (the cases are shared, not copied): reports, worklists and
        exports of it never change, whatever is written to this register
        afterwards, so other threads may read it while this one writes
        (docs/threads.md).  Writing to it raises :class:`StateError`."""
        snap = Register.__new__(Register)
        snap._reg = core.register_snapshot(self._reg)
        return snap

    @property
    def is_snapshot(self) -> bool:
        """True for a register made by :meth:`snapshot` (read-only)."""
        return bool(core.register_is_snapshot(self._reg))

    @checked
    def apply(self, index, kind: str, date: datetime.date, detail=0,
              amount: Money = 0, asset: Optional[int] = None) -> None:
        """Appends an event to the case at ``index`` (or of key
        ``(office, decision_no)``), as :meth:`Case.apply` does; a case a
        snapshot shares is copied first, so the snapshot keeps the old
        one.  Raises :class:`StateError` when the law does not allow the
        event (the message names the index and the case), or on a
        snapshot; nothing changes then."""
        if isinstance(index, tuple):
            index = core.register_index(self._reg, *index)
        core.register_apply(self._reg, index,
                            _event(kind, date, detail, amount, asset))

    @checked
    def filter(self, office: Optional[str] = None, states: Names = (),
               modes: Names = (), judgment_kinds: Names = (),
               obligation_kinds: Names = (), flags: Names = (),
               date: Optional[datetime.date] = None) -> list:
        """The cases kept by every criterion given, in register order:
        ``office``; ``states`` on ``date`` (needed with states); ``modes``,
        ``judgment_kinds``, ``obligation_kinds`` (cases with one such
        obligation) and ``flags`` (cases with all of them).  Each is a
        token or a list of tokens: ``reg.filter(states="with_means",
        date=date(2025, 9, 30))``."""
        def mask(family, names):
            m = 0
            for n in _names(names):
                m |= 1 << value(family, n)
            return m
        f = _filter(office, date)
        f.states = mask("state", states)
        f.modes = mask("mode", modes)
        f.judgment_kinds = mask("judgment_kind", judgment_kinds)
        f.obligation_kinds = mask("obligation", obligation_kinds)
        f.flags = _flags(flags)
        return [self[i] for i in core.register_filter(self._reg, f)]

    @checked
    def worklist(self, calendar: Calendar, as_of: datetime.date,
                 until: Optional[datetime.date] = None,
                 office: Optional[str] = None, rules=None) -> list:
        """The deadlines to work on, earliest first, as dicts: office,
        decision_no, case_index, the fields of :meth:`Case.deadlines`
        (kind, due, from, rule, source) and ``overdue`` (True when due
        before ``as_of``).

        The cases are taken as they stood at the end of ``as_of`` (their
        state, and only their events up to that day: on historical data
        nothing after "today" is looked at), and every deadline open then
        and due on or before ``until`` is listed, overdue ones included.
        A voluntary period still running on ``as_of`` that ends by
        ``until`` is listed (it tells when coercion may start).
        ``worklist(cal, date)`` (``until`` None) is the worklist of that
        one day: the deadlines due on or before ``date`` of the cases in
        their state on ``date``, as before.  Example, the next ten working
        days: ``reg.worklist(cal, today, cal.period_end(today, 10,
        "working_days"))``.  ``office`` keeps one office's cases; ``rules`` (a
        ``core.case_rules``) replaces the regime's rules of ``as_of``.

        Raises :class:`InvalidArgumentError` when ``until`` is before
        ``as_of``, :class:`RangeError` for a date outside the calendar.
        """
        until = as_of if until is None else until
        out = []
        for item in core.register_worklist_window(
                self._reg, _filter(office, as_of), calendar._cal, rules,
                as_of, until):
            i = item.case_index
            office_i, no = self[i].key
            out.append({"office": office_i, "decision_no": no,
                        "case_index": i, **_deadline(item.deadline),
                        "overdue": bool(item.overdue)})
        return out

    @checked
    def worklist_json(self, calendar: Calendar, as_of: datetime.date,
                      until: Optional[datetime.date] = None,
                      office: Optional[str] = None, rules=None) -> str:
        """The worklist of :meth:`worklist` (same arguments) as one JSON
        document, schema "enforcement-worklist/1"
        (docs/schemas/worklist.schema.json): as_of, until, count, overdue
        (how many items are) and the items, each with case_index, office,
        decision_no, the case's state on ``as_of``, kind, due, from,
        overdue, rule and source.

        Raises :class:`InvalidArgumentError` when ``until`` is before
        ``as_of``, :class:`RangeError` for a date outside the calendar."""
        until = as_of if until is None else until
        items = core.register_worklist_window(
            self._reg, _filter(office, as_of), calendar._cal, rules, as_of,
            until)
        return core.worklist_to_json(self._reg, items, as_of, until)

    def to_frame(self, date: Optional[datetime.date] = None):
        """One row per case as a pandas DataFrame, with its status at the
        end of ``date`` (None: after every event); see
        :func:`enforcement.frames.register_frame` for the columns."""
        from .frames import register_frame
        return register_frame(self, date)

    def events_frame(self):
        """One row per event as a pandas DataFrame, built column-wise (a
        few million rows a second); see
        :func:`enforcement.frames.events_frame` for the columns."""
        from .frames import events_frame
        return events_frame(self)

    @checked
    def review(self, date: datetime.date, office: Optional[str] = None,
               modes: Names = (), states: Names = (),
               since_before: Optional[datetime.date] = None,
               min_outstanding: Money = 0, flags: Names = (),
               match_any: bool = False,
               order: Literal["outstanding", "age"] = "outstanding") -> list:
        """The review list on ``date`` ("hot spots"): the cases in the
        scope (``office``, ``modes``, ``states`` on ``date``; by default
        those with means and not done) that meet the criteria given, all
        of them or, with ``match_any``, any: in their state since a day
        before ``since_before``, at least ``min_outstanding`` VND
        outstanding, one of ``flags``.  Ranked by money outstanding or by
        age (ties by office, then decision number), as dicts: office,
        decision_no, case_index, state, since, outstanding, age_days and
        reasons (the criteria met: "age", "money", "flags")."""
        def mask(family, names):
            m = 0
            for n in _names(names):
                m |= 1 << value(family, n)
            return m
        o = core.review_options()
        o.date = date
        o.office = office
        o.modes = mask("mode", modes)
        o.states = mask("state", states)
        o.since_before = since_before
        o.min_outstanding = min_outstanding
        o.flags = _flags(flags)
        o.match_any = int(match_any)
        o.order = REVIEW_ORDERS.index(order)
        out = []
        for item in core.register_review(self._reg, o):
            office_i, no = self[item.case_index].key
            out.append({
                "office": office_i, "decision_no": no,
                "case_index": item.case_index,
                "state": token("state", item.state), "since": item.since,
                "outstanding": item.outstanding,
                "age_days": item.age_days,
                "reasons": [r for i, r in enumerate(REVIEW_REASONS)
                            if item.reasons & (1 << i)]})
        return out

    @checked
    def records(self, date: datetime.date) -> list:
        """One dict per case (:meth:`Case.to_dict`) with its status on
        ``date``, for ``pandas.DataFrame``."""
        return [case.to_dict(date) for case in self]

    def event_records(self) -> list:
        """One dict per event (:attr:`Case.events`), with the case's
        office and decision_no."""
        out = []
        for case in self:
            office, no = case.key
            for e in case.events:
                e.update(office=office, decision_no=no)
                out.append(e)
        return out
