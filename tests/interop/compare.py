#!/usr/bin/env python3
# compare.py — check the sheets LibreOffice exported from migrate's xlsx files against their CSV twins.
#
# usage: compare.py [--status|--form] OUTDIR CSVDIR PREFIX
#   --status  OUTDIR is a status run's output: its status.xlsx against status.csv
#   --form    OUTDIR holds only the request form (a status run's aanvulling/)
#   OUTDIR  a migrate output folder (the .csv and .xlsx files)
#   CSVDIR  where soffice wrote PREFIX<workbook>-<sheet>.csv for every sheet
#   PREFIX  the prefix the xlsx copies were given before conversion (e.g. "nl-")
# Exits 1 on any mismatch, after printing every difference found.

import csv
import difflib
import os
import re
import sys
import zipfile

# Characters a human-facing CSV neutralises with a leading "'"; xlsx needs no prefix.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

# Workbook → its sheets, in order (continuations "NAME (2)" are allowed after a table sheet).
WORKBOOKS = {
    "ketenmachtigingen-formulier": ["Aanvragen", "Toelichting"],
    "uwv-opvolging": ["Opvolging", "Toelichting"],
    "overzicht": ["Samenvatting", "Per loonheffingennummer", "Bevindingen", "Medewerkers"],
}

# Sheet ↔ CSV twins compared cell by cell.
TWINS = [
    ("ketenmachtigingen-formulier", "Aanvragen", "ketenmachtigingen-formulier.csv"),
    ("uwv-opvolging", "Opvolging", "uwv-opvolging.csv"),
    ("overzicht", "Medewerkers", "medewerkers.csv"),
]

# Columns whose cells must be text in the xlsx (identifiers), numbers, or dates.
TEXT_COLS = {"kvk_machtiginggever", "loonheffingennummers", "loonheffingennummer", "kvk", "opvolger",
             "gebruikersnaam", "dienst_code"}
NUMBER_COLS = {"open_meldingen", "aantal_werkgevers", "aantal_diensten", "dagen_wachtend"}
DATE_COLS_STATUS = {"aangevraagd_op"}

# A status run's workbook and its twin.
STATUS_WORKBOOKS = {"status": ["Samenvatting", "Status"]}
STATUS_TWINS = [("status", "Status", "status.csv")]
DATE_COLS = {"ingangsdatum", "einddatum"}

DATE_RE = re.compile(r"^\d\d-\d\d-\d{4}$")
KVK_RE = re.compile(r"^\d{8}$")
LHN_RE = re.compile(r"^\d{9}L\d\d$")

# The service catalogue: the form's workbook heads each service column with the service's full name (for the
# person who signs), where the CSV twin has the code.
DIENSTEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "formats", "diensten.ini")

failures = []


def service_names():
    """Service code -> full name (naam), read from formats/diensten.ini."""
    names, code = {}, None
    with open(DIENSTEN, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            m = re.match(r"^\[dienst\s+([^\]]+)\]$", line)
            if m:
                code = m.group(1).strip()
                continue
            m = re.match(r"^naam\s*=\s*(.*)$", line)
            if m and code:
                names[code] = m.group(1).strip()
    if not names:
        fail("%s: no services read" % DIENSTEN)
    return names


def shown_header(book, header):
    """The header the workbook shows for a CSV header: the form's service codes become full names."""
    if book != "ketenmachtigingen-formulier":
        return header
    names = service_names()
    return [names.get(h, h) for h in header]


def fail(msg):
    failures.append(msg)
    print("FAIL: " + msg)


def read_ours(path):
    """Our CSV: UTF-8 with BOM, ';', CRLF, "'"-neutralised values."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";", quotechar='"'))
    out = []
    for row in rows:
        out.append([v[1:] if v.startswith("'") and v[1:].startswith(FORMULA_START) else v for v in row])
    return out


def read_lo(path):
    """LibreOffice's export: UTF-8, ';', '"' quoting."""
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f, delimiter=";", quotechar='"'))


