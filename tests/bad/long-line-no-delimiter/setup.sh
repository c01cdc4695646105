# werkgevers.csv line 3 is 5,000,000 bytes without a delimiter (one field where the header has 8).
set -e
f=$PORTFOLIO/werkgevers.csv
{
  head -n 2 "$REPO_ROOT/tests/cases/basic-run/portfolio/werkgevers.csv"
  head -c 5000000 /dev/zero | tr '\0' w
  printf '\n'
  sed -n 3p "$REPO_ROOT/tests/cases/basic-run/portfolio/werkgevers.csv"
} >"$f"
