# An employer name of 40,000 characters: the workbook cell is cut at Excel's 32,767-character limit
# (ending in " [...]"), the CSV files keep it whole, and the run succeeds.
set -e
rm -rf "$PORTFOLIO"
python3 "$REPO_ROOT/tests/bench/pathological.py" longname 40000 "$PORTFOLIO" >/dev/null
