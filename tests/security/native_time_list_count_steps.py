# config: max_memory=256M max_steps=2000000
# expect: limit=steps
# The step limit sees the elements a native scans, not only the call.
l = [0] * 4_000_000
for i in range(1000):
    l.count(1)
print("ESCAPED: 4 billion comparisons in 2 million steps")
