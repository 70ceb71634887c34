#!/usr/bin/env python3
"""Write CPython's view of each fixture next to it, for pyx's oracle tests.

    python3 tests/tools/cpython_ast_dump.py tests/fixtures/syntax tests/fixtures/syntax_errors

For a fixture that parses, writes `NAME.cpython-ast`:
`ast.dump(ast.parse(source), include_attributes=True)` plus a newline.
For one that does not, writes `NAME.cpython-error`: the end of the
traceback CPython prints for the SyntaxError (file name shown as the
fixture's base name). Must run under CPython 3.11, the oracle.
"""
import ast
import io
import os
import sys
import traceback


def error_tail(exc, name):
    """The traceback tail the interpreter prints for a SyntaxError."""
    exc.filename = name
    exc.__traceback__ = None
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        sys.excepthook(type(exc), exc, None)
    finally:
        sys.stderr = old
    return err.getvalue()


def process(path):
    with open(path, "rb") as f:
        data = f.read()
    base = os.path.splitext(path)[0]
    name = os.path.basename(path)
    try:
        tree = ast.parse(data, filename=name)
    except SyntaxError as exc:
        with open(base + ".cpython-error", "w", encoding="utf-8") as out:
            out.write(error_tail(exc, name))
        return "error"
    with open(base + ".cpython-ast", "w", encoding="utf-8") as out:
        out.write(ast.dump(tree, include_attributes=True) + "\n")
    return "ast"


def main(args):
    if sys.version_info[:2] != (3, 11):
        sys.exit("the oracle is CPython 3.11")
    counts = {"ast": 0, "error": 0}
    for arg in args:
        paths = [arg] if os.path.isfile(arg) else sorted(
            os.path.join(arg, n) for n in os.listdir(arg) if n.endswith(".py"))
        for path in paths:
            counts[process(path)] += 1
    print("wrote %(ast)d ASTs and %(error)d errors" % counts)


if __name__ == "__main__":
    main(sys.argv[1:])
