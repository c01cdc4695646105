# werkgevers.csv: header, one row, 1,000,000 empty lines (LF, CRLF and blanks mixed), then the second row at
# physical line 1,000,003 — blank lines are skipped, not records, and the line count stays exact.
set -e
f=$PORTFOLIO/werkgevers.csv
src=$REPO_ROOT/tests/cases/basic-run/portfolio/werkgevers.csv
{
  head -n 2 "$src"
  python3 -c 'import sys; sys.stdout.write("\n" * 600000 + "\r\n" * 300000 + "  \n" * 100000)'
  sed -n 3p "$src"
} >"$f"
