#!/usr/bin/env bash
# Thin wrapper over benches/compare.py (see its docstring): builds pyx if it
# is missing, then compares it with CPython 3.11's real binary.
#   benches/run.sh [compare.py options and programs...]
set -euo pipefail
cd "$(dirname "$0")/.."
PYX="${PYX:-${CARGO_TARGET_DIR:-target}/release/pyx}"
if [ ! -x "$PYX" ]; then
  cargo build --release -j 1 -p pyx-cli >/dev/null
fi
PYTHON="${PYTHON:-/usr/bin/python3.11}"
[ -x "$PYTHON" ] || PYTHON=python3
exec "$PYTHON" benches/compare.py --pyx "$PYX" "$@"
