# werkgevers.csv.gz made of three gzip members (header, row 2, row 3), as `cat a.gz b.gz c.gz` gives: valid
# gzip, and every row of every member is read (the output equals basic-run's).
set -e
f=$PORTFOLIO/werkgevers.csv
sed -n 1p "$f" | gzip -n >"$f.gz"
sed -n 2p "$f" | gzip -n >>"$f.gz"
sed -n 3p "$f" | gzip -n >>"$f.gz"
rm "$f"
