#!/usr/bin/env python3
"""bench.py — the benchmark: migrate on synthetic portfolios, against the I/O floor.

For each size (number of grants) it
  1. generates a portfolio with BUILD/genportfolio (employers and users scaled like a large bureau:
     1,000,000 grants <-> 20,000 employers and 100,000 users), seed 1, under BUILD/bench/;
  2. runs `BUILD/migrate run PORTFOLIO -o OUT --force` RUNS times (SOURCE_DATE_EPOCH fixed),
     wall time from time.perf_counter, peak RSS per run from os.wait4's rusage (ru_maxrss, KiB);
  3. derives what migrate wrote: the byte size of every CSV output, and for every xlsx output the
     exact number of cells and of numeric cells (counted in the sheet XML: <c ...> elements,
     those without a t="..." type are numbers or dates);
  4. runs BUILD/bench-floor with those counts (--cells N:K per workbook, --csv-bytes M per CSV
     file) RUNS times: the I/O floor of parsing the same inputs with libcsv and writing the same
     cells with libxlsxwriter (constant memory) and the same CSV bytes, each file fsync'ed;
  5. optionally (when python3-openpyxl is importable) writes the same cells with openpyxl;
  6. compares the findings migrate reports (sheet Bevindingen of overzicht.xlsx) with what the
     generator planted.
It prints tables and never asserts a timing. Exit status 0 unless a tool is missing or migrate
exits with something else than 0 or 1 (then it goes on and exits 1 at the end).
"""
import argparse
import collections
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile

EPOCH = "1795000000"
TIMEOUT = 900  # seconds before a run counts as hung and is killed


def scaled(grants):
    """Employers and users for a number of grants, in the proportions of a large bureau (1,000,000 grants: 20,000 employers, 100,000 users)."""
    return max(10, round(grants * 20000 / 1_000_000)), max(10, round(grants * 100000 / 1_000_000))


def run_measured(cmd, out_path, err_path, env=None):
    """Run cmd; return (wall seconds, peak RSS KiB, exit code, timed out)."""
    with open(out_path, "wb") as so, open(err_path, "wb") as se:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=so, stderr=se, env=env)
        hung = []
        timer = threading.Timer(TIMEOUT, lambda: (hung.append(1), p.send_signal(signal.SIGKILL)))
        timer.start()
        _, status, ru = os.wait4(p.pid, 0)
        t1 = time.perf_counter()
        timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)
    return t1 - t0, ru.ru_maxrss, p.returncode, bool(hung)


def count_stream(f, patterns):
    """Count non-overlapping occurrences of byte patterns in a stream, across chunk borders."""
    counts = [0] * len(patterns)
    keep = max(len(p) for p in patterns) - 1
    tail = b""
    while True:
        chunk = f.read(1 << 20)
        if not chunk:
            break
        buf = tail + chunk
        for i, p in enumerate(patterns):
            counts[i] += buf.count(p)
        tail = buf[-keep:] if keep else b""
        # a pattern lies wholly in the tail only if it is shorter than keep+1: never
    return counts


def xlsx_cells(path):
    """Cells and numeric cells of all worksheets of an xlsx file."""
    cells = typed = 0
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet") and name.endswith(".xml"):
                with z.open(name) as f:
                    c, t = count_stream(f, [b"<c ", b' t="'])
                    cells += c
                    typed += t
    return cells, cells - typed


def sheet_files(z):
    """Map sheet name -> member path inside an xlsx zip."""
    wb = z.read("xl/workbook.xml").decode("utf-8")
    rels = z.read("xl/_rels/workbook.xml.rels").decode("utf-8")
    target = {}
    for el in re.findall(r"<Relationship [^>]*>", rels):
        rid, tgt = re.search(r'Id="([^"]+)"', el), re.search(r'Target="([^"]+)"', el)
        if rid and tgt:
            target[rid.group(1)] = tgt.group(1)
    out = {}
    for name, rid in re.findall(r'<sheet name="([^"]+)"[^>]*?r:id="([^"]+)"', wb):
        t = target.get(rid, "")
        out[name] = "xl/" + t.lstrip("/").removeprefix("xl/")
    return out


CELL_RE = re.compile(rb'<c r="([BC])\d+"[^>]*><is><t[^>]*>([^<]*)</t></is></c>')


def findings(path):
    """Counter of (code, file) over the sheet(s) Bevindingen of overzicht.xlsx."""
    cnt = collections.Counter()
    with zipfile.ZipFile(path) as z:
        for name, member in sheet_files(z).items():
            if not name.startswith("Bevindingen"):
                continue
            with z.open(member) as f:
                tail = b""
                while True:
                    chunk = f.read(1 << 20)
                    buf = tail + chunk
                    end = buf.rfind(b"</row>") if chunk else len(buf)
                    if end < 0:
                        tail = buf
                        continue
                    for row in buf[:end].split(b"</row>"):
                        vals = dict(CELL_RE.findall(row))
                        if b"B" in vals and vals[b"B"] != b"code":
                            cnt[(vals[b"B"].decode(), vals.get(b"C", b"").decode())] += 1
                    tail = buf[end:]
                    if not chunk:
                        break
    return cnt


