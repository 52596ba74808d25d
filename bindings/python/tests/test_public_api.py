"""The public Python API as a whole: every public name has a docstring, and
wrong types given to any public function raise the library's own
ArgumentTypeError (or another enforcement.Error), never a SWIG TypeError,
a SystemError or a bare KeyError."""
import datetime
import inspect
import os
import tempfile
import types

import pytest

import enforcement as enf

MODULES = [enf, enf.money, enf.dates, enf.law, enf.rules, enf.cases,
           enf.corrections, enf.stats, enf.payout, enf.auction, enf.frames,
           enf.validate]
SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "..",
                      "examples", "data", "sample")


def public_objects():
    """(qualified name, object) of every public function, class, method
    and property of the package (enforcement.core excluded: it mirrors
    the C API, documented in the headers)."""
    seen = set()
    for mod in MODULES:
        for name, obj in sorted(vars(mod).items()):
            if name.startswith("_") or id(obj) in seen:
                continue
            if isinstance(obj, types.ModuleType):
                continue
            if not (inspect.isfunction(obj) or inspect.isclass(obj)):
                continue
            module = getattr(obj, "__module__", "")
            if not module.startswith("enforcement.") or \
                    module == "enforcement.core" or "._" in module:
                continue
            if inspect.isclass(obj) and issubclass(obj, BaseException):
                continue
            seen.add(id(obj))
            yield "%s.%s" % (mod.__name__, name), obj
            if inspect.isclass(obj):
                for attr, member in sorted(vars(obj).items()):
                    if attr.startswith("_"):
                        continue
                    if isinstance(member, (staticmethod, classmethod)):
                        member = member.__func__
                    if inspect.isfunction(member) or \
                            isinstance(member, property):
                        yield "%s.%s.%s" % (mod.__name__, name, attr), member


def test_every_public_name_has_a_docstring():
    missing = [name for name, obj in public_objects()
               if len((obj.__doc__ or "").strip()) < 12
               or obj.__doc__ == getattr(type(obj), "__doc__", None)
               and not inspect.isclass(obj)
               and not isinstance(obj, property)]
    assert missing == [], "without a docstring: " + ", ".join(missing)


def test_no_docstring_sends_the_reader_to_c():
    vague = [name for name, obj in public_objects()
             if "see enf_" in (obj.__doc__ or "")
             or "see rules.h" in (obj.__doc__ or "")]
    assert vague == []


def test_typed_marker_ships():
    assert os.path.exists(os.path.join(os.path.dirname(enf.__file__),
                                       "py.typed"))


class Wrong:
    """A value of no expected type."""

    def __repr__(self):
        return "Wrong()"


WRONG = [Wrong(), 1.5, b"\xff", {"a": 1}]


def instances():
    """One object of each public class, to call its methods on."""
    reg = enf.Register.load_csv_dir(SAMPLE)
    half = enf.period_cumulative(2025, 6)
    out = {
        "Register": reg,
        "Case": reg[0],
        "CaseCorrections": reg[0],
        "RegisterCorrections": reg,
        "Calendar": enf.Calendar(),
        "Report": enf.Report.from_register(reg, "all", half),
        "Org": enf.Org(),
        "Rulebook": enf.Rulebook(),
    }
    try:
        out["Store"] = enf.Store(os.path.join(tempfile.mkdtemp(), "s.db"))
    except enf.StateError:  # a library built without SQLite has no store
        pass
    out["Programme"] = enf.Programme(1, "P", ["LS-TP"], half)
    out["ProgrammeReport"] = out["Programme"].report(reg, half.last)
    return out


def callables():
    objs = instances()
    for name, obj in public_objects():
        if isinstance(obj, property):
            continue
        owner = name.split(".")[-2]
        if owner == "Store" and owner not in objs:
            continue  # built without SQLite: no store to call methods on
        if inspect.isclass(obj):
            yield name, obj
        elif owner in objs:
            yield name, getattr(objs[owner], name.split(".")[-1])
        elif inspect.isfunction(obj) and "." not in \
                name[len("enforcement."):].split(".", 1)[-1]:
            yield name, obj


ALLOWED = (enf.Error, ArithmeticError)


@pytest.mark.parametrize("wrong", WRONG, ids=repr)
def test_wrong_types_raise_the_librarys_errors(wrong):
    """Every parameter of every public callable gets a value of a wrong
    type in turn (the others stay at their defaults, or get the same wrong
    value when they have none): the error is the library's, and names the
    callable."""
    leaks = []
    for name, fn in callables():
        try:
            sig = inspect.signature(fn)
        except (TypeError, ValueError):
            continue
        params = [p for p in sig.parameters.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
        for i, _ in enumerate(params):
            args = []
            for k, p in enumerate(params):
                if k == i or p.default is p.empty:
                    args.append(wrong)
                else:
                    args.append(p.default)
            try:
                fn(*args)
            except ALLOWED:
                pass
            except Exception as e:  # noqa: BLE001 - what leaks is the point
                leaks.append("%s(%s): %s: %s" % (name, params[i].name,
                                                  type(e).__name__, e))
    assert leaks == [], "\n".join(leaks)


def test_messages_name_the_parameter():
    with pytest.raises(enf.ArgumentTypeError, match="amount is 1.5"):
        enf.format_money(1.5)
    with pytest.raises(enf.ArgumentTypeError, match="date is required"):
        enf.weekday(None)
    with pytest.raises(enf.ArgumentTypeError,
                       match="locale is 'fr'; expected one of 'vi', 'en'"):
        enf.format_money(1, "fr")
    assert enf.format_money("4_629_000", "EN") == "4,629,000 VND"
    assert enf.weekday("2025-09-15") == 1
    assert enf.weekday(datetime.datetime(2025, 9, 15, 8, 0)) == 1


def test_positional_and_keyword_calls_agree():
    """A checked call converts positional arguments by their place (the
    quick way) and keyword arguments by their name: both give the same
    cell, and the same error naming the parameter."""
    reg = enf.Register.load_csv_dir(SAMPLE)
    year = (datetime.date(2024, 10, 1), datetime.date(2025, 9, 30))
    rep = enf.Report("LS", year)
    rep.add_register(reg)
    assert rep.get("done", "money", "agency") == \
        rep.get(row="done", measure="money", group="agency") == \
        rep.get("done", group="agency", measure="money")
    assert rep.get("done") == rep.get("done", "cases", "all") > 0
    messages = []
    for call in (lambda: rep.get("done", "money", "nobody"),
                 lambda: rep.get("done", group="nobody")):
        with pytest.raises(enf.ArgumentTypeError) as e:
            call()
        messages.append(str(e.value))
    assert messages[0] == messages[1]
    assert messages[0].startswith("group: group is 'nobody'")
