"""The national indicator table of a statistical year computed by SQLite:
a reference engine of the national-year benchmark (bench/run.py).

Usage: /usr/bin/python3 bench/engines/sqlite_report.py DATA_DIR OUT_CSV

DATA_DIR holds offices.csv and one directory per province with the
register's CSV files; OUT_CSV receives the canonical result file
(unit,group,measure,indicator,value).

This wrapper does no data work: it writes a script for the sqlite3
command-line shell (/usr/bin/sqlite3, an in-memory database) that creates
typed tables, imports offices.csv and every province's cases.csv,
obligations.csv and events.csv with `.import --csv --skip 1` (parties.csv
and assets.csv are not needed for the table), opens OUT_CSV with
`.output` and reads report_sqlite.sql (beside this file), which holds
the rules and computes and writes the table; then runs the shell on it
with `.bail on`, so any error stops it with a non-zero status.
"""
import os
import subprocess
import sys

SQLITE = "/usr/bin/sqlite3"
HERE = os.path.dirname(os.path.abspath(__file__))

# STRICT tables: INTEGER columns hold exact 64-bit integers and a field
# that is not one stops the import; TEXT for the rest, ISO dates included
# (an empty field is ''; the creditor and asset columns, which may be
# empty, are TEXT: they are not used).
SCHEMA = """
CREATE TABLE offices (office TEXT, province TEXT, province_name TEXT) STRICT;
CREATE TABLE cases (office TEXT, decision_no TEXT, decision_date TEXT,
	mode TEXT, court TEXT, judgment_no TEXT, judgment_effective TEXT,
	judgment_kind TEXT, flags TEXT) STRICT;
CREATE TABLE obligations (office TEXT, decision_no TEXT, idx INTEGER,
	kind TEXT, amount INTEGER, debtor INTEGER, creditor TEXT,
	joint INTEGER) STRICT;
CREATE TABLE events (office TEXT, decision_no TEXT, seq INTEGER, date TEXT,
	kind TEXT, detail INTEGER, amount INTEGER, asset TEXT) STRICT;
"""

TABLES = ("cases", "obligations", "events")


def die(msg):
    sys.stderr.write("sqlite_report: %s\n" % msg)
    sys.exit(1)


def arg(path):
    """A file name as an argument of a dot-command of the shell."""
    if "'" in path or "\n" in path:
        die("%r: cannot pass a file name with a quote to sqlite3" % path)
    return "'%s'" % path


def script(data, out):
    lines = [".bail on",
             ".output /dev/null",
             "PRAGMA journal_mode = OFF;",
             "PRAGMA synchronous = OFF;",
             "PRAGMA temp_store = MEMORY;",
             SCHEMA,
             ".import --csv --skip 1 %s offices"
             % arg(os.path.join(data, "offices.csv"))]
    provinces = sorted(d for d in os.listdir(data)
                       if os.path.isfile(os.path.join(data, d, "cases.csv")))
    if not provinces:
        die("%s: no province directory with a cases.csv" % data)
    for p in provinces:
        for t in TABLES:
            f = os.path.join(data, p, t + ".csv")
            if not os.path.isfile(f):
                die("%s: missing" % f)
            lines.append(".import --csv --skip 1 %s %s" % (arg(f), t))
    lines += [".output %s" % arg(out),
              ".read %s" % arg(os.path.join(HERE, "report_sqlite.sql"))]
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) != 3:
        die("usage: sqlite_report.py DATA_DIR OUT_CSV")
    data, out = argv[1], argv[2]
    if not os.path.isdir(data):
        die("%s: not a directory" % data)
    if not os.path.isfile(os.path.join(data, "offices.csv")):
        die("%s: no offices.csv (not a national data set)" % data)
    r = subprocess.run([SQLITE, ":memory:"], input=script(data, out),
                       text=True, stderr=subprocess.PIPE)
    if r.returncode != 0 or r.stderr:
        if os.path.exists(out):
            os.remove(out)
        die("sqlite3 failed (status %d): %s"
            % (r.returncode, r.stderr.strip()))


if __name__ == "__main__":
    main(sys.argv)
