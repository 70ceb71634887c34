a = list(range(10))
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(a[I(2):I(6):I(2)], a[True:], a[:False], "hello"[I(1):I(-1)])
for bad in ["1", 1.0, [1]]:
    try:
        a[bad:]
    except TypeError as e:
        print("TypeError:", e)
print(a[10 ** 30:], a[-10 ** 30:2], a[::10 ** 30], a[::-10 ** 30])
