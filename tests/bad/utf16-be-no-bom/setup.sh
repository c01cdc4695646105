# werkgevers.csv saved as UTF-16 big-endian without a byte order mark: a NUL byte before every ASCII byte.
set -e
python3 - "$PORTFOLIO/werkgevers.csv" <<'PY'
import sys
p = sys.argv[1]
t = open(p, encoding="utf-8").read()
open(p, "wb").write(t.encode("utf-16-be"))
PY
