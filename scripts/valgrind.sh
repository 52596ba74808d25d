#!/bin/sh
# Runs every C test and example of the suite under valgrind memcheck: no
# invalid access, no use of uninitialised values, no leak.
#   scripts/valgrind.sh [BUILD_DIR]        (default: ./_build/valgrind)
# Left out: the Python tests (CPython's own allocator needs a suppression
# file under valgrind; the module's C code runs under AddressSanitizer in
# scripts/check.sh) and test_alloc_fail (it wraps malloc and counts live
# blocks itself, and runs under LeakSanitizer in check.sh; under valgrind
# it takes minutes); the Java tests (a JVM under memcheck reports its own
# JIT; the JNI code runs under AddressSanitizer in check.sh), the Doxygen
# run (not our code), store_faults (it kills its children hundreds of
# times by design) and test_snapshots (threads for ThreadSanitizer; both
# run under ASan in check.sh).
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-$src/_build/valgrind}
jobs=$(nproc 2>/dev/null || echo 2)

cmake -S "$src" -B "$dir" -DCMAKE_C_COMPILER=gcc -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	-DENF_BUILD_PYTHON=OFF -DENF_BUILD_JAVA=OFF -DENF_BUILD_DOCS=OFF >/dev/null
cmake --build "$dir" -j "$jobs" >/dev/null
# One line per test: name, working directory, command (tab-separated).
ctest --test-dir "$dir" --show-only=json-v1 | python3 -c '
import json, sys
skip = {"abi_exports", "install_consume", "test_alloc_fail", "store_faults",
        "test_snapshots"}
for t in json.load(sys.stdin)["tests"]:
    if t["name"] in skip or not t.get("command"):
        continue
    wd = next((p["value"] for p in t.get("properties", [])
               if p["name"] == "WORKING_DIRECTORY"), ".")
    print("\t".join([t["name"], wd] + t["command"]))
' >"$dir/valgrind-tests.txt"

n=0
fail=0
tab=$(printf '\t')
while IFS="$tab" read -r name wd cmd; do
	n=$((n + 1))
	log="$dir/valgrind-$name.log"
	# shellcheck disable=SC2086 # the command's words are tab-joined
	if (cd "$wd" && IFS="$tab" && valgrind --quiet --error-exitcode=99 \
		--leak-check=full --show-leak-kinds=definite,indirect \
		--errors-for-leak-kinds=definite,indirect --log-file="$log" \
		$cmd >/dev/null 2>&1); then
		:
	else
		fail=$((fail + 1))
		echo "valgrind: $name FAILED (log: $log)"
		cat "$log"
	fi
done <"$dir/valgrind-tests.txt"
if [ "$fail" -ne 0 ]; then
	echo "valgrind: $fail of $n tests failed"
	exit 1
fi
echo "valgrind: $n tests clean (memcheck, no leaks)"
