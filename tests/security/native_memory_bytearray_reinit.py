# config: max_memory=256M max_time=60
# expect: limit=memory
# Re-running __init__ on a live bytearray refills it: the new size is
# charged, whether it is a count or an iterable's length.
b = bytearray(b"ab")
b.__init__(100 << 20)
b.__init__(b"y" * (40 << 20))
for _ in range(20):
    b.__init__(4 << 30)
