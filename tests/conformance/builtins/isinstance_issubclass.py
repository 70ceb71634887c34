class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(B, B), issubclass(bool, int), issubclass(int, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", str), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object), isinstance(A, type))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: isinstance(1, 1))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, (1, int)))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
