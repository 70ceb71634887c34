# config: max_memory=16M
# expect: ok
# sum over a generator expression
# Garbage made by each call back into Python is collected while the
# native is still running; CPython runs this in under 10 MB.
N = 10**6
assert sum(len([i] * 8) for i in range(N)) == 8 * N
print("done")
