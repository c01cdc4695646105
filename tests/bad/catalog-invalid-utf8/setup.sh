# A copy of formats/ whose leveranciers.ini has a comment saved as Windows-1252 (0xE9, an é) on a new line 2:
# every catalogue must be valid UTF-8, named with its line and byte offset.
set -e
cp -r "$REPO_ROOT/formats" formats-copy
{ head -n 1 "$REPO_ROOT/formats/leveranciers.ini"; printf '# leveranci\351rs\n'; tail -n +2 "$REPO_ROOT/formats/leveranciers.ini"; } >formats-copy/leveranciers.ini
