#!/bin/sh
# test-windows.sh — runs the demo with the Linux build and with the Windows zip's migrate.exe under wine, each
# in a folder of its own with the same relative paths and SOURCE_DATE_EPOCH, and compares the output folders
# byte for byte, and the exit codes: the demo's full run (`make demo`), and its status run (a run of the demo's
# requests, then `migrate status` with the sample export; this one writes verloopdata.ics). stdout and stderr
# are compared too, the CR of Windows' line ends removed, and only reported. Run from the repository's root.
#
# Then, with migrate.exe only, each output folder compared with the demo's Linux output:
#   - `-o` as an absolute path with a drive letter and backslashes (Z:\...), and as a relative one (sub\rel)
#     with the portfolio as .\demo;
#   - `--force` onto an earlier, different output (the status run's `vorige`): replaced, no temporary left;
#   - an output file held open as Excel holds a workbook (HOLDOPEN: shares reading only): `--force` must
#     stop with exit 73 and a message naming that file, the earlier output untouched and no temporary folder
#     left; once the file is closed, the same command must succeed.
#   - Ctrl-C (wine turns SIGINT into the console's Ctrl-C event) while a large run (GENPORTFOLIO) writes over
#     an earlier output: the run stops as an interrupted console program (STATUS_CONTROL_C_EXIT, which the
#     shell sees as 58) saying so, leaves no temporary folder, and the earlier output is unchanged.
#
# Usage: tests/windows/test-windows.sh LINUX_MIGRATE ZIP WORKDIR SOURCE_DATE_EPOCH HOLDOPEN_EXE GENPORTFOLIO
# The wine prefix is WORKDIR/../wine (made on first use); WORKDIR is emptied first.
set -eu

