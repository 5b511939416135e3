#!/bin/sh
# toolkit/plugin_sdk: follows docs/guide-write-a-plugin.md out of tree.
# Installs the build into a scratch prefix, then builds plugins/template/
# against it twice -- with CMake (standalone/, find_package(plancheck)) and
# with pkg-config and the C compiler -- and has the installed plancheck load
# each result.
# usage: plugin_sdk.sh BUILD_DIR SOURCE_DIR [CMAKE] [CC] [PKG_CONFIG]
set -eu
build=$1 src=$2
cmake=${3:-cmake} cc=${4:-cc} pkgconfig=${5:-pkg-config}
unset PLANCHECK_CONFIG
umask 022   # the host refuses plugin files and directories writable by group or others
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
fail() { echo "plugin_sdk: $*"; exit 1; }

"$cmake" --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "cmake --install failed"; }

# What the SDK consists of.
# (<libdir> is lib, or lib/<multiarch> for a /usr prefix on Debian)
pc=$(find "$prefix" -path '*/pkgconfig/plancheck.pc' | head -1)
[ -n "$pc" ] || fail "no <libdir>/pkgconfig/plancheck.pc installed"
pcdir=$(dirname "$pc")
cfg=$(find "$prefix" -path '*/cmake/plancheck/plancheckConfig.cmake' | head -1)
[ -n "$cfg" ] || fail "no <libdir>/cmake/plancheck/plancheckConfig.cmake installed"
[ -f "$(dirname "$cfg")/plancheckConfigVersion.cmake" ] || fail "no plancheckConfigVersion.cmake installed"
grep -q "$prefix" "$tmp/install.log" || fail "the install log does not name the prefix"
grep -qxF "$pc" "$build/install_manifest.txt" || fail "$pc is not in install_manifest.txt"

# pkg-config: the variables the guide uses, pointing into this prefix.
export PKG_CONFIG_PATH="$pcdir"
pkg() { "$pkgconfig" "$@" plancheck; }
cflags=$(pkg --cflags) || fail "pkg-config --cflags plancheck failed"
cflags=$(echo $cflags)   # pkgconf ends it with a space
[ "$cflags" = "-I$prefix/include" ] || fail "pkg-config --cflags gave '$cflags', expected -I$prefix/include"
pluginsdir=$(pkg --variable=pluginsdir)
rulesdir=$(pkg --variable=rulesdir)
[ -f "$pluginsdir/dalian.so" ] || fail "pluginsdir=$pluginsdir holds no dalian.so"
[ -f "$rulesdir/dalian/dalian-2015.lua" ] || fail "rulesdir=$rulesdir holds no dalian/dalian-2015.lua"
[ -f "$rulesdir/.types/plancheck.lua" ] || fail "the rule DSL's editor definitions are not installed in $rulesdir"
[ -f "$rulesdir/.luarc.json" ] || fail "rules/.luarc.json is not installed in $rulesdir"
libs=$(pkg --libs)
libs=$(echo $libs)
case $libs in *-lplancheck*) ;; *) fail "pkg-config --libs gave '$libs', without -lplancheck" ;; esac
abi=$(pkg --variable=plugin_abi_version)
grep -q "#define PC_PLUGIN_ABI_VERSION $abi\$" "$prefix/include/plancheck/plugin.h" ||
    fail "plugin_abi_version=$abi differs from the installed plugin.h"

empty=$tmp/no-rules   # a rules directory without rule files (and a note: UBSan reported the qsort of an empty one)
mkdir -p "$empty"
echo "no rule files" >"$empty/README"
lists_template() {   # lists_template [ARGS...]: the installed plancheck, run with ARGS, loads the template
    out=$(cd "$tmp" && "$prefix/bin/plancheck" "$@" --format json plans 2>"$tmp/stderr") ||
        { cat "$tmp/stderr"; fail "plancheck $* plans failed"; }
    case $out in
        *'"name":"template"'*'"jurisdiction":"990100"'*) ;;
        *) cat "$tmp/stderr"; echo "$out"; fail "the installed plancheck $* did not load the template" ;;
    esac
    [ ! -s "$tmp/stderr" ] || { cat "$tmp/stderr"; fail "plancheck $* plans gave warnings"; }
}

# 1. CMake: find_package(plancheck) and plancheck::plugin.
"$cmake" -S "$src/plugins/template/standalone" -B "$tmp/build-cmake" -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_C_COMPILER="$cc" -DCMAKE_BUILD_TYPE=Release >"$tmp/cmake.log" 2>&1 ||
    { cat "$tmp/cmake.log"; fail "configuring plugins/template/standalone failed"; }
"$cmake" --build "$tmp/build-cmake" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; fail "building the template with CMake failed"; }
grep -q "$prefix/include" "$tmp/build-cmake/CMakeFiles/template.dir/flags.make" 2>/dev/null ||
    fail "the CMake build did not use the installed include directory"
