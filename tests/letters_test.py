#!/usr/bin/env python3
"""letters_test.py — the signing letters read back by real PDF tools (poppler's pdftotext, pdfinfo, pdftoppm).

    python3 tests/letters_test.py BINARY PORTFOLIO [--leverancier NAME] [--lang en] [--min N]

Runs `migrate run` on a copy of PORTFOLIO (with another supplier in portfolio.ini when --leverancier is given,
so that more clients take the form route), twice, and checks for every row of ketenmachtigingen-formulier.csv:
exactly one PDF in ondertekening/ whose name is the KvK and a plain-ASCII name; pdftotext shows the client's
name, KvK, every loonheffingennummer, every service asked for by its full name (catalogue formats/diensten.ini,
English name in an English run), the period, every signer and the intermediary; pdfinfo says A4 and N pages,
every page has its footer "pagina k van N" (or "page k of N") and pdftoppm renders N pages. Both runs give the
same bytes. verzendlijst.csv lists every letter, one row per address, and says so when there is none. At least
--min letters must be checked (so that a change that writes none cannot pass).
"""
import argparse
import configparser
import csv
import filecmp
import io
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def services(lang):
    """Service code -> the name a letter prints (read plainly: diensten.ini repeats its legacy keys)."""
    out, code = {}, None
    key = "name_en" if lang == "en" else "naam"
    for line in open(os.path.join(ROOT, "formats", "diensten.ini"), encoding="utf-8"):
        m = re.match(r"\[dienst (.+)\]\s*$", line)
        if m:
            code = m.group(1)
            continue
        m = re.match(r"(\w+)\s*=\s*(.*?)\s*$", line)
        if code and m and m.group(1) == key:
            out[code] = m.group(2)
    return out


