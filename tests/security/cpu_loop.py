# config: max_steps=1000000
# expect: limit=steps
while True:
    pass
