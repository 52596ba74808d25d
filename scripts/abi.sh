#!/bin/sh
# ABI check: the shared library against the committed baseline of the
# current release, abi/<SONAME>.abi (written by abidw from libabigail).
#   scripts/abi.sh [BUILD_DIR]            check (default ./_build/abi)
#   scripts/abi.sh --update [BUILD_DIR]   write the baseline of this build
# Added functions and types are compatible and pass; a removed or changed
# function, or a changed public type, fails, unless the SONAME was bumped
# (then there is no baseline for the new SONAME yet: record one with
# --update when the release is made).
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
update=0
if [ "${1:-}" = "--update" ]; then
	update=1
	shift
fi
dir=${1:-$src/_build/abi}
jobs=$(nproc 2>/dev/null || echo 2)

# Debug information is what abidw reads the types from.
cmake -S "$src" -B "$dir" -DCMAKE_C_COMPILER=gcc -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	-DENF_BUILD_PYTHON=OFF -DENF_BUILD_TESTS=OFF -DENF_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$dir" -j "$jobs" --target enforcement >/dev/null
lib=$(find "$dir/lib" -name 'libenforcement.so.*.*.*' | head -n 1)
soname=$(objdump -p "$lib" | awk '$1 == "SONAME" { print $2 }')
base="$src/abi/$soname.abi"

if [ "$update" -eq 1 ]; then
	abidw --out-file "$base" "$lib"
	# The build path is of no interest in the baseline.
	sed -i "1s|path='[^']*'|path='$(basename "$lib")'|" "$base"
	echo "abi: wrote $base"
	exit 0
fi
if [ ! -f "$base" ]; then
	echo "abi: no baseline for $soname (SONAME bumped): nothing to compare;"
	echo "abi: record it at the release with scripts/abi.sh --update"
	exit 0
fi
set +e
abidiff "$base" "$lib" >"$dir/abidiff.txt" 2>&1
rc=$?
set -e
cat "$dir/abidiff.txt"
# abidiff's exit status is a bit field: 1 error, 2 usage, 4 ABI change,
# 8 incompatible ABI change.
if [ $((rc & 3)) -ne 0 ]; then
	echo "abi: abidiff failed (status $rc)"
	exit 1
fi
if [ $((rc & 8)) -ne 0 ]; then
	echo "abi: INCOMPATIBLE change against $soname: restore the ABI or"
	echo "abi: bump the SONAME (project version) and note it in CHANGELOG.md"
	exit 1
fi
if [ $((rc & 4)) -ne 0 ]; then
	echo "abi: compatible with $soname (additions only)"
else
	echo "abi: identical to $soname"
fi
