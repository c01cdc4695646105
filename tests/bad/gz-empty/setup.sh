# werkgevers.csv.gz is a valid gzip file of zero bytes of data.
set -e
rm "$PORTFOLIO/werkgevers.csv"
: | gzip -n >"$PORTFOLIO/werkgevers.csv.gz"
