# config: max_memory=256M max_time=60
# expect: limit=memory
# list(str) makes one 16-byte slot per character (plus the objects).
s = "ab" * (40 << 20)
l = list(s)
