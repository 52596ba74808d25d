#!/usr/bin/python3
"""The national report of a synthetic year with Dask (issue 9 benchmark).

Usage:
    dask_report.py DATA_DIR OUT_CSV [--workers K] [--threads-per-worker 1]
                   [--pythonpath DIR] [--compare SINGLE_CSV] [--check]
                   [--scaling]

DATA_DIR is the generator's layout (offices.csv and one directory of the
five register CSV files per province).  Each province directory is one
partition: a task loads it with the enforcement bindings and returns its
report as bytes (Report.to_bytes); the partial reports are merged pairwise
in a tree on the cluster (from_bytes + merge + to_bytes) into the national
report "VN".  The canonical result file of bench_spec.md is written to
OUT_CSV: unit,group,measure,indicator,value for every province of
offices.csv and VN, 15 indicator rows and `rate` (exact integer
arithmetic, no row when with_means is 0).

--workers K runs a distributed.LocalCluster of K worker processes (one
thread each); --workers 0 is the same computation in this process without
Dask (the reference the Dask result is checked against with --check).
--scaling runs K=1 and K=2 on separate clusters (and the single-process
path), in --rounds alternated rounds (3) each timed by its best, checks
that all results are identical and prints the speed-up.
--compare FILE checks the result against another canonical CSV (exit 1 on
a difference).

The functions (read_units, partitions, run_single, run_dask, rows_of,
canonical_rows, write_canonical, read_canonical, diff_canonical) can be
imported by another script.  PYTHONPATH must hold the directory that
contains the `enforcement` package (<build>/bindings/python/pkg); it is
passed on to the worker processes.
"""
import argparse
import csv
import datetime
import logging
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import canonical  # noqa: E402
from canonical import GROUPS, HEADER, MEASURES, ROWS  # noqa: E402,F401

PERIOD = (datetime.date(2024, 10, 1), datetime.date(2025, 9, 30))
NATION = "VN"
REGISTER_FILES = ("cases.csv", "parties.csv", "obligations.csv",
                  "assets.csv", "events.csv")


def log(msg):
    print("dask_report: " + msg, file=sys.stderr, flush=True)


# -- environment -----------------------------------------------------------

def _package_root(path):
    """The directory holding the enforcement package for a build dir, a
    bindings dir or the package root itself."""
    for cand in (path, os.path.join(path, "pkg"),
                 os.path.join(path, "bindings", "python", "pkg")):
        if os.path.isfile(os.path.join(cand, "enforcement", "__init__.py")):
            return os.path.abspath(cand)
    return os.path.abspath(path)


def setup_pythonpath(pythonpath=None):
    """Makes `enforcement` (and this module) importable here and in the
    worker processes: puts the package's parent directory in sys.path and
    in os.environ["PYTHONPATH"], which LocalCluster's workers inherit."""
    dirs = []
    if pythonpath:
        dirs.append(_package_root(pythonpath))
        sys.path.insert(0, dirs[0])
    import enforcement  # noqa: F401  (fails early with a clear message)
    dirs.append(os.path.dirname(os.path.dirname(
        os.path.abspath(enforcement.__file__))))
    # So that workers can unpickle these functions by reference when this
    # module is imported by another script (not run as __main__).
    dirs.append(os.path.dirname(os.path.abspath(__file__)))
    old = [d for d in os.environ.get("PYTHONPATH", "").split(os.pathsep) if d]
    new = []
    for d in dirs + old:
        if d not in new:
            new.append(d)
    os.environ["PYTHONPATH"] = os.pathsep.join(new)
    return new


# -- data set --------------------------------------------------------------

def read_units(data_dir):
    """The province codes of DATA_DIR/offices.csv, sorted."""
    with open(os.path.join(data_dir, "offices.csv"), newline="",
              encoding="utf-8") as f:
        return sorted({r["province"] for r in csv.DictReader(f)})


