"""Corrections of a case's log and facts, for Python (correct.h).

What was entered stays entered: a mistake is put right by a dated
correction that voids an event, replaces it, amends a fact of the case
(its decision and judgment data, a party, an obligation, an asset) or
withdraws the whole case as entered in error.  :class:`Case` and
:class:`Register` take them with ``correct()``; a case keeps them, with the
value each replaced (``Case.corrections``), its events as entered
(``Case.entries``) and its history as text (``Case.history_text()``), and
a case or register can be seen as it was known on a past day
(``as_known()``).

Kinds are the tokens of the CSV and JSON files (``CORRECTION_KINDS``:
"void", "replace", "info", "party", "obligation", "asset",
"entered_in_error") or the ``core.CORRECT_*`` values.  A correction the
library refuses raises a subclass of :class:`enforcement.Error` (a
corrected log that breaks the transition table: :class:`StateError`; an
unknown seq or index: :class:`InvalidArgumentError`), and the case is
unchanged.
"""
import datetime
from typing import Optional

from . import core
from ._check import ArgumentTypeError, checked, to_date, to_int

#: The tokens of the correction kinds, in the order of their values.
CORRECTION_KINDS = tuple(core.correction_kind_name(k)
                         for k in range(core.CORRECT_KIND_COUNT))

# The kinds that name an event by its seq, and those whose value is a fact.
_EVENT_KINDS = ("void", "replace")
_FACT_KINDS = ("info", "party", "obligation", "asset")


def correction_kind(kind) -> int:
    """The value of a correction kind: a token of ``CORRECTION_KINDS`` in
    any case, or a ``core.CORRECT_*`` value; anything else raises
    :class:`ArgumentTypeError` listing the tokens."""
    if isinstance(kind, int) and not isinstance(kind, bool) and \
            0 <= kind < len(CORRECTION_KINDS):
        return kind
    if isinstance(kind, str):
        low = kind.strip().lower()
        if low in CORRECTION_KINDS:
            return CORRECTION_KINDS.index(low)
    raise ArgumentTypeError("correct: kind is %r; expected one of %s"
                            % (kind, ", ".join(CORRECTION_KINDS)))


def _cases():
    # cases.py imports this module: its helpers are looked up at the call.
    from . import cases
    return cases


def _merged(value, current, where):
    """The new value as a dict: ``value`` (a dict, or None for the current
    one) over ``current``, keys checked."""
    if value is None:
        return dict(current)
    if not isinstance(value, dict):
        raise ArgumentTypeError("%s: value is %r (%s); expected a dict or "
                                "a record" % (where, value,
                                              type(value).__name__))
    unknown = sorted(set(value) - set(current))
    if unknown:
        raise ArgumentTypeError("%s: value has no key %s; its keys are %s"
                                % (where, ", ".join(map(repr, unknown)),
                                   ", ".join(sorted(current))))
    out = dict(current)
    out.update(value)
    return out


def _event_record(c, target, value):
    """The replacement event: a ``core.event``, or a dict of the keys of
    ``Case.events`` over the event as it stands now."""
    if isinstance(value, core.event):
        return value
    cases = _cases()
    if target >= core.case_entry_count(c):
        raise core.InvalidArgumentError(
            "correct: target is %d; the case has no event of that seq "
            "(%d entered)" % (target, core.case_entry_count(c)))
    current = None
    for e in _events(c):
        if e["seq"] == target:
            current = e
    if current is None:
        current = _entry(c, target)
    e = _merged(value, {k: current[k] for k in
                        ("kind", "date", "detail", "amount", "asset")},
                "correct")
    return cases._event(e["kind"], to_date(e["date"], "value['date']",
                                           "correct"),
                        e["detail"], e["amount"], e["asset"])


def _info_args(c, value):
    """(record, office, decision_no, court, judgment_no) of amended
    facts: a dict of the keys of ``Case.info`` over the facts now."""
    cases = _cases()
    i = core.case_info_get(c)
    now = {"office": i.office, "decision_no": i.decision_no,
           "decision_date": i.decision_date,
           "mode": cases.token("mode", i.mode), "court": i.court,
           "judgment_no": i.judgment_no,
           "judgment_effective": i.judgment_effective,
           "judgment_kind": cases.token("judgment_kind", i.judgment_kind),
           "flags": [t for n, t in enumerate(cases.tokens("flag"))
                     if i.flags & (1 << n)]}
    v = _merged(value, now, "correct")
    rec = core.case_info()
    rec.decision_date = v["decision_date"]
    rec.mode = cases.value("mode", v["mode"])
    rec.judgment_effective = v["judgment_effective"]
    rec.judgment_kind = cases.value("judgment_kind", v["judgment_kind"])
    rec.flags = cases._flags(v["flags"])
    return rec, v["office"], v["decision_no"], v["court"], v["judgment_no"]


