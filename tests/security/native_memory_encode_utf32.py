# config: max_memory=256M max_time=60
# expect: limit=memory
# A codec's output is 4x its input.
s = "a" * (80 << 20)
b = s.encode("utf-32")
