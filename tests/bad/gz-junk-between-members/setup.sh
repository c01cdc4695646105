# werkgevers.csv.gz: the header and first row as one gzip member, 16 junk bytes, then the last row as a second
# member. The rows after the junk must never be dropped silently: the junk is refused, with its byte offset.
set -e
f=$PORTFOLIO/werkgevers.csv
head -n 2 "$f" | gzip -n >"$f.gz"
printf 'JUNK-JUNK-JUNK!\n' >>"$f.gz"
tail -n +3 "$f" | gzip -n >>"$f.gz"
rm "$f"
