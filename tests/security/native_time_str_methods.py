# config: max_memory=256M max_time=1
# expect: limit=time
# Case mapping and other per-character methods over a big string.
s = "aB\u00e9" * (4 << 20)
while True:
    s.upper()
    s.lower()
    s.swapcase()
    s.isalpha()
