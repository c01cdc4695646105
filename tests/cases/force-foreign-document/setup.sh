# An earlier output of migrate plus a document of the user: --force must refuse and touch nothing.
set -e
"$MIGRATE" run -q "$PORTFOLIO" -o "$OUT" >/dev/null || [ $? = 1 ]
echo 'mijn aantekeningen' >"$OUT/notities.docx"
