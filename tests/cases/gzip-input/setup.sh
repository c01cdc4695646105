# werkgevers.csv is found as werkgevers.csv.gz; machtigingen.csv.gz is named in portfolio.ini.
set -e
gzip -n "$PORTFOLIO/werkgevers.csv" "$PORTFOLIO/machtigingen.csv"
