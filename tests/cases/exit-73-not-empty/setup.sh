# An earlier output of migrate (its SHA256SUMS lists every file), and no --force.
set -e
"$MIGRATE" run -q "$PORTFOLIO" -o "$OUT" >/dev/null || [ $? = 1 ]
