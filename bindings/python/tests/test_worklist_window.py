"""The worklist of a window of days: states as of ``as_of``, deadlines due
up to ``until``, overdue items flagged; the old one-date call unchanged.

Hand checks (Law 26/2008 Art 36(1): a decision within 5 working days of
the request; Art 45(1): a voluntary period of 10 days from the notice,
counted from the next day; the 2025 calendar):
- LS-HL 243/QĐ-THADS: request received Fri 12 Sep 2025, decision due Fri
  19 Sep (15-19 Sep are working days). The decision was issued on 16 Sep,
  after as_of: the window as of 15 Sep lists it, the old call on 29 Sep
  (which looks at that later event) does not.
- LS-HL 8/QĐ-THADS: notified Fri 5 Sep 2025, voluntary period ends Mon
  15 Sep; verified on 22 Sep (after as_of): listed by the window, not by
  the old call on 29 Sep.
"""
import datetime as dt
import os

import pytest

import enforcement as enf

D = dt.date
SAMPLE = os.path.join(os.path.dirname(__file__), "..", "..", "..",
                      "examples", "data", "sample")
AS_OF, UNTIL = D(2025, 9, 15), D(2025, 9, 29)


@pytest.fixture(scope="module")
def reg():
    return enf.Register.load_csv_dir(SAMPLE)


def find(items, office, no, kind):
    return [i for i in items if (i["office"], i["decision_no"], i["kind"])
            == (office, no, kind)]


def test_ten_working_days(reg):
    cal = enf.Calendar()
    assert cal.period_end(AS_OF, 10, "working_days") == UNTIL
    window = reg.worklist(cal, AS_OF, UNTIL)
    due_in_window = [i for i in window if not i["overdue"]]
    # Every deadline the cases' own lists give as of 15 Sep and due from
    # 15 to 29 Sep, and no other.
    per_case = sorted((k, d["kind"], d["due"]) for k, c in enumerate(reg)
                      for d in c.deadlines(cal, AS_OF)
                      if AS_OF <= d["due"] <= UNTIL)
    assert len(per_case) == 121
    assert sorted((i["case_index"], i["kind"], i["due"])
                  for i in due_in_window) == per_case
    # The overdue ones were due before as_of.
    assert all(i["due"] < AS_OF for i in window if i["overdue"])
    assert len(window) == 121 + sum(i["overdue"] for i in window)
    # The old call on the window's last day: 38 items due in the window.
    old = reg.worklist(cal, UNTIL)
    assert sum(1 for i in old if i["due"] >= AS_OF) == 38
    # The hand checks of the module's text.
    item = find(window, "LS-HL", "243/QĐ-THADS", "decision")
    assert [(i["due"], i["from"], i["overdue"]) for i in item] == [
        (D(2025, 9, 19), D(2025, 9, 12), False)]
    assert find(old, "LS-HL", "243/QĐ-THADS", "decision") == []
    item = find(window, "LS-HL", "8/QĐ-THADS", "voluntary_end")
    assert [(i["due"], i["overdue"]) for i in item] == [(AS_OF, False)]
    assert find(old, "LS-HL", "8/QĐ-THADS", "voluntary_end") == []


def test_old_call_unchanged(reg):
    cal = enf.Calendar()
    one = reg.worklist(cal, AS_OF, office="LS-TP")
    same = reg.worklist(cal, AS_OF, AS_OF, office="LS-TP")
    assert one == same
    assert all(i["due"] <= AS_OF for i in one)
    assert all(i["overdue"] == (i["due"] < AS_OF) for i in one)
    assert {i["office"] for i in one} == {"LS-TP"}


def test_bad_input(reg):
    cal = enf.Calendar()
    with pytest.raises(enf.InvalidArgumentError,
                       match=r"until \(2025-09-01\) is before as_of "
                       r"\(2025-09-15\)"):
        reg.worklist(cal, AS_OF, D(2025, 9, 1))
    with pytest.raises(enf.ArgumentTypeError, match="until is 'next week'"):
        reg.worklist(cal, AS_OF, "next week")
    with pytest.raises(enf.ArgumentTypeError, match="as_of is required"):
        reg.worklist(cal, None)
    with pytest.raises(enf.RangeError, match="until"):
        reg.worklist(cal, AS_OF, D(2101, 1, 1))
