#!/bin/sh
# Installs the Debian packages that building and testing need; as root, or
# through sudo otherwise.
set -eu
as_root=""
[ "$(id -u)" -eq 0 ] || as_root="sudo"
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update -qq
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	build-essential cmake pkg-config binutils \
	python3 python3-dev swig libcmocka-dev python3-pytest \
	clang clang-format clang-tidy \
	libclang-rt-14-dev libfuzzer-14-dev valgrind gcovr abigail-tools \
	sqlite3 python3-pandas python3-dask python3-distributed >/dev/null
# The benchmark's DuckDB engine runs on the machine's Node.js (Debian's
# if there is none) with @duckdb/node-api from the npm registry, pinned by
# bench/engines/package-lock.json.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		--no-install-recommends nodejs npm >/dev/null
fi
here=$(cd "$(dirname "$0")/.." && pwd)
# npm install, not npm ci: the registry reached here has no DuckDB binaries
# for other platforms, so the lock file cannot list them and npm ci refuses
# it; install keeps the pinned version and leaves the lock unchanged.
npm install --prefix "$here/bench/engines" --no-audit --no-fund >/dev/null
echo "deps: installed"
