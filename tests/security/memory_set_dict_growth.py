# config: max_memory=64M max_time=60
# expect: limit=memory
# Hash tables that keep doubling: the new table is checked against the cap
# before it is allocated (the old one still lives while it is copied).
s = set()
d = {}
i = 0
while True:
    s.add(i)
    d[i] = i
    i += 1