def partitions(data_dir):
    """(province, directory) of each province directory of DATA_DIR, the
    largest first (so that the longest tasks start first)."""
    out = []
    for name in sorted(os.listdir(data_dir)):
        path = os.path.join(data_dir, name)
        if os.path.isfile(os.path.join(path, "cases.csv")):
            out.append((name, path))

    def size(p):
        return sum(os.path.getsize(os.path.join(p[1], f))
                   for f in REGISTER_FILES
                   if os.path.exists(os.path.join(p[1], f)))
    out.sort(key=size, reverse=True)
    return out


# -- tasks (plain functions; run on the workers) ---------------------------

def province_report(unit, path, period=PERIOD):
    """The report of one province directory, serialized."""
    import enforcement
    reg = enforcement.Register.load_csv_dir(path)
    rep = enforcement.Report(unit, period)
    rep.add_register(reg)
    return rep.to_bytes()


def empty_report(unit, period=PERIOD):
    import enforcement
    return enforcement.Report(unit, period).to_bytes()


def merge_bytes(a, b):
    """a + b (keeps a's unit), serialized."""
    import enforcement
    rep = enforcement.Report.from_bytes(a)
    rep.merge(enforcement.Report.from_bytes(b))
    return rep.to_bytes()


def _warm():
    """Imports the bindings on a worker (part of the start-up time)."""
    import enforcement
    return enforcement.__file__


# -- engines ---------------------------------------------------------------

def _complete(reports, units, period):
    """Report objects for every unit of `units` and VN (empty reports for
    provinces without data)."""
    import enforcement
    out = {}
    for u in units:
        rep = reports.get(u)
        out[u] = rep if rep is not None else enforcement.Report(u, period)
    for u in reports:
        if u not in out:
            log("warning: province directory %s is not in offices.csv" % u)
            out[u] = reports[u]
    return out


def run_single(data_dir, units=None, period=PERIOD):
    """K = 0: load every province in this process, report, merge.  Returns
    ({unit: Report}, timings)."""
    import enforcement
    if units is None:
        units = read_units(data_dir)
    t0 = time.perf_counter()
    parts = {u: province_report(u, p, period)
             for u, p in partitions(data_dir)}
    national = empty_report(NATION, period)
    for u in sorted(parts):
        national = merge_bytes(national, parts[u])
    reports = {u: enforcement.Report.from_bytes(b) for u, b in parts.items()}
    out = _complete(reports, units, period)
    out[NATION] = enforcement.Report.from_bytes(national)
    t1 = time.perf_counter()
    return out, {"workers": 0, "startup": 0.0, "compute": t1 - t0}


def start_cluster(workers, threads_per_worker=1):
    """A LocalCluster of worker processes, quiet; the workers have imported
    enforcement when this returns.  Its HTTP server takes any free port
    (":0"): the scaling keeps two clusters up at once, and the default port
    can serve only one."""
    from distributed import Client, LocalCluster
    cluster = LocalCluster(n_workers=workers,
                           threads_per_worker=threads_per_worker,
                           processes=True, dashboard_address=":0",
                           silence_logs=logging.ERROR)
    client = Client(cluster)
    client.wait_for_workers(workers)
    client.run(_warm)
    return cluster, client


def tree_merge(client, futures):
    """Merges futures of serialized reports pairwise, level by level, on
    the cluster; returns the future of the whole (the leftmost unit)."""
    level = list(futures)
    while len(level) > 1:
        nxt = [client.submit(merge_bytes, level[i], level[i + 1],
                             pure=False)
               for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]


