#!/usr/bin/env python3
"""bench.py — the benchmark: migrate on synthetic portfolios, against the I/O floor.

For each size (number of grants) and each order of the grant rows (user, employer, shuffled) it
  1. generates a portfolio with BUILD/genportfolio --order ORDER (employers and users scaled like a
     large bureau: 1,000,000 grants <-> 20,000 employers and 100,000 users), seed 1, under BUILD/bench/;
  2. runs `BUILD/migrate run PORTFOLIO -o OUT --force` RUNS times (SOURCE_DATE_EPOCH fixed), each
     into a new output folder (the previous one removed first, untimed: replacing an earlier output
     also re-reads and checks every file of it, work the floor does not do), wall time from
     time.perf_counter, peak RSS per run from os.wait4's rusage (ru_maxrss, KiB);
  3. after the first run derives what migrate wrote: the byte size of every CSV output, and for
     every xlsx output the exact number of cells and of numeric cells (counted in the sheet XML:
     <c ...> elements, those without a t="..." type are numbers or dates);
  4. runs BUILD/bench-floor with those counts (--cells N:K per workbook, --csv-bytes M per CSV
     file) after each migrate run (migrate, floor, migrate, floor, ... so that noise of the machine
     hits both alike): the I/O floor of parsing the same inputs with libcsv and writing the same
     cells with libxlsxwriter (constant memory) and the same CSV bytes, each file fsync'ed;
  5. compares the findings migrate reports (sheet Bevindingen of overzicht.xlsx) with what the
     generator expects (its "expect" lines) and shows what it planted next to them.
  6. (--status) derives a supplier's export that registers every request of the run (from its
     stand.csv, one row per client KvK and service, all `actief`) and times `migrate status` on the
     same portfolio with --vorige the run's output and that export, RUNS times, each after a run, against
     the run's time (target: status ≤ 1.5 × run, medians).
Then (per size, once) it optionally writes the same cells with openpyxl (when python3-openpyxl is
importable), and with --reject-rows N runs tests/bench/reject-mem.sh (N rejected werkgevers rows).
It prints the machine, a table of min and median times, the ratios migrate/floor (of the mins and
of the medians), peak RSS, the worst order per size, time(largest)/time(largest/10) per order and the
rejected-rows line, with the targets next to the values. It never asserts a timing. Exit status 0
unless a tool is missing, migrate exits with something else than 0 or 1, the floor fails, the
rejected-rows run fails or a finding count differs from the expected one (then it goes on and exits
1 at the end).
"""
import argparse
import collections
import datetime
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import zipfile

EPOCH = "1795000000"
TARGET_STATUS = 1.5  # migrate status / migrate run, medians, at the largest size
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
    tails = [b""] * len(patterns)
    while True:
        chunk = f.read(1 << 20)
        if not chunk:
            break
        for i, p in enumerate(patterns):
            buf = tails[i] + chunk
            counts[i] += buf.count(p)
            # keep one byte less than the pattern: one that crosses the border is counted once, and none
            # lies wholly in what is kept (a tail as long as the pattern counted "<c " twice)
            tails[i] = buf[-(len(p) - 1):] if len(p) > 1 else b""
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


def found(cnt, codes, file_prefix):
    """Findings of any of the '+'-joined codes, optionally only in files starting with file_prefix."""
    want = set(codes.split("+"))
    return sum(n for (code, f), n in cnt.items() if code in want and f.startswith(file_prefix))


