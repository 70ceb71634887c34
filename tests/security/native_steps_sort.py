# config: max_memory=256M max_steps=10000000
# expect: limit=steps
# A native sort of plain ints or floats is charged its n log n comparisons,
# as a sort that calls `<` would be: ten sorts of 100,000 items are about
# 18 million comparisons, past a 10-million-step limit.
l = [(i * 7919) % 1_000_003 for i in range(100_000)]
f = [x / 7 for x in l]
for _ in range(5):
    sorted(l)
    sorted(f, reverse=True)
print("ESCAPED: finished")
