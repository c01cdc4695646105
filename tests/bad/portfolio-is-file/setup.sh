# The portfolio path is a plain file.
set -e
echo "not a folder" >"$PORTFOLIO"
