# install-sdk.cmake -- what out-of-tree plugins and embedding programs build
# against: a pkg-config file and a CMake package for the installed headers
# and library.  Included from the top-level CMakeLists.txt:
#   include(cmake/install-sdk.cmake)
# It uses GNUInstallDirs and PLANCHECK_INSTALL_PLUGINDIR / _RULESDIR from
# there, and the engine's `plancheck` target through generator expressions,
# so it may be included before or after add_subdirectory(engine).
#
# Installed:
#   <libdir>/pkgconfig/plancheck.pc
#   <libdir>/cmake/plancheck/plancheckConfig.cmake, plancheckConfigVersion.cmake
#   <rulesdir>/.luarc.json   (editor support for rule files: rules/.types/ is
#                             installed with the rules)
# tests/toolkit/plugin_sdk.sh builds plugins/template/ against an install.

include(CMakePackageConfigHelpers)

set(PLANCHECK_SDK_DIR ${CMAKE_BINARY_DIR}/sdk)

# The plugin ABI version, for find_package users and pkg-config --variable.
file(STRINGS ${PROJECT_SOURCE_DIR}/include/plancheck/plugin.h _pc_abi_line
     REGEX "^#define PC_PLUGIN_ABI_VERSION [0-9]+")
string(REGEX REPLACE "^#define PC_PLUGIN_ABI_VERSION ([0-9]+).*" "\\1" PLANCHECK_PLUGIN_ABI_VERSION "${_pc_abi_line}")

# ---- CMake package ------------------------------------------------------------
# Relocatable (paths from the config file's own location), so it is right for
# `cmake --install build --prefix X` whatever prefix was configured.  A second
# pass (file(GENERATE)) fills in the engine library's file names.
set(PLANCHECK_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/plancheck)
configure_package_config_file(
    ${CMAKE_CURRENT_LIST_DIR}/plancheckConfig.cmake.in
    ${PLANCHECK_SDK_DIR}/plancheckConfig.cmake.gen
    INSTALL_DESTINATION ${PLANCHECK_CMAKEDIR}
    PATH_VARS CMAKE_INSTALL_INCLUDEDIR CMAKE_INSTALL_LIBDIR PLANCHECK_INSTALL_PLUGINDIR PLANCHECK_INSTALL_RULESDIR)
file(GENERATE OUTPUT ${PLANCHECK_SDK_DIR}/plancheckConfig.cmake
     INPUT ${PLANCHECK_SDK_DIR}/plancheckConfig.cmake.gen)
# 0.x: a minor version may change the API, so only the same minor is compatible.
write_basic_package_version_file(${PLANCHECK_SDK_DIR}/plancheckConfigVersion.cmake
    VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PLANCHECK_SDK_DIR}/plancheckConfig.cmake ${PLANCHECK_SDK_DIR}/plancheckConfigVersion.cmake
        DESTINATION ${PLANCHECK_CMAKEDIR})

# ---- pkg-config ----------------------------------------------------------------
# pkg-config files hold absolute paths, so the file is written at install time,
# with the prefix of that install (cmake --install --prefix X, or the configured
# one); DESTDIR is not part of it, as packaging expects.
foreach(_pc_dir LIBDIR INCLUDEDIR DATADIR)
    if(IS_ABSOLUTE "${CMAKE_INSTALL_${_pc_dir}}")
        set(_pc_${_pc_dir} "${CMAKE_INSTALL_${_pc_dir}}")
    else()
        set(_pc_${_pc_dir} "\${prefix}/${CMAKE_INSTALL_${_pc_dir}}")
    endif()
endforeach()
# The plugin and rules directories relative to libdir and datadir when they lie
# beneath them (the usual case: pluginsdir=${libdir}/plancheck/plugins).
foreach(_pc_pair "PLUGINSDIR;PLANCHECK_INSTALL_PLUGINDIR;LIBDIR;libdir"
                 "RULESDIR;PLANCHECK_INSTALL_RULESDIR;DATADIR;datadir")
    list(GET _pc_pair 0 _pc_out)
    list(GET _pc_pair 1 _pc_var)
    list(GET _pc_pair 2 _pc_base)
    list(GET _pc_pair 3 _pc_basevar)
    set(_pc_path "${${_pc_var}}")
    string(LENGTH "${CMAKE_INSTALL_${_pc_base}}/" _pc_len)
    string(SUBSTRING "${_pc_path}" 0 ${_pc_len} _pc_head)
    if(_pc_head STREQUAL "${CMAKE_INSTALL_${_pc_base}}/")
        string(SUBSTRING "${_pc_path}" ${_pc_len} -1 _pc_tail)
        set(_pc_${_pc_out} "\${${_pc_basevar}}/${_pc_tail}")
    elseif(IS_ABSOLUTE "${_pc_path}")
        set(_pc_${_pc_out} "${_pc_path}")
    else()
        set(_pc_${_pc_out} "\${prefix}/${_pc_path}")
    endif()
endforeach()
# The values hold ${prefix} and friends for pkg-config: escaped, so the install
# script keeps them as they are.
foreach(_pc_v LIBDIR INCLUDEDIR DATADIR PLUGINSDIR RULESDIR)
    string(REPLACE "$" "\\$" _pc_${_pc_v} "${_pc_${_pc_v}}")
endforeach()
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
    set(_pc_dest "${CMAKE_INSTALL_LIBDIR}/pkgconfig")
else()
    set(_pc_dest "\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}/pkgconfig")
endif()
# Written straight into the destination (nothing in the build tree, so two
# installs to different prefixes at once cannot mix), and recorded in
# install_manifest.txt like any installed file.
install(CODE "
    set(PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
    set(PC_LIBDIR \"${_pc_LIBDIR}\")
    set(PC_INCLUDEDIR \"${_pc_INCLUDEDIR}\")
    set(PC_DATADIR \"${_pc_DATADIR}\")
    set(PC_PLUGINSDIR \"${_pc_PLUGINSDIR}\")
    set(PC_RULESDIR \"${_pc_RULESDIR}\")
    set(PLANCHECK_PLUGIN_ABI_VERSION \"${PLANCHECK_PLUGIN_ABI_VERSION}\")
    set(PROJECT_VERSION \"${PROJECT_VERSION}\")
    set(_pc_file \"\$ENV{DESTDIR}${_pc_dest}/plancheck.pc\")
    message(STATUS \"Installing: \${_pc_file}\")
    configure_file(\"${CMAKE_CURRENT_LIST_DIR}/plancheck.pc.in\" \"\${_pc_file}\" @ONLY)
    list(APPEND CMAKE_INSTALL_MANIFEST_FILES \"\${_pc_file}\")
")

# ---- editor support for rule files ------------------------------------------------
install(FILES ${PROJECT_SOURCE_DIR}/rules/.luarc.json DESTINATION ${PLANCHECK_INSTALL_RULESDIR})
