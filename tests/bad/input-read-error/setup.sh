# werkgevers.csv is a symbolic link to /proc/self/mem: a regular file for stat, but reading it at offset 0
# fails with EIO (address 0 is not mapped) — a read error on an open input, as root or not.
set -e
rm "$PORTFOLIO/werkgevers.csv"
ln -s /proc/self/mem "$PORTFOLIO/werkgevers.csv"
