"""Cases, their event logs and the register, for Python.

Enum values are the text tokens of the CSV format ("request", "civil",
"decision_issued", "with_means", ...); dates are ``datetime.date`` (or
``None``); money is ``int``.  Every record converts to a plain ``dict``, so
``pandas.DataFrame(register.records(date))`` is a table of the caseload on
that date.
"""
from . import core

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


def token(family, value):
    """The text token of an enum value: ``token("event", 2)`` is
    ``'decision_issued'``."""
    return core.io_token(_FAMILY[family], int(value))


def value(family, name):
    """The enum value of a token (an int passes through)."""
    if isinstance(name, int):
        return name
    return core.io_value(_FAMILY[family], name)


def _flags(flags):
    bits = 0
    for f in flags:
        bits |= value("flag", f)
    return bits


def _flag_names(bits):
    return [token("flag", 1 << i) for i in range(3) if bits & (1 << i)]


def _detail(kind, detail):
    if isinstance(detail, bool):
        return int(detail)
    if isinstance(detail, str):
        return _REASONS[kind].index(detail)
    return int(detail)


def _detail_name(kind, detail):
    if kind in _REASONS:
        return _REASONS[kind][detail]
    if kind in ("verified", "classified"):
        return bool(detail)
    return detail


def _deadline(d):
    """A deadline record as a dict."""
    return {"kind": DEADLINE_KINDS[d.kind], "due": d.due, "from": d._from,
            "rule": d.rule, "source": d.source}


def _filter(office=None, date=None):
    """A C filter keeping the cases of one office (None: all)."""
    f = core.filter()
    f.office = office
    f.date = date
    return f


class Case:
    """One enforcement decision (one case) and its event log."""

    def __init__(self, office, decision_no, decision_date=None,
                 mode="request", court=None, judgment_no=None,
                 judgment_effective=None, judgment_kind="civil", flags=()):
        self._c = core.case_new(office, decision_no, decision_date,
                                value("mode", mode), court, judgment_no,
                                judgment_effective,
                                value("judgment_kind", judgment_kind),
                                _flags(flags))
        self._owner = None

    @classmethod
    def _borrowed(cls, ptr, owner):
        case = cls.__new__(cls)
        case._c = ptr
        case._owner = owner  # keeps the register (and so the case) alive
        return case

    # -- facts and entities ----------------------------------------------
    @property
    def info(self):
        i = core.case_get_info(self._c)
        return {"office": i.office, "decision_no": i.decision_no,
                "decision_date": i.decision_date,
                "mode": token("mode", i.mode), "court": i.court,
                "judgment_no": i.judgment_no,
                "judgment_effective": i.judgment_effective,
                "judgment_kind": token("judgment_kind", i.judgment_kind),
                "flags": _flag_names(i.flags)}

    @property
    def key(self):
        i = core.case_get_info(self._c)
        return (i.office, i.decision_no)

    def add_party(self, role, name, kind="person", id=None):
        """Adds a debtor or creditor; returns its index."""
        return core.case_add_party(self._c, value("role", role),
                                   value("party_kind", kind), name, id)

    def add_obligation(self, kind, amount=0, debtor=0, creditor=None,
                       joint=False):
        """Adds an obligation of a debtor (index) to a creditor (index or
        None); returns its index."""
        obl = core.obligation()
        obl.kind = value("obligation", kind)
        obl.amount = amount
        obl.debtor = debtor
        obl.creditor = -1 if creditor is None else creditor
        obl.joint = int(bool(joint))
        return core.case_add_obligation(self._c, obl)

    def add_asset(self, kind, description, owner=0, security="none",
                  secured_amount=0):
        """Adds an asset of a debtor; returns its index."""
        return core.case_add_asset(self._c, value("asset_kind", kind),
                                   description, owner,
                                   value("security", security),
                                   secured_amount)

    def apply(self, kind, date, detail=0, amount=0, asset=None):
        """Appends an event if the transition table allows it; raises
        :class:`enforcement.StateError` otherwise (the log is unchanged).
        ``detail`` is a reason name for postponed/suspended/terminated
        ("agreement", ...) or a bool for verified/classified."""
        name = token("event", value("event", kind))
        ev = core.event()
        ev.kind = value("event", kind)
        ev.date = date
        ev.detail = _detail(name, detail)
        ev.amount = amount
        ev.asset = -1 if asset is None else asset
        core.case_apply(self._c, ev)

    @property
    def parties(self):
        out = []
        for i in range(core.case_party_count(self._c)):
            p = core.case_party(self._c, i)
            out.append({"index": i, "role": token("role", p.role),
                        "kind": token("party_kind", p.kind),
                        "name": p.name, "id": p.id})
        return out

    @property
    def obligations(self):
        out = []
        for i in range(core.case_obligation_count(self._c)):
            o = core.case_obligation(self._c, i)
            out.append({"index": i, "kind": token("obligation", o.kind),
                        "amount": o.amount, "debtor": o.debtor,
                        "creditor": None if o.creditor < 0 else o.creditor,
                        "joint": bool(o.joint)})
        return out

    @property
    def assets(self):
        out = []
        for i in range(core.case_asset_count(self._c)):
            a = core.case_asset(self._c, i)
            out.append({"index": i, "kind": token("asset_kind", a.kind),
                        "description": a.description, "owner": a.owner,
                        "security": token("security", a.security),
                        "secured_amount": a.secured_amount})
        return out

    @property
    def events(self):
        out = []
        for i in range(core.case_event_count(self._c)):
            e = core.case_event(self._c, i)
            kind = token("event", e.kind)
            out.append({"seq": i, "date": e.date, "kind": kind,
                        "detail": _detail_name(kind, e.detail),
                        "amount": e.amount,
                        "asset": None if e.asset < 0 else e.asset})
        return out

    # -- as-of queries -----------------------------------------------------
    def status_on(self, date):
        """The case at the end of ``date``: state, amounts, regime."""
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

    def deadlines(self, calendar, date, rules=None):
        """Open deadlines on ``date`` (see ``enf_case_deadlines``)."""
        return [_deadline(d) for d in core.case_deadlines(
            self._c, calendar._cal, rules, date)]

    def to_dict(self, date=None):
        """The facts, and the status on ``date`` when given."""
        d = self.info
        d["flags"] = "|".join(d["flags"])
        if date is not None:
            d.update(self.status_on(date))
        return d

    def __repr__(self):
        return "Case(%r, %r)" % self.key


