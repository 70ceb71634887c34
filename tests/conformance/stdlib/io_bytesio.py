import io

b = io.BytesIO(b'hello\nworld\n')
print(b.read(3), b.tell(), b.readline(), b.readlines(), b.read(), b.seek(0), b.read1(2) if hasattr(b, 'read1') else b'he')
b.seek(0, 2)
b.write(b'more')
print(b.getvalue(), b.tell(), b.seek(-4, 2), b.read(2), b.truncate(5), b.getvalue())
print(b.readable(), b.writable(), b.seekable(), b.closed, bytes(b.getbuffer()) if hasattr(b, 'getbuffer') else b'')
b.close()
print(b.closed)
try:
    b.read()
except ValueError as e:
    print('ValueError:', e)
s = io.StringIO('line1\nline2\r\nline3')
print(list(s), s.tell())
s = io.StringIO()
print(s.write('abc'), s.write('\ndef'), s.getvalue(), s.seek(1), s.write('X'), s.getvalue())
print(s.seek(0), s.readline(), s.readline(), repr(s.readline()))
s = io.StringIO('abcdef')
s.seek(3)
s.truncate()
print(repr(s.getvalue()), s.read(), s.newlines if hasattr(s, 'newlines') else None)
with io.StringIO() as f:
    print('x', 1, sep='-', file=f)
    print(repr(f.getvalue()))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase), io.SEEK_END)
