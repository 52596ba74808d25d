#!/bin/sh
# Formats every manual page of docs/ (man1 and man3) with groff (-k: the
# pages are UTF-8, as man reads them through preconv) and fails
# on any warning: a page that formats with a warning shows wrongly in man.
# Usage: check_man.sh GROFF DOCS_DIR
groff=$1
docs=$2
status=0
count=0
# .so links name their target relative to the top of the manual tree.
cd "$docs" || exit 1
for page in enforcement.1 man3/*.3; do
	[ -f "$page" ] || continue
	count=$((count + 1))
	# A link page holds one line, .so man3/TARGET.3: its target must
	# exist and name it (the target itself is formatted in the loop).
	first=$(head -n 1 "$page")
	case $first in
	.so\ *)
		target=${first#.so }
		if [ "$(wc -l <"$page")" -ne 1 ] || [ ! -f "$target" ]; then
			echo "$page: a link to a missing page: $first"
			status=1
		elif ! sed -n '/^\.SH NAME/,/^\.SH SYNOPSIS/p' "$target" |
			grep -qw "$(basename "$page" .3)"; then
			echo "$page: $target does not name it in NAME"
			status=1
		fi
		continue
		;;
	esac
	out=$("$groff" -k -man -Tutf8 -ww -z "$page" 2>&1)
	if [ -n "$out" ]; then
		echo "$page:"
		echo "$out"
		status=1
	fi
done
if [ "$count" -lt 2 ]; then
	echo "check_man: no manual pages found in $docs"
	exit 1
fi
echo "check_man: $count pages checked"
exit $status
