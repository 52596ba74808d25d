"""The national indicator table of a statistical year computed with pandas:
a reference engine of the national-year benchmark (bench/run.py).

Usage: /usr/bin/python3 bench/engines/pandas_report.py DATA_DIR OUT_CSV

DATA_DIR holds offices.csv and one directory per province with the
register's CSV files; OUT_CSV receives the canonical result file
(unit,group,measure,indicator,value). Debian's pandas (1.5) and numpy;
every number is an exact int64 (no floats anywhere).

The rules are the library's (lib/engines/stats/stats_count.c, enf__classify) for the
period 2024-10-01 .. 2025-09-30; a case is (office, decision_no). Each
province is read and classified on its own (vectorized, no Python loop
over cases or events) and reduced to a small table, which is then
spread over groups and units:
- read_csv with usecols and dtypes; the low-cardinality text columns
  (office, kind, dates, mode, flags...) are categoricals, so a date or
  kind is turned into a number once per distinct value (dates become
  yyyymmdd integers) and then by indexing with the codes.
- Events and obligations find their case's row with a MultiIndex of
  (office, decision_no) over cases.csv.
- The state at a day D in closed form: each event gets a code, named by
  the end row it leads to: 1 with_means_other (request_received,
  entrusted_in, decision_issued), 2 being_enforced (verified/classified
  with detail 1), 3 done (done, terminated), 4 entrusted (entrusted_out),
  5 withdrawn, 6 separate_book, 7 returned (request_returned) -- the
  "anchors" -- 11 postponed with detail 2, 12 other postponements and
  suspended, 13 resumed, 14 classified with detail 0, 0 no change
  (verified with detail 0, decision_notified, collected, paid_out,
  asset_*). Per case, max(seq * 16 + code) over the events with
  date <= D gives the latest such event (groupby max). If the latest
  event with a code is a pause (11, 12), that is the row; else the base
  state: the latest anchor's row, except that a classified-0 after it
  gives without_means, or keeps separate_book after separate_book; no
  event: with_means_other. This is the library's replay (lib/model/case.c,
  enf__replay_step, the transition table) for legal logs: verified 0
  never changes the state, classified 0 leaves a case in the separate
  book, resumed returns to the state before the pauses (the base state:
  only terminal events can happen while paused).
- decided = the date of the decision_issued event (at most one per log)
  else cases.decision_date; the case adds nothing if undecided, decided
  after the last day, or closed (done, terminated, entrusted, returned,
  withdrawn) or in the separate book on 2024-09-30.
- amount = max(owed - collected by 2024-09-30, 0), in = collected in the
  period, done money = amount if the end row is done or in > amount,
  else in. By cases the start row (carried_over if decided before
  2024-10-01, else received) and the case row count 1; by money the start
  row gets amount, done the done money, the end row the rest.
- The case row is the end row, except that an entrusted case of which
  some money was collected (by the last day, before the period too) is
  done: done in part, the rest entrusted (the library's default
  definition partial_entrusted_done = 1, after the GSO definition of a
  case done); by money it stays as above. The library's other defaults
  need nothing here: money done = collected, an unclassified case =
  with_means_other, and the generator writes no obligation_reduced
  events.
- rate = done*10000 // with_means, +1 if 2 * remainder >= with_means,
  only where with_means > 0 (Python integers).
"""
import os
import sys

import numpy as np
import pandas as pd

BEFORE, FIRST, LAST = 20240930, 20241001, 20250930
NO_DAY = 99999999   # after every date: no decision_issued event

# The names of the canonical result file (bench/canonical.py, no
# dependency on the library).
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from canonical import GROUPS, ROWS  # noqa: E402

# End rows (the codes of the events that lead to them).
END_ROWS = {1: "with_means_other", 2: "being_enforced", 3: "done",
            4: "entrusted", 5: "withdrawn", 6: "separate_book",
            7: "returned", 8: "without_means", 9: "postponed_agreement"}
KIND_CODE = {"request_received": 1, "entrusted_in": 1, "decision_issued": 1,
             "verified": 2, "classified": 2, "done": 3, "terminated": 3,
             "entrusted_out": 4, "decision_withdrawn": 5,
             "separate_book": 6, "request_returned": 7, "postponed": 11,
             "suspended": 12, "resumed": 13}
CLOSED = [3, 4, 5, 6, 7]

# Only an empty field is missing (a decision number "NA" stays text).
CSV = {"keep_default_na": False, "na_values": [""], "engine": "c"}


def die(msg):
    sys.stderr.write("pandas_report: %s\n" % msg)
    sys.exit(1)


def cat_map(col, fn, missing):
    """The values of a categorical column through fn, applied once per
    category; missing values give `missing`."""
    cats = col.cat.categories
    table = np.array([fn(c) for c in cats] + [missing], dtype=np.int64)
    return table[col.cat.codes.to_numpy()]   # code -1 -> the last entry


def ymd(text):
    return int(text.replace("-", ""))


