#!/bin/sh
# readme-deps.sh — README.md names every Debian package the Makefile and fuzz.mk install (DEB_BUILD,
# DEB_TEST, the fuzz toolchain and the Windows build's WIN_DEB).
cd "$(dirname "$0")/.." || exit 1
pkgs=$(make -s -p -n all 2>/dev/null | sed -n 's/^DEB_\(BUILD\|TEST\) *:\?= *//p' | tr -d '\\')
pkgs="$pkgs $(sed -n 's/.*tests\/deps.sh \([a-z0-9 -]*\) &&.*/\1/p' tests/fuzz/fuzz.mk)"
# the Windows build's (tests/windows/windows.mk: WIN_DEB, from cross-deps.txt and smoke-deps.txt)
pkgs="$pkgs $(make -s --no-print-directory --eval 'print-win-deb: ; @echo $(WIN_DEB)' print-win-deb)"
# the words of README.md's code spans (`...`, also across a line end): a package must be one of them
words=$(tr '\n' ' ' <README.md | grep -o '`[^`]*`' | tr -d '`' | tr ' ' '\n' | grep -v '^$' | LC_ALL=C sort -u)
bad=0
for p in $pkgs; do
    if ! printf '%s\n' "$words" | grep -qxF -- "$p"; then
        echo "README.md does not name the Debian package $p (in a code span)" >&2
        bad=1
    fi
done
[ $bad -eq 0 ] && echo "README.md names every Debian package installed ($(echo $pkgs | wc -w))"
exit $bad
