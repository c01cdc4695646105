# The output path is a plain file.
set -e
echo "not a folder" >"$OUT"
