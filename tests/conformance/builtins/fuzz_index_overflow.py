# Found by the diff fuzzer (fuzz/diff.py): an int argument too big for a
# Py_ssize_t is an OverflowError (pyx raised IndexError, the subscript
# error), a subscript stays an IndexError, start/end arguments clamp as
# slice bounds do, and bytes(n) has its own message. Also round(x, n) for
# huge n and int.__round__ with huge negative n.
tests = [
    "'a'.center(2**64)", "'a'.center(2**63)", "'a'.zfill(2**64)", "'1 2'.rsplit(' ', 2**64)",
    "'abc'.split('b', 2**64)", "'x'.ljust(2**64, 'y')", "b'x'.center(2**64)", "(5).to_bytes(2**64, 'big')",
    "[1, 2].insert(2**64, 1)", "[1, 2].pop(2**64)", "[1, 2].pop(-2**64)",
    "'abc'[2**64]", "[1, 2][2**63]", "(1, 2)[-2**63 - 1]", "b'ab'[2**64]",
    "'ab'.find('a', 2**64)", "'ab'.find('a', -2**64)", "'ab'.count('a', 0, 2**64)",
    "'ab'.startswith('a', -2**64, 2**64)", "[1, 2].index(1, 2**64)", "(1, 2).index(1, 0, 2**64)",
    "[1, 2].index(2, -2**64)", "bytes(2**63)", "bytearray(2**64)", "bytes(-1)",
    "round(1.5, 2**64)", "round(125, -1)", "round(135, -1)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', repr(r)[:60])
    except Exception as e:
        print(t, '->', type(e).__name__, e)
# Which error comes first (the diff fuzzer again).
for t in ["int.from_bytes(1.5, 'middle')", "int((), 1)", "int((), 2**64)", "int('10', -2**64)", "int('z', 36)"]:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
