"""Checks of the arguments of the public functions, made in Python before
any call into the C library, from the functions' type hints.

A public function is decorated with :func:`checked`; each of its
parameters annotated with one of the types below is checked (and
converted) on every call, so that a wrong type raises
:class:`ArgumentTypeError` naming the function and the parameter as the
caller knows them, never a SWIG ``TypeError`` or a ``SystemError``:

- :data:`Money` (whole VND): ``int``, or an integral ``Decimal`` or ``str``
  (``"4629000"``, ``"4_629_000"``); a ``float``, ``Fraction`` or ``bool``
  is refused, since money is exact;
- ``int``: an ``int`` or an integral ``Decimal`` (not ``bool``, not
  ``float``);
- ``datetime.date``: a date, a ``datetime`` (its date) or an ISO text
  ``"2025-09-15"``;
- ``typing.Literal["a", "b"]``: one of the words, in any case;
- ``str``, ``bool`` and classes: an instance;
- ``Optional[...]``: ``None`` as well.
"""
import collections.abc
import datetime
import decimal
import fractions
import functools
import inspect
import os
import typing

from . import core

Money = typing.NewType("Money", int)
Money.__doc__ = """Whole VND (the law's money has no minor unit): an int,
or an integral Decimal or str."""

Path = typing.Union[str, os.PathLike]
Names = typing.Union[str, typing.Sequence[str]]

_INT64 = (-(1 << 63), (1 << 63) - 1)


class ArgumentTypeError(core.InvalidArgumentError, TypeError):
    """An argument of the wrong type or form (also a ``TypeError`` and an
    :class:`InvalidArgumentError`); the message names the function and the
    parameter."""


def _kind(value):
    return type(value).__name__


def _fail(where, name, value, expected):
    raise ArgumentTypeError("%s: %s is %r (%s); expected %s"
                            % (where, name, value, _kind(value), expected))


def _integral(where, name, value, expected):
    if isinstance(value, bool) or isinstance(value, (float, fractions.Fraction)):
        _fail(where, name, value, expected)
    if isinstance(value, int):
        out = value
    elif isinstance(value, decimal.Decimal) and value == value.to_integral():
        out = int(value)
    else:
        _fail(where, name, value, expected)
    if not _INT64[0] <= out <= _INT64[1]:
        raise core.OverflowError("%s: %s is %d, beyond 64 bits"
                                 % (where, name, out))
    return out


def to_money(value, name="amount", where="money"):
    """``value`` as whole VND (int), or :class:`ArgumentTypeError`."""
    expected = ("whole VND: an int, or an integral Decimal or str "
                "(a float is not exact)")
    if isinstance(value, str):
        try:
            value = decimal.Decimal(value.strip().replace("_", ""))
        except decimal.InvalidOperation:
            _fail(where, name, value, expected)
        if not value.is_finite():
            _fail(where, name, value, expected)
    return _integral(where, name, value, expected)


def to_int(value, name, where):
    """``value`` as an int (an integral Decimal too; not bool or float)."""
    return _integral(where, name, value, "an int")


def to_date(value, name, where):
    """``value`` as a ``datetime.date`` (a datetime gives its date; ISO
    text is read)."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    if value is None:
        raise ArgumentTypeError("%s: %s is required (a datetime.date)"
                                % (where, name))
    _fail(where, name, value, "a datetime.date or YYYY-MM-DD text")


def to_choice(value, words, name, where):
    """``value`` as one of ``words``, matched in any case."""
    if isinstance(value, str):
        low = value.strip().lower()
        for w in words:
            if w.lower() == low:
                return w
    raise ArgumentTypeError("%s: %s is %r; expected one of %s"
                            % (where, name, value,
                               ", ".join(repr(w) for w in words)))


def to_path(value, name, where):
    """``value`` as a path text (a str or an ``os.PathLike``)."""
    if isinstance(value, (str, os.PathLike)):
        return os.fspath(value)
    _fail(where, name, value, "a path (str or pathlib.Path)")


def to_names(value, name, where):
    """One name or several: a str is one name (not its characters)."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, collections.abc.Iterable) and \
            not isinstance(value, (bytes, dict)):
        out = tuple(value)
        for i, v in enumerate(out):
            if not isinstance(v, str):
                _fail(where, "%s[%d]" % (name, i), v, "a str")
        return out
    _fail(where, name, value, "a str or a list of str")


