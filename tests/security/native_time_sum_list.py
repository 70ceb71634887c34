# config: max_memory=256M max_time=1
# expect: limit=time
# sum, min and len-like reductions of a big list, in a loop.
l = [1] * 4_000_000
while True:
    sum(l)
    min(l)
