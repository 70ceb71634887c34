# config: max_memory=16M
# expect: ok
# sum over map(lambda)
# Garbage made by each call back into Python is collected while the
# native is still running; CPython runs this in under 10 MB.
N = 10**6
assert sum(map(lambda i: len([i] * 8), range(N))) == 8 * N
print("done")
