"""stats.identities(): the table's identities checked between published
rows, some unknown (the sample office LS-BG, first half of 2025, whose
identities hold by hand: 182 + 109 = 291, 291 - 3 - 2 = 286,
185 + 93 + 8 + 0 = 286, 73 + 81 + 8 + 23 = 185, 286 - 73 = 213); and
Org.from_csv(), the tree of the sample's offices.csv."""
import pytest

import enforcement as enf
from enforcement import stats

LS_BG = dict(zip(stats.ROWS, (182, 109, 291, 3, 2, 286, 185, 73, 81, 8,
                               23, 93, 8, 0, 213)))


def test_a_consistent_table_holds():
    got = stats.identities(LS_BG)
    assert [i["result"] for i in got] == ["holds"] * 5
    assert got[0]["name"] == "total = carried_over + received"


def test_a_misprint_fails_where_it_is_used():
    got = stats.identities(dict(LS_BG, total=290))
    assert [(i["result"], i["difference"]) for i in got] == [
        ("fails", -1), ("fails", 1), ("holds", 0), ("holds", 0),
        ("holds", 0)]


def test_unknown_rows_are_not_checked():
    # Lạng Sơn's press figures: with means and done only.
    got = stats.identities({"with_means": 3567, "done": 2244})
    assert {i["result"] for i in got} == {"unchecked"}
    got = stats.identities(dict(LS_BG, carried_over=None))
    assert [i["result"] for i in got] == ["unchecked"] + ["holds"] * 4


def test_the_reports_of_the_library_hold():
    reg = enf.Register.load_csv_dir(
        __file__.rsplit("/", 4)[0] + "/examples/data/sample")
    for r in enf.Report.by_office(reg, enf.period_cumulative(2025, 6)):
        rows = {row: r.get(row, "money") for row in stats.ROWS}
        assert {i["result"] for i in stats.identities(rows)} == {"holds"}


def test_bad_input():
    with pytest.raises(enf.InvalidArgumentError, match="'finished'"):
        stats.identities({"finished": 3})
    with pytest.raises(enf.InvalidArgumentError, match="rows\\['done'\\]"):
        stats.identities({"done": -2})
    with pytest.raises(enf.ArgumentTypeError):
        stats.identities([1, 2, 3])


def test_the_organisation_of_the_sample():
    root = __file__.rsplit("/", 4)[0]
    with open(root + "/examples/data/sample/offices.csv",
              encoding="utf-8") as f:
        org = enf.Org.from_csv(f.read(), enf.parse_date("2025-07-01"))
    day = enf.parse_date("2025-09-30")
    assert org.parent("LS-TP", day) == "LS"
    assert org.name("LS", day) == "Lạng Sơn"
    with pytest.raises(enf.ParseError):
        enf.Org.from_csv("office\nLS-TP\n", day)
    with pytest.raises(enf.InvalidArgumentError, match="offices.csv:3"):
        enf.Org.from_csv("office,province\nA-1,A\nA-1,A\n", day)
    with pytest.raises(enf.ArgumentTypeError):
        enf.Org.from_csv(b"office,province\n", day)
