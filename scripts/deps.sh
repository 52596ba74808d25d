#!/bin/sh
# Installs the Debian packages this project needs, as root or through sudo;
# apt-get runs only when a package is missing.
#   scripts/deps.sh          what building the library, its Python module
#                            and the examples needs (the README's quick start)
#   scripts/deps.sh --test   also what the tests, the hardening checks and the
#                            benchmark's other engines need: cmocka, pytest,
#                            clang and its tools, libFuzzer, valgrind, gcovr,
#                            abigail-tools, sqlite3, pandas, Dask, matplotlib
#                            (the analyst example), pip and setuptools (the
#                            pip install test), jsonschema (the JSON forms
#                            checked against docs/schemas), Chromium (the
#                            charts and the HTML report rendered headless),
#                            and DuckDB from the npm registry; the JDK
#                            and JUnit 4 (the Java binding and its tests),
#                            Doxygen and groff (the reference manual and
#                            its checks), file and lintian (the Debian
#                            packages)
#                            (scripts/check.sh runs this)
#   scripts/deps.sh --java   what building the Java binding and running its
#                            tests needs: the JDK and JUnit 4
set -eu
as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"
export DEBIAN_FRONTEND=noninteractive
here=$(cd "$(dirname "$0")/.." && pwd)

pkgs="build-essential cmake pkg-config python3 python3-dev swig libsqlite3-dev"
java="default-jdk-headless junit4"
test=0
if [ "${1:-}" = "--java" ]; then
	pkgs="$pkgs $java"
fi
if [ "${1:-}" = "--test" ]; then
	test=1
	pkgs="$pkgs binutils libcmocka-dev python3-pytest
		clang clang-format clang-tidy libclang-rt-14-dev libfuzzer-14-dev
		valgrind gcovr abigail-tools
		sqlite3 libsqlite3-dev python3-pandas python3-dask python3-distributed
		python3-matplotlib python3-pip python3-setuptools python3-wheel
		python3-jsonschema chromium
		$java doxygen groff-base file lintian"
	# The DuckDB engine runs on the machine's Node.js (Debian's if there
	# is none).
	if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
		pkgs="$pkgs nodejs npm"
	fi
fi

missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	$as_root apt-get update -qq
	# shellcheck disable=SC2086 # one word per package
	$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		--no-install-recommends $missing >/dev/null
fi

if [ $test -eq 1 ] && [ ! -d "$here/bench/engines/node_modules/@duckdb/node-api" ]; then
	# npm install, not npm ci: the registry reached here has no DuckDB
	# binaries for other platforms, so the lock file cannot list them and
	# npm ci refuses it; install keeps the pinned version and leaves the
	# lock unchanged.
	npm install --prefix "$here/bench/engines" --no-audit --no-fund >/dev/null
fi
echo "deps: installed${missing:+:$missing}"
