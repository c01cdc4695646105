# portfolio.ini repeats [migratie] (with the same key and value) and [bestanden] 50,000 times each.
set -e
python3 -c '
import sys
sys.stdout.write("[migratie]\nlooptijd_jaren = 5\n[bestanden]\n" * 50000)
' >>"$PORTFOLIO/portfolio.ini"
