#!/usr/bin/env bash
# smoke.sh — links tests/windows/smoke.c statically against cross-deps.sh's OUTDIR/sysroot and runs it under wine.
#
# Usage: tests/windows/smoke.sh OUTDIR   (after tests/windows/cross-deps.sh OUTDIR)
# Needs the packages of cross-deps.txt and smoke-deps.txt. The wine prefix is OUTDIR/wine (made on first use).
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
OUT=$(realpath "$1")
HERE=$(cd "$(dirname "$0")" && pwd)
HOST=x86_64-w64-mingw32
SYSROOT=$OUT/sysroot
CC=$HOST-gcc-posix
command -v "$CC" >/dev/null 2>&1 || CC=$HOST-gcc
RUN=$OUT/smoke
rm -rf "$RUN"
mkdir -p "$RUN"

# pkg-config with the sysroot's .pc files and mingw-w64's zlib.pc only (never the build machine's).
export PKG_CONFIG_LIBDIR=$SYSROOT/lib/pkgconfig:/usr/$HOST/lib/pkgconfig PKG_CONFIG_PATH=
mods="xlsxwriter libhpdf libical libcsv zlib"
defs=""
if [ -f "$SYSROOT/lib/libinih.a" ]; then
    mods="$mods inih"
    defs="-DHAVE_INIH"
fi
# shellcheck disable=SC2046,SC2086 # word splitting of the flags is meant
"$CC" -std=c11 -O2 -Wall -Wextra -Werror -static $defs $(pkg-config --cflags $mods) -o "$RUN/smoke.exe" \
    "$HERE/smoke.c" $(pkg-config --static --libs $mods) -lbcrypt
echo "smoke: built $RUN/smoke.exe ($(stat -c %s "$RUN/smoke.exe") bytes)"

export WINEPREFIX=$OUT/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -d "$WINEPREFIX" ]; then
    start=$(date +%s%N)
    wine wineboot --init </dev/null >"$OUT/wineboot.log" 2>&1 || { cat "$OUT/wineboot.log" >&2; exit 1; }
    echo "smoke: made the wine prefix $WINEPREFIX in $((($(date +%s%N) - start) / 1000000)) ms"
fi
start=$(date +%s%N)
(cd "$RUN" && wine smoke.exe </dev/null)
echo "smoke: smoke.exe ran in $((($(date +%s%N) - start) / 1000000)) ms"

for f in smoke.xlsx smoke.pdf; do
    [ -s "$RUN/$f" ] || { echo "smoke: $f missing or empty" >&2; exit 1; }
done
unzip -tq "$RUN/smoke.xlsx"
pdfinfo "$RUN/smoke.pdf" | grep -q '^Pages: *1$' || { echo "smoke: pdfinfo does not see 1 page" >&2; exit 1; }
echo "smoke: smoke.xlsx ($(stat -c %s "$RUN/smoke.xlsx") bytes) and smoke.pdf ($(stat -c %s "$RUN/smoke.pdf") bytes) check out"
