#!/bin/sh
# Draws the charts in a browser: chart_render writes the sample
# register's chart, an auction chart and, from a generated national year
# (bench/gen_national --cases 20000: 34 provinces, 355 offices), the
# province and office charts; each must be well-formed XML and, rendered
# by headless Chromium at its own size, give a PNG that is not blank (at
# least twice the bytes of a blank page of the same size). Exits 77
# (skipped) when Chromium is not installed.
#   check_render.sh CHART_RENDER GEN_NATIONAL SAMPLE_DIR WORK_DIR
set -eu
render=${1:?chart_render}
gen=${2:?gen_national}
sample=${3:?sample directory}
work=${4:?work directory}
rm -rf "$work"
mkdir -p "$work/nat" "$work/blank"
"$gen" --cases 20000 --out "$work/nat" >/dev/null
"$render" "$work" "$sample" "$work/nat"
charts="sample auction provinces provinces_vi offices"
for c in $charts; do
	test -s "$work/$c.svg" || { echo "$c.svg not written"; exit 1; }
done
if command -v python3 >/dev/null 2>&1; then
	(cd "$work" && python3 -c '
import sys, xml.dom.minidom
for f in sys.argv[1:]:
    xml.dom.minidom.parse(f)
' sample.svg auction.svg provinces.svg provinces_vi.svg offices.svg)
	echo "well-formed: $charts"
fi
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
	echo "chromium not found (Debian package chromium): rendering skipped"
	exit 77
fi
# attr NAME FILE: the first NAME="N" of the file's <svg> element.
attr() {
	sed -n "s/^<svg [^>]* $1=\"\([0-9]*\)\".*/\1/p" "$2" | head -n 1
}
shot() { # shot SVG PNG W H
	"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
		--user-data-dir="$work/profile" --screenshot="$2" \
		--window-size="$3,$4" "file://$1" >"$work/chromium.log" 2>&1 ||
		{ cat "$work/chromium.log"; exit 1; }
}
for c in $charts; do
	w=$(attr width "$work/$c.svg")
	h=$(attr height "$work/$c.svg")
	test -n "$w" && test -n "$h" || { echo "$c.svg: no size"; exit 1; }
	shot "$work/$c.svg" "$work/$c.png" "$w" "$h"
	printf '<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s"><rect width="%s" height="%s" fill="#ffffff"/></svg>\n' \
		"$w" "$h" "$w" "$h" >"$work/blank/$c.svg"
	shot "$work/blank/$c.svg" "$work/blank/$c.png" "$w" "$h"
	size=$(wc -c <"$work/$c.png")
	blank=$(wc -c <"$work/blank/$c.png")
	magic=$(od -An -tx1 -N4 "$work/$c.png" | tr -d ' \n')
	if [ "$magic" != "89504e47" ] || [ "$size" -lt $((2 * blank)) ]; then
		echo "$c.png: ${w}x$h, $size bytes (blank: $blank): not a chart"
		exit 1
	fi
	echo "$c.png: ${w}x$h px, $size bytes (blank page $blank bytes)"
done
