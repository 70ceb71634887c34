# config: max_memory=256M max_time=3
# expect: limit=memory
# Set comprehension, and dict.fromkeys over a long range.
s = {(i, i) for i in range(10 ** 9)}
d = dict.fromkeys(range(10 ** 9))
