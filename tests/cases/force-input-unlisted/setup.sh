# An earlier output of migrate that also holds an input of this run (named in [bestanden]): --force must
# refuse and leave the input where it is.
set -e
"$MIGRATE" run -q "$PORTFOLIO" -o "$OUT" >/dev/null || [ $? = 1 ]
mv "$PORTFOLIO/werkgevers.csv" "$OUT/werkgevers.csv"
printf '\n[bestanden]\nwerkgevers = ../case-out/werkgevers.csv\n' >>"$PORTFOLIO/portfolio.ini"
