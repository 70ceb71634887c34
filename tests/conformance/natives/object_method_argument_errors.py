# Methods of objects that module functions return (zlib's Compress and
# Decompress, hashlib's HASH) and the built-ins that parse their own
# arguments in CPython (print, max, min, sorted, __build_class__) go
# through the door: receiver checks, counts, keywords and types are
# refused with CPython 3.11's messages.
import zlib, hashlib, builtins, sys, io


def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "-> ok", type(r).__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


ARGS = [(None,), ("a",), (1.5,), (b"x",), (-1,), (2**70,), (b"x", None), (b"x", -1), (b"x", 2**70), (b"x", 1.5)]


def calls(prefix, f, args_list=ARGS):
    show(prefix + "()", f)
    show(prefix + "(*4)", f, 1, 2, 3, 4)
    show(prefix + "(zz=1)", f, zz=1)
    show(prefix + "(b'', zz=1)", f, b"", zz=1)
    for args in args_list:
        show(prefix + repr(args), f, *args)


# (copy() is not in pyx yet.)
for name in ("compress", "flush"):
    calls("Compress." + name, getattr(zlib.compressobj(), name))
for name in ("decompress", "flush"):
    calls("Decompress." + name, getattr(zlib.decompressobj(), name))
show("Decompress.decompress(data=b'')", zlib.decompressobj().decompress, data=b"")
show("Decompress.decompress(b'', max_length=1)", zlib.decompressobj().decompress, b"", max_length=1)
show("Decompress.decompress(b'', 1, max_length=1)", zlib.decompressobj().decompress, b"", 1, max_length=1)
show("Decompress.decompress(b'', max_length=-1)", zlib.decompressobj().decompress, b"", max_length=-1)
show("Decompress.decompress(b'', max_length=None)", zlib.decompressobj().decompress, b"", max_length=None)
show("Compress.flush(mode=1)", zlib.compressobj().flush, mode=1)
show("Decompress.flush(length=1)", zlib.decompressobj().flush, length=1)
show("Decompress.flush(0)", zlib.decompressobj().flush, 0)

# Unbound, on the wrong receiver.
C = type(zlib.compressobj())
D = type(zlib.decompressobj())
print(C.__name__, D.__name__, C.__module__, D.__module__)
show("Compress.compress()", C.compress)
for f, a in ((C.compress, (zlib.decompressobj(), b"")), (D.flush, (1,))):
    try:
        f(*a)
    except TypeError as e:
        # CPython names the type 'zlib.Compress' here, pyx 'Compress'.
        print("wrong receiver: TypeError", str(e).startswith("descriptor"))
print(C.compress.__text_signature__, C.flush.__text_signature__)
print(D.decompress.__text_signature__, D.flush.__text_signature__)

# (blake2b and blake2s are types of their own in CPython, HASH in pyx.)
for algo in ("md5", "sha256", "sha3_256"):
    h = hashlib.new(algo)
    for name in ("update", "digest", "hexdigest", "copy"):
        calls(algo + "." + name, getattr(h, name))
    show(algo + ".update(obj=b'')", h.update, obj=b"")
    show(algo + ".update('s')", h.update, "s")
    show(algo + ".update(memoryview)", h.update, memoryview(b"ab"))
# (A negative length is a SystemError or a MemoryError in CPython 3.11,
# a ValueError in pyx.)
for algo in ("shake_128", "shake_256"):
    h = hashlib.new(algo)
    for name in ("digest", "hexdigest"):
        calls(algo + "." + name, getattr(h, name), [a for a in ARGS if a != (-1,)])
        show(algo + "." + name + "(length=4)", getattr(h, name), length=4)
H = type(hashlib.md5())
show("HASH.digest()", H.digest)
try:
    H.update(1, b"")
except TypeError as e:
    print("wrong receiver: TypeError", str(e).startswith("descriptor"))
