# The demo portfolio of samples/demo, compared byte for byte with its golden outputs.
set -e
rm -rf "$PORTFOLIO"
mkdir "$PORTFOLIO"
cp "$REPO_ROOT"/samples/demo/portfolio.ini "$REPO_ROOT"/samples/demo/*.csv "$PORTFOLIO"/
