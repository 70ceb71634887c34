import random
for s in [0, 1, 42, 12345678901234567890, -7]:
    random.seed(s)
    print(s, [round(random.random(), 12) for _ in range(3)], random.getrandbits(8), random.getrandbits(70))
random.seed(2024)
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], random.randrange(0, 100, 7), random.randrange(10, 0, -3))
print(random.choice("abcdef"), random.choice([1, 2, 3]))
xs = list(range(10)); random.shuffle(xs); print(xs)
print(random.sample(range(100), 5), random.sample(range(10000), 8), random.sample("abc", 3))
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(10, 2), random.normalvariate())
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.paretovariate(2.0), random.weibullvariate(1, 2))
print(random.choices("xyz", k=5), random.choices("xyz", weights=[1, 0, 5], k=4), random.choices(range(3), cum_weights=[1, 2, 3], k=3))
print(random.randbytes(5), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
print(random.gammavariate(2.5, 1), random.gammavariate(0.5, 1), random.betavariate(2, 3))
r = random.Random(99); st = r.getstate(); a = [r.random() for _ in range(3)]; r.setstate(st); print(a == [r.random() for _ in range(3)])
print(random.Random(5).random() == random.Random(5).random(), random.Random(5.5).random())
print(random.sample(range(5), 2, counts=[1, 2, 3, 4, 5]))
for bad in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.sample([1], 2), lambda: random.randint(5, 1), lambda: random.sample({1, 2}, 1)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
big = random.Random(3)
print(sum(big.random() for _ in range(2000)))
