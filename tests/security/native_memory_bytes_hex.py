# config: max_memory=256M max_time=60
# expect: limit=memory
# hex() makes 2 (or 3 with a separator) characters per byte.
b = b"\xab" * (60 << 20)
h = b.hex(":")
h2 = b.hex()
