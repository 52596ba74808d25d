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
	libclang-rt-14-dev libfuzzer-14-dev valgrind gcovr abigail-tools >/dev/null
echo "deps: installed"
