#!/bin/sh
# The enforcement command: every subcommand's success (values from the
# law, the articles, the sample or a hand calculation) and bad input (the
# exit code and the words of the message), and the issue's two commands
# (the sample's report as Markdown, and as JSON valid against its schema).
#   check_cli.sh ENFORCEMENT SOURCE_DIR
set -u
E=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
src=$2
S=$src/examples/data/sample
tmp=$(mktemp -d)
# No trap: dash keeps a trap's text to its exit, which valgrind (that runs
# this script, scripts/valgrind.sh) reports as a leak; cleaned at the end.
fail=0
run() {
	"$E" "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
}
# valid FORM FILE: FILE is valid against docs/schemas/FORM.schema.json.
valid() {
	if ! python3 -c 'import jsonschema' 2>/dev/null; then
		echo "FAIL: python3-jsonschema is missing"
		fail=1
		return
	fi
	python3 - "$src/docs/schemas/$1.schema.json" "$2" <<'PY' || {
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.validators.validator_for(schema).check_schema(schema)
jsonschema.validate(json.load(open(sys.argv[2])), schema)
PY
		echo "FAIL: $2 is not valid against $1.schema.json"
		fail=1
	}
}
# ok WORDS ARGS...: exit 0 and WORDS in stdout.
ok() {
	want=$1
	shift
	run "$@"
	if [ $rc -ne 0 ] || ! grep -qF -- "$want" "$tmp/out"; then
		echo "FAIL: enforcement $* (exit $rc) should print '$want'"
		head -c 400 "$tmp/out" "$tmp/err"
		fail=1
	fi
}
# bad CODE WORDS ARGS...: exit CODE and WORDS in stderr.
bad() {
	code=$1
	want=$2
	shift 2
	run "$@"
	if [ $rc -ne "$code" ] || ! grep -qF -- "$want" "$tmp/err"; then
		echo "FAIL: enforcement $* should exit $code with '$want'"
		echo "  got exit $rc: $(head -c 300 "$tmp/err")"
		fail=1
	fi
}

# The command and its help.
bad 2 "usage: enforcement COMMAND"
bad 2 "unknown command 'bogus'" bogus
ok "Exit codes: 0 ok" --help
ok "enforcement " --version
for c in report validate case worklist check auction fee interest rules calendar; do
	ok "usage: enforcement $c" "$c" --help
done
bad 2 "unknown option --bogus" fee --bogus
bad 2 "--amount needs a value" fee --date 2025-01-01 --amount

# report: the issue's first command; every office of the data, the total.
ok "| Total |" report "$S" --period 2025 --by office --format markdown
for o in LS-BG LS-CUC LS-HL LS-LB LS-TP LS-VL; do
	grep -qF "| $o cases | $o money |" "$tmp/out" || { echo "FAIL: report lacks $o"; fail=1; }
done
# LS-BG, year 2025: 146 done of 265 with means = 55.09% (hand: 146/265 =
# 0.550943), 28.81 points short of the national target of 83.90%.
grep -qF "| Completion rate by cases | 55.09% |" "$tmp/out" &&
	grep -qF "| Gap to target (points) | -28.81 |" "$tmp/out" ||
	{ echo "FAIL: LS-BG rate and gap"; fail=1; }
# Growth of done: 146 cases in 2025 against 100 in 2024 is +46.00%.
grep -qF "| Growth of done | +46.00% |" "$tmp/out" ||
	{ echo "FAIL: LS-BG growth"; fail=1; }
ok '"schema": "enforcement-table/1"' report "$S" --period 2025 --by office --format json
cp "$tmp/out" "$tmp/report.json"
python3 -m json.tool "$tmp/report.json" >/dev/null ||
	{ echo "FAIL: report JSON does not parse"; fail=1; }
valid table "$tmp/report.json"
ok "Indicator,LS-BG cases" report "$S" --period 2025-H1 --format csv
ok "Chỉ tiêu;Tổng việc;Tổng tiền" report "$S" --period 2025-03 --by nation --format csv-excel
head -c 3 "$tmp/out" | od -An -tx1 | grep -q "ef bb bf" ||
	{ echo "FAIL: csv-excel without a byte-order mark"; fail=1; }