def openpyxl_baseline(jobs, path):
    """Seconds openpyxl (write-only mode) takes for the same cells, or None when not installed."""
    try:
        import openpyxl  # noqa: F401  (python3-openpyxl, never installed by the benchmark)
    except ImportError:
        return None
    samples = ["012345678L01", "Bakkerij De Gouden Korst B.V.", "02323321", "verzuim", "waarschuwing", "ja"]
    t0 = time.perf_counter()
    for i, (n, k) in enumerate(jobs):
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("Blad")
        ws.append(["kolom"] * 8)
        row, acc = [], 0
        for c in range(max(0, n - 8)):  # n counts the header row too
            acc += k
            if acc >= n:
                acc -= n
                row.append(c % 1000)
            else:
                row.append(samples[c % len(samples)])
            if len(row) == 8:
                ws.append(row)
                row = []
        if row:
            ws.append(row)
        wb.save(os.path.join(path, f"openpyxl-{i + 1}.xlsx"))
    return time.perf_counter() - t0


# What the generator planted (key of its output) against the finding migrate reports.
COMPARE = [
    ("planted lhn-format", "lhn-format", "werkgevers"),
    ("planted lhn-checksum", "lhn-checksum", "werkgevers"),
    ("planted lhn-subnumber", "lhn-subnumber", "werkgevers"),
    ("planted employer-duplicate", "employer-duplicate", ""),
    ("planted kvk-7digit", "kvk-leading-zero", ""),
    ("planted vestiging", "vestiging-not-for-uwv", ""),
    ("planted no-kvk", "no-kvk", ""),
    ("planted foreign", "foreign-employer", ""),
    ("count inactive", "inactive", ""),
    ("planted successor-cycle", "successor-cycle", ""),
    ("planted successor-unknown", "successor-unknown", ""),
    ("planted open-reports", "transfer-reports+reports-unreachable", ""),
    ("planted legal-forms", "multi-legal-form", ""),
    ("count no-representative-form-clients", "representative-missing", ""),
    ("planted formula-risk", "formula-risk", ""),
    ("planted blocked", "user-blocked", ""),
    ("planted low-level", "user-level-low", ""),
    ("planted no-means", "user-no-means", ""),
    ("planted shared-account", "user-shared-account", ""),
    ("planted user-duplicate", "user-duplicate", ""),
    ("planted duplicate-grant", "duplicate-grant", ""),
    ("planted grant-ended", "grant-ended", ""),
    ("planted user-unknown", "user-unknown", ""),
    ("planted employer-unknown", "employer-unknown", "machtigingen"),
    ("count grants-on-invalid-lhn", "lhn-format+lhn-checksum+lhn-subnumber", "machtigingen"),
    ("planted service-unknown", "service-unknown", ""),
    ("planted service-erd-only", "service-erd-only", ""),
    ("planted date-format", "date-format", ""),
    ("count grants-on-inactive", "grant-moved+grant-dropped", ""),
]


