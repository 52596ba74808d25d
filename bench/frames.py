"""Throughput of the pandas tables of a register: events and cases into
DataFrames, built column-wise from C arrays (Register.events_frame,
Register.to_frame), against the same tables built from per-row dicts
(pandas.DataFrame(Register.event_records()), the path of earlier
releases), in the same run.

    bench_gen_national --cases 300000 --out DATA_DIR
    PYTHONPATH=<build>/bindings/python/pkg /usr/bin/python3 \\
        bench/frames.py DATA_DIR [--repeat 3] [--reference-events 300000]

Loads every province directory of DATA_DIR (the generator's output) into
one register, then times, best of --repeat, events_frame() over all its
events and to_frame() over all its cases; the dict path is timed on the
first provinces holding about --reference-events events (it is slow and
its rate does not depend on the size). Prints rows per second of each and
their ratio. The goal of the column path: at least 5 million event rows a
second on one core.
"""
import argparse
import datetime
import os
import sys
import time

import pandas

from enforcement.cases import Register


def best(fn, repeat):
    """(seconds of the fastest of repeat calls, the last result)."""
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--reference-events", type=int, default=300_000)
    args = ap.parse_args(argv)
    dirs = sorted(os.path.join(args.data, d) for d in os.listdir(args.data)
                  if os.path.isdir(os.path.join(args.data, d)))
    reg = Register.load_csv_dirs(dirs, threads=1)
    events = reg.events_frame()
    n_events, n_cases = len(events), len(reg)

    secs, df = best(reg.events_frame, args.repeat)
    col_rate = n_events / secs
    case_secs, _ = best(lambda: reg.to_frame(datetime.date(2025, 9, 30)),
                        args.repeat)

    # The reference: the first provinces up to --reference-events events.
    ref_dirs, count = [], 0
    for d in dirs:
        ref_dirs.append(d)
        count += int((events["office"].str.startswith(
            os.path.basename(d) + "-")).sum())
        if count >= args.reference_events:
            break
    small = Register.load_csv_dirs(ref_dirs, threads=1)
    ref_secs, ref = best(lambda: pandas.DataFrame(small.event_records()), 1)
    ref_rate = len(ref) / ref_secs

    print("events %d cases %d" % (n_events, n_cases))
    print("events_frame            %8.3f s  %12.0f rows/s"
          % (secs, col_rate))
    print("to_frame (cases)        %8.3f s  %12.0f rows/s"
          % (case_secs, n_cases / case_secs))
    print("DataFrame(event_records) %7.3f s  %12.0f rows/s  (%d events)"
          % (ref_secs, ref_rate, len(ref)))
    print("ratio column/dict path  %8.1fx" % (col_rate / ref_rate))
    print("goal 5,000,000 event rows/s: %s"
          % ("met" if col_rate >= 5e6 else "NOT met"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
