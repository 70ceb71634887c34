# config: default
# expect: ok
# No code-object construction, no bytecode loading.
def f():
    return 1
code = f.__code__
C = type(code)
attempts = [
    lambda: C(0, 0, 0, 0, 0, 0, b"\x00", (), (), (), "x", "x", "x", 1, b"", b""),
    lambda: C.__new__(C),
    lambda: object.__new__(C),
    lambda: code.replace(co_code=b"\x00"),
    lambda: code.co_code,
    lambda: code.co_consts,
    lambda: __import__("marshal"),
    lambda: __import__("types").CodeType,
    lambda: __import__("gc").get_objects,
    lambda: __import__("gc").get_referrers,
]
for i, a in enumerate(attempts):
    try:
        v = a()
        print("ESCAPED", i, type(v).__name__)
    except (AttributeError, TypeError, ImportError, ValueError):
        pass
print("done")
