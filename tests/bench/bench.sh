#!/bin/sh
# bench.sh — run the benchmark: generate portfolios, time build/migrate and the I/O floor, print a table.
#
# usage: tests/bench/bench.sh [BUILD_DIR]   (default build; the programs must be built: make bench-tools)
# environment: BENCH_SIZES (grants per portfolio, default "10000 100000 1000000"), BENCH_RUNS (default 3),
#   BENCH_ORDERS (orders of the grant rows, default "user employer shuffled"), BENCH_REJECT_ROWS (rows of
#   the rejected-rows run, tests/bench/reject-mem.sh; default 0 here, 16000000 through make bench; 0 skips it),
#   BENCH_LETTERS (1: also time the largest portfolio with its signing letters, the default; 0 skips it)
# The work is done by tests/bench/bench.py (python3, standard library only).
set -eu
B=${1:-build}
here=$(dirname "$0")
for p in "$B/migrate" "$B/genportfolio" "$B/bench-floor"; do
    if [ ! -x "$p" ]; then
        echo "bench.sh: $p is missing; run: make $B/migrate bench-tools (with tests/bench/bench.mk)" >&2
        exit 2
    fi
done
exec python3 "$here/bench.py" --build "$B" --sizes "${BENCH_SIZES:-10000 100000 1000000}" --runs "${BENCH_RUNS:-3}" \
    --orders "${BENCH_ORDERS:-user employer shuffled}" --reject-rows "${BENCH_REJECT_ROWS:-0}" \
    --letters "${BENCH_LETTERS:-1}" $([ "${BENCH_STATUS:-1}" = 1 ] && echo --status)
