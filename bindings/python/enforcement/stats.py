"""Completion rates, the indicator table and reports, for Python.

Rates are :class:`enforcement.Rate` values (hundredths of a percent);
indicator rows, groups and measures are the tokens below; every table
converts to records ready for ``pandas.DataFrame``.
"""
import collections
import collections.abc
import datetime
from typing import Literal, Optional, Sequence

from . import core
from ._check import (ArgumentTypeError, Money, checked, to_choice, to_date,
                     to_int)
from .cases import Case, Register
from .core import InvalidArgumentError
from .dates import Period
from .money import Points, Rate

ROWS = ("carried_over", "received", "total", "entrusted", "withdrawn",
        "to_enforce", "with_means", "done", "being_enforced",
        "postponed_agreement", "with_means_other", "without_means",
        "separate_book", "returned", "carried_next")
GROUPS = ("all", "agency", "request", "bank_credit", "corruption",
          "administrative")
MEASURES = ("cases", "money")
FORMATS = ("csv", "csv_bom", "markdown", "json", "html")
VERDICTS = ("reached", "exceeded", "short")
# The definitions a report counts by (enf_stats_report_options in C): the
# tokens of money_done and unclassified_row, by code.
MONEY_DONE = ("collected", "paid_out")
UNCLASSIFIED_ROWS = ("with_means_other", "without_means")
_LOCALES = {"vi": core.LOCALE_VI, "en": core.LOCALE_EN,
            "plain": core.LOCALE_PLAIN}


def _rate(value):
    return Rate(value)


def _index(names, name, what):
    if isinstance(name, int) and not isinstance(name, bool):
        return name
    return names.index(to_choice(name, names, what, what))


def _span(period, name, where):
    """A (first, last) pair of dates, checked."""
    try:
        first, last = period
    except (TypeError, ValueError):
        raise ArgumentTypeError("%s: %s is %r; expected a Period or a "
                                "(first, last) pair of dates"
                                % (where, name, period)) from None
    return (to_date(first, name + ".first", where),
            to_date(last, name + ".last", where))


def _report_options(money_done, partial_entrusted_done, unclassified_row,
                    rulebook, restate=None):
    """The C report options: a code for each definition (-1 for None:
    from the rulebook) and the rulebook's handle."""
    def code(value, names, what):
        if value is None:
            return -1
        if isinstance(value, str) and names:
            return _index(names, value, what)
        if isinstance(value, str):
            raise InvalidArgumentError("%s is %r; expected True or False"
                                       % (what, value))
        return int(value)

    opts = core.stats_report_options()
    opts.money_done = code(money_done, MONEY_DONE, "money_done")
    opts.partial_entrusted_done = code(partial_entrusted_done, None,
                                       "partial_entrusted_done")
    opts.unclassified_row = code(unclassified_row, UNCLASSIFIED_ROWS,
                                 "unclassified_row")
    opts.restate = code(restate, None, "restate")
    opts.rulebook = getattr(rulebook, "_book", rulebook)
    return opts


def _options(precision, rounding):
    opts = core.rate_options()
    opts.precision = precision
    opts.rounding = {"half_up": core.ROUND_HALF_UP,
                     "half_even": core.ROUND_HALF_EVEN,
                     "down": core.ROUND_DOWN,
                     "up": core.ROUND_UP}[rounding]
    return opts


Rounding = Literal["half_up", "half_even", "down", "up"]
Comparison = collections.namedtuple("Comparison", "verdict gap")
Comparison.__doc__ = """A rate against its target: ``verdict`` is
'reached', 'exceeded' or 'short'; ``gap`` the distance in :class:`Points`
(never negative: the verdict says which side)."""


def _rates(where, **rates):
    """The units of rates at their common precision, and that precision."""
    for name, r in rates.items():
        if not isinstance(r, Rate):
            raise ArgumentTypeError(
                "%s: %s is %r (%s); expected a Rate (Rate(6291), "
                "Rate.percent('62.91'))" % (where, name, r, type(r).__name__))
    p = max(r.precision for r in rates.values())
    return [r.units * 10 ** (p - r.precision) for r in rates.values()], p


