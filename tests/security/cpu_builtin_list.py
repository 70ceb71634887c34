# config: max_steps=1000000 max_memory=1G
# expect: limit=steps
x = sorted(range(10**8))
