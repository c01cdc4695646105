# werkgevers.csv: 4 KiB of pseudo-random bytes without NUL (not UTF-8, so read as Windows-1252, where 0x81,
# 0x8D, 0x8F, 0x90 and 0x9D are undefined).
set -e
python3 - "$PORTFOLIO/werkgevers.csv" <<'PY'
import sys, random
r = random.Random(42)
open(sys.argv[1], "wb").write(bytes(r.randrange(1, 256) for _ in range(4096)))
PY
