# werkgevers.csv is one 2,000,000-byte line without any delimiter or line break (no header to find).
set -e
head -c 2000000 /dev/zero | tr '\0' h >"$PORTFOLIO/werkgevers.csv"
