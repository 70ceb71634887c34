# Found by the diff fuzzer: a built-in sequence's __add__ is its concatenation
# (CPython's sq_concat): called directly it raises for a foreign operand
# instead of returning NotImplemented, and the + operator tries the other
# operand's __radd__ first. Also the reprs of slot wrappers, method
# descriptors and their bound forms.
def attempt(label, f):
    try: print(label, "->", repr(f())[:70])
    except Exception as e: print(label, "->", type(e).__name__ + ":", e)
class R:
    def __radd__(self, o): return ("radd", o)
class N: pass
for x in ['a', b'a', bytearray(b'a'), [1], (1,)]:
    attempt(type(x).__name__ + " + R()", lambda: x + R())
    attempt(type(x).__name__ + " + N()", lambda: x + N())
    attempt(type(x).__name__ + ".__add__(N())", lambda: x.__add__(N()))
    attempt(type(x).__name__ + ".__add__(1.5)", lambda: x.__add__(1.5))
    attempt(type(x).__name__ + " + 1", lambda: x + 1)
    def iadd(x=x):
        y = x
        y += N()
        return y
    attempt(type(x).__name__ + " += N()", iadd)
class S(str):
    def __radd__(self, o): return "S.radd"
attempt("'a' + S('b')", lambda: 'a' + S('b'))
attempt("S('b') + 'a'", lambda: S('b') + 'a')
attempt("b'a' + memoryview(b'b')", lambda: b'a' + memoryview(b'b'))
attempt("[1] + [2]", lambda: [1] + [2])
for f in [str.__len__, ''.__len__, list.append, [].append, (1).__add__, object.__init__, object().__init__, type.__call__, str.__new__, dict.fromkeys, [].__init__, list.__init__]:
    print(repr(f).split(' at 0x')[0])
print(sum([[1], [2]], []))
b = bytearray(b"a")
for v in ([1], "x", 5, memoryview(b"z"), b"q"):
    try:
        b += v
        print(b)
    except TypeError as e:
        print("TypeError:", e)
