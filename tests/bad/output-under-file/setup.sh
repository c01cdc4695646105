# The output's parent path is a plain file (works the same for root and other users).
set -e
echo "not a folder" >afile
