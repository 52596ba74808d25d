#!/bin/sh
# Installs what the tests need (scripts/deps.sh --test), then builds and
# runs every test: style checks, then the C, Python and Java tests and the
# reference manual's checks in a gcc -O3 build, in an ASan + UBSan build
# and in a clang build, each with -Wall -Wextra -Werror, plus the
# install-and-consume test in each; then the Debian packages (as root);
# then the hardening checks of scripts/harden.sh (ENF_QUICK=1 skips them).
#   scripts/check.sh [BUILD_ROOT]     (default: ./_build)
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
root=${1:-$src/_build}
jobs=$(nproc 2>/dev/null || echo 2)
py=/usr/bin/python3
[ -x "$py" ] || py=$(command -v python3)

step() { printf '\n==== %s\n' "$*"; }

step "test tools"
sh "$src/scripts/deps.sh" --test

step "clang-format"
cd "$src"
find lib include tests examples tools -name '*.[ch]' -print0 | xargs -0 clang-format --dry-run -Werror

build() { # name, extra cmake args...
	name=$1
	shift
	step "build $name"
	cmake -S "$src" -B "$root/$name" -DPython3_EXECUTABLE="$py" "$@" >/dev/null
	cmake --build "$root/$name" -j "$jobs"
	step "test $name"
	ctest --test-dir "$root/$name" --output-on-failure -j "$jobs"
}

# gcc at -O3 (Release), the build the README's benchmark asks for: its
# inlining finds warnings -O2 does not.
build gcc -DCMAKE_C_COMPILER=gcc -DCMAKE_BUILD_TYPE=Release
build gcc-asan-ubsan -DCMAKE_C_COMPILER=gcc -DCMAKE_BUILD_TYPE=Debug -DENF_SANITIZE=ON
build clang -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo

step "clang-tidy lib/"
find lib -name '*.c' -print0 | sort -z |
	xargs -0 clang-tidy -p "$root/clang" --quiet --warnings-as-errors='*'

# The Debian packages, built, installed with dpkg on this machine, used
# from their installed files and purged (tests/packages/run.sh: root only,
# exit 77 when it cannot run).
step "Debian packages"
pkg_status=0
sh "$src/tests/packages/run.sh" "$root/deb" "$root/deb-test" || pkg_status=$?
case $pkg_status in
0) ;;
77) echo "(Debian packages skipped)" ;;
*) exit "$pkg_status" ;;
esac

if [ "${ENF_QUICK:-0}" != 1 ]; then
	step "hardening: fuzz, tsan, coverage, valgrind, abi"
	sh "$src/scripts/harden.sh" "$root"
fi

step "all checks passed"
