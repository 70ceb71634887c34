# The value stack under deep expressions, across calls, generators,
# exceptions and threads: each frame's items stay where they are while
# frames above it come and go (pyx's loop pushes and pops without checks
# on what its bytecode verifier proves, within room reserved per frame).

def wide(a):
    # A deep stack inside one frame: every operand waits on the stack.
    return [a, a + 1, (a, a * 2, [a, (a, a - 1, {a: (a, [a, a + 2])})]), a * 3]

def nested_calls(n):
    # Each level holds operands on the stack while the next one runs.
    if n == 0:
        return 0
    return (n, [n, n + 1, (n, nested_calls(n - 1))])[1][2][1]

def gen_deep(n):
    # A generator suspended with items on its own stack.
    for i in range(n):
        x = [i, (i, (yield (i, [i, i * i])), i + 1)]
        yield x

def raise_mid(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i

def handled_mid_expression(n):
    # An exception raised while operands are on the stack: the handler
    # runs with the stack cut back to the try's depth.
    out = []
    for i in range(n):
        try:
            out.append([i, (i, i + 1, [i, raise_mid(i), i], i), i])
        except ValueError as e:
            out.append(("caught", e.args[0], [i, (i, i)]))
    return out

class Vec:
    def __init__(self, x):
        self.x = x
    def __add__(self, other):
        # A Python operator method called from inside a deep expression.
        return Vec([self.x, other.x, (self.x, [other.x])])

def deep_chain(k):
    total = 0
    for i in range(k):
        total += sum([i, i + 1, (lambda a, b: a * b)(i, (i, i + 2)[1]), len([i, [i, (i,)]])])
    return total

print(wide(5))
print(nested_calls(50))
g = gen_deep(4)
first = next(g)
print(first)
print(g.send("sent"))
print(list(g))
print(handled_mid_expression(7))
print((Vec(1) + Vec(2)).x)
print(deep_chain(100))
print(nested_calls(400))

# A recursion past the limit unwinds every frame's stack.
def down(n):
    return [n, (n, down(n + 1))]
try:
    down(0)
except RecursionError:
    print("recursion error, then:", nested_calls(10))

# Green threads switching with items on each thread's stack.
import threading
results = []
def worker(k):
    acc = []
    for i in range(200):
        acc.append([k, (i, [k * i, (k, i, i + 1)])][1][1][1][2])
    results.append((k, sum(acc)))
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