# What the generator planted ("planted CASE" or "count WHAT") next to each expected finding; None: no
# single planted case stands for it (several cases meet in it, or it follows from the rules).
PLANTED_FOR = {
    "werkgevers lhn-format": "planted lhn-format",
    "werkgevers lhn-checksum": "planted lhn-checksum",
    "werkgevers lhn-subnumber": "planted lhn-subnumber",
    "werkgevers employer-duplicate": "planted employer-duplicate",
    "werkgevers kvk-leading-zero": "planted kvk-7digit",
    "werkgevers vestiging-not-for-uwv": "planted vestiging",
    "werkgevers no-kvk": "planted no-kvk",
    "werkgevers foreign-employer": "planted foreign",
    "werkgevers inactive": "count inactive",
    "werkgevers successor-cycle": "planted successor-cycle",
    "werkgevers successor-unknown": "planted successor-unknown",
    "werkgevers multi-legal-form": "planted legal-forms",
    "werkgevers representative-missing": "planted no-representative",
    "werkgevers formula-risk": "planted formula-risk",
    "gebruikers user-blocked": "planted blocked",
    "gebruikers user-level-low": "planted low-level",
    "gebruikers user-no-means": "planted no-means",
    "gebruikers user-shared-account": "planted shared-account",
    "gebruikers user-duplicate": "planted user-duplicate",
    "machtigingen user-unknown": "planted user-unknown",
    "machtigingen employer-unknown": "planted employer-unknown",
    "machtigingen service-unknown": "planted service-unknown",
    "machtigingen date-format": "planted date-format",
    "machtigingen grant-ended": "planted grant-ended",
    "machtigingen service-erd-only": "planted service-erd-only",
    "machtigingen duplicate-grant": "planted duplicate-grant",
}

# Targets: printed next to the values, never asserted.
TARGET_RATIO = 1.10
TARGET_RSS_MIB = 200
TARGET_SCALING = 11


def met(ok):
    return "met" if ok else "NOT met"


def machine_line(repo):
    """CPU model, cores, sha_ni, memory, OS, kernel, date and the git commit, for pasting with the table."""
    model, sha = "unknown CPU", False
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                k, _, v = line.partition(":")
                k = k.strip()
                if k == "model name" and model == "unknown CPU":
                    model = v.strip()
                elif k == "flags" and "sha_ni" in v.split():
                    sha = True
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = f", {int(line.split()[1]) / 1024 / 1024:.0f} GiB"
                    break
    except OSError:
        pass
    osname = platform.system()
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    osname = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    try:
        commit = subprocess.run(["git", "-C", repo, "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", repo, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True).stdout.strip()
        if dirty:
            commit += " (with uncommitted changes)"
    except (OSError, subprocess.CalledProcessError):
        commit = "unknown"
    date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (f"machine: {model}, {os.cpu_count()} cores, sha_ni {'yes' if sha else 'no'}{mem}; "
            f"{osname}, kernel {platform.release()}; {date}; commit {commit}")


def generate(gen, g, order, seed, port):
    """Run the generator; return (the key -> number lines it printed, seconds, input bytes)."""
    ne, nu = scaled(g)
    shutil.rmtree(port, ignore_errors=True)
    t0 = time.perf_counter()
    res = subprocess.run([gen, "--employers", str(ne), "--users", str(nu), "--grants", str(g), "--seed", seed,
                          "--order", order, "--out", port], check=True, capture_output=True, text=True)
    sec = time.perf_counter() - t0
    planted = {}
    for line in res.stdout.splitlines():
        k, _, v = line.rpartition(" ")
        planted[k] = int(v)
    with open(port + ".planted", "w") as f:
        f.write(res.stdout)
    letters_setting(port, "nee")  # the floor writes no PDFs: the letters are measured on their own (letters_run)
    return planted, sec, sum(os.path.getsize(os.path.join(port, n)) for n in os.listdir(port))


def letters_setting(port, value):
    """Set `brieven = value` under [migratie] in the portfolio's portfolio.ini."""
    path = os.path.join(port, "portfolio.ini")
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"(?m)^brieven *=.*\n", "", text)
    text = text.replace("[migratie]\n", f"[migratie]\nbrieven = {value}\n", 1)
    open(path, "w", encoding="utf-8").write(text)


