"""The SQLite extension from Python's sqlite3 module: the same figures as
the library's own functions, NULL in and NULL out, errors as
sqlite3.OperationalError with the library's message."""
import os
import sqlite3

import pytest

import enforcement as enf

EXT = os.environ.get("ENF_SQLITE_EXT")


@pytest.fixture
def db():
    if not EXT:
        pytest.skip("no SQLite extension built")
    con = sqlite3.connect(":memory:")
    if not hasattr(con, "enable_load_extension"):
        pytest.skip("this sqlite3 module cannot load extensions")
    con.enable_load_extension(True)
    con.load_extension(os.path.splitext(EXT)[0])
    yield con
    con.close()


def one(db, sql, *args):
    return db.execute(sql, args).fetchone()[0]


def test_rates_equal_the_library(db):
    for done, with_means in ((2244, 3567), (600, 983), (0, 5), (7, 7)):
        assert one(db, "select enf_rate(?, ?)", done, with_means) == \
            enf.stats.rate(done, with_means).hundredths
        assert one(db, "select enf_rate_text(?, ?)", done, with_means) == \
            str(enf.stats.rate(done, with_means))


def test_calendar_and_money(db):
    cal = enf.Calendar()
    d = enf.parse_date("2025-09-15")
    assert one(db, "select enf_add_workdays('2025-09-15', 10)") == \
        str(cal.period_end(d, 10, "working_days"))
    assert one(db, "select enf_fee(50000000, '2025-09-15')") == \
        enf.payout.fee(50_000_000, date=d)
    assert one(db, "select enf_tet(2025)") == "2025-01-29"


def test_null_and_errors(db):
    assert one(db, "select enf_rate(null, 3)") is None
    with pytest.raises(sqlite3.OperationalError, match="with_means is 0"):
        one(db, "select enf_rate(1, 0)")
    with pytest.raises(sqlite3.OperationalError, match="expected an integer"):
        one(db, "select enf_rate(?, 3)", 1.5)
    with pytest.raises(sqlite3.OperationalError, match="YYYY-MM-DD"):
        one(db, "select enf_workdays('2025-09-15', ?)", "29/09/2025")


def test_a_report_in_sql(db):
    """The completion rate of every office of the sample, from a table of
    counts, computed in SQL equals the library's own report."""
    reg = enf.Register.load_csv_dir(os.path.join(
        os.path.dirname(__file__), "..", "..", "..", "examples", "data",
        "sample"))
    reports = enf.Report.by_office(reg, enf.period_cumulative(2025, 6))
    db.execute("create table t(unit text, done int, with_means int)")
    db.executemany("insert into t values (?, ?, ?)",
                   [(r.unit, r.get("done"), r.get("with_means"))
                    for r in reports])
    sql = dict(db.execute("select unit, enf_rate_text(done, with_means) "
                          "from t"))
    assert sql == {r.unit: str(r.rate()) for r in reports}


def test_interest_equals_the_library(db):
    first, last = enf.parse_date("2025-01-01"), enf.parse_date("2025-01-31")
    assert one(db, "select enf_interest(100000000, '2025-01-01', "
               "'2025-01-31')") == \
        enf.payout.interest(100_000_000, first, last)["interest"] == 849_315
    assert one(db, "select enf_interest(100000000, '2025-01-01', "
               "'2025-01-31', 150000)") == \
        enf.payout.interest(100_000_000, first, last,
                            agreed_rate_ppm=150_000)["interest"]
    assert one(db, "select enf_interest(null, '2025-01-01', "
               "'2025-01-31')") is None
    with pytest.raises(sqlite3.OperationalError, match="before from"):
        one(db, "select enf_interest(1, '2025-02-01', '2025-01-31')")
    with pytest.raises(sqlite3.OperationalError, match="rate_ppm"):
        one(db, "select enf_interest(1, '2025-01-01', '2025-01-31', -1)")


def test_the_provincial_report_example(db, tmp_path, monkeypatch):
    """examples/sql/province_report.sql on the offices' JSON table gives
    the library's own rates for every office and for the province (the
    merge of the offices' reports)."""
    root = os.path.join(os.path.dirname(__file__), "..", "..", "..")
    reg = enf.Register.load_csv_dir(os.path.join(root, "examples", "data",
                                                 "sample"))
    half = enf.period_cumulative(2025, 6)
    offices = enf.Report.by_office(reg, half)
    province = enf.Report("Province", half)
    for r in offices:
        province.merge(r)
    targets = enf.stats.national_target(2025)
    (tmp_path / "offices.json").write_text(
        enf.stats.table(offices, format="json", schema=True,
                        targets=targets),
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    # readfile() is a function of the sqlite3 shell; the module lacks it.
    db.create_function("readfile", 1,
                       lambda p: open(p, "rb").read().decode("utf-8"))
    with open(os.path.join(root, "examples", "sql",
                           "province_report.sql"), encoding="utf-8") as f:
        rows = db.execute(f.read()).fetchall()
    target = targets[0]
    want = [(r.unit, r.get("with_means"), r.get("done"), str(r.rate()),
             (r.rate() - target).hundredths, r.get("with_means", "money"),
             r.get("done", "money"), str(r.rate("money")))
            for r in offices + [province]]
    assert rows == want
