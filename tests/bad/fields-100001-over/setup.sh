# gebruikers.csv line 3 is a record of 100,001 fields: one more than CR_MAX_FIELDS (100,000): a blocking error.
set -e
f=$PORTFOLIO/gebruikers.csv
{
  head -n 2 "$REPO_ROOT/tests/cases/basic-run/portfolio/gebruikers.csv"
  printf 'pdevries;Petra de Vries;petra.devries@jansen.example;gebruiker;EH4;actief'
  python3 -c 'import sys; sys.stdout.write(";" * (100001 - 6) + "\n")'
} >"$f"
