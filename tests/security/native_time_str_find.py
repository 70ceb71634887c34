# config: max_memory=256M max_time=1
# expect: limit=time
# A needle that almost matches everywhere: one find() call is long.
s = "a" * (16 << 20)
needle = "a" * 100_000 + "b"
while True:
    s.find(needle)
    s.count(needle)
    needle in s
