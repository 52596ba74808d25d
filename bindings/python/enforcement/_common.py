"""Helpers shared by the submodules of the package (no public names)."""
from . import core

_LOCALES = {"vi": core.LOCALE_VI, "en": core.LOCALE_EN,
            "plain": core.LOCALE_PLAIN}
_ROUNDING = {"half_up": core.ROUND_HALF_UP,
             "half_even": core.ROUND_HALF_EVEN,
             "down": core.ROUND_DOWN, "up": core.ROUND_UP}
_UNITS = {"days": core.UNIT_DAYS, "working_days": core.UNIT_WORKING_DAYS,
          "weeks": core.UNIT_WEEKS, "months": core.UNIT_MONTHS,
          "years": core.UNIT_YEARS}


def _pick(table, value, what):
    if isinstance(value, str):
        try:
            return table[value]
        except KeyError:
            raise core.InvalidArgumentError(
                "%s is %r; expected one of %s" % (what, value, sorted(table)))
    return value


def _structs(make, fields, rows, what, required=None):
    """C records (made by ``make``, a struct of ``enforcement.core``) from
    tuples of their ``fields``; the first ``required`` (default: all) must
    be given."""
    need = len(fields) if required is None else required
    out = []
    for row in rows:
        row = tuple(row)
        if not need <= len(row) <= len(fields):
            raise TypeError("%s is (%s)" % (what, ", ".join(
                f.lstrip("_") for f in fields)))
        rec = make()
        for field, v in zip(fields, row):
            setattr(rec, field, v)
        out.append(rec)
    return out
