#!/usr/bin/env bash
# Time each benchmark program under pyx (release build) and python3,
# alternating runs, and print the ratio pyx/python3 of the best times.
#   benches/run.sh [RUNS]     (default 3 runs each)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
PYX="${PYX:-${CARGO_TARGET_DIR:-target}/release/pyx}"
if [ ! -x "$PYX" ]; then
  cargo build --release -p pyx >/dev/null
fi
best() { sort -n | head -1; }
# CPU time (user+sys, ms): robust when the machine is shared.
t() { python3 -c 'import resource,subprocess,sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(int((r.ru_utime + r.ru_stime) * 1000))' "$@"; }
printf "%-18s %10s %10s %8s\n" program "pyx cpu ms" "py cpu ms" ratio
for prog in benches/programs/*.py; do
  if ! diff <("$PYX" "$prog" 2>&1) <(python3 "$prog" 2>&1) >/dev/null; then
    echo "$(basename "$prog"): OUTPUT DIFFERS" ; continue
  fi
  pt=(); ct=()
  for _ in $(seq "$RUNS"); do
    pt+=("$(t "$PYX" "$prog")"); ct+=("$(t python3 "$prog")")
  done
  p=$(printf "%s\n" "${pt[@]}" | best); c=$(printf "%s\n" "${ct[@]}" | best)
  printf "%-18s %10d %10d %8s\n" "$(basename "$prog" .py)" "$p" "$c" "$(awk "BEGIN{printf \"%.2fx\", $p/$c}")"
done
