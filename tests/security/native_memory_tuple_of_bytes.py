# config: max_memory=256M max_time=60
# expect: limit=memory
# tuple(bytes) and list(bytearray) make one slot per byte.
b = bytes(60 << 20)
t = tuple(b)
l = list(bytearray(b))
