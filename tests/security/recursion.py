# config: default
# expect: ok
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError:
    print("RecursionError")
class A:
    def __repr__(self):
        return repr(self)
try:
    repr(A())
except RecursionError:
    print("RecursionError")
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError:
    print("RecursionError")
print("done")
