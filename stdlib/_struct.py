"""Packing values into bytes and back (the engine of `struct`), in Python.

A format is an optional byte-order character (`@` native with alignment,
`=` native without, `<` little-endian, `>` and `!` big-endian) then codes
with optional repeat counts: `x` pad byte, `c` bytes of length 1,
`b B h H i I l L q Q n N P` integers, `?` bool, `e f d` IEEE floats,
`s` bytes, `p` Pascal string. Native sizes are those of a 64-bit Linux.
"""

import math as _math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


# code -> (native size, standard size or None when not allowed there,
#          signed)
_INTS = {
    "b": (1, 1, True), "B": (1, 1, False),
    "h": (2, 2, True), "H": (2, 2, False),
    "i": (4, 4, True), "I": (4, 4, False),
    "l": (8, 4, True), "L": (8, 4, False),
    "q": (8, 8, True), "Q": (8, 8, False),
    "n": (8, None, True), "N": (8, None, False),
    "P": (8, None, False),
}
# code -> (size, exponent bits, mantissa bits)
_FLOATS = {"e": (2, 5, 10), "f": (4, 8, 23), "d": (8, 11, 52)}
_NATIVE_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}


_MAX_SIZE = (1 << 63) - 1


def _parse(fmt, sizes_only=False):
    """The byte order ('<' or '>'), whether native sizes and alignment
    apply, a list of (code, count, offset, size) items, and the size
    (SIZES_ONLY: no items, so a huge repeat count costs nothing)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    if "\0" in fmt:
        raise error("embedded null character")
    order, native = "<", True
    i = 0
    if fmt and fmt[0] in "@=<>!":
        c = fmt[0]
        native = c == "@"
        order = ">" if c in ">!" else "<"
        i = 1
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            if j >= n:
                raise error("repeat count given without format specifier")
            i = j
            c = fmt[i]
        i += 1
        if c in _INTS:
            nsize, ssize, _ = _INTS[c]
            if not native and ssize is None:
                raise error("bad char in struct format")
            size = nsize if native else ssize
        elif c in _FLOATS:
            size = _FLOATS[c][0]
        elif c in "xcs?p":
            size = 1
        else:
            raise error("bad char in struct format")
        if native and size > 1 and c not in "sp":
            offset = (offset + size - 1) // size * size
        reps = 1 if count is None else count
        if offset + reps * size > _MAX_SIZE:
            raise error("total struct size too long")
        if sizes_only:
            offset += reps * size
        elif c in "sp":
            items.append((c, reps, offset, reps))
            offset += reps
        elif c == "x":
            # Pad bytes carry no value: one item covers them all.
            if reps:
                items.append((c, reps, offset, reps))
            offset += reps
        else:
            for _ in range(reps):
                items.append((c, 1, offset, size))
                offset += size
    return order, native, items, offset


def _int_arg(code, v):
    if not isinstance(v, int):
        index = getattr(type(v), "__index__", None)
        if index is None:
            raise error("required argument is not an integer")
        v = index(v)
    return v


def _pack_int(code, v, size, order):
    v = _int_arg(code, v)
    signed = _INTS[code][2]
    lo = -(1 << (8 * size - 1)) if signed else 0
    hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
    if not lo <= v <= hi:
        # CPython's wording differs by code and size.
        if code in _NATIVE_NAMES:
            raise error("%s format requires %d <= number <= %d"
                        % (_NATIVE_NAMES[code], lo, hi))
        if signed and size == 4:
            raise error("'%s' format requires %d <= number <= %d"
                        % (code, lo, hi))
        raise error("argument out of range")
    return v.to_bytes(size, "little" if order == "<" else "big", signed=signed)


def _float_bits(x, ebits, mbits, code):
    top = (1 << ebits) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    if x != x:
        return (sign << (ebits + mbits)) | (top << mbits) | (1 << (mbits - 1))
    x = abs(x)
    if x == _math.inf:
        return (sign << (ebits + mbits)) | (top << mbits)
    bias = (1 << (ebits - 1)) - 1
    if x == 0.0:
        field = 0
    else:
        m, e = _math.frexp(x)
        exp = e - 1 + bias
        if exp <= 0:
            # Subnormal: the value is mant * 2**(1 - bias - mbits).
            field = round(_math.ldexp(x, bias + mbits - 1))
        else:
            # Rounding may carry into the exponent; adding keeps that right.
            field = (exp << mbits) + round(_math.ldexp(m * 2.0 - 1.0, mbits))
        if field >> mbits >= top:
            raise OverflowError("float too large to pack with %s format" % code)
    return (sign << (ebits + mbits)) | field


def _bits_float(bits, ebits, mbits):
    top = (1 << ebits) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    exp = (bits >> mbits) & top
    mant = bits & ((1 << mbits) - 1)
    bias = (1 << (ebits - 1)) - 1
    if exp == top:
        return _math.copysign(_math.nan, sign) if mant else sign * _math.inf
    if exp == 0:
        return sign * _math.ldexp(mant, 1 - bias - mbits)
    return sign * _math.ldexp(mant + (1 << mbits), exp - bias - mbits)


def _pack_one(code, v, size, order):
    if code in _INTS:
        return _pack_int(code, v, size, order)
    if code in _FLOATS:
        if not isinstance(v, (int, float)):
            f = getattr(type(v), "__float__", None)
            if f is None:
                raise error("required argument is not a float")
            v = f(v)
        _, ebits, mbits = _FLOATS[code]
        bits = _float_bits(float(v), ebits, mbits, code)
        return bits.to_bytes(size, "little" if order == "<" else "big")
    if code == "?":
        return b"\x01" if v else b"\x00"
    if code == "c":
        if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(v)
    raise error("bad char in struct format")


class Struct:
    """A compiled format."""

    def __init__(self, format):
        self._order, self._native, self._items, self.size = _parse(format)
        self.format = format.decode("ascii") if isinstance(format, bytes) else format

    def _values(self):
        return sum(1 for c, _, _, _ in self._items if c != "x")

    def pack(self, *args):
        want = self._values()
        if len(args) != want:
            raise error("pack expected %d items for packing (got %d)"
                        % (want, len(args)))
        out = bytearray(self.size)
        it = iter(args)
        for code, count, offset, size in self._items:
            if code == "x":
                continue
            v = next(it)
            if code in "sp":
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == "s":
                    data = bytes(v[:count])
                else:
                    # The length byte saturates at 255; the bytes do not.
                    n = min(len(v), count - 1) if count else 0
                    data = (bytes([min(n, 255)]) + bytes(v[:n]))[:count]
                out[offset:offset + len(data)] = data
            else:
                out[offset:offset + size] = _pack_one(code, v, size, self._order)
        return bytes(out)

    def pack_into(self, buffer, offset, *args):
        try:
            view = memoryview(buffer)
        except TypeError:
            view = None
        if view is None or view.readonly:
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        buffer = view if view.format == "B" and view.ndim == 1 else view.cast("B")
        try:
            data = self.pack(*args)
            offset = _offset(offset)
            size, n = len(data), len(buffer)
            if offset < 0:
                if offset + size > 0:
                    raise error("no space to pack %d bytes at offset %d" % (size, offset))
                if offset + n < 0:
                    raise error("offset %d out of range for %d-byte buffer" % (offset, n))
                offset += n
            if n - offset < size:
                raise error("pack_into requires a buffer of at least %d bytes for "
                            "packing %d bytes at offset %d (actual buffer size is %d)"
                            % (offset + size, size, offset, n))
            buffer[offset:offset + size] = data
        finally:
            buffer.release()
            view.release()

    def unpack(self, buffer):
        buffer = _bytes_of(buffer)
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack(buffer, 0)

    def unpack_from(self, buffer, offset=0):
        buffer = _bytes_of(buffer)
        offset = _offset(offset)
        size, n = self.size, len(buffer)
        if offset < 0:
            if offset + size > 0:
                raise error("not enough data to unpack %d bytes at offset %d" % (size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < size:
            raise error("unpack_from requires a buffer of at least %d bytes for "
                        "unpacking %d bytes at offset %d (actual buffer size is %d)"
                        % (offset + size, size, offset, n))
        return self._unpack(buffer, offset)

    def iter_unpack(self, buffer):
        buffer = _bytes_of(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple "
                        "of %d bytes" % self.size)
        return _unpack_iterator(self, buffer)

    def _unpack(self, buffer, base):
        out = []
        byteorder = "little" if self._order == "<" else "big"
        for code, count, offset, size in self._items:
            start = base + offset
            chunk = buffer[start:start + size]
            if code == "x":
                continue
            if code in _INTS:
                out.append(int.from_bytes(chunk, byteorder, signed=_INTS[code][2]))
            elif code in _FLOATS:
                _, ebits, mbits = _FLOATS[code]
                out.append(_bits_float(int.from_bytes(chunk, byteorder), ebits, mbits))
            elif code == "?":
                out.append(chunk != b"\x00")
            elif code == "c":
                out.append(chunk)
            elif code == "s":
                out.append(chunk)
            elif code == "p":
                n = min(chunk[0], count - 1) if count else 0
                out.append(chunk[1:1 + n])
        return tuple(out)

    def __repr__(self):
        return "Struct(%r)" % (self.format,)


class _unpack_iterator:
    """What Struct.iter_unpack returns: one tuple per record."""

    def __init__(self, struct, buffer):
        self._struct, self._buffer, self._at = struct, buffer, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._buffer is None or self._at >= len(self._buffer):
            self._buffer = None
            raise StopIteration
        at = self._at
        self._at += self._struct.size
        return self._struct._unpack(self._buffer, at)

    def __length_hint__(self):
        if self._buffer is None:
            return 0
        return (len(self._buffer) - self._at) // self._struct.size


_unpack_iterator.__name__ = _unpack_iterator.__qualname__ = "unpack_iterator"


def _offset(offset):
    if isinstance(offset, float) or not hasattr(type(offset), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(offset).__name__)
    return type(offset).__index__(offset)


def _bytes_of(buffer):
    """The bytes of a bytes-like object (bytes, bytearray, memoryview or
    array.array)."""
    if isinstance(buffer, bytes):
        return buffer
    if isinstance(buffer, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        with memoryview(buffer) as view:
            return view.tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(buffer).__name__) from None


_cache = {}


def _compiled(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) > 100:
            _cache.clear()
        s = _cache[fmt] = Struct(fmt)
    return s


def _clearcache():
    _cache.clear()


def calcsize(format):
    return _parse(format, sizes_only=True)[3]


def pack(format, *args):
    return _compiled(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    return _compiled(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    return _compiled(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _compiled(format).iter_unpack(buffer)
