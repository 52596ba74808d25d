#!/bin/sh
# ThreadSanitizer runs of tests/alloc/test_threads.c (threads that share a
# calendar and auction rule sets read-only and build their own registers,
# reports, sales, trails and ledgers, each with its own last error) and
# tests/alloc/test_snapshots.c (one writer applying events and adding
# cases while readers check snapshots of the same register).
#   scripts/tsan.sh [BUILD_DIR]        (default: ./_build/tsan)
# Prints "tsan: N threads, M operations, no race" and "tsan: snapshots:
# ..."; any report of ThreadSanitizer stops the run (halt_on_error=1) with
# a non-zero status.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$src/_build/tsan}
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S "$src" -B "$dir" -DCMAKE_C_COMPILER=clang \
	-DCMAKE_BUILD_TYPE=RelWithDebInfo \
	-DCMAKE_C_FLAGS="-fsanitize=thread -fno-omit-frame-pointer" \
	-DCMAKE_EXE_LINKER_FLAGS="-fsanitize=thread" \
	-DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=thread" \
	-DENF_BUILD_PYTHON=OFF -DENF_BUILD_EXAMPLES=OFF -DENF_SANITIZE=OFF \
	>/dev/null
cmake --build "$dir" -j "$jobs" --target test_threads test_snapshots >/dev/null
out="$dir/test_threads.out"
TSAN_OPTIONS="halt_on_error=1 ${TSAN_OPTIONS:-}" \
	"$dir/tests/alloc/test_threads" >"$out"
cat "$out"
# "test_threads: 4 threads, 7260 operations, ..."
line=$(grep '^test_threads: ' "$out" | tail -n 1)
threads=$(printf '%s\n' "$line" | sed -n 's/^test_threads: \([0-9]*\) threads, \([0-9]*\) operations.*/\1/p')
ops=$(printf '%s\n' "$line" | sed -n 's/^test_threads: \([0-9]*\) threads, \([0-9]*\) operations.*/\2/p')
if [ -z "$threads" ] || [ -z "$ops" ]; then
	echo "tsan: no summary from test_threads"
	exit 1
fi
echo "tsan: $threads threads, $ops operations, no race"

snap="$dir/test_snapshots.out"
TSAN_OPTIONS="halt_on_error=1 ${TSAN_OPTIONS:-}" \
	"$dir/tests/alloc/test_snapshots" >"$snap"
cat "$snap"
line=$(grep '^test_snapshots: ' "$snap" | tail -n 1)
if [ -z "$line" ]; then
	echo "tsan: no summary from test_snapshots"
	exit 1
fi
echo "tsan: snapshots: ${line#test_snapshots: }, no race"
