"""pandas tables of a register and of reports, filled column-wise by C.

The small register below is worked by hand: case 0 (LS-01, agency, a
fine of 5,000,000 VND) decided Mon 3 Feb 2025, notified Wed 5 Feb,
verified with means Thu 20 Feb, classified Fri 21 Feb, 2,000,000 collected
Mon 3 Mar and paid out Mon 10 Mar; case 1 (LS-02, on request) received Thu
23 Jan 2025."""
import datetime as dt
import os

import pytest

import enforcement as enf
from enforcement import core

np = pytest.importorskip("numpy")
pd = pytest.importorskip("pandas")

D = dt.date
SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "..",
                      "examples", "data", "sample")


def small_register():
    reg = enf.Register()
    c = enf.Case("LS-01", "10/QĐ-CCTHADS", mode="agency",
                 judgment_kind="criminal", flags=["prisoner"],
                 court="TAND tỉnh")
    c.add_party("debtor", "Nguyễn Văn An")
    c.add_party("creditor", "Kho bạc", kind="state_budget")
    c.add_obligation("fine", 5_000_000, 0, 1)
    c.apply("decision_issued", D(2025, 2, 3))
    c.apply("decision_notified", D(2025, 2, 5))
    c.apply("verified", D(2025, 2, 20), detail=True)
    c.apply("classified", D(2025, 2, 21), detail=True)
    c.apply("collected", D(2025, 3, 3), amount=2_000_000)
    c.apply("paid_out", D(2025, 3, 10), amount=2_000_000)
    reg.add(c)
    c = enf.Case("LS-02", "11/QĐ-CCTHADS")
    c.apply("request_received", D(2025, 1, 23))
    reg.add(c)
    return reg


def shadowed(df):
    """Columns named like an attribute of DataFrame."""
    return sorted(set(df.columns) & set(dir(pd.DataFrame)))


def test_events_frame_columns_and_values():
    df = small_register().events_frame()
    assert list(df.columns) == ["case_index", "office", "decision_no",
                                "seq", "date", "kind", "detail", "amount",
                                "asset"]
    assert len(df) == 7
    assert str(df.dtypes["date"]) == "datetime64[ns]"
    for col in ("case_index", "seq", "detail", "amount"):
        assert df.dtypes[col] == np.int64, col
    for col in ("office", "decision_no", "kind"):
        assert str(df.dtypes[col]) == "category", col
    assert str(df.dtypes["asset"]) == "Int64"
    assert list(df.case_index) == [0, 0, 0, 0, 0, 0, 1]
    assert list(df.seq) == [0, 1, 2, 3, 4, 5, 0]
    assert list(df.kind) == ["decision_issued", "decision_notified",
                             "verified", "classified", "collected",
                             "paid_out", "request_received"]
    assert list(df.detail) == [0, 0, 1, 1, 0, 0, 0]
    assert df.amount.sum() == 4_000_000
    assert df.date[4] == pd.Timestamp(2025, 3, 3)
    assert list(df.office) == ["LS-01"] * 6 + ["LS-02"]
    assert df.decision_no[6] == "11/QĐ-CCTHADS"
    assert df.asset.isna().all()
    assert shadowed(df) == []


