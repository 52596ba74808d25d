"""pandas tables of registers and reports, built column by column.

The columns come from the C library in one pass each (``columns.h``):
numpy arrays are created here and filled by C, so ten million events
become a DataFrame without a Python object per row.  Every column has one
type: counts and money ``int64`` (VND), dates ``datetime64[ns]`` (``NaT``
for none), tokens ``category``, flags ``bool``, rates ``float64`` percent
beside their exact ``int64`` hundredths.  No column is named after a
DataFrame attribute (``flags``, ``mode``, ``size``, ``index``...), so
``df.state`` and ``df.rate_cases`` are columns.

numpy and pandas are imported when a table is asked for; the rest of the
package works without them.
"""
import datetime
from typing import Optional, Sequence

from . import core
from ._check import checked, to_choice
from .cases import Register, tokens
from .stats import GROUPS, ROWS, Report

_NS_PER_DAY = 86_400_000_000_000
_DATE_NONE = -(1 << 31)
# Days since 1970-01-01 that datetime64[ns] can hold (1677-09-22 ..
# 2262-04-11).
_NS_DAYS = (-106_751, 106_750)

# Event columns of core.register_event_columns, in order, and their types.
_EVENT_COLUMNS = (("case_index", "int32"), ("seq", "int32"),
                  ("date", "int32"), ("kind", "int32"),
                  ("detail", "int32"), ("amount", "int64"),
                  ("asset", "int32"))
_CASE_COLUMNS = (("decision_date", "int32"), ("judgment_effective", "int32"),
                 ("mode", "int32"), ("judgment_kind", "int32"),
                 ("flags", "int32"), ("state", "int32"), ("since", "int32"),
                 ("owed", "int64"), ("collected", "int64"),
                 ("paid", "int64"), ("outstanding", "int64"))
_TEXTS = {"office": core.CASE_TEXT_OFFICE,
          "decision_no": core.CASE_TEXT_DECISION_NO,
          "court": core.CASE_TEXT_COURT,
          "judgment_no": core.CASE_TEXT_JUDGMENT_NO}


def _libs():
    try:
        import numpy
        import pandas
    except ImportError as e:  # pragma: no cover - depends on the machine
        raise ImportError("tables need numpy and pandas (Debian: apt-get "
                          "install python3-pandas): %s" % e) from None
    return numpy, pandas


def _datetimes(np, days, name):
    """Day numbers (int32, none = INT32_MIN) as datetime64[ns], NaT for
    none; a date that datetime64[ns] cannot hold raises."""
    none = days == _DATE_NONE
    if days.size and not none.all():
        real = days[~none] if none.any() else days
        lo, hi = int(real.min()), int(real.max())
        if lo < _NS_DAYS[0] or hi > _NS_DAYS[1]:
            bad = lo if lo < _NS_DAYS[0] else hi
            raise core.RangeError(
                "%s: %s is outside the dates a datetime64[ns] column holds "
                "(1677-09-22 to 2262-04-11)"
                % (name, datetime.date(1970, 1, 1)
                   + datetime.timedelta(days=bad)))
    ns = days.astype(np.int64)
    ns *= _NS_PER_DAY
    ns[none] = np.iinfo(np.int64).min  # NaT
    return ns.view("datetime64[ns]")


def _categorical(pd, codes, names):
    return pd.Categorical.from_codes(codes, categories=list(names))


def _texts(np, pd, register, field):
    """One text field of every case as a categorical column (the distinct
    values and one code per case come from C)."""
    codes = np.empty(len(register), np.int32)
    text = core.register_text_codes(codes, register._reg, _TEXTS[field])
    return pd.Categorical.from_codes(codes, categories=text.split("\0")[:-1])


def _take(pd, cat, index):
    """The categorical cat taken at index (a code array)."""
    return pd.Categorical.from_codes(cat.codes[index],
                                     categories=cat.categories)


@checked
def events_frame(register: Register):
    """One row per event of every case, in register order then log order:

    ``case_index`` (int64, the case's index in the register), ``office``
    and ``decision_no`` (category), ``seq`` (int64, 0, 1, ... within
    the case), ``date`` (datetime64[ns]), ``kind`` (category of the event
    tokens: "decision_issued", "collected", ...), ``detail`` (int64: the
    ground of a postponement, suspension or termination as its index in
    ``POSTPONE_REASONS``, ``SUSPEND_REASONS``, ``TERMINATE_REASONS``; 1/0
    for means found; else 0), ``amount`` (int64 VND: collected, paid out,
    appraised value or price; else 0), ``asset`` (Int64, the asset's
    index in its case, ``<NA>`` for events about no asset).

    Raises :class:`ImportError` without numpy and pandas, and
    :class:`RangeError` for a date a datetime64[ns] column cannot hold.
    """
    np, pd = _libs()
    n = core.register_event_total(register._reg)
    cols = {name: np.empty(n, dtype) for name, dtype in _EVENT_COLUMNS}
    core.register_event_columns(register._reg,
                                *(cols[name] for name, _ in _EVENT_COLUMNS))
    case_index = cols["case_index"]
    asset = cols["asset"]
    data = {
        "case_index": case_index.astype(np.int64),
        "office": _take(pd, _texts(np, pd, register, "office"), case_index),
        "decision_no": _take(pd, _texts(np, pd, register, "decision_no"),
                             case_index),
        "seq": cols["seq"].astype(np.int64),
        "date": _datetimes(np, cols["date"], "date"),
        "kind": _categorical(pd, cols["kind"], tokens("event")),
        "detail": cols["detail"].astype(np.int64),
        "amount": cols["amount"],
        "asset": pd.arrays.IntegerArray(asset.astype(np.int64), asset < 0),
    }
    return pd.DataFrame(data, copy=False)


