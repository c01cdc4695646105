# The previous output is a dry run's (controle): it requested nothing, so it has no stand.csv.
set -e
SOURCE_DATE_EPOCH=1795000000 "$MIGRATE" check -q "$PORTFOLIO" -o vorige >/dev/null || [ $? = 1 ]
