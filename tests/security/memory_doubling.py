# config: max_memory=256M max_time=60
# expect: limit=memory
s = 'a'
while True:
    s = s + s
