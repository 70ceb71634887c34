class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
a = Adder(10)
print(a(1), a(1, times=3), callable(a), list(map(a, [1, 2])))
try:
    a()
except TypeError as e:
    print("TypeError:", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
s = "str"
try:
    s()
except TypeError as e:
    print("TypeError:", e)
x = 5
try:
    x()
except TypeError as e:
    print("TypeError:", e)
