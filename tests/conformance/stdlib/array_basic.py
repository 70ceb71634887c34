# array: typecodes, conversions with CPython's range checks, sequence
# operations, bytes round trips, errors.
import array

print(array.typecodes)
for tc in array.typecodes:
    a = array.array(tc, 'hé' if tc == 'u' else [1, 2, 3])
    print(tc, a.itemsize, repr(a), len(a.tobytes()), a.tolist() if tc != 'u' else a.tounicode())
a = array.array('i', range(10))
print(a[2], a[-1], a[2:5], a[::3], a[::-1][:3], 5 in a, a.count(3), a.index(4), a.index(4, 2, 8))
a[0] = 100; a[1:3] = array.array('i', [7, 8, 9]); del a[-2:]; del a[0]
print(a, len(a))
a.append(-5); a.extend([11, 12]); a.extend(array.array('i', [13])); a.insert(0, 42); a.insert(-100, 1)
print(a, a.pop(), a.pop(0), a)
a.remove(42); a.reverse(); print(a)
b = array.array('d', [1.5, 2.25]) * 2
print(b, b + array.array('d', [0.1]), 3 * array.array('b', [1]), b == array.array('d', [1.5, 2.25, 1.5, 2.25]))
print(array.array('f', [0.1, 1e300, -1e300]), array.array('i', [1, 2]) < array.array('i', [1, 3]),
      array.array('i', [1]) == array.array('d', [1.0]), array.array('B', [1, 2]) != [1, 2])
c = array.array('h', [1, -2, 300])
raw = c.tobytes(); print(raw)
d = array.array('h'); d.frombytes(raw); print(d, d == c)
d.byteswap(); print(d, d.tobytes())
e = array.array('H', b'\x01\x00\x02\x00'); print(e)
u = array.array('u', 'abc'); u.fromunicode('dé'); print(u, u.tounicode(), u[1])
f = array.array('q', [2**63 - 1, -2**63]); print(f, f.tobytes()[:8])
g = array.array('Q', [2**64 - 1]); print(g)
l = array.array('l'); l.fromlist([1, 2]); print(l, list(reversed(l)), sum(array.array('d', [0.5] * 4)))
x = array.array('i', [3, 1, 2]); x += array.array('i', [0]); x *= 2; print(x, sorted(x))
import copy
y = copy.copy(x); y[0] = -1; print(x[0], y[0], type(x).__name__, array.ArrayType is array.array)

for f, args in [(array.array, ('z',)), (array.array, ('b', [300])), (array.array, ('B', [-1])),
                (array.array, ('i', [1.5])), (array.array, ('d', ['x'])), (array.array('i').frombytes, (b'abc',)),
                (array.array('i').pop, ()), (array.array('i', [1]).remove, (3,)), (array.array('i', [1]).index, (5,)),
                (array.array, ('i', 'abc')), (array.array, ('I', [2**32])), (array.array, ('q', [2**63])),
                (array.array, ('Q', [-1])), (array.array, ('h', [40000])), (array.array, ('u', [1])),
                (array.array('i', [1]).__getitem__, (5,)), (array.array('i', [1]).__setitem__, (5, 1)),
                (array.array('i', [1]).__add__, (array.array('d'),)), (array.array('i').tounicode, ()),
                (array.array('i').fromlist, ((1,),)), (array.array('i').extend, (array.array('d'),)),
                (array.array('i').__getitem__, ('a',))]:
    try:
        r = f(*args)
        print('no error', r)
    except Exception as e:
        print(type(e).__name__, e)
