# config: max_memory=64M max_time=60
# expect: limit=memory
# A width or precision that asks for more text than the memory cap allows
# stops before the host allocates it (it used to be built first, or to
# panic in Rust's formatter past 65,535).
s = b'%.*d' % (200_000_000, 7)
print("ESCAPED", len(s))
