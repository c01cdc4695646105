# An earlier output of migrate plus a hidden file of the user: --force must refuse and touch nothing.
set -e
"$MIGRATE" run -q "$PORTFOLIO" -o "$OUT" >/dev/null || [ $? = 1 ]
echo 'x' >"$OUT/.notities"
