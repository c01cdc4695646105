#!/bin/sh
# run.sh — injected I/O faults: for every N, make the Nth write / fsync / rename / close of a demo run fail
# (EIO, and a full disk: ENOSPC from the Nth write on). Each run must exit 74 or 73 with a message that names
# the output folder given (never the temporary one), leave no temporary folder, and leave the previous output
# byte for byte as it was. A full disk while the workbooks are written: no libxlsxwriter line on stderr.
# FAULT_SPECS="op:errno:sticky:norename2 ..." runs other kinds of fault than all (" ": none of them).
set -u
bin=${1:-build/migrate}
shim=${2:-build/faultshim.so}
portfolio=${3:-samples/demo}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795000000
"$bin" run -q "$portfolio" -o "$work/out" >/dev/null 2>&1
rc=$?
[ "$rc" -le 1 ] || { echo "fault: the clean run exited $rc" >&2; exit 1; }
(cd "$work/out" && find . -type f -exec sha256sum {} + | sort) >"$work/before"
runs=0
failed=0
check() { # $1 = label; uses $rc, $work
    label=$1
    if [ "$rc" -ne 74 ] && [ "$rc" -ne 73 ]; then
        echo "FAIL $label: exit $rc, want 74 or 73"; sed 's/^/    /' "$work/err"; failed=$((failed + 1)); return
    fi
    if ! grep -Eq "^migrate: .*(fout|error): " "$work/err"; then
        echo "FAIL $label: no error message"; failed=$((failed + 1)); return
    fi
    if grep '^migrate: ' "$work/err" | grep -q '\.out\.tmp\.'; then
        echo "FAIL $label: the message names the temporary folder, not the output folder given"
        sed 's/^/    /' "$work/err"; failed=$((failed + 1)); return
    fi
    if ls -a "$work" | grep -q '^\.out\.'; then
        echo "FAIL $label: a temporary folder was left: $(ls -a "$work" | grep '^\.out\.')"; failed=$((failed + 1))
        rm -rf "$work"/.out.*; return
    fi
    if ! (cd "$work/out" && find . -type f -exec sha256sum {} + | sort) | cmp -s - "$work/before"; then
        echo "FAIL $label: the previous output changed"; failed=$((failed + 1))
    fi
}
# the last field: 1 = renameat2 fails with EINVAL (a file system without it), so the fallback renames run
for spec in ${FAULT_SPECS:-write:EIO:0:0 fsync:EIO:0:0 rename:EIO:0:0 rename:EIO:0:1 close:EIO:0:0 write:ENOSPC:1:0}; do
    op=${spec%%:*}
    rest=${spec#*:}
    errno=${rest%%:*}
    rest=${rest#*:}
    sticky=${rest%%:*}
    norename2=${rest#*:}
    n=1
    while :; do
        rm -f "$work/mark"
        FAULT_OP=$op FAULT_N=$n FAULT_ERRNO=$errno FAULT_STICKY=$sticky FAULT_MARK=$work/mark \
            FAULT_NO_RENAMEAT2=$norename2 LD_PRELOAD=$shim \
            "$bin" run -q --force "$portfolio" -o "$work/out" >/dev/null 2>"$work/err"
        rc=$?
        runs=$((runs + 1))
        if [ ! -e "$work/mark" ]; then
            # the fault was never reached: every call of this kind is covered
            [ "$rc" -le 1 ] || { echo "FAIL $op#$n: no fault injected, yet exit $rc"; failed=$((failed + 1)); }
            break
        fi
        check "$op#$n ($errno)"
        n=$((n + 1))
        if [ "$n" -gt 5000 ]; then
            echo "FAIL $op: more than 5000 calls?"; failed=$((failed + 1)); break
        fi
    done
    echo "fault: $op ($errno$([ "$norename2" = 1 ] && echo ', no renameat2')): $((n - 1)) injected faults"
done

# The spool of rejected rows (an unlinked temporary file beside the output folder): a portfolio with enough
# rejected rows to fill more than one chunk; every write of the spool fails in turn (EIO, and a full disk).
# The message (in English, --lang en, to be matched) must name the output folder given, and nothing may be
# left beside it.
mkdir -p "$work/rej"
cp "$portfolio"/*.csv "$portfolio"/portfolio.ini "$work/rej/"
awk 'NR > 1 { exit } { print }' "$portfolio/werkgevers.csv" >"$work/rej/werkgevers.csv"
awk 'NR == 1 { next } { print }' "$portfolio/werkgevers.csv" >>"$work/rej/werkgevers.csv"
i=0
while [ $i -lt 30000 ]; do echo "123456789L01;spool $i"; i=$((i + 1)); done >>"$work/rej/werkgevers.csv"
"$bin" run -q --lang en --force "$work/rej" -o "$work/out" >/dev/null 2>&1
rc=$?
[ "$rc" -le 1 ] || { echo "fault: the clean run with rejected rows exited $rc" >&2; exit 1; }
(cd "$work/out" && find . -type f -exec sha256sum {} + | sort) >"$work/before"
: >"$work/err"
ls -a "$work" >"$work/entries"
for errno in EIO ENOSPC; do
    n=1
    while :; do
        rm -f "$work/mark"
        FAULT_OP=write FAULT_N=$n FAULT_ERRNO=$errno FAULT_STICKY=1 FAULT_MARK=$work/mark FAULT_MATCH="$work/#" \
            LD_PRELOAD=$shim "$bin" run -q --lang en --force "$work/rej" -o "$work/out" >/dev/null 2>"$work/err"
        rc=$?
        runs=$((runs + 1))
        if [ ! -e "$work/mark" ]; then
            [ "$n" -gt 1 ] || { echo "FAIL spool: no write of the spool was seen"; failed=$((failed + 1)); }
            [ "$rc" -le 1 ] || { echo "FAIL spool#$n: no fault injected, yet exit $rc"; failed=$((failed + 1)); }
            break
        fi
        if [ "$rc" -ne 74 ]; then
            echo "FAIL spool#$n ($errno): exit $rc, want 74"; sed 's/^/    /' "$work/err"; failed=$((failed + 1))
        elif ! grep -q "^migrate: $work/out: error: .*temporary file" "$work/err"; then
            echo "FAIL spool#$n ($errno): the message does not name the output folder"; sed 's/^/    /' "$work/err"
            failed=$((failed + 1))
        fi
        rm -f "$work/mark"
        if ! ls -a "$work" | cmp -s - "$work/entries"; then
            echo "FAIL spool#$n ($errno): left beside the output: $(ls -a "$work" | grep -vxF -f "$work/entries")"
            failed=$((failed + 1))
        fi
        if ! (cd "$work/out" && find . -type f -exec sha256sum {} + | sort) | cmp -s - "$work/before"; then
            echo "FAIL spool#$n ($errno): the previous output changed"; failed=$((failed + 1))
        fi
        n=$((n + 1))
        [ "$n" -le 100 ] || { echo "FAIL spool: more than 100 writes?"; failed=$((failed + 1)); break; }
    done
    echo "fault: spool ($errno): $((n - 1)) injected faults"
done
# A full disk while the workbooks are written (every write of an .xlsx in the temporary folder fails from
# the Nth on, for N spread over all of them): libxlsxwriter prints its own "[ERROR]..." lines on stderr, naming the temporary folder; none
# may reach the user, with or without -q. Every stderr line is migrate's, and one is its error message.
for quiet in -q ""; do
    n=1
    tried=0
    while :; do
        rm -f "$work/mark"
        FAULT_OP=write FAULT_N=$n FAULT_ERRNO=ENOSPC FAULT_STICKY=1 FAULT_MARK=$work/mark FAULT_MATCH=.xlsx \
            LD_PRELOAD=$shim "$bin" run $quiet --force "$portfolio" -o "$work/out" >/dev/null 2>"$work/err"
        rc=$?
        runs=$((runs + 1))
        label="xlsx-full${quiet:+ -q}#$n"
        if [ ! -e "$work/mark" ]; then
            [ "$n" -gt 1 ] || { echo "FAIL $label: no write of a workbook was seen"; failed=$((failed + 1)); }
            break
        fi
        if [ "$rc" -ne 74 ]; then
            echo "FAIL $label: exit $rc, want 74"; sed 's/^/    /' "$work/err"; failed=$((failed + 1))
        elif ! grep -q "^migrate: $work/out/[a-z-]*\.xlsx: fout: " "$work/err"; then
            echo "FAIL $label: no error message naming the workbook"; sed 's/^/    /' "$work/err"
            failed=$((failed + 1))
        elif grep -v '^migrate: ' "$work/err" >"$work/noise"; then
            echo "FAIL $label: lines on stderr that are not migrate's:"; sed 's/^/    /' "$work/noise"
            failed=$((failed + 1))
        fi
        rm -rf "$work"/.out.*
        tried=$((tried + 1))
        # hundreds of writes: a point every half as far again (1, 2, 4, 7, 11, ... 1064 ...) covers them all
        n=$((n + n / 2 + 1))
        [ "$n" -le 1000000 ] || { echo "FAIL $label: more than a million writes?"; failed=$((failed + 1)); break; }
    done
    echo "fault: full disk in the workbooks${quiet:+ (-q)}: $tried injected faults, up to write $n"
done
# Someone puts a file in the temporary folder while the run writes, and then the run fails (the first write
# of a workbook): the run removes only the files it wrote, keeps the folder with that file in it, and says so
# with a warning naming the folder. The previous output stays as it was.
(cd "$work/out" && find . -type f -exec sha256sum {} + | sort) >"$work/before"
rm -f "$work/mark"
FAULT_OP=write FAULT_N=1 FAULT_MATCH=.xlsx FAULT_MARK=$work/mark FAULT_DROP=notes.txt LD_PRELOAD=$shim \
    "$bin" run -q --force "$portfolio" -o "$work/out" >/dev/null 2>"$work/err"
rc=$?
runs=$((runs + 1))
kept=$(cd "$work" && ls -d .out.* 2>/dev/null)
if [ ! -e "$work/mark" ]; then
    echo "FAIL drop: no fault injected"; failed=$((failed + 1))
elif [ "$rc" -ne 74 ]; then
    echo "FAIL drop: exit $rc, want 74"; sed 's/^/    /' "$work/err"; failed=$((failed + 1))
elif [ -z "$kept" ] || [ "$(cd "$work/$kept" && ls -A)" != notes.txt ] || [ "$(cat "$work/$kept/notes.txt")" != mine ]; then
    echo "FAIL drop: the temporary folder with the user's file was not kept as it was (${kept:-none})"
    failed=$((failed + 1))
elif ! grep -qF "migrate: $work/out: waarschuwing: de tijdelijke map $work/$kept is bewaard" "$work/err"; then
    echo "FAIL drop: no warning naming the kept folder"; sed 's/^/    /' "$work/err"; failed=$((failed + 1))
elif ! (cd "$work/out" && find . -type f -exec sha256sum {} + | sort) | cmp -s - "$work/before"; then
    echo "FAIL drop: the previous output changed"; failed=$((failed + 1))
else
    echo "fault: a user's file in the temporary folder of a failed run: kept, with a warning"
fi
rm -rf "$work"/.out.*
# A file of the output being replaced cannot be removed (as on Windows when a program holds it open after the
# check; here unlinkat fails for it): the new output is in place, the old file is kept, byte for byte, in the
# old output's folder, and a warning names the file, the reason and that folder (not "files were added").
(cd "$work/out" && sha256sum overzicht.xlsx) >"$work/before"
rm -f "$work/mark"
FAULT_OP=unlink FAULT_N=1 FAULT_ERRNO=EACCES FAULT_MATCH=overzicht.xlsx FAULT_MARK=$work/mark LD_PRELOAD=$shim \
    "$bin" run -q --force "$portfolio" -o "$work/out" >/dev/null 2>"$work/err"
rc=$?
runs=$((runs + 1))
kept=$(cd "$work" && ls -d .out.* 2>/dev/null)
if [ ! -e "$work/mark" ]; then
    echo "FAIL unlink: no fault injected"; failed=$((failed + 1))
elif [ "$rc" -gt 1 ]; then
    echo "FAIL unlink: exit $rc, want 0 or 1"; sed 's/^/    /' "$work/err"; failed=$((failed + 1))
elif [ -z "$kept" ] || [ "$(cd "$work/$kept" && ls -A)" != overzicht.xlsx ] ||
    ! (cd "$work/$kept" && sha256sum -c --quiet "$work/before"); then
    echo "FAIL unlink: the old overzicht.xlsx was not kept alone in the old folder (${kept:-none})"
    failed=$((failed + 1))
elif ! grep -qF "migrate: $work/out/overzicht.xlsx: waarschuwing: dit bestand van de vervangen uitvoer kon niet worden verwijderd (Permission denied); het staat nu in $work/$kept" "$work/err" ||
    grep -q 'toegevoegd' "$work/err"; then
    echo "FAIL unlink: no warning naming the file and the folder it is kept in"; sed 's/^/    /' "$work/err"
    failed=$((failed + 1))
elif ! (cd "$work/out" && sha256sum -c --quiet SHA256SUMS); then
    echo "FAIL unlink: the new output is not complete"; failed=$((failed + 1))
else
    echo "fault: a file of the replaced output cannot be removed: kept, named in a warning"
fi
rm -rf "$work"/.out.*
# libcrypto cannot compute a checksum (OPENSSL_CONF loads only OpenSSL's null provider, which has no SHA-256):
# exit 70 with a message naming a file of the output folder given and libcrypto's reason, no temporary
# folder, nothing written; over an earlier output (--force) the check of its SHA256SUMS fails so, and the
# previous output stays as it was.
printf 'openssl_conf = init\n[init]\nproviders = prov\n[prov]\nnull = null\n[null]\nactivate = 1\n' >"$work/null.cnf"
(cd "$work/out" && find . -type f -exec sha256sum {} + | sort) >"$work/before"
for target in new out; do
    OPENSSL_CONF=$work/null.cnf "$bin" run -q --lang en --force "$portfolio" -o "$work/$target" >/dev/null 2>"$work/err"
    rc=$?
    runs=$((runs + 1))
    if [ "$rc" -ne 70 ]; then
        echo "FAIL libcrypto ($target): exit $rc, want 70"; sed 's/^/    /' "$work/err"; failed=$((failed + 1))
    elif ! grep -q "^migrate: $work/$target/[A-Za-z0-9./-]*: error: cannot compute its checksum: EVP_" "$work/err"; then
        echo "FAIL libcrypto ($target): no message naming the file and libcrypto's call"; sed 's/^/    /' "$work/err"
        failed=$((failed + 1))
    elif ls -a "$work" | grep -q '^\.\(out\|new\)\.' || [ -e "$work/new" ]; then
        echo "FAIL libcrypto ($target): left behind: $(ls -a "$work" | grep '^\.\(out\|new\)\.\|^new$')"
        failed=$((failed + 1))
    elif ! (cd "$work/out" && find . -type f -exec sha256sum {} + | sort) | cmp -s - "$work/before"; then
        echo "FAIL libcrypto ($target): the previous output changed"; failed=$((failed + 1))
    else
        echo "fault: libcrypto fails ($target): exit 70, $(sed -n 's/^migrate: [^ ]*: error: //p' "$work/err" | cut -c1-60)..."
    fi
done
# A status run (--vorige the run's output, the sample export): every write, fsync, rename and close fails in
# turn. Exit 74 or 73 with a message naming the status output folder given, no temporary folder, the previous
# status output and the --vorige folder byte for byte as they were (the subfolder aanvulling/ included).
regs=${4:-samples/status/registraties.csv}
if [ -f "$regs" ]; then
    sums() { (cd "$1" && find . -type f -exec sha256sum {} + | sort); }
    "$bin" status -q --force "$portfolio" --vorige "$work/out" --registraties "$regs" -o "$work/st" >/dev/null 2>&1
    rc=$?
    [ "$rc" -le 1 ] || { echo "fault: the clean status run exited $rc" >&2; exit 1; }
    sums "$work/st" >"$work/st-before"
    sums "$work/out" >"$work/vorige-before"
    for spec in write:EIO:0 fsync:EIO:0 rename:EIO:0 close:EIO:0 write:ENOSPC:1; do
        op=${spec%%:*}
        rest=${spec#*:}
        errno=${rest%%:*}
        sticky=${rest#*:}
        n=1
        while :; do
            rm -f "$work/mark"
            FAULT_OP=$op FAULT_N=$n FAULT_ERRNO=$errno FAULT_STICKY=$sticky FAULT_MARK=$work/mark LD_PRELOAD=$shim \
                "$bin" status -q --force "$portfolio" --vorige "$work/out" --registraties "$regs" -o "$work/st" \
                >/dev/null 2>"$work/err"
            rc=$?
            runs=$((runs + 1))
            if [ ! -e "$work/mark" ]; then
                [ "$rc" -le 1 ] || { echo "FAIL status $op#$n: no fault injected, yet exit $rc"; failed=$((failed + 1)); }
                break
            fi
            if [ "$rc" -ne 74 ] && [ "$rc" -ne 73 ]; then
                echo "FAIL status $op#$n ($errno): exit $rc, want 74 or 73"; sed 's/^/    /' "$work/err"
                failed=$((failed + 1))
            elif grep '^migrate: ' "$work/err" | grep -q '\.st\.tmp\.'; then
                echo "FAIL status $op#$n: the message names the temporary folder"; failed=$((failed + 1))
            elif ls -a "$work" | grep -q '^\.st\.'; then
                echo "FAIL status $op#$n: a temporary folder was left"; failed=$((failed + 1)); rm -rf "$work"/.st.*
            elif ! sums "$work/st" | cmp -s - "$work/st-before"; then
                echo "FAIL status $op#$n: the previous status output changed"; failed=$((failed + 1))
            elif ! sums "$work/out" | cmp -s - "$work/vorige-before"; then
                echo "FAIL status $op#$n: the --vorige folder changed"; failed=$((failed + 1))
            fi
            n=$((n + 1))
            [ "$n" -le 5000 ] || { echo "FAIL status $op: more than 5000 calls?"; failed=$((failed + 1)); break; }
        done
        echo "fault: status $op ($errno): $((n - 1)) injected faults"
    done
fi
echo "fault: $runs runs, $failed failed"
[ "$failed" -eq 0 ]
