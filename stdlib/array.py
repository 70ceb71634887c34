"""Efficient arrays of numeric values (pyx; written from the ``array``
docs).

Items are kept as machine values in a bytearray (the typecode's item size
each), checked on the way in as CPython's typed storage is (range checks,
float rounding for 'f'), and read and written through a memoryview of it.
An array exports that bytearray (``__buffer__``): ``memoryview(a)`` sees and
changes the items in place, and while such a view is alive the array
cannot change size (BufferError).  ``buffer_info`` is absent on purpose (it
would show a host address).
"""

import struct as _struct

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
          'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
# How CPython 3.11's array stores an int, as a chain of range checks, each
# with its message: the C conversion it parses the item with first (a C
# long for most; the small types then go through a short or an int), then
# the typecode's own range.
_LONG = (-2**63, 2**63 - 1, 'Python int too large to convert to C long',
         'Python int too large to convert to C long')
_SHORT = (-2**15, 2**15 - 1, 'signed short integer is less than minimum',
          'signed short integer is greater than maximum')
_INT = (-2**31, 2**31 - 1, 'signed integer is less than minimum',
        'signed integer is greater than maximum')
_ULONG = (0, 2**64 - 1, "can't convert negative value to unsigned int",
          'Python int too large to convert to C unsigned long')
_INT_CHECKS = {
    'b': (_LONG, _SHORT, (-128, 127, 'signed char is less than minimum',
                          'signed char is greater than maximum')),
    'B': (_LONG, (0, 255, 'unsigned byte integer is less than minimum',
                  'unsigned byte integer is greater than maximum')),
    'h': (_LONG, _SHORT),
    'H': (_LONG, _INT, (0, 2**16 - 1, 'unsigned short is less than minimum',
                        'unsigned short is greater than maximum')),
    'i': (_LONG, _INT),
    'I': (_ULONG, (0, 2**32 - 1, None, 'unsigned int is greater than maximum')),
    'l': (_LONG,),
    'L': (_ULONG,),
    'q': ((-2**63, 2**63 - 1, 'int too big to convert', 'int too big to convert'),),
    'Q': ((0, 2**64 - 1, "can't convert negative int to unsigned", 'int too big to convert'),),
}


def _index(x):
    if isinstance(x, float) or not hasattr(type(x), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)
    return type(x).__index__(x)


def _item(tc, v):
    """`v` as the array with typecode `tc` stores it."""
    if tc in 'fd':
        if isinstance(v, float):
            f = v
        elif isinstance(v, int) or hasattr(type(v), '__float__') or hasattr(type(v), '__index__'):
            f = float(v)
        else:
            raise TypeError('must be real number, not %s' % type(v).__name__)
        if tc == 'f':
            f = _struct.unpack('f', _struct.pack('f', f))[0] if f == f and abs(f) < 3.4028235677973366e38 else (
                f if f != f else float('inf') if f > 0 else float('-inf'))
        return f
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    i = _index(v)
    for lo, hi, lo_msg, hi_msg in _INT_CHECKS[tc]:
        if i < lo:
            raise OverflowError(lo_msg)
        if i > hi:
            raise OverflowError(hi_msg)
    return i


_NONE = object()

# The format of the view an array reads and writes its items through
# ('u' items are code points stored as 4-byte ints) and the format it
# exports to memoryview (CPython shows 'w' for wchar_t).
_VFMT = {tc: tc for tc in 'bBhHiIlLqQfd'}
_VFMT['u'] = 'I'
_XFMT = dict(_VFMT, u='w')


def _cast(b, fmt):
    """A view of bytearray `b` with format `fmt`. The intermediate byte view
    is released at once: a live view would lock `b`'s size until collected."""
    m = memoryview(b)
    try:
        return m.cast(fmt)
    finally:
        m.release()


def _resize_error():
    return BufferError('cannot resize an array that is exporting buffers')


