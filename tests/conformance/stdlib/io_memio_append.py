# BytesIO/StringIO: appends, overwrites, seeks past the end, truncate and
# reads interleaved (appends are buffered internally; the contents must
# stay exact).
import io

b = io.BytesIO(b"ab")
b.seek(0, 2)
for i in range(5):
    b.write(bytes([65 + i]) * i)
print(b.tell(), b.getvalue())
b.seek(3)
b.write(b"xy")
print(b.getvalue(), b.tell())
b.seek(0, 2)
b.write(b"!")
b.seek(1)
print(b.read(4), b.read(), b.read())
b.seek(20)
b.write(b"z")
print(b.getvalue())
b.seek(0, 2)
b.write(b"\nline2\n")
b.seek(0)
print(b.readline(), b.readlines())
b.truncate(5)
b.write(b"after-truncate")
print(b.getvalue(), b.tell())
b.seek(0, 2)
b.write(b"++")
print(len(b.getvalue()), b.getvalue()[-4:])

s = io.StringIO()
for word in ["one ", "two\n", "three"]:
    s.write(word)
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(2)))
s.seek(0, 2)
s.write("\nfour")
s.seek(0)
print(s.readlines())
s.truncate(3)
s.seek(0, 2)
s.write("X")
print(repr(s.getvalue()))

big = io.BytesIO()
for i in range(20000):
    big.write(b"%d," % i)
data = big.getvalue()
print(len(data), data[:20], data[-12:])
