# config: max_memory=256M max_time=1
# expect: limit=time
# list.count over millions of items is one call.
l = [0] * 4_000_000
while True:
    l.count(1)
