from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft("ab"); print(d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.count(7), d.index(7), 3 in d, "z" in d)
d.remove("a"); d.insert(1, "ins"); print(d)
d.reverse(); print(d, list(reversed(d)))
d[0] = "first"; del d[1]; print(d)
e = d.copy(); e.clear(); print(e, d == e, bool(e))
m = deque(range(5), maxlen=3); print(m, m.maxlen)
m.append(9); print(m); m.appendleft(-1); print(m)
m.extend(range(100, 105)); print(m)
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque("ab") < deque("b"))
z = deque(maxlen=0); z.append(1); print(z)
for err in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2), lambda: deque([1]).index(3)]:
    try:
        err()
    except (IndexError, ValueError) as ex:
        print(type(ex).__name__, ex)
try:
    deque(maxlen=-1)
except ValueError as ex:
    print("ValueError", ex)
try:
    m.insert(0, 1)
except IndexError as ex:
    print("IndexError", ex)
dd = deque([1, 2, 3])
try:
    for x in dd:
        dd.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)
r = deque([1]); r.append(r); print(r)
big = deque()
for i in range(1000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big))
