#!/bin/sh
# The SQLite extension through the sqlite3 command: each function's value
# against the law, the articles or a hand calculation; NULL in, NULL out;
# bad input an SQL error carrying the library's message.
#   check_sqlite.sh EXTENSION [ENFORCEMENT SOURCE_DIR]
# EXTENSION is the path of libenforcement_sqlite.so; with the enforcement
# command and the source tree, it also runs examples/sql/province_report.sql
# on the sample's offices as the command writes them (JSON) and checks the
# province's figures against the command's own total.
set -u
ext=$(cd "$(dirname "$1")" && pwd)/$(basename "${1%.so}")
fail=0
q() { sqlite3 -batch :memory: ".load $ext" "$1" 2>&1; }
expect() { # sql expected
	got=$(q "$1")
	if [ "$got" != "$2" ]; then
		echo "FAIL: $1"
		echo "  expected: $2"
		echo "  got:      $got"
		fail=1
	fi
}
refuse() { # sql words-of-the-message
	got=$(q "$1")
	case $got in
	*"$2"*) ;;
	*) echo "FAIL: $1 should fail with '$2', got: $got"; fail=1 ;;
	esac
}
# Lạng Sơn, first six months of 2025: 2,244 of 3,567 cases = 62.91%,
# 21.14 points short of 84.05%; 3,567 the only count behind 62.91%.
expect "select enf_rate_text(2244, 3567)" "62.91%"
expect "select enf_rate_text(2244, 3567, 'vi')" "62,91%"
expect "select enf_rate(2244, 3567)" "6291"
expect "select enf_rate(1, 3, 3)" "33333"
expect "select enf_points(6291, 8405)" "-2114"
expect "select enf_denominators_min(2244, 6291), enf_denominators_max(2244, 6291)" "3567|3567"
# Sóc Trăng, Mỹ Xuyên: 600 done at a published 75.66% fits 793 cases only.
expect "select enf_denominators_min(600, 7566)" "793"
# (2244 - 2103) / 2103 = 6.70%.
expect "select enf_growth(2244, 2103)" "670"
# Circular 216/2016: 3% of 50,000,000 VND.
expect "select enf_fee(50000000, '2025-09-15')" "1500000"
# 15-29 Sep 2025 holds 11 working days; 10 after 15 Sep ends on 29 Sep.
expect "select enf_workdays('2025-09-15', '2025-09-29')" "11"
expect "select enf_add_workdays('2025-09-15', 10)" "2025-09-29"
# Civil Code Art 148: a month after 31 January ends on 28 February.
expect "select enf_period_end('2025-01-31', 1, 'months')" "2025-02-28"
# Tết 2026 is 17 February; it is lunar 2026-01-01.
expect "select enf_tet(2026), enf_lunar('2026-02-17')" "2026-02-17|2026-01-01"
# Civil Code Art 468(2): 10%/year on 100,000,000 VND for 2025 (365 days)
# is 10,000,000; for January (31 days) 100,000,000 x 10% x 31 / 365 =
# 849,315.07, rounded 849,315. An agreed 15% runs; an agreed 25% is capped
# at 20% (Art 468(1)).
expect "select enf_interest(100000000, '2025-01-01', '2025-12-31')" "10000000"
expect "select enf_interest(100000000, '2025-01-01', '2025-01-31')" "849315"
expect "select enf_interest(100000000, '2025-01-01', '2025-12-31', 150000)" "15000000"
expect "select enf_interest(100000000, '2025-01-01', '2025-12-31', 250000)" "20000000"
expect "select enf_interest(100, NULL, '2025-01-31') is null" "1"
expect "select enf_rate(NULL, 3) is null, enf_fee(1, NULL) is null" "1|1"
refuse "select enf_rate(1, 0)" "with_means is 0"
refuse "select enf_rate(5, 3)" "stats_rate"
refuse "select enf_rate(1.5, 3)" "enf_rate: done is '1.5'; expected an integer"
refuse "select enf_rate(1, 3, 9)" "precision is out of 0..6"
refuse "select enf_rate_text(1, 3, 'fr')" "locale is not 'vi' or 'en'"
refuse "select enf_fee(1, '15/09/2025')" "date is '15/09/2025'; expected a date YYYY-MM-DD"
refuse "select enf_period_end('2025-01-31', 1, 'fortnights')" "unit is not days"
refuse "select enf_tet(1800)" "year is out of 1900..2100"
refuse "select enf_workdays('2025-09-15', 'tomorrow')" "to is 'tomorrow'"
refuse "select enf_interest(100, '2025-02-01', '2025-01-31')" "2025-01-31"
refuse "select enf_interest(-1, '2025-01-01', '2025-01-31')" "principal"
refuse "select enf_interest(100, '2025-01-01', '2025-01-31', -5)" "rate_ppm is negative"
refuse "select enf_interest(100, '2025-01-01', '2025-01-31', '10%')" "rate_ppm is '10%'"
if [ $# -ge 3 ]; then
	tmp=$(mktemp -d)
	# The province of the sample, first half of 2025 (examples/
	# province_report prints the same 40.10% and 34.75%): 389 of 970 cases
	# with means done, 43.80 points short of the national 83.90%; the
	# command's total column gives the same rates.
	"$2" report "$3/examples/data/sample" --period 2025-H1 --no-total \
		--format json >"$tmp/offices.json" || fail=1
	got=$(cd "$tmp" && sqlite3 -batch :memory: ".load $ext" \
		".read $3/examples/sql/province_report.sql" | tail -1)
	want="Province|970|389|40.10%|-4380|1969323260994|684307823725|34.75%"
	if [ "$got" != "$want" ]; then
		echo "FAIL: examples/sql/province_report.sql"
		echo "  expected: $want"
		echo "  got:      $got"
		fail=1
	fi
	total=$("$2" report "$3/examples/data/sample" --period 2025-H1 \
		--format csv | grep '^Completion rate by' | cut -d, -f14,15 | tr -d '\r' | tr '\n' ' ')
	if [ "$total" != "40.10%, ,34.75% " ]; then
		echo "FAIL: the command's total rates are '$total'"
		fail=1
	fi
	rm -rf "$tmp"
fi
[ "$fail" -eq 0 ] && echo "sqlite extension: all checks passed"
exit "$fail"
