# werkgevers.csv is mode 000: it cannot be opened. As root (CI) mode 000 does not stop reads, so there
# werkgevers.csv is replaced by a symbolic link to itself (open fails with ELOOP). The messages differ, so this
# case checks the exit code (66) and that nothing was written; symlink-loop checks the message of the root
# variant.
set -e
f=$PORTFOLIO/werkgevers.csv
if [ "$(id -u)" = 0 ]; then
    echo "running as root: werkgevers.csv is a symlink loop" >&2
    rm "$f"
    ln -s werkgevers.csv "$f"
else
    chmod 000 "$f"
fi
