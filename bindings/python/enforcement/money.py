"""Money and percentages: exact VND amounts and :class:`Rate` values."""
from . import core
from ._common import _LOCALES, _ROUNDING, _pick


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
