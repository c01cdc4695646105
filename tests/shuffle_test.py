#!/usr/bin/env python3
"""shuffle_test.py — outputs must not depend on the order of the input rows.

Runs migrate on a portfolio, then on copies whose data rows are shuffled
(several seeds), and compares the request, staff and follow-up files byte for
byte. Rows that are order-dependent on purpose (a conflicting
duplicate: "the later row is rejected") are left out of every copy first.
"""
import csv
import gzip
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile

COMPARED = [
    "ketenmachtigingen-beheermodule.csv",
    "ketenmachtigingen-formulier.csv",
    "ketenmachtigingen-formulier.xlsx",
    "interne-machtigingen.csv",
    "medewerkers.csv",
    "uwv-opvolging.csv",
    "uwv-opvolging.xlsx",
    "stand.csv",
]
ORDER_DEPENDENT = {"user-duplicate", "employer-duplicate"}
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1795000000")


def files(folder):
    """Every file under folder, as relative paths (subfolders such as ondertekening/ included), sorted."""
    out = []
    for dirpath, _, names in os.walk(folder):
        out += [os.path.relpath(os.path.join(dirpath, n), folder) for n in names]
    return sorted(out)


def run(binary, portfolio, out):
    """Run migrate; exit 0 or 1 is a finished run."""
    r = subprocess.run([binary, "run", "-q", portfolio, "-o", out, "--force"], env=ENV,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if r.returncode not in (0, 1):
        sys.exit(f"migrate exited {r.returncode}: {r.stderr.decode(errors='replace')}")


def read_table(path):
    """Header, records with their starting line, delimiter, encoding of a CSV (maybe gzip)."""
    raw = open(path, "rb").read()
    gz = raw[:2] == b"\x1f\x8b"
    if gz:
        raw = gzip.decompress(raw)
    try:
        text, enc = raw.decode("utf-8-sig"), "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        text, enc = raw.decode("cp1252"), "cp1252"
    first = text.splitlines()[0]
    delim = max(";,\t|", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    rows, line = [], 1
    for rec in reader:
        rows.append((line, rec))
        line = reader.line_num + 1
    header = rows[0][1]
    data = [(ln, rec) for ln, rec in rows[1:] if any(f.strip() for f in rec)]
    return header, data, delim, enc, gz


def write_table(path, header, data, delim, enc, gz):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    w.writerow(header)
    for _, rec in data:
        w.writerow(rec)
    raw = buf.getvalue().encode(enc)
    if gz:
        raw = gzip.compress(raw, mtime=0)
    open(path, "wb").write(raw)


def main():
    binary, portfolio = sys.argv[1], sys.argv[2]
    seeds = [int(s) for s in sys.argv[3:]] or [1, 2, 3]
    work = tempfile.mkdtemp(prefix="mgshuffle.")
    try:
        run(binary, portfolio, os.path.join(work, "orig"))
        drop = set()
        with open(os.path.join(work, "orig", "afwijzingen.csv"), encoding="utf-8-sig", newline="") as f:
            for rec in csv.DictReader(f, delimiter=";"):
                if rec["code"] in ORDER_DEPENDENT:
                    drop.add((rec["bestand"], int(rec["regel"])))
        tables = {}
        for name in sorted(os.listdir(portfolio)):
            path = os.path.join(portfolio, name)
            if name.endswith((".csv", ".csv.gz")) and os.path.isfile(path):
                header, data, delim, enc, gz = read_table(path)
                data = [(ln, rec) for ln, rec in data if (name, ln) not in drop]
                tables[name] = (header, data, delim, enc, gz)
        results = []
        for label, seed in [("base", None)] + [(f"seed{s}", s) for s in seeds]:
            pdir = os.path.join(work, label)
            shutil.copytree(portfolio, pdir, ignore=shutil.ignore_patterns("uitvoer"))
            for name, (header, data, delim, enc, gz) in tables.items():
                rows = list(data)
                if seed is not None:
                    random.Random(seed).shuffle(rows)
                write_table(os.path.join(pdir, name), header, rows, delim, enc, gz)
            out = os.path.join(work, label + ".out")
            run(binary, pdir, out)
            results.append((label, out))
        failed = 0
        base = results[0][1]
        # the same inputs twice: every file, workbooks and SHA256SUMS included, byte for byte
        again = os.path.join(work, "base.again")
        run(binary, os.path.join(work, "base"), again)
        for name in files(base):
            if open(os.path.join(base, name), "rb").read() != open(os.path.join(again, name), "rb").read():
                print(f"FAIL reproducible: {name} differs between two runs of the same inputs")
                failed += 1
        if files(base) != files(again):
            print("FAIL reproducible: the two runs wrote different files")
            failed += 1
        letters = [n for n in files(base) if n.startswith("ondertekening/")]
        for label, out in results[1:]:
            for name in COMPARED + letters:
                a, b = os.path.join(base, name), os.path.join(out, name)
                if not os.path.exists(a) and not os.path.exists(b):
                    continue
                if not (os.path.exists(a) and os.path.exists(b)) or open(a, "rb").read() != open(b, "rb").read():
                    print(f"FAIL shuffle {label}: {name} differs from the unshuffled run")
                    failed += 1
        print(f"shuffle: two runs byte-identical; {len(seeds)} shuffles of {portfolio}, {len(COMPARED) + len(letters)} files each (the letters too): "
              f"{'identical' if not failed else f'{failed} differences'}")
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
