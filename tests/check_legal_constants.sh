#!/bin/sh
# No legal figure in an engine file: every number the law sets lives in
# the rules layer's data (lib/rules/rules_data_*.c, the auction rule-set
# texts of lib/rules/auction_rules_data.c, the holiday table of
# lib/base/holidays_vn.c) and the engines read it from there. This greps
# the other files of lib/ (every layer folder) for
# the figures of the catalogue that a code path could plausibly hard-code
# again (base salaries, regional minimum wages, fee brackets, interest
# caps, national targets) and for the names they used to have.
#   check_legal_constants.sh SOURCE_DIR
set -eu
lib=${1:?source directory}/lib
figures='1210000|1300000|1390000|1490000|1800000|2340000|2530000'
figures="$figures|4960000|4410000|3860000|3450000|5310000|4730000|4140000|3700000"
figures="$figures|150000000|190000000|220000000|245000000"
figures="$figures|8250|4550|8325|4645|8390|5190"
names='ENF__VN_CAP|ENF__VN_STATUTORY|ENF__UK_STATUTORY|enf__salaries|enf__min_wages|enf__brackets|enf__national_targets'
status=0
for f in $(find "$lib" -name '*.[ch]' | sort); do
	case $(basename "$f") in
	rules_data_*.c | auction_rules_data.c | holidays_vn.c) continue ;;
	esac
	# Comments may quote the law; code may not hold its figures.
	hits=$(sed -e 's|/\*.*\*/||g' -e 's|^\s*\*.*||' -e 's|//.*||' "$f" |
		grep -nwE "$figures|$names" || true)
	if [ -n "$hits" ]; then
		echo "$f: a legal figure in an engine file (move it to lib/rules/rules_data_*.c):"
		echo "$hits"
		status=1
	fi
done
[ $status -eq 0 ] && echo "no legal figure outside the rules data"
exit $status
