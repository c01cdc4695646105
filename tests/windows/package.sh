#!/bin/sh
# package.sh — lays out and zips migrate for Windows: migrate.exe with formats\ beside it (the letters' font in
# fonts\, which formats\brieven\opmaak.ini names relative to itself), the manual page as text, the README and
# every licence (migrate's, each library's from the sysroot, the font's). Run from the repository's root.
#
# Usage: tests/windows/package.sh EXE SYSROOT FONT ZIP
# The zip is reproducible: its entries are sorted, dated SOURCE_DATE_EPOCH (default: the last commit's date)
# and carry no extra attributes.
set -eu

if [ $# -ne 4 ]; then
    echo "usage: $0 EXE SYSROOT FONT ZIP" >&2
    exit 2
fi
EXE=$1 SYSROOT=$2 FONT=$3 ZIP=$(realpath -m "$4")
FONTNAME=$(basename "$FONT")
SDE=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
d=$tmp/migrate
mkdir -p "$d/fonts" "$d/licenses"

cp "$EXE" "$d/migrate.exe"
cp -R formats "$d/formats"
# opmaak.ini names Debian's font file; the zip's names its copy in fonts\, relative to formats\brieven\.
sed -i "s|^lettertype = .*/$FONTNAME\$|lettertype = ../../fonts/$FONTNAME|" "$d/formats/brieven/opmaak.ini"
grep -q "^lettertype = ../../fonts/$FONTNAME\$" "$d/formats/brieven/opmaak.ini" || {
    echo "package.sh: formats/brieven/opmaak.ini does not name $FONT" >&2
    exit 1
}
cp "$FONT" "$d/fonts/$FONTNAME"

# The manual page as plain text (no overstriking), with CR LF for Notepad; the README as it is.
GROFF_NO_SGR=1 groff -k -man -Tutf8 -P-bcou migrate.1 | sed 's/$/\r/' >"$d/migrate.txt"
[ -s "$d/migrate.txt" ] || { echo "package.sh: groff made no text of migrate.1" >&2; exit 1; }
cp README.md "$d/README.md"

cp LICENSE "$d/LICENSE.txt"
for f in "$SYSROOT"/licenses/*.txt; do
    cp "$f" "$d/licenses/"
done
cp /usr/share/doc/fonts-liberation2/copyright "$d/licenses/fonts-liberation2.txt"
cp "$SYSROOT/VERSIONS" "$d/licenses/VERSIONS.txt"

find "$d" -exec touch -h -d "@$SDE" {} +
rm -f "$ZIP"
(cd "$tmp" && find migrate | LC_ALL=C sort | TZ=UTC zip -q -X -9 -@ "$ZIP")
echo "package.sh: $ZIP ($(stat -c %s "$ZIP") bytes, $(unzip -Z1 "$ZIP" | grep -vc '/$') files)"
