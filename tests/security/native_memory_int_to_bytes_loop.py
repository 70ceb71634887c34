# config: max_memory=256M max_time=60
# expect: limit=memory
# Many large to_bytes results kept alive.
keep = []
while True:
    keep.append((255).to_bytes(50 << 20, "little"))
