# config: max_steps=1000000 max_memory=256M max_time=60
# expect: limit=memory
# One built-in call asked to materialise 10**8 items: refused by the memory
# cap before the host allocates them.
print(sum(range(10**12)))
x = sorted(range(10**8))
