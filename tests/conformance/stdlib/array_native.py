# array.array as CPython 3.11's: construction and the order of its checks,
# slices, operators, comparisons, methods, memoryview exports, pickles,
# iterators, subclasses; arrays changed by the Python code of a conversion
# or a comparison.
import array
import copy
import io
import pickle
from array import array as A


def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


# --- the module and the type
print(array.typecodes, array.ArrayType is A, A.__name__, A.__qualname__, A.__module__, A)
print(type(iter(A('i'))), type(iter(A('i'))).__name__, A.__hash__)
import collections.abc
print(isinstance(A('i'), collections.abc.MutableSequence), issubclass(A, collections.abc.Sequence))
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.typecode, a.itemsize, len(a), repr(a), a.__sizeof__())

# --- construction
t('no args', lambda: A())
t('3 args', lambda: A('i', [], 1))
t('kw', lambda: A('i', initializer=[1]))
t('bytes code', lambda: A(b'i'))
t('long code', lambda: A('ii'))
t('bad code', lambda: A('z'))
t('bad code iterable', lambda: A('z', 5))
t('bad code str', lambda: A('z', 'ab'))
t('str for i', lambda: A('i', 'ab'))
t('u array for d', lambda: A('d', A('u', 'x')))
t('i array for u', lambda: A('u', A('i', [1])))
t('empty i array for u', lambda: A('u', A('i')))
t('i array for d', lambda: A('d', A('i', [1, 2])))
t('d array for i', lambda: A('i', A('d', [1.5])))
t('same kind', lambda: A('h', A('h', [1, -2])))
t('range', lambda: A('l', range(-2, 3)))
t('generator', lambda: A('f', (x / 3 for x in range(3))))
t('memoryview', lambda: A('i', memoryview(b'ab')))
t('bytes', lambda: A('H', b'\x01\x00\xff\xff'))
t('bytearray odd', lambda: A('i', bytearray(b'abc')))
t('dict', lambda: A('i', {3: 'x', 4: 'y'}))
t('tuple bad item', lambda: A('b', (1, 2, 'x')))
t('set', lambda: sorted(A('i', {5})))
t('None', lambda: A('i', None))
t('int', lambda: A('i', 7))
t('unicode', lambda: A('u', 'héllo'))
t('unicode list', lambda: A('u', ['a', 'b']))
t('unicode bad list', lambda: A('u', ['ab']))

# --- int items: every typecode against the limits of its C conversions
values = [0, -1, 1, 127, 128, -128, -129, 255, 256, 2**15, -2**15 - 1, 2**16, 2**31, -2**31 - 1,
          2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, 10**30, -10**30, True, 1.0, '1', None]
for tc in 'bBhHiIlLqQ':
    out = []
    for v in values:
        try:
            out.append(repr(A(tc, [v])[0]))
        except (OverflowError, TypeError) as e:
            out.append(type(e).__name__[0] + ':' + str(e))
    print(tc, out)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Flt:
    def __float__(self):
        return 2.5


class BadFlt:
    def __float__(self):
        return 'x'


for tc in 'iQdf':
    for v in (Idx(3), Idx(-1), Flt(), BadFlt(), 1j, 10**400, 'x', float('inf'), float('nan'), 1e39, -1e39, 3.4028235e38):
        try:
            print(tc, type(v).__name__, repr(A(tc, [v])[0]))
        except Exception as e:
            print(tc, type(v).__name__, type(e).__name__, e)

# --- items and slices
a = A('i', range(10))
t('get', lambda: (a[0], a[-1], a[True], a[Idx(2)]))
t('get out', lambda: a[10])
t('get -out', lambda: a[-11])
t('get huge', lambda: a[2**70])
t('get float', lambda: a[1.0])
t('get str', lambda: a['1'])
t('slices', lambda: (a[2:5], a[::3], a[::-2], a[8:2], a[-3:], a[100:], a[::2**70]))
t('slice step 0', lambda: a[::0])
t('slice type', lambda: type(a[:]) is A)


def setter(arr, k, v):
    arr[k] = v
    return arr


def deleter(arr, k):
    del arr[k]
    return arr