# Provinces from the sample's offices.csv; from --org; from the code.
ok "Indicator;Lạng Sơn cases" report "$S" --period 2024-10-01..2025-03-31 --by province --format csv --separator ";"
printf 'office,province,province_name\nLS-CUC,N,North\nLS-TP,N,North\nLS-HL,N,North\nLS-LB,S,South\nLS-VL,S,South\nLS-BG,S,South\n' >"$tmp/org.csv"
ok "Indicator,North cases,North money,South cases,South money,Total cases" report "$S" --period 2025 --by province --org "$tmp/org.csv" --format csv
mkdir "$tmp/noorg"
for f in cases parties obligations assets events; do ln -s "$(cd "$S" && pwd)/$f.csv" "$tmp/noorg/$f.csv"; done
ok "Indicator,LS cases,LS money" report "$tmp/noorg" --period 2025 --by province --format csv
head -3 "$tmp/org.csv" >"$tmp/org-short.csv"
bad 1 "$tmp/org-short.csv: office 'LS-BG' of the register is not in the file" report "$S" --period 2025 --by province --org "$tmp/org-short.csv"
printf 'office,province\nLS-TP,A\nLS-TP,B\n' >"$tmp/org-twice.csv"
bad 1 "--org: $tmp/org-twice.csv: io_org_from_csv: offices.csv:3: office: " report "$S" --period 2025 --by province --org "$tmp/org-twice.csv"
ok "Tổng việc" report "$S" --period 2025 --locale vi
ok "<svg" report "$S" --period 2025-H2 --format svg --measure money
python3 -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$tmp/out" ||
	{ echo "FAIL: the chart is not well-formed XML"; fail=1; }
# The target named in the legend, with the Vietnamese decimal comma.
ok "Chỉ tiêu 83,90%" report "$S" --period 2025 --format svg --locale vi
ok "<!DOCTYPE html>" report "$S" --period 2025 --format html --title "Lạng Sơn <sample>"
grep -qF "Lạng Sơn &lt;sample&gt;" "$tmp/out" || { echo "FAIL: html title not escaped"; fail=1; }
if grep -qiE "<script|src=|href=" "$tmp/out"; then echo "FAIL: html not self-contained"; fail=1; fi
# Lạng Sơn's own targets for 2025 (84.05 / 52.00) from an overrides file.
cat >"$tmp/targets.rules" <<'R'
VN.target.cases 2024-10-01 2025-09-30 8405 cite "Lạng Sơn, 2025"
VN.target.money 2024-10-01 2025-09-30 5200
R
ok "| Target | 84.05% | 52.00% |" report "$S" --period 2025 --targets "$tmp/targets.rules"
grep -qF "| Gap to target (points) | -28.96 | +2.07 |" "$tmp/out" ||
	{ echo "FAIL: gap to the overridden target"; fail=1; }
bad 2 "--period is required" report "$S"
bad 2 "missing argument" report --period 2025
bad 1 "--period: '2025-13' is not a period" report "$S" --period 2025-13
bad 1 "--period: '2025-02-30' is not a date" report "$S" --period 2025-02-30..2025-03-31
bad 1 "--period: '2025-04-01..2025-03-01' ends before it starts" report "$S" --period 2025-04-01..2025-03-01
bad 1 "--by: 'county' is not one of office, province, nation" report "$S" --period 2025 --by county
bad 1 "--format: 'pdf' is not one of" report "$S" --period 2025 --format pdf
bad 1 "--locale: 'fr' is not one of en, vi" report "$S" --period 2025 --locale fr
bad 1 "--separator: '|' is not ',' or ';'" report "$S" --period 2025 --format csv --separator "|"
bad 1 "$tmp/none" report "$tmp/none" --period 2025
bad 1 "--targets: cannot read" report "$S" --period 2025 --targets "$tmp/none.rules"
echo "VN.target.cases 2024-10-01 none 120%" >"$tmp/bad.rules"
bad 1 "--targets: $tmp/bad.rules: rulebook_override: line 1: value" report "$S" --period 2025 --targets "$tmp/bad.rules"

# validate: the sample is clean; a broken copy lists its problems.
ok "no problems" validate "$S"
mkdir "$tmp/broken"
sed -e '2s/2024-05-06/2024-05-36/' -e '3s/,request,/,begging,/' "$S/cases.csv" >"$tmp/broken/cases.csv"
bad 1 "2 problems" validate "$tmp/broken"
grep -qF 'cases.csv:2: decision_date: "2024-05-36"' "$tmp/out" &&
	grep -qF 'cases.csv:3: mode' "$tmp/out" ||
	{ echo "FAIL: validate messages"; cat "$tmp/out"; fail=1; }
bad 1 "2 problems" validate "$tmp/broken" --format json
grep -qF '"field": "decision_date"' "$tmp/out" || { echo "FAIL: validate JSON"; fail=1; }
bad 1 "--limit: 0 is out of 1..100000" validate "$S" --limit 0
bad 1 "1 problem" validate "$tmp/none"
grep -qF "cases.csv" "$tmp/out" || { echo "FAIL: validate of a missing directory"; fail=1; }
bad 2 "missing argument" validate

