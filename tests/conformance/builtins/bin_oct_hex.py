for v in [0, 1, -1, 10, -10, 255, 2 ** 40, -(2 ** 65)]:
    print(bin(v), oct(v), hex(v))
class I:
    def __index__(self):
        return 42
print(bin(I()), oct(I()), hex(I()))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        f("1")
    except TypeError as e:
        print("TypeError:", e)
