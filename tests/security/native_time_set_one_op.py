# config: max_memory=256M max_time=1
# expect: limit=time
# One set operation per pass over 300,000-element sets: each pass is a
# handful of steps but tens of milliseconds of native work. Intersections,
# comparisons, copies and reprs charge their elements as steps, so the
# deadline is seen within the pass, not 1024 passes later (this ran 13 s
# under a 1 s cap).
a = set(range(300_000))
b = set(range(150_000, 450_000))
while True:
    a & b
    a <= b
