# config: max_memory=256M max_time=60
# expect: limit=memory
x = list(range(10**10))
