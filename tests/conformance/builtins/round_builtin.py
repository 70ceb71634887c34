print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.25, 1), round(1.35, 1), round(123.456, -1), round(5, -1), round(15, -1))
print(round(1234, -2), round(-1250, -2), round(1350, -2), round(0.1 + 0.2, 10), round(7.0), type(round(7.0)).__name__, type(round(7.0, 0)).__name__)
class R:
    def __round__(self, n=None):
        return ("round", n)
print(round(R()), round(R(), 2))
for a in [("1.5",), (1.5, "1"), (1.5, 1.0)]:
    try:
        print(round(*a))
    except TypeError as e:
        print("TypeError:", e)
