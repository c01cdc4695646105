#!/bin/sh
# concurrent.sh — several runs writing one output folder at the same time. In every round exactly one run
# may win (exit 0 or 1); the others exit 73 with a message; the folder is then the winner's complete output
# (sha256sum -c passes and its SHA256SUMS equals that of the same run made alone) and no temporary folder is
# left. Rounds: into a fresh path, into an empty folder, and with --force over an earlier output. Each run
# has its own SOURCE_DATE_EPOCH, so the workbooks (their `created` property) tell whose output it is.
# Also a user who makes the folder, or adds a file to it, while a run writes: that run exits 73 and the
# folder stays as the user left it. The fault shim holds that run at its final step (FAULT_HOLD) until the
# user is done, so the test does not depend on how fast the machine is.
#
# The rounds then run again with renameat2 failing with EINVAL (the shim), as on a file system without
# RENAME_NOREPLACE/RENAME_EXCHANGE: the fallback (renames under the lock) must hold too.
#
#   sh tests/fault/concurrent.sh BINARY GENPORTFOLIO FAULTSHIM    (CONCURRENT_RUNS=N, default 4)
set -u
bin=${1:-build/migrate}
gen=${2:-build/genportfolio}
shim=${3:-build/faultshim.so}
[ -f "$shim" ] || { echo "concurrent: no fault shim at $shim" >&2; exit 2; }
case $shim in /*) ;; *) shim=$(pwd)/$shim ;; esac
n=${CONCURRENT_RUNS:-4}
base=1795000000
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# a portfolio big enough (about a second a run) that the runs overlap
"$gen" --employers 2000 --users 10000 --grants 100000 --seed 5 --out "$work/p" >/dev/null || exit 1
failed=0
rounds=0
fail() {
    echo "FAIL $1"
    failed=$((failed + 1))
}
# each run alone: the reference output of run i (and of run 0, the earlier output of the --force rounds)
i=0
while [ "$i" -le "$n" ]; do
    SOURCE_DATE_EPOCH=$((base + i * 86400)) "$bin" run -q "$work/p" -o "$work/ref$i" >/dev/null 2>&1
    rc=$?
    [ "$rc" -le 1 ] || { echo "concurrent: the run alone exited $rc" >&2; exit 1; }
    i=$((i + 1))
done
# round LABEL [--force]: start n runs together into $work/out, then check the outcome
round() {
    label=$1
    shift
    rounds=$((rounds + 1))
    rm -f "$work/go" "$work"/rc.* "$work"/err.* "$work"/ready.*
    i=1
    while [ "$i" -le "$n" ]; do
        (
            : >"$work/ready.$i"
            while [ ! -e "$work/go" ]; do sleep 0.005; done
            SOURCE_DATE_EPOCH=$((base + i * 86400)) "$bin" run -q "$@" "$work/p" -o "$work/out" >/dev/null \
                2>"$work/err.$i"
            echo $? >"$work/rc.$i"
        ) &
        i=$((i + 1))
    done
    # every runner waiting at the start line, then go
    while [ "$(ls "$work" | grep -c '^ready\.')" -lt "$n" ]; do sleep 0.01; done
    : >"$work/go"
    wait
    wins=0
    win=
    i=1
    while [ "$i" -le "$n" ]; do
        rc=$(cat "$work/rc.$i")
        case $rc in
        0 | 1)
            wins=$((wins + 1))
            win=$i
            ;;
        73)
            grep -q -e "^migrate: $work/out: fout: .*terwijl deze run schreef" \
                -e "^migrate: $work/out: fout: de uitvoermap bestaat al en is niet leeg" "$work/err.$i" ||
                fail "$label: run $i exited 73 without a clear message: $(cat "$work/err.$i")"
            ;;
        *) fail "$label: run $i exited $rc: $(cat "$work/err.$i")" ;;
        esac
        i=$((i + 1))
    done
    [ "$wins" -eq 1 ] || fail "$label: $wins runs exited 0/1, want exactly 1 (exits: $(cat "$work"/rc.* | tr '\n' ' '))"
    if ! (cd "$work/out" && sha256sum -c --quiet --strict SHA256SUMS) >/dev/null 2>&1; then
        fail "$label: sha256sum -c fails in the output folder"
    elif [ -n "$win" ] && ! cmp -s "$work/out/SHA256SUMS" "$work/ref$win/SHA256SUMS"; then
        fail "$label: the output folder is not the complete output of the winning run $win"
    elif [ "$(cd "$work/out" && ls -A)" != "$(cd "$work/ref1" && ls -A)" ]; then
        fail "$label: the output folder does not hold exactly the files of one run"
    fi
    left=$(ls -A "$work" | grep '^\.out\.' | tr '\n' ' ')
    [ -z "$left" ] || fail "$label: left behind: $left"
}
# every kind of round, with a label suffix
rounds_all() {
    for r in 1 2; do
        rm -rf "$work/out"
        round "fresh path #$r$1"
    done
    rm -rf "$work/out"
    mkdir "$work/out"
    round "empty folder$1"
    for r in 1 2; do
        rm -rf "$work/out"
        cp -a "$work/ref0" "$work/out"
        round "--force over an earlier output #$r$1" --force
    done
}
# user LABEL SETUP [--force]: while one run writes, someone else makes or fills the folder (SETUP, a shell
# command, just before the run's final step): the run must exit 73 and leave that folder exactly as it was
user() {
    label=$1
    setup=$2
    shift 2
    rounds=$((rounds + 1))
    # the expected folder: SETUP applied to a copy of the folder as it is now. Taking the snapshot of out
    # itself while the run goes on would race with a --force run, which swaps the folders for an instant
    # to look at the old one before it swaps back.
    rm -rf "$work/x"
    mkdir "$work/x"
    [ ! -e "$work/out" ] || cp -a "$work/out" "$work/x/out"
    (cd "$work/x" && eval "$setup")
    snap=$(cd "$work/x" && find out -printf '%M %p\n' | sort && find out -type f -exec sha256sum {} + | sort)
    # the run waits at its final step (the shim's FAULT_HOLD) until the user is done
    rm -f "$work/hold" "$work/hold.ready"
    FAULT_HOLD=$work/hold LD_PRELOAD=$shim SOURCE_DATE_EPOCH=$base \
        "$bin" run -q "$@" "$work/p" -o "$work/out" >/dev/null 2>"$work/err.u" &
    pid=$!
    k=0
    while [ ! -e "$work/hold.ready" ] && [ "$k" -lt 6000 ] && kill -0 "$pid" 2>/dev/null; do
        sleep 0.01
        k=$((k + 1))
    done
    [ -e "$work/hold.ready" ] || fail "$label: the run never reached its final step"
    (cd "$work" && eval "$setup")
    : >"$work/hold"
    wait "$pid"
    rc=$?
    if [ "$rc" -ne 73 ]; then
        fail "$label: exit $rc, want 73 ($(cat "$work/err.u"))"
    elif ! grep -q "^migrate: $work/out: fout: .*terwijl deze run schreef" "$work/err.u"; then
        fail "$label: no clear message: $(cat "$work/err.u")"
    fi
    [ "$snap" = "$(cd "$work" && find out -printf '%M %p\n' | sort && find out -type f -exec sha256sum {} + | sort)" ] ||
        fail "$label: the folder made during the run was changed"
    left=$(ls -A "$work" | grep '^\.out\.' | tr '\n' ' ')
    [ -z "$left" ] || fail "$label: left behind: $left"
}
rm -rf "$work/out"
user "a folder made by a user during the run" 'mkdir out && echo mine >out/notes.txt'
rm -rf "$work/out"
cp -a "$work/ref0" "$work/out"
user "a user's file added during a --force run" 'echo mine >out/notes.txt' --force
rounds_all ""
export LD_PRELOAD="$shim" FAULT_NO_RENAMEAT2=1
rounds_all " (no renameat2)"
unset LD_PRELOAD FAULT_NO_RENAMEAT2
echo "concurrent: $rounds rounds ($n runs at once, or one run and a user), $failed failed"
[ "$failed" -eq 0 ]
