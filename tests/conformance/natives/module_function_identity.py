# A native module function knows its module: __module__, __self__ (the
# module), __qualname__, and __text_signature__ from its declaration.
import math, zlib, unicodedata, _heapq, _bisect, sys

for f in (math.sqrt, math.pow, math.log, math.prod, math.isclose, math.gcd, math.lcm, zlib.crc32, zlib.compress,
          zlib.decompress, zlib.decompressobj, _heapq.heappush, _bisect.bisect_left, sys.intern, sys.exit,
          sys.getrecursionlimit):
    print(f.__name__, f.__qualname__, f.__module__, type(f.__self__).__name__, f.__self__.__name__, f.__text_signature__, repr(f))
print(sys.excepthook is sys.__excepthook__)
# unicodedata's functions say $self in CPython's signatures: pyx's say $module.
for f in (unicodedata.name, unicodedata.category):
    print(f.__name__, f.__qualname__, f.__module__, f.__self__.__name__)
print(zlib.decompress(zlib.compress(b"abc" * 10)), zlib.decompressobj().decompress(zlib.compress(b"xy")))
print(zlib.decompress(zlib.compress(b"abc", 9, 31), 31, 10), len(zlib.compressobj(9, zlib.DEFLATED, 15, 9, 0).compress(b"a")))
# Symbolic defaults in a signature are read from the function's module.
import inspect
for f in (zlib.compress, zlib.decompress, zlib.compressobj, zlib.decompressobj, math.gcd, math.prod, math.isclose, sys.exit):
    print(f.__name__, inspect.signature(f))
