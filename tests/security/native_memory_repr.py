# config: max_memory=256M max_time=60
# expect: limit=memory
# repr of a list holding one big string many times.
s = "\x01" * (1 << 20)
r = repr([s] * 1000)