if grep -q "libplancheck" "$tmp/build-cmake/CMakeFiles/template.dir/link.txt" 2>/dev/null; then
    fail "the template links the engine library: a plugin links nothing of the host"
fi
mkdir "$tmp/plugins-cmake"
cp "$tmp/build-cmake/template.so" "$tmp/plugins-cmake/" || fail "the CMake build made no template.so"
lists_template --rules "$empty" --plugins "$tmp/plugins-cmake"
# and `cmake --install` puts it where the installed plancheck looks, beside the
# shipped plugins, whose plans all still load
"$cmake" --install "$tmp/build-cmake" >/dev/null 2>&1 || fail "cmake --install of the template failed"
[ -f "$pluginsdir/template.so" ] || fail "cmake --install did not put template.so into $pluginsdir"
lists_template
# and the editor definitions regenerated there name its field
(cd "$tmp" && "$prefix/bin/plancheck" types) | grep -q "'\"template_example_count\"' .* · plugin template\$" ||
    fail "plancheck types does not list the installed template's field"
rm -f "$pluginsdir/template.so"

# 2. pkg-config and the compiler, as the guide writes it.
mkdir "$tmp/plugins-pc"
# shellcheck disable=SC2086
"$cc" $cflags -std=c11 -Wall -Wextra -Werror -shared -fPIC -fvisibility=hidden \
    "$src/plugins/template/template.c" -o "$tmp/plugins-pc/template.so" || fail "compiling the template with pkg-config failed"
exported=$(nm -D --defined-only "$tmp/plugins-pc/template.so" 2>/dev/null | awk '$2 ~ /^[TDBR]$/ { print $3 }' | sort | tr '\n' ' ')
[ -z "$exported" ] || [ "$exported" = "pc_plugin_entry " ] ||
    fail "the template exports more than pc_plugin_entry: $exported"
lists_template --rules "$empty" --plugins "$tmp/plugins-pc"
cp "$tmp/plugins-pc/template.so" "$(pkg --variable=pluginsdir)/"
lists_template
rm -f "$pluginsdir/template.so"

# 3. An embedding program, for the CMake target and Libs: it links and runs.
# (A sanitizer build installs a library that needs the sanitizer runtime: the
# program is then built with the same flags.)
san=""
if readelf -d "$(pkg --variable=libdir)/libplancheck.so" 2>/dev/null | grep -q 'libasan'; then
    san="-fsanitize=address,undefined"
fi
cat >"$tmp/embed.c" <<'EOF'
#include <plancheck/plancheck.h>
int main(void)
{
    pc_diag *d = pc_diag_new();
    int n = (int)pc_diag_count(d);
    pc_diag_free(d);
    return n;
}
EOF
# shellcheck disable=SC2086
"$cc" $san $cflags "$tmp/embed.c" -o "$tmp/embed" $libs -Wl,-rpath,"$(pkg --variable=libdir)" ||
    fail "a program using pkg-config --cflags --libs plancheck does not link"
"$tmp/embed" || fail "a program linked with -lplancheck does not run"
mkdir "$tmp/embed-cmake"
cat >"$tmp/embed-cmake/CMakeLists.txt" <<EOF
cmake_minimum_required(VERSION 3.18)
project(embed LANGUAGES C)
find_package(plancheck REQUIRED)
if(NOT PLANCHECK_PLUGINDIR STREQUAL "$pluginsdir" OR NOT PLANCHECK_RULESDIR STREQUAL "$rulesdir")
    message(FATAL_ERROR "PLANCHECK_PLUGINDIR/RULESDIR: \${PLANCHECK_PLUGINDIR} \${PLANCHECK_RULESDIR}")
endif()
if(NOT PLANCHECK_PLUGIN_ABI_VERSION STREQUAL "$abi")
    message(FATAL_ERROR "PLANCHECK_PLUGIN_ABI_VERSION: \${PLANCHECK_PLUGIN_ABI_VERSION}")
endif()
add_executable(embed ../embed.c)
target_link_libraries(embed PRIVATE plancheck::plancheck)
EOF
"$cmake" -S "$tmp/embed-cmake" -B "$tmp/embed-cmake/build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_C_COMPILER="$cc" \
    -DCMAKE_C_FLAGS="$san" \
    >"$tmp/cmake.log" 2>&1 || { cat "$tmp/cmake.log"; fail "find_package(plancheck) for an embedding program failed"; }
"$cmake" --build "$tmp/embed-cmake/build" >"$tmp/build.log" 2>&1 ||
    { cat "$tmp/build.log"; fail "a program linked to plancheck::plancheck does not build"; }
"$tmp/embed-cmake/build/embed" || fail "a program linked to plancheck::plancheck does not run"

echo "plugin_sdk: template built against $prefix with CMake and pkg-config; the installed plancheck loads both"
