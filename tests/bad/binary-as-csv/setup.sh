# werkgevers.csv is really a workbook (a zip: "PK\3\4" then binary, NUL at byte offset 5).
set -e
python3 - "$PORTFOLIO/werkgevers.csv" <<'PY'
import sys, zipfile, io
b = io.BytesIO()
with zipfile.ZipFile(b, "w") as z:
    z.writestr(zipfile.ZipInfo("xl/workbook.xml", (2020, 1, 1, 0, 0, 0)), "<workbook/>" * 50)
open(sys.argv[1], "wb").write(b.getvalue())
PY
