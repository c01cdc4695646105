# An earlier output of migrate plus a file in a subfolder migrate writes, not listed in SHA256SUMS: --force must refuse and touch nothing.
set -e
"$MIGRATE" run -q "$PORTFOLIO" -o "$OUT" >/dev/null || [ $? = 1 ]
mkdir "$OUT/ondertekening" && echo 'x' >"$OUT/ondertekening/brief.pdf"
