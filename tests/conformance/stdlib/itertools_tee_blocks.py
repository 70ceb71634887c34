# tee buffers the values one iterator has seen and another has not, across
# many blocks; copies share the buffer.
import copy
from itertools import tee, islice, count

a, b = tee(range(200))
print(list(a) == list(range(200)), list(b) == list(range(200)))

a, b, c = tee(count(), 3)
print(list(islice(a, 130))[-3:], next(b), list(islice(c, 60, 62)))
print(list(islice(b, 3)), next(a), next(c))

x, = tee(iter(range(100)), 1)
next(x)
y = copy.copy(x)
print(list(y) == list(range(1, 100)), list(x) == list(range(1, 100)))

fwd, back = tee(iter([1, 2, 3]))
print(list(fwd), list(back), list(fwd), list(back))
u, v = tee('abcdefgh' * 20)
out = []
for i, ch in enumerate(u):
    out.append(ch)
    if i % 3 == 0:
        out.append(next(v))
print(''.join(out)[:40], len(out))
print(tee([], 0), len(tee([], 5)))
try:
    tee([], -1)
except ValueError as e:
    print('ValueError', e)
