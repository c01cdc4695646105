#!/usr/bin/env python3
"""pathological.py — small portfolios that reproduce scaling and robustness problems found by the benchmark.

usage: python3 tests/bench/pathological.py KIND N OUTDIR
  samegrant N   one user, one employer, the same grant N times (duplicate-grant detection; N=100000 vs 200000)
  onekvk N      one KvK with N loonheffingennummers on the form route (joined LHN list in one xlsx cell)
  chain N       a successor chain of N inactive numbers ending in one active number
  longname N    one employer whose naam is N characters long
Then: SOURCE_DATE_EPOCH=1795000000 build/migrate run OUTDIR -o OUTDIR.out --force
"""
import os
import sys

SERVICES = ["verzuim", "uitkering", "ontslag", "bezwaar", "banenafspraak", "reintegratie-wia"]


def bases(n):
    """n distinct 9-digit LHN bases that pass the 11-proof."""
    out, k = [], 0
    while len(out) < n:
        p = (k * 38461537 + 80000017) % 10**8
        k += 1
        digits = [int(c) for c in f"{p:08d}"]
        check = sum(w * d for w, d in zip(range(9, 1, -1), digits)) % 11
        if check < 10 and p:
            out.append(f"{p:08d}{check}")
    return out


def write(d, employers, grants):
    """Write a portfolio with 1001 users, the given werkgevers rows and grant lines."""
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "portfolio.ini"), "w") as f:
        f.write("[intermediair]\nnaam = Test B.V.\nkvk = 09912345\nleverancier = KPN\neh_niveau = EH3\n\n"
                "[migratie]\ningangsdatum = 2026-12-01\n")
    with open(os.path.join(d, "gebruikers.csv"), "w") as f:
        f.write("gebruikersnaam;naam;email;rol;eh_niveau;status\nbeh;Beheer Der;b@x.nl;beheerder;EH3;actief\n")
        for i in range(1000):
            f.write(f"u{i};User {i};u{i}@x.nl;gebruiker;EH3;actief\n")
    with open(os.path.join(d, "werkgevers.csv"), "w", encoding="utf-8") as f:
        f.write("loonheffingennummer;naam;kvk;status;opvolger;reden;open_meldingen;eh_leverancier;eh_niveau;"
                "vertegenwoordiger\n")
        for e in employers:
            f.write(";".join(e) + "\n")
    with open(os.path.join(d, "machtigingen.csv"), "w") as f:
        f.write("gebruikersnaam;loonheffingennummer;dienst\n")
        f.writelines(grants)


def main():
    """Build the portfolio named on the command line."""
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    kind, n, d = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if kind == "samegrant":
        b = bases(1)
        write(d, [(f"{b[0]}L01", "Bedrijf", "10000000", "actief", "", "", "", "KPN", "EH3", "Jan")],
              [f"u1;{b[0]}L01;verzuim\n"] * n)
    elif kind == "onekvk":
        b = bases(n)
        write(d, [(f"{x}L01", "Bedrijf", "12345670", "actief", "", "", "", "", "", "Jan") for i, x in enumerate(b)],
              [f"u{i % 1000};{b[i % n]}L01;{SERVICES[i % 6]}\n" for i in range(n)])
    elif kind == "chain":
        b = bases(n)
        emps = [(f"{b[i]}L01", f"Bedrijf {i}", f"{10000000 + i}", "inactief" if i < n - 1 else "actief",
                 f"{b[i + 1]}L01" if i < n - 1 else "", "fusie", "1" if i < n - 1 else "0", "KPN", "EH3", "Jan")
                for i in range(n)]
        write(d, emps[::-1], [f"u{i};{b[i % n]}L01;{SERVICES[i % 6]}\n" for i in range(10)])
    elif kind == "longname":
        b = bases(1)
        write(d, [(f"{b[0]}L01", "Bakkerij " + "X" * n, "10000000", "actief", "", "", "", "", "", "Jan")],
              [f"u1;{b[0]}L01;verzuim\n"])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
