# Finalization of unreachable objects, observed after gc.collect(): a
# generator suspended inside try/finally or with is closed, __del__ runs
# (also for a cycle), and an object that __del__ resurrects is finalized
# only once (PEP 442).
import gc
log = []
def resource(name):
    log.append("open " + name)
    try:
        yield 1
        yield 2
    finally:
        log.append("close " + name)
g = resource("a"); next(g); del g
gc.collect()
print(log)
def plain():
    yield 1
    yield 2
p = plain(); next(p); del p
gc.collect()
class C:
    def __init__(self, n): self.n = n
    def __del__(self):
        log.append("del %d" % self.n)
c = C(1); del c
gc.collect()
print(log)
# cycle with __del__
a = C(2); b = C(3); a.other = b; b.other = a
del a, b
gc.collect()
print(sorted(log))
# resurrection: finalized once only
keep = []
class R:
    def __del__(self):
        log.append("R del")
        keep.append(self)
r = R(); del r
gc.collect(); gc.collect()
keep.clear(); gc.collect(); gc.collect()
print(log.count("R del"))
# with-block in a generator
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        log.append("exit")
def withgen():
    with CM():
        yield 1
w = withgen(); next(w); del w
gc.collect()
print(log[-1])
# a generator that catches GeneratorExit and returns
def catches():
    try:
        yield 1
    except GeneratorExit:
        log.append("caught")
k = catches(); next(k); del k
gc.collect()
print(log[-1])
# finished and unstarted generators have nothing to run
f = resource("never"); del f
gc.collect()
print("open never" in log)
print("done")
