# Item reads and writes by int index (read in place, without copying the
# view's description), and the cases that take the general path.
import array
b = bytearray(range(16))
m = memoryview(b)
print(m[0], m[-1], m[15], m[-16])
for k in (16, -17, 2**62, -2**62):
    try: m[k]
    except IndexError as e: print("IndexError", e)
d = memoryview(bytearray(32)).cast('d')
d[1] = 2.5; d[-1] = 7
print(d.tolist(), d[1], d[-1])
try: d[0] = "x"
except TypeError as e: print("TypeError", e)
s = memoryview(b)[::3]
print(s[1], s[-1], len(s)); s[1] = 99; print(b[3])
r = memoryview(bytes(4))
try: r[0] = 1
except TypeError as e: print("TypeError", e)
q = memoryview(bytearray(8)).cast('B', (2, 4))
try: q[1]
except NotImplementedError as e: print("NotImplementedError", e)
m.release()
try: m[0]
except ValueError as e: print("ValueError", e)
try: m[0] = 1
except ValueError as e: print("ValueError", e)
a = array.array('i', [1, 2, 3])
a[1] = -5; print(a[1], a[-1], a)
h = memoryview(bytearray(4)).cast('h')
try: h[0] = 40000
except ValueError as e: print("ValueError", e)