if [ $# -ne 6 ]; then
    echo "usage: $0 LINUX_MIGRATE ZIP WORKDIR SOURCE_DATE_EPOCH HOLDOPEN_EXE GENPORTFOLIO" >&2
    exit 2
fi
LINUX=$(realpath "$1") ZIP=$(realpath "$2") W=$(realpath -m "$3") SDE=$4 HOLDOPEN=$(realpath "$5")
GEN=$(realpath "$6")
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
    (cd "$W/windows" && SOURCE_DATE_EPOCH=$sde timeout 300 wine ../pkg/migrate/migrate.exe "$@" </dev/null \
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

# wrun NAME SDE ARGS...: migrate.exe ARGS in the Windows folder only; NAME.rc, NAME.stdout, NAME.stderr.
wrun() {
    name=$1 sde=$2
    shift 2
    set +e
    (cd "$W/windows" && SOURCE_DATE_EPOCH=$sde timeout 300 wine ../pkg/migrate/migrate.exe "$@" </dev/null \
        >"$name.stdout.crlf" 2>"$name.stderr.crlf"; echo $? >"$name.rc")
    set -e
    tr -d '\r' <"$W/windows/$name.stdout.crlf" >"$W/windows/$name.stdout"
    tr -d '\r' <"$W/windows/$name.stderr.crlf" >"$W/windows/$name.stderr"
    printf 'test-windows: %s: migrate.exe %s: exit %s\n' "$name" "$*" "$(cat "$W/windows/$name.rc")"
}

# expect NAME RC FOLDER [REFERENCE]: run NAME exited RC (1: the demo rejects some records), and FOLDER (under
# windows/) holds exactly the files of REFERENCE (a folder under W; default linux/uitvoer, the demo's Linux
# output), byte for byte.
expect() {
    name=$1 rc=$2 out=$3 ref=${4:-linux/uitvoer}
    if [ "$(cat "$W/windows/$name.rc")" != "$rc" ]; then
        echo "test-windows: $name: exit $(cat "$W/windows/$name.rc"), expected $rc; stderr:" >&2
        sed 's/^/    /' "$W/windows/$name.stderr" >&2
        fail=1
    fi
    if ! diff -r "$W/$ref" "$W/windows/$out" >"$W/$name.diff" 2>&1; then
        echo "test-windows: $name: windows/$out differs from $ref:" >&2
        head -10 "$W/$name.diff" | sed 's/^/    /' >&2
        fail=1
    else
        same=$((same + $(find "$W/windows/$out" -type f | wc -l)))
    fi
}

# no_temporaries NAME: nothing of migrate's temporary folders left in the Windows folder.
no_temporaries() {
    left=$(cd "$W/windows" && find . -name '.*tmp*' | head -5)
    if [ -n "$left" ]; then
        echo "test-windows: $1: temporary folders left: $left" >&2
        fail=1
    fi
}

# A drive letter and backslashes: wine maps Z: to the Linux root.
mkdir -p "$W/windows/sub"
wpath="Z:$(printf '%s' "$W/windows/sub/abs" | tr '/' '\\')"
wrun drive "$SDE" run -q demo -o "$wpath"
expect drive 1 sub/abs
wrun backslash "$SDE" run -q '.\demo' -o 'sub\rel'
expect backslash 1 sub/rel

# --force onto an earlier output (the requests run's, made with other dates): it becomes the demo's output.
wrun force "$SDE" run -q --force demo -o vorige
expect force 1 vorige
no_temporaries force

# A file held open as Excel holds it: nothing replaced, the file named; closed, the run goes through.
# (Once in about a hundred runs here a wine program started in the background never got going: each try
# gets 20 s, and a stuck one is killed and started again, at most three times.)
rm -f "$W/windows/ready" "$W/windows/stop"
for try in 1 2 3; do
    (cd "$W/windows" && exec wine "$HOLDOPEN" 'vorige\overzicht.xlsx' ready stop >holdopen.log 2>&1) &
    holder=$!
    i=0
    while [ ! -f "$W/windows/ready" ] && [ $i -lt 200 ] && kill -0 $holder 2>/dev/null; do
        sleep 0.1
        i=$((i + 1))
    done
    [ -f "$W/windows/ready" ] && break
    echo "test-windows: holdopen.exe, try $try: vorige/overzicht.xlsx not opened in 20 s" >&2
    kill $holder 2>/dev/null || true
    wait $holder 2>/dev/null || true
done
if [ ! -f "$W/windows/ready" ]; then
    echo "test-windows: holdopen.exe did not open vorige/overzicht.xlsx:" >&2
    cat "$W/windows/holdopen.log" >&2
    exit 1
fi
wrun held "$SDE_REQUESTS" run -q --force demo -o vorige
touch "$W/windows/stop"
wait $holder || { echo "test-windows: holdopen.exe failed" >&2; fail=1; }
expect held 73 vorige
if ! grep -q 'overzicht.xlsx' "$W/windows/held.stderr" || ! grep -q 'Excel' "$W/windows/held.stderr"; then
    echo "test-windows: held: stderr does not name overzicht.xlsx as open in another program:" >&2
    sed 's/^/    /' "$W/windows/held.stderr" >&2
    fail=1
fi
no_temporaries held
wrun released "$SDE_REQUESTS" run -q --force demo -o vorige
expect released 1 vorige linux/vorige
no_temporaries released

# Ctrl-C while the run writes (its temporary folder exists), at three points; at least one must interrupt.
"$GEN" --employers 5000 --users 20000 --grants 200000 --seed 3 --out "$W/windows/big" >/dev/null
wrun big "$SDE" run -q big -o bigout
if [ "$(cat "$W/windows/big.rc")" -gt 1 ]; then
    echo "test-windows: big: exit $(cat "$W/windows/big.rc"); stderr:" >&2
    sed 's/^/    /' "$W/windows/big.stderr" >&2
    exit 1
fi
(cd "$W/windows/bigout" && find . -type f -exec sha256sum {} + | LC_ALL=C sort) >"$W/big.before"
stopped=0
for delay in 0 0.5 1.5; do
    (cd "$W/windows" && SOURCE_DATE_EPOCH=$SDE exec wine ../pkg/migrate/migrate.exe run -q --force big -o bigout \
        </dev/null >ctrlc.stdout 2>ctrlc.stderr) &
    pid=$!
    i=0
    while ! ls -a "$W/windows" | grep -q '^\.bigout\.tmp' && [ $i -lt 600 ] && kill -0 $pid 2>/dev/null; do
        sleep 0.05
        i=$((i + 1))
    done
    sleep "$delay"
    kill -INT $pid 2>/dev/null || true
    set +e
    wait $pid
    rc=$?
    set -e
    echo "test-windows: ctrl-c: Ctrl-C ${delay} s into writing: exit $rc"
    if [ "$rc" = 58 ]; then
        stopped=$((stopped + 1))
        if ! grep -q 'onderbroken' "$W/windows/ctrlc.stderr"; then
            echo "test-windows: ctrl-c: no message that the run was interrupted:" >&2
            sed 's/^/    /' "$W/windows/ctrlc.stderr" >&2
            fail=1
        fi
    elif [ "$rc" -gt 1 ]; then
        echo "test-windows: ctrl-c: exit $rc, want 58 (interrupted) or a finished run; stderr:" >&2
        sed 's/^/    /' "$W/windows/ctrlc.stderr" >&2
        fail=1
    fi
    no_temporaries "ctrl-c after ${delay} s"
    if ! (cd "$W/windows/bigout" && find . -type f -exec sha256sum {} + | LC_ALL=C sort) | cmp -s - "$W/big.before"
    then
        echo "test-windows: ctrl-c: the earlier output changed" >&2
        fail=1
    fi
done
if [ "$stopped" = 0 ]; then
    echo "test-windows: ctrl-c: no run was interrupted (each finished first): the test proved nothing" >&2
    fail=1
fi

[ "$differ" = 0 ] || fail=1
if [ "$fail" = 0 ]; then
    echo "test-windows: $same files in 8 output folders, all byte-identical to the Linux build's"
else
    echo "test-windows: FAILED ($same files alike, $differ differ; in $W)" >&2
fi
exit $fail
