"""Shares (a cut, a floor, a chance, a yearly rate) given to the auction
and payout functions, checked in Python before the C layer.

A share is given exactly: a :class:`enforcement.Rate` (a percentage,
``Rate.percent(5)``) or a ``fractions.Fraction`` (``Fraction(1, 20)``).
A float, a bare int or a ``Decimal`` is refused, since each is ambiguous
(is ``5`` five percent or five hundred?); the C layer's parts per million
are reached only through keywords that say so (``cut_ppm=50_000``).
"""
import fractions
import typing

from . import core
from ._check import ArgumentTypeError, to_int
from .money import Points, Rate

# A Rate or a Fraction. A NewType rather than a Union: the hint documents
# the parameter, and to_fraction()/pick_ppm() check it with the messages
# above.
Share = typing.NewType("Share", object)
Share.__doc__ = """An exact share: a Rate (Rate.percent(5)) or a Fraction
(Fraction(1, 20))."""

_EXPECTED = ("a share: a Rate (Rate.percent(5)) or a Fraction "
             "(Fraction(1, 20)) for 5%")


def to_fraction(value, name, where, lo=0, hi=1):
    """``value`` (a Rate, Points or a Fraction) as an exact Fraction
    within ``lo``..``hi`` (None: no bound); else ArgumentTypeError (wrong
    type) or InvalidArgumentError (out of range)."""
    if isinstance(value, (Rate, Points)):
        out = value.fraction
    elif isinstance(value, fractions.Fraction):
        out = value
    else:
        raise ArgumentTypeError("%s: %s is %r (%s); expected %s"
                                % (where, name, value, type(value).__name__,
                                   _EXPECTED))
    if (lo is not None and out < lo) or (hi is not None and out > hi):
        raise core.InvalidArgumentError(
            "%s: %s is %s; expected a share from %s to %s"
            % (where, name, _percent(out), _percent(fractions.Fraction(lo)),
               _percent(fractions.Fraction(hi))))
    return out


def to_ppm(value, name, where, lo=0, hi=1):
    """A share as whole parts per million, exactly (a share with more
    digits is refused rather than rounded)."""
    frac = to_fraction(value, name, where, lo, hi)
    ppm = frac * 1000000
    if ppm.denominator != 1:
        raise core.InvalidArgumentError(
            "%s: %s is %s, not a whole number of parts per million; round "
            "it first (Rate.percent('%s'))"
            % (where, name, _percent(frac),
               round(float(frac) * 100, 4)))
    return int(ppm)


def pick_ppm(share, ppm, name, where, lo=0, hi=1):
    """The ppm of a share given either as ``name`` (a Rate or Fraction)
    or as ``name_ppm`` (an int), not both; None when neither is given."""
    if share is not None and ppm is not None:
        raise ArgumentTypeError("%s: give %s or %s_ppm, not both"
                                % (where, name, name))
    if isinstance(share, int) and not isinstance(share, bool):
        raise ArgumentTypeError(
            "%s: %s is %d (int); expected %s, or %s_ppm=%d for %d parts "
            "per million" % (where, name, share, _EXPECTED, name, share,
                             share))
    if share is not None:
        return to_ppm(share, name, where, lo, hi)
    if ppm is not None:
        out = to_int(ppm, name + "_ppm", where)
        if lo is not None and out < lo * 1000000 or \
                hi is not None and out > hi * 1000000:
            raise core.InvalidArgumentError(
                "%s: %s_ppm is %d; expected %d to %d parts per million"
                % (where, name, out, lo * 1000000, hi * 1000000))
        return out
    return None


def ppm_rate(ppm):
    """Parts per million as an exact :class:`Rate` (four decimals of a
    percent: 50000 ppm is 5.0000%)."""
    return Rate(units=int(ppm), precision=4)


def _percent(frac):
    text = "%.6f" % (float(frac) * 100)
    return text.rstrip("0").rstrip(".") + "%"


def to_list(value, name, where, what="a list"):
    """``value`` (any iterable but text, bytes or a dict) as a list."""
    if isinstance(value, (str, bytes, dict)):
        raise ArgumentTypeError("%s: %s is %r (%s); expected %s"
                                % (where, name, value, type(value).__name__,
                                   what))
    try:
        return list(value)
    except TypeError:
        raise ArgumentTypeError("%s: %s is %r (%s); expected %s"
                                % (where, name, value, type(value).__name__,
                                   what)) from None
