#!/bin/sh
# readme-deps.sh — README.md names every Debian package the Makefile and fuzz.mk install (DEB_BUILD,
# DEB_TEST and the fuzz toolchain).
cd "$(dirname "$0")/.." || exit 1
pkgs=$(make -s -p -n all 2>/dev/null | sed -n 's/^DEB_\(BUILD\|TEST\) *:\?= *//p' | tr -d '\\')
pkgs="$pkgs $(sed -n 's/.*tests\/deps.sh \([a-z0-9 -]*\) &&.*/\1/p' tests/fuzz/fuzz.mk)"
text=$(tr '\n' ' ' <README.md)
bad=0
for p in $pkgs; do
    case "$text" in
    *"$p"*) ;;
    *) echo "README.md does not name the Debian package $p" >&2; bad=1 ;;
    esac
done
[ $bad -eq 0 ] && echo "README.md names every Debian package installed ($(echo $pkgs | wc -w))"
exit $bad
