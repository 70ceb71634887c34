# config: max_memory=256M max_time=60
# expect: limit=memory
# bytearray *= n builds the repeated buffer in place.
b = bytearray(1 << 20)
b *= 10 ** 5
