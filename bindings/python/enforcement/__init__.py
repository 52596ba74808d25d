"""enforcement: the rules of civil-judgment enforcement, exact.

A thin Pythonic layer over ``enforcement.core`` (the SWIG module, which
mirrors the C API one to one).  Money is ``int`` (VND has no minor unit),
dates are ``datetime.date``, percentages are :class:`Rate` values that print
as ``62.91%``.  Every failure raises a subclass of :class:`Error` whose
message names the field and the value.
"""
import collections

from . import core
from .core import (  # noqa: F401  (re-exported)
    Error, InvalidArgumentError, RangeError, OverflowError, NotFoundError,
    StateError, ParseError, OutOfMemoryError, VersionError, BufferSizeError,
    DivisionByZeroError,
    ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP,
    LOCALE_VI, LOCALE_EN, LOCALE_PLAIN,
    money_add, money_sub, money_mul, money_neg, money_muldiv,
    version, version_number, status_str, last_error, last_status,
    error_clear, date_valid,
)

__version__ = core.version()

_LOCALES = {"vi": LOCALE_VI, "en": LOCALE_EN, "plain": LOCALE_PLAIN}
_ROUNDING = {"half_up": ROUND_HALF_UP, "half_even": ROUND_HALF_EVEN,
             "down": ROUND_DOWN, "up": ROUND_UP}
_UNITS = {"days": core.UNIT_DAYS, "working_days": core.UNIT_WORKING_DAYS,
          "weeks": core.UNIT_WEEKS, "months": core.UNIT_MONTHS,
          "years": core.UNIT_YEARS}


def _pick(table, value, what):
    if isinstance(value, str):
        try:
            return table[value]
        except KeyError:
            raise InvalidArgumentError(
                "%s is %r; expected one of %s" % (what, value, sorted(table)))
    return value


# ---------------------------------------------------------------- money

def allocate(total, weights):
    """Split ``total`` over ``weights`` exactly; the parts sum to ``total``.

    Largest remainder: leftover units go to the largest fractional shares,
    the earlier weight first on ties.  ``allocate(100, [1, 1, 1])`` is
    ``[34, 33, 33]``.
    """
    return core.money_allocate(total, list(weights))


def format_money(amount, locale="vi"):
    """``1234567`` -> ``'1.234.567 đ'`` (vi), ``'1,234,567 VND'`` (en),
    ``'1234567'`` (plain)."""
    return core.money_format(amount, _pick(_LOCALES, locale, "locale"))


def parse_money(text):
    """Exact VND from text: ``'281,2 tỷ đồng'`` -> ``281200000000``.

    Raises :class:`ParseError` on malformed, ambiguous or out-of-range text.
    """
    return core.money_parse(text)


class Rate:
    """A percentage in hundredths of a percent: ``Rate(6291)`` is 62.91%.

    ``str()`` gives ``'62.91%'``; ``format_vi()`` gives ``'62,91%'``;
    ``hundredths`` is the exact integer; ``float()`` is for display only.
    """

    __slots__ = ("hundredths",)
    _unit = "%"

    def __init__(self, hundredths):
        if isinstance(hundredths, Rate):
            hundredths = hundredths.hundredths
        self.hundredths = int(hundredths)

    @classmethod
    def parse(cls, text):
        """``Rate.parse('62,91%')`` -> ``Rate(6291)``."""
        return cls(core.percent_parse(text))

    def format(self, locale="en"):
        text = core.percent_format(self.hundredths,
                                   _pick(_LOCALES, locale, "locale"))
        if self._unit != "%" and locale != "plain":
            text = text[:-1] + self._unit
        return text

    def format_vi(self):
        return self.format("vi")

    def __str__(self):
        return self.format("en")

    def __repr__(self):
        return "%s(%d)  # %s" % (type(self).__name__, self.hundredths, self)

    def __int__(self):
        return self.hundredths

    def __float__(self):
        return self.hundredths / 100.0

    def __hash__(self):
        return hash((type(self).__name__, self.hundredths))

    def _other(self, other):
        if isinstance(other, Rate):
            return other.hundredths
        if isinstance(other, int):
            return other
        return NotImplemented

    def __eq__(self, other):
        o = self._other(other)
        return NotImplemented if o is NotImplemented else self.hundredths == o

    def __lt__(self, other):
        o = self._other(other)
        return NotImplemented if o is NotImplemented else self.hundredths < o

    def __le__(self, other):
        o = self._other(other)
        return NotImplemented if o is NotImplemented else self.hundredths <= o

    def __gt__(self, other):
        o = self._other(other)
        return NotImplemented if o is NotImplemented else self.hundredths > o

    def __ge__(self, other):
        o = self._other(other)
        return NotImplemented if o is NotImplemented else self.hundredths >= o

    def __sub__(self, other):
        """Rate - Rate is a gap in percentage :class:`Points`."""
        if isinstance(other, Rate) and not isinstance(other, Points):
            return percent_points(self, other)
        return NotImplemented


