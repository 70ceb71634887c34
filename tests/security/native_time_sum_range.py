# config: max_memory=256M max_time=1
# expect: limit=time
# sum over a long range is one call (a float start leaves the closed form),
# then sums of a big list in a loop.
sum(range(10 ** 15), 0.5)
