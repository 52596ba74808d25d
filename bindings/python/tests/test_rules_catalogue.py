"""The rules catalogue from Python: rows ready for pandas, lookups by
date, overrides from text, and bad input.

Figures from the texts: base salary 2,340,000 VND/month from 1 Jul 2024
(Decree 73/2024 Art 3) and 2,530,000 from 1 Jul 2026 (Decree 161/2026
Art 3(2)); national targets of the 2025 enforcement year 83.90% / 51.90%.
"""
import datetime
import json

import pytest

import enforcement as enf

D = datetime.date
KEYS = {"id", "scope", "from", "to", "value", "unit", "citation",
        "confidence", "note", "overridden"}


def test_every_row_is_cited_and_graded():
    rows = enf.rules_catalogue()
    assert len(rows) >= 10
    for r in rows:
        assert set(r) == KEYS
        assert r["citation"] and r["note"]
        assert r["confidence"] in {"V", "Vs", "I", "U"}
        assert r["overridden"] is False


def test_value_by_date():
    assert enf.rule_value("VN.base_salary", D(2026, 7, 1)) == 2530000
    assert enf.rule_value("VN.base_salary", D(2026, 6, 30)) == 2340000
    row = enf.rule_row("VN.target.cases", D(2025, 9, 30))
    assert row["value"] == 8390
    assert row["unit"] == "hundredths-%"
    assert row["from"] == D(2024, 10, 1) and row["to"] == D(2025, 9, 30)


def test_catalogue_to_pandas():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(enf.rules_catalogue())
    salaries = df[df.id == "VN.base_salary"].sort_values("from")
    assert salaries.value.iloc[-1] == 2530000
    assert str(df.value.dtype) == "int64"


def test_override_from_text_and_file(tmp_path):
    path = tmp_path / "province.rules"
    path.write_text("# the province's own 2026 target\n"
                    "VN.target.cases 2025-10-01 2026-09-30 8500 "
                    'confidence Vs cite "Provincial plan 2026"\n',
                    encoding="utf-8")
    book = enf.Rulebook.from_file(str(path))
    assert len(book) == len(enf.rules_catalogue()) + 1
    assert book.value("VN.target.cases", D(2026, 3, 31)) == 8500
    assert enf.rule_value("VN.target.cases", D(2025, 3, 31), book) == 8390
    mine = [r for r in book.catalogue() if r["overridden"]]
    assert mine[0]["citation"] == "Provincial plan 2026"
    assert "VN.target.cases,VN,2025-10-01,2026-09-30,8500" in book.to_csv()
    rows = json.loads(book.to_json())["rules"]
    assert rows[-1]["overridden"] is True and rows[-1]["value"] == 8500
    assert json.loads(enf.rules.catalogue_json())["rules"][0]["id"]
    assert enf.rules.catalogue_csv().startswith("id,scope,from,to,")


def test_bad_input():
    book = enf.Rulebook()
    n = len(book)
    with pytest.raises(enf.NotFoundError, match="line 2: id: `VN.nothing`"):
        book.override("VN.base_salary 2030-01-01 none 1\nVN.nothing none "
                      "none 1\n")
    assert len(book) == n  # all or nothing
    with pytest.raises(enf.RangeError, match="from: `2026-02-30`"):
        book.override("VN.base_salary 2026-02-30 none 1")
    with pytest.raises(enf.RangeError, match="value: -1 is out of range"):
        book.override("VN.base_salary none none -1")
    with pytest.raises(enf.ParseError, match="confidence: `sure`"):
        book.override("VN.base_salary none none 1 confidence sure")
    assert len(book) == n
    with pytest.raises(enf.NotFoundError, match="2016-04-30"):
        enf.rule_value("VN.base_salary", D(2016, 4, 30))
    with pytest.raises(enf.NotFoundError, match="VN.nothing"):
        enf.rule_value("VN.nothing", D(2026, 1, 1))
    with pytest.raises(TypeError):
        enf.rule_value("VN.base_salary", "01/07/2026")
    with pytest.raises(enf.InvalidArgumentError, match="expected a Rulebook"):
        enf.rules_catalogue(book="mine")


def test_case_rules_from_a_rulebook():
    # A court that reads Law 106 Art 36(1) as 15 days (the library's
    # default 10 is U) overrides it; the other regimes keep theirs.
    book = enf.Rulebook("VN-2026.voluntary_days 2026-07-01 none 15 "
                        'cite "Law 106/2025 Art 36(1), office reading"')
    assert enf.case_rules("VN-2026").voluntary_days == 10
    assert enf.case_rules("VN-2026", book).voluntary_days == 15
    assert enf.case_rules("VN-2014", book).voluntary_days == 10
    with pytest.raises(enf.InvalidArgumentError, match="regime"):
        enf.case_rules("VN-2030", book)


def test_coercion_around_tet_and_delegated_verification():
    # Decree 152/2026 Art 42(2): Tết 2026 is Tue 17 Feb; 15 days before
    # the 1st and after the 3rd day of the lunar year.
    assert enf.coercion_blackout(2026) == (D(2026, 2, 2), D(2026, 3, 6))
    assert enf.coercion_allowed(D(2026, 2, 1)) is True
    assert enf.coercion_allowed(D(2026, 2, 2)) is False
    assert enf.coercion_allowed(D(2026, 3, 7)) is True
    # Decree 152/2026 Art 21(5)(a): 30 days from Wed 1 Jul 2026.
    cal = enf.Calendar()
    assert enf.delegated_verification_due(cal, D(2026, 7, 1),
                                          "registered") == D(2026, 7, 31)
    assert enf.delegated_verification_due(cal, D(2026, 7, 1),
                                          "account") == D(2026, 7, 1)
    with pytest.raises(enf.InvalidArgumentError, match="subject"):
        enf.delegated_verification_due(cal, D(2026, 7, 1), "car")
    with pytest.raises(enf.RangeError):
        enf.coercion_blackout(1800)
