#!/bin/sh
# Installs the Debian packages that building and testing need (run as root).
set -eu
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends \
	build-essential cmake pkg-config binutils \
	python3 python3-dev swig libcmocka-dev python3-pytest \
	clang clang-format clang-tidy >/dev/null
echo "deps: installed"
