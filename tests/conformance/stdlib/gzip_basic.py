# gzip over zlib and io.BytesIO: round trips, headers, multi-member
# streams, file objects, CPython's errors.
import gzip, io, zlib

data = b'The quick brown fox jumps over the lazy dog.\n' * 200
c = gzip.compress(data, mtime=0)
print(c[:10], gzip.decompress(c) == data)
print(gzip.compress(data, 1, mtime=12345)[:10], gzip.compress(data, 5, mtime=1)[8:10])
print(gzip.decompress(gzip.compress(b'', mtime=0)), gzip.decompress(c + c) == data * 2)
print(gzip.decompress(c + b'\0\0\0\0') == data)
# A member made by CPython (with a file name in its header).
cp = (b'\x1f\x8b\x08\x08\x00\x00\x00\x00\x02\xffa.txt\x00\xcbH\xcd\xc9\xc9W(\xcf/\xcaI\x01\x00'
      b'\x85\x11J\r\x0b\x00\x00\x00')
print(gzip.decompress(cp))
print(zlib.decompress(c, 31) == data)

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f:
    print(f.write(b'line one\n'), f.write(bytearray(b'line two\nline three\n')), f.writable(), f.readable())
print(f.closed, gzip.decompress(buf.getvalue()))
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.readline(), f.read(4), f.read(), f.read())
buf.seek(0)
with gzip.open(buf, 'rt', encoding='utf-8') as t:
    print([line for line in t])
buf.seek(0)
print(list(gzip.GzipFile(fileobj=buf)))

for f, args in [(gzip.decompress, (b'not gzip',)), (gzip.decompress, (c[:30],)),
                (gzip.decompress, (c[:-8] + b'\0\0\0\0' + c[-4:],)),
                (gzip.decompress, (c[:-4] + b'\1\0\0\0',)), (gzip.compress, ('text',)),
                (gzip.open, (io.BytesIO(), 'rtb')), (gzip.open, (io.BytesIO(), 'rb', 9, 'utf-8')),
                (gzip.open, (42,)), (gzip.GzipFile, (None, 'rt', 9, io.BytesIO()))]:
    try:
        f(*args)
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
