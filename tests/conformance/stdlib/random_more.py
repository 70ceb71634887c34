import random

r = random.Random(12345)
print(r.random(), r.randint(1, 100), r.randrange(0, 100, 7), r.choice('abcdef'), r.getrandbits(70))
print(r.uniform(1, 2), r.triangular(0, 10, 3), r.gauss(0, 1), r.normalvariate(5, 2), r.expovariate(1.5))
lst = list(range(10))
r.shuffle(lst)
print(lst, r.sample(range(100), 5), r.sample('abcdefg', k=3), r.choices('abc', k=5), r.choices('abc', weights=[10, 1, 1], k=5))
print(r.choices(range(4), cum_weights=[1, 2, 3, 10], k=4), r.betavariate(2, 3), r.gammavariate(2, 1), r.lognormvariate(0, 1))
print(r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 2), r.randbytes(5))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
r.seed('hello')
print(r.random(), r.randint(0, 10**30))
r.seed(b'bytes')
print(r.random())
r.seed(-5)
print(r.random())
r2 = random.Random()
r2.seed(2024)
print([r2.randint(1, 6) for _ in range(10)], r2.binomialvariate(10, 0.3) if hasattr(r2, 'binomialvariate') else 'n/a')
for bad in [lambda: r.randrange(0), lambda: r.choice([]), lambda: r.sample([1, 2], 3), lambda: r.randint(5, 1),
            lambda: r.choices('ab', weights=[1], k=1)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ':', e)
