#!/bin/sh
# Part of run.sh, run while the packages are installed: uses the installed
# files only (no prefix, no PKG_CONFIG_PATH, LD_LIBRARY_PATH, PYTHONPATH or
# CLASSPATH from outside), so that a missing file or dependency fails here.
#   use_installed.sh SOURCE_DIR WORK_DIR LIBDIR VERSION C_COMPILER
set -u
src=$1 work=$2 libdir=$3 version=$4 cc=$5
unset PKG_CONFIG_PATH LD_LIBRARY_PATH PYTHONPATH CLASSPATH CMAKE_PREFIX_PATH
fail=0
bad() {
	echo "FAIL: $*"
	fail=1
}
consumer=$src/tests/install/consumer

echo "== pkg-config"
test "$(pkg-config --modversion enforcement)" = "$version" || bad "pkg-config --modversion"
test "$(pkg-config --variable=prefix enforcement)" = /usr || bad "pkg-config prefix"
test "$(pkg-config --variable=libdir enforcement)" = "$libdir" || bad "pkg-config libdir"
# shellcheck disable=SC2046 # pkg-config's words
if "$cc" -Wall -Wextra -Werror -o "$work/consumer_pc" "$consumer/consumer.c" \
	$(pkg-config --cflags --libs enforcement); then
	# Found by the dynamic linker's cache, with no RUNPATH.
	"$work/consumer_pc" || bad "consumer (pkg-config, shared)"
else
	bad "consumer does not build with pkg-config"
fi
# shellcheck disable=SC2046 # pkg-config's words
if "$cc" -Wall -Wextra -Werror -o "$work/consumer_pc_static" "$consumer/consumer.c" \
	$(pkg-config --cflags --static enforcement) "$libdir/libenforcement.a" \
	$(pkg-config --libs-only-l --static enforcement | sed 's/-lenforcement//'); then
	"$work/consumer_pc_static" || bad "consumer (pkg-config, static)"
else
	bad "consumer does not build with the static library"
fi

echo "== find_package"
if cmake -S "$consumer" -B "$work/consumer_build" -DCMAKE_C_COMPILER="$cc" >"$work/consumer.log" 2>&1 &&
	cmake --build "$work/consumer_build" >>"$work/consumer.log" 2>&1; then
	grep -qx "enforcement_DIR:PATH=$libdir/cmake/enforcement" "$work/consumer_build/CMakeCache.txt" ||
		bad "find_package found another enforcement: $(grep enforcement_DIR "$work/consumer_build/CMakeCache.txt")"
	"$work/consumer_build/consumer" || bad "consumer (find_package, shared)"
	"$work/consumer_build/consumer_static" || bad "consumer (find_package, static)"
else
	cat "$work/consumer.log"
	bad "consumer does not build with find_package"
fi

echo "== the enforcement command"
test "$(command -v enforcement)" = /usr/bin/enforcement || bad "enforcement is not /usr/bin/enforcement"
if readelf -d /usr/bin/enforcement | grep -q -E 'RUNPATH|RPATH'; then
	bad "/usr/bin/enforcement has a RUNPATH"
fi
# Lạng Sơn, first six months of 2025: 2,244 done at 62.91% fits 3,567
# cases with means only.
got=$(enforcement check --done 2244 --rate 62.91)
test "$got" = 3567 || bad "enforcement check --done 2244 --rate 62.91: '$got', not 3567"
if command -v man >/dev/null 2>&1; then
	test "$(man -w enforcement 2>/dev/null)" = /usr/share/man/man1/enforcement.1.gz || bad "man -w enforcement"
fi
if command -v sqlite3 >/dev/null 2>&1; then
	got=$(sqlite3 -batch :memory: ".load $libdir/libenforcement_sqlite" "select enf_rate_text(2244, 3567)" 2>&1)
	test "$got" = "62.91%" || bad "SQLite extension: '$got', not 62.91%"
fi

if [ -d /usr/lib/python3/dist-packages/enforcement ]; then
	echo "== python3 (/usr/lib/python3/dist-packages)"
	# From the work directory, so that no source tree is on the path.
	(cd "$work" && /usr/bin/python3 -c '
import enforcement as e
assert e.__file__.startswith("/usr/lib/python3/dist-packages/enforcement/"), e.__file__
r = e.percent_of(2244, 3567)
print("python:", r)
assert str(r) == "62.91%"
') || bad "python3 -c 'import enforcement'"
	# The postinst byte-compiled the modules (the prerm removes them).
	test -d /usr/lib/python3/dist-packages/enforcement/__pycache__ || bad "no __pycache__ after the postinst"
fi

jar=/usr/share/java/enforcement.jar
if [ -f "$jar" ]; then
	echo "== java ($jar)"
	if command -v javac >/dev/null 2>&1; then
		# Every class of the jar loads (the binding's static
		# initialisers load the JNI library), and the JNI library is
		# found by name in Debian's JNI directory.
		mkdir -p "$work/java"
		javac -d "$work/java" "$src/tests/packages/LoadAll.java" || bad "javac LoadAll.java"
		java -cp "$work/java:$jar" LoadAll "$jar" enforcement_jni || bad "java LoadAll"
		# The Java example against the installed jar: the Lạng Sơn
		# figures, 2,244 of 3,567 = 62.91%.
		example=$src/examples/java/LangSon.java
		if [ -f "$example" ]; then
			if javac -cp "$jar" -d "$work/java" "$example"; then
				out=$(java -cp "$jar:$work/java" LangSon "$src/examples/data/sample")
				echo "$out" | head -n 3
				case $out in
				*"2,244 of 3,567 = 62.91%"*) ;;
				*) bad "the Java example does not print 2,244 of 3,567 = 62.91%" ;;
				esac
			else
				bad "javac $example against $jar"
			fi
		fi
	else
		echo "(no javac: the jar is not loaded)"
	fi
fi
exit "$fail"
