# config: max_memory=16M
# expect: ok
# any/all over generators
# Garbage made by each call back into Python is collected while the
# native is still running; CPython runs this in under 10 MB.
N = 10**6
assert not any(len([i] * 8) == 0 for i in range(N))
assert all(len([i] * 8) == 8 for i in range(N))
print("done")
