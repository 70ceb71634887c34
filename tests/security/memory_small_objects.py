# config: max_memory=64M max_time=60
# expect: limit=memory
# Many small objects: the heap's own tables (one slot per object) count
# against the cap, not only the objects' contents.
l = []
while True:
    l.append([1])
