#!/usr/bin/env python3
"""Print CPython 3.11's argument-count contracts of built-in methods and
functions as the rows of `ARITY` in crates/pyx-vm/src/arity.rs.

Each public method of the core built-in types (and each builtins function)
is called with 0..6 None arguments; the TypeErrors that are argument-count
errors tell the calling convention (METH_NOARGS, METH_O, positional-only
Argument Clinic, PyArg_ParseTuple) and the accepted range. Run with
python3 (3.11) and paste the output into the table.
"""
import re, builtins
pats = [
 ("NoArgs", re.compile(r"takes no arguments \((\d+) given\)")),
 ("One", re.compile(r"takes exactly one argument \((\d+) given\)")),
 ("Clinic", re.compile(r"^(\w+) expected (at least |at most )?(\d+) arguments?, got (\d+)$")),
 ("Parse", re.compile(r"^(\w+)\(\) takes (at least|at most|exactly) (\d+) arguments? \((\d+) given\)$")),
]
def classify(call):
    ok = []; style = None
    for k in range(0, 7):
        try:
            call(k)
            ok.append(k)
        except TypeError as e:
            m = str(e)
            hit = None
            for name, p in pats:
                if p.search(m):
                    hit = name
            if hit:
                if style and style != hit:
                    return None
                style = hit
            else:
                ok.append(k)
        except Exception:
            ok.append(k)
    if not style:
        return None
    lo, hi = min(ok) if ok else 0, max(ok) if ok else 0
    if ok and ok != list(range(lo, hi + 1)):
        return None
    if hi == 6: hi = 255
    return style, lo, hi
samples = {str: lambda: "ab", bytes: lambda: b"ab", bytearray: lambda: bytearray(b"ab"), list: lambda: [1, 2],
           tuple: lambda: (1, 2), dict: lambda: {1: 2}, set: lambda: {1}, frozenset: lambda: frozenset({1}),
           int: lambda: 5, float: lambda: 1.5, complex: lambda: 1j}
rows = []
for t, mk in samples.items():
    for name in sorted(vars(t)):
        if name.startswith("_"):
            continue
        def call(k, name=name, mk=mk):
            getattr(mk(), name)(*[None] * k)
        r = classify(call)
        if r:
            rows.append((t.__name__, name) + r)
for name in sorted(dir(builtins)):
    f = getattr(builtins, name)
    if type(f).__name__ != "builtin_function_or_method" or name in ("breakpoint", "input", "exec", "eval", "compile", "open", "print", "__import__", "help", "exit", "quit"):
        continue
    r = classify(lambda k, f=f: f(*[None] * k))
    if r:
        rows.append(("", name) + r)
for t, name, style, lo, hi in rows:
    arity = {"NoArgs": "NoArgs", "One": "One"}.get(style) or f"{style}({lo}, {hi})"
    print(f'    ("{t}", "{name}", {arity}),')
