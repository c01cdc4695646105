#!/bin/sh
# screenshots.sh — render every workbook of the demo through LibreOffice (xlsx → PDF → PNG pages), and every
# signing letter of ondertekening/ (pdftoppm), to look at.
set -eu
bin=${1:-build/migrate}
dest=${2:-build/screenshots}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rm -rf "$dest"
mkdir -p "$dest"
SOURCE_DATE_EPOCH=1795000000 "$bin" run -q samples/demo -o "$work/out" >/dev/null || [ $? -eq 1 ]
HOME=$work/home soffice --headless "-env:UserInstallation=file://$work/profile" --convert-to pdf \
    --outdir "$work/pdf" "$work"/out/*.xlsx >/dev/null 2>&1
for pdf in "$work"/pdf/*.pdf; do
    pdftoppm -png -r 80 "$pdf" "$dest/$(basename "$pdf" .pdf)"
done
for pdf in "$work"/out/ondertekening/*.pdf; do
    [ -f "$pdf" ] || continue
    pdftoppm -png -r 80 "$pdf" "$dest/brief-$(basename "$pdf" .pdf)"
done
ls "$dest"
