"""The rules catalogue: every figure of the law the library applies.

Each row is one value of one rule over the days it was in force, with its
legal citation and how sure the library is of it (``V`` read in the text,
``Vs`` from a secondary source, ``I`` inferred, ``U`` unknown: a documented
default to check and, if need be, override)::

    import pandas as pd
    import enforcement as enf

    df = pd.DataFrame(enf.rules_catalogue())
    df[df.confidence == "U"]                       # what to check
    enf.rule_value("VN.base_salary", date(2026, 7, 1))   # 2530000

A :class:`Rulebook` carries the caller's overrides on top of the built-in
rows, from the text form of ``enf_rulebook_override()``::

    book = enf.Rulebook()
    book.override("VN.target.cases 2025-10-01 2026-09-30 8500 "
                  'cite "Provincial plan 2026"')
"""
import datetime
from typing import Optional

from . import core
from ._check import Path, checked

_COLUMNS = ("id", "scope", "from", "to", "value", "unit", "citation",
            "confidence", "note", "overridden")


@checked
def rules_catalogue(book: Optional["Rulebook"] = None) -> list:
    """Every row of the rules catalogue as a list of dicts (ready for
    ``pandas.DataFrame``), with keys id, scope, from, to (``datetime.date``
    or ``None`` for an open end), value (``int``, in unit), unit, citation,
    confidence, note and overridden; the rows of ``book`` (a
    :class:`Rulebook`) after the built-in ones."""
    raw = _raw(book)
    return [_row(core.rules_catalogue_at(raw, i))
            for i in range(core.rules_catalogue_count(raw))]


@checked
def rule_value(rule_id: str, date: datetime.date,
               book: Optional["Rulebook"] = None) -> int:
    """The value of ``rule_id`` in force on ``date`` (``book``'s overrides
    first).  Raises :class:`NotFoundError` naming the id and the date when
    no row holds."""
    return core.rules_value(_raw(book), rule_id, date)[0]


@checked
def rule_row(rule_id: str, date: datetime.date,
             book: Optional["Rulebook"] = None) -> dict:
    """The catalogue row (a dict) of ``rule_id`` in force on ``date``."""
    return _row(core.rules_value(_raw(book), rule_id, date)[1])


def _row(rule):
    """A catalogue row as a dict (its strings copied, so that it outlives
    the rulebook)."""
    return {"id": rule.id, "scope": rule.scope, "from": rule._from,
            "to": rule.to, "value": rule.value, "unit": rule.unit,
            "citation": rule.citation, "confidence": rule.confidence,
            "note": rule.note, "overridden": bool(rule.overridden)}


def _raw(book):
    if book is None:
        return None
    if not isinstance(book, Rulebook):
        raise core.InvalidArgumentError(
            "book is %r; expected a Rulebook or None" % (book,))
    return book._book


class Rulebook:
    """The built-in rules and the caller's overrides on top of them.

    ``override(text)`` reads lines ``ID FROM TO VALUE [confidence C]
    [cite "..."] [note "..."]`` (dates ``YYYY-MM-DD`` or ``none``); it is
    all or nothing, and a bad line raises an error naming the line and the
    field.  Engines that take a rulebook (``enf_*_options.rulebook`` in C)
    read their figures from it.
    """

    @checked
    def __init__(self, text: Optional[str] = None):
        self._book = core.rulebook_new()
        if text is not None:
            self.override(text)

    @classmethod
    @checked
    def from_file(cls, path: Path) -> "Rulebook":
        """A rulebook with the overrides of a UTF-8 text file."""
        with open(path, encoding="utf-8") as f:
            return cls(f.read())

    @checked
    def override(self, text: str) -> "Rulebook":
        """Adds the rows of ``text``; returns ``self``."""
        core.rulebook_override(self._book, text)
        return self

    def catalogue(self) -> list:
        """The built-in rows and then this book's, as dicts."""
        return rules_catalogue(self)

    @checked
    def value(self, rule_id: str, date: datetime.date) -> int:
        """The value of ``rule_id`` in force on ``date``."""
        return rule_value(rule_id, date, self)

    def to_csv(self) -> str:
        """The catalogue as CSV text (header of :data:`_COLUMNS`)."""
        return core.rules_catalogue_to_csv(self._book)

    def to_json(self) -> str:
        """The catalogue as JSON: ``{"schema":
        "enforcement-rules-catalogue/1", "rules": [...]}``
        (docs/schemas/rules-catalogue.schema.json)."""
        return core.rules_catalogue_to_json(self._book)

    def __len__(self):
        return core.rules_catalogue_count(self._book)

    def __repr__(self):
        return "<Rulebook: %d rows, %d overridden>" % (
            len(self), sum(r["overridden"] for r in self.catalogue()))


def catalogue_csv() -> str:
    """The built-in catalogue as CSV text."""
    return core.rules_catalogue_to_csv(None)


def catalogue_json() -> str:
    """The built-in catalogue as JSON (:meth:`Rulebook.to_json`)."""
    return core.rules_catalogue_to_json(None)
