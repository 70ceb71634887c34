# config: max_memory=256M max_time=60
# expect: limit=memory
# A dict comprehension and dict.fromkeys grow one table without bound.
d = {i: i for i in range(10 ** 9)}
