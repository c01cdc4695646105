# An earlier output of migrate in which the user annotated a listed file (afwijzingen.csv opened and saved in
# Excel): it is no longer what migrate wrote, so --force must refuse and touch nothing.
set -e
"$MIGRATE" run -q "$PORTFOLIO" -o "$OUT" >/dev/null || [ $? = 1 ]
printf 'nagebeld met klant;;;;;\r\n' >>"$OUT/afwijzingen.csv"
