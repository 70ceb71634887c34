# config: max_memory=256M max_time=60
# expect: limit=memory
# In-place list growth from another list, doubling each round.
l = list(range(1000))
while True:
    l += l
    l.extend(l)
