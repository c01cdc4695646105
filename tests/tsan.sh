#!/bin/sh
# tsan.sh — the threads under ThreadSanitizer: the unit tests that start threads, then `migrate run` on the
# demo and on a generated portfolio of 30,000 grants (its records read ahead in many batches, two writer
# threads, the signing letters), and `migrate status` on the demo's run; any report fails, and each output must
# equal the normal build's byte for byte.
#
# usage: tests/tsan.sh TSAN_BUILD_DIR MIGRATE GENPORTFOLIO
set -u
tsan=$1
bin=$2
gen=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# reports go to files: migrate holds stderr while it writes (libxlsxwriter's own lines never reach the user)
TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1 log_path=$tmp/report"
export TSAN_OPTIONS

fail() {
    cat "$tmp"/report.* >&2 2>/dev/null
    echo "test-tsan: $*" >&2
    exit 1
}

for t in test_csvread test_write test_pdf test_xlsx; do
    "$tsan/tests/$t" >"$tmp/$t.log" 2>&1 || { cat "$tmp/$t.log" >&2; fail "$t failed under ThreadSanitizer"; }
done
"$gen" --out "$tmp/p" --grants 30000 --employers 600 --users 3000 >/dev/null || fail "genportfolio failed"
for p in "$tmp/p" samples/demo; do
    rm -rf "$tmp/t" "$tmp/n"
    SOURCE_DATE_EPOCH=1795000000 "$tsan/migrate" run -q "$p" -o "$tmp/t" >/dev/null 2>"$tmp/tsan.err"
    rc=$?
    if [ "$rc" -gt 1 ]; then
        cat "$tmp/tsan.err" >&2
        fail "migrate run $p exited $rc under ThreadSanitizer (66: a report)"
    fi
    SOURCE_DATE_EPOCH=1795000000 "$bin" run -q "$p" -o "$tmp/n" >/dev/null 2>&1
    [ $? -le 1 ] || fail "migrate run $p failed in the normal build"
    diff -r "$tmp/t" "$tmp/n" >&2 || fail "the ThreadSanitizer build's output of $p differs from the normal build's"
    echo "test-tsan: $p: no report, output identical ($(find "$tmp/t" -type f | wc -l) files)"
done
# a status run of the demo on the run above (its jobs, aanvulling/ and status.xlsx on both threads)
SOURCE_DATE_EPOCH=1799971200 "$tsan/migrate" status -q samples/demo --vorige "$tmp/t" \
    --registraties samples/status/registraties.csv -o "$tmp/ts" >/dev/null 2>&1
rc=$?
[ "$rc" -le 1 ] || fail "migrate status exited $rc under ThreadSanitizer (66: a report)"
SOURCE_DATE_EPOCH=1799971200 "$bin" status -q samples/demo --vorige "$tmp/t" \
    --registraties samples/status/registraties.csv -o "$tmp/ns" >/dev/null 2>&1
[ $? -le 1 ] || fail "migrate status failed in the normal build"
diff -r "$tmp/ts" "$tmp/ns" >&2 || fail "the ThreadSanitizer build's status output differs from the normal build's"
echo "test-tsan: status run: no report, output identical"
echo "test-tsan: unit tests test_csvread, test_write, test_pdf, test_xlsx, two runs and a status run clean"
