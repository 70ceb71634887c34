# config: max_memory=256M max_time=1
# expect: limit=time
# Comparing two big equal lists (and tuples) element by element.
a = [1.5] * 2_000_000
b = list(a)
ta = tuple(a)
tb = tuple(b)
while True:
    a == b
    a < b
    ta == tb