t('set', lambda: setter(A('i', [1, 2]), -1, 7))
t('set out', lambda: setter(A('i', [1, 2]), 2, 7))
t('set out bad value', lambda: setter(A('i', [1, 2]), 5, 'x'))
t('set bad value', lambda: setter(A('i', [1, 2]), 0, 'x'))
t('set bad key', lambda: setter(A('i', [1, 2]), 'x', 1))
t('set slice', lambda: setter(A('i', [1, 2, 3]), slice(1, 2), A('i', [7, 8, 9])))
t('set slice shrink', lambda: setter(A('i', [1, 2, 3]), slice(0, 3), A('i', [9])))
t('set slice reversed bounds', lambda: setter(A('i', [1, 2, 3]), slice(2, 1), A('i', [5])))
t('set slice list', lambda: setter(A('i', [1, 2, 3]), slice(0, 1), [5]))
t('set slice kind', lambda: setter(A('i', [1, 2, 3]), slice(0, 1), A('h', [5])))
t('set ext slice', lambda: setter(A('i', [1, 2, 3, 4]), slice(None, None, 2), A('i', [7, 8])))
t('set ext slice size', lambda: setter(A('i', [1, 2, 3, 4]), slice(None, None, 2), A('i', [7])))
t('set ext slice empty', lambda: setter(A('i', [1, 2, 3, 4]), slice(None, None, 2), A('i')))
t('set ext slice neg', lambda: setter(A('i', [1, 2, 3, 4]), slice(None, None, -3), A('i', [0, 0])))
s = A('i', [1, 2, 3])
t('set self slice', lambda: setter(s, slice(1, 2), s))
t('del', lambda: deleter(A('i', [1, 2, 3]), 1))
t('del out', lambda: deleter(A('i', [1, 2, 3]), 3))
t('del slice', lambda: deleter(A('i', range(8)), slice(1, 7, 2)))
t('del slice neg', lambda: deleter(A('i', range(8)), slice(None, None, -3)))
t('del bad key', lambda: deleter(A('i', [1]), 'x'))

# --- operators
t('add', lambda: A('b', [1]) + A('b', [2, 3]))
t('add kind', lambda: A('b', [1]) + A('B', [2]))
t('add list', lambda: A('b', [1]) + [2])
t('radd list', lambda: [2] + A('b', [1]))
t('mul', lambda: (A('h', [1, 2]) * 2, 3 * A('h', [4]), A('h', [1]) * -1, A('h', [1]) * 0, A('h') * 5))
t('mul float', lambda: A('h', [1]) * 1.5)
t('mul str', lambda: 'x' * A('h', [1]))
t('mul huge', lambda: A('h', [1]) * 2**70)
t('mul index', lambda: A('h', [1]) * Idx(2))


class R:
    def __rmul__(self, o):
        return 'rmul'

    def __radd__(self, o):
        return 'radd'


t('mul rmul', lambda: A('h', [1]) * R())
t('add radd', lambda: A('h', [1]) + R())


def iops():
    x = A('d', [1.0])
    y = x
    x += A('d', [2.0])
    x *= 2
    x += x
    z = A('d', [1.0])
    z *= R()
    w = A('d', [1.0])
    w += R()
    return x, y is x, z, w


t('inplace', iops)


def iop_err(op):
    x = A('i', [1])
    if op == 0:
        x += [1]
    elif op == 1:
        x += A('d')
    elif op == 2:
        x *= 'x'
    return x


for k in range(3):
    t('inplace err %d' % k, lambda: iop_err(k))

# --- comparisons
nan = float('nan')
pairs = [(A('i', [1, 2]), A('i', [1, 2])), (A('i', [1, 2]), A('i', [1, 3])), (A('i', [1, 2]), A('i', [1])),
         (A('i', [1, 2]), A('d', [1.0, 2.0])), (A('i', [1, 2]), A('d', [1.0, 2.5])), (A('d', [nan]), A('d', [nan])),
         (A('d', [0.0]), A('d', [-0.0])), (A('u', 'ab'), A('u', 'b')), (A('Q', [2**64 - 1]), A('q', [-1])),
         (A('B', [1]), A('b', [1])), (A('i'), A('i')), (A('f', [0.1]), A('d', [0.1]))]
for x, y in pairs:
    print(repr(x), repr(y), x == y, x != y, x < y, x <= y, x > y, x >= y)
t('lt str', lambda: A('i', [1]) < A('u', 'a'))
t('eq str', lambda: A('i', [1]) == A('u', 'a'))
t('eq list', lambda: A('i', [1]) == [1])
t('lt list', lambda: A('i', [1]) < [1])
t('hash', lambda: hash(A('i')))
t('bool', lambda: (bool(A('i')), bool(A('i', [0]))))
t('in', lambda: (2 in A('i', [1, 2]), 2.0 in A('i', [1, 2]), 'a' in A('u', 'ab'), nan in A('d', [nan]), None in A('i', [1])))

