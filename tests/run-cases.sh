#!/bin/sh
# run-cases.sh — the end-to-end test suite: every folder in tests/cases/ is one case.
#
#   sh tests/run-cases.sh BINARY                 run every case
#   sh tests/run-cases.sh BINARY NAME...         run only these cases
#   sh tests/run-cases.sh BINARY --update NAME...  rewrite exit, stderr(.exact) and expected/
#                                                of these cases from the current binary
#
# CASE_PLATFORM=windows (with BINARY tests/windows/migrate-wine, for `make test-windows`): the Windows build
# under wine. The file-mode check becomes an ACL check (CASE_ACLCHECK: a command given the output folder's
# paths, failing unless only the user and SYSTEM may use them), and a case with a file `unix-only` (its one
# line says why) is not run but reported as `unix-only NAME: why` and counted in the summary line.
#
# The layout of a case is described in tests/cases/README.md. Every case runs in
# a fresh temporary folder (cwd), on a copy of its portfolio, with relative paths:
# the portfolio copy is called `case-portfolio` and the output `case-out`; in
# stderr/stdout they read as @PORTFOLIO@ and @OUT@.
#
# After every run that leaves an output folder the runner also checks, whatever
# the case says: `sha256sum -c SHA256SUMS` passes and SHA256SUMS covers every
# file; the folder is mode 0700 and its files 0600; every CSV starts with a UTF-8
# BOM and ends in CRLF; verwerking.csv has no (bestand, regel) pair twice and per
# file as many lines as rapport.txt says were read; no temporary sibling
# (.case-out.tmp.* / .case-out.old.*) is left behind. Hostile text: every XML
# part (*.xml, *.rels) of every .xlsx in the output passes `xmllint --noout`;
# every CSV and rapport.txt is valid UTF-8 without C0 control characters other
# than TAB, CR and LF (nor U+FFFE/U+FFFF); and the captured stderr and stdout of
# every case hold no control byte but TAB and LF (data never drives a terminal).
#
# And for every case: nothing outside the output folder changed — the case's
# whole working folder (the portfolio and whatever setup.sh made around it) is
# compared, as a listing with modes and checksums, before and after the run;
# only the output path (-o, else the portfolio's uitvoer/ or, for a dry run,
# controle/) may differ; after a run that failed (exit 2 or more, but for the
# report of a dry run with blocking findings) nothing at all.

set -u

usage() {
    echo "usage: sh tests/run-cases.sh BINARY [--update] [NAME...]" >&2
    exit 2
}

