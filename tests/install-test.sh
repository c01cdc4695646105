#!/bin/sh
# install-test.sh — `make install` with PREFIX and DESTDIR puts binary, formats/ and man page in place,
# and the installed binary finds its catalogues from its own prefix.
set -eu
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
make -s install PREFIX=/opt/migrate DESTDIR="$dest" >/dev/null
for f in bin/migrate share/migrate/formats/diensten.ini share/migrate/formats/uitvoer/generiek.ini \
         share/migrate/formats/registraties/generiek.ini \
         share/migrate/formats/teksten/nl/opvolging-acties.txt share/migrate/formats/teksten/en/opvolging-acties.txt \
         share/migrate/formats/brieven/opmaak.ini share/migrate/formats/brieven/nl/brief.txt \
         share/migrate/formats/brieven/en/brief.txt \
         share/man/man1/migrate.1; do
    test -f "$dest/opt/migrate/$f" || { echo "install: $f missing" >&2; exit 1; }
done
cd /
"$dest/opt/migrate/bin/migrate" formats | grep -q "share/migrate/formats" \
    || { echo "install: the installed binary does not find its formats/" >&2; exit 1; }
echo "install: binary, formats/ and man page installed and found"
