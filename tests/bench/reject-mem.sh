#!/bin/sh
# reject-mem.sh — memory and time of a run whose werkgevers.csv.gz holds ROWS rejected rows (a small gzip
# file that expands to millions of rows, each failing the 11-proof), next to valid other files.
#
# usage: tests/bench/reject-mem.sh [BIN] [ROWS] [MAX_BYTES_PER_ROW]
#   BIN                build/migrate by default; ROWS 16000000 by default
#   MAX_BYTES_PER_ROW  when given, fail if the peak RSS beyond that of a one-row run, divided by ROWS,
#                      exceeds it (memory must not grow with rejected rows beyond a small fixed record)
# Checks exit code 1 and that verwerking.csv has ROWS `afgewezen` rows for werkgevers (the ledger balances),
# and prints one line: `rejected rows: 16,000,000  peak RSS N MiB (target ≤ 200 MiB); seconds; the peak RSS
# of a one-row run; bytes per rejected row` (the target is printed, never asserted; make bench shows the
# line in its summary). Needs python3 (standard library) for the peak RSS.
set -u
bin=${1:-build/migrate}
rows=${2:-16000000}
bound=${3:-}
here=$(cd "$(dirname "$0")" && pwd)
formats=$(cd "$here/../../formats" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1795000000
export MIGRATE_FORMATS_DIR="$formats"

# gen DIR N: a portfolio with one valid employer, a user, a grant on it, and N rejected werkgevers rows
gen() {
    mkdir -p "$1"
    cat >"$1/portfolio.ini" <<'EOF'
[intermediair]
naam = Bench B.V.
kvk = 12345678
leverancier = KPN
eh_niveau = EH3

[migratie]
ingangsdatum = 2026-12-01
looptijd_jaren = 5

[bestanden]
gebruikers = gebruikers.csv
machtigingen = machtigingen.csv
werkgevers = werkgevers.csv
EOF
    printf 'gebruikersnaam;naam;email;rol;eh_niveau;status\njdevries;Jan de Vries;j.devries@example.nl;beheerder;EH3;actief\n' \
        >"$1/gebruikers.csv"
    printf 'gebruikersnaam;loonheffingennummer;dienst;ingangsdatum;einddatum\njdevries;828985984L01;Inzien uitkeringsgegevens;01-01-2020;\n' \
        >"$1/machtigingen.csv"
    { printf 'loonheffingennummer;naam;kvk\n828985984L01;Bakkerij De Korst B.V.;02323321\n'
      yes '123456789L01;x' | head -n "$2"; } | gzip -c >"$1/werkgevers.csv.gz"
}

# measure DIR OUT: runs migrate; prints "exit seconds peak_kib"
measure() {
    python3 - "$bin" "$1" "$2" <<'EOF'
import resource, subprocess, sys, time
t = time.monotonic()
rc = subprocess.call([sys.argv[1], "run", "-q", sys.argv[2], "-o", sys.argv[3]], stdout=subprocess.DEVNULL)
el = time.monotonic() - t
print(rc, "%.2f" % el, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
EOF
}

gen "$work/small" 1
gen "$work/big" "$rows"
set -- $(measure "$work/small" "$work/out-small")
base_kib=$3
set -- $(measure "$work/big" "$work/out-big")
rc=$1 secs=$2 kib=$3
fail=0
if [ "$rc" -ne 1 ]; then
    echo "reject-mem: FAIL: exit $rc, want 1" >&2
    fail=1
fi
got=$(grep -c '^werkgevers\.csv\.gz;[0-9]*;afgewezen;lhn-checksum' "$work/out-big/verwerking.csv" 2>/dev/null)
if [ "${got:-0}" -ne "$rows" ]; then
    echo "reject-mem: FAIL: verwerking.csv has ${got:-0} rejected werkgevers rows, want $rows" >&2
    fail=1
fi
per=$(awk -v k="$kib" -v b="$base_kib" -v n="$rows" 'BEGIN { d = (k - b) * 1024 / n; if (d < 0) d = 0; printf "%.1f", d }')
# rows with thousands separators: 16,000,000
shown=$(echo "$rows" | awk '{ s = $1; while (s ~ /[0-9][0-9][0-9][0-9]/) sub(/[0-9][0-9][0-9]($|,)/, ",&", s); print s }')
printf 'rejected rows: %s  peak RSS %s MiB (target ≤ 200 MiB); %s s; one-row run %s MiB; %s bytes per rejected row%s\n' \
    "$shown" "$(awk -v k="$kib" 'BEGIN { printf "%.1f", k / 1024 }')" "$secs" \
    "$(awk -v k="$base_kib" 'BEGIN { printf "%.1f", k / 1024 }')" "$per" "${bound:+ (bound $bound)}"
if [ -n "$bound" ] && awk -v p="$per" -v b="$bound" 'BEGIN { exit !(p >= b) }'; then
    echo "reject-mem: FAIL: $per bytes of memory per rejected row, want under $bound" >&2
    fail=1
fi
exit $fail