[ $# -ge 1 ] || usage
BIN=$1
shift
case $BIN in
/*) ;;
*) BIN=$(pwd)/$BIN ;;
esac
[ -x "$BIN" ] || { echo "run-cases: $BIN: not an executable" >&2; exit 2; }

UPDATE=0
NAMES=
for a in "$@"; do
    case $a in
    --update) UPDATE=1 ;;
    -*) usage ;;
    *) NAMES="$NAMES $a" ;;
    esac
done
if [ $UPDATE = 1 ] && [ -z "$NAMES" ]; then
    echo "run-cases: --update needs the NAMEs of the cases to regenerate" >&2
    exit 2
fi

REPO_ROOT=$(cd "$(dirname "$0")/.." && pwd)
# CASES_DIR: another folder of cases in the same layout (e.g. tests/bad); default tests/cases
CASES=$(cd "${CASES_DIR:-$REPO_ROOT/tests/cases}" && pwd) || exit 2
export REPO_ROOT
P=case-portfolio
O=case-out
DEFAULT_EPOCH=1795000000

TMPROOT=$(mktemp -d "${TMPDIR:-/tmp}/migrate-cases.XXXXXX") || exit 2
trap 'rm -rf "$TMPROOT"' EXIT
trap 'exit 130' INT TERM

passed=0
failed=0
unixonly=0
FAILMSG=

# Record the first failure of the current case (reason + optional detail file).
fail() {
    if [ -z "$FAILMSG" ]; then
        FAILMSG=$1
        if [ $# -ge 2 ] && [ -s "$2" ]; then
            head -n 40 "$2" >"$TMPROOT/detail"
        else
            : >"$TMPROOT/detail"
        fi
    fi
}

# Replace the temporary paths in a captured stream by @PORTFOLIO@ / @OUT@.
normalise() {
    sed -e "s#$W/##g" -e "s#$P#@PORTFOLIO@#g" -e "s#$O#@OUT@#g" "$1"
}

# A listing with checksums of a path (to see that a failed run left it untouched).
snapshot() {
    if [ -e "$1" ] || [ -L "$1" ]; then
        find "$1" -exec ls -ld {} + 2>/dev/null | awk '{print $1, $NF}' | LC_ALL=C sort
        find "$1" -type f -exec sha256sum {} + | LC_ALL=C sort
    else
        echo "(does not exist)"
    fi
}

# A listing with checksums of the whole working folder except the path $1 (relative to it).
wsnapshot() {
    (cd "$W" && find . -path "./${1:-.nothing-left-out.}" -prune -o -printf '%M %p -> %l\n' | LC_ALL=C sort &&
        find . -path "./${1:-.nothing-left-out.}" -prune -o -type f -exec sha256sum {} + 2>/dev/null | LC_ALL=C sort)
}

# Windows: the ACL of the output folder, its subfolders and its files (CASE_ACLCHECK).
check_acl() {
    out=$1
    if [ -z "${CASE_ACLCHECK:-}" ]; then
        fail "CASE_PLATFORM=windows needs CASE_ACLCHECK"
        return
    fi
    (cd "$W" && find "${out#"$W"/}" -print0 | LC_ALL=C sort -z | xargs -0 $CASE_ACLCHECK) >"$TMPROOT/acl" 2>&1 ||
        fail "the output's ACL allows others than the user and SYSTEM" "$TMPROOT/acl"
}

# The checks every output folder must pass (on Windows the ACL instead of the modes).
check_output() {
    out=$1
    win=0
    [ "${CASE_PLATFORM:-}" = windows ] && win=1 && check_acl "$out"
    m=$(stat -c %a "$out")
    [ $win = 1 ] || [ "$m" = 700 ] || fail "output folder mode is $m, not 700"
    for f in "$out"/* "$out"/.[!.]* "$out"/aanvulling/* "$out"/aanvulling/.[!.]* "$out"/ondertekening/* \
        "$out"/ondertekening/.[!.]* "$out"/aanvulling/ondertekening/* "$out"/aanvulling/ondertekening/.[!.]*; do
        [ -e "$f" ] || [ -L "$f" ] || continue
        case ${f#"$out"/} in
        aanvulling | ondertekening | aanvulling/ondertekening) # migrate's subfolders
            if [ -d "$f" ] && [ ! -L "$f" ]; then
                m=$(stat -c %a "$f")
                [ $win = 1 ] || [ "$m" = 700 ] || fail "${f#"$out"/}/: mode $m, not 700"
                continue
            fi
            ;;
        esac
        if [ ! -f "$f" ] || [ -L "$f" ]; then
            fail "output holds something that is not a plain file: ${f#"$W"/}"
            continue
        fi
        m=$(stat -c %a "$f")
        [ $win = 1 ] || [ "$m" = 600 ] || fail "${f#"$W"/}: mode $m, not 600"
    done
    if [ ! -f "$out/SHA256SUMS" ]; then
        fail "no SHA256SUMS in the output"
    else
        (cd "$out" && sha256sum -c --quiet --strict SHA256SUMS) >"$TMPROOT/sum" 2>&1 ||
            fail "sha256sum -c SHA256SUMS failed" "$TMPROOT/sum"
        awk '{ sub(/^[^ ]+  /, ""); print }' "$out/SHA256SUMS" | LC_ALL=C sort >"$TMPROOT/sumlist"
        (cd "$out" && find . -type f | sed 's|^\./||') | grep -vx SHA256SUMS | LC_ALL=C sort >"$TMPROOT/dirlist"
        diff "$TMPROOT/sumlist" "$TMPROOT/dirlist" >"$TMPROOT/sumdiff" ||
            fail "SHA256SUMS does not list exactly the files of the output (< listed, > present)" "$TMPROOT/sumdiff"
    fi
    for f in "$out"/*.csv "$out"/aanvulling/*.csv "$out"/ondertekening/*.csv "$out"/aanvulling/ondertekening/*.csv; do
        [ -f "$f" ] || continue
        b=$(head -c 3 "$f" | od -An -tx1 | tr -d ' \n')
        [ "$b" = efbbbf ] || [ "${f##*/}" = ketenmachtigingen-beheermodule.csv ] ||
            fail "${f##*/}: does not start with a UTF-8 BOM"
        e=$(tail -c 2 "$f" | od -An -tx1 | tr -d ' \n')
        [ "$e" = 0d0a ] || [ "${f##*/}" = ketenmachtigingen-beheermodule.csv ] ||
            fail "${f##*/}: does not end in CRLF"
    done
    check_ledger "$out"
    check_text "$out"
}

