"""Efficient arrays of numeric values (pyx; written from the ``array``
docs).

Items are kept as Python values in a list, checked and converted on the
way in exactly as CPython's typed storage would (range checks, float
rounding for 'f'); ``tobytes``/``frombytes`` use ``struct``.  Known gap:
memory per item is that of a list slot, not the typecode's item size (a
native, compact array is still to come).  ``buffer_info`` is absent on
purpose (it would show a host address).
"""

import struct as _struct

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
          'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_INT_RANGES = {
    'b': (-128, 127, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': (0, 255, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'),
    'h': (-32768, 32767, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'),
    'H': (0, 65535, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
    'i': (-2**31, 2**31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
    'I': (0, 2**32 - 1, None, 'unsigned int is greater than maximum'),
    'l': (-2**63, 2**63 - 1, 'int too big to convert', 'int too big to convert'),
    'L': (0, 2**64 - 1, None, 'int too big to convert'),
    'q': (-2**63, 2**63 - 1, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 2**64 - 1, None, 'int too big to convert'),
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
    lo, hi, lo_msg, hi_msg = _INT_RANGES[tc]
    if i < lo:
        if lo_msg is None:
            raise OverflowError("can't convert negative int to unsigned" if tc in 'LQ' else
                                'unsigned int is less than minimum')
        raise OverflowError(lo_msg)
    if i > hi:
        raise OverflowError(hi_msg)
    return i


class array:
    """array(typecode [, initializer]) -> array"""

    __slots__ = ('_tc', '_items', '__weakref__')

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError('cannot use a str to initialize an array with typecode %r' % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if typecode == 'u' and initializer._tc != 'u' or typecode != 'u' and initializer._tc == 'u':
                raise TypeError('cannot use a unicode array to initialize an array with typecode %r' % typecode)
            self.extend(list(initializer))
        else:
            self.extend(initializer)
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

    # --- sequence protocol
    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if type(i) is int:
            # The common case (bisect, loops) without the checks below.
            try:
                return self._items[i]
            except IndexError:
                raise IndexError('array index out of range') from None
        if isinstance(i, slice):
            new = array(self._tc)
            new._items = self._items[i]
            return new
        try:
            return self._items[_index(i)]
        except IndexError:
            raise IndexError('array index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if not self._same(v):
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = list(v._items)
            return
        try:
            i = _index(i)
        except TypeError:
            raise TypeError('array indices must be integers') from None
        v = _item(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        try:
            del self._items[_index(i)]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    # --- operators
    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if not self._same(other):
            raise TypeError('bad argument type for built-in operation')
        new = array(self._tc)
        new._items = self._items + other._items
        return new

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if not self._same(other):
            raise TypeError('bad argument type for built-in operation')
        self._items += other._items
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__') or isinstance(n, float):
            return NotImplemented
        new = array(self._tc)
        new._items = self._items * _index(n)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__') or isinstance(n, float):
            return NotImplemented
        self._items *= _index(n)
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

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
        if not self._items:
            return 'array(%r)' % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, ''.join(self._items))
        return 'array(%r, %r)' % (self._tc, self._items)

    def __copy__(self):
        new = array(self._tc)
        new._items = list(self._items)
        return new

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (array, (self._tc, list(self._items)))

    # --- methods
    def append(self, v):
        self._items.append(_item(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if not self._same(iterable):
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        tc = self._tc
        self._items.extend([_item(tc, v) for v in iterable])

    def insert(self, i, v):
        self._items.insert(_index(i), _item(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(_index(i))
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        start = _index(start)
        stop = n if stop is None else _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == v:
                return i
        raise ValueError('array.index(x): x not in array')

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        tc = self._tc
        self._items.extend([_item(tc, v) for v in lst])

    def _fmt(self, n):
        return '<%d%s' % (n, {'u': 'I', 'l': 'q', 'L': 'Q'}.get(self._tc, self._tc))

    def tobytes(self):
        items = self._items
        if self._tc == 'u':
            items = [ord(c) for c in items]
        return _struct.pack(self._fmt(len(items)), *items)

    def frombytes(self, buffer):
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        buffer = bytes(buffer)
        size = _SIZES[self._tc]
        if len(buffer) % size:
            raise ValueError('bytes length not a multiple of item size')
        vals = _struct.unpack(self._fmt(len(buffer) // size), buffer)
        if self._tc == 'u':
            vals = [chr(v) for v in vals]
        self._items.extend(vals)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        if not isinstance(s, str):
            raise TypeError('fromunicode() argument must be str, not %s' % type(s).__name__)
        self._items.extend(s)

    def byteswap(self):
        size = _SIZES[self._tc]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

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
