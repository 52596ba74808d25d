#!/bin/sh
# The html report of the enforcement command rendered by headless
# Chromium (Debian's chromium): the page loads from a file with no
# network and no script, Chromium parses its tables and charts, and the
# screenshot is a PNG of some size. Skipped (exit 77) without chromium.
#   check_cli_html.sh ENFORCEMENT SOURCE_DIR
set -u
E=$1
S=$2/examples/data/sample
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
	echo "SKIP: chromium not found (Debian package chromium)"
	exit 77
fi
tmp=$(mktemp -d)
# No trap (see check_cli.sh): every exit below goes through finish.
finish() {
	rm -rf "$tmp"
	exit "$1"
}
fail=0
"$E" report "$S" --period 2025 --by office --format html --locale vi \
	>"$tmp/report.html" || { echo "FAIL: report --format html"; finish 1; }
flags="--headless --no-sandbox --disable-gpu --disable-extensions --no-first-run"
# shellcheck disable=SC2086
timeout 120 "$browser" $flags --dump-dom "file://$tmp/report.html" \
	>"$tmp/dom.html" 2>"$tmp/dom.log"
for want in "<table" "<svg" "Tổng" "Tỷ lệ thi hành xong về việc"; do
	grep -qF "$want" "$tmp/dom.html" ||
		{ echo "FAIL: the page Chromium loaded lacks $want"; fail=1; }
done
# shellcheck disable=SC2086
timeout 120 "$browser" $flags --screenshot="$tmp/report.png" \
	--window-size=1400,2400 "file://$tmp/report.html" >"$tmp/png.log" 2>&1
if [ ! -s "$tmp/report.png" ]; then
	echo "FAIL: no screenshot"
	tail -5 "$tmp/png.log"
	finish 1
fi
size=$(wc -c <"$tmp/report.png")
magic=$(head -c 4 "$tmp/report.png" | od -An -tx1 | tr -d ' \n')
[ "$magic" = "89504e47" ] || { echo "FAIL: the screenshot is not a PNG"; fail=1; }
# A blank 1400x2400 page compresses to a few KB; tables and charts do not.
[ "$size" -gt 50000 ] || { echo "FAIL: the screenshot is $size bytes: blank?"; fail=1; }
[ "$fail" -eq 0 ] && echo "html report rendered by Chromium: $size bytes of PNG"
finish "$fail"