@checked
def register_frame(register: Register,
                   date: Optional[datetime.date] = None):
    """One row per case, in register order:

    ``office``, ``decision_no``, ``court``, ``judgment_no`` (category;
    "" when not given), ``decision_date``, ``judgment_effective``
    (datetime64[ns], NaT when not given), ``started_by`` (category:
    "agency" or "request", the case's mode), ``judgment_kind`` (category),
    ``corruption``, ``prisoner``, ``unknown_address`` (bool, the case's
    flags), and as of the end of ``date`` (None: after every event of the
    log): ``state`` (category of the state tokens), ``since``
    (datetime64[ns], NaT before the first event), ``owed``, ``collected``,
    ``paid``, ``outstanding`` (int64 VND).

    Raises :class:`ImportError` without numpy and pandas, and
    :class:`RangeError` for a date outside the calendar.
    """
    np, pd = _libs()
    n = len(register)
    cols = {name: np.empty(n, dtype) for name, dtype in _CASE_COLUMNS}
    core.register_case_columns(register._reg, date,
                               *(cols[name] for name, _ in _CASE_COLUMNS))
    flags = cols["flags"]
    data = {
        "office": _texts(np, pd, register, "office"),
        "decision_no": _texts(np, pd, register, "decision_no"),
        "decision_date": _datetimes(np, cols["decision_date"],
                                    "decision_date"),
        "started_by": _categorical(pd, cols["mode"], tokens("mode")),
        "court": _texts(np, pd, register, "court"),
        "judgment_no": _texts(np, pd, register, "judgment_no"),
        "judgment_effective": _datetimes(np, cols["judgment_effective"],
                                         "judgment_effective"),
        "judgment_kind": _categorical(pd, cols["judgment_kind"],
                                      tokens("judgment_kind")),
    }
    for bit, name in enumerate(tokens("flag")):
        data[name] = (flags & (1 << bit)) != 0
    data.update({
        "state": _categorical(pd, cols["state"], tokens("state")),
        "since": _datetimes(np, cols["since"], "since"),
        "owed": cols["owed"], "collected": cols["collected"],
        "paid": cols["paid"], "outstanding": cols["outstanding"],
    })
    return pd.DataFrame(data, copy=False)


def _report_columns():
    cols = ["unit", "group", "period_start", "period_end"]
    for name in ROWS:
        cols += [name + "_cases", name + "_money"]
    return cols + ["rate_cases", "rate_cases_hundredths", "rate_money",
                   "rate_money_hundredths"]


def _report_row(report, group):
    period = report.period
    row = [report.unit, group, period.first, period.last]
    for name in ROWS:
        row += [report.get(name, "cases", group),
                report.get(name, "money", group)]
    for measure in ("cases", "money"):
        try:
            hundredths = report.rate(measure, group).hundredths
            row += [hundredths / 100, hundredths]
        except core.DivisionByZeroError:
            row += [float("nan"), None]
    return row


@checked
def reports_frame(reports: Sequence[Report], group: str = "all"):
    """One row per report (unit), in the order given:

    ``unit`` and ``group`` (str), ``period_start`` and ``period_end``
    (datetime64[ns]), for each indicator row of ``stats.ROWS``
    ``<row>_cases`` (int64 count) and ``<row>_money`` (int64 VND), and the
    completion rates ``rate_cases`` and ``rate_money`` (float64 percent:
    62.91 for 62.91%; NaN when nothing had means) beside
    ``rate_cases_hundredths`` and ``rate_money_hundredths``, the exact
    rates in hundredths of a percent (6291): int64, or the nullable Int64
    with ``<NA>`` when a rate is undefined.  ``group`` is one of
    ``stats.GROUPS`` ("all", "agency", ...).

    Example: ``reports_frame(Report.by_office(reg, period)).query(
    "rate_cases < 50")``.

    Raises :class:`ImportError` without numpy and pandas, and
    :class:`ArgumentTypeError` for a wrong argument.
    """
    np, pd = _libs()
    group = to_choice(group, GROUPS, "group", "reports_frame")
    cols = _report_columns()
    rows = [_report_row(r, group) for r in reports]
    df = pd.DataFrame(rows, columns=cols)
    for col in cols:
        if col in ("period_start", "period_end"):
            df[col] = pd.to_datetime(df[col]).astype("datetime64[ns]")
        elif col.endswith("_hundredths"):
            has_na = df[col].isna().any()
            df[col] = df[col].astype("Int64" if has_na else np.int64)
        elif col.startswith("rate_"):
            df[col] = df[col].astype(np.float64)
        elif col.endswith("_cases") or col.endswith("_money"):
            df[col] = df[col].astype(np.int64)
        else:
            df[col] = df[col].astype(object)
    return df
