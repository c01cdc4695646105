# A full run's output: a dry run must not replace its import files, even with --force.
set -e
"$MIGRATE" run -q "$PORTFOLIO" -o "$OUT" >/dev/null || [ $? = 1 ]
