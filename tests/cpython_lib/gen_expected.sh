#!/usr/bin/env bash
# Record CPython 3.11's output of every tests/cpython_lib/*.py.
cd "$(dirname "$0")"
for f in *.py; do python3 -I "$f" > "${f%.py}.expected" 2>&1; done
