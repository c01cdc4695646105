# A folder that holds files but no SHA256SUMS is not an output of migrate: --force must refuse.
set -e
mkdir "$OUT"
echo "earlier run" >"$OUT/rapport.txt"