class array:
    """array(typecode [, initializer]) -> array"""

    __slots__ = ('_tc', '_b', '_v', '__weakref__')

    def __new__(cls, typecode, initializer=_NONE, /, **kwargs):
        if kwargs and cls is array:
            raise TypeError('array.array() takes no keyword arguments')
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._b = bytearray()
        self._view()
        if initializer is _NONE:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r' % typecode)
            self.fromunicode(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode == 'u' and initializer._tc != 'u' or typecode != 'u' and initializer._tc == 'u':
                raise TypeError('cannot use a unicode array to initialize an array with typecode %r' % typecode)
            self.extend(initializer.tolist())
        elif isinstance(initializer, (list, tuple)) or hasattr(type(initializer), '__iter__'):
            self.extend(initializer)
        else:
            raise TypeError('cannot use a %s to initialize an array with typecode %r'
                            % (type(initializer).__name__, typecode))
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def _same(self, other):
        return isinstance(other, array) and other._tc == self._tc

    # --- storage: the items' bytes in a bytearray, read and written through
    # a view of it; a memoryview of the array is a view of the same bytes,
    # so while one is alive the array cannot change size.
    def _view(self):
        self._v = _cast(self._b, _VFMT[self._tc])

    def _grow(self, data):
        """Append the bytes `data`."""
        if not data:
            return
        self._v.release()
        try:
            self._b += data
        except BufferError:
            raise _resize_error() from None
        finally:
            self._view()

    def _reset(self, data):
        """Replace the bytes with `data`."""
        if len(data) == len(self._b):
            m = self._v.cast('B')
            m[:] = data
            m.release()
            return
        self._v.release()
        try:
            self._b[:] = data
        except BufferError:
            raise _resize_error() from None
        finally:
            self._view()

    def _pack(self, values):
        """The bytes of checked item values."""
        buf = bytearray(len(values) * _SIZES[self._tc])
        if values:
            v = _cast(buf, _VFMT[self._tc])
            if self._tc == 'u':
                values = [ord(c) for c in values]
            for i, x in enumerate(values):
                v[i] = x
            v.release()
        return buf

    def _values(self):
        vals = self._v.tolist()
        if self._tc == 'u':
            return [chr(x) for x in vals]
        return vals

    def __buffer__(self, flags):
        return _cast(self._b, _XFMT[self._tc])

    # --- sequence protocol
    def __len__(self):
        return len(self._v)

    def __iter__(self):
        return arrayiterator(self)

    def __reversed__(self):
        return reversed(self._values())

    def __contains__(self, v):
        return v in self._values()

    def __getitem__(self, i):
        if type(i) is int and self._tc != 'u':
            try:
                return self._v[i]
            except IndexError:
                raise IndexError('array index out of range') from None
        if isinstance(i, slice):
            new = array(self._tc)
            sv = self._v[i]
            new._grow(sv.tobytes())
            sv.release()
            return new
        if type(i) is not int:
            try:
                i = _index(i)
            except TypeError:
                raise TypeError('array indices must be integers') from None
        try:
            x = self._v[i]
        except IndexError:
            raise IndexError('array index out of range') from None
        return chr(x) if self._tc == 'u' else x

    def __setitem__(self, i, v):
        if type(i) is int and (type(v) is float and self._tc in 'fd'
                               or type(v) is int and self._tc not in 'ufd'):
            # The view checks the range of an int and stores a float as
            # the typecode does; only the errors' wording differs.
            try:
                self._v[i] = v
                return
            except IndexError:
                raise IndexError('array assignment index out of range') from None
            except (ValueError, OverflowError):
                pass
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if not self._same(v):
                raise TypeError('bad argument type for built-in operation')
            vals = self._values()
            vals[i] = v._values()
            self._reset(self._pack(vals))
            return
        try:
            i = _index(i)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        x = _item(self._tc, v)
        try:
            self._v[i] = ord(x) if self._tc == 'u' else x
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            vals = self._values()
            del vals[i]
            self._reset(self._pack(vals))
            return
        n = len(self)
        j = _index(i)
        if j < 0:
            j += n
        if not 0 <= j < n:
            raise IndexError('array assignment index out of range')
        self._cut(j)

    def _cut(self, j):
        size = _SIZES[self._tc]
        b = self._b
        self._reset(bytes(b[:j * size]) + bytes(b[(j + 1) * size:]))

    # --- operators
    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if not self._same(other):
            raise TypeError('bad argument type for built-in operation')
        new = array(self._tc)
        new._grow(bytes(self._b) + bytes(other._b))
        return new

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if not self._same(other):
            raise TypeError('bad argument type for built-in operation')
        self._grow(bytes(other._b))
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__') or isinstance(n, float):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        new = array(self._tc)
        new._grow(bytes(self._b) * _index(n))
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__') or isinstance(n, float):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        n = _index(n)
        if n <= 0:
            self._reset(b'')
        else:
            self._grow(bytes(self._b) * (n - 1))
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        a, b = self._values(), other._values()
        # Item by item with ==, as CPython does: no identity shortcut, so
        # arrays holding a NaN are unequal.
        for x, y in zip(a, b):
            if not x == y:
                return op(x, y)
        return op(len(a), len(b))

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        vals = self._values()
        if not vals:
            return 'array(%r)' % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, ''.join(vals))
        return 'array(%r, %r)' % (self._tc, vals)

    def __copy__(self):
        new = array(self._tc)
        new._grow(bytes(self._b))
        return new

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        state = getattr(self, '__dict__', None) or None
        if not isinstance(protocol, int) or protocol < 3:
            return (type(self), (self._tc, self._values()), state)
        return (_array_reconstructor, (type(self), self._tc, _MACHINE_CODES[self._tc], self.tobytes()), state)

    # --- methods
    def append(self, v):
        self._grow(self._pack([_item(self._tc, v)]))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if not self._same(iterable):
                raise TypeError('can only extend with array of same kind')
            self._grow(bytes(iterable._b))
            return
        tc = self._tc
        self._grow(self._pack([_item(tc, v) for v in iterable]))

    def insert(self, i, v):
        i = _index(i)
        data = self._pack([_item(self._tc, v)])
        n = len(self)
        if i < 0:
            i = max(i + n, 0)
        i = min(i, n)
        size = _SIZES[self._tc]
        b = self._b
        self._reset(bytes(b[:i * size]) + bytes(data) + bytes(b[i * size:]))

    def pop(self, i=-1):
        n = len(self)
        if not n:
            raise IndexError('pop from empty array')
        j = _index(i)
        if j < 0:
            j += n
        if not 0 <= j < n:
            raise IndexError('pop index out of range')
        x = self[j]
        self._cut(j)
        return x

    def remove(self, v):
        for i, x in enumerate(self._values()):
            if x == v:
                self._cut(i)
                return
        raise ValueError('array.remove(x): x not in array')

    def index(self, v, start=0, stop=None):
        vals = self._values()
        n = len(vals)
        start = _index(start)
        stop = n if stop is None else _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if vals[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return self._values().count(v)

    def reverse(self):
        vals = self._values()
        vals.reverse()
        self._reset(self._pack(vals))

    def tolist(self):
        return self._values()

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        tc = self._tc
        self._grow(self._pack([_item(tc, v) for v in lst]))

    def tobytes(self):
        return bytes(self._b)

    def frombytes(self, buffer):
        if isinstance(buffer, array):
            buffer = buffer.tobytes()
        elif not isinstance(buffer, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)
        buffer = bytes(buffer)
        if len(buffer) % _SIZES[self._tc]:
            raise ValueError('bytes length not a multiple of item size')
        self._grow(buffer)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._values())

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        self._grow(self._pack(list(s)))

    def byteswap(self):
        size = _SIZES[self._tc]
        if size == 1:
            return
        data = bytes(self._b)
        self._reset(b''.join(data[i:i + size][::-1] for i in range(0, len(data), size)))

    def fromfile(self, f, n):
        n = _index(n)
        if n < 0:
            raise ValueError('negative count')
        size = _SIZES[self._tc]
        data = f.read(n * size)
        usable = len(data) - len(data) % size
        self.frombytes(data[:usable])
        if len(data) < n * size:
            raise EOFError('read() didn\'t return enough bytes')

    def tofile(self, f):
        f.write(self.tobytes())


