# gebruikers.csv line 3 is a record of exactly 100,000 fields (CR_MAX_FIELDS): the reader accepts it; the
# record has more fields than the header (6), so it is rejected as field-count — not a fatal error.
set -e
f=$PORTFOLIO/gebruikers.csv
{
  head -n 2 "$REPO_ROOT/tests/cases/basic-run/portfolio/gebruikers.csv"
  printf 'pdevries;Petra de Vries;petra.devries@jansen.example;gebruiker;EH4;actief'
  python3 -c 'import sys; sys.stdout.write(";" * (100000 - 6) + "\n")'
} >"$f"