@checked
def rate(done: Money, with_means: Money, precision: int = 2,
         rounding: Rounding = "half_up") -> Rate:
    """The completion rate ``done / with_means`` as a :class:`Rate` with
    ``precision`` decimals (0 to 6), rounded by ``rounding``:
    ``rate(2244, 3567)`` is 62.91%.  Counts or amounts alike.

    Raises :class:`InvalidArgumentError` when ``done`` is negative or above
    ``with_means``, :class:`DivisionByZeroError` when ``with_means`` is 0.
    """
    return Rate(units=core.stats_rate(done, with_means,
                                      _options(precision, rounding)),
                precision=precision)


@checked
def compare(rate_value: Rate, target: Rate) -> Comparison:
    """A rate against a target, as a :class:`Comparison`:
    ``compare(Rate(6291), Rate(8405))`` is ``('short', Points(2114))``."""
    (a, b), p = _rates("compare", rate_value=rate_value, target=target)
    r = core.stats_compare(a, b)
    return Comparison(VERDICTS[r.verdict], Points(units=r.points,
                                                  precision=p))


@checked
def format_result(rate_value: Rate, target: Rate,
                  locale: Literal["en", "vi", "plain"] = "en") -> str:
    """The comparison in words: 'short by 21.14 points' (en) or
    'còn thiếu 21,14%' (vi)."""
    (a, b), p = _rates("format_result", rate_value=rate_value, target=target)
    r = core.stats_compare(a, b)
    return core.stats_format_result(r, p, _LOCALES[locale])


@checked
def target_share(rate_value: Rate, target: Rate, precision: int = 2) -> Rate:
    """How much of its target a rate reached, ``rate / target``, as a
    :class:`Rate`: 62.91% of 84.05% is 74.85%."""
    (a, b), _ = _rates("target_share", rate_value=rate_value, target=target)
    return Rate(units=core.stats_target_share(a, b, _options(precision,
                                                             "half_up")),
                precision=precision)


@checked
def growth(current: Money, previous: Money, precision: int = 2) -> Rate:
    """Relative growth ``(current - previous) / previous`` of a count or an
    amount, as a :class:`Rate` (negative for a fall); not a difference of
    rates, which is :class:`Points`."""
    return Rate(units=core.stats_growth(current, previous,
                                        _options(precision, "half_up")),
                precision=precision)


@checked
def denominators(numerator: Money, published_rate: Rate) -> range:
    """The whole denominators consistent with a numerator and a published
    rate rounded half up, at the rate's precision: a ``range`` (empty when
    none fits).  1,573 done at a published 62.91% gives ``range(2500,
    2501)``."""
    (r,), p = _rates("denominators", published_rate=published_rate)
    lo, hi = core.stats_denominators(numerator, r, p)
    return range(lo, hi + 1)


IDENTITY_RESULTS = ("unchecked", "holds", "fails")


@checked
def identities(rows: dict) -> list:
    """The identities of the indicator table checked between published
    rows of one measure (cases or VND), some of which may be unknown: the
    same five identities and arithmetic as the library's own reports.

    ``rows`` maps row tokens (``ROWS``) to figures; a row left out (or
    None) is unknown, and an identity naming it is not checked.  Returns
    one dict per identity, in the order of ``stats.h``: ``name`` (with the
    row tokens, ``"total = carried_over + received"``), ``result``
    (``"holds"``, ``"fails"`` or ``"unchecked"``) and ``difference`` (left
    minus right; 0 when it holds or is not checked).  Raises
    ``InvalidArgumentError`` naming an unknown row token or a negative
    figure."""
    if not isinstance(rows, collections.abc.Mapping):
        raise ArgumentTypeError(
            "identities: rows is %r (%s); expected a dict of row tokens to "
            "figures" % (rows, type(rows).__name__))
    figures = [-1] * len(ROWS)
    for name, value in rows.items():
        if name not in ROWS:
            raise InvalidArgumentError(
                "identities: rows has %r; a row is one of %s"
                % (name, ", ".join(ROWS)))
        if value is not None:
            value = to_int(value, "rows[%r]" % (name,), "identities")
            if value < 0:
                raise InvalidArgumentError(
                    "identities: rows[%r] is %d; a figure is 0 or more"
                    % (name, value))
            figures[ROWS.index(name)] = value
    return [{"name": i.name, "result": IDENTITY_RESULTS[i.result],
             "difference": i.difference}
            for i in core.stats_identities(figures)]


