# The export has rows that cannot be read: a KvK of 6 digits, an unknown service, a status word the layout
# does not know, a date that is no date. Each is rejected with its finding and kept in afwijzingen.csv; the
# other rows count. English messages.
set -e
SOURCE_DATE_EPOCH=1795000000 "$MIGRATE" run -q "$PORTFOLIO" -o vorige >/dev/null || [ $? = 1 ]
cp "$CASE_DIR/export.csv" export.csv
