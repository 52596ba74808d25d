"""Corrections through the bindings (correct.h): a wrong date and a
mistyped amount put right, an event voided, a case entered in error, the
case and register as known on a day, and statistics that count a
correction in the period in which it is recorded (Joint Circular
12/2021/TTLT Art 10).  Figures by hand in the comments; M = 1,000,000 VND.
"""
from datetime import date as D

import pytest

import enforcement as enf

M = 1_000_000
Q1 = (D(2025, 10, 1), D(2025, 12, 31))
Q2 = (D(2026, 1, 1), D(2026, 3, 31))


def _case(no="K-01", owed=200 * M):
    c = enf.Case("LS-01", no, mode="agency")
    c.add_party("debtor", "Hoàng Văn Nam")
    c.add_party("creditor", "Lý Thị Mai")
    c.add_obligation("other_money", owed, debtor=0, creditor=1)
    c.apply("decision_issued", D(2025, 9, 10))
    c.apply("classified", D(2025, 9, 20), detail=True)
    return c


def _wrong_date():
    # seq 2: 50 M entered as collected on 2026-03-20; the receipt says
    # 2026-03-10.
    c = _case()
    c.apply("collected", D(2026, 3, 20), amount=50 * M)
    return c


def test_replace_a_wrong_date():
    c = _wrong_date()
    assert c.status_on(D(2026, 3, 15))["collected"] == 0
    c.correct("replace", D(2026, 3, 25), "receipt dated 10 March",
              target=2, author="clerk 7", value={"date": D(2026, 3, 10)})
    # As of 15 March the 50 M is now collected; the log holds the
    # corrected event under its seq, the entry stays as entered.
    assert c.status_on(D(2026, 3, 15))["collected"] == 50 * M
    assert c.events[2]["date"] == D(2026, 3, 10)
    assert c.events[2]["seq"] == 2
    assert c.entries[2]["date"] == D(2026, 3, 20)
    assert c.event_seqs == [0, 1, 2]
    (corr,) = c.corrections
    assert corr["kind"] == "replace"
    assert corr["recorded"] == D(2026, 3, 25)
    assert corr["reason"] == "receipt dated 10 March"
    assert corr["author"] == "clerk 7"
    assert corr["target"] == 2
    assert corr["value"]["date"] == D(2026, 3, 10)
    assert corr["value"]["amount"] == 50 * M
    assert corr["before"]["date"] == D(2026, 3, 20)
    text = c.history_text()
    assert "2026-03-20" in text and "2026-03-10" in text
    assert "receipt dated 10 March" in text and "clerk 7" in text
    assert c.withdrawn_in_error is None


def test_as_known_before_the_correction():
    c = _wrong_date()
    c.correct(enf.core.CORRECT_REPLACE, "2026-03-25", "receipt of 10 March",
              target=2, value={"date": "2026-03-10"})
    old = c.as_known(D(2026, 3, 24))
    assert old.events[2]["date"] == D(2026, 3, 20)
    assert old.corrections == []
    assert old.status_on(D(2026, 3, 15))["collected"] == 0
    with pytest.raises(enf.StateError):
        old.correct("void", D(2026, 3, 26), "copy", target=2)
    with pytest.raises(enf.StateError):
        old.apply("collected", D(2026, 3, 26), amount=1 * M)


def test_void_and_seqs():
    c = _case()
    c.apply("collected", D(2025, 11, 20), amount=10 * M)
    c.apply("collected", D(2025, 11, 20), amount=10 * M)
    # The second 10 M was entered twice: seq 3 is voided.
    c.correct("void", D(2025, 11, 21), "entered twice", target=3)
    assert c.event_seqs == [0, 1, 2]
    assert len(c.entries) == 4
    assert c.status_on(D(2025, 12, 1))["collected"] == 10 * M
    (corr,) = c.corrections
    assert corr["value"] is None
    assert corr["before"]["amount"] == 10 * M


def test_amend_a_party():
    c = _case()
    c.correct("party", D(2025, 10, 2), "name mistyped", target=0,
              value={"name": "Hoàng Văn Năm"})
    assert c.parties[0]["name"] == "Hoàng Văn Năm"
    (corr,) = c.corrections
    assert corr["before"]["name"] == "Hoàng Văn Nam"
    assert corr["value"]["name"] == "Hoàng Văn Năm"


def _register_of(case):
    reg = enf.Register()
    reg.add(case)
    return reg