class Register:
    """Cases keyed by office and decision number."""

    def __init__(self):
        self._reg = core.register_new()

    @classmethod
    def load_csv_dir(cls, path):
        """A register read from the five CSV files of a directory."""
        reg = cls()
        core.io_load_csv_dir(reg._reg, str(path))
        return reg

    @classmethod
    def load_csv_dirs(cls, paths, threads=2):
        """A register read from several directories of the five CSV
        files (a nation's provincial exports), up to ``threads`` at once,
        all or nothing."""
        reg = cls()
        core.io_load_csv_dirs(reg._reg, [str(p) for p in paths], threads)
        return reg

    def save_csv_dir(self, path):
        core.io_save_csv_dir(self._reg, str(path))

    def import_csv(self, cases, parties=None, obligations=None, assets=None,
                   events=None):
        """Adds cases from CSV texts, all or nothing."""
        core.io_import_csv(self._reg, cases, parties, obligations, assets,
                           events)

    def export_csv(self, entity):
        """One entity ("cases", "parties", ...) as CSV text."""
        return core.io_export_csv(self._reg, ENTITIES.index(entity))

    def import_json(self, text, name=None):
        """Adds cases from a JSON document (str, or UTF-8 bytes), all or
        nothing. The whole text is read: a NUL character in it is a
        :class:`ParseError` naming its byte offset."""
        core.io_import_json_n(self._reg, text, name)

    def export_json(self):
        return core.io_export_json(self._reg)

    def add(self, case):
        """Hands a new :class:`Case` to the register, which owns it from
        then on."""
        core.register_add(self._reg, case._c)
        case._c.thisown = False  # the register frees it now
        case._owner = self

    def __len__(self):
        return core.register_count(self._reg)

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        return Case._borrowed(core.register_at(self._reg, i), self)

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def find(self, office, decision_no):
        return Case._borrowed(
            core.register_find(self._reg, office, decision_no), self)

    def filter(self, office=None, states=(), modes=(), judgment_kinds=(),
               obligation_kinds=(), flags=(), date=None):
        """Cases kept by the filter (states are taken on ``date``)."""
        def mask(family, names):
            m = 0
            for n in names:
                m |= 1 << value(family, n)
            return m
        f = _filter(office, date)
        f.states = mask("state", states)
        f.modes = mask("mode", modes)
        f.judgment_kinds = mask("judgment_kind", judgment_kinds)
        f.obligation_kinds = mask("obligation", obligation_kinds)
        f.flags = _flags(flags)
        return [self[i] for i in core.register_filter(self._reg, f)]

    def worklist(self, calendar, date, office=None, rules=None):
        """Deadlines due on or before ``date``, earliest first."""
        out = []
        for item in core.register_worklist(self._reg, _filter(office, date),
                                           calendar._cal, rules, date):
            i = item.case_index
            office_i, no = self[i].key
            out.append({"office": office_i, "decision_no": no,
                        "case_index": i, **_deadline(item.deadline)})
        return out

    def records(self, date):
        """One dict per case with its status on ``date`` (for pandas)."""
        return [case.to_dict(date) for case in self]

    def event_records(self):
        """One dict per event, with the case's office and number."""
        out = []
        for case in self:
            office, no = case.key
            for e in case.events:
                e.update(office=office, decision_no=no)
                out.append(e)
        return out
