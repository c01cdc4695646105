# werkgevers.csv.gz: one whole gzip member followed by 3 zero bytes (padding some tools add): not a gzip member.
set -e
f=$PORTFOLIO/werkgevers.csv
gzip -n -c "$f" >"$f.gz"
printf '\000\000\000' >>"$f.gz"
rm "$f"
