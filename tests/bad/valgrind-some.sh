#!/bin/sh
# valgrind-some.sh — run a handful of the bad-input cases under valgrind (memcheck, full leak check).
#
#   sh tests/bad/valgrind-some.sh [BINARY] [NAME...]     default: build/migrate and the list below
#
# The runner gets a wrapper that execs valgrind --error-exitcode=99 on the binary, so a memory error or a
# definite/indirect leak turns the case's exit code into 99 and the case fails. The big-input cases are left
# out: under valgrind they take minutes.
set -u
REPO_ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BIN=${1:-build/migrate}
[ $# -ge 1 ] && shift
case $BIN in /*) ;; *) BIN=$(pwd)/$BIN ;; esac
[ -x "$BIN" ] || { echo "valgrind-some: $BIN: not an executable" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "valgrind-some: valgrind is not installed" >&2; exit 2; }
NAMES=${*:-"header-only werkgevers-all-rejected machtigingen-nothing-valid quoted-multiline-record \
unbalanced-quote-eof invalid-utf8-cp1252 cp1252-undefined-0x81 nul-byte gz-truncated gz-corrupt \
duplicate-header missing-required-column ambiguous-delimiter ini-unknown-section ini-line-too-long \
csv-is-directory symlink-loop fields-100001-over output-is-file bom-mid-file"}
W=$(mktemp -d "${TMPDIR:-/tmp}/migrate-vg.XXXXXX") || exit 2
trap 'rm -rf "$W"' EXIT
cat >"$W/migrate" <<EOW
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect \
    --show-leak-kinds=definite,indirect "$BIN" "\$@"
EOW
chmod +x "$W/migrate"
# shellcheck disable=SC2086 # NAMES is a list of case names
CASES_DIR=$REPO_ROOT/tests/bad sh "$REPO_ROOT/tests/run-cases.sh" "$W/migrate" $NAMES
