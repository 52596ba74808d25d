#!/bin/sh
# The hardening checks of issue 8, after scripts/check.sh's builds: fuzzing
# (libFuzzer, ASan + UBSan), ThreadSanitizer, coverage (gcovr, with the
# 95% line / 90% branch floor), valgrind memcheck, and the ABI check
# (abidiff against abi/). Each prints a one-line summary; the summaries
# are repeated at the end.
#   scripts/harden.sh [BUILD_ROOT]    (default: ./_build)
# ENF_FUZZ_SECONDS sets the time per fuzz target (default 30).
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
root=${1:-$src/_build}
secs=${ENF_FUZZ_SECONDS:-30}
summary="$root/harden-summary.txt"
mkdir -p "$root"
: >"$summary"

run() { # name, command...
	name=$1
	shift
	log="$root/harden-$name.log"
	printf '\n==== %s\n' "$name"
	status=0
	"$@" >"$log" 2>&1 || status=$?
	cat "$log"
	# The summary lines start with the check's name and a colon.
	grep -E "^(fuzz|tsan|coverage|valgrind|abi)( [^:]*)?:" "$log" >>"$summary" || true
	if [ "$status" -ne 0 ]; then
		echo "==== $name FAILED (status $status)"
		exit 1
	fi
}

run fuzz sh "$src/scripts/fuzz.sh" "$secs" "$root/fuzz"
run tsan sh "$src/scripts/tsan.sh" "$root/tsan"
run coverage sh "$src/scripts/coverage.sh" "$root/coverage"
run valgrind sh "$src/scripts/valgrind.sh" "$root/valgrind"
run abi sh "$src/scripts/abi.sh" "$root/abi"

printf '\n==== hardening summary\n'
cat "$summary"
