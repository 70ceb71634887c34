# config: max_memory=256M
# expect: limit=memory
x = list(range(10**10))
