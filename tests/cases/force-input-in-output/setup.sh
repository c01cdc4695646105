# An earlier output of migrate that also holds an input of this run (named in [bestanden]), even listed in
# its SHA256SUMS: --force must refuse, or replacing the folder would delete the input.
set -e
"$MIGRATE" run -q "$PORTFOLIO" -o "$OUT" >/dev/null || [ $? = 1 ]
mv "$PORTFOLIO/werkgevers.csv" "$OUT/werkgevers.csv"
(cd "$OUT" && sha256sum werkgevers.csv >>SHA256SUMS)
printf '\n[bestanden]\nwerkgevers = ../case-out/werkgevers.csv\n' >>"$PORTFOLIO/portfolio.ini"
