print(len([]), len("abc"), len((1,)), len({1: 2}), len({1, 2}), len(range(10)), len(b"xy"), len(frozenset()), len("日本語"))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(5)), bool(L(0)), bool(L(3)))
for n, exc in [(-1, ValueError), ("3", TypeError), (2 ** 100, OverflowError), (3.0, TypeError)]:
    try:
        len(L(n))
    except exc as e:
        print(type(e).__name__ + ":", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    len(x for x in [])
except TypeError as e:
    print("TypeError:", e)
