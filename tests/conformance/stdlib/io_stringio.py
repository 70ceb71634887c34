import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell(), repr(s.getvalue()))
s.seek(0); print(repr(s.read(3)), repr(s.readline()), repr(s.read()), repr(s.read()))
s = io.StringIO("a\nbb\nccc")
print(s.readlines()); s.seek(0); print([l for l in s])
s.seek(2); s.write("XX"); print(repr(s.getvalue()))
s.seek(0); s.truncate(3); print(repr(s.getvalue()), s.tell())
s.seek(10); s.write("!"); print(repr(s.getvalue()))
with io.StringIO("ctx") as f:
    print(f.read(), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
t = io.StringIO(); print("via print", 1, 2, file=t, end="!"); print(repr(t.getvalue()))
t.writelines(["a", "b"]); print(t.getvalue(), t.readable(), t.writable(), t.seekable())
u = io.StringIO("x\r\ny\rz", newline=None); print(repr(u.read()))
b = io.BytesIO(b"abc"); b.seek(0, 2); b.write(b"def"); print(b.getvalue(), b.tell())
b.seek(1); print(b.read(2), b.read(), b.read(), b.readline())
b2 = io.BytesIO(); b2.write(bytearray(b"xy")); print(b2.getvalue(), io.SEEK_END)
try:
    b2.write("s")
except TypeError as e:
    print("TypeError", e)
