"""Money and percentages: exact VND amounts and :class:`Rate` values."""
import decimal
import fractions

from typing import Literal

from . import core
from ._check import ArgumentTypeError, Money, checked
from ._common import _LOCALES, _ROUNDING, _pick


@checked
def allocate(total: Money, weights) -> list:
    """Split ``total`` over ``weights`` exactly; the parts sum to ``total``.

    Largest remainder: leftover units go to the largest fractional shares,
    the earlier weight first on ties.  ``allocate(100, [1, 1, 1])`` is
    ``[34, 33, 33]``.
    """
    return core.money_allocate(total, list(weights))


@checked
def format_money(amount: Money,
                 locale: Literal["vi", "en", "plain"] = "vi") -> str:
    """``1234567`` -> ``'1.234.567 đ'`` (vi), ``'1,234,567 VND'`` (en),
    ``'1234567'`` (plain)."""
    return core.money_format(amount, _pick(_LOCALES, locale, "locale"))


@checked
def parse_money(text: str) -> int:
    """Exact VND from text: ``'281,2 tỷ đồng'`` -> ``281200000000``.

    Raises :class:`ParseError` on malformed, ambiguous or out-of-range text.
    """
    return core.money_parse(text)


class _Percent:
    """An exact percentage: a whole number of units of 10**-precision
    percent (precision 2: hundredths, ``Rate(6291)`` is 62.91%)."""

    __slots__ = ("_units", "_precision")
    _unit = "%"

    def __init__(self, hundredths=None, *, units=None, precision=2):
        if isinstance(hundredths, _Percent):
            if type(hundredths) is not type(self):
                raise ArgumentTypeError("%s(%r): a %s is not a %s" % (
                    type(self).__name__, hundredths,
                    type(hundredths).__name__, type(self).__name__))
            units, precision = hundredths._units, hundredths._precision
            hundredths = None
        if (hundredths is None) == (units is None):
            raise ArgumentTypeError("%s: give hundredths (an int) or units= with "
                            "precision=" % type(self).__name__)
        value = hundredths if units is None else units
        if units is None and precision != 2:
            raise ArgumentTypeError("%s: hundredths are at precision 2; give "
                            "units= with precision=" % type(self).__name__)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ArgumentTypeError(
                "%s(%r): a %s is not exact; write %s.percent(%r) for %s%% "
                "or %s(hundredths=%d)" % (
                    type(self).__name__, value, type(value).__name__,
                    type(self).__name__, str(value), value,
                    type(self).__name__, _hundredths_hint(value)))
        if isinstance(precision, bool) or not isinstance(precision, int) \
                or not 0 <= precision <= 6:
            raise core.InvalidArgumentError(
                "%s: precision is %r; expected 0 to 6"
                % (type(self).__name__, precision))
        if not -(1 << 63) <= value < (1 << 63):
            raise core.OverflowError("%s: %d units are beyond 64 bits"
                                     % (type(self).__name__, value))
        self._units = value
        self._precision = precision

    @classmethod
    def percent(cls, value, precision=None):
        """The percentage ``value`` given as a number of percent: an int,
        a ``Decimal``, a ``Fraction`` or text (``"47.5"``, ``"47.5%"``,
        ``"47,5"``), exactly; a float is refused.  ``precision`` (digits
        after the point) defaults to as many as ``value`` needs, at least
        2; a value with more digits than ``precision`` raises
        :class:`InvalidArgumentError`.  ``Rate.percent("47.5")`` is
        ``Rate(4750)``."""
        if isinstance(value, bool) or isinstance(value, float):
            raise ArgumentTypeError("%s.percent(%r): a float is not exact; give "
                            "text, a Decimal or a Fraction"
                            % (cls.__name__, value))
        if isinstance(value, str):
            text = value.strip().rstrip("%").replace("pp", "").strip()
            try:
                value = decimal.Decimal(text.replace(",", "."))
            except decimal.InvalidOperation:
                raise core.ParseError("%s.percent: %r is not a number of "
                                      "percent" % (cls.__name__, value))
        if not isinstance(value, (int, decimal.Decimal,
                                  fractions.Fraction)):
            raise ArgumentTypeError(
                "%s.percent: value is %r (%s); expected text, an int, a "
                "Decimal or a Fraction" % (cls.__name__, value,
                                           type(value).__name__))
        exact = fractions.Fraction(value)
        if precision is None:
            precision = 2
            while (exact * 10 ** precision).denominator != 1 \
                    and precision < 6:
                precision += 1
        scaled = exact * 10 ** precision
        if scaled.denominator != 1:
            raise core.InvalidArgumentError(
                "%s.percent: %s%% has more than %d decimals"
                % (cls.__name__, value, precision))
        return cls(units=int(scaled), precision=precision)

    @classmethod
    def parse(cls, text):
        """``Rate.parse('62,91%')`` -> ``Rate(6291)`` (the C parser:
        comma or point, at most two decimals)."""
        return cls(core.percent_parse(text))

    @property
    def units(self):
        """The exact integer: units of 10**-precision percent."""
        return self._units

    @property
    def precision(self):
        """Digits after the point (2: hundredths of a percent)."""
        return self._precision

    @property
    def hundredths(self):
        """The exact value in hundredths of a percent (an int); a value
        with more digits raises :class:`InvalidArgumentError` (round it
        first: ``round(rate, 2).hundredths``)."""
        scaled = fractions.Fraction(self._units, 10 ** self._precision) * 100
        if scaled.denominator != 1:
            raise core.InvalidArgumentError(
                "%s has no exact hundredths; use round(value, 2)" % self)
        return int(scaled)

    @property
    def decimal(self):
        """The number of percent as an exact ``Decimal``: ``Decimal('62.91')``."""
        return decimal.Decimal(self._units).scaleb(-self._precision)

    @property
    def fraction(self):
        """The ratio as an exact ``Fraction`` (62.91% is 6291/10000)."""
        return fractions.Fraction(self._units, 100 * 10 ** self._precision)

    def format(self, locale="en"):
        """Text in a locale: ``'62.91%'`` (en), ``'62,91%'`` (vi),
        ``'62.91'`` (plain); a gap ends in ``' pp'``."""
        text = "%s" % self.decimal.quantize(
            decimal.Decimal(1).scaleb(-self._precision))
        if locale == "vi":
            text = text.replace(".", ",")
        elif locale not in ("en", "plain"):
            _pick(_LOCALES, locale, "locale")
        return text if locale == "plain" else text + self._unit

    def format_vi(self):
        """The Vietnamese form: ``'62,91%'``."""
        return self.format("vi")

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(self.decimal, spec) + self._unit

    def __str__(self):
        return self.format("en")

    def __repr__(self):
        if self._precision == 2:
            return "%s(%d)  # %s" % (type(self).__name__, self._units, self)
        return "%s(units=%d, precision=%d)  # %s" % (
            type(self).__name__, self._units, self._precision, self)

    def __float__(self):
        """The number of percent as a float, for display and charts only."""
        return self._units / 10.0 ** self._precision

    def __int__(self):
        raise TypeError("int(%s) is ambiguous: use .hundredths (%s) or "
                        ".decimal" % (type(self).__name__, self))

    def __bool__(self):
        return self._units != 0

    def __hash__(self):
        return hash((type(self).__name__, self.fraction))

    def _same(self, other, op):
        if type(other) is type(self):
            return other.fraction
        if isinstance(other, _Percent):
            raise ArgumentTypeError(
                "%s %s %s: a %s does not compare with a %s" % (
                    type(self).__name__, op, type(other).__name__,
                    type(self).__name__, type(other).__name__))
        if isinstance(other, (int, float, decimal.Decimal,
                              fractions.Fraction)):
            raise ArgumentTypeError(
                "%s %s %r: a %s compares only with a %s; write %s.percent(%r)"
                " or %s(hundredths=...)" % (
                    type(self).__name__, op, other, type(self).__name__,
                    type(self).__name__, type(self).__name__, str(other),
                    type(self).__name__))
        return NotImplemented

    def __eq__(self, other):
        o = self._same(other, "==")
        return o if o is NotImplemented else self.fraction == o

    def __ne__(self, other):
        o = self._same(other, "!=")
        return o if o is NotImplemented else self.fraction != o

    def __lt__(self, other):
        o = self._same(other, "<")
        return o if o is NotImplemented else self.fraction < o

    def __le__(self, other):
        o = self._same(other, "<=")
        return o if o is NotImplemented else self.fraction <= o

    def __gt__(self, other):
        o = self._same(other, ">")
        return o if o is NotImplemented else self.fraction > o

    def __ge__(self, other):
        o = self._same(other, ">=")
        return o if o is NotImplemented else self.fraction >= o

    def __round__(self, ndigits=0):
        """Rounded half up to ``ndigits`` decimals of percent."""
        q = self.decimal.quantize(decimal.Decimal(1).scaleb(-ndigits),
                                  rounding=decimal.ROUND_HALF_UP)
        return type(self)(units=int(q.scaleb(ndigits)), precision=ndigits)

    def _make(self, frac, cls):
        p = self._precision
        while (frac * 100 * 10 ** p).denominator != 1 and p < 6:
            p += 1
        return cls(units=int(frac * 100 * 10 ** p), precision=p)


