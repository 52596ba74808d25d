#!/bin/sh
# The Debian packages from end to end, on this machine: configures a fresh
# build for /usr, builds it, makes the packages (cpack -G DEB), checks each
# package's fields and files, installs them with dpkg, then uses only the
# installed files: builds the consumer programs of tests/install through
# pkg-config and find_package with no path given, runs the command, the
# SQLite extension, the Python package with /usr/bin/python3 and the Java
# binding; last it purges the packages, whatever failed before, so the
# machine is left as it was found.
#   run.sh BUILD_DIR WORK_DIR
# It installs packages system-wide, so it is not a ctest: it needs root and
# dpkg (exit 77, skipped, without them) and refuses to run when one of the
# packages is already installed.
set -u
if [ $# -ne 2 ]; then
	echo "usage: $0 BUILD_DIR WORK_DIR" >&2
	exit 2
fi
build=$1 work=$2
src=$(cd "$(dirname "$0")/../.." && pwd)
cc=${CC:-cc}
names="libenforcement0 libenforcement-dev python3-enforcement enforcement-tools libenforcement-java"

if [ "$(id -u)" != 0 ]; then
	echo "skipped: installing the packages with dpkg needs root"
	exit 77
fi
for t in dpkg dpkg-deb dpkg-query dpkg-shlibdeps dpkg-buildflags cpack pkg-config; do
	if ! command -v "$t" >/dev/null 2>&1; then
		echo "skipped: $t not found (Debian's dpkg, dpkg-dev, cmake, pkgconf)"
		exit 77
	fi
done
installed() { # package: true when dpkg knows it (installed or its conffiles kept)
	case $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) in
	*" not-installed" | "") return 1 ;;
	*) return 0 ;;
	esac
}
for p in $names; do
	if installed "$p"; then
		echo "FAIL: $p is already installed here; purge it first (dpkg -P $p)" >&2
		exit 1
	fi
done
if [ -e "$build" ] && [ ! -f "$build/CMakeCache.txt" ] && [ -n "$(ls -A "$build")" ]; then
	echo "FAIL: $build is not empty and not a build directory" >&2
	exit 1
fi

fail=0
bad() {
	echo "FAIL: $*"
	fail=1
}

echo "== build for /usr and package"
rm -rf "$build" "$work"
mkdir -p "$work"
# Debian's hardening flags, as a Debian package build would pass them
# (stack protector, fortified calls, full RELRO with immediate binding).
cflags=$(cd "$src" && DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CFLAGS)
cppflags=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get CPPFLAGS)
ldflags=$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --get LDFLAGS)
if ! CFLAGS="$cflags $cppflags" LDFLAGS="$ldflags" cmake -S "$src" -B "$build" \
	-DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	-DPython3_EXECUTABLE=/usr/bin/python3 -DENF_BUILD_TESTS=OFF \
	-DENF_BUILD_EXAMPLES=OFF >"$work/configure.log" 2>&1; then
	cat "$work/configure.log"
	exit 1
fi
CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-2} cmake --build "$build" >"$work/build.log" 2>&1 ||
	{ tail -n 50 "$work/build.log"; exit 1; }
(cd "$build" && cpack -G DEB) >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }

version=$(sed -n 's/^#define ENF_VERSION "\(.*\)"/\1/p' "$src/include/enforcement/common.h")
release=$(sed -n 's/^ENF_PACKAGE_RELEASE:STRING=//p' "$build/CMakeCache.txt")
libdir=/usr/$(sed -n 's/^CMAKE_INSTALL_LIBDIR:PATH=//p' "$build/CMakeCache.txt")
arch=$(dpkg --print-architecture)
debs=""
deb() { # package: its file
	echo "$build/packages/${1}_${version}-${release}_$arch.deb"
}

echo "== the packages' fields and files"
has() { # package path: the package holds the path (./ stripped)
	grep -q "^\.$2\( -> .*\)\{0,1\}\$" "$work/$1.files" || bad "$1 lacks $2"
}
lacks() { # package pattern
	if grep -q "$2" "$work/$1.files"; then bad "$1 holds $2"; fi
}
depends() { # package text: Depends has the text
	case ", $(dpkg-deb -f "$(deb "$1")" Depends), " in
	*", $2, "* | *", $2 |"* | *"| $2, "*) ;;
	*) bad "$1 should depend on '$2', has: $(dpkg-deb -f "$(deb "$1")" Depends)" ;;
	esac
}
for p in $names; do
	f=$(deb "$p")
	if [ ! -f "$f" ]; then
		case $p in
		libenforcement-java) echo "(no $p: this build has no Java binding)" ;;
		python3-enforcement) echo "(no $p: this build has no Python module)" ;;
		*) bad "no package $f" ;;
		esac
		continue
	fi
	debs="$debs $f"
	dpkg-deb --contents "$f" | awk '{ print $6 ($7 ? " " $7 " " $8 : "") }' >"$work/$p.files"
	dpkg-deb --info "$f" >"$work/$p.info" || bad "dpkg-deb --info $f"
	test "$(dpkg-deb -f "$f" Package)" = "$p" || bad "$f: Package is not $p"
	test "$(dpkg-deb -f "$f" Version)" = "$version-$release" || bad "$p: Version $(dpkg-deb -f "$f" Version)"
	test "$(dpkg-deb -f "$f" Architecture)" = "$arch" || bad "$p: Architecture"
	test -n "$(dpkg-deb -f "$f" Maintainer)" || bad "$p: no Maintainer"
	test -n "$(dpkg-deb -f "$f" Section)" || bad "$p: no Section"
	# A summary line and a longer text.
	test "$(dpkg-deb -f "$f" Description | wc -l)" -gt 2 || bad "$p: short Description"
	lacks "$p" "^\./usr/local"
