# An output folder from an earlier run, with a file the new run does not write.
set -e
mkdir "$OUT"
echo "earlier run" >"$OUT/oud-bestand.txt"
