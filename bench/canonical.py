"""The canonical result file of the benchmark, shared by the Python paths
(national.py, dask_report.py) and the comparison in run.py.

One CSV row per unit, group, measure and indicator:
``unit,group,measure,indicator,value``: the 15 rows of the indicator table
and ``rate`` (done / with means in hundredths of a percent, half up,
integers only; no row when nothing is with means).
"""
import csv

GROUPS = ("all", "agency", "request", "bank_credit", "corruption",
          "administrative")
MEASURES = ("cases", "money")
ROWS = ("carried_over", "received", "total", "entrusted", "withdrawn",
        "to_enforce", "with_means", "done", "being_enforced",
        "postponed_agreement", "with_means_other", "without_means",
        "separate_book", "returned", "carried_next")
HEADER = ("unit", "group", "measure", "indicator", "value")


def rate(done, with_means):
    """done / with_means in hundredths of a percent, half up; None when
    with_means is 0."""
    if with_means == 0:
        return None
    q, r = divmod(done * 10000, with_means)
    return q + (1 if 2 * r >= with_means else 0)


def rows_of(unit, report):
    """The canonical rows of one enforcement.stats.Report."""
    for g in GROUPS:
        for m in MEASURES:
            values = {row: report.get(row, m, g) for row in ROWS}
            for row in ROWS:
                yield (unit, g, m, row, values[row])
            r = rate(values["done"], values["with_means"])
            if r is not None:
                yield (unit, g, m, "rate", r)


def write(path, reports, units):
    """Writes the rows of reports[unit] for each unit, in that order."""
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for u in units:
            w.writerows(rows_of(u, reports[u]))


def read(path):
    """{(unit, group, measure, indicator): value} of a result file."""
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        if tuple(next(r, ())) != HEADER:
            raise ValueError("%s: not a result file (header)" % path)
        return {tuple(row[:4]): int(row[4]) for row in r}


def differences(a, b, limit=10):
    """Up to `limit` lines describing where two result dicts differ."""
    out = []
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            out.append("%s: %s != %s" % (",".join(key), a.get(key),
                                         b.get(key)))
            if len(out) >= limit:
                break
    return out
