#!/usr/bin/env bash
# The Python package as a user gets it: build the `pyx-sandbox` wheel with
# maturin, `pip install` it into a fresh virtual environment, and run the
# package's test suite there with pytest, from a directory where only the
# installed package can be imported. Needs python3 (with venv) and the
# package index for maturin and pytest. Part of the README's test command.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
venv="$root/target/wheel-venv"
wheels="$root/target/wheels"
python3 -m venv --clear "$venv"
"$venv/bin/pip" install --quiet --disable-pip-version-check 'maturin>=1.5,<2' 'pytest>=7'
rm -rf "$wheels"
"$venv/bin/maturin" build --release --quiet --interpreter "$venv/bin/python" \
    --manifest-path crates/pyx-python/Cargo.toml --out "$wheels"
"$venv/bin/pip" install --quiet --disable-pip-version-check "$wheels"/pyx_sandbox-*.whl
run_dir=$(mktemp -d)
trap 'rm -rf "$run_dir"' EXIT
cp crates/pyx-python/tests/test_pyx_sandbox.py "$run_dir/"
cd "$run_dir"
# The package must come from the wheel, not from the source tree.
"$venv/bin/python" -c 'import pyx_sandbox, sys; assert "site-packages" in pyx_sandbox.__file__, pyx_sandbox.__file__'
"$venv/bin/python" -m pytest -q -p no:cacheprovider test_pyx_sandbox.py
