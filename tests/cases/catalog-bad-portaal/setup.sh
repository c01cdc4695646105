# A catalogue copy whose leveranciers.ini gives portaal_voor a word it does not know (line 9).
set -e
cp -R "$REPO_ROOT/formats" formats-copy
cat >formats-copy/leveranciers.ini <<'INI'
[leverancier KPN]
ketenmachtiging_eh3 = ja
formaat = generiek
portaal_voor = alle

[leverancier Voorbeeld ID]
ketenmachtiging_eh3 = ja
formaat = generiek
portaal_voor = iedereen
INI
