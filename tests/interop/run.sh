#!/bin/sh
# run.sh — LibreOffice interop test: open migrate's xlsx files in headless LibreOffice Calc, export every
# sheet to CSV and compare the cells with the CSV twins (see compare.py); every XML part of every workbook
# must pass `xmllint --noout` first. Exits non-zero on any mismatch.
#
# usage: tests/interop/run.sh [MIGRATE [PORTFOLIO [REGISTRATIONS]]]
#   MIGRATE        the binary (default build/migrate)
#   PORTFOLIO      the portfolio to run (default tests/interop/portfolio)
#   REGISTRATIONS  a supplier's export: then also a status run on the run's output (as of 15-01-2027),
#                  whose status.xlsx and aanvulling/ketenmachtigingen-formulier.xlsx are checked the same way
# Needs soffice (Debian: libreoffice-calc-nogui) and python3; exits 77 (skipped) without soffice.
# The portfolio is run twice, in Dutch and in English; one soffice invocation converts all six workbooks.

set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
MIGRATE=${1:-$ROOT/build/migrate}
PORTFOLIO=${2:-$HERE/portfolio}
REGISTRATIONS=${3:-}
# LibreOffice's CSV filter: ';' (59), '"' (34), UTF-8 (76), from line 1, cells as shown (dates as formatted),
# every sheet (-1) as FILE-SHEET.csv (LibreOffice >= 7.2).
FILTER='csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1'

if ! command -v soffice >/dev/null 2>&1; then
    echo "interop: soffice not found (apt-get install libreoffice-calc-nogui); skipped"
    exit 77
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/migrate-interop.XXXXXX")
trap 'rm -rf "$WORK"' EXIT INT TERM
mkdir -p "$WORK/xlsx" "$WORK/csv" "$WORK/home"

for lang in nl en; do
    rc=0
    SOURCE_DATE_EPOCH=1795000000 "$MIGRATE" run --force --lang "$lang" -q "$PORTFOLIO" -o "$WORK/out-$lang" \
        >"$WORK/migrate-$lang.log" 2>&1 || rc=$?
    if [ "$rc" -gt 1 ]; then
        echo "interop: migrate ($lang) exited $rc:"
        cat "$WORK/migrate-$lang.log"
        exit 1
    fi
    files="$WORK/out-$lang/*.xlsx"
    if [ -n "$REGISTRATIONS" ]; then
        rc=0
        SOURCE_DATE_EPOCH=1799971200 "$MIGRATE" status --lang "$lang" -q "$PORTFOLIO" --vorige "$WORK/out-$lang" \
            --registraties "$REGISTRATIONS" -o "$WORK/status-$lang" >"$WORK/status-$lang.log" 2>&1 || rc=$?
        if [ "$rc" -gt 1 ]; then
            echo "interop: migrate status ($lang) exited $rc:"
            cat "$WORK/status-$lang.log"
            exit 1
        fi
        files="$files $WORK/status-$lang/status.xlsx $WORK/status-$lang/aanvulling/ketenmachtigingen-formulier.xlsx"
    fi
    for f in $files; do
        case $f in
        */status-*/status.xlsx) cp "$f" "$WORK/xlsx/$lang-status.xlsx" ;;
        */aanvulling/*) cp "$f" "$WORK/xlsx/$lang-aanvulling-$(basename "$f")" ;;
        *) cp "$f" "$WORK/xlsx/$lang-$(basename "$f")" ;;
        esac
        # every XML part must be well-formed before LibreOffice (which forgives a lot) opens it
        rm -rf "$WORK/parts" && mkdir "$WORK/parts" && (cd "$WORK/parts" && unzip -q "$f")
        if ! find "$WORK/parts" -type f \( -name '*.xml' -o -name '*.rels' \) -exec xmllint --noout {} + \
            >"$WORK/xmllint.log" 2>&1; then
            echo "interop: $lang-$(basename "$f"): a part is not well-formed XML:"
            head -20 "$WORK/xmllint.log"
            exit 1
        fi
    done
done

start=$(date +%s)
# A private HOME and profile: works as root, in CI, and beside a running LibreOffice.
if ! HOME="$WORK/home" soffice -env:UserInstallation="file://$WORK/profile" --headless --norestore \
    --convert-to "$FILTER" --outdir "$WORK/csv" "$WORK"/xlsx/*.xlsx >"$WORK/soffice.log" 2>&1; then
    echo "interop: soffice failed:"
    cat "$WORK/soffice.log"
    exit 1
fi
echo "interop: LibreOffice converted $(ls "$WORK/xlsx" | wc -l) workbooks into $(ls "$WORK/csv" | wc -l) sheets" \
    "in $(($(date +%s) - start)) s"

status=0
for lang in nl en; do
    echo "== $lang"
    python3 "$HERE/compare.py" "$WORK/out-$lang" "$WORK/csv" "$lang-" || status=1
    if [ -n "$REGISTRATIONS" ]; then
        python3 "$HERE/compare.py" --status "$WORK/status-$lang" "$WORK/csv" "$lang-" || status=1
        # the delta form: the workbook a run writes, on the delta requests
        python3 "$HERE/compare.py" --form "$WORK/status-$lang/aanvulling" "$WORK/csv" "$lang-aanvulling-" ||
            status=1
    fi
done
if [ "$status" -ne 0 ]; then
    echo "interop: FAILED"
    exit 1
fi
echo "interop: all sheets match their CSV twins"
