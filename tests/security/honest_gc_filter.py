# config: max_memory=16M
# expect: ok
# list(filter(...)): every call of the predicate makes garbage
# Garbage made by each call back into Python is collected while the
# native is still running; CPython runs this in under 10 MB.
N = 10**6
assert len(list(filter(lambda i: len([i] * 8) == 8 and i % 1000 == 0, range(N)))) == N // 1000
print("done")
