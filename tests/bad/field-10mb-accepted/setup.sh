# werkgevers.csv gets an unknown column `notitie`; row 2 holds a 10 MB (10,000,000 byte) value in it: under the 16 MiB limit, accepted.
set -e
f=$PORTFOLIO/werkgevers.csv
{
  printf 'loonheffingennummer;naam;kvk;status;eh_leverancier;eh_niveau;vertegenwoordiger;vertegenwoordiger_email;notitie\n'
  printf '004495445L01;Bakkerij De Korenschoof B.V.;01234567;actief;KPN;EH3;A. Smit;a.smit@korenschoof.example;'
  head -c 10000000 /dev/zero | tr '\0' x
  printf '\n111222333L01;Transport Visser B.V.;23456789;actief;;;K. Visser;k.visser@visser.example;kort\n'
} >"$f"
