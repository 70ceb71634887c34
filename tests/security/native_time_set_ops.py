# config: max_memory=1G max_time=1
# expect: limit=time
# Set algebra over two 300,000-element sets in a Python loop. (Under 256M
# the garbage of one pass of six operations, collected only at the loop's
# backward jump, reaches the memory cap first: a known slack of the collector.)
a = set(range(300_000))
b = set(range(150_000, 450_000))
while True:
    a & b
    a - b
    a ^ b
    a <= b
    a == b
    a.isdisjoint(b)
