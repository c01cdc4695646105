# werkgevers.csv row 3: the employer name (naam) is 10 MB (10,000,000 bytes): under the 16 MiB limit, so the
# record is read; it reaches every output (CSV and xlsx, where a cell holds at most 32,767 characters).
set -e
f=$PORTFOLIO/werkgevers.csv
{
  printf 'loonheffingennummer;naam;kvk;status;eh_leverancier;eh_niveau;vertegenwoordiger;vertegenwoordiger_email\n'
  printf '004495445L01;Bakkerij De Korenschoof B.V.;01234567;actief;KPN;EH3;A. Smit;a.smit@korenschoof.example\n'
  printf '111222333L01;Transport Visser '
  head -c 10000000 /dev/zero | tr '\0' y
  printf ' B.V.;23456789;actief;;;K. Visser;k.visser@visser.example\n'
} >"$f"