@checked
def national_target(year: int) -> tuple:
    """The national targets (cases, money) of an enforcement year."""
    cases, money = core.stats_national_target(year)
    return _rate(cases), _rate(money)


@checked
def published(unit: str, cases_with_means: Optional[Money] = None,
              cases_done: Money = 0, money_with_means: Optional[Money] = None,
              money_done: Money = 0, target_cases: Optional[Rate] = None,
              target_money: Optional[Rate] = None) -> dict:
    """Rates and gaps from the totals a unit published: a dict with
    ``unit``, ``rate_cases`` and ``rate_money`` (:class:`Rate`, or None when
    the denominator was not published: None, or -1 as in C) and, where a
    target is given, ``vs_target_cases`` / ``vs_target_money`` as
    :class:`Comparison`.  Lạng Sơn, 2,244 of 3,567 against 84.05%:
    ``published("Lạng Sơn", 3567, 2244, target_cases=Rate(8405))``."""
    def known(v):
        return -1 if v is None else v
    tc = -1 if target_cases is None else target_cases.hundredths
    tm = -1 if target_money is None else target_money.hundredths
    r = core.stats_published(_published(
        unit, known(cases_with_means), cases_done, known(money_with_means),
        money_done, tc, tm))
    rc, rm = r.rate_cases, r.rate_money
    vc, pc = r.vs_target_cases.verdict, r.vs_target_cases.points
    vm, pm = r.vs_target_money.verdict, r.vs_target_money.points
    out = {"unit": unit,
           "rate_cases": None if rc < 0 else _rate(rc),
           "rate_money": None if rm < 0 else _rate(rm)}
    target_cases, target_money = tc, tm
    if rc >= 0 and target_cases >= 0:
        out["vs_target_cases"] = Comparison(VERDICTS[vc], Points(pc))
    if rm >= 0 and target_money >= 0:
        out["vs_target_money"] = Comparison(VERDICTS[vm], Points(pm))
    return out


@checked
def published_sum(unit: str, items: list) -> dict:
    """Sums published figures (a province from its districts, a pilot from
    its units): ``items`` are dicts with the keyword names of
    :func:`published`; counts and amounts add, and a total whose
    denominator is unknown in any item is None.  Returns a dict of the
    same keywords, ready for ``published(**total)``."""
    keys = ("cases_with_means", "cases_done", "money_with_means",
            "money_done")
    records = []
    for i in items:
        if not isinstance(i, dict):
            raise ArgumentTypeError(
                "published_sum: items holds %r (%s); expected dicts with "
                "the keywords of published()" % (i, type(i).__name__))
        vals = [i.get(k) for k in keys]
        records.append(_published(
            i.get("unit"), *(-1 if v is None and "with" in k else v or 0
                             for k, v in zip(keys, vals))))
    total = core.stats_published_sum(unit, records)
    out = {"unit": total.unit}
    for k in keys:
        v = getattr(total, k)
        out[k] = None if v < 0 and "with" in k else v
    for k in ("target_cases", "target_money"):
        v = getattr(total, k)
        out[k] = None if v < 0 else Rate(v)
    return out


def _published(unit, cases_with_means, cases_done, money_with_means,
               money_done, target_cases=-1, target_money=-1):
    """A C record of published figures."""
    p = core.published()
    p.unit = unit
    (p.cases_with_means, p.cases_done, p.money_with_means, p.money_done,
     p.target_cases, p.target_money) = (
        cases_with_means, cases_done, money_with_means, money_done,
        target_cases, target_money)
    return p