def letters_run(a, migrate, root, g, order, base, env, problems):
    """Time migrate run with the signing letters on the portfolio of g grants in this order, against the same
    run without them (base: its seconds); the summary line, or None."""
    src = os.path.join(root, f"p{g}-{order}")
    port, out = os.path.join(root, f"p{g}-{order}-letters"), os.path.join(root, f"out{g}-{order}-letters")
    if not os.path.isdir(src) or not base:
        return None
    shutil.rmtree(port, ignore_errors=True)
    shutil.copytree(src, port)
    letters_setting(port, "ja")
    print(f"== letters: {g:,} grants, order {order}, brieven = ja", flush=True)
    secs, rss, count, size = [], 0, 0, 0
    for i in range(a.runs):
        shutil.rmtree(out, ignore_errors=True)
        sec, kib, rc, hung = run_measured([migrate, "run", port, "-o", out, "--force"], out + ".stdout",
                                          out + ".stderr", env)
        print(f"   run {i + 1}: migrate {sec:.3f} s, {kib / 1024:.1f} MiB, exit {rc}", flush=True)
        if hung or rc not in (0, 1):
            problems.append(f"letters, {g:,} grants: migrate exit {rc}; see {out}.stderr")
            return None
        secs.append(sec)
        rss = max(rss, kib)
    folder = os.path.join(out, "ondertekening")
    pdfs = [n for n in os.listdir(folder) if n.endswith(".pdf")] if os.path.isdir(folder) else []
    count, size = len(pdfs), sum(os.path.getsize(os.path.join(folder, n)) for n in pdfs)
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(port, ignore_errors=True)
    if not count:
        problems.append(f"letters, {g:,} grants: no letter written")
        return None
    bmin, bmed = min(base), statistics.median(base)
    lmin, lmed = min(secs), statistics.median(secs)
    return (f"letters: {count:,} PDFs ({size / 1e6:,.0f} MB, {size / count / 1000:.0f} KB each) for the form-route "
            f"clients of {g:,} grants ({order}): run with letters min {lmin:.3f} median {lmed:.3f} s, without "
            f"min {bmin:.3f} median {bmed:.3f} s: +{lmed - bmed:.1f} s on the medians, "
            f"{(lmed - bmed) * 1000 / count:.2f} ms a letter on {os.cpu_count()} cores "
            f"({(lmed - bmed) * 1000 * min(2, os.cpu_count() or 1) / count:.1f} ms of one core); "
            f"peak RSS {rss / 1024:.1f} MiB")


def registrations_export(out, port, path):
    """Write a supplier's export registering every request of the run in out (its stand.csv); rows."""
    own = ""
    with open(os.path.join(port, "portfolio.ini"), encoding="utf-8") as f:
        section = ""
        for line in f:
            line = line.strip()
            if line.startswith("["):
                section = line
            elif section == "[intermediair]" and line.split("=")[0].strip() == "kvk":
                own = line.split("=", 1)[1].split(";")[0].strip()
    n = 0
    with open(os.path.join(out, "stand.csv"), encoding="utf-8-sig") as src, open(path, "w", encoding="utf-8") as dst:
        next(src)
        dst.write("kvk_machtiginggever;kvk_dienstverlener;dienst;status;ingangsdatum;einddatum\n")
        for line in src:
            c = line.rstrip("\r\n").split(";")
            dst.write(f"{c[0]};{own};{c[2]};actief;{c[6]};{c[7]}\n")
            n += 1
    return n


def floor_command(floor, out, port, fl):
    """The floor's command for what migrate wrote to out: (command, xlsx jobs, CSV sizes, output bytes)."""
    names = sorted(os.listdir(out))
    out_bytes = sum(os.path.getsize(os.path.join(out, n)) for n in names)
    csv_sizes = [os.path.getsize(os.path.join(out, n)) for n in names if n.endswith(".csv")]
    jobs = [xlsx_cells(os.path.join(out, n)) for n in names if n.endswith(".xlsx")]
    cmd = [floor]
    for n, k in jobs:
        cmd += ["--cells", f"{n}:{k}"]
    for m in csv_sizes:
        cmd += ["--csv-bytes", str(m)]
    return cmd + [port, fl], jobs, csv_sizes, out_bytes


