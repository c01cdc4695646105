#!/usr/bin/env bash
# cross-deps.sh — builds migrate's libraries as static x86_64-w64-mingw32 archives from Debian bookworm's source packages into OUTDIR/sysroot.
#
# Usage: tests/windows/cross-deps.sh OUTDIR [LIBRARY...]   (default: every library below)
# Needs the Debian packages listed in tests/windows/cross-deps.txt (zlib is Debian's libz-mingw-w64-dev).
# OUTDIR/apt/      a private apt setup (deb-src lines only; the system's sources and state are not read or changed)
# OUTDIR/src/      downloaded source packages and the trees dpkg-source unpacked (Debian patches applied)
# OUTDIR/sysroot/  include/, lib/*.a, lib/pkgconfig/, licenses/NAME.txt, VERSIONS
# OUTDIR/logs/     one full log per library, shown only when it fails
# OUTDIR/stamps/   one stamp per library built: a library with a stamp is not built again (remove it to rebuild)
# A library in NEWER_SUITES whose bookworm source is not served at all comes from a newer suite (VERSIONS says so).
# CROSS_DEPS_STRICT=1 refuses a source package whose Debian tarball the archive does not serve; by default
# the upstream tarball alone is used (checked against the .dsc) and VERSIONS says the Debian patches are missing.
set -euo pipefail

ALL_LIBS=(libcsv libxlsxwriter inih libpng libharu libical)
declare -A SRCPKG=([libcsv]=libcsv [libxlsxwriter]=libxlsxwriter [inih]=libinih [libpng]=libpng1.6
    [libharu]=libharu [libical]=libical3)
declare -A NEEDS=([libharu]=libpng)
# Newer Debian suites tried, in order, for a library whose bookworm source the archive does not serve at all.
# inih: bookworm's 55-1 answers 404; trixie's 59-1 has the same ini_parse_stream for migrate's use (r56-r59
# changed only over-long lines, which migrate's reader refuses first, and inline comments on continuation
# lines, which it refuses as indented lines; tests/windows/inih-same.sh compares the two on every INI file).
declare -A NEWER_SUITES=([inih]="trixie sid")
# Each library's licence files (relative to its source tree; those present go into licenses/NAME.txt).
declare -A LICFILES=([libcsv]="COPYING.LESSER debian/copyright" [libxlsxwriter]="License.txt debian/copyright"
    [inih]="LICENSE.txt debian/copyright" [libpng]="LICENSE debian/copyright" [libharu]="README debian/copyright"
    [libical]="LICENSE LICENSE.MPL2.txt LICENSE.LGPL21.txt debian/copyright")