def dask_reports(client, data_dir, units=None, period=PERIOD):
    """The reports computed on a running cluster: ({unit: Report})."""
    import enforcement
    if units is None:
        units = read_units(data_dir)
    parts = partitions(data_dir)
    n = len(parts)
    leaves = [client.submit(province_report, u, p, period, pure=False,
                            priority=n - i)
              for i, (u, p) in enumerate(parts)]
    # The empty VN report is the leftmost leaf, so the root keeps unit VN.
    root = tree_merge(client,
                      [client.submit(empty_report, NATION, period,
                                     pure=False)] + leaves)
    results = client.gather(leaves + [root])
    reports = {u: enforcement.Report.from_bytes(b)
               for (u, _), b in zip(parts, results[:-1])}
    out = _complete(reports, units, period)
    out[NATION] = enforcement.Report.from_bytes(results[-1])
    return out


def run_dask(data_dir, workers, threads_per_worker=1, units=None,
             period=PERIOD):
    """The reports with Dask on a fresh LocalCluster of `workers` worker
    processes.  Returns ({unit: Report}, timings)."""
    t0 = time.perf_counter()
    cluster, client = start_cluster(workers, threads_per_worker)
    try:
        t1 = time.perf_counter()
        out = dask_reports(client, data_dir, units, period)
        t2 = time.perf_counter()
    finally:
        client.close()
        cluster.close()
    t3 = time.perf_counter()
    return out, {"workers": workers, "startup": t1 - t0,
                 "compute": t2 - t1, "shutdown": t3 - t2}


def scaling(data_dir, units, threads_per_worker=1, rounds=3):
    """The single process and clusters of 1 and 2 workers, each timed
    `rounds` times in turn, by their best: {k: (canonical dict, timings,
    reports)}.  Both clusters are started first and kept; a round computes
    on each in turn, so that a slow spell of a shared machine falls on all
    three rather than on one."""
    clusters, runs = {}, {}
    try:
        for k in (1, 2):
            t0 = time.perf_counter()
            clusters[k] = start_cluster(k, threads_per_worker)
            clusters[k] += (time.perf_counter() - t0,)
        for _ in range(max(rounds, 1)):
            for k in (0, 1, 2):
                t1 = time.perf_counter()
                if k == 0:
                    reports, t = run_single(data_dir, units)
                else:
                    reports = dask_reports(clusters[k][1], data_dir, units)
                    t = {"workers": k, "startup": clusters[k][2],
                         "compute": time.perf_counter() - t1,
                         "shutdown": 0.0}
                log(_timing_line(t))
                if k not in runs or t["compute"] < runs[k][1]["compute"]:
                    runs[k] = (as_dict(canonical_rows(reports, units)), t,
                               reports)
    finally:
        for cluster, client, _ in clusters.values():
            client.close()
            cluster.close()
    return runs


def run(data_dir, workers, threads_per_worker=1, units=None):
    if workers == 0:
        return run_single(data_dir, units)
    return run_dask(data_dir, workers, threads_per_worker, units)


# -- the canonical file (bench/canonical.py) -------------------------------

def rate_of(done, with_means):
    """done / with_means in hundredths of a percent, rounded half up; None
    when with_means is 0."""
    return canonical.rate(done, with_means)


def rows_of(report, unit=None):
    """(unit, group, measure, indicator, value) rows of one report: the 15
    indicator rows and `rate` when with_means is not 0."""
    return list(canonical.rows_of(unit or report.unit, report))


def canonical_rows(reports_by_unit, units):
    """The rows of `units` (a unit without a report gets zero rows) and
    VN."""
    units = list(units)
    if NATION not in units:
        units.append(NATION)
    out = []
    for u in units:
        rep = reports_by_unit.get(u)
        if rep is None:
            out.extend((u, g, m, row, 0) for g in GROUPS for m in MEASURES
                       for row in ROWS)
        else:
            out.extend(rows_of(rep, u))
    return out


def write_canonical(path, reports_by_unit, units):
    """Writes the canonical CSV (header unit,group,measure,indicator,value)
    and returns its rows."""
    rows = canonical_rows(reports_by_unit, units)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    return rows


def as_dict(rows):
    return {tuple(r[:4]): int(r[4]) for r in rows}


def read_canonical(path):
    """{(unit, group, measure, indicator): value} of a canonical CSV."""
    return canonical.read(path)


