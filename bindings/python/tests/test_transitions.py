"""Every transition of the case lifecycle, through the bindings.

The matrix below is written by hand from Law 26/2008 as amended (Art 31,
36, 37, 44, 44a, 45-50, 52, 55, 87-104), Decree 62/2015 Art 9(5) and
Decree 152/2026 Art 22; the library must agree in every cell, for both
modes. Columns are the event kinds in enum order, rows the states.

"done" is legal from "without_means" and from "postponed" (no statute
makes a debtor who pays in full be found "with means" first; I); from a
postponement only under Art 48(1)(c), the parties' agreement, which
case_apply checks on top of the table (test_done_by_ground)."""
import datetime as dt
import unittest

import enforcement as enf
from enforcement import core

EVENTS = ["request_received", "entrusted_in", "decision_issued",
          "decision_notified", "verified", "classified", "postponed",
          "suspended", "resumed", "terminated", "entrusted_out",
          "separate_book", "request_returned", "collected", "paid_out",
          "asset_seized", "asset_appraised", "asset_auctioned", "done",
          "decision_withdrawn"]
# L = legal. Same law as tests/test_case.c, written again here.
LAW = {
    "none":          "L L L . . . . . . . . . . . . . . . . .",
    "received":      ". . L . . . . . . . . . . . . . . . . .",
    "voluntary":     ". . . L L L L L . L L . . L L . . . L L",
    "with_means":    ". . . . L L L L . L L . . L L L L L L L",
    "without_means": ". . . . L L L L . L L L L L L . . . L L",
    "postponed":     ". . . . . . . L L L . . . L L . . . L L",
    "suspended":     ". . . . . . . . L L . . . L L . . . . L",
    "separate_book": ". . . . L L . L . L . . L L L . . . . L",
    "entrusted":     ". . . . . . . . . . . . . . . . . . . .",
    "returned":      ". . . . . . . . . . . . . . . . . . . .",
    "withdrawn":     ". . . . . . . . . . . . . . . . . . . .",
    "terminated":    ". . . . . . . . . . . . . . L . . . . .",
    "done":          ". . . . . . . . . . . . . . L . . . . .",
}


def law_allows(state, event, mode):
    legal = LAW[state].split()[EVENTS.index(event)] == "L"
    # Art 36: on request the case starts with the request; an agency case
    # starts with its decision and has no request.
    if state == "none" and event == "request_received":
        return legal and mode == "request"
    if state == "none" and event == "decision_issued":
        return legal and mode == "agency"
    return legal


class TestTransitions(unittest.TestCase):
    def test_every_cell(self):
        self.assertEqual([enf.token("event", i) for i in range(20)], EVENTS)
        for mode in ("agency", "request"):
            for state in LAW:
                for event in EVENTS:
                    got = core.case_transition_allowed(
                        enf.value("state", state), enf.value("event", event),
                        enf.value("mode", mode))
                    self.assertEqual(bool(got),
                                     law_allows(state, event, mode),
                                     (mode, state, event))

    def test_refusal_names_case_state_and_event(self):
        case = enf.Case("LS-TP", "5/QĐ-THADS", mode="agency")
        case.apply("decision_issued", dt.date(2025, 3, 3))
        case.apply("entrusted_out", dt.date(2025, 3, 10))
        for event in EVENTS:
            with self.assertRaises(enf.StateError) as cm:
                case.apply(event, dt.date(2025, 3, 11),
                           amount=1 if event in ("collected", "paid_out",
                                                 "asset_appraised") else 0,
                           asset=0 if event.startswith("asset") else None)
            msg = str(cm.exception)
            self.assertIn("5/QĐ-THADS", msg)
            self.assertIn("entrusted", msg)
            self.assertIn(event, msg)
        self.assertEqual(len(case.events), 2)

    def test_done_by_ground(self):
        # Closed as done under an agreed postponement (Art 48(1)(c)), not
        # under a postponement for illness (48(1)(a)) before resuming.
        for ground, legal in (("agreement", True), ("illness", False)):
            case = enf.Case("LS-TP", "6/QĐ-THADS", mode="agency")
            case.apply("decision_issued", dt.date(2025, 3, 3))
            case.apply("postponed", dt.date(2025, 3, 4), detail=ground)
            if legal:
                case.apply("done", dt.date(2025, 3, 5))
                self.assertEqual(len(case.events), 3)
            else:
                with self.assertRaisesRegex(enf.StateError,
                                            r"Art 48\(1\)\(a\)"):
                    case.apply("done", dt.date(2025, 3, 5))
                self.assertEqual(len(case.events), 2)

    def test_bad_input(self):
        with self.assertRaisesRegex(enf.InvalidArgumentError, "mode is 2"):
            core.case_transition_allowed(0, 0, 2)
        count = core.EV_COUNT
        with self.assertRaisesRegex(enf.InvalidArgumentError,
                                    "kind is %d" % count):
            core.case_transition_allowed(0, count, 0)

    def test_obligation_reduced(self):
        # A court's reduction of a state-budget obligation (Law 26/2008
        # Art 61-64; Joint Circular 12/2015 Art 11(1)): in every open state
        # of a decided case, for both modes; enforcement goes on.
        self.assertEqual(enf.token("event", 20), "obligation_reduced")
        legal = {"voluntary", "with_means", "without_means", "postponed",
                 "suspended", "separate_book"}
        for mode in ("agency", "request"):
            for state in LAW:
                got = core.case_transition_allowed(
                    enf.value("state", state),
                    enf.value("event", "obligation_reduced"),
                    enf.value("mode", mode))
                self.assertEqual(bool(got), state in legal, (mode, state))


if __name__ == "__main__":
    unittest.main()
