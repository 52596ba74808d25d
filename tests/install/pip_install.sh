#!/bin/sh
# pip install of the source tree, offline and without build isolation (the
# machine's setuptools and wheel), into a target directory; then the
# installed package is imported from there and used.
#   pip_install.sh SOURCE_DIR WORK_DIR PYTHON
set -eu
src=$1 work=$2 py=$3
rm -rf "$work"
mkdir -p "$work/src"
# pip builds in the tree it is given: a copy without build directories.
(cd "$src" && tar --exclude='./_build*' --exclude='./build*' \
	--exclude=./.git --exclude='./*.egg-info' -cf - .) |
	tar -C "$work/src" -xf -
if ! "$py" -m pip install --no-build-isolation --no-deps --no-index \
	--target "$work/site" "$work/src" >"$work/pip.log" 2>&1; then
	cat "$work/pip.log"
	exit 1
fi
cd "$work"
PYTHONPATH="$work/site" "$py" - "$work/site" "$src/examples/data/sample" <<'PY'
import os
import sys

import enforcement

site, sample = sys.argv[1], sys.argv[2]
assert enforcement.__file__.startswith(site), enforcement.__file__
rate = enforcement.percent_of(2244, 3567)
assert str(rate) == "62.91%", rate
reg = enforcement.Register.load_csv_dir(sample)
assert len(reg) == 3000, len(reg)
print("pip install: enforcement %s from %s, %s, %d cases"
      % (enforcement.__version__, os.path.dirname(enforcement.__file__),
         rate, len(reg)))
PY