def diff_canonical(a, b, limit=10):
    """The first differences between two canonical dicts, as text lines."""
    out = canonical.differences(a, b, limit)
    if out:
        keys = set(a) | set(b)
        out.append("(%d keys vs %d keys; %d differ)"
                   % (len(a), len(b),
                      sum(1 for k in keys if a.get(k) != b.get(k))))
    return out


# -- command line ----------------------------------------------------------

def _timing_line(t):
    if t["workers"] == 0:
        return "single process: compute %.2f s" % t["compute"]
    return ("dask workers=%d: start-up %.2f s, compute %.2f s, "
            "shutdown %.2f s" % (t["workers"], t["startup"], t["compute"],
                                 t["shutdown"]))


def _check_equal(name_a, a, name_b, b):
    d = diff_canonical(a, b)
    if d:
        log("MISMATCH %s vs %s:" % (name_a, name_b))
        for line in d:
            log("  " + line)
        return False
    return True


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data_dir")
    ap.add_argument("out_csv")
    ap.add_argument("--workers", type=int, default=2,
                    help="worker processes; 0 = single process, no Dask")
    ap.add_argument("--threads-per-worker", type=int, default=1)
    ap.add_argument("--pythonpath",
                    help="directory of the enforcement package (or the "
                    "build dir)")
    ap.add_argument("--compare", metavar="SINGLE_CSV",
                    help="check the result equals this canonical CSV")
    ap.add_argument("--check", action="store_true",
                    help="also compute single-process and assert equality")
    ap.add_argument("--scaling", action="store_true",
                    help="run K=1 and K=2 (and single-process), check "
                    "they agree and print the speed-up")
    ap.add_argument("--rounds", type=int, default=3,
                    help="with --scaling: rounds of the three, alternated, "
                    "each timed by its best (default 3)")
    args = ap.parse_args(argv)

    t_start = time.perf_counter()
    setup_pythonpath(args.pythonpath)
    units = read_units(args.data_dir)
    ok = True

    if args.scaling:
        runs = scaling(args.data_dir, units, args.threads_per_worker,
                       args.rounds)
        ok = (_check_equal("workers=1", runs[1][0], "single", runs[0][0])
              and _check_equal("workers=2", runs[2][0], "single",
                               runs[0][0]))
        reports, timing = runs[2][2], runs[2][1]
        c0, c1, c2 = (runs[k][1]["compute"] for k in (0, 1, 2))
        print("dask workers=1 compute %.2f s; workers=2 compute %.2f s; "
              "speed-up %.2fx (single process %.2f s; start-up %.2f s / "
              "%.2f s; best of %d alternated rounds)%s"
              % (c1, c2, c1 / c2, c0, runs[1][1]["startup"],
                 runs[2][1]["startup"], args.rounds,
                 "" if ok else "; RESULTS DIFFER"),
              flush=True)
    else:
        reports, timing = run(args.data_dir, args.workers,
                              args.threads_per_worker, units)
        if args.check and args.workers != 0:
            single, t0 = run_single(args.data_dir, units)
            log(_timing_line(t0))
            ok = _check_equal("workers=%d" % args.workers,
                              as_dict(canonical_rows(reports, units)),
                              "single", as_dict(canonical_rows(single,
                                                               units)))

    t_w = time.perf_counter()
    rows = write_canonical(args.out_csv, reports, units)
    t_end = time.perf_counter()
    if not args.scaling:
        print("%s; write %.2f s; total %.2f s (%d rows)"
              % (_timing_line(timing), t_end - t_w, t_end - t_start,
                 len(rows)), file=sys.stderr, flush=True)

    if args.compare:
        if _check_equal("result", as_dict(rows), args.compare,
                        read_canonical(args.compare)):
            log("equal to %s" % args.compare)
        else:
            ok = False
    if args.check or args.scaling:
        log("check against single process: %s" % ("ok" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
