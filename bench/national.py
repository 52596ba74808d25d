"""The national indicator table of a synthetic year through the Python
bindings: the "enforcement (Python)" line of bench/run.py, the same steps
as bench/national.c.

    PYTHONPATH=<build>/bindings/python/pkg /usr/bin/python3 \\
        bench/national.py DATA_DIR OUT_CSV [--threads N]

Builds the organisation tree from offices.csv, loads every province
directory into one register (Register.load_csv_dirs), counts every office
in one pass (Report.by_office), rolls offices up to provinces and the
nation (Org.rollup) and writes the canonical result CSV (canonical.py).
Prints "load_s ... aggregate_s ... total_s ..." like the C program.
"""
import argparse
import csv
import datetime
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import canonical  # noqa: E402
from enforcement.cases import Register  # noqa: E402
from enforcement.stats import Org, Report  # noqa: E402

YEAR = (datetime.date(2024, 10, 1), datetime.date(2025, 9, 30))
FOUNDED = datetime.date(2025, 7, 1)


def read_offices(data_dir):
    """(offices as (code, province), provinces as {code: name}) in file
    order."""
    offices, provinces = [], {}
    with open(os.path.join(data_dir, "offices.csv"), newline="",
              encoding="utf-8") as f:
        for row in csv.DictReader(f):
            offices.append((row["office"], row["province"]))
            provinces.setdefault(row["province"], row["province_name"])
    return offices, provinces


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data_dir")
    ap.add_argument("out_csv")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args(argv)

    t0 = time.monotonic()
    offices, provinces = read_offices(args.data_dir)
    org = Org()
    org.create("VN", "Việt Nam", None, FOUNDED)
    for code, name in provinces.items():
        org.create(code, name, "VN", FOUNDED)
    for code, province in offices:
        org.create(code, code, province, FOUNDED)

    dirs = [os.path.join(args.data_dir, p) for p in provinces
            if os.path.exists(os.path.join(args.data_dir, p, "cases.csv"))]
    t1 = time.monotonic()
    reg = Register.load_csv_dirs(dirs, args.threads)
    t2 = time.monotonic()
    by_office = Report.by_office(reg, YEAR)
    t3 = time.monotonic()
    units = list(provinces) + ["VN"]
    reports = {u: org.rollup(u, YEAR[1], by_office) for u in units}
    canonical.write(args.out_csv, reports, units)
    t4 = time.monotonic()
    print("cases %d load_s %.3f aggregate_s %.3f rollup_write_s %.3f "
          "total_s %.3f" % (len(reg), t2 - t1, t3 - t2, t4 - t3, t4 - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
