#!/usr/bin/env bash
# Profile-guided build of pyx (book: "Performance", section "Build profile").
#
#   benches/pgo.sh [--profile release|pgo] [--all]
#
# 1. builds a pyx instrumented with -Cprofile-generate into target/pgo-gen;
# 2. runs the training set (benches/pgo_train.py: our programs, half of the
#    pyperformance programs -- all with --all -- and a quarter of the
#    conformance programs, each sized down), which writes .profraw files;
# 3. merges them with llvm-profdata into target/pgo-data/pyx.profdata;
# 4. builds pyx with -Cprofile-use into target/pgo-use and prints its path.
# Time it with `python3 benches/compare.py --pyx <that path>`.
#
# --profile picks the cargo profile of both builds: `release` (default), or
# `pgo` (release with fat LTO and one codegen unit, in Cargo.toml). The
# normal `cargo build --release` is untouched: other target directories,
# and RUSTFLAGS reach only pyx's own code (through --target), not build
# scripts.
#
# llvm-profdata must read the raw profile format of rustc's LLVM (`rustc
# -vV`; LLVM 19 to 22 share raw version 10). Set LLVM_PROFDATA, or the
# newest /usr/lib/llvm-*/bin/llvm-profdata that can is used; on Debian 12,
# `apt-get install llvm-19` provides one (its llvm-profdata-14 cannot).
# Builds run with -j 1 (CARGO_BUILD_JOBS overrides).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

PROFILE=release
TRAIN_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) PROFILE="$2"; shift 2 ;;
    --profile=*) PROFILE="${1#*=}"; shift ;;
    --all) TRAIN_ARGS+=(--all); shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "pgo.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

TARGET=$(rustc -vV | sed -n 's/^host: //p')
JOBS="${CARGO_BUILD_JOBS:-1}"
PYTHON="${PYTHON:-/usr/bin/python3.11}"
[ -x "$PYTHON" ] || PYTHON=python3
BASE="${CARGO_TARGET_DIR:-$ROOT/target}"
RAW="$BASE/pgo-data/raw"

# The first llvm-profdata that merges a .profraw of this rustc: checked on
# a tiny instrumented program, so a version mismatch is told up front.
find_profdata() {
  local probe="$BASE/pgo-data/probe" candidates=() c
  [ -n "${LLVM_PROFDATA:-}" ] && candidates+=("$LLVM_PROFDATA")
  for c in $(ls -d /usr/lib/llvm-*/bin/llvm-profdata 2>/dev/null | sort -t- -k2 -rn); do
    candidates+=("$c")
  done
  command -v llvm-profdata >/dev/null && candidates+=("$(command -v llvm-profdata)")
  rm -rf "$probe" && mkdir -p "$probe"
  echo 'fn main() { println!("{}", std::env::args().count()); }' > "$probe/p.rs"
  rustc -O -Cprofile-generate="$probe/raw" -o "$probe/p" "$probe/p.rs"
  "$probe/p" >/dev/null
  for c in "${candidates[@]}"; do
    if "$c" merge -o "$probe/p.profdata" "$probe"/raw/*.profraw 2>/dev/null; then
      echo "$c"
      return 0
    fi
  done
  echo "pgo.sh: no llvm-profdata reads $(rustc -vV | grep LLVM)'s raw profiles" \
       "(tried: ${candidates[*]:-none}); install llvm-19 or newer, or set LLVM_PROFDATA" >&2
  return 1
}
PROFDATA=$(find_profdata)
echo "pgo.sh: merging with $PROFDATA" >&2

# Both builds: pyx-cli only, for the host target given explicitly so that
# RUSTFLAGS reach the target code only.
build() {  # build TARGET_DIR RUSTFLAGS
  RUSTFLAGS="$2" cargo build -j "$JOBS" --profile "$PROFILE" -p pyx-cli \
    --target "$TARGET" --target-dir "$1" >&2
}
OUT_DIR="$PROFILE"
[ "$PROFILE" = dev ] && OUT_DIR=debug

echo "pgo.sh: 1/4 instrumented build (profile $PROFILE) into $BASE/pgo-gen" >&2
build "$BASE/pgo-gen" "-Cprofile-generate=$RAW"
GEN="$BASE/pgo-gen/$TARGET/$OUT_DIR/pyx"

echo "pgo.sh: 2/4 training" >&2
rm -rf "$RAW" && mkdir -p "$RAW"
"$PYTHON" benches/pgo_train.py --pyx "$GEN" "${TRAIN_ARGS[@]}"

echo "pgo.sh: 3/4 merging $(ls "$RAW" | wc -l) raw profiles" >&2
"$PROFDATA" merge -o "$BASE/pgo-data/merged.profdata" "$RAW"
# Named by its content: cargo does not watch the file, but it rebuilds
# when RUSTFLAGS change, so a new profile gets a new build.
DATA="$BASE/pgo-data/pyx-$(sha256sum "$BASE/pgo-data/merged.profdata" | cut -c1-16).profdata"
rm -f "$BASE"/pgo-data/pyx-*.profdata
mv "$BASE/pgo-data/merged.profdata" "$DATA"
echo "pgo.sh: profile $DATA" >&2

echo "pgo.sh: 4/4 optimised build into $BASE/pgo-use" >&2
build "$BASE/pgo-use" "-Cprofile-use=$DATA"
echo "$BASE/pgo-use/$TARGET/$OUT_DIR/pyx"
