log = []
def src(n):
    log.append(f"src{n}")
    return range(n)
def cond(x):
    log.append(f"cond{x}")
    return x % 2 == 0
result = [x for x in src(4) if cond(x)]
print(result, log)
log.clear()
gen = (x for x in src(2))
print(log)
print(list(gen), log)
log.clear()
pairs = [(a, b) for a in src(2) for b in src(a + 1)]
print(pairs, log)
try:
    g = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
