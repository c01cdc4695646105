#!/bin/sh
# wine-session.sh — runs a command with one wineserver kept running for the whole of it, then stops it.
#
#   WINEPREFIX=DIR sh tests/windows/wine-session.sh COMMAND [ARG...]
#
# Without it every wine program of a test suite starts a wineserver or finds the one of the program before,
# and wine stops its server 3 s after the last program ends. A program that connects while the server shuts
# down fails before it runs with "wine client error:0: recvmsg: Connection reset by peer" (seen once in about
# 220 case runs in CI), which the suite would report as migrate's own exit code. A server started with `-p`
# (persistent) never shuts down on its own, so no program meets one that does. After the command the server
# and any wine program still running in the prefix are stopped (`wineserver -k`), and the command's exit code
# is passed on.
set -u
if [ -z "${WINEPREFIX:-}" ] || [ $# -eq 0 ]; then
    echo "usage: WINEPREFIX=DIR sh $0 COMMAND [ARG...]" >&2
    exit 2
fi
export WINEPREFIX WINEDEBUG=-all
# A server still running in the prefix (an earlier suite's) is stopped first: its persistence is its own.
wineserver -k 2>/dev/null
wineserver -w
if ! wineserver -p; then
    echo "wine-session: wineserver -p failed in $WINEPREFIX" >&2
    exit 70
fi
"$@"
rc=$?
wineserver -k 2>/dev/null
wineserver -w
exit $rc