def sheet_parts(csvdir, prefix, book, sheet):
    """The exported CSVs of a sheet and its continuations, in order."""
    parts = []
    n = 1
    while True:
        name = sheet if n == 1 else "%s (%d)" % (sheet, n)
        path = os.path.join(csvdir, "%s%s-%s.csv" % (prefix, book, name))
        if not os.path.exists(path):
            break
        parts.append(path)
        n += 1
    return parts


def compare_twin(csvdir, outdir, prefix, book, sheet, twin):
    ours_path = os.path.join(outdir, twin)
    if not os.path.exists(ours_path):
        fail("%s: missing (no CSV twin to compare %s/%s with)" % (ours_path, book, sheet))
        return
    ours = read_ours(ours_path)
    parts = sheet_parts(csvdir, prefix, book, sheet)
    if not parts:
        fail("%s%s.xlsx: sheet %s was not exported" % (prefix, book, sheet))
        return
    theirs = []
    for i, part in enumerate(parts):
        rows = read_lo(part)
        want = shown_header(book, ours[0])
        if not rows or rows[0] != want:
            fail("%s: header %r differs from %s header %r (as shown: %r)"
                 % (part, rows[0] if rows else None, twin, ours[0], want))
            return
        if book == "ketenmachtigingen-formulier" and want == ours[0]:
            fail("%s: no service column of %s found in %s" % (part, twin, DIENSTEN))
            return
        theirs.extend([ours[0]] + rows[1:] if i == 0 else rows[1:])
    label = "%s%s.xlsx/%s vs %s" % (prefix, book, sheet, twin)
    if theirs == ours:
        print("ok: %s (%d rows, %d columns)" % (label, len(ours) - 1, len(ours[0])))
    else:
        hdr = ours[0]
        fail("%s: cells differ" % label)
        for r in range(max(len(ours), len(theirs))):
            a = ours[r] if r < len(ours) else None
            b = theirs[r] if r < len(theirs) else None
            if a == b:
                continue
            if a is None or b is None:
                print("  row %d: only in %s: %r" % (r + 1, "xlsx" if a is None else "csv", a or b))
                continue
            for c in range(max(len(a), len(b))):
                va = a[c] if c < len(a) else "<missing>"
                vb = b[c] if c < len(b) else "<missing>"
                if va != vb:
                    col = hdr[c] if c < len(hdr) else "#%d" % (c + 1)
                    print("  row %d, column %s: csv %r, xlsx %r" % (r + 1, col, va, vb))
        diff = difflib.unified_diff([";".join(x) for x in ours], [";".join(x) for x in theirs],
                                    twin, "%s (xlsx)" % sheet, lineterm="")
        print("\n".join("  " + line for line in diff))
    # the display forms, as LibreOffice shows them
    hdr = ours[0]
    for row in theirs[1:]:
        for c, v in enumerate(row):
            col = hdr[c] if c < len(hdr) else ""
            if col in DATE_COLS and v and not DATE_RE.match(v):
                fail("%s: %s %r is not shown as dd-mm-yyyy" % (label, col, v))
            if col in ("kvk", "kvk_machtiginggever") and v and not KVK_RE.match(v):
                fail("%s: %s %r lost its 8 digits" % (label, col, v))
            if col == "loonheffingennummer" and v and not LHN_RE.match(v):
                fail("%s: %s %r is not an LHN" % (label, col, v))


def sheet_xml(xlsx, sheet):
    """The XML of a named sheet in an xlsx file."""
    with zipfile.ZipFile(xlsx) as z:
        wb = z.read("xl/workbook.xml").decode("utf-8")
        rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
        names = re.findall(r'<sheet name="([^"]*)" sheetId="\d+" r:id="(rId\d+)"/>', wb)
        targets = dict(re.findall(r'Id="(rId\d+)" Type="[^"]*" Target="([^"]*)"', rels))
        for name, rid in names:
            if name.replace("&amp;", "&") == sheet:
                return z.read("xl/" + targets[rid]).decode("utf-8"), names
    return None, names