def _sequence(inner):
    def check(value, name, where):
        if isinstance(value, (str, bytes, dict)) or \
                not isinstance(value, collections.abc.Iterable):
            _fail(where, name, value, "a list")
        out = list(value)
        if inner is not None:
            out = [inner(v, "%s[%d]" % (name, i), where)
                   for i, v in enumerate(out)]
        return out
    return check


def _converter(hint):
    """A function (value, name, where) -> value for a type hint, or None
    when the hint asks for no check."""
    if hint == Path:
        return to_path
    if hint == Names:
        return to_names
    origin = typing.get_origin(hint)
    if origin is collections.abc.Sequence or origin is list:
        args = typing.get_args(hint)
        return _sequence(_converter(args[0]) if args else None)
    if hint is list:
        return _sequence(None)
    if origin is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        inner = _converter(args[0]) if len(args) == 1 else _any_of(args)
        if inner is None:
            return None
        if not optional:
            return inner
        return lambda v, n, w: None if v is None else inner(v, n, w)
    if origin is typing.Literal:
        words = typing.get_args(hint)
        return lambda v, n, w: to_choice(v, words, n, w)
    if hint is Money:
        return lambda v, n, w: to_money(v, n, w)
    if hint is bool:
        return _instance(bool, "True or False")
    if hint is int:
        return to_int
    if hint is datetime.date:
        return to_date
    if hint is str:
        return _instance(str, "a str")
    if inspect.isclass(hint) and hint.__module__.startswith("enforcement"):
        return _instance(hint, "a %s" % hint.__name__)
    return None


def _any_of(hints):
    """A converter that accepts what any of ``hints`` accepts (the first
    that does converts); None when one of them asks for no check."""
    convs = [_converter(h) for h in hints]
    if any(c is None for c in convs):
        return None

    def check(value, name, where):
        first = None
        for conv in convs:
            try:
                return conv(value, name, where)
            except ArgumentTypeError as e:
                first = first or e
        raise first
    return check


def _instance(cls, expected):
    def check(value, name, where):
        if not isinstance(value, cls):
            _fail(where, name, value, expected)
        return value
    return check


def checked(fn):
    """Checks and converts the arguments of ``fn`` by its type hints (see
    the module's text) before the call; a TypeError or SystemError that
    still comes from the C layer becomes an :class:`ArgumentTypeError`
    naming ``fn``."""
    sig = inspect.signature(fn)
    where = fn.__qualname__.replace("<locals>.", "")
    params = list(sig.parameters.values())
    # Positional calls of a function of plain parameters skip the binding
    # (most of the cost of a small call, such as Report.get in a loop):
    # each argument is converted by its place, and fn fills its defaults.
    plain = all(p.kind is p.POSITIONAL_OR_KEYWORD for p in params)
    plan = []

    def _plan():
        if not plan:
            hints = typing.get_type_hints(fn)
            plan.append([(p, _converter(hints[p])) for p in sig.parameters
                         if p in hints and p != "return"])
            convs = dict(plan[0])
            plan.append([(p.name, convs.get(p.name)) for p in params])
        return plan

    @functools.wraps(fn)
    def call(*args, **kwargs):
        by_name, by_place = _plan()
        if plain and not kwargs and len(args) <= len(params):
            args = tuple(a if conv is None else conv(a, name, where)
                         for a, (name, conv) in zip(args, by_place))
            kwargs = {}
        else:
            bound = sig.bind(*args, **kwargs)
            for name, conv in by_name:
                if conv is not None and name in bound.arguments:
                    bound.arguments[name] = conv(bound.arguments[name],
                                                 name, where)
            args, kwargs = bound.args, bound.kwargs
        try:
            return fn(*args, **kwargs)
        except (TypeError, SystemError) as e:
            if isinstance(e, core.Error) or not _from_c(e):
                raise
            raise ArgumentTypeError("%s: %s" % (where, e)) from None
    return call


def _from_c(e):
    """True for the TypeError of a SWIG wrapper (or a SystemError of the
    C layer), not for one the Python code raised itself."""
    text = str(e)
    return isinstance(e, SystemError) or "in method '" in text or \
        "argument" in text and "of type" in text
