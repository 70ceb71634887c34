# config: max_memory=256M max_time=60
# expect: limit=memory
# Other codec directions: utf-16 out, an error handler that expands each
# character (backslashreplace: 10 bytes for one), and decoding back.
s = "\U0001F600" * (16 << 20)
b = s.encode("utf-16")
c = s.encode("ascii", "backslashreplace")
d = (b"\xff" * (60 << 20)).decode("latin-1")