class Points(Rate):
    """A difference of two rates, in hundredths of a percentage point:
    ``Points(-2114)`` prints ``'-21.14 pp'`` (short of the target)."""

    __slots__ = ()
    _unit = " pp"

    def __sub__(self, other):
        return NotImplemented


def percent_of(part, whole, rounding="half_up"):
    """``part / whole`` as a :class:`Rate`: ``percent_of(2244, 3567)`` is
    62.91%."""
    return Rate(core.percent_of(part, whole,
                                _pick(_ROUNDING, rounding, "rounding")))


def percent_points(rate, target):
    """``rate - target`` in percentage :class:`Points`:
    ``percent_points(Rate(6291), Rate(8405))`` is -21.14 pp."""
    return Points(core.percent_points(int(Rate(rate)), int(Rate(target))))


def percent_growth(current, previous, rounding="half_up"):
    """Relative growth ``(current - previous) / previous`` as a
    :class:`Rate` (not a difference of rates: see :func:`percent_points`)."""
    return Rate(core.percent_growth(current, previous,
                                    _pick(_ROUNDING, rounding, "rounding")))


# ---------------------------------------------------------------- dates

LunarDate = collections.namedtuple("LunarDate", "year month day leap")
LunarDate.__new__.__defaults__ = (0,)
Period = collections.namedtuple("Period", "first last")


def weekday(date):
    """ISO weekday: Monday is 1, Sunday 7."""
    return core.date_weekday(date)


def add_days(date, days):
    return core.date_add_days(date, days)


def add_months(date, months):
    """Moves by months; a missing day becomes the month's last day
    (Civil Code Art 148): 31 Jan + 1 month = 28 or 29 Feb."""
    return core.date_add_months(date, months)


def format_date(date, locale="en"):
    """``'2025-01-13'`` (en, plain) or ``'13/01/2025'`` (vi)."""
    return core.date_format(date, _pick(_LOCALES, locale, "locale"))


def parse_date(text):
    """``'2025-01-13'`` or ``'13/01/2025'`` -> ``datetime.date``."""
    return core.date_parse(text)


def lunar_from_date(date):
    """The Vietnamese lunar date (UTC+7) of a solar date, 1900-2100."""
    return LunarDate(*core.lunar_from_date(date))


def lunar_to_date(year, month, day, leap=0):
    """The solar date of a Vietnamese lunar date:
    ``lunar_to_date(2025, 1, 1)`` is 2025-01-29 (Tết)."""
    return core.lunar_to_date((year, month, day, int(leap)))


class Calendar:
    """A working-day calendar: weekends, Vietnam's public holidays (computed
    for 1900-2100, official 2025 and 2026 tables built in) and tables you
    load.  Read-only after loading; share it freely."""

    def __init__(self, weekend=("sat", "sun"), holidays="vn",
                 builtin_tables=True):
        days = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5,
                "sat": 6, "sun": 7}
        opts = core.calendar_options()
        mask = 0
        for day in weekend:
            mask |= 1 << (_pick(days, day, "weekend day") - 1)
        opts.weekend = mask
        opts.holidays = _pick({"vn": core.HOLIDAYS_VN,
                               "none": core.HOLIDAYS_NONE},
                              holidays, "holidays")
        opts.builtin_tables = int(bool(builtin_tables))
        self._cal = core.calendar_new(opts)

    def load(self, text):
        """Load official days off and swapped working days (see
        ``enf_calendar_load``); all or nothing."""
        core.calendar_load(self._cal, text)

    def has_table(self, year):
        return bool(core.calendar_has_table(self._cal, year))

    def is_working_day(self, date):
        return bool(core.calendar_is_working_day(self._cal, date))

    def holiday_name(self, date):
        return core.calendar_holiday_name(self._cal, date)

    def next_working_day(self, date):
        return core.calendar_next_working_day(self._cal, date)

    def count_working_days(self, first, last):
        """Working days in ``[first, last]``, both included."""
        return core.calendar_count_working_days(self._cal, first, last)

    def period_end(self, event, n, unit="days"):
        """Last day of a statutory period of ``n`` units after ``event``
        (Civil Code Art 147-148); unit is days, working_days, weeks,
        months or years."""
        return core.calendar_period_end(self._cal, event, n,
                                        _pick(_UNITS, unit, "unit"))