class Rate(_Percent):
    """A percentage, exact: ``Rate(6291)`` is 62.91%, in hundredths of a
    percent; ``Rate.percent("62.913")`` keeps three decimals.

    A rate compares and combines only with rates: ``rate < 50`` raises
    ``TypeError`` (write ``rate < Rate.percent(50)``), ``Rate - Rate`` is a
    gap in :class:`Points`, ``Rate + Points`` a rate.  ``str()`` gives
    ``'62.91%'``, ``format(rate, '.1f')`` ``'62.9%'``, ``round(rate, 1)``
    a rate of one decimal; ``.hundredths``, ``.decimal`` and ``.fraction``
    give the exact value; ``float()`` is for display only.
    """

    __slots__ = ()

    def __sub__(self, other):
        if isinstance(other, Rate):
            return self._make(self.fraction - other.fraction, Points)
        if isinstance(other, Points):
            return self._make(self.fraction - other.fraction, Rate)
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, Points):
            return self._make(self.fraction + other.fraction, Rate)
        return NotImplemented


class Points(_Percent):
    """A gap between two rates, in hundredths of a percentage point:
    ``Points(-2114)`` prints ``'-21.14 pp'`` (short of the target).  Gaps
    add and subtract; a gap added to a :class:`Rate` gives a rate."""

    __slots__ = ()
    _unit = " pp"

    def __add__(self, other):
        if isinstance(other, Points):
            return self._make(self.fraction + other.fraction, Points)
        if isinstance(other, Rate):
            return self._make(self.fraction + other.fraction, Rate)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, Points):
            return self._make(self.fraction - other.fraction, Points)
        return NotImplemented

    def __neg__(self):
        return Points(units=-self._units, precision=self._precision)

    def __pos__(self):
        return self

    def __abs__(self):
        return Points(units=abs(self._units), precision=self._precision)


def _hundredths_hint(value):
    try:
        return int(round(float(value) * 100))
    except (TypeError, ValueError):
        return 0


@checked
def percent_of(part: Money, whole: Money,
               rounding: Literal["half_up", "half_even", "down",
                                 "up"] = "half_up") -> "Rate":
    """``part / whole`` as a :class:`Rate`: ``percent_of(2244, 3567)`` is
    62.91%."""
    return Rate(core.percent_of(part, whole,
                                _pick(_ROUNDING, rounding, "rounding")))


@checked
def percent_points(rate: "Rate", target: "Rate") -> "Points":
    """``rate - target`` in percentage :class:`Points`:
    ``percent_points(Rate(6291), Rate(8405))`` is -21.14 pp."""
    return Rate(rate) - Rate(target)


@checked
def percent_growth(current: Money, previous: Money,
                   rounding: Literal["half_up", "half_even", "down",
                                     "up"] = "half_up") -> "Rate":
    """Relative growth ``(current - previous) / previous`` as a
    :class:`Rate` (not a difference of rates: see :func:`percent_points`)."""
    return Rate(core.percent_growth(current, previous,
                                    _pick(_ROUNDING, rounding, "rounding")))
