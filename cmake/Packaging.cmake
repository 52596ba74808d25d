# Debian packages with CPack: one package per install component.
#
#   runtime -> libenforcement0       the shared library (SONAME libenforcement.so.0.2)
#   dev     -> libenforcement-dev    headers, static library, namelink,
#                                    pkg-config, CMake package, schemas, man3
#   python  -> python3-enforcement   the Python package
#   tools   -> enforcement-tools     the command, its manual, the SQLite extension
#   java    -> libenforcement-java   the jar and the JNI library
#
# Configure with -DCMAKE_INSTALL_PREFIX=/usr, build, then `cpack -G DEB`
# in the build directory (docs/packages.md). A component that has no
# install rule in this build (no SWIG, no JDK) gives no package.
#
# Included last from the top-level CMakeLists.txt: CPack sees only the
# install rules written before it.

set(ENF_PACKAGE_MAINTAINER "enforcement maintainers <maintainers@enforcement.invalid>"
  CACHE STRING "Maintainer field of the Debian packages (name <address>)")
set(ENF_PACKAGE_RELEASE 1 CACHE STRING
  "Debian revision of the packages (the part after the project's version)")

set(CPACK_PACKAGE_NAME enforcement)
set(CPACK_PACKAGE_VENDOR "enforcement")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${ENF_PACKAGE_MAINTAINER}")
# Each package's Description is its component's text below, whose first
# line is the summary; CPackDeb would put a project-wide summary above it
# unless that summary is CPack's own default, so leave it at the default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_GENERATOR DEB)
set(CPACK_DEB_COMPONENT_INSTALL ON)
# Only what the packages hold; the build tree, tests and examples stay out.
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)
# Compressed manual pages, changelog.Debian.gz, copyright and lintian
# overrides (stage.cmake).
set(CPACK_PRE_BUILD_SCRIPTS ${PROJECT_SOURCE_DIR}/cmake/debian/stage.cmake)
set(CPACK_ENF_SOURCE_DIR ${PROJECT_SOURCE_DIR})
set(CPACK_DEBIAN_PACKAGE_RELEASE ${ENF_PACKAGE_RELEASE})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries each package's binaries need, from dpkg-shlibdeps; the
# packages of this project among them are named explicitly below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# dpkg-shlibdeps must find libenforcement.so.0.2 (needed by the command)
# where the build wrote it; it is in no installed package, so it gives no
# dependency there: the explicit ones below name it.
get_target_property(_enf_lib_dir enforcement LIBRARY_OUTPUT_DIRECTORY)
if(NOT _enf_lib_dir)
  get_target_property(_enf_lib_dir enforcement BINARY_DIR)
endif()
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${_enf_lib_dir})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(_enf_deb_version "${PROJECT_VERSION}-${ENF_PACKAGE_RELEASE}")
set(_enf_runtime_exact "libenforcement0 (= ${_enf_deb_version})")