def found(cnt, codes, file_prefix):
    """Findings of any of the '+'-joined codes, optionally only in files starting with file_prefix."""
    want = set(codes.split("+"))
    return sum(n for (code, f), n in cnt.items() if code in want and f.startswith(file_prefix))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--sizes", default="10000 100000 1000000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", default="1")
    a = ap.parse_args()
    b = a.build
    migrate, gen, floor = (os.path.join(b, p) for p in ("migrate", "genportfolio", "bench-floor"))
    root = os.path.join(b, "bench")
    os.makedirs(root, exist_ok=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    sizes = [int(s) for s in a.sizes.split()]
    rows, planted_all, found_all, problems = [], {}, {}, []

    for g in sizes:
        ne, nu = scaled(g)
        port = os.path.join(root, f"p{g}")
        out = os.path.join(root, f"out{g}")
        fl = os.path.join(root, f"floor{g}")
        shutil.rmtree(port, ignore_errors=True)
        t0 = time.perf_counter()
        res = subprocess.run([gen, "--employers", str(ne), "--users", str(nu), "--grants", str(g),
                              "--seed", a.seed, "--out", port], check=True, capture_output=True, text=True)
        tgen = time.perf_counter() - t0
        planted = {}
        for line in res.stdout.splitlines():
            k, _, v = line.rpartition(" ")
            planted[k] = int(v)
        with open(port + ".planted", "w") as f:
            f.write(res.stdout)
        in_bytes = sum(os.path.getsize(os.path.join(port, n)) for n in os.listdir(port))
        print(f"== {g} grants: {ne} employers, {nu} users; generated {in_bytes} input bytes in {tgen:.2f} s",
              flush=True)

        best, rss, rcs = None, 0, []
        for r in range(a.runs):
            sec, kib, rc, hung = run_measured([migrate, "run", port, "-o", out, "--force"],
                                              out + ".stdout", out + ".stderr", env)
            rcs.append(rc)
            rss = max(rss, kib)
            best = sec if best is None else min(best, sec)
            note = " (HUNG, killed)" if hung else ""
            print(f"   migrate run {r + 1}: {sec:.3f} s, {kib / 1024:.1f} MiB, exit {rc}{note}", flush=True)
            if hung or rc not in (0, 1):
                problems.append(f"{g} grants: migrate exit {rc}{' after a timeout' if hung else ''}; "
                                f"see {out}.stderr")
                break
        if not os.path.isdir(out) or any(rc not in (0, 1) for rc in rcs):
            rows.append((g, ne, nu, best, rss, 0, None, 0, None))
            continue

        names = sorted(os.listdir(out))
        out_bytes = sum(os.path.getsize(os.path.join(out, n)) for n in names)
        csv_sizes = [os.path.getsize(os.path.join(out, n)) for n in names if n.endswith(".csv")]
        jobs = [xlsx_cells(os.path.join(out, n)) for n in names if n.endswith(".xlsx")]
        cmd = [floor]
        for n, k in jobs:
            cmd += ["--cells", f"{n}:{k}"]
        for m in csv_sizes:
            cmd += ["--csv-bytes", str(m)]
        cmd += [port, fl]
        fbest, frss = None, 0
        for r in range(a.runs):
            shutil.rmtree(fl, ignore_errors=True)
            sec, kib, rc, hung = run_measured(cmd, fl + ".stdout", fl + ".stderr")
            if rc != 0:
                problems.append(f"{g} grants: bench-floor exit {rc}; see {fl}.stderr")
                break
            frss = max(frss, kib)
            fbest = sec if fbest is None else min(fbest, sec)
        print(f"   floor: {fbest if fbest is None else round(fbest, 3)} s; "
              f"{sum(n for n, _ in jobs)} xlsx cells ({sum(k for _, k in jobs)} numeric) in {len(jobs)} workbooks, "
              f"{sum(csv_sizes)} CSV bytes in {len(csv_sizes)} files", flush=True)
        opx = openpyxl_baseline(jobs, fl)
        rows.append((g, ne, nu, best, rss, out_bytes, fbest, frss, opx))
        planted_all[g] = planted
        found_all[g] = findings(os.path.join(out, "overzicht.xlsx"))

    print()
    print("grants      employers    users   migrate s    grants/s  peak RSS MiB  output bytes   floor s  "
          "floor RSS MiB  migrate/floor  openpyxl s")
    for g, ne, nu, sec, rss, ob, fsec, frss, opx in rows:
        if sec is None:
            continue
        ratio = f"{sec / fsec:13.2f}" if fsec else f"{'-':>13}"
        print(f"{g:>9,} {ne:>10,} {nu:>8,} {sec:>11.3f} {g / sec:>11,.0f} {rss / 1024:>13.1f} {ob:>13,} "
              f"{fsec if fsec else float('nan'):>9.3f} {frss / 1024:>14.1f} {ratio}  "
              f"{('%.3f' % opx) if opx is not None else 'n/a':>10}")
    t = {g: sec for g, _, _, sec, *_ in rows if sec}
    if 1_000_000 in t and 100_000 in t:
        print(f"\ntime(1,000,000) / time(100,000) = {t[1_000_000] / t[100_000]:.2f}  (10 = linear)")
    if all(r[8] is None for r in rows):
        print("openpyxl baseline: skipped (python3-openpyxl not installed)")

    if found_all:
        sz = sorted(found_all)
        print("\nplanted by genportfolio vs found by migrate (findings in overzicht.xlsx, sheet Bevindingen)")
        print(f"{'planted':40} {'finding':40}" + "".join(f" {f'{g:,} planted':>17} {'found':>9}" for g in sz))
        for key, codes, fp in COMPARE:
            line = f"{key.split(' ', 1)[1]:40} {codes + (' in ' + fp if fp else ''):40}"
            for g in sz:
                line += f" {planted_all[g].get(key, 0):>17} {found(found_all[g], codes, fp):>9}"
            print(line)
        other = collections.Counter()
        for g in sz[-1:]:
            for (code, _), n in found_all[g].items():
                other[code] += n
        print(f"\nall findings at {sz[-1]:,} grants: " + ", ".join(f"{c} {n}" for c, n in sorted(other.items())))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