# ------------------------------------------------------ reporting periods

def report_year_of(date):
    """Enforcement year (1 Oct - 30 Sep, named by its end year)."""
    return core.report_year_of(date)


def report_month(year, k):
    """Month ``k`` (1 = October) of an enforcement year, as a Period."""
    return Period(*core.report_month(year, k))


def report_cumulative(year, k):
    """1 October to the end of month ``k``: the cumulative report."""
    return Period(*core.report_cumulative(year, k))


def report_to_date(date):
    """1 October of the date's enforcement year to the date."""
    return Period(*core.report_to_date(date))


def report_same_period_last_year(period):
    return Period(*core.report_same_period_last_year(tuple(period)))


def report_interagency(year, months):
    """Inter-agency period of 3, 6, 10 or 12 months (JC 12/2021 Art 6)."""
    return Period(*core.report_interagency(year, months))


# ------------------------------------------------------- rules and cases

def regime_on(date):
    """Name of the regime in force on a date: 'VN-2008', 'VN-2014' or
    'VN-2026' (Decree 152/2026 Art 115: each step follows the law of its
    date)."""
    return core.regime_name(core.regime_on(date))


def case_rules(regime, book=None):
    """The case durations of a regime (a struct you may edit and pass to
    deadline queries): regime is 'VN-2008', 'VN-2014' or 'VN-2026'; with a
    :class:`Rulebook`, its overrides of the rules ``<regime>.<field>``
    (``VN-2026.voluntary_days``, ...) apply."""
    names = {"VN-2008": core.REGIME_VN2008, "VN-2014": core.REGIME_VN2014,
             "VN-2026": core.REGIME_VN2026}
    return core.case_rules_from(rules._raw(book),
                                _pick(names, regime, "regime"))


def coercion_blackout(year, rules=None):
    """The days of ``year`` around Tết on which no mobilised coercion may
    be organised, as a (first, last) pair of dates: 15 days before the
    first day of the lunar year and 15 after its third (Decree 152/2026 Art
    42(2); Decree 62/2015 Art 13(2) before).  Tết 2026 (17 Feb) gives
    2 Feb - 6 Mar.  ``rules``: a :func:`case_rules` struct (default: the
    regime of the year's Tết)."""
    return core.coercion_blackout(year, rules)


def coercion_allowed(date, rules=None):
    """False when ``date`` falls in the Tết blackout of
    :func:`coercion_blackout`."""
    return bool(core.coercion_allowed(date, rules))


VERIFY_SUBJECTS = {"registered": core.VERIFY_REGISTERED,
                   "registered_complex": core.VERIFY_REGISTERED_COMPLEX,
                   "other": core.VERIFY_OTHER,
                   "account": core.VERIFY_ACCOUNT}


def delegated_verification_due(calendar, received, subject, rules=None):
    """The last day for the office that was asked to verify on another's
    behalf to reply (Decree 152/2026 Art 21(5)): real estate or registered
    movables 30 days ('registered'; 45 when complex, 'registered_complex'),
    other assets 15 days ('other'), accounts and provisional measures at
    once ('account').  ``received`` is the day the request arrived."""
    return core.delegated_verification_due(
        calendar._cal, received, _pick(VERIFY_SUBJECTS, subject, "subject"),
        rules)


from . import stats  # noqa: E402,F401
from . import payout  # noqa: E402,F401
from . import auction  # noqa: E402,F401
from . import rules  # noqa: E402,F401
from .rules import (  # noqa: E402,F401  (re-exported)
    Rulebook, rules_catalogue, rule_value, rule_row,
)
from .stats import Report, Org  # noqa: E402,F401

from .cases import (  # noqa: E402,F401  (re-exported)
    Case, Register, token, value, POSTPONE_REASONS, SUSPEND_REASONS,
    TERMINATE_REASONS, DEADLINE_KINDS, ENTITIES,
)
