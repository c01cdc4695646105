# Two status runs chained: the run of 18-11-2026, a status of 15-01-2027 with the supplier's first export
# (status-statuses' export), then this status of 15-03-2027 with --vorige the first status and a second
# export in which the refused request and the renewal are now registered. What the first status requested
# is aangevraagd since 15-01-2027; what it knew as registered and the export still holds stays geregistreerd.
set -e
SOURCE_DATE_EPOCH=1795000000 "$MIGRATE" run -q "$PORTFOLIO" -o vorige >/dev/null || [ $? = 1 ]
printf 'pdevries;111222333L01;ontslag;;\n' >>"$PORTFOLIO/machtigingen.csv"
SOURCE_DATE_EPOCH=1799971200 "$MIGRATE" status -q "$PORTFOLIO" --vorige vorige \
    --registraties "$CASE_DIR/../status-statuses/registraties.csv" -o status1 >/dev/null
cp "$CASE_DIR/registraties2.csv" registraties2.csv