# --- methods
a = A('i', [3, 1, 2])
a.append(5)
a.append(True)
a.insert(0, 9)
a.insert(-1, 8)
a.insert(-100, 7)
a.insert(100, 6)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
t('pop empty', lambda: A('i').pop())
t('pop out', lambda: A('i', [1]).pop(1))
t('pop huge', lambda: A('i', [1]).pop(2**70))
t('pop float', lambda: A('i', [1]).pop(0.0))
t('insert bad', lambda: A('i', [1]).insert(0, 'x'))
t('insert huge', lambda: A('i', [1]).insert(2**70, 1))
t('append none', lambda: A('d').append(None))
a = A('i', [1, 2, 1, 3, 1])
print(a.count(1), a.count(1.0), a.count('1'), a.index(1), a.index(1, 1), a.index(1, -2), a.index(3, 0, 4))
t('index missing', lambda: a.index(3, 0, 3))
t('index bounds', lambda: (a.index(1, -100), a.index(1, 4, 2**70), a.index(1, Idx(1))))
t('index bad bound', lambda: a.index(1, 'x'))
t('index None bound', lambda: a.index(1, None))
a.remove(1)
print(a)
t('remove missing', lambda: a.remove(9))
a.reverse()
print(a, a.tolist(), a.tobytes())
b = A('h', [1, 256, -2])
b.byteswap()
print(b)
t('byteswap arg', lambda: b.byteswap(1))
e = A('i')
t('extend partial', lambda: (e.extend([1, 2, 'x']), e)[1])
print(e)
f = A('i', [0])
t('fromlist atomic', lambda: f.fromlist([1, 2, 'x']))
print(f)
t('fromlist tuple', lambda: f.fromlist((1,)))
f.fromlist([4, 5])
print(f)
t('extend kind', lambda: f.extend(A('d')))
t('extend int', lambda: f.extend(5))
t('extend kw', lambda: f.extend(bb=[1]))
g = A('i', [1, 2])
g.extend(g)
g += g
print(g)
t('frombytes', lambda: (A('h').frombytes(b'\x01\x00\x02\x00'), None)[1])
t('frombytes odd', lambda: A('h').frombytes(b'\x01'))
t('frombytes str', lambda: A('h').frombytes('ab'))
t('frombytes wide', lambda: A('b').frombytes(A('h', [1])))
t('frombytes mv', lambda: A('b').frombytes(memoryview(b'ab').cast('h')))
h = A('B', b'ab')
t('frombytes self', lambda: h.frombytes(h))
h2 = A('B')
h2.frombytes(h2)
h2.frombytes(A('b', [1, -1]))
print(h2)
u = A('u', 'ab')
u.fromunicode('cé')
print(u, u.tounicode(), u.tolist(), list(u), u[1], repr(A('u', 'a\n\'"')))
t('fromunicode kind', lambda: A('i').fromunicode('x'))
t('fromunicode type', lambda: A('u').fromunicode(b'x'))
t('fromunicode type i', lambda: A('i').fromunicode(1))
t('tounicode kind', lambda: A('i').tounicode())
bad = A('u')
bad.frombytes(b'\x00\x00\x11\x00')
t('bad char item', lambda: bad[0])
t('bad char text', lambda: bad.tounicode())
t('bad char repr', lambda: repr(bad))
t('bad char list', lambda: bad.tolist())
t('bad char iter', lambda: list(bad))
print(A('f', [0.1, 1e300, -1e300, 3.4028235e38]), A('d', [1e300 * 10, -0.0, 0.1]))

# --- files
bio = io.BytesIO()
A('i', range(5)).tofile(bio)
A('i').tofile(bio)
print(bio.getvalue())
bio.seek(0)
c = A('i')
c.fromfile(bio, 2)
print(c)
t('fromfile short', lambda: c.fromfile(bio, 5))
print(c)
t('fromfile odd', lambda: c.fromfile(io.BytesIO(b'\x01\x00\x00\x00\x02'), 2))
t('fromfile negative', lambda: c.fromfile(bio, -1))
t('fromfile count type', lambda: c.fromfile(bio, 'x'))


class Reader:
    def read(self, n):
        print('read', n)
        return 'text'


class Writer:
    def __init__(self):
        self.sizes = []

    def write(self, b):
        self.sizes.append((type(b).__name__, len(b)))


