# One KvK with 2,600 loonheffingennummers on the form route: the joined list passes Excel's cell limit, so
# the Aanvragen cell is cut (ending in " [...]") while the CSV keeps every number; the run succeeds.
set -e
rm -rf "$PORTFOLIO"
python3 "$REPO_ROOT/tests/bench/pathological.py" onekvk 2600 "$PORTFOLIO" >/dev/null
