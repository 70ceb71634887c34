class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(-1)], lst[I(2):I(5)])
print("abcdef"[I(1)], (1, 2, 3)[I(0)])
print(range(I(5))[I(2)], list(range(I(2), I(8), I(3))))
print(pow(I(2), I(5)) if False else 2 ** 5)
print(bin(I(5)), oct(I(9)), hex(I(255)))
print(operator_free := [1, 2] * I(2))
try:
    lst[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    k = "1"
    "abc"[k]
except TypeError as e:
    print("TypeError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
