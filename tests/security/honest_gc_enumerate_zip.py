# config: max_memory=16M
# expect: ok
# enumerate/zip consumed by natives
# Garbage made by each call back into Python is collected while the
# native is still running; CPython runs this in under 10 MB.
N = 10**6
assert sum(i for i, _ in enumerate(map(lambda i: [i] * 8, range(N // 2)))) == (N // 2) * (N // 2 - 1) // 2
assert max(a for a, b in zip(range(N // 2), map(lambda i: [i] * 8, range(N // 2)))) == N // 2 - 1
print("done")
