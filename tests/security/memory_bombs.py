# config: max_memory=256M max_time=60
# expect: limit=memory
x = 'a' * 10**10