def test_events_frame_matches_the_dict_records():
    reg = enf.Register.load_csv_dir(SAMPLE)
    df = reg.events_frame()
    recs = reg.event_records()
    assert len(df) == len(recs) == core.register_event_total(reg._reg)
    for i in (0, 1, len(recs) // 2, len(recs) - 1):
        r = recs[i]
        assert df.office[i] == r["office"]
        assert df.decision_no[i] == r["decision_no"]
        assert df.seq[i] == r["seq"]
        assert df.date[i].date() == r["date"]
        assert df.kind[i] == r["kind"]
        assert df.amount[i] == r["amount"]


def test_register_frame_on_a_date():
    reg = small_register()
    # Fri 28 Feb 2025: case 0 with means since the verification of 20 Feb,
    # nothing collected; case 1 received since 23 Jan.
    df = reg.to_frame(D(2025, 2, 28))
    assert len(df) == 2
    assert list(df.state) == ["with_means", "received"]
    assert list(df.since) == [pd.Timestamp(2025, 2, 20),
                              pd.Timestamp(2025, 1, 23)]
    assert list(df.started_by) == ["agency", "request"]
    assert list(df.prisoner) == [True, False]
    assert df.dtypes["corruption"] == np.bool_
    assert list(df.owed) == [5_000_000, 0]
    assert list(df.outstanding) == [5_000_000, 0]
    assert df.decision_date.isna().all()
    assert list(df.court) == ["TAND tỉnh", ""]
    for col in ("owed", "collected", "paid", "outstanding"):
        assert df.dtypes[col] == np.int64, col
    assert shadowed(df) == []
    # No date: after every event.
    end = reg.to_frame()
    assert list(end.collected) == [2_000_000, 0]
    assert list(end.paid) == [2_000_000, 0]
    assert list(end.outstanding) == [3_000_000, 0]


def test_register_frame_matches_records():
    reg = enf.Register.load_csv_dir(SAMPLE)
    day = D(2025, 9, 15)
    df = reg.to_frame(day)
    recs = reg.records(day)
    assert len(df) == len(recs)
    for i in (0, 7, len(recs) - 1):
        assert df.state[i] == recs[i]["state"]
        assert df.outstanding[i] == recs[i]["outstanding"]
        assert df.decision_no[i] == recs[i]["decision_no"]


def test_empty_register():
    reg = enf.Register()
    assert len(reg.events_frame()) == 0
    assert len(reg.to_frame(D(2025, 1, 1))) == 0
    assert str(reg.events_frame().dtypes["date"]) == "datetime64[ns]"


def test_reports_frame():
    reg = enf.Register.load_csv_dir(SAMPLE)
    half = enf.period_cumulative(2025, 6)
    reports = enf.Report.by_office(reg, half)
    df = enf.reports_frame(reports)
    assert list(df.unit) == [r.unit for r in reports]
    for k, rep in enumerate(reports):
        rate = rep.rate("cases")
        assert df.rate_cases_hundredths[k] == rate.hundredths
        assert df.rate_cases[k] == rate.hundredths / 100
        assert df.done_cases[k] == rep.get("done", "cases")
        assert df.with_means_money[k] == rep.get("with_means", "money")
    assert df.dtypes["rate_cases"] == np.float64
    assert df.dtypes["rate_money_hundredths"] == np.int64
    assert df.dtypes["done_money"] == np.int64
    assert str(df.dtypes["period_start"]) == "datetime64[ns]"
    assert df.period_start[0] == pd.Timestamp(2024, 10, 1)
    assert shadowed(df) == []
    # A numeric column filters as numbers do.
    low = df[df.rate_cases < 40]
    assert set(low.unit) == {r.unit for r in reports
                             if r.rate("cases").hundredths < 4000}
    one = reports[0].to_frame()
    assert len(one) == 1 and one.unit[0] == reports[0].unit


def test_reports_frame_undefined_rate():
    # Nothing with means: the rate is NaN beside <NA>, not 0.
    rep = enf.Report("EMPTY", enf.period_cumulative(2025, 6))
    df = rep.to_frame()
    assert np.isnan(df.rate_cases[0])
    assert df.rate_cases_hundredths.isna()[0]
    assert str(df.dtypes["rate_cases_hundredths"]) == "Int64"
    assert df.done_cases[0] == 0


def test_bad_input():
    reg = small_register()
    before = reg.export_json()
    with pytest.raises(enf.ArgumentTypeError, match="date is 'soon'"):
        reg.to_frame("soon")
    old = enf.Register()
    old.add(enf.Case("LS-01", "1/QĐ", judgment_effective=D(1500, 1, 2)))
    with pytest.raises(enf.RangeError, match="judgment_effective: "
                       "1500-01-02 is outside"):
        old.to_frame()
    with pytest.raises(enf.ArgumentTypeError, match="register"):
        enf.frames.events_frame(42)
    with pytest.raises(enf.ArgumentTypeError, match=r"reports\[1\]"):
        enf.reports_frame([enf.Report("A", enf.period_cumulative(2025, 6)),
                           "B"])
    with pytest.raises(enf.ArgumentTypeError, match="group is 'everyone'"):
        enf.reports_frame([], "everyone")
    assert reg.export_json() == before


def test_columns_refuse_wrong_arrays():
    """The C columns take writable integer arrays of the right item size
    and length; errors name the column."""
    reg = small_register()
    date64 = np.zeros(7, np.int64)
    with pytest.raises(TypeError, match="date: expected an array of "
                       "int32_t"):
        core.register_event_columns(reg._reg, None, None, date64, None,
                                    None, None, None)
    with pytest.raises(TypeError, match="amount"):
        core.register_event_columns(reg._reg, None, None, None, None, None,
                                    np.zeros(7, np.float64), None)
    short = np.full(3, -1, np.int32)
    with pytest.raises(enf.InvalidArgumentError,
                       match="kind holds 3 values; the register has 7"):
        core.register_event_columns(reg._reg, None, None, None, short,
                                    None, None, None)
    assert list(short) == [-1, -1, -1]
    frozen = np.zeros(7, np.int32)
    frozen.setflags(write=False)
    with pytest.raises(TypeError, match="seq: expected a writable array"):
        core.register_event_columns(reg._reg, None, frozen, None, None,
                                    None, None, None)