# Hostile text in an output folder: well-formed workbook XML, clean UTF-8 text files.
check_text() {
    out=$1
    find "$out" -name '*.xlsx' -type f | LC_ALL=C sort >"$TMPROOT/xlsxlist"
    while IFS= read -r x; do
        rm -rf "$TMPROOT/xl" && mkdir -p "$TMPROOT/xl"
        if ! unzip -q -o "$x" -d "$TMPROOT/xl" >"$TMPROOT/unzip" 2>&1; then
            fail "${x#"$W"/}: cannot be unzipped" "$TMPROOT/unzip"
            continue
        fi
        find "$TMPROOT/xl" -type f \( -name '*.xml' -o -name '*.rels' \) -exec xmllint --noout {} + \
            >"$TMPROOT/xmllint" 2>&1 || fail "${x#"$W"/}: a part is not well-formed XML" "$TMPROOT/xmllint"
    done <"$TMPROOT/xlsxlist"
    find "$out" -type f \( -name '*.csv' -o -name 'rapport.txt' \) -print0 |
        python3 -c '
import re, sys
bad = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
for p in sys.stdin.buffer.read().split(b"\0"):
    if not p:
        continue
    try:
        t = open(p, "rb").read().decode("utf-8")
    except UnicodeDecodeError as e:
        print("%s: not valid UTF-8 at byte %d" % (p.decode(errors="replace"), e.start))
        continue
    m = bad.search(t)
    if m:
        print("%s: forbidden character U+%04X at offset %d" % (p.decode(errors="replace"), ord(m.group()), m.start()))
' >"$TMPROOT/textcheck" 2>&1
    [ -s "$TMPROOT/textcheck" ] && fail "an output text file holds a control character or invalid UTF-8" "$TMPROOT/textcheck"
    return 0
}

# Nothing lost: verwerking.csv against the rows rapport.txt says were read.
check_ledger() {
    out=$1
    [ -f "$out/verwerking.csv" ] || return 0 # dry run: no ledger file
    if [ ! -f "$out/rapport.txt" ]; then
        fail "verwerking.csv without rapport.txt"
        return
    fi
    sed -e '1s/^\xef\xbb\xbf//' -e 's/\r$//' "$out/verwerking.csv" >"$TMPROOT/ledger"
    # rows per file from the report: "  NAME: ..." followed by "    N regels gelezen: ..." / "N rows read: ..."
    awk '/^  [^ ].*: / { name = substr($0, 3); sub(/: .*/, "", name); next }
         name != "" && /^    [0-9][0-9.,]* (regels gelezen|rows read):/ { n = $1; gsub(/[.,]/, "", n); print name ";" n; name = ""; next }
         { name = "" }' "$out/rapport.txt" | LC_ALL=C sort >"$TMPROOT/rows.report"
    awk -F';' 'NR == 1 { next } { n[$1]++ } END { for (f in n) print f ";" n[f] }' "$TMPROOT/ledger" |
        LC_ALL=C sort >"$TMPROOT/rows.ledger"
    # files with 0 rows are in the report only
    awk -F';' 'FILENAME == ARGV[1] { l[$1] = $2; next } { print $1 ";" ($1 in l ? l[$1] : 0) }' \
        "$TMPROOT/rows.ledger" "$TMPROOT/rows.report" >"$TMPROOT/rows.both"
    if [ ! -s "$TMPROOT/rows.report" ]; then
        fail "rapport.txt names no input file with its rows read"
    elif ! diff "$TMPROOT/rows.report" "$TMPROOT/rows.both" >"$TMPROOT/rowsdiff"; then
        fail "ledger rows per file differ from rapport.txt (< report, > verwerking.csv)" "$TMPROOT/rowsdiff"
    fi
    awk -F';' 'FILENAME == ARGV[1] { l[$1] = 1; next } !($1 in l) { print }' "$TMPROOT/rows.report" "$TMPROOT/rows.ledger" \
        >"$TMPROOT/rowsextra"
    [ -s "$TMPROOT/rowsextra" ] && fail "verwerking.csv names files rapport.txt does not" "$TMPROOT/rowsextra"
    awk -F';' 'NR > 1 { print $1 ";" $2 }' "$TMPROOT/ledger" | LC_ALL=C sort | uniq -d >"$TMPROOT/dups"
    [ -s "$TMPROOT/dups" ] && fail "verwerking.csv has (bestand, regel) pairs more than once" "$TMPROOT/dups"
    awk -F';' 'NR > 1 && $3 !~ /^(gebruikt|afgewezen|overgeslagen|dubbel|verplaatst)$/ { print }' \
        "$TMPROOT/ledger" >"$TMPROOT/badoc"
    [ -s "$TMPROOT/badoc" ] && fail "verwerking.csv has unknown outcomes" "$TMPROOT/badoc"
    return 0
}