print(H.__name__, H.__module__, type(hashlib.shake_128()).__name__)
print(H.update.__text_signature__, H.digest.__text_signature__, type(hashlib.shake_128()).digest.__text_signature__)

# print
show("print(sep=1)", print, sep=1)
show("print(end=1)", print, end=1)
show("print(file=1)", print, "x", file=1)
show("print(flush=1)", print, "x", flush=1, file=io.StringIO())
show("print(zz=1)", print, zz=1)
show("print(sep=None, end=None)", print, "a", "b", sep=None, end=None)
show("print(file=None)", print, "c", file=None)
show("print(1, 2, sep='-', end='!\\n')", print, 1, 2, sep="-", end="!\n")
buf = io.StringIO()
show("print(file=StringIO)", print, 1, "a", [2], file=buf, sep="|")
print(repr(buf.getvalue()))
class NoFlush:
    def write(self, s):
        pass
show("print(flush=True) no flush()", print, "x", file=NoFlush(), flush=True)
show("print(flush=False) no flush()", print, "x", file=NoFlush())
show("print(sep=..., 5 keywords)", print, sep="", end="", file=buf, flush=False, zz=1)
print(print.__text_signature__)

# max / min
for f in (max, min):
    n = f.__name__
    show(n + "()", f)
    show(n + "(1)", f, 1)
    show(n + "([])", f, [])
    show(n + "([], default=5)", f, [], default=5)
    show(n + "(1, 2, default=5)", f, 1, 2, default=5)
    show(n + "([1], zz=1)", f, [1], zz=1)
    show(n + "([1], key=1)", f, [1], key=1)
    show(n + "([1], key=None)", f, [1], key=None)
    show(n + "(1, 2, key=None)", f, 1, 2, key=None)
    show(n + "(key=len)", f, key=len)
    show(n + "(default=1)", f, default=1)
    show(n + "([1], 2, zz=1)", f, [1], 2, zz=1)
    show(n + "([], key=len, default=None)", f, [], key=len, default=None)
    show(n + "([1], key=None, default=1, zz=1)", f, [1], key=None, default=1, zz=1)
    show(n + "(1, 2, 3, key=neg)", f, 1, 2, 3, key=lambda x: -x)
    show(n + "(iter([3, 1, 2]))", f, iter([3, 1, 2]))
    print(f.__text_signature__)

# sorted
show("sorted()", sorted)
show("sorted(1)", sorted, 1)
show("sorted([], [])", sorted, [], [])
show("sorted([], zz=1)", sorted, [], zz=1)
show("sorted(iterable=[])", sorted, iterable=[])
show("sorted([2, 1], key=None, reverse=True)", sorted, [2, 1], key=None, reverse=True)
show("sorted([2, 1], reverse=2.5)", sorted, [2, 1], reverse=2.5)
show("sorted([2, 1], reverse=None)", sorted, [2, 1], reverse=None)
show("sorted([2, 1], key=1)", sorted, [2, 1], key=1)
show("sorted([], key=1)", sorted, [], key=1)
print(sorted.__text_signature__)

# __build_class__
bc = builtins.__build_class__
show("__build_class__()", bc)
show("__build_class__(1)", bc)
show("__build_class__(1, 'C')", bc, 1, "C")
show("__build_class__(lambda: None, 1)", bc, lambda: None, 1)
show("__build_class__(lambda: None)", bc, lambda: None)
show("__build_class__(lambda: None, 'C', 1)", bc, lambda: None, "C", 1)
show("__build_class__(lambda: None, 'C', metaclass=1)", bc, lambda: None, "C", metaclass=1)
show("__build_class__(len, 'C')", bc, len, "C")
show("__build_class__(lambda: None, b'C')", bc, lambda: None, b"C")
print(bc.__text_signature__)

# The built-in functions belong to the builtins module.
print(len.__self__ is builtins, print.__self__ is builtins, max.__self__.__name__)
print(len.__module__, sorted.__module__)
