# config: max_memory=16M
# expect: ok
# sorted/list.sort with key= (10**5 items: the item and key lists are live data)
# Garbage made by each call back into Python is collected while the
# native is still running; CPython runs this in under 10 MB.
N = 10**6
xs = list(range(N // 10))
xs.sort(key=lambda i: -len([i] * 80) - i)
assert xs[0] == N // 10 - 1
assert sorted(range(N // 10), key=lambda i: len([i] * 80) - i)[0] == N // 10 - 1
print("done")
