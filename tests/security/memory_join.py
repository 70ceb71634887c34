# config: max_memory=256M max_time=60
# expect: limit=memory
x = 'ab'.join(['x' * 1000] * 10**7)