def measure(a, g, order, paths, env, problems):
    """Generate one portfolio and time migrate and the floor on it, interleaved; a result dict."""
    migrate, gen, floor, root = paths
    tag = f"{g}-{order}"
    port, out, fl = (os.path.join(root, f"{p}{tag}") for p in ("p", "out", "floor"))
    planted, tgen, in_bytes = generate(gen, g, order, a.seed, port)
    ne, nu = scaled(g)
    print(f"== {g:,} grants, order {order}: {ne:,} employers, {nu:,} users; generated {in_bytes:,} input bytes "
          f"in {tgen:.2f} s", flush=True)
    r = {"g": g, "order": order, "planted": planted, "m": [], "f": [], "mrss": 0, "frss": 0, "found": None,
         "jobs": None, "out_bytes": 0, "s": [], "srss": 0, "sregs": 0}
    cmd, floor_ok, csv_sizes = None, True, []
    for i in range(a.runs):
        shutil.rmtree(out, ignore_errors=True)  # every run writes a new folder, like the floor
        sec, kib, rc, hung = run_measured([migrate, "run", port, "-o", out, "--force"], out + ".stdout",
                                          out + ".stderr", env)
        line = f"   run {i + 1}: migrate {sec:.3f} s, {kib / 1024:.1f} MiB, exit {rc}"
        if hung or rc not in (0, 1):
            print(line + (" (HUNG, killed)" if hung else ""), flush=True)
            problems.append(f"{g:,} grants, order {order}: migrate exit {rc}{' after a timeout' if hung else ''}; "
                            f"see {out}.stderr")
            return r
        r["m"].append(sec)
        r["mrss"] = max(r["mrss"], kib)
        if cmd is None:
            cmd, r["jobs"], csv_sizes, r["out_bytes"] = floor_command(floor, out, port, fl)
        if not floor_ok:
            print(line, flush=True)
            continue
        shutil.rmtree(fl, ignore_errors=True)
        fsec, fkib, frc, fhung = run_measured(cmd, fl + ".stdout", fl + ".stderr")
        if frc != 0:
            print(line + f" | floor exit {frc}", flush=True)
            problems.append(f"{g:,} grants, order {order}: bench-floor exit {frc}; see {fl}.stderr")
            floor_ok = False
            continue
        r["f"].append(fsec)
        r["frss"] = max(r["frss"], fkib)
        line += f" | floor {fsec:.3f} s, {fkib / 1024:.1f} MiB"
        if a.status:
            st, regs = out + "-status", out + "-registraties.csv"
            if not r["sregs"]:
                r["sregs"] = registrations_export(out, port, regs)
            shutil.rmtree(st, ignore_errors=True)
            ssec, skib, src, shung = run_measured([migrate, "status", port, "--vorige", out, "--registraties", regs,
                                                   "-o", st, "--force", "-q"], st + ".stdout", st + ".stderr", env)
            if shung or src not in (0, 1):
                problems.append(f"{g:,} grants, order {order}: migrate status exit {src}; see {st}.stderr")
            else:
                r["s"].append(ssec)
                r["srss"] = max(r["srss"], skib)
                line += f" | status {ssec:.3f} s, {skib / 1024:.1f} MiB"
        print(line, flush=True)
    if r["jobs"] is not None:
        jobs = r["jobs"]
        print(f"   output: {r['out_bytes']:,} bytes; floor writes {sum(n for n, _ in jobs):,} xlsx cells "
              f"({sum(k for _, k in jobs):,} numeric) in {len(jobs)} workbooks and "
              f"{sum(csv_sizes):,} CSV bytes in {len(csv_sizes)} files", flush=True)
    r["found"] = findings(os.path.join(out, "overzicht.xlsx"))
    return r


def reject_run(a, migrate, problems):
    """Run tests/bench/reject-mem.sh with the rejected-rows count; its summary line, or None."""
    if a.reject_rows <= 0:
        return None
    script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "reject-mem.sh")
    print(f"== rejected rows: {a.reject_rows:,} (tests/bench/reject-mem.sh)", flush=True)
    res = subprocess.run(["sh", script, migrate, str(a.reject_rows)], capture_output=True, text=True)
    sys.stdout.write(res.stdout)
    sys.stdout.write(res.stderr)
    if res.returncode != 0:
        problems.append(f"reject-mem.sh with {a.reject_rows:,} rows exited {res.returncode}")
    lines = [ln for ln in res.stdout.splitlines() if ln.startswith("rejected rows:")]
    return lines[-1] if lines else None


