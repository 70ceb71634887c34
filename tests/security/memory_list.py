# config: max_memory=256M
# expect: limit=memory
x = [0] * 10**10
