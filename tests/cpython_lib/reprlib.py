# CPython's Lib `reprlib` (or pyx's own, which wins) imported and used.
import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr('x'*100))
