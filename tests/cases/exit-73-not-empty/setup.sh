# An output folder that already holds a file.
set -e
mkdir "$OUT"
echo "earlier run" >"$OUT/rapport.txt"
