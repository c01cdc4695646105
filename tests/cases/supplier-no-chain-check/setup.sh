# A catalogue copy with one supplier that offers no ketenmachtiging at EH3.
set -e
cp -R "$REPO_ROOT/formats" formats-copy
cat >>formats-copy/leveranciers.ini <<'INI'

[leverancier Voorbeeld ID]
ketenmachtiging_eh3 = nee
formaat = generiek
INI
