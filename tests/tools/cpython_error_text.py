"""Regenerate tests/errors/NAME.cpython: what CPython 3.11 prints for each
tests/errors/NAME.py (stdout, then stderr), run from that directory as
`python3 -I NAME.py` (the
directory prefix CPython then adds to file names is removed). crates/pyx-cli/tests/error_text.rs compares pyx's output
with these files exactly.

Usage: python3 tests/tools/cpython_error_text.py [NAME ...]
"""
import pathlib
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"
root = pathlib.Path(__file__).resolve().parent.parent / "errors"
names = sys.argv[1:] or sorted(p.stem for p in root.glob("*.py"))
for name in names:
    r = subprocess.run([sys.executable, "-I", name + ".py"], cwd=root, capture_output=True, text=True)
    # -I makes the script path absolute; pyx shows the name it was given.
    text = (r.stdout + r.stderr).replace(f'File "{root}/', 'File "')
    (root / (name + ".cpython")).write_text(text)
print(f"{len(names)} cases written")
