# config: max_memory=256M max_time=60
# expect: limit=memory
# set |= and set.update grow the table in place, chunk after chunk.
s = set()
n = 0
while True:
    s |= set(range(n, n + 1_000_000))
    n += 1_000_000
    s.update(range(n, n + 1_000_000))
    n += 1_000_000
