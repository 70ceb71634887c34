g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 3), max(len(w) for w in "a bb ccc".split()))
print(list((x, y) for x in range(3) for y in "ab" if x))
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
data = [1, 2, 3]
lazy = (x * 10 for x in data)
data.append(4)
print(list(lazy))
try:
    bad = (1 / x for x in [1, 0])
    print(next(bad))
    next(bad)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
print(", ".join(str(n) for n in range(3)), tuple(c.upper() for c in "hi"))
