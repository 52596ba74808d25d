"""Import refusals through the bindings: a JSON document is read with its
length (an embedded NUL is refused, not cut off), an empty cases.csv in a
directory and a blank line between CSV rows are refused, and a refused
import leaves the register as it was.

Expected offsets are counted by hand in the texts below."""
import datetime as dt
import os
import tempfile

import pytest

import enforcement as enf
from enforcement import core

D = dt.date

HEAD_CASES = ("office,decision_no,decision_date,mode,court,judgment_no,"
              "judgment_effective,judgment_kind,flags\n")
CASE1 = "LS-02,1/THADS,2025-01-06,agency,TAND,5/2024,2024-12-20,civil,\n"
CASE2 = "LS-02,2/THADS,2025-01-07,agency,,,,criminal,corruption\n"


def one_case_register():
    reg = enf.Register()
    case = enf.Case("LS-TP", "1/QĐ-THADS", decision_date=D(2025, 2, 5),
                    mode="agency")
    case.add_party("debtor", "Trần Thị Hoa")
    case.apply("decision_issued", D(2025, 2, 5))
    reg.add(case)
    return reg


def json_of_new_case():
    reg = enf.Register()
    reg.import_csv(HEAD_CASES + CASE1)
    return reg.export_json()


def test_import_json_str_and_bytes():
    text = json_of_new_case()
    for doc in (text, text.encode("utf-8"), bytearray(text.encode())):
        reg = one_case_register()
        reg.import_json(doc, "reg.json")
        assert len(reg) == 2
        assert reg[1].key == ("LS-02", "1/THADS")


def test_import_json_embedded_nul_is_refused():
    # Line 1 is '{"version": 1,' (14 bytes, offsets 0-13) and its line
    # feed (14): the NUL is at offset 15, on line 2, then '}': 17 bytes.
    reg = one_case_register()
    before = reg.export_json()
    for doc in ('{"version": 1,\n\0}', b'{"version": 1,\n\0}'):
        with pytest.raises(enf.ParseError,
                           match=r"^reg\.json:2: a NUL byte at byte "
                                 r"offset 15 of 17"):
            reg.import_json(doc, "reg.json")
    # A whole document followed by a NUL and more: not cut at the NUL.
    with pytest.raises(enf.ParseError, match="a NUL byte"):
        reg.import_json(json_of_new_case() + "\0garbage")
    assert len(reg) == 1
    assert reg.export_json() == before


def test_import_json_bad_input():
    reg = one_case_register()
    with pytest.raises(TypeError):
        reg.import_json(None)
    with pytest.raises(TypeError):
        reg.import_json(12)
    with pytest.raises(enf.ParseError, match="^json:1: "):
        reg.import_json("")
    # The C call itself: NULL register.
    with pytest.raises(enf.InvalidArgumentError, match="reg is NULL"):
        core.io_import_json_n(None, "{}", None)
    assert len(reg) == 1


def test_blank_line_between_rows_is_refused():
    reg = one_case_register()
    with pytest.raises(enf.ParseError,
                       match="^cases.csv:3: row: a blank line between rows"):
        reg.import_csv(HEAD_CASES + CASE1 + "\n" + CASE2)
    with pytest.raises(enf.ParseError, match="^cases.csv:1: header: a blank"):
        reg.import_csv("\n" + HEAD_CASES + CASE1)
    assert len(reg) == 1
    # Line ends after the last row are let be.
    reg.import_csv(HEAD_CASES + CASE1 + CASE2 + "\n\n")
    assert len(reg) == 3


def test_empty_cases_file_is_refused():
    reg = one_case_register()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "cases.csv")
        open(path, "wb").close()
        with pytest.raises(enf.ParseError,
                           match=r"^cases\.csv:1: the file is empty; it "
                                 r"needs the header row"):
            enf.Register.load_csv_dir(tmp)
        with pytest.raises(enf.ParseError, match=r"dirs\[0\].*cases\.csv:1"):
            enf.Register.load_csv_dirs([tmp], threads=1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(HEAD_CASES + CASE1)
        open(os.path.join(tmp, "parties.csv"), "wb").close()
        assert len(enf.Register.load_csv_dir(tmp)) == 1
    assert len(reg) == 1
