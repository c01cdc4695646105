#!/bin/sh
# interrupt.sh — SIGINT and SIGTERM at several points of a run: the run dies of the signal, leaves no
# temporary folder, and the previous output stays byte for byte as it was.
set -u
bin=${1:-build/migrate}
gen=${2:-build/genportfolio}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795000000
"$gen" --employers 10000 --users 50000 --grants 600000 --seed 3 --out "$work/p" >/dev/null || exit 1
start=$(date +%s.%N)
"$bin" run -q "$work/p" -o "$work/out" >/dev/null 2>&1
rc=$?
[ "$rc" -le 1 ] || { echo "interrupt: the clean run exited $rc" >&2; exit 1; }
whole=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
(cd "$work/out" && find . -type f -exec sha256sum {} + | sort) >"$work/before"
failed=0
runs=0
for sig in INT TERM; do
    for frac in 0.05 0.2 0.4 0.6 0.8 0.95; do
        delay=$(awk -v w="$whole" -v f="$frac" 'BEGIN { printf "%.3f", w * f }')
        "$bin" run -q --force "$work/p" -o "$work/out" >/dev/null 2>"$work/err" &
        pid=$!
        sleep "$delay"
        kill -s "$sig" "$pid" 2>/dev/null
        wait "$pid"
        rc=$?
        runs=$((runs + 1))
        want=130
        [ "$sig" = TERM ] && want=143
        if [ "$rc" -ne "$want" ] && [ "$rc" -gt 1 ]; then
            echo "FAIL SIG$sig at ${frac}: exit $rc, want $want (or a finished run)"; failed=$((failed + 1))
        fi
        if ls -a "$work" | grep -q '^\.out\.'; then
            echo "FAIL SIG$sig at ${frac}: temporary folder left: $(ls -a "$work" | grep '^\.out\.')"
            failed=$((failed + 1))
            rm -rf "$work"/.out.*
        fi
        if ! (cd "$work/out" && find . -type f -exec sha256sum {} + | sort) | cmp -s - "$work/before"; then
            echo "FAIL SIG$sig at ${frac}: the previous output changed"; failed=$((failed + 1))
        fi
        [ "$rc" -eq "$want" ] && ! grep -q "onderbroken; er is niets geschreven" "$work/err" && {
            echo "FAIL SIG$sig at ${frac}: no message"; failed=$((failed + 1)); }
    done
done
echo "interrupt: $runs signals sent during a ${whole}s run, $failed failed"
[ "$failed" -eq 0 ]
