# config: max_time=0.5
# expect: limit=time
while True:
    pass
