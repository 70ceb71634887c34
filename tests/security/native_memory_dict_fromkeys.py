# config: max_memory=256M max_time=60
# expect: limit=memory
# dict.fromkeys over a long range, and dict(zip(...)) of two long ranges.
d = dict(zip(range(10 ** 6), range(10 ** 6)))
d = dict.fromkeys(range(10 ** 9))
