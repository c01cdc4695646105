#!/bin/sh
# lang-words.sh — an English run of the demo shows no Dutch word outside codes and data. Every word of every
# output (stdout, stderr, the CSV files, rapport.txt, the text of every workbook sheet) is looked up in a list
# of Dutch words that are not English (tests/dutch-words.txt); a word is allowed when it is data or a name:
# it occurs in the input files, in the catalogues (formats/*.ini: service names, supplier texts), in a CSV
# header or a sheet name. As a check that the test can fail, the same run in Dutch must show many of them.
#
#   sh tests/lang-words.sh BINARY PORTFOLIO [REGISTRATIONS]
# With REGISTRATIONS (a supplier's export) a status run on each run's output is looked at the same way.
set -u
export LC_ALL=C
bin=${1:-build/migrate}
portfolio=${2:-samples/demo}
regs=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795000000

# words: the words of the text on stdin, one per line, lower case: letters, digits, '_', '-' and every byte of
# a multi-byte character make a word, so codes (verhogen-naar-eh3, eh_niveau) stay one word
words() {
    tr -cs 'A-Za-z0-9_\200-\377-' '\n' | grep '[A-Za-z]' | tr 'A-Z' 'a-z'
}

# the codes of the outputs: ledger outcomes, routes, staff actions, follow-up kinds, finding codes
codes() {
    printf '%s\n' gebruikt afgewezen overgeslagen dubbel verplaatst beheermodule formulier papier geen eigen \
        eh3-aanvragen verhogen-naar-eh3 nieuw-middel persoonlijk-middel geblokkeerd transfer-reports \
        reports-unreachable no-kvk foreign-employer successor-unknown ja nee \
        geregistreerd verloopt verlopen aangevraagd afgewezen ontbreekt overbodig
    "$bin" explain | cut -d' ' -f1
}

# the text of an output folder and of a run's stdout and stderr, without the XML of the workbooks
texts() { # $1 = folder, $2 = stdout, $3 = stderr
    cat "$2" "$3"
    for f in "$1"/*.csv "$1"/aanvulling/*.csv "$1"/rapport.txt; do
        [ -f "$f" ] && tail -n +2 "$f"
    done
    for x in "$1"/*.xlsx; do
        unzip -Z1 "$x" | grep -E '^xl/(sharedStrings|worksheets/sheet[0-9]+)\.xml$' | while read -r part; do
            unzip -p "$x" "$part" | sed -e 's/<[^>]*>/ /g'
        done
    done
}

# allowed: data and names
{
    cat "$portfolio"/*.csv "$portfolio"/portfolio.ini 2>/dev/null
    cat formats/*.ini
} | words | sort -u >"$work/allowed"

fails=0
for lang in en nl; do
    "$bin" run --force --lang "$lang" "$portfolio" -o "$work/out-$lang" >"$work/stdout-$lang" 2>"$work/stderr-$lang"
    rc=$?
    [ "$rc" -le 1 ] || { echo "lang-words: the $lang run exited $rc" >&2; exit 1; }
    if [ -n "$regs" ]; then
        SOURCE_DATE_EPOCH=1799971200 "$bin" status --force --lang "$lang" "$portfolio" --vorige "$work/out-$lang" \
            --registraties "$regs" -o "$work/out-$lang/../st-$lang" >>"$work/stdout-$lang" 2>>"$work/stderr-$lang"
        rc=$?
        [ "$rc" -le 1 ] || { echo "lang-words: the $lang status run exited $rc" >&2; exit 1; }
    fi
    {
        cat "$work/allowed"
        for f in "$work/out-$lang"/*.csv "$work/st-$lang"/*.csv "$work/st-$lang"/aanvulling/*.csv; do
            [ -f "$f" ] && head -n 1 "$f"
        done | words
        codes
        ls "$work/out-$lang" "$work/st-$lang" 2>/dev/null | words
        for x in "$work/out-$lang"/*.xlsx "$work/st-$lang"/*.xlsx "$work/st-$lang"/aanvulling/*.xlsx; do
            [ -f "$x" ] || continue
            # sheet names and the header row of every sheet
            unzip -p "$x" xl/workbook.xml | grep -o 'name="[^"]*"' | sed 's/^name="//; s/"$//'
            unzip -Z1 "$x" | grep -E '^xl/worksheets/sheet[0-9]+\.xml$' | while read -r part; do
                unzip -p "$x" "$part" | grep -o '<row r="1"[^>]*>.*</row>' | sed 's|</row>.*||; s/<[^>]*>/ /g'
            done
        done | words
    } | sort -u >"$work/allowed-$lang"
    { texts "$work/out-$lang" "$work/stdout-$lang" "$work/stderr-$lang"
      [ -d "$work/st-$lang" ] && texts "$work/st-$lang" /dev/null /dev/null; } | words | sort | uniq -c |
        awk '{ print $2 " " $1 }' | sort >"$work/used-$lang"
    # Dutch words used that are neither data nor names
    sort -u tests/dutch-words.txt | grep -v '^#' | grep -v '^$' >"$work/dutch"
    join "$work/used-$lang" "$work/dutch" | join -v 1 - "$work/allowed-$lang" >"$work/hits-$lang"
done
if [ -s "$work/hits-en" ]; then
    echo "FAIL lang-words: Dutch words in the English run (word, times):"
    sed 's/^/    /' "$work/hits-en"
    # where: the first lines holding each word
    cut -d' ' -f1 "$work/hits-en" | head -n 20 | while read -r w; do
        { texts "$work/out-en" "$work/stdout-en" "$work/stderr-en"
          [ -d "$work/st-en" ] && texts "$work/st-en" /dev/null /dev/null; } | grep -i -m 2 -w -- "$w" |
            sed "s/^/    [$w] /"
    done
    fails=1
fi
n=$(wc -l <"$work/hits-nl")
if [ "$n" -lt 20 ]; then
    echo "FAIL lang-words: the Dutch run shows only $n words of the list: the check cannot see Dutch"
    fails=1
fi
[ "$fails" -eq 0 ] && echo "lang-words: the English run shows none of $(wc -l <"$work/dutch") Dutch words outside data and names (the Dutch run shows $n)"
exit "$fails"
