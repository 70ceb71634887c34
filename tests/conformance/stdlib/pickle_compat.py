# Python 2 name maps (_compat_pickle), pickletools and out-of-band pickling.
import io
import pickle
import pickletools
import _compat_pickle as cp

print(cp.IMPORT_MAPPING["__builtin__"], cp.IMPORT_MAPPING["Cookie"], cp.IMPORT_MAPPING["cPickle"])
print(cp.NAME_MAPPING[("__builtin__", "xrange")], cp.NAME_MAPPING[("exceptions", "StandardError")])
print(cp.REVERSE_NAME_MAPPING[("builtins", "FileNotFoundError")])
print(cp.REVERSE_IMPORT_MAPPING["_pickle"], len(cp.PYTHON2_EXCEPTIONS) > 40)
print(sorted(k for k in cp.REVERSE_IMPORT_MAPPING if k.startswith("dbm")))

# fix_imports: Python 3 names are written the Python 2 way for protocols < 3.
for proto in range(3):
    data = pickle.dumps([range, reduce_ := __import__("functools").reduce, FileNotFoundError], proto)
    print(proto, b"__builtin__" in data, b"xrange" in data, b"exceptions" in data,
          pickle.loads(data) == [range, reduce_, OSError])
print(b"builtins" in pickle.dumps(range, 2, fix_imports=False))
print(b"builtins" in pickle.dumps(range, 3))

# Python 2 pickles load with their names mapped.
print(pickle.loads(b"c__builtin__\nxrange\n(I0\nI5\nI1\ntR."))
print(pickle.loads(b"cexceptions\nStandardError\n(S'x'\ntR."))
print(pickle.loads(b"\x80\x02cwhichdb\nwhichdb\n.").__module__)
try:
    pickle.loads(b"\x80\x02c__builtin__\nxrange\n.", fix_imports=False)
except ImportError as e:
    print(type(e).__name__, e)

# pickletools: genops walks opcodes with positions; dis prints them.
data = pickle.dumps({"a": [1, 2.5, None, True]}, 2)
for op, arg, pos in pickletools.genops(data):
    print(pos, op.name, op.code == chr(op.code.encode("latin-1")[0]), repr(arg), op.proto)
out = io.StringIO()
pickletools.dis(pickle.dumps((1, "two", b"3"), 0), out=out)
print(out.getvalue())
try:
    list(pickletools.genops(b"\xff"))
except ValueError as e:
    print("ValueError", e)
try:
    list(pickletools.genops(b"K"))
except ValueError as e:
    print("ValueError", e)
try:
    pickletools.dis(b"a.", out=io.StringIO())
except ValueError as e:
    print("ValueError", e)

# optimize drops PUTs nobody GETs, and keeps the value.
x = [1, 2, (3, 4)]
big = pickle.dumps([x, x], 2)
small = pickletools.optimize(big)
print(len(small) < len(big), pickle.loads(small))
for proto in range(6):
    s = pickletools.optimize(pickle.dumps({"k": [x, x, "s"]}, proto))
    print(proto, pickle.loads(s))

# Bound methods (Python and built-in) pickle as getattr(owner, name).
class A:
    def __init__(self, v): self.v = v
    def m(self, x): return self.v + x
    @classmethod
    def c(cls, x): return cls.__name__ + x
    @staticmethod
    def s(x): return x * 2
class Sub(tuple):
    pass
for proto in range(6):
    for meth, args in [(A(5).m, (1,)), (A.c, ("!",)), ("abcb".index, ("b",)), (dict.fromkeys, ("ab",)),
                       ([1, 2].__len__, ()), ({1}.__contains__, (1,)), (Sub((1, 1, 2)).count, (1,)), (len, ([1],)),
                       (list.__len__, ([1, 2, 3],)), (A.s, (4,))]:
        u = pickle.loads(pickle.dumps(meth, proto))
        print(proto, u(*args) == meth(*args), end="; ")
    print()

# Popping past the stack or a MARK.
for bad in [b".", b"0", b"1", b"(2", b"Na", b"(N\x86.", b"N(0.", b"(0N."]:
    try:
        print(bad, pickle.loads(bad))
    except pickle.UnpicklingError as e:
        print(bad, e)