def check_cell_types(outdir, book, sheet):
    """Identifiers are text cells, counts number cells, dates number cells with a date format."""
    xlsx = os.path.join(outdir, book + ".xlsx")
    xml, _ = sheet_xml(xlsx, sheet)
    if xml is None:
        fail("%s: no sheet %s" % (xlsx, sheet))
        return
    header = dict(re.findall(r'<c r="([A-Z]+)1"[^>]*><is><t[^>]*>([^<]*)</t>', xml))
    checked = 0
    for letters, row, attrs in re.findall(r'<c r="([A-Z]+)(\d+)"([^>]*)>', xml):
        name = header.get(letters, "")
        if row == "1":
            continue
        checked += 1
        where = "%s.xlsx/%s %s%s (%s)" % (book, sheet, letters, row, name)
        if name in TEXT_COLS and 't="inlineStr"' not in attrs and 't="s"' not in attrs:
            fail("%s: identifier not stored as text (%s)" % (where, attrs.strip()))
        if (name in NUMBER_COLS or name in DATE_COLS) and 't="' in attrs:
            fail("%s: not stored as a number (%s)" % (where, attrs.strip()))
        if name in DATE_COLS and 's="' not in attrs:
            fail("%s: date without a number format" % where)
    print("ok: %s.xlsx/%s cell types (%d cells looked at)" % (book, sheet, checked))


def check_sheets(outdir, csvdir, prefix):
    for book, sheets in WORKBOOKS.items():
        xlsx = os.path.join(outdir, book + ".xlsx")
        if not os.path.exists(xlsx):
            fail("%s: missing" % xlsx)
            continue
        _, names = sheet_xml(xlsx, "")
        got = [n.replace("&amp;", "&") for n, _ in names]
        base = [n for n in got if not re.search(r" \(\d+\)$", n)]
        if base != sheets:
            fail("%s: sheets %r, expected %r" % (xlsx, got, sheets))
        for n in got:
            if not os.path.exists(os.path.join(csvdir, "%s%s-%s.csv" % (prefix, book, n))):
                fail("%s: sheet %s was not exported by LibreOffice" % (xlsx, n))


def check_per_lhn(csvdir, prefix):
    """Per loonheffingennummer: every LHN once, in order."""
    rows = []
    for i, part in enumerate(sheet_parts(csvdir, prefix, "overzicht", "Per loonheffingennummer")):
        r = read_lo(part)
        rows.extend(r if i == 0 else r[1:])
    if not rows:
        fail("overzicht.xlsx/Per loonheffingennummer: not exported")
        return
    lhns = [r[0] for r in rows[1:]]
    if lhns != sorted(set(lhns)):
        fail("overzicht.xlsx/Per loonheffingennummer: LHNs not unique and sorted: %r" % lhns)
    else:
        print("ok: %soverzicht.xlsx/Per loonheffingennummer (%d LHNs, unique, sorted)" % (prefix, len(lhns)))


def main():
    global WORKBOOKS, DATE_COLS
    args = sys.argv[1:]
    mode = args[0] if args and args[0] in ("--status", "--form") else ""
    if mode:
        args = args[1:]
    if len(args) != 3:
        print("usage: compare.py [--status|--form] OUTDIR CSVDIR PREFIX", file=sys.stderr)
        return 2
    outdir, csvdir, prefix = args
    twins = TWINS
    if mode == "--status":
        WORKBOOKS = STATUS_WORKBOOKS
        DATE_COLS = DATE_COLS | DATE_COLS_STATUS
        twins = STATUS_TWINS
    elif mode == "--form":
        WORKBOOKS = {"ketenmachtigingen-formulier": WORKBOOKS["ketenmachtigingen-formulier"]}
        twins = [t for t in TWINS if t[0] == "ketenmachtigingen-formulier"]
    check_sheets(outdir, csvdir, prefix)
    for book, sheet, twin in twins:
        compare_twin(csvdir, outdir, prefix, book, sheet, twin)
        check_cell_types(outdir, book, sheet)
    if not mode:
        check_per_lhn(csvdir, prefix)
    if failures:
        print("%d difference(s) in %s" % (len(failures), outdir))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
