# The previous output: a run on 18 November 2026; then a grant added (Transport Visser needs ontslag now,
# which the run never requested) and the supplier's export beside the portfolio.
set -e
SOURCE_DATE_EPOCH=1795000000 "$MIGRATE" run -q "$PORTFOLIO" -o vorige >/dev/null || [ $? = 1 ]
printf 'pdevries;111222333L01;ontslag;;\n' >>"$PORTFOLIO/machtigingen.csv"
cp "$CASE_DIR/registraties.csv" registraties.csv
