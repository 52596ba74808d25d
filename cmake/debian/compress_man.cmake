# Run by cpack after it has staged the components' files and before it
# builds the packages (CPACK_PRE_BUILD_SCRIPTS): Debian's policy wants the
# manual pages compressed with `gzip -9n`, and a page that is a symbolic
# link to another page pointing at the compressed one.
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
    execute_process(COMMAND gzip -9nf "${_f}" RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "gzip ${_f} failed")
    endif()
  endif()
endforeach()
