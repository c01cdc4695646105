# A copy of formats/ whose Dutch follow-up sentences use a placeholder migrate does not know ({naam_werkgever}
# for {naam}): a configuration error naming file and line, before anything is read or written.
set -e
cp -r "$REPO_ROOT/formats" formats-copy
sed 's/{naam} ({lhn}) {reden}. Bel/{naam_werkgever} ({lhn}) {reden}. Bel/' \
    "$REPO_ROOT/formats/teksten/nl/opvolging-acties.txt" >formats-copy/teksten/nl/opvolging-acties.txt
