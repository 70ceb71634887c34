# Edge cases of the evaluation loop's fast paths: small-int and float
# operators whose result replaces the left operand, comparisons, list
# subscripts, constants read across calls, returns and generator resumes,
# and unbound locals.

def arith(a, b):
    out = []
    for op in (lambda x, y: x + y, lambda x, y: x - y, lambda x, y: x * y,
               lambda x, y: x // y, lambda x, y: x % y):
        try:
            out.append(op(a, b))
        except ZeroDivisionError as e:
            out.append(type(e).__name__)
    return out

big = 2 ** 62
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (big, big), (-big, -big - 1),
             (big, 4), (-(2 ** 63), -1), (5, 0), (0, 5), (2.5, 0.5), (1, 2.5)]:
    print(a, b, arith(a, b))

def inplace(n):
    t = 0
    i = 0
    while i < n:
        t += i * 3
        t -= i // 2
        t %= 1000003
        i += 1
    return t

print(inplace(1000))

nan = float("nan")
for x, y in [(1, 2), (2, 2), (3, 2), (1.5, 2.5), (nan, 1.0), (1.0, nan), (nan, nan), (1, 1.0)]:
    print(x < y, x <= y, x == y, x != y, x > y, x >= y)

xs = [10, 20, 30]
for i in (0, 2, -1, -2):
    print(xs[i], xs[i] + xs[i - 1])
for i in (3, -4):
    try:
        xs[i]
    except IndexError as e:
        print("IndexError", e)
ys = [0] * 4
for i in range(-4, 4):
    ys[i] = i * 2
print(ys)
try:
    ys[4] = 1
except IndexError as e:
    print("IndexError", e)

def consts_after_call(n):
    if n < 2:
        return "leaf", 1.5, None
    a = consts_after_call(n - 1)
    return ("node", n, a[0], 2.5 * n)

print(consts_after_call(4))

def gen():
    yield "first", 1
    yield "second", 2.0
    yield "third", (3, "three")

for v in gen():
    print(v, "after resume", 42)

def unbound_read():
    if False:
        x = 1
    return x

def unbound_delete():
    if False:
        y = 1
    del y

for f in (unbound_read, unbound_delete):
    try:
        f()
    except UnboundLocalError as e:
        print(type(e).__name__, e)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(15))
