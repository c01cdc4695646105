# werkgevers.csv row 3 holds a 16 MiB + 1 byte value (16,777,217 bytes) in an unknown column: over the limit.
set -e
f=$PORTFOLIO/werkgevers.csv
{
  printf 'loonheffingennummer;naam;kvk;status;notitie\n'
  printf '004495445L01;Bakkerij De Korenschoof B.V.;01234567;actief;kort\n'
  printf '111222333L01;Transport Visser B.V.;23456789;actief;'
  head -c 16777217 /dev/zero | tr '\0' z
  printf '\n'
} >"$f"
