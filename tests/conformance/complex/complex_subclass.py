class C(complex):
    def __repr__(self):
        return "C" + super().__repr__()
c = C(1, 2)
print(repr(c), c + 1, type(c + 1).__name__, c.real, isinstance(c, complex))
class WithComplex:
    def __complex__(self):
        return 3 + 1j
print(complex(WithComplex()))
class WithFloat:
    def __float__(self):
        return 2.5
print(complex(WithFloat()))
class WithIndex:
    def __index__(self):
        return 7
print(complex(WithIndex()))
class Bad:
    def __complex__(self):
        return 5
try:
    complex(Bad())
except TypeError as e:
    print("TypeError:", e)
