# An earlier output of migrate plus a listed file replaced by a symbolic link to a file of the user: --force must refuse and touch nothing.
set -e
"$MIGRATE" run -q "$PORTFOLIO" -o "$OUT" >/dev/null || [ $? = 1 ]
echo 'bewaren' >bewaar.csv && rm "$OUT/medewerkers.csv" && ln -s ../bewaar.csv "$OUT/medewerkers.csv"
