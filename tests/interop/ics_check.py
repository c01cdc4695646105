#!/usr/bin/python3
"""ics_check.py — check a verloopdata.ics as another program reads it: Python's icalendar (Debian
python3-icalendar, installed for Debian's /usr/bin/python3).

usage: ics_check.py FILE [EXPECTED_TODOS]

Checks that FILE is one VCALENDAR that icalendar reads without errors, every line ending in CRLF and
at most 75 octets long; that every VTODO has a UID, a DUE that is a date (not a date-time), a SUMMARY
and a VALARM whose TRIGGER is a duration of zero or less (the alarm goes off before the due date, or
on it); that no UID is used twice; and, when EXPECTED_TODOS is given, that there are that many
to-dos. Exits 0 when all holds, 1 with one line per problem on stderr otherwise, 2 on a usage error.
"""
import datetime
import sys

try:
    import icalendar
except ImportError:
    sys.exit("ics_check: Python's icalendar module is missing (Debian: python3-icalendar)")

# At most this many problems are listed; the count of all of them follows.
MAX_SHOWN = 20

# Octets of a line at most, without its CRLF (RFC 5545 section 3.1).
LINE_MAX_OCTETS = 75


def line_problems(data):
    """Problems with the raw lines of the file: line ends and lengths."""
    problems = []
    if not data.endswith(b"\r\n"):
        problems.append("the file does not end in CRLF")
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {number}: a bare LF or CR (lines must end in CRLF)")
        if len(line) > LINE_MAX_OCTETS:
            problems.append(f"line {number}: {len(line)} octets, more than {LINE_MAX_OCTETS}")
    return problems


def todo_problems(number, todo, seen):
    """Problems with to-do `number` (1-based); seen maps the UIDs met so far to their to-do."""
    problems = []
    where = f"to-do {number}"
    uid = todo.get("UID")
    if not uid:
        problems.append(f"{where}: no UID")
    else:
        where = f"to-do {number} ({uid})"
        if str(uid) in seen:
            problems.append(f"{where}: UID also used by to-do {seen[str(uid)]}")
        seen.setdefault(str(uid), number)
    due = todo.get("DUE")
    if due is None:
        problems.append(f"{where}: no DUE")
    elif isinstance(due.dt, datetime.datetime) or not isinstance(due.dt, datetime.date):
        problems.append(f"{where}: DUE is not a date: {due.to_ical().decode()}")
    if not todo.get("SUMMARY"):
        problems.append(f"{where}: no SUMMARY")
    alarms = [c for c in todo.subcomponents if c.name == "VALARM"]
    if not alarms:
        problems.append(f"{where}: no VALARM")
    for alarm in alarms:
        trigger = alarm.get("TRIGGER")
        if trigger is None:
            problems.append(f"{where}: a VALARM without TRIGGER")
        elif not isinstance(trigger.dt, datetime.timedelta):
            problems.append(f"{where}: TRIGGER is not a duration: {trigger.to_ical().decode()}")
        elif trigger.dt > datetime.timedelta(0):
            problems.append(f"{where}: TRIGGER {trigger.to_ical().decode()} is after the due date")
    return problems


def check(path, expected):
    """Every problem of the file at path (an empty list when there is none) and its number of to-dos."""
    with open(path, "rb") as f:
        data = f.read()
    problems = line_problems(data)
    try:
        cal = icalendar.Calendar.from_ical(data)
    except ValueError as e:
        return problems + [f"icalendar cannot read it: {e}"], 0
    if cal.name != "VCALENDAR":
        problems.append(f"not a VCALENDAR but {cal.name}")
    for c in cal.walk():
        for prop, error in getattr(c, "errors", []):
            problems.append(f"icalendar could not read {c.name} {prop}: {error}")
    for prop in ("VERSION", "PRODID"):
        if not cal.get(prop):
            problems.append(f"the calendar has no {prop}")
    todos = [c for c in cal.subcomponents if c.name == "VTODO"]
    seen = {}
    for number, todo in enumerate(todos, 1):
        problems += todo_problems(number, todo, seen)
    if expected is not None and len(todos) != expected:
        problems.append(f"{len(todos)} to-dos, expected {expected}")
    return problems, len(todos)


def main(argv):
    """Check the file named on the command line; the exit status."""
    if len(argv) not in (2, 3) or (len(argv) == 3 and not argv[2].isdigit()):
        print("usage: ics_check.py FILE [EXPECTED_TODOS]", file=sys.stderr)
        return 2
    path = argv[1]
    expected = int(argv[2]) if len(argv) == 3 else None
    try:
        problems, todos = check(path, expected)
    except OSError as e:
        print(f"ics_check: {path}: {e.strerror}", file=sys.stderr)
        return 1
    for p in problems[:MAX_SHOWN]:
        print(f"ics_check: {path}: {p}", file=sys.stderr)
    if len(problems) > MAX_SHOWN:
        print(f"ics_check: {path}: ... and {len(problems) - MAX_SHOWN} more problems", file=sys.stderr)
    if problems:
        return 1
    print(f"ics_check: {path}: {todos} to-dos, each with a UID (all different), a DUE date, a SUMMARY "
          "and an alarm on or before it")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
