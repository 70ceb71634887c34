# config: max_memory=256M max_time=1
# expect: limit=time
# str.replace with a match at every character, in a loop.
s = "a" * (4 << 20)
while True:
    s.replace("a", "bc")
