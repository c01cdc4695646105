# An existing, empty output folder may be used without --force.
set -e
mkdir "$OUT"