# case: LS-TP 1/QĐ-THADS, classified without means on 2025-01-02 (events.csv).
ok "Status on 2025-03-31: without_means since 2025-01-02" case "$S" LS-TP "1/QĐ-THADS" --as-of 2025-03-31
ok '"schema": "enforcement-case/2"' case "$S" LS-TP "1/QĐ-THADS" --as-of 2025-03-31 --format json
grep -qF '"state": "without_means"' "$tmp/out" || { echo "FAIL: case JSON state"; fail=1; }
cp "$tmp/out" "$tmp/case.json"
valid case "$tmp/case.json"
bad 1 "OFFICE NO: no case LS-TP 99999/QĐ-THADS" case "$S" LS-TP "99999/QĐ-THADS"
bad 1 "--as-of: '31/03/2025' is not a date; expected YYYY-MM-DD" case "$S" LS-TP "1/QĐ-THADS" --as-of 31/03/2025
bad 2 "missing arguments" case "$S" LS-TP
# case with a correction: the verification of 31/12/2024 was on the 30th,
# replaced on 2025-01-05 (corrections.csv); as known on 2025-01-04 the
# history has no correction yet.
cp -r "$S" "$tmp/corr"
sed 's|^LS-TP,1/QĐ-THADS,3,2024-12-31,verified,0,0,$|LS-TP,1/QĐ-THADS,3,2024-12-30,verified,0,0,|' \
	"$S/events.csv" >"$tmp/corr/events.csv"
printf '%s\n%s\n' \
	'office,decision_no,index,kind,recorded,reason,author,target,event_kind,event_date,was_event_kind,was_event_date' \
	'LS-TP,1/QĐ-THADS,0,replace,2025-01-05,verified on the 30th,cv07,3,verified,2024-12-30,verified,2024-12-31' \
	>"$tmp/corr/corrections.csv"
ok "replaced on 2025-01-05 by cv07: verified on the 30th" case "$tmp/corr" LS-TP "1/QĐ-THADS" --as-of 2025-03-31
grep -qF "now: verified  2024-12-30" "$tmp/out" || { echo "FAIL: case history replacement"; fail=1; }
ok "seq 3  verified  2024-12-31" case "$tmp/corr" LS-TP "1/QĐ-THADS" --as-of 2025-03-31 --known 2025-01-04
grep -qF "replaced on" "$tmp/out" && { echo "FAIL: case --known shows a later correction"; fail=1; }
ok '"corrections": [' case "$tmp/corr" LS-TP "1/QĐ-THADS" --as-of 2025-03-31 --format json
cp "$tmp/out" "$tmp/case-corr.json"
valid case "$tmp/case-corr.json"
bad 1 "--known: '2025-02-30' is not a date" case "$tmp/corr" LS-TP "1/QĐ-THADS" --known 2025-02-30
printf '%s\n%s\n' 'office,decision_no,index,kind,recorded,reason' \
	'LS-TP,1/QĐ-THADS,0,retract,2025-01-05,x' >"$tmp/corr/corrections.csv"
bad 1 "corrections.csv:2: kind: \"retract\" is not a correction" case "$tmp/corr" LS-TP "1/QĐ-THADS"

# worklist
ok "separate_book" worklist "$S" --as-of 2025-03-31 --until 2025-04-07
ok '"schema": "enforcement-worklist/1"' worklist "$S" --as-of 2025-03-31 --until 2025-04-07 --office LS-TP --format json
grep -qF '"office": "LS-TP"' "$tmp/out" || { echo "FAIL: worklist JSON office"; fail=1; }
if grep -F '"office": ' "$tmp/out" | grep -vqF '"office": "LS-TP"'; then
	echo "FAIL: worklist --office LS-TP lists another office"
	fail=1
fi
cp "$tmp/out" "$tmp/worklist.json"
valid worklist "$tmp/worklist.json"
bad 1 "--until: 2025-03-01 is before --as-of 2025-03-31" worklist "$S" --as-of 2025-03-31 --until 2025-03-01
bad 1 "--office: no case of office 'XX-1'" worklist "$S" --as-of 2025-03-31 --until 2025-04-07 --office XX-1
bad 2 "--as-of and --until are required" worklist "$S" --as-of 2025-03-31

