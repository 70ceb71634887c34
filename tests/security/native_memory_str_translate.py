# config: max_memory=256M max_time=60
# expect: limit=memory
# translate can map one character to a long string.
s = "a" * 1_000_000
t = s.translate({97: "b" * 10_000})
