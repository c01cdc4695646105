#!/usr/bin/env bash
# inih-same.sh — checks that the inih source the Windows build uses (cross-deps.sh's OUTDIR/src/inih, Debian
# trixie's when bookworm's is not served) reads INI files exactly as Debian bookworm's libinih does under
# migrate's reader: tests/windows/inih_same.c prints every header, key and error of in_parse, linked once with
# the system's libinih and once with that source compiled natively with the Windows build's options; both
# read every .ini of the repository, the fuzz corpora and edge cases made here, and their outputs must match.
#
# Usage: tests/windows/inih-same.sh OUTDIR   (after tests/windows/cross-deps.sh OUTDIR inih; from the repo root,
# with build/libmigrate.a built)
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
OUT=$(realpath "$1")
SRC=$OUT/src/inih
[ -f "$SRC/ini.c" ] || { echo "inih-same: no $SRC/ini.c: run tests/windows/cross-deps.sh $1 inih first" >&2; exit 1; }
[ -f build/libmigrate.a ] || { echo "inih-same: no build/libmigrate.a: run make first" >&2; exit 1; }
W=$OUT/inih-same
rm -rf "$W"
mkdir -p "$W/cases"

CC=${CC:-cc}
CFLAGS="-std=c11 -O2 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE"
LIBS="$(pkg-config --libs xlsxwriter zlib libcrypto libical) -lcsv -lhpdf -pthread"
# shellcheck disable=SC2046,SC2086 # word splitting of the flags is meant
{
    $CC $CFLAGS -iquote migrate -c -o "$W/inih_same.o" tests/windows/inih_same.c
    $CC -O2 -DINI_HANDLER_LINENO=1 -c -o "$W/ini-cross.o" "$SRC/ini.c"
    $CC -o "$W/with-debian" "$W/inih_same.o" build/libmigrate.a $(pkg-config --libs inih) $LIBS
    $CC -o "$W/with-cross" "$W/inih_same.o" build/libmigrate.a "$W/ini-cross.o" $LIBS
}

# Edge cases around what inih changed after bookworm's release: long lines, continuation lines, inline
# comments; and the rest of its syntax.
c=$W/cases
long() { head -c "$1" /dev/zero | tr '\0' "$2"; }
for n in 196 197 198 199 200 201 250 400; do
    printf '[a]\nk = %s\nx = 1\n' "$(long "$n" v)" >"$c/long-value-$n.ini"
    printf '[a]\n; %s\nx = 1\n' "$(long "$n" c)" >"$c/long-comment-$n.ini"
    printf '[a]\nk = %s' "$(long "$n" v)" >"$c/long-last-$n.ini"
    printf '[a]\r\nk = %s\r\nx = 1\r\n' "$(long "$n" v)" >"$c/long-crlf-$n.ini"
done
printf '[a]\nk = 1\n  more ; comment\n' >"$c/continuation.ini"
printf '[a]\nk = 1\n\tmore\n' >"$c/continuation-tab.ini"
printf '  [a]\n  k = 1\n' >"$c/indented-first.ini"
printf '[a]\n  ; indented comment\nk = 1\n' >"$c/indented-comment.ini"
printf '[a] ; c\nk = v ; c\nl = v;c\nm = v #c\nn=;\n' >"$c/inline.ini"
printf '[a ; b]\nk = 1\n' >"$c/section-comment.ini"
printf '[a\nk = 1\n' >"$c/section-unclosed.ini"
printf '\xef\xbb\xbf[a]\nk = 1\n' >"$c/bom.ini"
printf '[a]\n\xef\xbb\xbfk = 1\n' >"$c/bom-line2.ini"
printf '[a]\r\nk = 1\r\n\r\n[b]\r\nl : 2\r\n' >"$c/crlf.ini"
printf '[a]\nkey\n' >"$c/no-value.ini"
printf '[a]\n= v\n' >"$c/no-name.ini"
printf '#c\n;c\nk = before\n[a]\nk = 1\n[a]\nk = 2\n' >"$c/repeated.ini"
printf '[]\nk = 1\n[%s]\n%s = 2\n' "$(long 60 s)" "$(long 60 n)" >"$c/names.ini"
printf '[a]\nk = 1\nl = 2' >"$c/no-final-newline.ini"
printf '[a]\nk = a\0b\n' >"$c/nul.ini"
printf '[a]\nk = \xe9\n' >"$c/latin1.ini"
printf '' >"$c/empty.ini"
printf '\n\n\n' >"$c/blank.ini"

files=()
while IFS= read -r -d '' f; do files+=("$f"); done < <(
    find . -path ./build -prune -o -path './.git' -prune -o -type f -name '*.ini' -print0
    find tests/fuzz/corpus tests/fuzz/regressions "$c" -type f ! -name '*.md' -print0
)
"$W/with-debian" "${files[@]}" >"$W/debian.txt"
"$W/with-cross" "${files[@]}" >"$W/cross.txt"
if ! cmp -s "$W/debian.txt" "$W/cross.txt"; then
    diff -u "$W/debian.txt" "$W/cross.txt" | head -40 >&2
    echo "inih-same: $SRC reads differently from Debian's libinih $(pkg-config --modversion inih) (above)" >&2
    exit 1
fi
echo "inih-same: inih $(sed -n 's/^inih\t[^\t]*\t\([^\t]*\).*/\1/p' "$OUT/sysroot/VERSIONS") (the Windows build's)" \
    "and Debian's libinih $(pkg-config --modversion inih) read ${#files[@]} files alike" \
    "($(grep -c ' = <' "$W/debian.txt") keys, $(grep -c 'result [1-9]' "$W/debian.txt") errors)"
