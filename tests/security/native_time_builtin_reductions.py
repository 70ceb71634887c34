# config: max_memory=256M max_time=1
# expect: limit=time
# any/all/max over long iterables, each one call.
while True:
    any(x < 0 for x in range(10 ** 12))
    all(range(1, 10 ** 12))
    max(range(10 ** 12))