def _party_args(c, target, value):
    """(record, name, id) of an amended party."""
    cases = _cases()
    p = core.case_party(c, target)
    v = _merged(value, {"role": cases.token("role", p.role),
                        "kind": cases.token("party_kind", p.kind),
                        "name": p.name, "id": p.id}, "correct")
    rec = core.party()
    rec.role = cases.value("role", v["role"])
    rec.kind = cases.value("party_kind", v["kind"])
    return rec, v["name"], v["id"]


def _obligation_record(c, target, value):
    """An amended obligation: a ``core.obligation`` or a dict of the keys
    of ``Case.obligations``."""
    if isinstance(value, core.obligation):
        return value
    cases = _cases()
    o = core.case_obligation(c, target)
    v = _merged(value, {"kind": cases.token("obligation", o.kind),
                        "amount": o.amount, "debtor": o.debtor,
                        "creditor": None if o.creditor < 0 else o.creditor,
                        "joint": bool(o.joint)}, "correct")
    rec = core.obligation()
    rec.kind = cases.value("obligation", v["kind"])
    rec.amount = v["amount"]
    rec.debtor = v["debtor"]
    rec.creditor = -1 if v["creditor"] is None else v["creditor"]
    rec.joint = int(v["joint"])
    return rec


def _asset_args(c, target, value):
    """(record, description) of an amended asset."""
    cases = _cases()
    a = core.case_asset(c, target)
    v = _merged(value, {"kind": cases.token("asset_kind", a.kind),
                        "description": a.description, "owner": a.owner,
                        "security": cases.token("security", a.security),
                        "secured_amount": a.secured_amount}, "correct")
    rec = core.asset()
    rec.kind = cases.value("asset_kind", v["kind"])
    rec.owner = v["owner"]
    rec.security = cases.value("security", v["security"])
    rec.secured_amount = v["secured_amount"]
    return rec, v["description"]


def _build(c, kind, recorded, reason, author, target, value):
    """The arguments of core.case_correct after the case (or register and
    index): the record and its nine strings."""
    code = correction_kind(kind)
    name = CORRECTION_KINDS[code]
    corr = core.correction()
    corr.kind = code
    corr.recorded = recorded
    target = to_int(target, "target", "correct")
    if target < 0:
        raise ArgumentTypeError("correct: target is %d; expected a seq or "
                                "index, from 0" % target)
    corr.target = target
    # office, decision_no, court, judgment_no, name, id, description
    strings = [None] * 7
    if name == "replace":
        corr.event = _event_record(c, corr.target, value)
    elif name == "info":
        info = _info_args(c, value)
        corr.info = info[0]
        strings[0:4] = info[1:]
    elif name == "party":
        corr.party, strings[4], strings[5] = _party_args(c, corr.target,
                                                         value)
    elif name == "obligation":
        corr.obligation = _obligation_record(c, corr.target, value)
    elif name == "asset":
        corr.asset, strings[6] = _asset_args(c, corr.target, value)
    elif value is not None:
        raise ArgumentTypeError("correct: a %r correction takes no value"
                                % name)
    return [corr, reason, author] + strings


def _event_dict(e, seq):
    cases = _cases()
    kind = cases.token("event", e.kind)
    return {"seq": seq, "date": e.date, "kind": kind,
            "detail": cases._detail_name(kind, e.detail),
            "amount": e.amount, "asset": None if e.asset < 0 else e.asset}


def _events(c):
    return [_event_dict(core.case_event(c, i), core.case_event_seq(c, i))
            for i in range(core.case_event_count(c))]


def _entry(c, seq):
    return _event_dict(core.case_entry(c, seq), seq)


def _value_dict(r, name):
    """The value a correction record carries, as a dict (None for a
    withdrawal, or a voided event with no value)."""
    cases = _cases()
    if name in _EVENT_KINDS:
        return None if r.event.date is None else _event_dict(r.event,
                                                             r.target)
    if name == "info":
        i = r.info
        return {"office": i.office, "decision_no": i.decision_no,
                "decision_date": i.decision_date,
                "mode": cases.token("mode", i.mode), "court": i.court,
                "judgment_no": i.judgment_no,
                "judgment_effective": i.judgment_effective,
                "judgment_kind": cases.token("judgment_kind",
                                             i.judgment_kind),
                "flags": cases._flag_names(i.flags)}
    if name == "party":
        p = r.party
        return {"role": cases.token("role", p.role),
                "kind": cases.token("party_kind", p.kind),
                "name": p.name, "id": p.id}
    if name == "obligation":
        o = r.obligation
        return {"kind": cases.token("obligation", o.kind),
                "amount": o.amount, "debtor": o.debtor,
                "creditor": None if o.creditor < 0 else o.creditor,
                "joint": bool(o.joint)}
    if name == "asset":
        a = r.asset
        return {"kind": cases.token("asset_kind", a.kind),
                "description": a.description, "owner": a.owner,
                "security": cases.token("security", a.security),
                "secured_amount": a.secured_amount}
    return None


