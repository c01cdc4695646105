# An earlier output of migrate (here in English): --force replaces it by this run's output.
set -e
"$MIGRATE" run -q --lang en "$PORTFOLIO" -o "$OUT" >/dev/null || [ $? = 1 ]
grep -q 'rows read' "$OUT/rapport.txt"
