#!/bin/sh
# man-options.sh — every option that `migrate --help` prints must be named in migrate.1.
set -u
bin=${1:-build/migrate}
missing=0
for opt in $("$bin" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    esc=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
    if ! grep -q -- "$esc" migrate.1; then
        echo "migrate.1 does not name $opt" >&2
        missing=$((missing + 1))
    fi
done
if [ "$missing" -ne 0 ]; then
    echo "man page check: $missing option(s) missing" >&2
    exit 1
fi
echo "man page names every option of --help"
