"""Validation of CSV files before an import: every problem with file,
line, field, value and the form expected, worked by hand from the rows
below and the file format of io.h."""
import os
import tempfile

import pytest

import enforcement as enf

SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "..",
                      "examples", "data", "sample")

CASES = ("office,decision_no,decision_date,mode,judgment_kind\n"
         "LS-01,1/QĐ,2025-01-06,agency,civil\n"
         "LS-01,2/QĐ,15/09/2025,agency,civil\n"
         "LS-01,3/QĐ,2025-01-06,robot,civl\n")
EVENTS = ("office,decision_no,seq,date,kind,detail,amount,asset\n"
          "LS-01,1/QĐ,0,2025-01-06,decision_issued,,,\n"
          "LS-01,1/QĐ,1,2025-02-30,decision_notified,,,\n"
          "LS-01,8/QĐ,0,2025-01-06,decision_issued,,,\n")


def test_every_problem():
    got = enf.validate_csv(CASES, events=EVENTS)
    assert [(p["file"], p["line"], p["field"], p["value"], p["error"])
            for p in got] == [
        ("cases.csv", 3, "decision_date", "15/09/2025", "ParseError"),
        ("cases.csv", 4, "mode", "robot", "ParseError"),
        ("cases.csv", 4, "judgment_kind", "civl", "ParseError"),
        ("events.csv", 3, "date", "2025-02-30", "ParseError"),
        ("events.csv", 4, "decision_no", "8/QĐ", "NotFoundError"),
    ]
    assert got[0]["message"] == (
        'cases.csv:3: decision_date: "15/09/2025" is not a date; expected '
        'YYYY-MM-DD (2025-09-15, if it is day/month/year)')
    assert "expected YYYY-MM-DD" in got[3]["message"]
    assert "(agency, request)" in got[1]["message"]


def test_first_problem_is_the_import_error():
    reg = enf.Register()
    with pytest.raises(enf.ParseError) as e:
        reg.import_csv(CASES, events=EVENTS)
    assert len(reg) == 0
    assert str(e.value) == enf.validate_csv(CASES, events=EVENTS,
                                            limit=1)[0]["message"]


def test_limit():
    assert len(enf.validate_csv(CASES, events=EVENTS, limit=2)) == 2


def test_directory():
    assert enf.validate_csv_dir(SAMPLE) == []
    with tempfile.TemporaryDirectory() as d:
        missing = enf.validate_csv_dir(d)
        assert len(missing) == 1
        assert missing[0]["file"] == "cases.csv"
        assert missing[0]["line"] == 0
        assert missing[0]["error"] == "NotFoundError"
        with open(os.path.join(d, "cases.csv"), "w", encoding="utf-8") as f:
            f.write(CASES)
        with open(os.path.join(d, "events.csv"), "w", encoding="utf-8") as f:
            f.write(EVENTS)
        assert len(enf.validate_csv_dir(d)) == 5
        # The files are only read.
        with open(os.path.join(d, "cases.csv"), encoding="utf-8") as f:
            assert f.read() == CASES


def test_frame_ready():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(enf.validate_csv(CASES, events=EVENTS))
    assert list(df.columns) == ["file", "line", "field", "value", "message",
                                "error"]
    assert df[df.file == "cases.csv"].line.tolist() == [3, 4, 4]


def test_bad_input():
    with pytest.raises(enf.ArgumentTypeError, match="limit is 0"):
        enf.validate_csv(CASES, limit=0)
    with pytest.raises(enf.ArgumentTypeError, match="limit is 2.5"):
        enf.validate_csv_dir(SAMPLE, limit=2.5)
    with pytest.raises(enf.ArgumentTypeError, match="path is 3"):
        enf.validate_csv_dir(3)
    with pytest.raises(enf.ArgumentTypeError, match="cases is None"):
        enf.validate_csv(None)
