# config: max_memory=256M max_time=1
# expect: limit=time
# Sorting big lists, again and again.
l = [(i * 7919) % 1_000_003 for i in range(1_000_000)]
while True:
    sorted(l)
    sorted(l, reverse=True)
    min(l)
    max(l)