# check: Lạng Sơn H1 2025, 2,244 done at 62.91% fits 3,567 only; Sóc
# Trăng's Mỹ Xuyên, 600 at 75.66%, 793 only; 1 done cannot give 33.00%.
ok "3567" check --done 2244 --rate 62.91
ok "793" check --done 600 --rate "75,66%"
bad 1 "--rate: no whole number gives 33.00 with 1 done" check --done 1 --rate 33.00
bad 1 "--rate: 'abc' is not a percentage" check --done 1 --rate abc
bad 1 "--rate: '0' is not above 0" check --done 1 --rate 0
bad 2 "give --done and --rate, or --identities" check --done 1
# The sample province's first half of 2025 (enforcement report ... --by
# nation): every identity holds; a total off by one fails.
cat >"$tmp/ids.csv" <<'R'
row,cases,money
carried_over,985,1565728810994
received,629,644308190000
total,1614,2210037000994
entrusted,14,2265548000
withdrawn,7,2394790000
to_enforce,1593,2205376662994
with_means,970,1969323260994
done,389,684307823725
being_enforced,417,1004695640684
postponed_agreement,52,13376443000
with_means_other,112,266943353585
without_means,584,227916252000
separate_book,39,8137150000
returned,0,0
carried_next,1204,1521068839269
R
ok "cases, total = carried_over + received: holds" check --identities "$tmp/ids.csv"
grep -q FAILS "$tmp/out" && { echo "FAIL: identities of consistent figures"; fail=1; }
sed 's/^total,1614/total,1615/' "$tmp/ids.csv" >"$tmp/ids2.csv"
bad 1 "2 identities fail" check --identities "$tmp/ids2.csv"
grep -qF "cases, total = carried_over + received: FAILS (left - right = 1)" "$tmp/out" ||
	{ echo "FAIL: the failing identity"; fail=1; }
printf 'row,cases,money\nfinished,1,2\n' >"$tmp/ids3.csv"
bad 1 "ids3.csv:2: row: 'finished' is not one of" check --identities "$tmp/ids3.csv"
printf 'row,cases,money\ndone,many,2\n' >"$tmp/ids4.csv"
bad 1 "ids4.csv:2: cases: 'many' is not an amount" check --identities "$tmp/ids4.csv"

# auction: Law 26/2008 Art 104 as amended 2014, 10% cuts, the creditor's
# option after the auction following the 2nd cut fails: 100 bn, 90 bn, 81 bn.
ok "phase offered after auction 3, 2 cuts, price 81,000,000,000 VND" auction plan --value 100000000000 --rules VN-2014 --max-rounds 3
ok "round,kind,date" auction plan --value 100000000000 --start 2024-06-03 --real-estate --max-rounds 3 --format csv
cp "$tmp/out" "$tmp/plan.csv"
ok '"steps"' auction replay "$tmp/plan.csv" --value 100000000000 --start 2024-06-03 --real-estate --format json
cp "$tmp/out" "$tmp/auction.json"
valid auction "$tmp/auction.json"
run auction replay "$tmp/plan.csv" --value 100000000000 --start 2024-06-03 --real-estate --format csv
cmp -s "$tmp/out" "$tmp/plan.csv" || { echo "FAIL: replay of a plan gives another trail"; fail=1; }
ok "<svg" auction plan --value 5000000000 --rules VN-2026 --cut 5 --max-rounds 4 --format svg
bad 1 "--value: must be above 0" auction plan --value 0
bad 1 "--value: 'lots' is not an amount" auction plan --value lots
bad 1 "--rules: " auction plan --value 1000 --rules XX-1999
bad 1 "--cut: '120' is above 100%" auction plan --value 1000 --cut 120
sed 's/^2,cut,2024-06-17,90000000000,90000000000,90000000000,/2,cut,2024-06-17,80000000000,80000000000,80000000000,/' "$tmp/plan.csv" >"$tmp/plan2.csv"
bad 1 "plan2.csv: " auction replay "$tmp/plan2.csv" --value 100000000000 --start 2024-06-03 --real-estate
bad 1 "FILE: cannot read" auction replay "$tmp/none.csv" --value 1000
bad 2 "expected plan or replay FILE" auction sell --value 1000
bad 2 "missing argument" auction

# fee: Circular 216/2016, 3% of 50,000,000 VND received in 2025.
ok "1500000" fee --amount 50000000 --date 2025-09-15
ok '"fee": 500000' fee --amount 50000000 --date 2025-09-15 --settled --format json
python3 -c 'import json, sys; json.dump(json.load(open(sys.argv[1]))["trail"], open(sys.argv[2], "w"))' "$tmp/out" "$tmp/trail.json" ||
	{ echo "FAIL: fee JSON"; fail=1; }
