# config: max_memory=256M
# expect: limit=memory
x = 'ab'.join(['x' * 1000] * 10**7)
