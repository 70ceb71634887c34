# config: max_memory=256M max_time=60
# expect: limit=memory
x = [0] * 10**10
