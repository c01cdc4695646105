#!/bin/sh
# valgrind-demo.sh — run the demo under valgrind; any memory error or leak fails.
set -u
bin=${1:-build/migrate}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
SOURCE_DATE_EPOCH=1795000000 valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect,possible \
    --errors-for-leak-kinds=definite,indirect,possible \
    "$bin" run -q samples/demo -o "$out/uitvoer" >/dev/null
rc=$?
if [ "$rc" -eq 99 ]; then
    echo "valgrind: errors or leaks in the demo run" >&2
    exit 1
fi
if [ "$rc" -gt 1 ]; then
    echo "valgrind: the demo run exited $rc" >&2
    exit 1
fi
echo "valgrind: demo run clean (exit $rc)"
