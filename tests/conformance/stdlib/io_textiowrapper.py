import io

raw = io.BytesIO()
w = io.TextIOWrapper(raw, encoding="utf-8")
print(w.write("héllo\nworld\n"), w.encoding, w.errors, w.line_buffering)
w.flush()
print(raw.getvalue())
print(repr(w))

r = io.TextIOWrapper(io.BytesIO(b"one\r\ntwo\rthree\nfour"))
print(r.readline(), r.readline(), r.read(3), r.read())
print(repr(r.read()), repr(r.readline()))
r = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), newline="")
print([r.readline() for _ in range(4)])
r = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc\n"), newline="\r")
print(list(r))
r = io.TextIOWrapper(io.BytesIO(b"x\ny\n"), newline="\n")
print(r.readlines())
r = io.TextIOWrapper(io.BytesIO(b"line1\nline2\n"))
for line in r:
    print(repr(line))

crlf = io.BytesIO()
w = io.TextIOWrapper(crlf, newline="\r\n")
w.write("a\nb\n")
w.flush()
print(crlf.getvalue())

lat = io.BytesIO()
w = io.TextIOWrapper(lat, encoding="latin-1")
w.write("é")
w.flush()
print(lat.getvalue())
try:
    w.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as e:
    print("ValueError:", e)
strict = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
strict.write("ok")
try:
    strict.write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
rep = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="replace")
rep.write("é!")
rep.flush()
print(rep.buffer.getvalue())


class StdIOBuffer(io.TextIOWrapper):
    def __init__(self, initial_value="", newline="\n"):
        initial_value = initial_value.encode("utf-8")
        super().__init__(io.BufferedWriter(io.BytesIO(initial_value)), "utf-8", newline=newline)

    def getvalue(self):
        self.flush()
        return self.buffer.raw.getvalue().decode("utf-8")


s = StdIOBuffer()
print("printed", 1, 2, file=s)
s.write("more\n")
print(repr(s.getvalue()))
bw = io.BufferedWriter(io.BytesIO())
print(bw.write(b"abc"), bw.raw.getvalue(), bw.writable(), bw.readable())
br = io.BufferedReader(io.BytesIO(b"xy\nz"))
print(br.readline(), br.read(), br.readable())
t = io.TextIOWrapper(io.BytesIO(b"abcdef"))
print(t.read(2), t.tell(), t.seek(0), t.read())
t.close()
print(t.closed)
try:
    t.read()
except ValueError as e:
    print("ValueError:", e)
d = io.TextIOWrapper(io.BytesIO(b"q"))
b = d.detach()
print(b.getvalue())
try:
    d.buffer
except ValueError as e:
    print("ValueError:", e)
