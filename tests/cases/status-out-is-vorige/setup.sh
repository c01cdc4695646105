# The status output would replace the previous output it reads: refused, even with --force.
set -e
SOURCE_DATE_EPOCH=1795000000 "$MIGRATE" run -q "$PORTFOLIO" -o "$OUT" >/dev/null || [ $? = 1 ]
