"""enforcement: the rules of civil-judgment enforcement, exact.

A thin Pythonic layer over ``enforcement.core`` (the SWIG module, which
mirrors the C API one to one).  Money is ``int`` (VND has no minor unit),
dates are ``datetime.date``, percentages are :class:`Rate` values that print
as ``62.91%``.  Every failure raises a subclass of :class:`Error` whose
message names the field and the value.
"""
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

from ._check import ArgumentTypeError, Money  # noqa: F401  (re-exported)
from ._common import _LOCALES, _ROUNDING, _UNITS, _pick  # noqa: F401
from .money import (  # noqa: F401  (re-exported)
    allocate, format_money, parse_money, Rate, Points, percent_of,
    percent_points, percent_growth,
)
from .dates import (  # noqa: F401  (re-exported)
    LunarDate, Period, weekday, add_days, add_months, format_date,
    parse_date, lunar_from_date, lunar_to_date, Calendar, period_year_of,
    period_month, period_cumulative, period_to_date, period_last_year,
    period_interagency,
    # deprecated aliases of the period_* names, until 1.0
    report_year_of, report_month, report_cumulative, report_to_date,
    report_same_period_last_year, report_interagency,
)
from .law import (  # noqa: F401  (re-exported)
    regime_on, case_rules, coercion_blackout, coercion_allowed,
    VERIFY_SUBJECTS, delegated_verification_due,
)
from . import stats  # noqa: F401
from . import payout  # noqa: F401
from . import auction  # noqa: F401
from . import rules  # noqa: F401
from .rules import (  # noqa: F401  (re-exported)
    Rulebook, rules_catalogue, rule_value, rule_row,
)
from .stats import Report, Org  # noqa: F401
from .cases import (  # noqa: F401  (re-exported)
    Case, Register, token, tokens, value, POSTPONE_REASONS, SUSPEND_REASONS,
    TERMINATE_REASONS, DEADLINE_KINDS, ENTITIES,
)
from . import corrections  # noqa: F401
from .corrections import CORRECTION_KINDS, correction_kind  # noqa: F401
from . import frames  # noqa: F401
from .frames import reports_frame  # noqa: F401  (re-exported)
from . import validate  # noqa: F401
from .validate import validate_csv, validate_csv_dir  # noqa: F401

from . import store  # noqa: F401
from .store import Store  # noqa: F401  (re-exported)
from . import programmes  # noqa: F401
from .programmes import Programme, ProgrammeReport  # noqa: F401

__version__ = core.version()
