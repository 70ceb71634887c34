import sys
import a
print(a.A, a.b.B)
try:
    import c
except ImportError as e:
    print(type(e).__name__, e)
    print(e.name)
print("c" in sys.modules, "d" in sys.modules)
import p
print(p.x.y.Y, p.x.X)
