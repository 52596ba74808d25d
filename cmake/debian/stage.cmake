# Run by cpack after it has staged each component's files and before it
# builds the packages (CPACK_PRE_BUILD_SCRIPTS), for what Debian's policy
# asks of every package and a plain `cmake --install` does not give:
# - the manual pages compressed with `gzip -9n` (a page that is a
#   symbolic link to another points at the compressed one);
# - /usr/share/doc/<package>/changelog.Debian.gz, one entry for the
#   release (its date from SOURCE_DATE_EPOCH when set);
# - /usr/share/doc/<package>/copyright, the repository's LICENSE (or
#   COPYING) when it has one;
# - /usr/share/lintian/overrides/<package>, from
#   cmake/debian/<package>/lintian-overrides, each override with its reason.

function(enf_gzip file)
  execute_process(COMMAND gzip -9nf "${file}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip ${file} failed")
  endif()
endfunction()

file(GLOB_RECURSE _enf_files LIST_DIRECTORIES false "${CPACK_TEMPORARY_DIRECTORY}/*")
foreach(_f IN LISTS _enf_files)
  if(NOT _f MATCHES "/share/man/man[0-9][^/]*/[^/]+\\.[0-9][a-z]*$")
    continue()
  endif()
  if(IS_SYMLINK "${_f}")
    file(READ_SYMLINK "${_f}" _target)
    file(REMOVE "${_f}")
    file(CREATE_LINK "${_target}.gz" "${_f}.gz" SYMBOLIC)
  else()
    enf_gzip("${_f}")
  endif()
endforeach()

set(_enf_license "")
foreach(_name LICENSE LICENSE.md LICENSE.txt COPYING)
  if(NOT _enf_license AND EXISTS "${CPACK_ENF_SOURCE_DIR}/${_name}")
    set(_enf_license "${CPACK_ENF_SOURCE_DIR}/${_name}")
  endif()
endforeach()

string(TIMESTAMP _enf_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(_enf_version "${CPACK_PACKAGE_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")
foreach(_c IN LISTS CPACK_COMPONENTS_ALL)
  string(TOUPPER "${_c}" _C)
  set(_pkg "${CPACK_DEBIAN_${_C}_PACKAGE_NAME}")
  set(_doc "${CPACK_TEMPORARY_DIRECTORY}/${_c}/usr/share/doc/${_pkg}")
  if(NOT IS_DIRECTORY "${CPACK_TEMPORARY_DIRECTORY}/${_c}/usr" OR NOT _pkg)
    continue()
  endif()
  file(MAKE_DIRECTORY "${_doc}")
  file(WRITE "${_doc}/changelog.Debian"
"enforcement (${_enf_version}) unstable; urgency=medium

  * Release ${CPACK_PACKAGE_VERSION} of enforcement (its changes are in the
    project's CHANGELOG.md), packaged with CPack.

 -- ${CPACK_PACKAGE_CONTACT}  ${_enf_date}
")
  enf_gzip("${_doc}/changelog.Debian")
  if(_enf_license)
    file(COPY_FILE "${_enf_license}" "${_doc}/copyright")
  endif()
  set(_overrides "${CPACK_ENF_SOURCE_DIR}/cmake/debian/${_pkg}/lintian-overrides")
  if(EXISTS "${_overrides}")
    set(_dir "${CPACK_TEMPORARY_DIRECTORY}/${_c}/usr/share/lintian/overrides")
    file(MAKE_DIRECTORY "${_dir}")
    file(COPY_FILE "${_overrides}" "${_dir}/${_pkg}")
  endif()
endforeach()
