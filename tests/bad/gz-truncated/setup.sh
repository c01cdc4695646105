# werkgevers.csv.gz (found in place of werkgevers.csv) cut off after half its bytes.
set -e
f=$PORTFOLIO/werkgevers.csv
gzip -n -c "$f" >full.gz
rm "$f"
n=$(wc -c <full.gz)
head -c $((n / 2)) full.gz >"$f.gz"
rm full.gz