# Run one case; sets FAILMSG when it fails.
run_case() {
    name=$1
    C=$CASES/$name
    W=$TMPROOT/$name
    FAILMSG=
    rm -rf "$W"
    mkdir -p "$W"
    if [ -d "$C/portfolio" ]; then
        cp -R "$C/portfolio" "$W/$P"
    fi
    # the environment of the run
    envs="SOURCE_DATE_EPOCH=$DEFAULT_EPOCH MIGRATE_FORMATS_DIR=$REPO_ROOT/formats LC_ALL=C.UTF-8"
    if [ -f "$C/env" ]; then
        while IFS= read -r line || [ -n "$line" ]; do
            case $line in '' | '#'*) continue ;; esac
            envs="$envs $line"
        done <"$C/env"
    fi
    if [ -f "$C/setup.sh" ]; then
        # shellcheck disable=SC2086 # envs is a list of KEY=VALUE words
        if ! (cd "$W" && env $envs PORTFOLIO=$P OUT=$O CASE_DIR=$C MIGRATE="$BIN" sh "$C/setup.sh") >"$TMPROOT/setup" 2>&1; then
            fail "setup.sh failed" "$TMPROOT/setup"
            return
        fi
    fi
    # the command line
    set --
    if [ -f "$C/args" ]; then
        while IFS= read -r line || [ -n "$line" ]; do
            line=$(printf '%s' "$line" | sed -e "s#@PORTFOLIO@#$P#g" -e "s#@OUT@#$O#g")
            set -- "$@" "$line"
        done <"$C/args"
    else
        set -- run "$P" -o "$O"
    fi
    before=$(cd "$W" && snapshot "$O")
    # the output path of the command line: -o/--output, else the portfolio's uitvoer/ (controle/ for a dry run)
    outp= dry=0 prev=
    for a in "$@"; do
        case $prev in -o | --output) outp=$a ;; esac
        case $a in --output=*) outp=${a#--output=} ;; -n | --dry-run | check) dry=1 ;; esac
        prev=$a
    done
    if [ -z "$outp" ]; then
        outp=$P/uitvoer
        [ $dry = 1 ] && outp=$P/controle
    fi
    outp=${outp%/}
    wbefore=$(wsnapshot "$outp")
    fbefore=$(wsnapshot "")
    # a run that does not end within the case's `timeout` (seconds, default 60) fails
    limit=60
    [ -f "$C/timeout" ] && limit=$(tr -d ' \r\n' <"$C/timeout")
    # shellcheck disable=SC2086 # envs is a list of KEY=VALUE words
    (cd "$W" && env $envs timeout -k 5 "$limit" "$BIN" "$@" >"$W/.stdout" 2>"$W/.stderr" </dev/null)
    rc=$?
    if [ $rc = 124 ] || [ $rc = 137 ]; then
        fail "timed out after $limit s (exit $rc)"
    fi
    normalise "$W/.stderr" >"$TMPROOT/stderr"
    normalise "$W/.stdout" >"$TMPROOT/stdout"
    mv "$W/.stdout" "$W/.stderr" "$TMPROOT/"
    # no control byte from the data reaches the terminal (TAB and LF are the only ones printed)
    python3 -c '
import sys
for p in sys.argv[1:]:
    b = open(p, "rb").read()
    for i, c in enumerate(b):
        if (c < 0x20 and c not in (9, 10)) or c == 0x7f:
            print("%s: control byte 0x%02x at offset %d" % (p.rsplit("/", 1)[-1], c, i))
            break
' "$TMPROOT/.stdout" "$TMPROOT/.stderr" >"$TMPROOT/ctl" 2>&1
    [ -s "$TMPROOT/ctl" ] && fail "a control byte reached stdout or stderr" "$TMPROOT/ctl"
    rm -f "$TMPROOT/ctl"
    wafter=$(wsnapshot "$outp")
    if [ "$wbefore" != "$wafter" ]; then
        printf '%s\n' "$wbefore" >"$TMPROOT/wb"
        printf '%s\n' "$wafter" >"$TMPROOT/wa"
        diff "$TMPROOT/wb" "$TMPROOT/wa" >"$TMPROOT/wdiff"
        fail "something outside the output path $outp changed (< before, > after)" "$TMPROOT/wdiff"
    fi
    # a run that failed (exit 2 or more; but 65 of a dry run still writes its report) changed nothing at
    # all, the output path included
    if [ "$rc" -gt 1 ] && { [ "$rc" != 65 ] || [ $dry = 0 ]; } && [ "$fbefore" != "$(wsnapshot "")" ]; then
        printf '%s\n' "$fbefore" >"$TMPROOT/wb"
        wsnapshot "" >"$TMPROOT/wa"
        diff "$TMPROOT/wb" "$TMPROOT/wa" >"$TMPROOT/wdiff"
        fail "the run failed (exit $rc) yet changed something (< before, > after)" "$TMPROOT/wdiff"
    fi

    if [ $UPDATE = 1 ]; then
        echo "$rc" >"$C/exit"
        if [ -f "$C/stderr.exact" ]; then
            cp "$TMPROOT/stderr" "$C/stderr.exact"
        else
            cp "$TMPROOT/stderr" "$C/stderr"
        fi
        after=$(cd "$W" && snapshot "$O")
        if [ -d "$W/$O" ] && [ "$before" != "$after" ]; then
            keep=
            if [ -d "$C/expected" ] && [ -n "$(ls -A "$C/expected")" ]; then
                keep=$(cd "$C/expected" && find . -type f | sed 's|^\./||')
            else
                keep=$(cd "$W/$O" && ls -A | grep -v -e '\.xlsx$' -e '^SHA256SUMS$')
            fi
            rm -rf "$C/expected"
            mkdir -p "$C/expected"
            for f in $keep; do
                [ -f "$W/$O/$f" ] || continue
                mkdir -p "$C/expected/$(dirname "$f")"
                cp "$W/$O/$f" "$C/expected/$f"
            done
            find "$C/expected" -type f -exec chmod 644 {} + 2>/dev/null
        else
            rm -rf "$C/expected"
        fi
        echo "updated $name: exit $rc — now review every file by hand"
    fi

    # exit code
    want=
    [ -f "$C/exit" ] && want=$(tr -d ' \r\n' <"$C/exit")
    [ -n "$want" ] || fail "no exit file"
    [ "$rc" = "$want" ] || fail "exit $rc, expected $want" "$TMPROOT/stderr"
    # stderr
    if [ -f "$C/stderr.exact" ]; then
        diff "$C/stderr.exact" "$TMPROOT/stderr" >"$TMPROOT/diff" || fail "stderr differs (< expected, > got)" "$TMPROOT/diff"
    elif [ -f "$C/stderr" ]; then
        while IFS= read -r line || [ -n "$line" ]; do
            [ -n "$line" ] || continue
            if ! grep -Fxq -e "$line" "$TMPROOT/stderr"; then
                { echo "missing: $line"; echo "--- stderr was:"; cat "$TMPROOT/stderr"; } >"$TMPROOT/diff"
                fail "a stderr line is missing" "$TMPROOT/diff"
                break
            fi
        done <"$C/stderr"
    fi
    # stdout
    if [ -f "$C/stdout" ]; then
        while IFS= read -r line || [ -n "$line" ]; do
            [ -n "$line" ] || continue
            if ! grep -Fxq -e "$line" "$TMPROOT/stdout"; then
                { echo "missing: $line"; echo "--- stdout was:"; cat "$TMPROOT/stdout"; } >"$TMPROOT/diff"
                fail "a stdout line is missing" "$TMPROOT/diff"
                break
            fi
        done <"$C/stdout"
    fi
    # no temporary or old folder left next to the output
    left=$(cd "$W" && ls -A | grep -e "^\.$O\.tmp\." -e "^\.$O\.old\." | tr '\n' ' ')
    [ -z "$left" ] || fail "left behind in the output's parent: $left"
    # the output folder
    if [ -d "$C/expected" ]; then
        if [ ! -d "$W/$O" ]; then
            fail "no output folder was written"
        else
            (cd "$C/expected" && find . -type f | sed 's|^\./||' | LC_ALL=C sort) >"$TMPROOT/explist"
            while IFS= read -r b; do
                f=$C/expected/$b
                if [ ! -f "$W/$O/$b" ]; then
                    fail "missing output file $b"
                elif ! cmp -s "$f" "$W/$O/$b"; then
                    diff "$f" "$W/$O/$b" >"$TMPROOT/diff"
                    [ -s "$TMPROOT/diff" ] || echo "(binary or line-ending difference)" >"$TMPROOT/diff"
                    fail "$b differs (< expected, > got)" "$TMPROOT/diff"
                fi
            done <"$TMPROOT/explist"
            if [ -f "$C/present" ]; then
                while IFS= read -r b || [ -n "$b" ]; do
                    [ -n "$b" ] || continue
                    [ -f "$W/$O/$b" ] || fail "missing output file $b"
                done <"$C/present"
            fi
            if [ -f "$C/absent" ]; then
                while IFS= read -r b || [ -n "$b" ]; do
                    [ -n "$b" ] || continue
                    [ ! -e "$W/$O/$b" ] || fail "output file $b must not exist"
                done <"$C/absent"
            fi
            check_output "$W/$O"
        fi
    else
        after=$(cd "$W" && snapshot "$O")
        if [ "$before" = "(does not exist)" ]; then
            [ ! -e "$W/$O" ] || fail "an output folder was written; expected none"
        elif [ "$before" != "$after" ]; then
            printf '%s\n' "$before" >"$TMPROOT/b"
            printf '%s\n' "$after" >"$TMPROOT/a"
            diff "$TMPROOT/b" "$TMPROOT/a" >"$TMPROOT/diff"
            fail "the existing output path was changed" "$TMPROOT/diff"
        fi
        # a run that failed or wrote to the default place must leave the portfolio's uitvoer alone too
        [ -e "$W/$P/uitvoer" ] && [ ! -e "$C/portfolio/uitvoer" ] && fail "an output folder was written in the portfolio"
    fi
    return 0
}