if [ $# -lt 1 ]; then
    echo "usage: $0 OUTDIR [LIBRARY...]   (libraries: ${ALL_LIBS[*]})" >&2
    exit 2
fi
OUT=$(realpath -m "$1")
shift
WANT=("$@")
[ ${#WANT[@]} -gt 0 ] || WANT=("${ALL_LIBS[@]}")
for l in "${WANT[@]}"; do
    [ -n "${SRCPKG[$l]:-}" ] || { echo "cross-deps: unknown library '$l' (known: ${ALL_LIBS[*]})" >&2; exit 2; }
    dep=${NEEDS[$l]:-}
    if [ -n "$dep" ] && [[ " ${WANT[*]} " != *" $dep "* ]]; then
        WANT+=("$dep")
    fi
done

HERE=$(cd "$(dirname "$0")" && pwd)
HOST=x86_64-w64-mingw32
MINGW=/usr/$HOST
SYSROOT=$OUT/sysroot
SRC=$OUT/src
BUILD=$OUT/build
LOGS=$OUT/logs
STAMPS=$OUT/stamps
APTDIR=$OUT/apt
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg
JOBS=$(nproc 2>/dev/null || echo 2)

# Nothing to do when every wanted library has its stamp: one line, no network, no tools needed.
todo=()
for l in "${WANT[@]}"; do
    [ -f "$STAMPS/$l" ] || todo+=("$l")
done
if [ ${#todo[@]} -eq 0 ]; then
    echo "cross-deps: nothing to do: ${WANT[*]} already built in $SYSROOT"
    exit 0
fi

# The tools; a missing one names the package list.
if command -v $HOST-gcc-posix >/dev/null 2>&1; then
    CC=$HOST-gcc-posix CXX=$HOST-g++-posix
else
    CC=$HOST-gcc CXX=$HOST-g++
fi
missing=""
for t in "$CC" "$CXX" $HOST-ar $HOST-ranlib $HOST-windres make cmake autoreconf libtoolize perl apt-get \
    dpkg-source patch xz sha256sum; do
    command -v "$t" >/dev/null 2>&1 || missing="$missing $t"
done
[ -f "$MINGW/include/zlib.h" ] && [ -f "$MINGW/lib/libz.a" ] || missing="$missing $MINGW/lib/libz.a"
[ -f "$KEYRING" ] || missing="$missing $KEYRING"
if [ -n "$missing" ]; then
    echo "cross-deps: missing:$missing" >&2
    echo "cross-deps: install the Debian packages listed in $HERE/cross-deps.txt" >&2
    exit 1
fi
CC=$(command -v "$CC") CXX=$(command -v "$CXX")
AR=$(command -v $HOST-ar) RANLIB=$(command -v $HOST-ranlib)
CFLAGS="-O2"

mkdir -p "$SYSROOT/include" "$SYSROOT/lib/pkgconfig" "$SYSROOT/licenses" "$SRC" "$BUILD" "$LOGS" "$STAMPS"

# The private apt setups: each its own sources list, state, cache and (empty) dpkg status; Release files are
# checked against Debian's archive keyring, each downloaded file against the signed indices. The one in
# OUTDIR/apt/ reads bookworm; OUTDIR/apt-SUITE/ reads one newer suite (for NEWER_SUITES only).
# apt_opts DIR sets APT_OPTS for the setup in DIR.
apt_opts() {
    APT_OPTS=(-o "Dir::Etc::SourceList=$1/sources.list" -o "Dir::Etc::SourceParts=/dev/null"
        -o "Dir::Etc::Preferences=/dev/null" -o "Dir::Etc::PreferencesParts=/dev/null"
        -o "Dir::Etc::Trusted=$KEYRING" -o "Dir::Etc::TrustedParts=/dev/null"
        -o "Dir::State=$1/state" -o "Dir::State::Status=$1/state/status" -o "Dir::Cache=$1/cache"
        -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root" -o "Acquire::Languages=none")
}
declare -A APT_READY=()
# apt_setup [SUITE]: make the setup for bookworm (no argument) or SUITE ready and select it (APT_OPTS).
apt_setup() {
    local suite=${1:-} dir=$APTDIR
    [ -z "$suite" ] || dir=$APTDIR-$suite
    apt_opts "$dir"
    [ -n "${APT_READY[$dir]:-}" ] && return 0
    mkdir -p "$dir/state/lists/partial" "$dir/cache/archives/partial"
    : >"$dir/state/status"
    {
        echo "# cross-deps.sh's private source list (not the system's)"
        if [ -z "$suite" ]; then
            echo "deb-src [signed-by=$KEYRING] http://deb.debian.org/debian bookworm main"
            echo "deb-src [signed-by=$KEYRING] http://deb.debian.org/debian bookworm-updates main"
            echo "deb-src [signed-by=$KEYRING] http://deb.debian.org/debian-security bookworm-security main"
        else
            echo "deb-src [signed-by=$KEYRING] http://deb.debian.org/debian $suite main"
        fi
    } >"$dir/sources.list"
    apt-get "${APT_OPTS[@]}" -q update || return 1
    APT_READY[$dir]=1
}

# The Debian versions of source package $1, newest first.
src_versions() {
    local v sorted=() i j t
    while read -r v; do sorted+=("$v"); done < <(apt-cache "${APT_OPTS[@]}" showsrc "$1" | sed -n 's/^Version: //p' | sort -u)
    for ((i = 1; i < ${#sorted[@]}; i++)); do
        for ((j = i; j > 0; j--)); do
            dpkg --compare-versions "${sorted[j - 1]}" lt "${sorted[j]}" || break
            t=${sorted[j - 1]} sorted[j - 1]=${sorted[j]} sorted[j]=$t
        done
    done
    printf '%s\n' "${sorted[@]}"
}

# The files of a .dsc with their SHA-256: "sha256 name" lines.
dsc_files() {
    awk '/^Checksums-Sha256:/ {on = 1; next} /^[^ ]/ {on = 0} on && NF == 3 {print $1, $3}' "$1"
}

# Try the versions of source package $1 in the selected apt setup (apt_setup), newest first: the first whose
# files the archive serves all is unpacked into $2 (return 0, VER set). Appends the versions tried to SKIPPED;
# sets FALLBACK (when empty) to the newest whose .dsc and upstream tarball(s) were served.
try_versions() {
    local pkg=$1 dest=$2 v dir dsc ok sum name versions
    versions=$(src_versions "$pkg")
    for v in $versions; do
        dir=$SRC/dl/${pkg}_$v
        mkdir -p "$dir"
        dsc=$dir/${pkg}_${v#*:}.dsc
        echo "== apt-get source --download-only $pkg=$v"
        if (cd "$dir" && apt-get "${APT_OPTS[@]}" -q source --download-only "$pkg=$v"); then
            rm -rf "$dest"
            echo "== dpkg-source -x $dsc"
            dpkg-source -x "$dsc" "$dest" || return 2
            VER=$v
            return 0
        fi
        SKIPPED="$SKIPPED $v"
        if [ -z "$FALLBACK" ] && [ -f "$dsc" ]; then
            ok=1
            while read -r sum name; do
                case $name in *.debian.tar.* | *.diff.gz) continue ;; esac
                if [ ! -f "$dir/$name" ] || [ "$(sha256sum <"$dir/$name" | cut -d' ' -f1)" != "$sum" ]; then
                    ok=0
                fi
            done < <(dsc_files "$dsc")
            [ "$ok" -eq 1 ] && FALLBACK=$v
        fi
    done
    return 1
}

# Download library $3's source package $1 and unpack it into $2; sets VER and NOTE. The newest bookworm
# version whose files the archive serves wins; failing that, for a library with NEWER_SUITES, the newest
# version of those suites (in order) whose files it serves; failing that (CROSS_DEPS_STRICT unset), the newest
# bookworm version whose .dsc and upstream tarball(s) it serves, unpacked without the Debian part.
fetch_source() {
    local pkg=$1 dest=$2 lib=$3 v dir dsc sum name fallback suite rc
    SKIPPED="" FALLBACK=""
    apt_setup || return 1
    [ -n "$(src_versions "$pkg")" ] || { echo "no source package $pkg in the archive's indices"; return 1; }
    try_versions "$pkg" "$dest" && rc=0 || rc=$?
    if [ "$rc" -eq 0 ]; then
        NOTE=""
        [ -z "$SKIPPED" ] || NOTE="newer${SKIPPED} not served by the archive"
        return 0
    fi
    [ "$rc" -eq 1 ] || return 1
    fallback=$FALLBACK
    for suite in ${NEWER_SUITES[$lib]:-}; do
        echo "== bookworm serves no complete source of $pkg (tried:$SKIPPED): trying $suite"
        apt_setup "$suite" || return 1
        local tried=$SKIPPED
        try_versions "$pkg" "$dest" && rc=0 || rc=$?
        if [ "$rc" -eq 0 ]; then
            NOTE="Debian $suite's source: the archive does not serve bookworm's (tried:$tried)"
            return 0
        fi
        [ "$rc" -eq 1 ] || return 1
    done
    apt_setup
    local skipped=$SKIPPED
    if [ -z "$fallback" ]; then
        echo "the archive serves no complete source of $pkg (tried:$skipped)"
        return 1
    fi
    if [ "${CROSS_DEPS_STRICT:-0}" = 1 ]; then
        echo "$pkg $fallback: the archive serves the upstream tarball but not the Debian part; CROSS_DEPS_STRICT=1 refuses it"
        return 1
    fi
    v=$fallback dir=$SRC/dl/${pkg}_$v dsc=$dir/${pkg}_${v#*:}.dsc
    rm -rf "$dest"
    mkdir -p "$dest"
    while read -r sum name; do
        case $name in
        *.orig.tar.*)
            echo "== upstream tarball only: $name (SHA-256 matches $dsc)"
            tar -C "$dest" --strip-components=1 -xf "$dir/$name" || return 1
            ;;
        esac
    done < <(dsc_files "$dsc")
    VER=$v NOTE="upstream tarball only: the archive does not serve the Debian part, Debian's patches are NOT applied"
}

# Install from the staging tree $1 (an install with DESTDIR) into the sysroot: headers, static
# archives and pkg-config files only (no .la, no programs, no docs).
stage_to_sysroot() {
    local stage=$1$SYSROOT
    if [ -d "$stage/include" ]; then
        cp -a "$stage/include/." "$SYSROOT/include/"
    fi
    find "$stage/lib" -maxdepth 1 -name '*.a' ! -name '*.dll.a' -exec cp -a {} "$SYSROOT/lib/" \;
    if [ -d "$stage/lib/pkgconfig" ]; then
        cp -a "$stage/lib/pkgconfig/." "$SYSROOT/lib/pkgconfig/"
    fi
}

# A pkg-config file for a library whose upstream ships none.
write_pc() { # name version description libs libs.private requires.private
    cat >"$SYSROOT/lib/pkgconfig/$1.pc" <<EOF
# written by tests/windows/cross-deps.sh
prefix=$SYSROOT
includedir=\${prefix}/include
libdir=\${prefix}/lib

Name: $1
Description: $3
Version: $2
Requires.private: ${6:-}
Libs: -L\${libdir} $4
Libs.private: ${5:-}
Cflags: -I\${includedir}
EOF
}

# The CMake toolchain file for the cross builds.
write_toolchain() {
    cat >"$OUT/toolchain-$HOST.cmake" <<EOF
# written by tests/windows/cross-deps.sh: cross-compiling for 64-bit Windows with mingw-w64
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(CMAKE_C_COMPILER $CC)
set(CMAKE_CXX_COMPILER $CXX)
set(CMAKE_RC_COMPILER $(command -v $HOST-windres))
set(CMAKE_AR $AR)
set(CMAKE_RANLIB $RANLIB)
set(CMAKE_FIND_ROOT_PATH $SYSROOT $MINGW)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
EOF
}

CMAKE_COMMON=(-DCMAKE_TOOLCHAIN_FILE="$OUT/toolchain-$HOST.cmake" -DCMAKE_BUILD_TYPE= -DCMAKE_C_FLAGS="$CFLAGS"
    -DCMAKE_INSTALL_PREFIX="$SYSROOT" -DCMAKE_INSTALL_LIBDIR=lib -DBUILD_SHARED_LIBS=OFF
    -DZLIB_INCLUDE_DIR="$MINGW/include" -DZLIB_LIBRARY="$MINGW/lib/libz.a")
AUTOTOOLS_COMMON=(--host="$HOST" --prefix="$SYSROOT" --libdir="$SYSROOT/lib" --enable-static --disable-shared
    CC="$CC" AR="$AR" RANLIB="$RANLIB" CFLAGS="$CFLAGS")

# The recipes: each runs in its unpacked source tree ($S), with $B its build dir and $STAGE its staging dir.
build_libcsv() {
    autoreconf -fi
    ./configure "${AUTOTOOLS_COMMON[@]}"
    make -j"$JOBS"
    make install DESTDIR="$STAGE"
    stage_to_sysroot "$STAGE"
    write_pc libcsv "${VER%%+*}" "CSV parser and writer" -lcsv
}

build_libxlsxwriter() {
    # As Debian's, but with the bundled minizip and MD5 (no system minizip or OpenSSL for mingw-w64).
    cmake -S . -B "$B" "${CMAKE_COMMON[@]}" -DUSE_SYSTEM_MINIZIP=OFF -DUSE_OPENSSL_MD5=OFF \
        -DBUILD_TESTS=OFF -DBUILD_EXAMPLES=OFF
    cmake --build "$B" -j "$JOBS"
    DESTDIR="$STAGE" cmake --install "$B"
    stage_to_sysroot "$STAGE"
}

build_inih() {
    # inih is one C file. Debian's meson build (distro_install=true, its patches applied) gives it one
    # compile-time option, INI_HANDLER_LINENO=1 (debian/patches/*Force-INI_HANDLER_LINENO*); every other
    # INI_* option keeps inih's default (Debian's runtime-options patch makes them variables with those
    # defaults). This build does the same.
    grep -q "INI_HANDLER_LINENO=1" meson.build
    mkdir -p "$B" "$STAGE$SYSROOT/include" "$STAGE$SYSROOT/lib"
    "$CC" $CFLAGS -DINI_HANDLER_LINENO=1 -c -o "$B/ini.o" ini.c
    "$AR" rcs "$STAGE$SYSROOT/lib/libinih.a" "$B/ini.o"
    cp ini.h "$STAGE$SYSROOT/include/"
    stage_to_sysroot "$STAGE"
    write_pc inih "${VER%%-*}" "simple .INI file parser" -linih
}

build_libpng() {
    autoreconf -fi
    ./configure "${AUTOTOOLS_COMMON[@]}" CPPFLAGS="-I$MINGW/include" LDFLAGS="-L$MINGW/lib"
    make -j"$JOBS"
    make install DESTDIR="$STAGE"
    stage_to_sysroot "$STAGE"
}

build_libharu() {
    # Debian builds with dh-autoreconf; 2.3.0's configure.in takes the install prefixes of zlib and libpng.
    autoreconf -fi
    ./configure "${AUTOTOOLS_COMMON[@]}" --with-zlib="$MINGW" --with-png="$SYSROOT"
    make -j"$JOBS"
    make install DESTDIR="$STAGE"
    stage_to_sysroot "$STAGE"
    write_pc libhpdf "${VER%%+*}" "Haru free PDF library" -lhpdf -lm "libpng16 zlib"
}

build_libical() {
    # The core libraries only: no ICU, Berkeley DB, glib, introspection, Vala, C++, docs or tests.
    cmake -S . -B "$B" "${CMAKE_COMMON[@]}" -DSTATIC_ONLY=ON -DSHARED_ONLY=OFF -DWITH_CXX_BINDINGS=OFF \
        -DICAL_GLIB=OFF -DICAL_GLIB_VAPI=OFF -DGOBJECT_INTROSPECTION=OFF -DICAL_BUILD_DOCS=OFF \
        -DENABLE_GTK_DOC=OFF -DLIBICAL_BUILD_TESTING=OFF -DUSE_BUILTIN_TZDATA=ON \
        -DCMAKE_DISABLE_FIND_PACKAGE_ICU=ON -DCMAKE_DISABLE_FIND_PACKAGE_BerkeleyDB=ON \
        -DCMAKE_DISABLE_FIND_PACKAGE_GLib=ON -DCMAKE_DISABLE_FIND_PACKAGE_LibXML=ON \
        -DCMAKE_DISABLE_FIND_PACKAGE_GObjectIntrospection=ON
    cmake --build "$B" -j "$JOBS" --target ical icalss icalvcal
    DESTDIR="$STAGE" cmake --install "$B"
    # Its export headers mark every function dllimport unless LIBICAL_*_STATIC_DEFINE is given (libical.pc
    # does not give it): static archives only here, so the installed headers define it themselves.
    local h d
    for h in "$STAGE$SYSROOT"/include/libical/libical_*_export.h; do
        d=$(sed -n 's/^#ifdef \(LIBICAL_[A-Z]*_STATIC_DEFINE\)$/\1/p' "$h")
        [ -n "$d" ]
        sed -i "1i /* cross-deps.sh: static libraries only */\\n#ifndef $d\\n#define $d\\n#endif" "$h"
    done
    stage_to_sysroot "$STAGE"
}

# Build library $1 (its log in $LOGS/$1.log); on success write its stamp, licence and VERSIONS line.
build_one() {
    local name=$1 pkg=${SRCPKG[$1]} log=$LOGS/$1.log f lic=""
    S=$SRC/$name B=$BUILD/$name STAGE=$BUILD/$name-stage VER="" NOTE=""
    rm -rf "$B" "$STAGE"
    fetch_source "$pkg" "$S" "$name" >"$log" 2>&1 || return 1
    # A subshell of its own with errexit on (build_one runs with it off): the first failing step fails the build.
    # (not in an if or || list, where bash would ignore errexit inside it too)
    (
        set -e
        cd "$S"
        set -x
        "build_$name"
    ) >>"$log" 2>&1
    local rc=$?
    [ "$rc" -eq 0 ] || return 1
    {
        echo "# licence files of $name (Debian source $pkg $VER)"
        for f in ${LICFILES[$name]}; do
            [ -f "$S/$f" ] || continue
            # Without Debian's part a debian/ directory is upstream's own (libical ships an old one).
            case $NOTE:$f in "upstream tarball only"*:debian/*) continue ;; esac
            printf '\n===== %s =====\n\n' "$f"
            cat "$S/$f"
            lic="$lic src/$name/$f"
        done
    } >"$SYSROOT/licenses/$name.txt"
    printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$pkg" "$VER" "${lic# }" "$NOTE" >"$STAMPS/$name"
}

# OUTDIR/sysroot/VERSIONS from the stamps, with zlib and the mingw-w64 runtime from the system's packages.
write_versions() {
    local l p v
    {
        echo "# libraries in this sysroot: name, Debian source package, Debian version, licence files, note"
        echo "# (licence files are relative to OUTDIR; each library's are also in licenses/NAME.txt)"
        for l in "${ALL_LIBS[@]}"; do
            [ -f "$STAMPS/$l" ] && cat "$STAMPS/$l"
        done
        for p in libz-mingw-w64-dev:zlib mingw-w64-x86-64-dev:mingw-w64-runtime; do
            v=$(dpkg-query -W -f='${Version}' "${p%%:*}" 2>/dev/null || echo unknown)
            printf '%s\t%s\t%s\t%s\t%s\n' "${p#*:}" "${p%%:*}" "$v" "/usr/share/doc/${p%%:*}/copyright" \
                "Debian binary package, in $MINGW (not built here)"
            cp "/usr/share/doc/${p%%:*}/copyright" "$SYSROOT/licenses/${p#*:}.txt"
        done
    } >"$SYSROOT/VERSIONS"
}

write_toolchain
failed=()
for l in "${ALL_LIBS[@]}"; do
    case " ${todo[*]} " in *" $l "*) ;; *) continue ;; esac
    dep=${NEEDS[$l]:-}
    if [ -n "$dep" ] && [ ! -f "$STAMPS/$dep" ]; then
        echo "cross-deps: $l not built: it needs $dep, which is not built" >&2
        failed+=("$l")
        continue
    fi
    start=$SECONDS
    set +e
    build_one "$l"
    rc=$?
    set -e
    if [ "$rc" -eq 0 ]; then
        IFS=$'\t' read -r _ _ ver _ note <"$STAMPS/$l"
        echo "cross-deps: $l $ver built ($((SECONDS - start)) s)${note:+ — $note}"
    else
        echo "cross-deps: $l FAILED; its log, $LOGS/$l.log, ends:" >&2
        tail -n 40 "$LOGS/$l.log" | sed 's/^/    /' >&2
        failed+=("$l")
    fi
done
write_versions
if [ ${#failed[@]} -gt 0 ]; then
    echo "cross-deps: not built: ${failed[*]} (logs in $LOGS)" >&2
    exit 1
fi
