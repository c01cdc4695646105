#!/usr/bin/env python3
"""status_delta_test.py — the delta files of a status run request exactly what is missing.

usage: status_delta_test.py BINARY PORTFOLIO REGISTRATIONS RUN_EPOCH STATUS_EPOCH [WARN_DAYS]

Runs `migrate run` on PORTFOLIO as of RUN_EPOCH (the previous output), then
`migrate status` as of STATUS_EPOCH with the supplier's export REGISTRATIONS,
and a fresh `run` as of STATUS_EPOCH (what is needed now). From these and the
export it computes, without migrate's code, the (client KvK, service) pairs
that must be requested again and the day each request starts, and compares
them with the rows of aanvulling/ketenmachtigingen-beheermodule.csv and
aanvulling/ketenmachtigingen-formulier.csv. Exits 1 with the differences.
"""
import configparser
import csv
import datetime
import os
import subprocess
import sys
import tempfile

WEIGHT = {"actief": 5, "aangevraagd": 4, "verlopen": 3, "afgewezen": 2, "ingetrokken": 1}
ALL = "alle-diensten"


def day(s):
    """dd-mm-yyyy as a date; None for an empty field."""
    return datetime.datetime.strptime(s, "%d-%m-%Y").date() if s else None


def read_csv(path):
    """Rows of one of migrate's CSV files (UTF-8 with BOM, ';') as dicts."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def run(binary, args, epoch):
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch), LC_ALL="C.UTF-8")
    r = subprocess.run([binary] + args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if r.returncode not in (0, 1):
        sys.exit(f"migrate {args[0]} exited {r.returncode}: {r.stderr.decode(errors='replace')}")


def services(formats):
    """Every way diensten.ini names a service (code, naam, name_en, legacy), folded, -> code."""
    names = {}
    cp = configparser.ConfigParser(interpolation=None, strict=False)
    cp.optionxform = str
    with open(os.path.join(formats, "diensten.ini"), encoding="utf-8") as f:
        text = "".join(line for line in f if not line.lstrip().startswith("legacy"))
    cp.read_string(text)
    for sec in cp.sections():
        code = sec.split(None, 1)[1]
        for n in (code, cp[sec].get("naam", ""), cp[sec].get("name_en", "")):
            if n:
                names[n.casefold()] = code
    with open(os.path.join(formats, "diensten.ini"), encoding="utf-8") as f:
        code = None
        for line in f:
            line = line.strip()
            if line.startswith("[dienst "):
                code = line[8:-1].strip()
            elif line.startswith("legacy") and code:
                names[line.split("=", 1)[1].strip().casefold()] = code
    names[ALL] = ALL
    return names


def export_rows(path, own_kvk, names):
    """The export's rows for this intermediary: (kvk, code) -> the row that says most."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    head = [h.strip().lower().replace(" ", "_").replace("-", "_") for h in rows[0]]
    col = {}
    for want, aliases in {
        "kvk": ("kvk_machtiginggever", "kvk_klant"),
        "dv": ("kvk_dienstverlener", "kvk_intermediair"),
        "dienst": ("dienst",),
        "status": ("status",),
        "start": ("ingangsdatum", "startdatum"),
        "end": ("einddatum",),
    }.items():
        col[want] = next(head.index(a) for a in aliases if a in head)
    best = {}
    for r in rows[1:]:
        if r[col["dv"]].strip() != own_kvk:
            continue
        key = (r[col["kvk"]].strip(), names[r[col["dienst"]].strip().casefold()])
        st = r[col["status"]].strip().lower()
        end = day(r[col["end"]].strip())
        rank = (WEIGHT[st], end or datetime.date.min)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, st, end)
    return {k: (v[1], v[2]) for k, v in best.items()}


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def main():
    if len(sys.argv) not in (6, 7):
        sys.exit(__doc__)
    binary, portfolio, regfile = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3]
    run_epoch, status_epoch = int(sys.argv[4]), int(sys.argv[5])
    warn = int(sys.argv[6]) if len(sys.argv) == 7 else 90
    today = datetime.datetime.fromtimestamp(status_epoch, datetime.timezone.utc).date()
    formats = os.environ.get("MIGRATE_FORMATS_DIR", "formats")
    ini = configparser.ConfigParser(interpolation=None, inline_comment_prefixes=(";", "#"))
    with open(os.path.join(portfolio, "portfolio.ini"), encoding="utf-8") as f:
        ini.read_file(f)
    own = ini["intermediair"]["kvk"].strip()
    start_cfg = datetime.date.fromisoformat(ini["migratie"].get("ingangsdatum", today.isoformat()))
    years = int(ini["migratie"].get("looptijd_jaren", "5"))
    names = services(formats)
    with tempfile.TemporaryDirectory() as tmp:
        prev, out, now = (os.path.join(tmp, d) for d in ("vorige", "status", "nu"))
        run(binary, ["run", "-q", portfolio, "-o", prev], run_epoch)
        run(binary, ["status", "-q", portfolio, "--vorige", prev, "--registraties", regfile, "-o", out,
                     "--waarschuw-dagen", str(warn)], status_epoch)
        run(binary, ["run", "-q", portfolio, "-o", now], status_epoch)
        needed = {(r["kvk_machtiginggever"], r["dienst_code"]) for r in read_csv(os.path.join(now, "stand.csv"))}
        prior = {(r["kvk_machtiginggever"], r["dienst_code"]): r["status"]
                 for r in read_csv(os.path.join(prev, "stand.csv"))}
        regs = export_rows(regfile, own, names)
        new_start = max(start_cfg, today)
        want = {}
        for key in sorted(needed):
            reg = regs.get(key) or regs.get((key[0], ALL))
            st, end = reg if reg else (None, None)
            if st == "actief" and end and end < today:
                want[key] = new_start
            elif st == "actief" and end and (end - today).days <= warn:
                want[key] = end + datetime.timedelta(days=1)
            elif st in ("verlopen", "afgewezen", "ingetrokken"):
                want[key] = new_start
            elif st is None and (key not in prior or prior[key] == "overbodig"):
                want[key] = new_start
        got = {}
        for r in read_csv(os.path.join(out, "aanvulling", "ketenmachtigingen-beheermodule.csv")):
            got[(r["kvk_machtiginggever"], r["dienst_code"])] = (day(r["ingangsdatum"]), day(r["einddatum"]))
        codes = sorted(set(names.values()) - {ALL})
        for r in read_csv(os.path.join(out, "aanvulling", "ketenmachtigingen-formulier.csv")):
            for c in codes:
                if r.get(c) == "ja":
                    got[(r["kvk_machtiginggever"], c)] = (day(r["ingangsdatum"]), day(r["einddatum"]))
        problems = []
        for key in sorted(set(want) | set(got)):
            if key not in got:
                problems.append(f"missing from aanvulling/: KvK {key[0]} {key[1]} from {want[key]}")
            elif key not in want:
                problems.append(f"requested but not missing: KvK {key[0]} {key[1]}")
            elif got[key][0] != want[key]:
                problems.append(f"KvK {key[0]} {key[1]}: starts {got[key][0]}, want {want[key]}")
            elif got[key][1] != add_years(want[key], years) - datetime.timedelta(days=1):
                problems.append(f"KvK {key[0]} {key[1]}: ends {got[key][1]}, want {years} years after {want[key]}")
        if problems:
            print("status delta: " + "\n  ".join(["the delta files differ from the set difference:"] + problems))
            sys.exit(1)
        print(f"status delta: aanvulling/ requests exactly the {len(want)} missing pairs of {len(needed)} needed "
              f"({portfolio}, {os.path.basename(regfile)})")


if __name__ == "__main__":
    main()
