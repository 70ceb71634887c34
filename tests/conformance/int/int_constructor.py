print(int(), int(0), int(-5), int("  12 "))
class Idx:
    def __index__(self):
        return 7
class IntLike:
    def __int__(self):
        return 99
print(int(IntLike()), int(Idx()))
print(bin(Idx()), hex(Idx()), [10, 20, 30, 40, 50, 60, 70, 80][Idx()])
class Bad:
    def __int__(self):
        return "no"
try:
    int(Bad())
except TypeError as e:
    print("TypeError:", e)
class MyInt(int):
    pass
m = MyInt(5)
print(m + 1, type(m + 1).__name__, type(m).__name__, isinstance(m, int))
print(int(m), type(int(m)).__name__)
try:
    int("10", base=2.0)
except TypeError as e:
    print("TypeError:", e)
print(int("10", base=2))
