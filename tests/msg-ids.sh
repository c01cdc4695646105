#!/bin/sh
# msg-ids.sh — the message ids the code uses are exactly those of the catalogue (migrate/msg_catalog.h):
# no message is said that is not in both languages, and no catalogue entry is dead.
set -eu
cd "$(dirname "$0")/.."
CAT=migrate/msg_catalog.h
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# ids with an entry: MSG_ID(X), and X's Dutch and English texts
sed -n 's/^MSG_ID(\(MSG_[A-Z0-9_]*\))$/\1/p' "$CAT" | sort >"$tmp/ids"
sed -n 's/^#define NL_\(MSG_[A-Z0-9_]*\) .*/\1/p' "$CAT" | sort >"$tmp/nl"
sed -n 's/^#define EN_\(MSG_[A-Z0-9_]*\) .*/\1/p' "$CAT" | sort >"$tmp/en"
# ids the code names: every source but the catalogue and its machinery (msg.h, whose comment shows
# made-up examples; msg.c)
grep -ohw 'MSG_[A-Z0-9_]*' $(ls migrate/*.c migrate/*.h | grep -v "$CAT\|migrate/msg\.[ch]") |
    grep -vx 'MSG_ID\|MSG_NONE\|MSG_COUNT\|MSG_' | grep -v '^MG_[A-Z0-9_]*_H$' | sort -u >"$tmp/used" || true
rc=0
if [ "$(uniq -d "$tmp/ids")" ]; then
    echo "msg-ids: id given twice in $CAT:" $(uniq -d "$tmp/ids") >&2
    rc=1
fi
for lang in nl en; do
    missing=$(comm -23 "$tmp/ids" "$tmp/$lang")
    [ -z "$missing" ] || { echo "msg-ids: no $lang text for:" $missing >&2; rc=1; }
    extra=$(comm -13 "$tmp/ids" "$(sort -u "$tmp/$lang" >"$tmp/$lang.u"; echo "$tmp/$lang.u")")
    [ -z "$extra" ] || { echo "msg-ids: $lang text without MSG_ID:" $extra >&2; rc=1; }
done
sort -u "$tmp/ids" >"$tmp/ids.u"
unknown=$(comm -13 "$tmp/ids.u" "$tmp/used")
[ -z "$unknown" ] || { echo "msg-ids: used in the code but not in $CAT:" $unknown >&2; rc=1; }
unused=$(comm -23 "$tmp/ids.u" "$tmp/used")
[ -z "$unused" ] || { echo "msg-ids: in $CAT but never used:" $unused >&2; rc=1; }
[ $rc = 0 ] && echo "msg-ids: $(wc -l <"$tmp/ids.u") ids, each used and in both languages"
exit $rc
