# config: max_memory=16M
# expect: ok
# max/min with key=
# Garbage made by each call back into Python is collected while the
# native is still running; CPython runs this in under 10 MB.
N = 10**6
assert max(range(N), key=lambda i: len([i] * 8) + i) == N - 1
assert min(range(N), key=lambda i: len([i] * 8) - i) == N - 1
print("done")
