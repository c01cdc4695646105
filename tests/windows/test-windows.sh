#!/bin/sh
# test-windows.sh — runs the demo with the Linux build and with the Windows zip's migrate.exe under wine, each
# in a folder of its own with the same relative paths and SOURCE_DATE_EPOCH, and compares the output folders
# byte for byte, and the exit codes: the demo's full run (`make demo`), and its status run (a run of the demo's
# requests, then `migrate status` with the sample export; this one writes verloopdata.ics). stdout and stderr
# are compared too, the CR of Windows' line ends removed, and only reported. Run from the repository's root.
#
# Usage: tests/windows/test-windows.sh LINUX_MIGRATE ZIP WORKDIR SOURCE_DATE_EPOCH
# The wine prefix is WORKDIR/../wine (made on first use); WORKDIR is emptied first.
set -eu

if [ $# -ne 4 ]; then
    echo "usage: $0 LINUX_MIGRATE ZIP WORKDIR SOURCE_DATE_EPOCH" >&2
    exit 2
fi
LINUX=$(realpath "$1") ZIP=$(realpath "$2") W=$(realpath -m "$3") SDE=$4
# The status run's dates (the Makefile's demo target): the requests of 18-11-2026, the export on 15-01-2027.
SDE_REQUESTS=1795000000 SDE_STATUS=1799971200
rm -rf "$W"
mkdir -p "$W"
unzip -q "$ZIP" -d "$W/pkg"
for side in linux windows; do
    # the portfolio's input files only (an earlier uitvoer/ or controle/ stays behind)
    mkdir -p "$W/$side/demo"
    find samples/demo -maxdepth 1 -type f -exec cp {} "$W/$side/demo/" \;
    cp samples/status/registraties.csv "$W/$side/"
done

export WINEPREFIX="${WINEPREFIX:-$(dirname "$W")/wine}" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -d "$WINEPREFIX" ]; then
    wine wineboot --init </dev/null >"$W/wineboot.log" 2>&1 || { cat "$W/wineboot.log" >&2; exit 1; }
fi

# run NAME SDE ARGS...: migrate ARGS in both folders; NAME.rc, NAME.stdout, NAME.stderr in each.
run() {
    name=$1 sde=$2
    shift 2
    set +e
    (cd "$W/linux" && SOURCE_DATE_EPOCH=$sde "$LINUX" "$@" >"$name.stdout" 2>"$name.stderr"; echo $? >"$name.rc")
    start=$(date +%s%N)
    (cd "$W/windows" && SOURCE_DATE_EPOCH=$sde wine ../pkg/migrate/migrate.exe "$@" </dev/null \
        >"$name.stdout.crlf" 2>"$name.stderr.crlf"; echo $? >"$name.rc")
    ms=$((($(date +%s%N) - start) / 1000000))
    set -e
    tr -d '\r' <"$W/windows/$name.stdout.crlf" >"$W/windows/$name.stdout"
    tr -d '\r' <"$W/windows/$name.stderr.crlf" >"$W/windows/$name.stderr"
    echo "test-windows: $name: migrate $*: Linux exit $(cat "$W/linux/$name.rc")," \
        "Windows (wine) exit $(cat "$W/windows/$name.rc") in $ms ms"
}

fail=0 same=0 differ=0
# compare NAME FOLDER: the exit codes of run NAME, and the output folder it wrote.
compare() {
    name=$1 out=$2
    if ! cmp -s "$W/linux/$name.rc" "$W/windows/$name.rc"; then
        echo "test-windows: $name: the exit codes differ" >&2
        fail=1
    fi
    if [ ! -d "$W/linux/$out" ] || [ ! -d "$W/windows/$out" ]; then
        echo "test-windows: $name: an output folder $out is missing" >&2
        fail=1
        return
    fi
    (cd "$W/linux/$out" && find . -type f | LC_ALL=C sort) >"$W/$name.linux.files"
    (cd "$W/windows/$out" && find . -type f | LC_ALL=C sort) >"$W/$name.windows.files"
    if ! cmp -s "$W/$name.linux.files" "$W/$name.windows.files"; then
        echo "test-windows: $name: the output folders hold different files:" >&2
        diff "$W/$name.linux.files" "$W/$name.windows.files" | sed 's/^/    /' >&2
        fail=1
    fi
    while IFS= read -r f; do
        [ -f "$W/windows/$out/$f" ] || continue
        if cmp -s "$W/linux/$out/$f" "$W/windows/$out/$f"; then
            same=$((same + 1))
        else
            differ=$((differ + 1))
            echo "test-windows: $name: differs: $out/${f#./}" \
                "($(cmp "$W/linux/$out/$f" "$W/windows/$out/$f" 2>&1 | head -1))" >&2
        fi
    done <"$W/$name.linux.files"
    for s in stdout stderr; do
        if ! cmp -s "$W/linux/$name.$s" "$W/windows/$name.$s"; then
            echo "test-windows: $name: $s differs (reported, not a failure):"
            diff "$W/linux/$name.$s" "$W/windows/$name.$s" | head -10 | sed 's/^/    /'
        fi
    done
}

run demo "$SDE" run demo -o uitvoer
compare demo uitvoer
run requests "$SDE_REQUESTS" run -q demo -o vorige
compare requests vorige
run status "$SDE_STATUS" status -q demo --vorige vorige --registraties registraties.csv -o status
compare status status

[ "$differ" = 0 ] || fail=1
if [ "$fail" = 0 ]; then
    echo "test-windows: $same files in 3 output folders, all byte-identical to the Linux build's"
else
    echo "test-windows: FAILED ($same files alike, $differ differ; in $W)" >&2
fi
exit $fail
