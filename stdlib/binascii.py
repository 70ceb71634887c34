"""Conversions between binary data and ASCII encodings (base64, hex), and
the CRC-32 and CRC-CCITT checksums, in Python."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex",
           "b2a_hex", "hexlify", "unhexlify", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _bytes_arg(data, name):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters")
    return _buffer(data)


def _buffer(data):
    """The bytes of a bytes-like object: bytes, bytearray, or anything that
    exports a buffer (memoryview, array.array); TypeError otherwise."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    if not isinstance(data, str):
        try:
            return memoryview(data).tobytes()
        except TypeError:
            pass
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def b2a_base64(data, *, newline=True):
    data = _buffer(data)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _bytes_arg(data, "a2b_base64")
    out = bytearray()
    acc = 0
    nbits = 0
    quad = 0
    pads = 0
    for i, c in enumerate(data):
        if c == 61:  # '='
            if strict_mode and quad < 2:
                if not out and quad == 0:
                    raise Error("Leading padding not allowed")
                raise Error("Excess padding not allowed" if quad == 0 else "Discontinuous padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    # The group is complete: what follows starts afresh.
                    if strict_mode and i + 1 != len(data):
                        raise Error("Excess data after padding")
                    quad = 0
                    pads = 0
                    acc = 0
                    nbits = 0
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if pads:
            if strict_mode:
                raise Error("Discontinuous padding not allowed")
            pads = 0
        acc = (acc << 6) | v
        nbits += 6
        quad = (quad + 1) % 4
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
            acc &= (1 << nbits) - 1
    if quad == 1:
        n = sum(1 for c in data if c in _B64_VALUE)
        raise Error("Invalid base64-encoded string: number of data characters "
                    "(%d) cannot be 1 more than a multiple of 4" % n)
    if quad and quad + pads < 4:
        raise Error("Incorrect padding")
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _buffer(data)
    if sep is None:
        return bytes(data).hex().encode("ascii")
    return bytes(data).hex(sep, bytes_per_sep).encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr):
    hexstr = _bytes_arg(hexstr, "a2b_hex")
    if len(hexstr) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(hexstr.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


unhexlify = a2b_hex


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else (c >> 1)
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0):
    data = _bytes_arg(data, "crc32")
    crc = (crc & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC32
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc_hqx(data, crc):
    data = _bytes_arg(data, "crc_hqx")
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
