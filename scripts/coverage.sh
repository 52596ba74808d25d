#!/bin/sh
# Builds the library and its tests with gcc --coverage -O0, runs the C tests
# and examples, then prints gcovr's line and branch coverage of lib/ and fails
# when it is below the targets (95% lines, 90% branches). The counters are
# updated atomically: test_threads runs the library in several threads, and
# lost updates would give gcov inconsistent (negative) branch counts.
#   scripts/coverage.sh [BUILD_DIR]     (default: ./_build/coverage)
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/_build/coverage}
jobs=$(nproc 2>/dev/null || echo 2)
min_lines=95.0
min_branches=90.0

step() { printf '\n==== %s\n' "$*"; }

step "build coverage"
cmake -S "$src" -B "$build" -DCMAKE_C_COMPILER=gcc -DCMAKE_BUILD_TYPE=Debug \
	-DCMAKE_C_FLAGS="--coverage -O0 -fprofile-update=atomic" \
	-DENF_BUILD_PYTHON=OFF >/dev/null
build=$(cd "$build" && pwd) # the report runs from $src
cmake --build "$build" -j "$jobs"
# Counts from an earlier run would be added to this one.
find "$build" -name '*.gcda' -exec rm -f {} +

step "test coverage"
# The export check and the install test do not apply to an instrumented build.
ctest --test-dir "$build" --output-on-failure -j "$jobs" \
	-E '^(abi_exports|install_consume)$'

step "coverage of lib/"
# gcovr matches a relative filter against paths relative to the current
# directory. One pass over the .gcda files writes a tracefile; the tables
# and the summary are read from it.
cd "$src"
trace="$build/coverage.json"
summary="$build/coverage-summary.json"
gcovr -r "$src" --filter 'lib/' --json "$trace" "$build"
printf 'Lines per file:\n'
gcovr -r "$src" -a "$trace" --txt
printf 'Branches per file:\n'
gcovr -r "$src" -a "$trace" --txt --branches --print-summary \
	--json-summary "$summary"
python3 - "$summary" "$min_lines" "$min_branches" <<'EOF'
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    s = json.load(f)
lines = s["line_percent"]
branches = s["branch_percent"]
print("coverage: lines %.1f%%, branches %.1f%% (targets 95/90)" % (lines, branches))
if lines < float(sys.argv[2]) or branches < float(sys.argv[3]):
    print("coverage: below target", file=sys.stderr)
    sys.exit(1)
EOF
