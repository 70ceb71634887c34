# zlib: round trips (compressed bytes differ between zlib builds, so only
# their decompression is printed), streams, checksums, CPython's errors.
import zlib

data = b'hello world ' * 1000 + bytes(range(256)) * 10
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data, len(c) < len(data) or level == 0)
for wbits in (15, 9, -15, -9, 31, 25):
    c = zlib.compress(data, 6, wbits)
    print(wbits, zlib.decompress(c, wbits) == data, c[:2] == b'\x1f\x8b' if wbits > 16 else '')
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
print(zlib.decompress(zlib.compress(data), 0) == data)
# CPython-made streams decompress the same.
print(zlib.decompress(b'x\x9c\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00\x1a\x0b\x04]'))
print(zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff\xcbH\xcd\xc9\xc9\x07\x00\x86\xa6\x106\x05\x00\x00\x00', 31))
print(zlib.compress(b''), zlib.decompress(zlib.compress(b'')))

co = zlib.compressobj(wbits=-15)
out = co.compress(data[:5000]) + co.compress(data[5000:]) + co.flush()
print(zlib.decompress(out, -15) == data)
co = zlib.compressobj()
a = co.compress(b'abc') + co.flush(zlib.Z_SYNC_FLUSH)
do = zlib.decompressobj()
print(do.decompress(a), do.eof)
b = co.compress(b'def') + co.flush()
print(do.decompress(b + b'TRAILING'), do.eof, do.unused_data, do.unconsumed_tail)
print(do.decompress(b'more'), do.unused_data)

do = zlib.decompressobj()
comp = zlib.compress(data)
pieces = []
buf = comp
while buf:
    pieces.append(do.decompress(buf, 1000))
    buf = do.unconsumed_tail
pieces.append(do.flush())
print(all(len(p) <= 1000 for p in pieces), b''.join(pieces) == data, do.eof)
do = zlib.decompressobj()
half = do.decompress(comp[:50])
print(do.eof, (half + do.decompress(comp[50:]) + do.flush()) == data)

zd = b'hello world '
co = zlib.compressobj(zdict=zd)
z = co.compress(data) + co.flush()
print(zlib.decompressobj(zdict=zd).decompress(z) == data)

print(zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')) == zlib.crc32(b'hello world'))
print(zlib.crc32(b''), zlib.crc32(b'a', -1), zlib.crc32(b'abc', 2**40), zlib.crc32(bytearray(b'xyz')))
print(zlib.adler32(b'hello'), zlib.adler32(b''), zlib.adler32(b'a' * 100000), zlib.adler32(b'x', 12345))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_FINISH, zlib.Z_SYNC_FLUSH, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION)
print(issubclass(zlib.error, Exception), zlib.error.__name__, zlib.error.__module__)

def fin():
    c = zlib.compressobj(); c.flush(); c.compress(b'x')

for f, args in [(zlib.compress, (b'x', 10)), (zlib.compress, (b'x', -2)), (zlib.compress, ('s',)),
                (zlib.decompress, (b'xyz',)), (zlib.decompress, (zlib.compress(b'hello')[:-3],)),
                (zlib.decompress, (b'x', 100)), (zlib.decompressobj, (100,)), (zlib.compressobj, (6, 8, 100)),
                (zlib.compressobj, (6, 8, 15, 0)), (zlib.decompressobj().decompress, (b'', -1)),
                (zlib.decompressobj().flush, (0,)), (zlib.crc32, ('s',)), (zlib.crc32, (b'', 'x')),
                (zlib.adler32, (1,)), (fin, ())]:
    try:
        f(*args)
        print('no error')
    except zlib.error as e:
        print('zlib.error', e)
    except Exception as e:
        print(type(e).__name__, e)
