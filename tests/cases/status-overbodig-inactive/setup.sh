# Since the run, Garage Jansen's only number went inactive (beeindigd): its registered verzuim and its
# requested ontslag are no longer needed (overbodig: withdraw them), and nothing is requested for it.
set -e
SOURCE_DATE_EPOCH=1795000000 "$MIGRATE" run -q "$PORTFOLIO" -o vorige >/dev/null || [ $? = 1 ]
sed -i 's/^253177406L01;Garage Jansen B.V.;45678912;actief;/253177406L01;Garage Jansen B.V.;45678912;inactief;/' \
    "$PORTFOLIO/werkgevers.csv"
grep -q '45678912;inactief' "$PORTFOLIO/werkgevers.csv"
printf 'kvk_machtiginggever;kvk_dienstverlener;dienst;status;ingangsdatum;einddatum\n45678912;12345678;verzuim;actief;01-12-2026;30-11-2031\n' >registraties.csv
