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


def corrected_folder(path, second):
    """The sample with LS-TP 1/QĐ-THADS's verification of 31/12/2024
    replaced by one of the 30th (recorded 5/1/2025), and with ``second``
    its debtor's name amended too (6/1/2025)."""
    import shutil
    shutil.copytree(SAMPLE, path)
    key = "LS-TP,1/QĐ-THADS,"
    events = (path / "events.csv").read_text(encoding="utf-8")
    events = events.replace(key + "3,2024-12-31,verified,",
                            key + "3,2024-12-30,verified,")
    (path / "events.csv").write_text(events, encoding="utf-8")
    rows = ["office,decision_no,index,kind,recorded,reason,author,target,"
            "event_kind,event_date,party_role,party_kind,party_name,"
            "was_event_kind,was_event_date,was_party_role,"
            "was_party_kind,was_party_name",
            key + "0,replace,2025-01-05,verified on the 30th,cv07,3,"
                  "verified,2024-12-30,,,,verified,2024-12-31,,,"]
    if second:
        rows.append(key + "1,party,2025-01-06,name mistyped,cv07,0,,,"
                          "debtor,person,Phạm Thị Bích,,,debtor,person,"
                          "Phạm Thị Bình")
        parties = (path / "parties.csv").read_text(encoding="utf-8")
        parties = parties.replace(key + "0,debtor,person,Phạm Thị Bình,",
                                  key + "0,debtor,person,Phạm Thị Bích,")
        (path / "parties.csv").write_text(parties, encoding="utf-8")
    (path / "corrections.csv").write_text("\n".join(rows) + "\n",
                                          encoding="utf-8")
    return enf.Register.load_csv_dir(path)


def test_add_correction(tmp_path):
    """A store holding one correction of a case takes the second one the
    case has, rewriting the party it amends; the load gives the register
    with both."""
    one = corrected_folder(tmp_path / "one", False)
    two = corrected_folder(tmp_path / "two", True)
    case = two["LS-TP", "1/QĐ-THADS"]
    path = tmp_path / "corr.db"
    with enf.Store(path) as st:
        st.save(one)
        with pytest.raises(enf.StateError, match="holds 1 corrections"):
            st.add_correction(case, 0)
        with pytest.raises(enf.RangeError, match="i is 2"):
            st.add_correction(case, 2)
        st.add_correction(case, 1)
        with pytest.raises(enf.StateError, match="holds 2 corrections"):
            st.add_correction(case, 1)
        back = st.load()
    assert exports(back) == exports(two)
    assert (enf.core.io_export_csv_corrections(back._reg)
            == enf.core.io_export_csv_corrections(two._reg))
    assert "Phạm Thị Bích" in back.export_csv("parties")


def test_loop_with_corrections(tmp_path):
    """A back end's loop with corrections: apply and append, correct and
    append (the last correction by default), apply again; the store then
    loads the case with its history."""
    path = tmp_path / "loop2.db"
    reg = enf.Register()
    case = enf.Case("LS-TP", "2/QĐ-THADS", decision_date=D(2025, 2, 5),
                    mode="agency")
    case.add_party("debtor", "Trần Thị Hoa")
    with enf.Store(path) as st:
        reg.add(case)
        st.add_case(case)
        case = reg["LS-TP", "2/QĐ-THADS"]
        case.apply("decision_issued", D(2025, 2, 5))
        st.add_event(case)
        case.apply("decision_notified", D(2025, 2, 10))
        st.add_event(case)
        case.correct("replace", D(2025, 2, 12), "notified on the 7th",
                     target=1, author="cv07", value={"date": D(2025, 2, 7)})
        case = reg["LS-TP", "2/QĐ-THADS"]
        st.add_correction(case)
        case.correct("party", D(2025, 2, 12), "name", target=0,
                     value={"name": "Trần Thị Hòa"})
        case = reg["LS-TP", "2/QĐ-THADS"]
        st.add_correction(case)
        case.apply("verified", D(2025, 2, 20), detail=1)
        st.add_event(case)
        back = st.load()
    got = back["LS-TP", "2/QĐ-THADS"]
    assert got.corrections == case.corrections
    assert got.entries == case.entries
    assert [e["date"] for e in got.events] == \
        [D(2025, 2, 5), D(2025, 2, 7), D(2025, 2, 20)]
    assert exports(back) == exports(reg)
