# config: max_memory=256M max_time=60
# expect: limit=memory
# join with a large separator: the result is (n-1) separators long.
sep = "-" * (10 << 20)
s = sep.join(["x"] * 1000)
