# config: max_memory=256M
# expect: limit=memory
x = 'a' * 10**10
