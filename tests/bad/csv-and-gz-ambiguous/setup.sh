# Both werkgevers.csv and werkgevers.csv.gz exist (an old export left next to a new one): the run refuses
# instead of choosing one without a word.
set -e
gzip -n -c "$PORTFOLIO/werkgevers.csv" >"$PORTFOLIO/werkgevers.csv.gz"
