#!/bin/sh
# make-seeds.sh — (re)create the seed corpora of tests/fuzz/corpus/ from the repository's own files.
# Run from the repository root: sh tests/fuzz/make-seeds.sh
# Seeds are named after their source and deduplicated by content; no file over 64 KB.
set -eu
C=tests/fuzz/corpus
MAX=65536
mkdir -p "$C/csvread" "$C/ini" "$C/catalog"

# add FILE DIR NAME: copy FILE to DIR/NAME unless a seed with the same content is there already
add() {
    [ "$(wc -c <"$1")" -le $MAX ] || return 0
    sum=$(md5sum <"$1" | cut -c1-32)
    grep -qx "$sum" "$2/.sums" 2>/dev/null && return 0
    echo "$sum" >>"$2/.sums"
    cp "$1" "$2/$3"
}
for d in csvread ini catalog; do rm -f "$C/$d/.sums"; done

# csvread: the CSV files of the demo and of the end-to-end cases' portfolios
for f in samples/demo/*.csv tests/cases/*/portfolio/*.csv; do
    [ -f "$f" ] || continue
    case "$f" in
    samples/*) name="demo_$(basename "$f")" ;;
    *) name="$(echo "$f" | cut -d/ -f3)_$(basename "$f")" ;;
    esac
    add "$f" "$C/csvread" "$name"
done
# hand-made dialect seeds
t=$(mktemp)
printf '\357\273\277gebruikersnaam;naam;email\r\njan;Jan Jansen;jan@example.nl\r\n' >"$t"; add "$t" "$C/csvread" hand_bom_crlf.csv
printf 'loonheffingennummer,naam\r"123456789L01","Caf\351 De Hoek"\r' >"$t"; add "$t" "$C/csvread" hand_cr_cp1252.csv
printf 'gebruikersnaam\tnaam\nan\t"twee\nregels ""quote"""\n\n  \nx\ty\n' >"$t"; add "$t" "$C/csvread" hand_tab_multiline.csv
printf 'a|b|c\n1|2\n"open|x\n' >"$t"; add "$t" "$C/csvread" hand_pipe_unterminated.csv
printf '\357\273' >"$t"; add "$t" "$C/csvread" hand_half_bom.csv
printf 'naam;kvk\n\342\202\254;\360\237\230\200\n\355\240\200;\300\257\n' >"$t"; add "$t" "$C/csvread" hand_utf8_edges.csv

# ini: portfolio.ini files
for f in samples/demo/portfolio.ini tests/cases/*/portfolio/portfolio.ini; do
    [ -f "$f" ] || continue
    case "$f" in
    samples/*) name=demo_portfolio.ini ;;
    *) name="$(echo "$f" | cut -d/ -f3)_portfolio.ini" ;;
    esac
    add "$f" "$C/ini" "$name"
done

# catalog: one selector byte (file index 0..4, see fuzz_catalog.c) then the file
i=0
for f in diensten.ini leveranciers.ini invoer.ini accounts.ini uitvoer/generiek.ini; do
    { printf "\\$(printf '%03o' $i)"; cat "formats/$f"; } >"$t"
    add "$t" "$C/catalog" "$i-$(basename "$f")"
    i=$((i + 1))
done
rm -f "$t"
for d in csvread ini catalog; do rm -f "$C/$d/.sums"; done
echo "seeds: csvread $(ls "$C/csvread" | wc -l), ini $(ls "$C/ini" | wc -l), catalog $(ls "$C/catalog" | wc -l)"