t('fromfile str', lambda: c.fromfile(Reader(), 1))
w = Writer()
A('d', range(20000)).tofile(w)
print(w.sizes)
t('tofile no write', lambda: A('i', [1]).tofile(5))
t('tofile empty', lambda: A('i').tofile(5))

# --- memoryview exports
m_arr = A('i', [1, 2, 3])
m = memoryview(m_arr)
print(m.format, m.itemsize, m.shape, m.nbytes, m.obj is m_arr, m.readonly, m.tolist(), m[1], m[-1])
m[0] = 70
print(m_arr, bytes(m_arr)[:4])
for label, f in [('append', lambda: m_arr.append(1)), ('pop', lambda: m_arr.pop()),
                 ('extend empty', lambda: m_arr.extend([])), ('extend', lambda: m_arr.extend([1])),
                 ('imul 1', lambda: m_arr.__imul__(1)), ('imul 0', lambda: m_arr.__imul__(0)),
                 ('iadd empty', lambda: m_arr.__iadd__(A('i'))), ('set slice same', lambda: setter(m_arr, slice(0, 1), A('i', [5]))),
                 ('set slice grow', lambda: setter(m_arr, slice(0, 1), A('i', [5, 6]))),
                 ('del empty slice', lambda: deleter(m_arr, slice(0, 0))),
                 ('set empty slice', lambda: setter(m_arr, slice(1, 1), A('i'))),
                 ('insert bad', lambda: m_arr.insert(0, 'x')), ('remove', lambda: m_arr.remove(5)),
                 ('fromlist empty', lambda: m_arr.fromlist([])), ('fromlist', lambda: m_arr.fromlist([1])),
                 ('frombytes', lambda: m_arr.frombytes(b'\x00' * 4)), ('reverse', lambda: m_arr.reverse()),
                 ('byteswap', lambda: m_arr.byteswap()), ('set item', lambda: setter(m_arr, 0, 1))]:
    t('export ' + label, f)
print(m.tolist())
m.release()
m_arr.append(9)
print(m_arr)
with memoryview(m_arr) as m2:
    t('export with', lambda: m_arr.pop())
t('after with', lambda: m_arr.pop())
mu = memoryview(A('u', 'ab'))
print(mu.format, mu.itemsize, mu.nbytes)
t('mv u item', lambda: mu[0])
t('bytes(array)', lambda: (bytes(A('h', [1, 2])), bytearray(A('b', [-1])), b''.join([A('B', b'x')])))

# --- pickles and copies
for tc, init in (('i', [1, -2]), ('d', [0.5]), ('u', 'hé'), ('Q', [2**64 - 1]), ('b', [])):
    x = A(tc, init)
    for proto in range(5):
        y = pickle.loads(pickle.dumps(x, proto))
        assert y == x and type(y) is A, (tc, proto)
    print(tc, x.__reduce_ex__(2), x.__reduce_ex__(4), pickle.dumps(x, 2) == pickle.dumps(x, 2))
print(pickle.dumps(A('d', [1.5]), 2))
print(pickle.dumps(A('d', [1.5]), 4))
t('reduce_ex type', lambda: A('i').__reduce_ex__('x'))
t('reduce_ex none', lambda: A('i').__reduce_ex__())
x = A('i', [1, 2])
y = copy.copy(x)
z = copy.deepcopy(x)
y[0] = 9
print(x, y, z, y is x, z is x)
r = array._array_reconstructor
for args in [(A, 'i', 8, b'\x01\x00\x00\x00'), (A, 'i', 9, b'\x01\x00\x00\x00'), (A, 'd', 9, b'\x01\x00\x00\x00'),
             (A, 'b', 6, b'\x01\x00\x00\x00'), (A, 'l', 13, b'\x00' * 7 + b'\x05'), (A, 'L', 11, b'\xff' * 8),
             (A, 'h', 5, b'\xff\xfe'), (A, 'i', 16, b'\x00' * 8), (A, 'd', 17, b'?\xf8' + b'\x00' * 6),
             (A, 'u', 18, 'ab'.encode('utf-16-le')), (A, 'u', 19, b'\xd8\x00'), (A, 'u', 21, 'ab'.encode('utf-32-be')),
             (A, 'u', 19, 'x'.encode('utf-16-be') * 2), (A, 'i', 18, 'ab'.encode('utf-16-le')),
             (A, 'f', 15, b'\x3f\x80\x00\x00'), (A, 'f', 15, b'\x3f\x80\x00'), (A, 'f', 14, b'\x3f\x80\x00'),
             (A, 'i', 22, b''), (A, 'i', -1, b''), (A, 'x', 1, b''), (A, 'ab', 1, b''), (A, 1, 1, b''),
             (A, 'i', 'a', b''), (A, 'i', 2**40, b''), (A, 'i', 8, bytearray()), (int, 'i', 8, b''),
             (1, 'i', 8, b''), (A, 'i', 8)]:
    t('reconstruct %r' % (args[1:3],), lambda: r(*args))

