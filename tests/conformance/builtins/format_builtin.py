print(format(5), format(5, "03"), format(3.14159, ".2f"), format("s", "^5"), format([1, 2]), format(None), format(True))
class F:
    def __format__(self, spec):
        return "F:" + spec
print(format(F()), format(F(), "abc"), f"{F():z}")
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    format(5, 5)
except TypeError as e:
    print("TypeError:", e)
