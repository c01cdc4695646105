# werkgevers.csv: 4 KiB of pseudo-random bytes without NUL. Not UTF-8, yet some byte runs happen to be valid
# UTF-8 multi-byte sequences, so the file is refused as mixed-encoding, at its first invalid byte.
set -e
python3 - "$PORTFOLIO/werkgevers.csv" <<'PY'
import sys, random
r = random.Random(42)
open(sys.argv[1], "wb").write(bytes(r.randrange(1, 256) for _ in range(4096)))
PY