def all_services(lang):
    """The sentence of section alle-diensten of brieven/LANG/brief.txt: what a letter says for all services."""
    lines = open(os.path.join(ROOT, "formats", "brieven", lang, "brief.txt"), encoding="utf-8").read().split("\n")
    return lines[lines.index("@ alle-diensten") + 1].strip()


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def run(binary, portfolio, out, lang, formats=None):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1795000000",
               MIGRATE_FORMATS_DIR=formats or os.path.join(ROOT, "formats"))
    args = [binary, "run", "-q", portfolio, "-o", out]
    if lang:
        args += ["--lang", lang]
    r = subprocess.run(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode > 1:
        sys.exit("letters: migrate exited %d: %s" % (r.returncode, r.stderr))


def norm(s):
    """Blanks folded; the CSV files' formula guard (a ' before = + - @) taken off: the letter shows the name."""
    s = re.sub(r"\s+", " ", s).strip()
    return s[1:] if len(s) > 1 and s[0] == "'" and s[1] in "=+-@" else s


def tool(*args):
    r = subprocess.run(list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise SystemExit("letters: %s failed: %s" % (" ".join(args), r.stderr.decode(errors="replace")))
    # libharu 2.3.0 writes its UTF-8 ToUnicode map as a cidrange; poppler warns and still extracts the text
    for line in r.stderr.decode(errors="replace").splitlines():
        if line and "begincidrange" not in line:
            raise SystemExit("letters: %s said: %s" % (" ".join(args), line))
    return r.stdout.decode("utf-8")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("portfolio")
    ap.add_argument("--leverancier")
    ap.add_argument("--lang")
    ap.add_argument("--min", type=int, default=1)
    ap.add_argument("--min-accented", type=int, default=0, help="letters whose client or signer is not ASCII")
    ap.add_argument("--dienstverlener", action="store_true",
                    help="reikwijdte = dienstverlener: every letter names all UWV services (section alle-diensten)")
    ap.add_argument("--edit-template", action="store_true",
                    help="also run with a copy of formats/ whose brief.txt says something else: the PDFs say it")
    a = ap.parse_args()
    lang = a.lang or "nl"
    names = services(lang)
    page_word = ("page %d of %d" if lang == "en" else "pagina %d van %d")
    tmp = tempfile.mkdtemp(prefix="letters-")
    problems = []
    try:
        port = os.path.join(tmp, "portfolio")
        shutil.copytree(a.portfolio, port, ignore=shutil.ignore_patterns("uitvoer", "controle", "status-*"))
        if a.leverancier:
            ini = os.path.join(port, "portfolio.ini")
            text = open(ini, encoding="utf-8").read()
            text = re.sub(r"(?m)^leverancier *=.*$", "leverancier = " + a.leverancier, text)
            open(ini, "w", encoding="utf-8").write(text)
        if a.dienstverlener:
            ini = os.path.join(port, "portfolio.ini")
            text = re.sub(r"(?m)^reikwijdte *=.*$", "reikwijdte = dienstverlener", open(ini, encoding="utf-8").read())
            open(ini, "w", encoding="utf-8").write(text)
        out1, out2 = os.path.join(tmp, "out1"), os.path.join(tmp, "out2")
        run(a.binary, port, out1, a.lang)
        run(a.binary, port, out2, a.lang)
        letters = os.path.join(out1, "ondertekening")
        form = read_csv(os.path.join(out1, "ketenmachtigingen-formulier.csv"))
        pdfs = sorted(f for f in os.listdir(letters) if f.endswith(".pdf")) if os.path.isdir(letters) else []
        if len(pdfs) != len(form):
            problems.append("%d form rows but %d PDFs" % (len(form), len(pdfs)))
        cmp = filecmp.dircmp(letters, os.path.join(out2, "ondertekening"))
        if cmp.diff_files or cmp.left_only or cmp.right_only:
            problems.append("two runs differ: %s" % (cmp.diff_files + cmp.left_only + cmp.right_only))
        for f in pdfs:
            if not filecmp.cmp(os.path.join(letters, f), os.path.join(out2, "ondertekening", f), shallow=False):
                problems.append("%s: two runs give different bytes" % f)
        pages_total = 0
        accented = 0
        edited = False
        for row in form:
            kvk = row["kvk_machtiginggever"]
            mine = [f for f in pdfs if f == kvk + ".pdf" or f.startswith(kvk + "-")]
            if len(mine) != 1:
                problems.append("KvK %s: %d letters (%s)" % (kvk, len(mine), mine))
                continue
            f = mine[0]
            if not re.fullmatch(r"[0-9]{8}(-[a-z0-9]+)*\.pdf", f):
                problems.append("%s: not a safe file name" % f)
            path = os.path.join(letters, f)
            text = norm(tool("pdftotext", "-layout", "-enc", "UTF-8", path, "-"))
            want = [row["naam_machtiginggever"], kvk, row["naam_intermediair"], row["kvk_intermediair"],
                    row["ingangsdatum"], row["einddatum"]]
            want += [x for x in row["loonheffingennummers"].split(",") if x]
            want += [x.strip() for x in row["vertegenwoordiger"].split(";") if x.strip()]
            if a.dienstverlener:
                want.append(all_services(lang))
            else:
                want += [names[code] for code in names if row.get(code) == "ja"]
            accented += any(ord(c) > 127 for c in row["naam_machtiginggever"] + row["vertegenwoordiger"])
            for w in want:
                if norm(w) not in text:
                    problems.append("%s: pdftotext does not show '%s'" % (f, w))
            info = tool("pdfinfo", path)
            m = re.search(r"^Pages:\s+(\d+)", info, re.M)
            n = int(m.group(1)) if m else 0
            if "Page size:       595.276 x 841.89 pts (A4)" not in info:
                problems.append("%s: not A4: %s" % (f, info))
            for k in range(1, n + 1):
                if page_word % (k, n) not in text:
                    problems.append("%s: no footer '%s'" % (f, page_word % (k, n)))
            png = os.path.join(tmp, "png")
            shutil.rmtree(png, ignore_errors=True)
            os.mkdir(png)
            tool("pdftoppm", "-r", "30", "-png", path, os.path.join(png, "p"))
            if len(os.listdir(png)) != n or n == 0:
                problems.append("%s: pdftoppm rendered %d pages, pdfinfo says %d" % (f, len(os.listdir(png)), n))
            pages_total += n
        # the mail merge
        mails = read_csv(os.path.join(letters, "verzendlijst.csv")) if pdfs else []
        listed = {}
        addresses = set()
        for r in mails:
            for f in [x.strip() for x in r["bestanden"].split(";") if x.strip()]:
                listed[f] = listed.get(f, 0) + 1
            if r["email"]:
                if r["email"].lower() in addresses:
                    problems.append("verzendlijst: %s has two rows" % r["email"])
                addresses.add(r["email"].lower())
                if r["opmerking"]:
                    problems.append("verzendlijst: %s has a remark" % r["email"])
            elif not r["opmerking"]:
                problems.append("verzendlijst: a row without address says nothing: %s" % r)
            if not r["onderwerp"] or not r["bericht"]:
                problems.append("verzendlijst: a row without subject or message: %s" % r)
        for f in pdfs:
            if f not in listed:
                problems.append("verzendlijst does not list %s" % f)
        for row in form:
            for addr in [x.strip().lower() for x in row["vertegenwoordiger_email"].split(";") if x.strip()]:
                if addr not in addresses:
                    problems.append("verzendlijst has no row for %s" % addr)
        if len(pdfs) < a.min:
            problems.append("only %d letters, expected at least %d" % (len(pdfs), a.min))
        if a.edit_template and pdfs:
            # the wording is data: a sentence changed in a copy of formats/brieven/ is in the next run's PDFs
            formats = os.path.join(tmp, "formats")
            shutil.copytree(os.path.join(ROOT, "formats"), formats)
            brief = os.path.join(formats, "brieven", lang, "brief.txt")
            text = open(brief, encoding="utf-8").read()
            title = "# Ketenmachtiging eHerkenning voor UWV" if lang == "nl" else "# eHerkenning chain authorisation for UWV"
            if title not in text:
                problems.append("brief.txt has no title line to change")
            text = text.replace(title, "# Een nieuwe titel, zonder herbouwen: {klant}", 1)
            open(brief, "w", encoding="utf-8").write(text)
            out3 = os.path.join(tmp, "out3")
            run(a.binary, port, out3, a.lang, formats)
            got = norm(tool("pdftotext", "-layout", os.path.join(out3, "ondertekening", pdfs[0]), "-"))
            if "Een nieuwe titel, zonder herbouwen:" not in got:
                problems.append("a title changed in brief.txt is not in the next run's letter")
            else:
                edited = True
        if accented < a.min_accented:
            problems.append("only %d letters with accented names, expected at least %d" % (accented, a.min_accented))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for p in problems:
        print("letters: " + p, file=sys.stderr)
    if problems:
        return 1
    print("letters: %d PDFs (%d pages, %d with accented names) read back by pdftotext, pdfinfo and pdftoppm; "
          "%d mail rows%s%s%s" % (len(pdfs), pages_total, accented, len(mails),
                                   ("; a title edited in brief.txt shows in the next run's letters" if edited else "") +
                                   ("; reikwijdte dienstverlener" if a.dienstverlener else ""),
                                   "; supplier " + a.leverancier if a.leverancier else "",
           "; " + lang if a.lang else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
