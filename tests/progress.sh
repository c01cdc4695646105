#!/bin/sh
# progress.sh — the progress line, on a real pseudo-terminal (script(1) from util-linux): it appears while
# reading (rows with thousands separators and a percentage) and while writing (the file being written), in
# Dutch by default and in English with --lang en, is cleared again, and never appears with -q or when
# stderr is not a terminal. MIGRATE_PROGRESS_DELAY=0 shows it at once instead of after a second, so that
# nothing here depends on the speed of the machine.
set -u
bin=${1:-build/migrate}
gen=${2:-build/genportfolio}
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
command -v script >/dev/null || { echo "progress: script(1) (util-linux) is needed" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795000000
# more than 4,096 rows in every file: the line is looked at every 4,096 rows
"$gen" --employers 6000 --users 9000 --grants 60000 --seed 7 --out "$work/p" >/dev/null || exit 1
failed=0
fail() {
    echo "FAIL $1"
    failed=$((failed + 1))
}

# Run migrate with stderr on a terminal; what the terminal showed goes to $work/$1.tty.
on_tty() {
    name=$1
    shift
    rm -rf "$work/out"
    MIGRATE_PROGRESS_DELAY=0 script -qec "\"$bin\" $* \"$work/p\" -o \"$work/out\" >/dev/null" \
        "$work/$name.tty" >/dev/null 2>&1
    # the terminal's CR LF as LF, and each update of the line (CR, erase line) on a line of its own
    tr -d '\r' <"$work/$name.tty" | sed 's/\x1b\[K/\n/g' >"$work/$name.lines"
}

on_tty nl run
grep -Eq '^migrate: gebruikers\.csv: [0-9]{1,3}(\.[0-9]{3})+ rijen gelezen \([0-9]{1,2}%\)$' "$work/nl.lines" ||
    fail "nl: no reading line with thousands separators (.) and a percentage"
grep -Eq '^migrate: machtigingen\.csv: [0-9]{1,3}(\.[0-9]{3})+ rijen gelezen \([0-9]{1,2}%\)$' \
    "$work/nl.lines" || fail "nl: no reading line for machtigingen.csv"
grep -Eq '^migrate: schrijven: overzicht\.xlsx$' "$work/nl.lines" || fail "nl: no line while writing"
grep -Eq '^migrate: schrijven: [a-z-]+\.csv$' "$work/nl.lines" || fail "nl: no line while writing a CSV file"
grep -q 'rows read\|writing:' "$work/nl.lines" && fail "nl: English on the progress line"
# cleared before the findings and at the end: every progress text stands alone between two erasures (a
# finding printed without erasing the line would share its text), and the last thing shown is an erasure
grep -a 'rijen gelezen\|schrijven: ' "$work/nl.lines" |
    grep -Eav '^migrate: ([a-z.]+: [0-9.]+ rijen gelezen \([0-9]{1,2}%\)|schrijven: [a-z0-9./-]+)$' >"$work/mixed" &&
    { fail "nl: a progress line mixed with other text:"; sed 's/^/    /' "$work/mixed"; }
[ "$(tr -d '\r\n' <"$work/nl.tty" | sed 's/Script done.*//' | tail -c 3 | od -An -c | tr -d ' ')" = '033[K' ] ||
    fail "nl: the line is not cleared at the end"

on_tty en run --lang en
grep -Eq '^migrate: werkgevers\.csv: [0-9]{1,3}(,[0-9]{3})+ rows read \([0-9]{1,2}%\)$' "$work/en.lines" ||
    fail "en: no reading line with thousands separators (,) and a percentage"
grep -Eq '^migrate: writing: overzicht\.xlsx$' "$work/en.lines" || fail "en: no line while writing"
grep -q 'rijen gelezen\|schrijven:' "$work/en.lines" && fail "en: Dutch on the progress line"

on_tty quiet run -q
grep -q 'rijen gelezen\|schrijven: ' "$work/quiet.lines" && fail "-q: a progress line"

# gzip input: the rows, but no percentage (the file's size is not that of the text read)
mkdir -p "$work/gz"
"$gen" --employers 6000 --users 9000 --grants 20000 --seed 7 --gzip --out "$work/gz/p" >/dev/null || exit 1
( work=$work/gz; on_tty gz run )
grep -Eq '^migrate: gebruikers\.csv\.gz: [0-9]{1,3}(\.[0-9]{3})+ rijen gelezen$' "$work/gz/gz.lines" ||
    fail "gzip: no reading line without a percentage"

# stderr not a terminal (a file): no line, not even a carriage return
rm -rf "$work/out"
MIGRATE_PROGRESS_DELAY=0 "$bin" run "$work/p" -o "$work/out" >/dev/null 2>"$work/file.err"
grep -q 'rijen gelezen\|schrijven: ' "$work/file.err" && fail "not a terminal: a progress line"
tr -d '\n' <"$work/file.err" | grep -q "$(printf '\r')" && fail "not a terminal: a carriage return"
grep -q '^migrate: .*: \(fout\|waarschuwing\): ' "$work/file.err" || fail "not a terminal: the findings are missing"

if [ "$failed" -ne 0 ]; then
    echo "progress: $failed failed (terminal output in $work kept)"
    trap - EXIT
    exit 1
fi
echo "progress: the line shows in Dutch and English, with separators, a percentage and while writing; never with -q or off a terminal"
