s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 2 in s, 5 not in s)
s.add(10); s.add(1)
s.discard(99); s.discard(3)
s.remove(2)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(set(), sorted(set("hello")), sorted(set([1, 1, 2])), set(range(0)), frozenset(), sorted(frozenset("aba")))
e = set()
try:
    e.pop()
except KeyError as ex:
    print("KeyError:", ex)
one = {42}
print(one.pop(), one)
s.clear()
print(s, type(s).__name__, type({}).__name__)
