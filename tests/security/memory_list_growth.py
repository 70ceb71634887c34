# config: max_memory=256M max_time=60
# expect: limit=memory
l = []
while True:
    l.append([1, 2, 3])
