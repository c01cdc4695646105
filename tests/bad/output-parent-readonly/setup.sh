# The output's parent folder `ro` is mode 0500: the temporary output folder cannot be created there.
# As root (CI) permissions do not stop writes, so there `ro` is made a plain file instead: the output cannot be
# created either way. The messages differ, so this case checks the exit code (73) and that nothing was
# written; output-under-file checks the message of the root variant.
set -e
if [ "$(id -u)" = 0 ]; then
    echo "running as root: ro is a plain file" >&2
    echo "not a folder" >ro
else
    mkdir ro
    chmod 0500 ro
fi
