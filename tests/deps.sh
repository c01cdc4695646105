#!/bin/sh
# deps.sh — install the Debian packages named as arguments that are not installed yet, quietly: one line
# says what is installed; apt's own output is shown only when it fails.
missing=""
for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=sudo
    else
        echo "deps.sh: missing Debian packages:$missing" >&2
        echo "deps.sh: installing them needs root; run as root: apt-get install$missing" >&2
        exit 1
    fi
fi
echo "installing Debian packages:$missing"
log=$(mktemp) || exit 1
if ! $SUDO apt-get update -qq >"$log" 2>&1 ||
    ! DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "deps.sh: could not install:$missing" >&2
    exit 1
fi
rm -f "$log"