class Report:
    """The indicator table of one unit for a reporting period.

    Where the official definitions leave a choice the report takes it from
    the keywords, each None for the rules catalogue's value (rows
    "VN.stats.*" of ``rulebook``, or of the built-in catalogue):
    ``money_done`` "collected" (default) or "paid_out";
    ``partial_entrusted_done`` True (default: a case done in part whose rest
    was entrusted counts as done by cases) or False;
    ``unclassified_row`` "with_means_other" (default) or "without_means";
    ``restate`` False (default: a correction counts in the period in which
    it was recorded, a period already reported keeps its figures, Joint
    Circular 12/2021/TTLT Art 10) or True (every case counted as it is
    known now, a restatement).  :attr:`definitions` gives them back; reports of other definitions do
    not merge.
    """

    @checked
    def __init__(self, unit: str, period, money_done=None,
                 partial_entrusted_done=None, unclassified_row=None,
                 rulebook=None, restate=None):
        self._r = core.stats_report_new_with(
            unit, _span(period, "period", "Report"),
            _report_options(money_done, partial_entrusted_done,
                            unclassified_row, rulebook, restate))

    @classmethod
    def _wrap(cls, ptr):
        rep = cls.__new__(cls)
        rep._r = ptr
        return rep

    @classmethod
    @checked
    def from_register(cls, register: Register, unit: str, period,
                      office: Optional[str] = None,
                      **definitions) -> "Report":
        """The report of the register's cases (of one office, or all);
        ``definitions`` are the keywords of :class:`Report`."""
        rep = cls(unit, period, **definitions)
        rep.add_register(register, office)
        return rep

    @classmethod
    @checked
    def by_office(cls, register: Register, period,
                  money_done=None, partial_entrusted_done=None,
                  unclassified_row=None, rulebook=None,
                  restate=None) -> list:
        """One report per office of the register, in one pass over its
        cases, in order of office code, by the definitions of the keywords
        (as :class:`Report`); roll them up with :meth:`Org.rollup` or
        :meth:`merge`."""
        return [cls._wrap(r) for r in core.stats_report_by_office_with(
            register._reg, _span(period, "period", "by_office"),
            _report_options(money_done, partial_entrusted_done,
                            unclassified_row, rulebook, restate))]

    @property
    def definitions(self):
        """The definitions the report counts by, resolved: ``{"money_done":
        "collected", "partial_entrusted_done": True, "unclassified_row":
        "with_means_other", "restate": False}`` by default."""
        o = core.stats_report_options_get(self._r)
        money, partial, row = (o.money_done, o.partial_entrusted_done,
                               o.unclassified_row)
        return {"money_done": MONEY_DONE[money],
                "partial_entrusted_done": bool(partial),
                "unclassified_row": UNCLASSIFIED_ROWS[row],
                "restate": bool(o.restate)}

    @checked
    def add_case(self, case: Case) -> None:
        """Counts one case in the table (its events within and before the
        period)."""
        core.stats_report_add_case(self._r, case._c)

    @checked
    def add_register(self, register: Register,
                     office: Optional[str] = None) -> None:
        """Counts the cases of a register (of one office, or all)."""
        f = core.filter()
        f.office = office
        core.stats_report_add_register(self._r, register._reg, f)

    @property
    def unit(self) -> str:
        """The unit the report is of (an office, a province, ...)."""
        return core.stats_report_unit(self._r)

    @property
    def period(self) -> Period:
        """The reporting period, first and last day included."""
        return Period(*core.stats_report_period(self._r))

    @checked
    def get(self, row: str, measure: Literal["cases", "money"] = "cases",
            group: str = "all") -> int:
        """One cell of the table: the count of cases or the money (VND)
        of ``row`` (one of ``ROWS``: "done", "with_means", ...) in
        ``group`` (one of ``GROUPS``)."""
        return core.stats_report_get(self._r,
                                     _index(GROUPS, group, "group"),
                                     _index(MEASURES, measure, "measure"),
                                     _index(ROWS, row, "row"))

    @checked
    def rate(self, measure: Literal["cases", "money"] = "cases",
             group: str = "all", precision: int = 2,
             rounding: Rounding = "half_up") -> Rate:
        """The completion rate of ``group``, done / with means, by cases
        or by money, as a :class:`Rate` with ``precision`` decimals;
        raises :class:`DivisionByZeroError` when nothing had means."""
        value = core.stats_report_rate(self._r,
                                       _index(GROUPS, group, "group"),
                                       _index(MEASURES, measure, "measure"),
                                       _options(precision, rounding))
        return Rate(units=value, precision=precision)

    def check(self) -> None:
        """Checks the identities between the rows (total = carried over +
        received, ...); raises :class:`InvalidArgumentError` naming the
        first that fails."""
        core.stats_report_check(self._r)

    @checked
    def merge(self, other: "Report") -> "Report":
        """Adds the counters of another report of the same period."""
        core.stats_report_merge(self._r, other._r)
        return self

    def to_bytes(self) -> bytes:
        """The report as compact versioned bytes (to store or send; read
        back with :meth:`from_bytes`)."""
        return core.stats_report_to_bytes(self._r)

    @classmethod
    def from_bytes(cls, data: bytes) -> "Report":
        """A report from :meth:`to_bytes`; raises :class:`ParseError` on
        damaged bytes."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise ArgumentTypeError("from_bytes: data is %s; expected bytes"
                                    % type(data).__name__)
        return cls._wrap(core.stats_report_from_bytes(bytes(data)))

    def to_json(self) -> str:
        """The report as JSON text (counters and definitions), schema
        "enforcement-report/2" (docs/schemas/report.schema.json)."""
        return core.stats_report_to_json(self._r)

    @classmethod
    @checked
    def from_json(cls, text: str) -> "Report":
        """A report from :meth:`to_json`; raises :class:`ParseError`."""
        return cls._wrap(core.stats_report_from_json(text))

    def basis(self):
        """(tree version, rollup date, regime name) the report rests on."""
        version, day, regime = core.stats_report_basis(self._r)
        return version, day, core.regime_name(regime)

    @checked
    def peer_indicators(self, group: str = "all") -> dict:
        """CEPEJ clearance rate and disposition time, CNJ congestion rate
        (None where undefined)."""
        p = core.stats_peer_indicators(self._r,
                                       _index(GROUPS, group, "group"))
        return {"clearance_rate": None if p.clearance_rate < 0
                else _rate(p.clearance_rate),
                "disposition_days": None if p.disposition_days < 0
                else p.disposition_days,
                "congestion_rate": None if p.congestion_rate < 0
                else _rate(p.congestion_rate)}

    @checked
    def records(self, group: str = "all") -> list:
        """One dict per indicator row: row, cases, money."""
        return [{"unit": self.unit, "group": group, "row": row,
                 "cases": self.get(row, "cases", group),
                 "money": self.get(row, "money", group)} for row in ROWS]

    def to_frame(self, group: str = "all"):
        """The report as a one-row pandas DataFrame: counts and money of
        every indicator row as int64, the rates as float64 percent beside
        their exact int64 hundredths; see
        :func:`enforcement.frames.reports_frame` (the same for several
        reports) for the columns."""
        from .frames import reports_frame
        return reports_frame([self], group)

    def __repr__(self):
        return "Report(%r, %s..%s)" % (self.unit, self.period.first,
                                       self.period.last)


@checked
def table(reports: Sequence["Report"], group: str = "all",
          format: Literal["csv", "csv_bom", "markdown", "json", "html",
                          "csv_excel"] = "markdown",
          locale: Literal["en", "vi", "plain"] = "en", *,
          previous: Optional[Sequence[Optional["Report"]]] = None,
          targets: Optional[Sequence[Optional[Rate]]] = None,
          separator: Optional[Literal[",", ";"]] = None,
          title: Optional[str] = None,
          schema: bool = False) -> str:
    """The indicator table of reports of one period side by side (one
    column pair, cases and money, per unit) with their completion rates.

    Parameters:
      reports: the reports, all of one period and one set of definitions.
      group: a token of :data:`GROUPS`.
      format: ``csv``; ``csv_bom`` (with a byte-order mark for Excel);
        ``csv_excel`` (a byte-order mark and ``;`` between fields: what
        Excel expects in the vi-VN locale, with ``locale="vi"``);
        ``markdown``; ``html`` (a ``<table>`` fragment, escaped, no
        script, no style); ``json``.
      locale: ``en`` (decimal point), ``vi`` (decimal comma, ``.`` between
        thousands) or ``plain``.
      previous: the reports of the same period last year, aligned with
        ``reports`` (None where a unit has none): adds last year's done
        and the growth of done, by cases and money.
      targets: ``(cases, money)`` completion-rate targets as
        :class:`Rate` (either may be None): adds the targets and each
        rate's gap to its target in percentage points.
      separator: ``,`` or ``;`` between CSV fields (default ``,``, and
        ``;`` for ``csv_excel``).
      title: the HTML caption, a line above a Markdown table, the JSON
        ``title`` (CSV has no place for one).
      schema: with ``format="json"``, True gives the documented form
        ``enforcement-table/1`` (docs/schemas/table.schema.json: basis,
        rows, rates, gaps and growth as exact strings and hundredths);
        False keeps the form of earlier releases, which has no room for
        previous, targets or title.

    Returns the text. Raises :class:`InvalidArgumentError` for an
    unknown token, reports of different periods or definitions, a report
    of last year of another period, ``previous`` or ``targets`` of the
    wrong length, or the options of ``schema=True`` asked of the old
    JSON form.
    """
    fmt = "csv_bom" if format == "csv_excel" else format
    sep = separator or (";" if format == "csv_excel" else ",")
    if previous is not None and len(previous) != len(reports):
        raise InvalidArgumentError(
            "table: previous has %d reports; expected one (or None) for "
            "each of the %d reports" % (len(previous), len(reports)))
    if targets is not None and len(targets) != 2:
        raise InvalidArgumentError(
            "table: targets has %d items; expected (cases, money)"
            % len(targets))
    extras = previous is not None or targets is not None or title
    if fmt == "json" and not schema:
        if extras:
            raise InvalidArgumentError(
                "table: previous, targets and title need schema=True with "
                "format='json' (the form enforcement-table/1)")
        return core.stats_table([r._r for r in reports],
                                _index(GROUPS, group, "group"),
                                _index(FORMATS, fmt, "format"),
                                _LOCALES[locale])
    cases, money = targets if targets is not None else (None, None)
    return core.stats_table_with(
        [r._r for r in reports], _index(GROUPS, group, "group"),
        _index(FORMATS, fmt, "format"), _LOCALES[locale], sep,
        [None if p is None else p._r for p in previous or ()],
        -1 if cases is None else cases.hundredths,
        -1 if money is None else money.hundredths, title)


@checked
def svg(reports: Sequence["Report"], measure: Literal["cases", "money"] = "cases",
        target: Optional[Rate] = None, title: str = "") -> str:
    """An SVG bar chart (text) of each report's rate, with a line at
    ``target`` when given."""
    return core.stats_svg([r._r for r in reports],
                          _index(MEASURES, measure, "measure"),
                          -1 if target is None else target.hundredths, title)


LAYOUTS = ("auto", "columns", "bars")


@checked
def chart(reports: Sequence["Report"],
          measure: Literal["cases", "money"] = "cases",
          target: Optional[Rate] = None, target_label: Optional[str] = None,
          locale: Literal["en", "vi", "plain"] = "en",
          title: Optional[str] = None, value_title: Optional[str] = None,
          unit_title: Optional[str] = None,
          layout: Literal["auto", "columns", "bars"] = "auto",
          label_chars: int = 0,
          names: Optional[Sequence[Optional[str]]] = None) -> str:
    """The completion rate of each report as standalone SVG text that
    stays readable from one unit to hundreds.

    ``layout="auto"`` draws columns up to 12 reports and horizontal bars
    (one 18 px row a unit, 900 px wide) beyond; ``names`` gives one
    display name per report (``None`` or "" in it, or no list: the
    report's unit), cut to ``label_chars`` characters (0: 28) with an ellipsis and
    given whole in each bar's tooltip.  ``target`` (a :class:`Rate`)
    draws a dashed line named in the legend (``target_label``, default
    "Target 84.05%" or, in ``locale="vi"``, "Chỉ tiêu 84,05%"); the rates
    follow the locale's decimal mark; ``value_title`` and ``unit_title``
    replace the axis titles made from the measure and the period.
    Raises :class:`ArgumentTypeError` for a wrong type,
    :class:`InvalidArgumentError` for no report, more than 10,000, a
    ``names`` list of another length or ``label_chars`` outside 2..200."""
    reports = list(reports)
    if names is not None and len(names) != len(reports):
        raise InvalidArgumentError(
            "chart: names has %d entries for %d reports; give one name "
            "per report" % (len(names), len(reports)))
    if label_chars < 0:
        raise InvalidArgumentError("chart: label_chars is %d; expected "
                                   "2..200, or 0 for 28" % label_chars)
    shown = [] if names is None else [
        "" if n is None else n for n in names]
    return core.stats_chart([r._r for r in reports], shown,
                            _index(MEASURES, measure, "measure"),
                            -1 if target is None else target.hundredths,
                            target_label, _LOCALES[locale], title,
                            value_title, unit_title,
                            _index(LAYOUTS, layout, "layout"), label_chars)


@checked
def pending_age(register: Register, date: datetime.date,
                bounds: Sequence[int] = (90, 180, 365),
                office: Optional[str] = None) -> list:
    """NCSC age of the open caseload on ``date``: counts of cases open at
    most bounds[0] days, ..., and beyond the last bound."""
    f = core.filter()
    f.office = office
    return core.stats_pending_age(list(bounds), register._reg, f, date)


class Org:
    """Offices and provinces with effective-dated changes (create, rename,
    move, merge, split) and rollups that restate old units onto today's.
    Codes are unique for all time; every change is dated and all or
    nothing."""

    def __init__(self):
        self._o = core.org_new()

    def __repr__(self):
        return "<Org: version %d>" % self.version

    @classmethod
    @checked
    def from_csv(cls, text: str, date: datetime.date) -> "Org":
        """The tree of a register's ``offices.csv`` (a header naming the
        columns ``office`` and ``province``, optionally ``office_name`` and
        ``province_name``; one row per office): each province a root, each
        office under its province, all from ``date``.  Raises
        ``ParseError`` (no header, an unknown column, a malformed row) or
        ``InvalidArgumentError`` (an office twice, an empty code), naming
        ``offices.csv:LINE: field``."""
        org = cls.__new__(cls)
        org._o = core.io_org_from_csv(text, date)
        return org

    @checked
    def create(self, code: str, name: str, parent: Optional[str] = None,
               date: Optional[datetime.date] = None) -> None:
        """Creates a unit from ``date`` under ``parent`` (None: a root,
        e.g. the nation)."""
        core.org_create(self._o, code, name, parent, date)

    @checked
    def rename(self, code: str, name: str, date: datetime.date) -> None:
        """Gives a unit a new name from ``date``."""
        core.org_rename(self._o, code, name, date)

    @checked
    def move(self, code: str, parent: str, date: datetime.date) -> None:
        """Puts a unit under another parent from ``date``."""
        core.org_move(self._o, code, parent, date)

    @checked
    def merge(self, code: str, into: str, date: datetime.date) -> None:
        """Merges a unit into another from ``date``: its figures are
        restated onto ``into``."""
        core.org_merge(self._o, code, into, date)

    @checked
    def split(self, code: str, into: Sequence[str], weights: Sequence[int],
              date: datetime.date) -> None:
        """Splits a unit from ``date`` into existing units (create them
        first, the same day), its figures restated in proportion to
        ``weights`` (exact: the parts sum to the whole)."""
        into, weights = list(into), list(weights)
        if len(into) != len(weights):
            raise InvalidArgumentError(
                "org_split: into has %d units but weights %d"
                % (len(into), len(weights)))
        core.org_split(self._o, code, list(zip(into, weights)), date)

    @checked
    def parent(self, code: str, date: datetime.date) -> Optional[str]:
        """The parent of a unit on ``date`` (None for a root)."""
        return core.org_parent(self._o, code, date) or None

    @checked
    def name(self, code: str, date: datetime.date) -> str:
        """The name of a unit on ``date``."""
        return core.org_name(self._o, code, date)

    @property
    def version(self) -> int:
        """A number that grows with every change (reports record the
        version they were rolled up by)."""
        return core.org_version(self._o)

    @checked
    def rollup(self, unit: str, date: datetime.date,
               reports: Sequence["Report"]) -> "Report":
        """The report of ``unit`` on ``date`` from reports of any units,
        restated onto the structure of that date."""
        return Report._wrap(core.org_rollup(self._o, unit, date,
                                            [r._r for r in reports]))
