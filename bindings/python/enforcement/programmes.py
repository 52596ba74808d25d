"""Programmes that offices put cases to (a commune mobilisation team, a
campaign) and their reports, for Python.

A :class:`Programme` is a number (0-255, the detail its assignments carry
in the case log), a code, the offices taking part and its period;
:meth:`Programme.assign` records ``programme_assigned`` in a case's log,
and :meth:`Programme.report` counts, per office, the cases and money put
to it and done since, and the comparable cases not put to it, with exact
rates (:class:`Rate`) and the differences (:class:`Points`).
"""
import datetime
from typing import Literal, Optional, Sequence

from . import core
from ._check import ArgumentTypeError, checked
from .cases import Register
from .dates import Period
from .money import Points, Rate
from .stats import FORMATS, _LOCALES, _index, _span

_GROUPS = ("assigned", "others")
# ENF_PROGRAMME_NO_RATE (INT64_MIN), which SWIG does not export.
_NO_RATE = -(1 << 63)


class Programme:
    """A programme: ``Programme(1, "ST-TVD-2017", ["ST-TP", "ST-VC"],
    (date(2017, 1, 1), date(2017, 9, 30)), name="Tổ vận động")``."""

    @checked
    def __init__(self, number: int, code: str, offices: Sequence[str],
                 period, name: Optional[str] = None):
        if isinstance(offices, str):
            raise ArgumentTypeError("Programme: offices is %r; expected a "
                                    "list of office codes" % (offices,))
        self.number = number
        self.code = code
        self.offices = list(offices)
        self.period = Period(*_span(period, "period", "Programme"))
        self.name = name

    def _fields(self):
        return (self.number, self.code, self.name, self.offices,
                self.period.first, self.period.last)

    @checked
    def assign(self, register: Register, office: str, decision_no: str,
               date: datetime.date) -> None:
        """Puts a case to the programme on ``date`` (in its period; the
        office takes part; the case is being worked on and not put to it
        already): appends ``programme_assigned`` to its log."""
        core.programme_assign(register._reg, *self._fields(), office,
                              decision_no, date)

    @checked
    def report(self, register: Register,
               date: datetime.date) -> "ProgrammeReport":
        """The report of the register's cases up to ``date`` (or the
        programme's last day, if earlier)."""
        return ProgrammeReport._wrap(core.programme_report_new(
            register._reg, *self._fields(), date))

    def __repr__(self):
        return "Programme(%d, %r, %r, %s..%s)" % (
            self.number, self.code, self.offices, self.period.first,
            self.period.last)


def _figures(f):
    return {"cases": f.cases, "cases_done": f.cases_done, "money": f.money,
            "money_done": f.money_done}


def _rate(units, cls):
    return None if units == _NO_RATE else cls(units)


class ProgrammeReport:
    """Per office of a programme: ``assigned`` (put to it) and ``others``
    (comparable, not put to it), each with cases, cases_done, money and
    money_done; rates done / put, None when nothing was put."""

    @classmethod
    def _wrap(cls, ptr):
        rep = cls.__new__(cls)
        rep._r = ptr
        return rep

    @property
    def code(self) -> str:
        """The programme's code."""
        return core.programme_report_code(self._r)

    @property
    def period(self) -> Period:
        """The programme's first day to the end of the report."""
        return Period(*core.programme_report_period(self._r))

    def _row(self, i):
        row = core.programme_report_row(self._r, i)
        r = core.programme_report_rates(self._r, i)
        return {"office": row.office or None,
                "assigned": _figures(row.assigned),
                "others": _figures(row.others),
                "rate_cases": _rate(r.cases, Rate),
                "rate_money": _rate(r.money, Rate),
                "other_rate_cases": _rate(r.other_cases, Rate),
                "other_rate_money": _rate(r.other_money, Rate),
                "diff_cases": _rate(r.diff_cases, Points),
                "diff_money": _rate(r.diff_money, Points)}

    @property
    def rows(self) -> list:
        """One dict per office, in order of the codes."""
        return [self._row(i)
                for i in range(core.programme_report_count(self._r))]

    @property
    def total(self) -> dict:
        """The sum of the offices (office None)."""
        return self._row(core.programme_report_count(self._r))

    @checked
    def merge(self, other: "ProgrammeReport") -> "ProgrammeReport":
        """Adds another report of the same programme and period (offices
        in both add)."""
        core.programme_report_merge(self._r, other._r)
        return self

    def to_bytes(self) -> bytes:
        """The report as compact versioned bytes (read back with
        :meth:`from_bytes`)."""
        return core.programme_report_to_bytes(self._r)

    @classmethod
    def from_bytes(cls, data: bytes) -> "ProgrammeReport":
        """A report from :meth:`to_bytes`; raises :class:`ParseError` on
        damaged bytes."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise ArgumentTypeError("from_bytes: data is %s; expected bytes"
                                    % type(data).__name__)
        return cls._wrap(core.programme_report_from_bytes(bytes(data)))

    def to_json(self) -> str:
        """The report as JSON text (read back with :meth:`from_json`),
        schema "enforcement-programme-report/1"
        (docs/schemas/programme-report.schema.json)."""
        return core.programme_report_to_json(self._r)

    @classmethod
    @checked
    def from_json(cls, text: str) -> "ProgrammeReport":
        """A report from :meth:`to_json`; raises :class:`ParseError`."""
        return cls._wrap(core.programme_report_from_json(text))

    @checked
    def table(self, format: Literal["csv", "csv_bom", "markdown",
                                    "json"] = "markdown",
              locale: Literal["en", "vi", "plain"] = "en") -> str:
        """The report as a table, one line per office and the total."""
        return core.programme_table(self._r, _index(FORMATS, format,
                                                    "format"),
                                    _LOCALES[locale])

    def records(self) -> list:
        """Flat dicts per office (and the total), for pandas."""
        out = []
        for row in self.rows + [self.total]:
            flat = {"office": row["office"]}
            for g in _GROUPS:
                for k, v in row[g].items():
                    flat[g + "_" + k] = v
            for k in ("rate_cases", "rate_money", "other_rate_cases",
                      "other_rate_money", "diff_cases", "diff_money"):
                flat[k] = row[k]
            out.append(flat)
        return out

    def __repr__(self):
        return "ProgrammeReport(%r, %s..%s)" % (self.code, self.period.first,
                                                self.period.last)
