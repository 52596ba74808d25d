"""Validation of the five CSV files of a register before an import: every
problem at once, where an import stops at the first.

Each problem is a dict ``{"file", "line", "field", "value", "message",
"error"}``: the file name ("events.csv"), the line of the row (0 for the
file as a whole), the column ("date"; "row" for a row of the wrong width,
"header", or "" for the file), the field's text as read, the message an
import would give (with the form expected: ``events.csv:12: date:
"15/09/2025" is not a date; expected YYYY-MM-DD (2025-09-15, if it is
day/month/year)``), and the name of the error class an import would raise
("ParseError", "StateError", "NotFoundError", ...).  The list goes
straight into ``pandas.DataFrame``.

Dates must be YYYY-MM-DD: a day/month/year text is refused, not guessed
(the same text reads as month/day/year elsewhere), with the ISO form it
would have named in the message.
"""
from typing import Optional

from . import core
from ._check import ArgumentTypeError, Path, checked, to_int

_ERRORS = {getattr(core, name).status: name for name in (
    "InvalidArgumentError", "RangeError", "OverflowError", "NotFoundError",
    "StateError", "ParseError", "OutOfMemoryError", "VersionError")}
_FILES = ("cases.csv", "parties.csv", "obligations.csv", "assets.csv",
          "events.csv")


def _limit(limit, where):
    limit = to_int(limit, "limit", where)
    if limit < 1:
        raise ArgumentTypeError("%s: limit is %d; expected at least 1"
                                % (where, limit))
    return limit


def _dicts(problems):
    return [{"file": _FILES[p.entity], "line": p.line, "field": p.field,
             "value": p.value, "message": p.message,
             "error": _ERRORS.get(p.status, "Error")} for p in problems]


@checked
def validate_csv_dir(path: Path, limit: int = 1000) -> list:
    """Every problem of the five CSV files of the directory ``path`` (as
    :meth:`Register.load_csv_dir` reads it), up to ``limit`` (at least 1),
    as dicts (see the module's text), in file, line and column order; an
    empty list when an import would succeed on an empty register.  No
    register is built: the rows are checked one by one, each field on its
    own, and rows whose fields are good against the case model (indices,
    the transition table); a case with a bad row has its later rows read
    but not checked against the model.  A missing cases.csv is one
    problem.

    Example: ``pandas.DataFrame(validate_csv_dir("export/"))``.

    Raises :class:`ArgumentTypeError` for a wrong argument.
    """
    where = "validate_csv_dir"
    return _dicts(core.io_validate_csv_dir(path, _limit(limit, where)))


@checked
def validate_csv(cases: str, parties: Optional[str] = None,
                 obligations: Optional[str] = None,
                 assets: Optional[str] = None, events: Optional[str] = None,
                 limit: int = 1000) -> list:
    """Every problem of CSV texts (as :meth:`Register.import_csv` takes
    them), up to ``limit``, as dicts; see :func:`validate_csv_dir`.

    Raises :class:`ArgumentTypeError` for a wrong argument.
    """
    where = "validate_csv"
    return _dicts(core.io_validate_csv(cases, parties, obligations, assets,
                                       events, _limit(limit, where)))