class CaseCorrections:
    """The corrections part of :class:`enforcement.Case` (a base class:
    use it through ``Case``)."""

    @checked
    def correct(self, kind, recorded: datetime.date, reason: str,
                target: int = 0, author: Optional[str] = None,
                value=None) -> None:
        """Makes a correction recorded on ``recorded`` for ``reason``
        (required), by ``author`` (optional).  ``kind`` is a token of
        ``CORRECTION_KINDS`` or a ``core.CORRECT_*`` value; ``target`` the
        seq of the event ("void", "replace") or the index of the party,
        obligation or asset amended.  ``value`` is the new value: for
        "replace" a dict with some of the keys of :attr:`events` (kind,
        date, detail, amount, asset; the others stay as the event has
        them) or a ``core.event``; for "info", "party", "obligation" and
        "asset" a dict of the keys of :attr:`info`, :attr:`parties`, ...
        (those not given stay); nothing for "void" and
        "entered_in_error".  Example: ``c.correct("replace", "2026-03-25",
        "receipt dated 10 March", target=4, value={"date":
        "2026-03-10"})``.  Raises :class:`StateError` when the corrected
        log breaks the transition table (or the case was withdrawn, or is
        a copy as known on a past day), :class:`InvalidArgumentError` for
        an unknown seq or index or an empty reason; the case is unchanged
        then."""
        args = _build(self._c, kind, recorded, reason, author, target,
                      value)
        if self._owner is not None and self._index is not None:
            core.register_correct(self._owner._reg, self._index, *args)
        else:
            core.case_correct(self._c, *args)

    @property
    def corrections(self) -> list:
        """The corrections in the order they were made, as dicts: index,
        kind (a token), recorded, reason, author, target, value (the new
        value, as :meth:`correct` takes it; None for "void" and
        "entered_in_error") and before (the value it replaced: the event
        as it stood, the facts, party, obligation or asset before)."""
        out = []
        for i in range(core.case_correction_count(self._c)):
            r, b = core.case_correction(self._c, i)
            name = core.correction_kind_name(r.kind)
            out.append({"index": i, "kind": name, "recorded": r.recorded,
                        "reason": r.reason, "author": r.author,
                        "target": r.target,
                        "value": None if name == "void"
                        else _value_dict(r, name),
                        "before": _value_dict(b, name)})
        return out

    @property
    def entries(self) -> list:
        """Every event as it was entered, voided and replaced ones
        included, by seq (dicts as :attr:`events`)."""
        return [_entry(self._c, s)
                for s in range(core.case_entry_count(self._c))]

    @property
    def event_seqs(self) -> list:
        """The seq of each event of the (corrected) log, in its order:
        ``events[i]["seq"]``."""
        return [core.case_event_seq(self._c, i)
                for i in range(core.case_event_count(self._c))]

    @property
    def withdrawn_in_error(self) -> Optional[datetime.date]:
        """The day the case was withdrawn as entered in error, or None."""
        return core.case_withdrawn_in_error(self._c)

    @checked
    def as_known(self, date: datetime.date):
        """The case as it was known at the end of ``date``: the
        corrections recorded after it undone, the events dated after it
        left out.  A new read-only :class:`Case` (correcting or applying
        to it raises :class:`StateError`)."""
        case = _cases().Case.__new__(_cases().Case)
        case._c = core.case_as_known(self._c, date)
        return case

    def history_text(self) -> str:
        """The case's history for a clerk, one line an entry: every event
        as entered with its seq and under it each correction that voided
        or replaced it (day, who, why, the new value), then the
        amendments of the facts with their old and new values, and a
        withdrawal in error."""
        return core.case_history_text(self._c)


class RegisterCorrections:
    """The corrections part of :class:`enforcement.Register` (a base
    class: use it through ``Register``)."""

    @checked
    def correct(self, index, kind, recorded: datetime.date, reason: str,
                target: int = 0, author: Optional[str] = None,
                value=None) -> None:
        """Makes a correction to the case at ``index`` (or of key
        ``(office, decision_no)``), as :meth:`Case.correct` does; a case a
        snapshot shares is copied first, so the snapshot keeps the old
        one.  Raises as :meth:`Case.correct`, and :class:`StateError` on
        a snapshot; nothing changes then."""
        if isinstance(index, tuple):
            index = core.register_index(self._reg, *index)
        index = to_int(index, "index", "Register.correct")
        args = _build(core.register_at(self._reg, index), kind, recorded,
                      reason, author, target, value)
        core.register_correct(self._reg, index, *args)

    @checked
    def as_known(self, date: datetime.date):
        """The register as it was known at the end of ``date``: a
        read-only snapshot (see :meth:`snapshot`) in which each case
        corrected after that day is as it was known then, and the events
        dated after it are left out.  Reports of it are "the report as it
        was known on" ``date``."""
        reg = _cases().Register.__new__(_cases().Register)
        reg._reg = core.register_as_known(self._reg, date)
        return reg
