#!/bin/sh
# ics.sh — verloopdata.ics as another program reads it: sample calendars written by calendar.c
# (ics_sample, both languages) must pass ics_check.py (Python's icalendar) and be byte-identical when
# written twice; copies broken on purpose (a UID twice, a DUE with a time, an alarm after the due date, a
# wrong count) must be refused, so the check itself is checked.
# usage: ics.sh ICS_SAMPLE OUTDIR   (ICS_PYTHON: the Python with icalendar, default /usr/bin/python3)
set -eu
sample=$1
out=$2
py=${ICS_PYTHON:-/usr/bin/python3}
check="$(dirname "$0")/ics_check.py"
count=500
mkdir -p "$out"
for lang in nl en; do
    f="$out/verloopdata-$lang.ics"
    "$sample" "$f" "$lang" "$count"
    "$sample" "$f.again" "$lang" "$count"
    cmp -s "$f" "$f.again" || { echo "ics: two runs wrote different bytes: $f $f.again" >&2; exit 1; }
    rm -f "$f.again"
    "$py" "$check" "$f" "$count"
done
f="$out/verloopdata-nl.ics"
# refused: each broken copy must make ics_check exit 1 (not 0, nor a crash)
refused() {
    rc=0
    "$py" "$check" "$@" 2>/dev/null >&2 || rc=$?
    [ "$rc" -eq 1 ] || { echo "ics: ics_check.py exited $rc on $* (want 1)" >&2; exit 1; }
}
sed 's/^UID:.*/UID:dubbel\r/' "$f" >"$out/bad-uid.ics"
refused "$out/bad-uid.ics"
sed 's/^DUE;VALUE=DATE:\([0-9]*\)/DUE:\1T120000Z/' "$f" >"$out/bad-due.ics"
refused "$out/bad-due.ics"
sed 's/^TRIGGER;RELATED=END:-P/TRIGGER;RELATED=END:P/' "$f" >"$out/bad-trigger.ics"
refused "$out/bad-trigger.ics"
sed '/^BEGIN:VALARM/,/^END:VALARM/d' "$f" >"$out/bad-alarm.ics"
refused "$out/bad-alarm.ics"
refused "$f" $((count - 1))
echo "ics: the sample calendars pass ics_check.py, twice the same bytes; 5 broken copies refused"
