# config: max_memory=256M
# expect: limit=memory
l = []
while True:
    l.append([1, 2, 3])