valid trail "$tmp/trail.json"
bad 1 "--date: '2025-02-30' is not a date" fee --amount 1 --date 2025-02-30
bad 1 "--amount: '-5' is negative" fee --amount -5 --date 2025-01-01
bad 1 "--reduction: 101 is out of 0..100" fee --amount 5 --date 2025-01-01 --reduction 101
bad 1 "--date: " fee --amount 50000000 --date 2015-01-01
bad 2 "--amount and --date are required" fee --amount 5

# interest: 10%/year (Civil Code Art 468(2)) on 100,000,000 VND for the
# 365 days of 2025 is 10,000,000 VND; an agreed 20% gives twice that.
ok "10000000" interest --principal 100000000 --from 2025-01-01 --to 2025-12-31
ok '"interest": 20000000' interest --principal 100000000 --from 2025-01-01 --to 2025-12-31 --rate 20 --format json
bad 1 "--to: 2024-12-31 is before --from 2025-01-01" interest --principal 1 --from 2025-01-01 --to 2024-12-31
bad 1 "--law: 'fr' is not one of vn, de, uk, us" interest --principal 1 --from 2025-01-01 --to 2025-01-02 --law fr
bad 2 "--principal, --from and --to are required" interest --principal 1

# rules: the base salary of 2025 (Decree 73/2024: 2,340,000 VND/month).
ok "2340000 VND/month" rules --id VN.base_salary --date 2025-01-01
ok "id,scope,from,to,value" rules
ok "2530000 VND/month" rules --id VN.base_salary --date 2026-07-01
printf 'VN.base_salary 2025-01-01 2025-12-31 2500000\n' >"$tmp/salary.rules"
ok "2500000 VND/month (caller override; I)" rules --id VN.base_salary --date 2025-06-01 --overrides "$tmp/salary.rules"
ok '"schema": "enforcement-rules-catalogue/1"' rules --format json
cp "$tmp/out" "$tmp/rules.json"
valid rules-catalogue "$tmp/rules.json"
bad 1 "--id: " rules --id VN.nothing
bad 1 "--overrides: cannot read" rules --overrides "$tmp/none.rules"
bad 1 "--format: 'xml' is not one of csv, json" rules --format xml

# calendar: 15-29 Sep 2025 holds 11 working days; a month after 31 Jan is
# 28 Feb (Civil Code Art 148); 10 days from 1 Jan 2025 end Saturday 11
# Jan, so Monday 13 Jan; Tết 2026 is 17 February.
ok "11" calendar workdays 2025-09-15 2025-09-29
ok "2025-02-28" calendar end 2025-01-31 1 months
ok "2025-01-13" calendar end 2025-01-01 10 days
ok "2026-02-17" calendar tet 2026
printf 'year 2025\noff 2025-09-16 2025-09-17 two days off\n' >"$tmp/hol.txt"
ok "9" calendar workdays 2025-09-15 2025-09-29 --holidays "$tmp/hol.txt"
printf 'year 2025\noff 2026-01-01\n' >"$tmp/hol2.txt"
bad 1 "--holidays: $tmp/hol2.txt: " calendar workdays 2025-09-15 2025-09-29 --holidays "$tmp/hol2.txt"
bad 1 "YEAR: 1800 is out of 1900..2100" calendar tet 1800
bad 1 "UNIT: 'fortnights' is not one of days" calendar end 2025-01-31 1 fortnights
bad 1 "TO: 'tomorrow' is not a date" calendar workdays 2025-09-15 tomorrow
bad 2 "expected workdays FROM TO" calendar workdays 2025-09-15

# The examples of the manual page run as written (roff escapes undone),
# from a directory where examples/ is the repository's.
mkdir "$tmp/man"
ln -s "$(cd "$src" && pwd)/examples" "$tmp/man/examples"
sed -n '/^\.SH EXAMPLES/,/^\.fi/p' "$src/docs/enforcement.1" |
	sed -e '/^\./d' -e 's/\\-/-/g' -e 's/\\e$/\\/' -e 's/\\en/\\n/g' \
		-e "s|^enforcement |\"\$E\" |" >"$tmp/man/examples.sh"
grep -c '"$E"' "$tmp/man/examples.sh" | grep -qv '^0$' ||
	{ echo "FAIL: no example found in the manual page"; fail=1; }
if ! (cd "$tmp/man" && export E && sh -e examples.sh >out 2>err); then
	echo "FAIL: an example of the manual page fails:"
	tail -3 "$tmp/man/err"
	fail=1
fi

[ "$fail" -eq 0 ] && echo "enforcement command: all checks passed"
rm -rf "$tmp"
exit "$fail"
