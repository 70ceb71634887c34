# float ** with zero base and infinite exponents, float.fromhex / int.from_bytes on
# subclasses (an instance of the subclass), complex.__getnewargs__, complex(z) is z.
import math
INF = math.inf
for x, y in [(-0.0, -INF), (0.0, -INF), (-INF, 0.5), (-INF, -0.5), (0.0, -1.0), (-0.0, -3.0), (-2.0, 0.5)]:
    try: print(x, y, repr(x ** y), repr(pow(x, y)))
    except Exception as e: print(x, y, type(e).__name__, e)
class F(float):
    def __new__(cls, value): return float.__new__(cls, value + 1)
f = F.fromhex((1.5).hex()); print(type(f).__name__, f)
class myint(int):
    def __new__(cls, value): return int.__new__(cls, value + 1)
i = myint.from_bytes(b'\x01', 'big'); print(type(i).__name__, i)
print(type(int.from_bytes(b'\x01', 'little')).__name__, type(float.fromhex('0x1p3')).__name__)
print((1+2j).__getnewargs__(), (-0.0-3j).__getnewargs__())
c = 1+2j
print(complex(c) is c, complex(c, 0) == c)
class C(complex): pass
print(type(complex(C(1, 2))).__name__, type(C(c)).__name__)
