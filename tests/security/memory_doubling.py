# config: max_memory=256M
# expect: limit=memory
s = 'a'
while True:
    s = s + s
