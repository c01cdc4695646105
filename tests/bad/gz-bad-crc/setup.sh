# werkgevers.csv.gz complete, but its CRC-32 trailer is wrong (last 8 bytes replaced): the data decompresses,
# the check at the end fails.
set -e
f=$PORTFOLIO/werkgevers.csv
gzip -n -c "$f" >full.gz
rm "$f"
n=$(wc -c <full.gz)
head -c $((n - 8)) full.gz >"$f.gz"
printf '\001\002\003\004' >>"$f.gz"
tail -c 4 full.gz >>"$f.gz"
rm full.gz
