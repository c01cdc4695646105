# A copy of formats/ whose leveranciers.ini is a FIFO with no writer: refused as not a regular file, at once.
set -e
cp -r "$REPO_ROOT/formats" formats-copy
rm formats-copy/leveranciers.ini
mkfifo formats-copy/leveranciers.ini