def case_rows(index, df, what, path):
    """The row in cases.csv of each row of df."""
    pos = index.get_indexer(pd.MultiIndex.from_arrays(
        [df["office"].to_numpy(), df["decision_no"].to_numpy()]))
    if (pos < 0).any():
        die("%s: %s of a case not in cases.csv" % (path, what))
    return pos


def state(a, c, r):
    """End-row codes from the per-case maxima (-1: none): a the latest
    anchor, c the latest classified-0's seq, r the latest coded event."""
    rc, ac = r % 16, a % 16
    base = np.where(a < 0, 1, ac)
    base = np.where((c >= 0) & (c > a // 16),
                    np.where((a >= 0) & (ac == 6), 6, 8), base)
    out = np.where(rc == 11, 9, np.where(rc == 12, 8, base))
    return np.where(r < 0, 1, out)


def province(d):
    """The small table of one province's cases: counts and sums by office,
    group memberships, start row and end row."""
    def path(name):
        return os.path.join(d, name)

    cases = pd.read_csv(
        path("cases.csv"),
        usecols=["office", "decision_no", "decision_date", "mode",
                 "judgment_kind", "flags"],
        dtype={"office": "category", "decision_no": str,
               "decision_date": "category", "mode": "category",
               "judgment_kind": "category", "flags": "category"}, **CSV)
    n = len(cases)
    index = pd.MultiIndex.from_arrays(
        [cases["office"].to_numpy(), cases["decision_no"].to_numpy()])
    if not index.is_unique:
        die("%s: a case appears twice" % path("cases.csv"))

    obl = pd.read_csv(
        path("obligations.csv"),
        usecols=["office", "decision_no", "kind", "amount"],
        dtype={"office": "category", "decision_no": str,
               "kind": "category", "amount": np.int64}, **CSV)
    orow = case_rows(index, obl, "an obligation", path("obligations.csv"))
    og = pd.DataFrame({
        "owed": obl["amount"].to_numpy(),
        "bank": cat_map(obl["kind"], lambda k: k == "bank_credit", 0),
    }).groupby(orow).agg({"owed": "sum", "bank": "max"})
    owed = np.zeros(n, np.int64)
    bank = np.zeros(n, np.int64)
    owed[og.index.to_numpy()] = og["owed"].to_numpy()
    bank[og.index.to_numpy()] = og["bank"].to_numpy()

    ev = pd.read_csv(
        path("events.csv"),
        usecols=["office", "decision_no", "seq", "date", "kind", "detail",
                 "amount"],
        dtype={"office": "category", "decision_no": str, "seq": np.int64,
               "date": "category", "kind": "category", "detail": np.int64,
               "amount": np.int64}, **CSV)
    erow = case_rows(index, ev, "an event", path("events.csv"))
    day = cat_map(ev["date"], ymd, 0)
    code = cat_map(ev["kind"], lambda k: KIND_CODE.get(k, 0), 0)
    kinds = ev["kind"].cat.categories
    kcodes = ev["kind"].cat.codes.to_numpy()
    detail = ev["detail"].to_numpy()

    def is_kind(k):
        return kcodes == (kinds.get_loc(k) if k in kinds else -2)

    verified, classified = is_kind("verified"), is_kind("classified")
    code[verified & (detail != 1)] = 0
    code[classified & (detail != 1)] = 14
    code[is_kind("postponed") & (detail != 2)] = 12
    seq = ev["seq"].to_numpy()
    key = seq * 16 + code
    amount = ev["amount"].to_numpy()
    collected = is_kind("collected")
    le_b, le_l = day <= BEFORE, day <= LAST
    anchor = (code >= 1) & (code <= 7)
    cls0, coded = code == 14, code > 0
    issued = is_kind("decision_issued")
    g = pd.DataFrame({
        "issued": np.where(issued, -day, -NO_DAY),   # max of -date
        "a_b": np.where(anchor & le_b, key, -1),
        "c_b": np.where(cls0 & le_b, seq, -1),
        "r_b": np.where(coded & le_b, key, -1),
        "a_l": np.where(anchor & le_l, key, -1),
        "c_l": np.where(cls0 & le_l, seq, -1),
        "r_l": np.where(coded & le_l, key, -1),
    }).groupby(erow).max()
    s = pd.DataFrame({
        "coll_b": np.where(collected & le_b, amount, 0),
        "coll_l": np.where(collected & le_l, amount, 0),
    }).groupby(erow).sum()
    at = g.index.to_numpy()

    def per_case(frame, col, none):
        out = np.full(n, none, np.int64)
        out[at] = frame[col].to_numpy()
        return out

    issued_day = -per_case(g, "issued", -NO_DAY)
    decided = np.where(issued_day != NO_DAY, issued_day,
                       cat_map(cases["decision_date"], ymd, 0))
    before = state(per_case(g, "a_b", -1), per_case(g, "c_b", -1),
                   per_case(g, "r_b", -1))
    end = state(per_case(g, "a_l", -1), per_case(g, "c_l", -1),
                per_case(g, "r_l", -1))
    coll_b, coll_l = per_case(s, "coll_b", 0), per_case(s, "coll_l", 0)
    amt = np.maximum(owed - coll_b, 0)
    inn = coll_l - coll_b
    dm = np.where((end == 3) | (inn > amt), amt, inn)
    caserow = np.where((end == 4) & (coll_l > 0), 3, end)
    keep = (decided > 0) & (decided <= LAST) & ~np.isin(before, CLOSED)

    t = pd.DataFrame({
        "office": cases["office"].astype(str).to_numpy(),
        "agency": cat_map(cases["mode"], lambda m: m == "agency", 0),
        "bank": bank,
        "corruption": cat_map(cases["flags"],
                              lambda f: "corruption" in f.split("|"), 0),
        "admin": cat_map(cases["judgment_kind"],
                         lambda k: k == "administrative", 0),
        "carried": (decided < FIRST).astype(np.int64),
        "endrow": end, "caserow": caserow, "n": 1, "amt": amt, "dm": dm,
    })[keep]
    return t.groupby(["office", "agency", "bank", "corruption", "admin",
                      "carried", "endrow", "caserow"],
                     as_index=False)[["n", "amt", "dm"]].sum()


def base_rows(t):
    """The 11 base rows by cases and by money of the rows t (the small
    table of one unit and group), as Python integers."""
    start = t.groupby("carried")[["n", "amt"]].sum()
    t = t.assign(rest=t["amt"] - t["dm"])
    by_case = t.groupby("caserow")["n"].sum()
    end = t.groupby("endrow")["rest"].sum()
    cases = dict.fromkeys(ROWS, 0)
    money = dict.fromkeys(ROWS, 0)
    for carried, row in ((1, "carried_over"), (0, "received")):
        if carried in start.index:
            cases[row] = int(start.at[carried, "n"])
            money[row] = int(start.at[carried, "amt"])
    for code, row in END_ROWS.items():
        if code in by_case.index:
            cases[row] += int(by_case.at[code])
        if code in end.index:
            money[row] += int(end.at[code])
    money["done"] += int(t["dm"].sum())
    return cases, money


def derive(v):
    v["total"] = v["carried_over"] + v["received"]
    v["to_enforce"] = v["total"] - v["entrusted"] - v["withdrawn"]
    v["with_means"] = (v["done"] + v["being_enforced"] +
                       v["postponed_agreement"] + v["with_means_other"])
    v["carried_next"] = v["to_enforce"] - v["done"]
    return v


def main(argv):
    if len(argv) != 3:
        die("usage: pandas_report.py DATA_DIR OUT_CSV")
    data, out = argv[1], argv[2]
    if not os.path.isdir(data):
        die("%s: not a directory" % data)
    if not os.path.isfile(os.path.join(data, "offices.csv")):
        die("%s: no offices.csv (not a national data set)" % data)
    offices = pd.read_csv(os.path.join(data, "offices.csv"),
                          usecols=["office", "province"], dtype=str, **CSV)
    province_of = dict(zip(offices["office"], offices["province"]))
    dirs = sorted(p for p in os.listdir(data)
                  if os.path.isfile(os.path.join(data, p, "cases.csv")))
    if not dirs:
        die("%s: no province directory with a cases.csv" % data)
    parts = []
    for p in dirs:
        d = os.path.join(data, p)
        for name in ("obligations.csv", "events.csv"):
            if not os.path.isfile(os.path.join(d, name)):
                die("%s: missing" % os.path.join(d, name))
        parts.append(province(d))
    small = pd.concat(parts, ignore_index=True)
    # The unit of a case is its office's province (offices.csv).
    small["unit"] = small["office"].map(province_of)
    if small["unit"].isna().any():
        die("%s: a case's office is not in offices.csv" % data)

    units = sorted(set(offices["province"])) + ["VN"]
    members = {"all": None, "agency": ("agency", 1), "request": ("agency", 0),
               "bank_credit": ("bank", 1), "corruption": ("corruption", 1),
               "administrative": ("admin", 1)}
    lines = ["unit,group,measure,indicator,value"]
    for unit in units:
        ut = small if unit == "VN" else small[small["unit"] == unit]
        for group in GROUPS:
            m = members[group]
            gt = ut if m is None else ut[ut[m[0]] == m[1]]
            for measure, v in zip(("cases", "money"), base_rows(gt)):
                v = derive(v)
                for row in ROWS:
                    lines.append("%s,%s,%s,%s,%d"
                                 % (unit, group, measure, row, v[row]))
                wm = v["with_means"]
                if wm > 0:
                    q, r = divmod(v["done"] * 10000, wm)
                    lines.append("%s,%s,%s,rate,%d" % (
                        unit, group, measure, q + (2 * r >= wm)))
    with open(out, "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    try:
        main(sys.argv)
    except (OSError, ValueError, KeyError) as e:
        # Unreadable or malformed input (pandas' ParserError is a
        # ValueError), or an unwritable output.
        die("%s: %s" % (type(e).__name__, e))
