# config: max_memory=256M
# expect: limit=intsize
x = 10**10**10
