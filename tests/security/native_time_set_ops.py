# config: max_memory=256M max_time=1
# expect: limit=time
# Set algebra over two 300,000-element sets in a Python loop.
a = set(range(300_000))
b = set(range(150_000, 450_000))
while True:
    a & b
    a - b
    a ^ b
    a <= b
    a == b
    a.isdisjoint(b)
