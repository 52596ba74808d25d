"""The regimes of the law and the case rules that follow from them."""
import datetime
from typing import Literal

from . import core
from ._check import checked
from .dates import Calendar
from ._common import _pick
from .rules import _raw


@checked
def regime_on(date: datetime.date) -> str:
    """Name of the regime in force on a date: 'VN-2008', 'VN-2014' or
    'VN-2026' (Decree 152/2026 Art 115: each step follows the law of its
    date)."""
    return core.regime_name(core.regime_on(date))


@checked
def case_rules(regime: Literal["VN-2008", "VN-2014", "VN-2026"],
               book=None):
    """The case durations of a regime (a struct you may edit and pass to
    deadline queries): regime is 'VN-2008', 'VN-2014' or 'VN-2026'; with a
    :class:`Rulebook`, its overrides of the rules ``<regime>.<field>``
    (``VN-2026.voluntary_days``, ...) apply."""
    names = {"VN-2008": core.REGIME_VN2008, "VN-2014": core.REGIME_VN2014,
             "VN-2026": core.REGIME_VN2026}
    return core.case_rules_from(_raw(book),
                                _pick(names, regime, "regime"))


@checked
def coercion_blackout(year: int, rules=None) -> tuple:
    """The days of ``year`` around Tết on which no mobilised coercion may
    be organised, as a (first, last) pair of dates: 15 days before the
    first day of the lunar year and 15 after its third (Decree 152/2026 Art
    42(2); Decree 62/2015 Art 13(2) before).  Tết 2026 (17 Feb) gives
    2 Feb - 6 Mar.  ``rules``: a :func:`case_rules` struct (default: the
    regime of the year's Tết)."""
    return core.coercion_blackout(year, rules)


@checked
def coercion_allowed(date: datetime.date, rules=None) -> bool:
    """False when ``date`` falls in the Tết blackout of
    :func:`coercion_blackout`."""
    return bool(core.coercion_allowed(date, rules))


VERIFY_SUBJECTS = {"registered": core.VERIFY_REGISTERED,
                   "registered_complex": core.VERIFY_REGISTERED_COMPLEX,
                   "other": core.VERIFY_OTHER,
                   "account": core.VERIFY_ACCOUNT}


@checked
def delegated_verification_due(calendar: Calendar, received: datetime.date,
                               subject: Literal["registered",
                                                "registered_complex",
                                                "other", "account"],
                               rules=None) -> datetime.date:
    """The last day for the office that was asked to verify on another's
    behalf to reply (Decree 152/2026 Art 21(5)): real estate or registered
    movables 30 days ('registered'; 45 when complex, 'registered_complex'),
    other assets 15 days ('other'), accounts and provisional measures at
    once ('account').  ``received`` is the day the request arrived."""
    return core.delegated_verification_due(
        calendar._cal, received, _pick(VERIFY_SUBJECTS, subject, "subject"),
        rules)