if [ -n "$NAMES" ]; then
    list=$NAMES
else
    list=$(cd "$CASES" && for d in */; do [ -f "$d/exit" ] || [ -d "$d/portfolio" ] || [ -f "$d/args" ] && echo "${d%/}"; done)
fi
for name in $list; do
    if [ ! -d "$CASES/$name" ]; then
        echo "FAIL $name: no such case"
        failed=$((failed + 1))
        continue
    fi
    if [ "${CASE_PLATFORM:-}" = windows ] && [ -f "$CASES/$name/unix-only" ]; then
        echo "unix-only $name: $(head -n 1 "$CASES/$name/unix-only")"
        unixonly=$((unixonly + 1))
        continue
    fi
    run_case "$name"
    if [ -z "$FAILMSG" ]; then
        echo "ok $name"
        passed=$((passed + 1))
    else
        echo "FAIL $name: $FAILMSG"
        [ -s "$TMPROOT/detail" ] && sed 's/^/    /' "$TMPROOT/detail"
        failed=$((failed + 1))
    fi
done
if [ "${CASE_PLATFORM:-}" = windows ]; then
    echo "$passed passed, $failed failed, $unixonly Unix-only (not run)"
else
    echo "$passed passed, $failed failed"
fi
[ "$failed" = 0 ]
