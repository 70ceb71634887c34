# config: max_memory=64M
# expect: ok
# Honest programs whose garbage is made while a native calls back into
# Python: CPython runs each in under 15 MB. The native roots what it holds,
# so each call back's garbage is collected before the next.
assert sum(len([i] * 100) for i in range(300000)) == 30000000
assert sum(map(lambda i: len([i] * 100), range(300000))) == 30000000
assert len(sorted(range(300000), key=lambda i: len([i] * 100))) == 300000
print("done")
