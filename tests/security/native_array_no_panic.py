# config: max_memory=256M max_time=30
# expect: ok
# array's edges: huge or negative counts and indices, wrong types, an array
# changed by the Python code of a conversion, comparison or iteration, views
# that pin its size. Each gives CPython's result or a Python exception.
import array as array_module
import sys
from array import array


def err(f):
    try:
        f()
    except (TypeError, ValueError, IndexError, OverflowError, MemoryError, BufferError, EOFError) as e:
        return type(e).__name__
    return "no error"


a = array('i', [1, 2, 3])
checks = [
    (err(lambda: a * 2**63), "OverflowError"),
    (err(lambda: a * (sys.maxsize // 2)), "MemoryError"),
    (len(a * -(2**62)), 0),
    (err(lambda: a.__imul__(2**62)), "MemoryError"),
    (err(lambda: a[2**63]), "IndexError"),
    (err(lambda: a[-2**63]), "IndexError"),
    (err(lambda: a.__setitem__(-2**63, 1)), "IndexError"),
    (a[::2**63 - 1].tolist(), [1]),
    (a[::-2**63].tolist(), [3]),
    (a[-2**63:2**63].tolist(), [1, 2, 3]),
    (err(lambda: a.pop(-2**63)), "IndexError"),
    (err(lambda: a.insert(2**63, 1)), "OverflowError"),
    (err(lambda: a.index(1, 2**100, -2**100)), "ValueError"),
    (err(lambda: array('i').fromfile(None, sys.maxsize)), "MemoryError"),
    (err(lambda: array('d', [1.0]).fromfile(None, -1)), "ValueError"),
    (err(lambda: array_module._array_reconstructor(array, 'i', 2**62, b'')), "OverflowError"),
    (err(lambda: array_module._array_reconstructor(array, 'q', 11, b'\xff' * 9)), "ValueError"),
    (err(lambda: array('u').frombytes(b'\xff' * 4) or array('u', b'\xff' * 4)[0]), "ValueError"),
]


class Clear:
    def __init__(self, arr):
        self.arr = arr

    def __index__(self):
        del self.arr[:]
        return 1

    def __float__(self):
        del self.arr[:]
        return 1.0

    def __eq__(self, other):
        if len(self.arr) < 1000:
            self.arr.extend(range(100))
        return False


b = array('i', range(5))
checks.append((err(lambda: b.__setitem__(4, Clear(b))), "IndexError"))
b = array('d', range(5))
checks.append((err(lambda: b.__setitem__(slice(Clear(b), 3), array('d'))), "no error"))
b = array('i', range(5))
checks.append((b.count(Clear(b)), 0))
b = array('i', range(5))
checks.append((Clear(b) in b, False))
b = array('i', range(5))
checks.append((err(lambda: b.fromlist([1, Clear(b)])), "no error"))
b = array('i', range(5))
checks.append((err(lambda: b.insert(Clear(b), 7)), "no error"))
b = array('i', range(3))
for x in b:
    if len(b) < 1000:
        b.extend(b)
checks.append((len(b), 1536))
m = memoryview(b)
checks.append((err(lambda: b.extend(b)), "BufferError"))
checks.append((err(lambda: b.frombytes(m)), "TypeError"))
c = array('b', [1, 2])
mc = memoryview(c)
checks.append((err(lambda: c.frombytes(mc)), "BufferError"))
checks.append((err(lambda: c.frombytes(c)), "BufferError"))
del m, mc
for got, want in checks:
    if got != want:
        print("MISMATCH", got, want)
print("done", len(checks))