def fmt_ratio(x, y):
    return f"{x / y:.2f}" if x and y else "-"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default="build")
    ap.add_argument("--sizes", default="10000 100000 1000000")
    ap.add_argument("--orders", default="user employer shuffled")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--reject-rows", type=int, default=0)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--status", action="store_true", help="also time migrate status after each run")
    ap.add_argument("--letters", type=int, default=1, help="0: do not time the run with the signing letters")
    a = ap.parse_args()
    a.runs = max(1, a.runs)
    b = a.build
    migrate, gen, floor = (os.path.join(b, p) for p in ("migrate", "genportfolio", "bench-floor"))
    root = os.path.join(b, "bench")
    os.makedirs(root, exist_ok=True)
    env = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH)
    sizes = [int(s) for s in a.sizes.split()]
    orders = a.orders.split()
    for o in orders:
        if o not in ("user", "employer", "shuffled"):
            ap.error(f"unknown order {o!r} (user, employer or shuffled)")
    repo = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    head = machine_line(repo)
    print(head)
    print(f"{a.runs} runs per size and order, migrate and the I/O floor interleaved; seed {a.seed}", flush=True)
    problems, results, opx = [], {}, {}

    for g in sizes:
        for order in orders:
            results[(g, order)] = measure(a, g, order, (migrate, gen, floor, root), env, problems)
        last = results[(g, orders[-1])]
        if last["jobs"] is not None:
            opx[g] = openpyxl_baseline(last["jobs"], os.path.join(root, f"floor{g}-{orders[-1]}"))
    reject = reject_run(a, migrate, problems)
    letters = None
    if a.letters and sizes:
        big_r = results[(max(sizes), orders[-1])]
        letters = letters_run(a, migrate, root, max(sizes), orders[-1], big_r["m"], env, problems)

    # --- the table
    print()
    print(head)
    print(f"migrate/floor: migrate run against the I/O floor (tests/bench/floor.c) on the same portfolio; "
          f"{a.runs} runs each, interleaved")
    print(f"{'':9} {'':9} {'migrate s':>17} {'floor s':>17} {'migrate/floor':>17} {'peak RSS MiB':>17}")
    print(f"{'grants':>9} {'order':9} {'min':>8} {'median':>8} {'min':>8} {'median':>8} {'min/min':>8} "
          f"{'med/med':>8} {'migrate':>8} {'floor':>8}")
    for g in sizes:
        for order in orders:
            r = results[(g, order)]
            m, f = r["m"], r["f"]
            r["mmin"], r["mmed"] = (min(m), statistics.median(m)) if m else (None, None)
            r["fmin"], r["fmed"] = (min(f), statistics.median(f)) if f else (None, None)
            cell = lambda v: f"{v:8.3f}" if v is not None else f"{'-':>8}"  # noqa: E731
            print(f"{g:>9,} {order:9} {cell(r['mmin'])} {cell(r['mmed'])} {cell(r['fmin'])} {cell(r['fmed'])} "
                  f"{fmt_ratio(r['mmin'], r['fmin']):>8} {fmt_ratio(r['mmed'], r['fmed']):>8} "
                  f"{r['mrss'] / 1024:8.1f} {r['frss'] / 1024:8.1f}")

    print(f"\nworst of the orders (targets: migrate/floor ≤ {TARGET_RATIO:.2f}; peak RSS ≤ {TARGET_RSS_MIB} MiB at "
          f"1,000,000 grants)")
    for g in sizes:
        rs = [results[(g, o)] for o in orders if results[(g, o)]["mmed"] and results[(g, o)]["fmed"]]
        if not rs:
            print(f"{g:>9,} grants: no complete measurement")
            continue
        wmed = max(rs, key=lambda r: r["mmed"] / r["fmed"])
        wmin = max(rs, key=lambda r: r["mmin"] / r["fmin"])
        rss = max(results[(g, o)]["mrss"] for o in orders) / 1024
        med, mn = wmed["mmed"] / wmed["fmed"], wmin["mmin"] / wmin["fmin"]
        line = (f"{g:>9,} grants: median ratio {med:.2f} ({wmed['order']}), min ratio {mn:.2f} ({wmin['order']}), "
                f"peak RSS {rss:.1f} MiB")
        if g == 1_000_000:
            line += (f"  [median ratio ≤ {TARGET_RATIO:.2f}: {met(med <= TARGET_RATIO)}; "
                     f"RSS ≤ {TARGET_RSS_MIB} MiB: {met(rss <= TARGET_RSS_MIB)}]")
        print(line)

    big = max(sizes) if sizes else 0
    small = big // 10
    print(f"\ntime({big:,}) / time({small:,}) per order, migrate median (min) (target ≤ {TARGET_SCALING} on the "
          f"median; 10 = linear):", end="")
    if big % 10 == 0 and small in sizes and big != small:
        parts = []
        for o in orders:
            rb, rs_ = results[(big, o)], results[(small, o)]
            if rb["mmed"] and rs_["mmed"]:
                q = rb["mmed"] / rs_["mmed"]
                parts.append(f"{o} {q:.2f} ({rb['mmin'] / rs_['mmin']:.2f}) {met(q <= TARGET_SCALING)}")
            else:
                parts.append(f"{o} n/a")
        print(" " + "; ".join(parts))
    else:
        print(f" n/a ({small:,} grants not measured)")
    if a.status:
        print(f"\nmigrate status (--vorige the run's output, an export registering every request) against "
              f"migrate run; target at {big:,} grants: status/run ≤ {TARGET_STATUS:.1f} on the medians")
        for g in sizes:
            for o in orders:
                r = results[(g, o)]
                if r["s"] and r["m"]:
                    smed, mmed = statistics.median(r["s"]), statistics.median(r["m"])
                    q = smed / mmed
                    tail = f"  [{met(q <= TARGET_STATUS)}]" if g == big else ""
                    print(f"{g:>9,} {o:9} export {r['sregs']:>9,} rows: status min {min(r['s']):.3f} median "
                          f"{smed:.3f} s, status/run {q:.2f} (min/min {min(r['s']) / min(r['m']):.2f}), "
                          f"peak RSS {r['srss'] / 1024:.1f} MiB{tail}")
                else:
                    print(f"{g:>9,} {o:9} status: no measurement")
    if letters:
        print(letters)
    elif a.letters:
        print("letters: no measurement (see above)")
    else:
        print("letters: skipped (BENCH_LETTERS=0)")
    if reject:
        print(reject)
    elif a.reject_rows > 0:
        print(f"rejected rows: {a.reject_rows:,}  no measurement (see above)")
    else:
        print("rejected rows: skipped (BENCH_REJECT_ROWS=0)")
    if any(s is not None for s in opx.values()):
        print("openpyxl (write-only) writing the same cells: " +
              ", ".join(f"{g:,} grants {s:.3f} s" for g, s in sorted(opx.items()) if s is not None))
    else:
        print("openpyxl baseline: skipped (python3-openpyxl not installed)")

    # --- planted, expected and found
    done = [(g, o) for g in sizes for o in orders if results[(g, o)]["found"] is not None]
    if done:
        print("\nplanted by genportfolio, expected (what migrate should report, from the planted rows and the "
              "rules) and found by migrate")
        print("(findings in overzicht.xlsx, sheet Bevindingen; found is one number when every order found the "
              "same, else " + "/".join(orders) + ")")
        hdr = f"{'finding':38}"
        for g in sizes:
            hdr += f" | {f'{g:,} grants':>29}"
        print(hdr)
        sub = f"{'':38}"
        for g in sizes:
            sub += f" | {'planted':>8} {'expected':>9} {'found':>10}"
        print(sub)
        keys = []
        for g, o in done:
            for k in results[(g, o)]["planted"]:
                if k.startswith("expect ") and k not in keys:
                    keys.append(k)
        for k in keys:
            _, file, code = k.split(" ")
            line = f"{code + ' (' + file + ')':38}"
            for g in sizes:
                rs = [results[(g, o)] for o in orders if results[(g, o)]["found"] is not None]
                if not rs:
                    line += f" | {'':>29}"
                    continue
                exp = rs[0]["planted"].get(k)
                pk = PLANTED_FOR.get(f"{file} {code}")
                pl = rs[0]["planted"].get(pk) if pk else None
                got = [found(r["found"], code, file) for r in rs]
                shown = str(got[0]) if len(set(got)) == 1 else "/".join(map(str, got))
                bad = any(n != exp for n in got)
                line += f" | {'-' if pl is None else pl:>8} {exp:>9} {shown + (' ≠' if bad else ''):>10}"
                for r, n in zip(rs, got):
                    if n != exp:
                        problems.append(f"{g:,} grants, order {r['order']}: {code} in {file}: expected {exp}, "
                                        f"found {n}")
            print(line)
        g, o = done[-1]
        other = collections.Counter()
        for (code, _), n in results[(g, o)]["found"].items():
            other[code] += n
        print(f"\nall findings at {g:,} grants, order {o}: " + ", ".join(f"{c} {n}" for c, n in sorted(other.items())))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
