#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz with clang, ASan and UBSan, and
# runs each for a bounded time on a copy of its seed corpus (the repository
# is not modified), with its dictionary.
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [BUILD_DIR]   (30, ./_build/fuzz)
# FUZZ_TARGETS="fuzz_io_csv fuzz_report" runs only those targets.
# Prints "fuzz <target>: <N> executions in <S> s, no crash" per target; on
# a crash, leak or timeout prints the input and the command that reproduces
# it, and exits non-zero once every target has run.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
secs=${1:-30}
build=${2:-$src/_build/fuzz}
jobs=$(nproc 2>/dev/null || echo 2)
targets=${FUZZ_TARGETS:-"fuzz_money_parse fuzz_calendar_load fuzz_io_csv
	fuzz_io_json fuzz_auction_rules fuzz_auction_replay fuzz_report
	fuzz_rulebook fuzz_programme_report fuzz_io_org fuzz_store_load"}

case $secs in
'' | *[!0-9]*)
	echo "fuzz.sh: SECONDS_PER_TARGET must be a whole number, not '$secs'" >&2
	exit 2
	;;
esac

cmake -S "$src" -B "$build" -DCMAKE_C_COMPILER=clang \
	-DCMAKE_BUILD_TYPE=RelWithDebInfo -DENF_FUZZ=ON -DENF_SANITIZE=ON \
	-DENF_BUILD_PYTHON=OFF -DENF_BUILD_EXAMPLES=OFF -DENF_BUILD_TESTS=OFF \
	>/dev/null
cmake --build "$build" -j "$jobs" >/dev/null

# Stop at the first sanitizer report; leaks are checked by libFuzzer.
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export UBSAN_OPTIONS

failed=0
for t in $targets; do
	bin=$build/tests/fuzz/$t
	work=$build/fuzz-run/$t
	rm -rf "$work"
	mkdir -p "$work/corpus" "$work/artifacts"
	cp "$src/tests/fuzz/corpus/$t/"* "$work/corpus/"
	dict=
	if [ -f "$src/tests/fuzz/$t.dict" ]; then
		dict=-dict=$src/tests/fuzz/$t.dict
	fi
	status=0
	"$bin" -max_total_time="$secs" -rss_limit_mb=2048 -timeout=30 \
		-print_final_stats=1 -artifact_prefix="$work/artifacts/" \
		${dict:+"$dict"} "$work/corpus" >"$work/log" 2>&1 || status=$?
	line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$work/log" | tail -n 1 || true)
	found=$(find "$work/artifacts" -type f | head -n 1)
	if [ "$status" -eq 0 ] && [ -n "$line" ] && [ -z "$found" ]; then
		runs=$(echo "$line" | sed -E 's/^Done ([0-9]+) runs in ([0-9]+) second.*/\1/')
		took=$(echo "$line" | sed -E 's/^Done ([0-9]+) runs in ([0-9]+) second.*/\2/')
		echo "fuzz $t: $runs executions in $took s, no crash"
	else
		failed=1
		echo "fuzz $t: FAILED (exit status $status); log: $work/log"
		tail -n 40 "$work/log" | sed 's/^/  | /'
		if [ -n "$found" ]; then
			echo "  input: $found"
			echo "  reproduce: $bin $found"
		fi
	fi
done
exit "$failed"