array.__module__ = 'array'
ArrayType = array


class arrayiterator:
    """Iterator over an array: sees items appended before it is exhausted."""

    __slots__ = ('_a', '_i')

    def __init__(self, a):
        self._a, self._i = a, 0

    def __iter__(self):
        return self

    def __next__(self):
        a = self._a
        if a is not None:
            i = self._i
            if i < len(a):
                self._i = i + 1
                return a[i]
            self._a = None
        raise StopIteration

    def __reduce__(self):
        if self._a is None:
            return (iter, ((),))
        return (iter, (self._a,), self._i)

    def __setstate__(self, index):
        if self._a is not None:
            self._i = min(max(index, 0), len(self._a))


arrayiterator.__module__ = 'array'

# The machine format code of each typecode on pyx's platform (little-endian,
# 64-bit longs): what pickles written with protocol 3 and later record.
_MACHINE_CODES = {'b': 1, 'B': 0, 'h': 4, 'H': 2, 'i': 8, 'I': 6, 'l': 12,
                  'L': 10, 'q': 12, 'Q': 10, 'f': 14, 'd': 16, 'u': 20}


# Machine formats of pickled arrays (the numbers CPython's array module
# uses in its pickles): code -> (struct format char and byte order, or a
# text encoding for 'u').
_MACHINE_FORMATS = {
    0: '<B', 1: '<b', 2: '<H', 3: '>H', 4: '<h', 5: '>h',
    6: '<I', 7: '>I', 8: '<i', 9: '>i', 10: '<Q', 11: '>Q', 12: '<q', 13: '>q',
    14: '<f', 15: '>f', 16: '<d', 17: '>d',
    18: 'utf-16-le', 19: 'utf-16-be', 20: 'utf-32-le', 21: 'utf-32-be',
}


def _array_reconstructor(arraytype, typecode, mformat_code, items):
    """Rebuild an array from its machine-independent pickle: ITEMS are the
    bytes of the values in the machine format MFORMAT_CODE."""
    if not isinstance(arraytype, type):
        raise TypeError("first argument must be a type object, not %s" % type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError("%s is not a subtype of array.array" % arraytype.__name__)
    if not isinstance(typecode, str):
        raise TypeError("second argument must be a valid type code")
    if not isinstance(mformat_code, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(mformat_code).__name__)
    if not isinstance(items, bytes):
        raise TypeError("fourth argument should be bytes, not %s" % type(items).__name__)
    if typecode not in typecodes:
        raise ValueError("second argument must be a valid type code")
    fmt = _MACHINE_FORMATS.get(mformat_code)
    if fmt is None:
        raise ValueError("third argument must be a valid machine format code.")
    if fmt.startswith('utf'):
        return arraytype(typecode, items.decode(fmt))
    size = _struct.calcsize(fmt)
    if len(items) % size:
        raise ValueError("bytes length not a multiple of item size")
    values = _struct.unpack('%s%d%s' % (fmt[0], len(items) // size, fmt[1]), items)
    return arraytype(typecode, values)


def _register():
    try:
        from collections.abc import MutableSequence
    except ImportError:
        return
    MutableSequence.register(array)


_register()