done

has libenforcement0 "$libdir/libenforcement.so.0.2"
has libenforcement0 "$libdir/libenforcement.so.$version"
lacks libenforcement0 "libenforcement\.so -> "
lacks libenforcement0 "^\./usr/include"
depends libenforcement0 "libc6 (>= 2.34)"
# Any 0.2.x and no 0.3: before 1.0 a new minor may change the ABI.
dpkg-deb --ctrl-tarfile "$(deb libenforcement0)" | tar -xO ./shlibs | grep -qxF "libenforcement 0.2 libenforcement0 (>= $version), libenforcement0 (<< 0.3~)" ||
	bad "libenforcement0: shlibs"

has libenforcement-dev /usr/include/enforcement.h
has libenforcement-dev /usr/include/enforcement/money.h
has libenforcement-dev "$libdir/libenforcement.a"
has libenforcement-dev "$libdir/libenforcement.so -> libenforcement.so.0.2"
has libenforcement-dev "$libdir/pkgconfig/enforcement.pc"
has libenforcement-dev "$libdir/cmake/enforcement/enforcementConfig.cmake"
has libenforcement-dev "$libdir/cmake/enforcement/enforcementConfigVersion.cmake"
has libenforcement-dev /usr/share/enforcement/schemas/case.schema.json
if [ -d "$src/docs/man3" ]; then
	grep -q '^\./usr/share/man/man3/.*\.3.*\.gz' "$work/libenforcement-dev.files" || bad "libenforcement-dev: no man3 page"
fi
lacks libenforcement-dev "/libenforcement\.so\.[0-9][^ ]*$"
depends libenforcement-dev "libenforcement0 (= $version-$release)"

has enforcement-tools /usr/bin/enforcement
has enforcement-tools /usr/share/man/man1/enforcement.1.gz
has enforcement-tools "$libdir/libenforcement_sqlite.so"
depends enforcement-tools "libenforcement0 (= $version-$release)"

if [ -f "$work/python3-enforcement.files" ]; then
	has python3-enforcement /usr/lib/python3/dist-packages/enforcement/__init__.py
	has python3-enforcement /usr/lib/python3/dist-packages/enforcement/core.py
	grep -q '^\./usr/lib/python3/dist-packages/enforcement/_core\.cpython-.*\.so$' "$work/python3-enforcement.files" ||
		bad "python3-enforcement: no extension module"
	py=$(/usr/bin/python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
	depends python3-enforcement "python3 (>= $py~)"
fi
if [ -f "$work/libenforcement-java.files" ]; then
	has libenforcement-java "/usr/share/java/enforcement-$version.jar"
	has libenforcement-java "/usr/share/java/enforcement.jar -> enforcement-$version.jar"
	has libenforcement-java "$libdir/jni/libenforcement_jni.so"
	depends libenforcement-java "default-jre-headless"
	depends libenforcement-java "java-runtime-headless"
fi
if [ "$fail" != 0 ]; then
	echo "the packages are wrong: not installing them"
	exit 1
fi

if command -v lintian >/dev/null 2>&1; then
	echo "== lintian (information only)"
	# shellcheck disable=SC2086 # one word per package file
	lintian --fail-on none $debs 2>&1 | grep -v 'root privileges'
fi

echo "== dpkg -i"
# shellcheck disable=SC2086 # one word per package file
if ! dpkg -i $debs >"$work/dpkg-i.log" 2>&1; then
	cat "$work/dpkg-i.log"
	bad "dpkg -i"
else
	sh "$src/tests/packages/use_installed.sh" "$src" "$work" "$libdir" "$version" "$cc" || fail=1
fi

echo "== dpkg -P"
purge=""
for p in $names; do
	if installed "$p"; then purge="$purge $p"; fi
done
# shellcheck disable=SC2086 # one word per package
if [ -n "$purge" ] && ! dpkg -P $purge >"$work/dpkg-P.log" 2>&1; then
	cat "$work/dpkg-P.log"
	bad "dpkg -P$purge"
fi
for p in $names; do
	if installed "$p"; then bad "$p still installed"; fi
done
for d in /usr/include/enforcement /usr/share/enforcement "$libdir/cmake/enforcement" \
	/usr/lib/python3/dist-packages/enforcement "$libdir/jni/libenforcement_jni.so" \
	/usr/bin/enforcement "$libdir/libenforcement.so.0.2"; do
	if [ -e "$d" ]; then bad "$d left behind after the purge"; fi
done

if [ "$fail" != 0 ]; then
	echo "Debian packages: FAILED"
	exit 1
fi
echo "Debian packages: ok"
