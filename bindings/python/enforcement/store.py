"""The durable store: a register kept in one SQLite database file.

``Store(path)`` opens (or creates) the file; :meth:`Store.save` writes a
whole register in one transaction, :meth:`Store.load` reads it back with
the checks of the CSV import, and :meth:`Store.add_case` /
:meth:`Store.add_event` / :meth:`Store.add_correction` append a new
case, the event just applied to a case or the correction just made to
it, each in its own transaction, so a back end keeps the file as its
record::

    with Store("register.db") as st:
        case.apply("verified", date(2025, 3, 1), True)
        st.add_event(case)
"""
from typing import Optional

from . import core
from ._check import Path, checked
from .cases import Case, Register


class Store:
    """An open store file (the schema and its guarantees: docs/store.md).

    ``create`` False refuses a missing file; ``read_only`` True allows
    :meth:`load` only.  A store is used by one thread at a time; use it
    as a context manager, or call :meth:`close`.
    """

    @checked
    def __init__(self, path: Path, create: bool = True,
                 read_only: bool = False):
        opts = core.store_options()
        opts.create = int(create)
        opts.read_only = int(read_only)
        self._st = core.store_open(str(path), opts)

    def close(self) -> None:
        """Closes the file (what was committed is on disk already)."""
        self._st = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _open(self):
        if self._st is None:
            raise core.StateError("store: the store is closed")
        return self._st

    @checked
    def save(self, register: Register) -> None:
        """Replaces what the store holds by ``register``, in one
        transaction (all or nothing)."""
        core.store_save(self._open(), register._reg)

    @checked
    def load(self) -> Register:
        """A new register holding every case of the store, all or
        nothing; an error names the table, the row and the column."""
        reg = Register()
        core.store_load(self._open(), reg._reg)
        return reg

    @checked
    def add_case(self, case: Case) -> None:
        """Appends a new case with its parties, obligations, assets and
        events, in one transaction; a case already stored raises
        :class:`StateError`."""
        core.store_add_case(self._open(), case._c)

    @checked
    def add_event(self, case: Case) -> None:
        """Appends the last event of ``case``'s log (the one just
        applied) in one transaction; raises :class:`StateError` when the
        store does not hold every earlier event of the case, so the file
        stays the log of what was applied."""
        # The last event entered (in a corrected case, not always the
        # last of the corrected log).
        n = core.case_entry_count(case._c)
        if n == 0:
            raise core.StateError("store.add_event: the case has no event")
        ev = core.case_entry(case._c, n - 1)
        core.store_add_event(self._open(), case._c, ev)

    @checked
    def add_correction(self, case: Case, i: Optional[int] = None) -> None:
        """Appends correction ``i`` of ``case`` (its index among the
        case's corrections, from 0; by default the last, the one just
        made) in one transaction, with the value it replaced; the fact
        it amends (the case's facts, a party, an obligation or an asset)
        is rewritten in the same transaction, and the events as entered
        stay as they are.  Raises :class:`StateError` when ``i`` is not
        the number of corrections the store holds for the case (the
        message shows both), so each correction is stored once, in the
        order made; :class:`NotFoundError` for a case the store does not
        hold; :class:`RangeError` when the case has no correction ``i``.
        """
        if i is None:
            i = core.case_correction_count(case._c) - 1
        core.store_add_correction(self._open(), case._c, i)
