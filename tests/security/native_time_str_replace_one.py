# config: max_memory=256M max_time=1
# expect: limit=time
# One replace whose search is quadratic in a naive matcher.
s = "a" * (8 << 20)
while True:
    s.replace("a" * 5000 + "b", "c")