# --- iterators
a = A('i', [1, 2, 3])
it = iter(a)
print(next(it), it.__reduce__())
a.append(4)
print(list(it), it.__reduce__())
a.append(5)
print(list(it))
it = iter(a)
it.__setstate__(3)
print(next(it))
it.__setstate__(-5)
print(next(it))
it.__setstate__(100)
print(list(it))
t('setstate bad', lambda: iter(a).__setstate__('x'))
it2 = iter(A('i', [1, 2]))
p = pickle.loads(pickle.dumps(it2))
print(list(p), list(reversed(A('i', [1, 2, 3]))), sorted(A('d', [2.5, 1.0])), sum(A('b', [1, 2])))
grow = A('i', [1])
for v in grow:
    if len(grow) < 5:
        grow.append(v + 1)
print(grow)
shrink = A('i', range(6))
seen = []
for v in shrink:
    seen.append(v)
    if v == 1:
        del shrink[2:]
print(seen, shrink)


# --- Python code that changes the array while it works
class Shrinker:
    def __init__(self, arr, v):
        self.arr, self.v = arr, v

    def __index__(self):
        del self.arr[:]
        return self.v

    def __eq__(self, other):
        del self.arr[:]
        return False


victim = A('i', [1, 2, 3])
t('count shrinking', lambda: victim.count(Shrinker(victim, 0)))
victim = A('i', [1, 2, 3])
t('index shrinking', lambda: victim.index(Shrinker(victim, 0)))
victim = A('i', [1, 2, 3])
t('contains shrinking', lambda: Shrinker(victim, 0) in victim)
victim = A('i', [1, 2, 3])
t('remove shrinking', lambda: victim.remove(Shrinker(victim, 0)))
lst = [1, 2, 3]


class ListShrinker:
    def __index__(self):
        del lst[1:]
        return 0


lst[0] = ListShrinker()
t('init list shrunk', lambda: A('i', lst))
lst2 = [ListShrinker(), 2, 3]
lst = lst2
t('fromlist shrunk', lambda: A('i').fromlist(lst2))

# --- subclasses
class Sub(A):
    pass


class WithInit(A):
    def __init__(self, tc, init=None, extra=0):
        self.extra = extra


s = Sub('i', [1, 2])
s.attr = 'x'
print(repr(s), repr(Sub('u', 'ab')), repr(Sub('d')), type(s[:]), type(s + s), type(s * 2), type(copy.copy(s)))
print(s.__reduce_ex__(3), s.__reduce_ex__(1))
print(pickle.loads(pickle.dumps(s)).attr, type(pickle.loads(pickle.dumps(s, 0))))
w = WithInit('d', [1.0], extra=5)
print(repr(w), w.extra)
t('sub kw', lambda: Sub('i', x=1))
t('sub 3 args', lambda: Sub('i', [], 1))
t('new not sub', lambda: A.__new__(int, 'i'))
t('new sub', lambda: A.__new__(Sub, 'i', [7]))
t('reconstruct sub', lambda: r(Sub, 'i', 8, b'\x02\x00\x00\x00'))
t('reconstruct not sub', lambda: r(int, 'i', 8, b''))


class Shout(A):
    def __getitem__(self, i):
        return A.__getitem__(self, i) * 10

    def __len__(self):
        return 99


sh = Shout('i', [1, 2])
print(sh[1], len(sh), list(sh), sh.tolist())
t('descriptor', lambda: A.append(5, 1))
t('unbound', lambda: A.append())
t('append args', lambda: A('i').append())
t('insert args', lambda: A('i').insert(1))
t('pop args', lambda: A('i').pop(1, 2))
t('pop kw', lambda: A('i', [1]).pop(i=0))
t('index args', lambda: A('i').index())
t('fromfile args', lambda: A('i').fromfile(1))
t('not callable', lambda: A('i')())
t('no attr', lambda: A('i').x)
t('class subscript', lambda: A[int])
