# werkgevers.csv saved as UTF-16 little-endian with its byte order mark (FF FE), as Excel's "Unicode text".
set -e
python3 - "$PORTFOLIO/werkgevers.csv" <<'PY'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read()
open(p, "wb").write(t.encode("utf-16"))
PY
