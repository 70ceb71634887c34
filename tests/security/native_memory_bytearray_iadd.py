# config: max_memory=256M max_time=60
# expect: limit=memory
# bytearray += doubles the buffer in place: the growth is charged before it
# is allocated.
b = bytearray(b"x" * 1000)
while True:
    b += b
