# An earlier output of migrate plus a folder of the user with a file in it: --force must refuse and touch nothing.
set -e
"$MIGRATE" run -q "$PORTFOLIO" -o "$OUT" >/dev/null || [ $? = 1 ]
mkdir "$OUT/archief" && echo 'oud' >"$OUT/archief/oud.csv"
