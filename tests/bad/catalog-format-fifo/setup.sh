# A copy of formats/ with a FIFO named uitvoer/zzz.ini among the output formats: refused at once.
set -e
cp -r "$REPO_ROOT/formats" formats-copy
mkfifo formats-copy/uitvoer/zzz.ini
