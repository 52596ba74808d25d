"""Dates, lunar dates, working-day calendars and reporting periods."""
import collections
import datetime
from typing import Literal, Optional, Sequence

from . import core
from ._check import Names, checked
from ._common import _LOCALES, _UNITS, _pick


LunarDate = collections.namedtuple("LunarDate", "year month day leap")
LunarDate.__new__.__defaults__ = (0,)
Period = collections.namedtuple("Period", "first last")


@checked
def weekday(date: datetime.date) -> int:
    """ISO weekday: Monday is 1, Sunday 7."""
    return core.date_weekday(date)


@checked
def add_days(date: datetime.date, days: int) -> datetime.date:
    """``date`` moved by ``days`` calendar days (negative: back)."""
    return core.date_add_days(date, days)


@checked
def add_months(date: datetime.date, months: int) -> datetime.date:
    """Moves by months; a missing day becomes the month's last day
    (Civil Code Art 148): 31 Jan + 1 month = 28 or 29 Feb."""
    return core.date_add_months(date, months)


@checked
def format_date(date: datetime.date,
                locale: Literal["en", "vi", "plain"] = "en") -> str:
    """``'2025-01-13'`` (en, plain) or ``'13/01/2025'`` (vi)."""
    return core.date_format(date, _pick(_LOCALES, locale, "locale"))


@checked
def parse_date(text: str) -> datetime.date:
    """``'2025-01-13'`` or ``'13/01/2025'`` -> ``datetime.date``."""
    return core.date_parse(text)


@checked
def lunar_from_date(date: datetime.date) -> LunarDate:
    """The Vietnamese lunar date (UTC+7) of a solar date, 1900-2100."""
    return LunarDate(*core.lunar_from_date(date))


@checked
def lunar_to_date(year: int, month: int, day: int,
                  leap=False) -> datetime.date:
    """The solar date of a Vietnamese lunar date:
    ``lunar_to_date(2025, 1, 1)`` is 2025-01-29 (Tết)."""
    return core.lunar_to_date((year, month, day, int(leap)))


class Calendar:
    """A working-day calendar: weekends, Vietnam's public holidays (computed
    for 1900-2100, official 2025 and 2026 tables built in) and tables you
    load.  Read-only after loading; share it freely."""

    @checked
    def __init__(self, weekend: Names = ("sat", "sun"),
                 holidays: Literal["vn", "none"] = "vn",
                 builtin_tables: bool = True):
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
        self._desc = "weekend %s, holidays %s" % (
            "+".join(weekend),
            holidays)

    def __repr__(self):
        return "<Calendar: %s>" % self._desc

    @checked
    def load(self, text: str) -> None:
        """Load official days off and swapped working days (see
        ``enf_calendar_load``); all or nothing."""
        core.calendar_load(self._cal, text)

    @checked
    def has_table(self, year: int) -> bool:
        """True when the official days off of ``year`` are known (built
        in for 2025 and 2026, or loaded)."""
        return bool(core.calendar_has_table(self._cal, year))

    @checked
    def is_working_day(self, date: datetime.date) -> bool:
        """False on weekends, public holidays and official days off; True
        on swapped working days."""
        return bool(core.calendar_is_working_day(self._cal, date))

    @checked
    def holiday_name(self, date: datetime.date) -> Optional[str]:
        """The name of the holiday on ``date`` ("Tết Nguyên Đán", ...), or
        None."""
        return core.calendar_holiday_name(self._cal, date)

    @checked
    def next_working_day(self, date: datetime.date) -> datetime.date:
        """The first working day after ``date``."""
        return core.calendar_next_working_day(self._cal, date)

    @checked
    def count_working_days(self, first: datetime.date,
                           last: datetime.date) -> int:
        """Working days in ``[first, last]``, both included."""
        return core.calendar_count_working_days(self._cal, first, last)

    @checked
    def period_end(self, event: datetime.date, n: int,
                   unit: Literal["days", "working_days", "weeks", "months",
                                 "years"] = "days") -> datetime.date:
        """Last day of a statutory period of ``n`` units after ``event``
        (Civil Code Art 147-148); unit is days, working_days, weeks,
        months or years."""
        return core.calendar_period_end(self._cal, event, n,
                                        _pick(_UNITS, unit, "unit"))


@checked
def period_year_of(date: datetime.date) -> int:
    """Enforcement year (1 Oct - 30 Sep, named by its end year)."""
    return core.period_year_of(date)


@checked
def period_month(year: int, k: int) -> Period:
    """Month ``k`` (1 = October) of an enforcement year, as a Period."""
    return Period(*core.period_month(year, k))


@checked
def period_cumulative(year: int, k: int) -> Period:
    """1 October to the end of month ``k``: the cumulative report."""
    return Period(*core.period_cumulative(year, k))


@checked
def period_to_date(date: datetime.date) -> Period:
    """1 October of the date's enforcement year to the date."""
    return Period(*core.period_to_date(date))


@checked
def period_last_year(period: Sequence[datetime.date]) -> Period:
    """The same period one year earlier (29 February becomes 28)."""
    return Period(*core.period_last_year(tuple(period)))


@checked
def period_interagency(year: int, months: int) -> Period:
    """Inter-agency period of 3, 6, 10 or 12 months (JC 12/2021 Art 6)."""
    return Period(*core.period_interagency(year, months))


# The report_* names of the first release: deprecated aliases of the
# period_* functions above (the C library's enf_report_* likewise), kept
# until 1.0.
report_year_of = period_year_of
report_month = period_month
report_cumulative = period_cumulative
report_to_date = period_to_date
report_same_period_last_year = period_last_year
report_interagency = period_interagency
