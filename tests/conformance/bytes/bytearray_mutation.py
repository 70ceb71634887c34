ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.insert(0, 64)
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("c"))
print(ba)
ba.reverse()
print(ba)
ba += b"XY"
ba *= 2
print(ba)
ba.clear()
print(ba, len(ba))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: bytearray().pop())
t(lambda: bytearray(b"a").remove(122))
t(lambda: bytearray(b"a").append(256))
t(lambda: bytearray(b"a").append("b"))
t(lambda: bytearray(b"a").extend("bc"))
b2 = bytearray(b"hello")
c = b2.copy()
c[0] = 72
print(b2, c, b2 == b"hello", c == bytearray(b"Hello"))
del b2[1:3]
print(b2)
b2[1:1] = [65, 66]
print(b2)
