# portfolio.ini repeats the headers [migratie] and [bestanden] 50,000 times each, without keys: repeating a
# section header is harmless (its keys are counted as one section), and must not take quadratic time. A key
# given again in a repeated section is an error: see ini-repeated-key-across-sections.
set -e
python3 -c '
import sys
sys.stdout.write("[migratie]\n[bestanden]\n" * 50000)
' >>"$PORTFOLIO/portfolio.ini"