def test_statistics_count_the_period_recorded():
    # 100 M entered as collected on 2025-11-20 (Q1); in Q2 (2026-02-10)
    # the receipt is found to say 10 M.
    c = _case()
    c.apply("collected", D(2025, 11, 20), amount=100 * M)
    reg = _register_of(c)
    q1_before = enf.Report.from_register(reg, "LS-01", Q1).to_bytes()
    reg.correct(0, "replace", D(2026, 2, 10), "receipt reads 10,000,000",
                target=2, value={"amount": 10 * M})
    # Q1 as reported: unchanged (CO 200, done 100, being enforced 100).
    q1 = enf.Report.from_register(reg, "LS-01", Q1)
    assert q1.to_bytes() == q1_before
    assert q1.get("done", "money") == 100 * M
    # Q2: carried over 200 - 100 = 100 as reported; 10 - 100 = -90 in
    # the period, counted 0.
    q2 = enf.Report.from_register(reg, "LS-01", Q2)
    assert q2.get("carried_over", "money") == 100 * M
    assert q2.get("done", "money") == 0
    assert q2.get("being_enforced", "money") == 100 * M
    # Restated: Q1 done 10, being enforced 190; Q2 carried over 190.
    r1 = enf.Report.from_register(reg, "LS-01", Q1, restate=True)
    assert r1.definitions["restate"] is True
    assert r1.get("done", "money") == 10 * M
    assert r1.get("being_enforced", "money") == 190 * M
    (r2,) = enf.Report.by_office(reg, Q2, restate=1)
    assert r2.get("carried_over", "money") == 190 * M
    back = enf.Report.from_json(r1.to_json())
    assert back.definitions["restate"] is True
    # The register as known on 2026-01-31 still says 100 M.
    old = reg.as_known(D(2026, 1, 31))
    assert old.is_snapshot
    assert old[0].status_on(D(2025, 12, 31))["collected"] == 100 * M
    assert reg[0].status_on(D(2025, 12, 31))["collected"] == 10 * M


def test_entered_in_error_leaves_the_report():
    reg = _register_of(_case("K-02", 50 * M))
    reg.correct(("LS-01", "K-02"), "entered_in_error", D(2026, 2, 1),
                "the same decision entered twice")
    assert reg[0].withdrawn_in_error == D(2026, 2, 1)
    assert reg[0].events == []
    # It was never a case: no report counts it, Q1 included; the register
    # as known on 2026-01-31 still does (carried over 50).
    old = reg.as_known(D(2026, 1, 31))
    q1 = enf.Report.from_register(old, "LS-01", Q1)
    assert q1.get("carried_over", "money") == 50 * M
    for period in (Q1, Q2):
        assert enf.Report.from_register(reg, "LS-01", period).get(
            "carried_over") == 0
    assert enf.Report.from_register(reg, "LS-01", Q1, restate=True).get(
        "carried_over") == 0
    with pytest.raises(enf.StateError):
        reg.apply(0, "collected", D(2026, 2, 2), amount=M)


def test_bad_input():
    c = _wrong_date()
    events = c.events
    with pytest.raises(enf.InvalidArgumentError, match="kind is 'delete'"):
        c.correct("delete", D(2026, 3, 25), "why", target=2)
    with pytest.raises(enf.InvalidArgumentError, match="kind"):
        c.correct(99, D(2026, 3, 25), "why", target=2)
    with pytest.raises(enf.InvalidArgumentError, match="target is 9"):
        c.correct("replace", D(2026, 3, 25), "why", target=9,
                  value={"amount": M})
    with pytest.raises(enf.InvalidArgumentError):
        c.correct("void", D(2026, 3, 25), "why", target=9)
    with pytest.raises(enf.InvalidArgumentError, match="no key 'amout'"):
        c.correct("replace", D(2026, 3, 25), "why", target=2,
                  value={"amout": M})
    with pytest.raises(enf.InvalidArgumentError, match="takes no value"):
        c.correct("void", D(2026, 3, 25), "why", target=2, value={})
    with pytest.raises(enf.InvalidArgumentError, match="reason"):
        c.correct("void", D(2026, 3, 25), "", target=2)
    # Voiding the decision breaks the transition table: refused, the
    # message from the library.
    with pytest.raises(enf.StateError) as err:
        c.correct("void", D(2026, 3, 25), "no decision", target=0)
    assert str(err.value) == enf.last_error()
    assert c.events == events and c.corrections == []
    with pytest.raises(enf.InvalidArgumentError, match="restate is 2"):
        enf.Report("LS-01", Q1, restate=2)
    with pytest.raises(enf.InvalidArgumentError, match="restate"):
        enf.Report("LS-01", Q1, restate="yes")
