# A previous output with a listed file gone: incomplete, refused, naming the file.
set -e
SOURCE_DATE_EPOCH=1795000000 "$MIGRATE" run -q "$PORTFOLIO" -o vorige >/dev/null || [ $? = 1 ]
rm vorige/medewerkers.csv
