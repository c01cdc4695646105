# werkgevers.csv is a symbolic link to itself.
set -e
rm "$PORTFOLIO/werkgevers.csv"
ln -s werkgevers.csv "$PORTFOLIO/werkgevers.csv"
