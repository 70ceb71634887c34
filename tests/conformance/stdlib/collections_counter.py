from collections import Counter
c = Counter("abracadabra")
print(c, c["a"], c["zz"], c.most_common(2), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update("aaz"); c.subtract({"b": 5}); print(c)
d = Counter(a=3, b=1); e = Counter(a=1, b=2)
print(d + e, d - e, d | e, d & e, +Counter(a=-1, b=2), -Counter(a=-1, b=2))
d += e; print(d); d -= Counter(a=10); print(d)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=3) > Counter(a=2))
print(Counter(), Counter({"x": 2}), Counter(x=1, y=3).most_common())
del c["nothere"]; del c["a"]; print("a" in c)
print(Counter([1, 1, 2]).most_common(0), Counter("aab").most_common(-1))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
