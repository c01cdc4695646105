# werkgevers.csv.gz: a gzip header followed by bytes that are not a deflate stream.
set -e
f=$PORTFOLIO/werkgevers.csv
rm "$f"
printf '\037\213\010\000\000\000\000\000\000\003' >"$f.gz"
printf 'this is not deflate data at all, just text after a gzip header\n' >>"$f.gz"