# Each component: package name, section, summary line, longer text.
set(_enf_components runtime dev python tools java)

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME libenforcement0)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SECTION libs)
# A shlibs file, so that dpkg-shlibdeps gives the packages built against
# this one a dependency on it: libenforcement.so.0.2 is in any 0.2.x
# and in no 0.3 (before 1.0 the minor version is in the SONAME, and a new
# minor may change the ABI), so the dependency is bounded on both sides.
# CPackDeb's own shlibs option holds for every package, and would warn
# about the modules that have no SONAME.
math(EXPR _enf_next_minor "${PROJECT_VERSION_MINOR} + 1")
set(_enf_shlibs ${PROJECT_BINARY_DIR}/debian/libenforcement0/shlibs)
file(WRITE ${_enf_shlibs} "libenforcement ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR} libenforcement0 (>= ${PROJECT_VERSION}), libenforcement0 (<< ${PROJECT_VERSION_MAJOR}.${_enf_next_minor}~)\n")
# ldconfig runs once, through dpkg's trigger, after the library is
# unpacked or removed.
set(_enf_triggers ${PROJECT_BINARY_DIR}/debian/libenforcement0/triggers)
file(WRITE ${_enf_triggers} "activate-noawait ldconfig\n")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_CONTROL_EXTRA ${_enf_shlibs} ${_enf_triggers})
set(CPACK_COMPONENT_RUNTIME_DESCRIPTION
"civil-judgment enforcement rules (shared library)
libenforcement is the reference implementation of the rules of
civil-judgment enforcement (Vietnam: thi hanh an dan su): exact money
in VND, statutory dates and working-day calendars, the dated and cited
rules of the law in force, cases and their event log, the failed-auction
price reductions, the order of payment with fees and late interest, and
the official completion rates by cases and by money.
.
This package holds the shared library.")

set(CPACK_DEBIAN_DEV_PACKAGE_NAME libenforcement-dev)
set(CPACK_DEBIAN_DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_DEV_PACKAGE_DEPENDS "${_enf_runtime_exact}")
# The static library and enforcement.pc (Requires.private: sqlite3) need
# SQLite's development files when the store is built.
if(ENF_WITH_SQLITE)
  string(APPEND CPACK_DEBIAN_DEV_PACKAGE_DEPENDS ", libsqlite3-dev")
endif()
set(CPACK_COMPONENT_DEV_DESCRIPTION
"civil-judgment enforcement rules (development files)
libenforcement is the reference implementation of the rules of
civil-judgment enforcement (Vietnam: thi hanh an dan su).
.
This package holds what a program is built with: the C headers, the
static library, the pkg-config file (enforcement), the CMake package
(find_package(enforcement), target enforcement::enforcement), the JSON
Schemas of the documents the library writes and the manual pages of the
C API.")

set(CPACK_DEBIAN_PYTHON_PACKAGE_NAME python3-enforcement)
set(CPACK_DEBIAN_PYTHON_PACKAGE_SECTION python)
set(CPACK_COMPONENT_PYTHON_DESCRIPTION
"civil-judgment enforcement rules (Python 3 package)
libenforcement is the reference implementation of the rules of
civil-judgment enforcement (Vietnam: thi hanh an dan su).
.
This package holds the Python 3 package enforcement: the library's
calculators, registers and reports for analysts' scripts. Its extension
module carries the library itself.")
# The extension module is built for one interpreter's ABI (its file name
# says cpython-3XY), so the package fits that minor version only, as
# Debian's own extension packages do. The postinst and prerm byte-compile
# and clean the package's files as dh_python3's scripts do.
if(TARGET enforcement_python AND ENF_PYTHON_EXECUTABLE)
  execute_process(COMMAND ${ENF_PYTHON_EXECUTABLE} -c
    "import sys; print('%d.%d;%d.%d' % (sys.version_info[:2] + (sys.version_info[0], sys.version_info[1] + 1)))"
    OUTPUT_VARIABLE _enf_pyver OUTPUT_STRIP_TRAILING_WHITESPACE)
  list(GET _enf_pyver 0 _enf_py_this)
  list(GET _enf_pyver 1 _enf_py_next)
  set(CPACK_DEBIAN_PYTHON_PACKAGE_DEPENDS
    "python3 (>= ${_enf_py_this}~), python3 (<< ${_enf_py_next})")
endif()
# pandas and numpy give the data frames (enforcement.frames), imported
# only when asked for.
set(CPACK_DEBIAN_PYTHON_PACKAGE_SUGGESTS "python3-pandas, python3-numpy")
set(CPACK_DEBIAN_PYTHON_PACKAGE_CONTROL_EXTRA
  ${PROJECT_SOURCE_DIR}/cmake/debian/python3-enforcement/postinst
  ${PROJECT_SOURCE_DIR}/cmake/debian/python3-enforcement/prerm)

set(CPACK_DEBIAN_TOOLS_PACKAGE_NAME enforcement-tools)
set(CPACK_DEBIAN_TOOLS_PACKAGE_SECTION utils)
# The command links the shared library (the SQLite extension carries its
# own copy of the library's objects).
set(CPACK_DEBIAN_TOOLS_PACKAGE_DEPENDS "${_enf_runtime_exact}")
set(CPACK_DEBIAN_TOOLS_PACKAGE_SUGGESTS "sqlite3")
set(CPACK_COMPONENT_TOOLS_DESCRIPTION
"civil-judgment enforcement rules (command and SQLite extension)
libenforcement is the reference implementation of the rules of
civil-judgment enforcement (Vietnam: thi hanh an dan su).
.
This package holds the enforcement command (reports of a register by
office and province, a case's state and deadlines, auction plans, fees,
checks of published rates) with its manual page, and
libenforcement_sqlite, a loadable SQLite extension giving the
calculators as SQL functions.")

set(CPACK_DEBIAN_JAVA_PACKAGE_NAME libenforcement-java)
set(CPACK_DEBIAN_JAVA_PACKAGE_SECTION java)
set(CPACK_COMPONENT_JAVA_DESCRIPTION
"civil-judgment enforcement rules (Java binding)
libenforcement is the reference implementation of the rules of
civil-judgment enforcement (Vietnam: thi hanh an dan su).
.
This package holds the Java binding: the jar (/usr/share/java) and its
JNI library (jni/libenforcement_jni.so under the library directory).")
# The JNI library depends on the shared library only if it links it
# (the binding may carry the library's objects instead): read its link
# line from the targets of bindings/java.
set(_enf_java_depends "default-jre-headless | java-runtime-headless")
set(_enf_java_dir ${PROJECT_SOURCE_DIR}/bindings/java)
get_property(_enf_subdirs DIRECTORY ${PROJECT_SOURCE_DIR} PROPERTY SUBDIRECTORIES)
if(_enf_java_dir IN_LIST _enf_subdirs)
  get_property(_enf_java_targets DIRECTORY ${_enf_java_dir} PROPERTY BUILDSYSTEM_TARGETS)
  foreach(_t IN LISTS _enf_java_targets)
    get_target_property(_type ${_t} TYPE)
    if(_type MATCHES "^(SHARED|MODULE)_LIBRARY$")
      get_target_property(_libs ${_t} LINK_LIBRARIES)
      if(_libs MATCHES "(^|;)(enforcement::)?enforcement(;|$)")
        string(APPEND _enf_java_depends ", ${_enf_runtime_exact}")
        break()
      endif()
    endif()
  endforeach()
endif()
set(CPACK_DEBIAN_JAVA_PACKAGE_DEPENDS "${_enf_java_depends}")

foreach(_c IN LISTS _enf_components)
  string(TOUPPER ${_c} _C)
  set(CPACK_COMPONENT_${_C}_DISPLAY_NAME ${CPACK_DEBIAN_${_C}_PACKAGE_NAME})
endforeach()

# Only the components above are packaged, and only those this build
# installs something for.
get_cmake_property(_enf_installed COMPONENTS)
set(CPACK_COMPONENTS_ALL "")
foreach(_c IN LISTS _enf_installed)
  if(_c IN_LIST _enf_components)
    list(APPEND CPACK_COMPONENTS_ALL ${_c})
  else()
    message(WARNING "install component '${_c}' is in no Debian package "
      "(cmake/Packaging.cmake knows: ${_enf_components})")
  endif()
endforeach()

include(CPack)
