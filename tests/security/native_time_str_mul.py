# config: max_memory=256M max_time=1
# expect: limit=time
# Big repetitions, made and dropped in a loop.
while True:
    x = "ab" * (32 << 20)
    y = b"c" * (64 << 20)
    z = [0] * (4 << 20)
    del x, y, z
