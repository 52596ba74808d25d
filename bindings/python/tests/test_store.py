"""The durable store through the binding: a register saved to a SQLite
file and loaded back exports the same CSV text; a back end's loop (apply,
then append) gives the same register; an event appended twice, a
foreign file and a newer schema are refused."""
import datetime as dt
import os
import sqlite3

import pytest

import enforcement as enf

D = dt.date
SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "..",
                      "examples", "data", "sample")


@pytest.fixture(autouse=True)
def store_built(tmp_path):
    """Skips the module's tests when the library was built without
    SQLite (ENF_WITH_SQLITE=OFF): then every store call is refused."""
    try:
        enf.Store(tmp_path / "probe.db").close()
    except enf.StateError as e:
        if "without SQLite" in str(e):
            pytest.skip("the library was built without SQLite")
        raise


def exports(reg):
    return [reg.export_csv(e) for e in enf.ENTITIES]


def test_round_trip(tmp_path):
    reg = enf.Register.load_csv_dir(SAMPLE)
    path = tmp_path / "reg.db"
    reg.save_store(path)
    back = enf.Register.load_store(path)
    assert len(back) == 3000
    assert exports(back) == exports(reg)
    with enf.Store(path) as st:
        assert exports(st.load()) == exports(reg)


def test_loop(tmp_path):
    path = tmp_path / "loop.db"
    reg = enf.Register()
    case = enf.Case("LS-TP", "1/QĐ-THADS", decision_date=D(2025, 2, 5),
                    mode="agency")
    case.add_party("debtor", "Trần Thị Hoa")
    with enf.Store(path) as st:
        reg.add(case)
        st.add_case(case)
        case = reg["LS-TP", "1/QĐ-THADS"]
        case.apply("decision_issued", D(2025, 2, 5))
        st.add_event(case)
        # The same event again is not the next one: refused.
        with pytest.raises(enf.StateError, match="holds 1 events"):
            st.add_event(case)
        with pytest.raises(enf.StateError, match="already in the store"):
            st.add_case(case)
    back = enf.Register.load_store(path)
    assert exports(back) == exports(reg)
    assert len(back["LS-TP", "1/QĐ-THADS"].events) == 1


def test_refusals(tmp_path):
    foreign = tmp_path / "foreign.db"
    db = sqlite3.connect(foreign)
    db.execute("CREATE TABLE t(x)")
    db.commit()
    db.close()
    with pytest.raises(enf.Error, match="not a store"):
        enf.Store(foreign)
    newer = tmp_path / "newer.db"
    enf.Store(newer).close()
    db = sqlite3.connect(newer)
    db.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    db.commit()
    db.close()
    with pytest.raises(enf.Error, match="schema version 9"):
        enf.Store(newer)
    with pytest.raises(enf.Error, match="cannot open"):
        enf.Register.load_store(tmp_path / "missing.db")
    st = enf.Store(tmp_path / "closed.db")
    st.close()
    with pytest.raises(enf.StateError, match="closed"):
        st.load()
