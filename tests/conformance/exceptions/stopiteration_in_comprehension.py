def bad_next():
    it = iter([])
    return [next(it) for _ in range(1)]
try:
    bad_next()
except StopIteration:
    print("StopIteration escapes list comprehension")
def gen_next():
    it = iter([])
    return list(next(it) for _ in range(1))
try:
    gen_next()
except RuntimeError as e:
    print("RuntimeError:", e)
def map_next():
    it = iter([])
    return list(map(lambda _: next(it), [1, 2]))
print(map_next())
