import timeit, io, contextlib

# A timer that advances by a fixed step per call: results do not depend
# on the machine's speed.
class Clock:
    def __init__(self, step):
        self.now = 0.0
        self.step = step
        self.calls = 0
    def __call__(self):
        self.calls += 1
        self.now += self.step
        return self.now

c = Clock(0.5)
t = timeit.Timer("x = sum(range(10))", timer=c)
print(t.timeit(number=3), c.calls)
print(t.repeat(repeat=3, number=7), c.calls)
print(timeit.timeit("y", setup="y = 2", timer=Clock(0.125), number=10))
print(timeit.repeat(lambda: None, timer=Clock(1.0), repeat=2, number=1))
seen = []
ticks = [0]
def tick():
    ticks[0] += 1
# The clock reads how many statements ran: 0.01 "seconds" each.
print(timeit.Timer(tick, timer=lambda: ticks[0] / 100).autorange(lambda n, dt: seen.append((n, round(dt, 6)))), seen)

counter = {"n": 0}
def work():
    counter["n"] += 1
timeit.Timer(work, setup=lambda: counter.__setitem__("n", 100), timer=Clock(1)).timeit(5)
print(counter)
g = {"items": []}
timeit.timeit("items.append(1)", globals=g, number=4, timer=Clock(1))
print(g["items"])
timeit.timeit("for i in range(2):\n    acc.append(i)", setup="acc = out", globals={"out": g["items"]}, number=2, timer=Clock(1))
print(g["items"])
for bad in [lambda: timeit.Timer("1 +", timer=Clock(1)), lambda: timeit.Timer(5, timer=Clock(1)),
            lambda: timeit.Timer("pass", setup=3, timer=Clock(1)),
            lambda: timeit.Timer("undefined_name", timer=Clock(1)).timeit(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# the command line, on the fixed-step clock
for args in (["-n", "10", "-r", "3", "x = 1"], ["-n", "4", "-u", "msec", "-s", "a = 1", "a + 1"],
             ["-v", "-n", "2", "-r", "2", "pass"], ["-n", "5", "-u", "bogus", "pass"]):
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        rc = timeit.main(args, _wrap_timer=lambda t: Clock(0.003))
    print(rc, repr(out.getvalue()))
