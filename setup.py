"""Builds and installs the Python package ``enforcement`` from the source
tree with pip and Debian's own tools, offline:

    python3 -m pip install --no-build-isolation --no-index .

(python3-pip, python3-setuptools and python3-wheel; CMake, a C compiler,
SWIG and the Python headers, as for the library: scripts/deps.sh). The
C library and its SWIG module are built by CMake in setuptools' build
directory, then the package (the Python layer, the generated core.py and
the compiled _core module, which carries the library inside it) is
installed like any other. CMAKE_BUILD_PARALLEL_LEVEL sets the build jobs
(2 by default).
"""
import os
import re
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))


def version():
    """The version of include/enforcement/common.h."""
    with open(os.path.join(HERE, "include", "enforcement", "common.h"),
              encoding="utf-8") as f:
        text = f.read()
    parts = [re.search(r"#define ENF_VERSION_%s (\d+)" % p, text).group(1)
             for p in ("MAJOR", "MINOR", "PATCH")]
    return ".".join(parts)


class CMakeBuild(build_ext):
    """Builds the SWIG module with CMake and puts the whole generated
    package (core.py beside _core) where setuptools installs from."""

    def build_extension(self, ext):
        build = os.path.abspath(os.path.join(self.build_temp, "cmake"))
        env = dict(os.environ)
        env.setdefault("CMAKE_BUILD_PARALLEL_LEVEL", "2")
        subprocess.check_call([
            "cmake", "-S", HERE, "-B", build,
            "-DCMAKE_BUILD_TYPE=Release",
            "-DPython3_EXECUTABLE=" + sys.executable,
            "-DENF_BUILD_TESTS=OFF", "-DENF_BUILD_EXAMPLES=OFF",
            "-DENF_WERROR=OFF"], env=env)
        subprocess.check_call(["cmake", "--build", build, "--target",
                               "enforcement_python"], env=env)
        pkg = os.path.join(build, "bindings", "python", "pkg", "enforcement")
        module = [f for f in os.listdir(pkg) if f.startswith("_core.")]
        if len(module) != 1:
            raise RuntimeError("the CMake build made no single _core "
                               "module in %s: %s" % (pkg, module))
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(os.path.join(pkg, module[0]), target)
        shutil.copyfile(os.path.join(pkg, "core.py"),
                        os.path.join(os.path.dirname(target), "core.py"))


setup(
    name="enforcement",
    version=version(),
    description="Civil-judgment enforcement rules, exact: deadlines, "
                "auctions, payouts and completion rates (Vietnam, THADS)",
    license="see the repository",
    python_requires=">=3.9",
    packages=["enforcement"],
    package_dir={"enforcement": "bindings/python/enforcement"},
    package_data={"enforcement": ["py.typed"]},
    ext_modules=[Extension("enforcement._core", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
