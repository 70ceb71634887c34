n = 2000
primes = [p for p in range(2, n) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(len(primes), primes[-5:])
triples = [(a, b, c) for c in range(1, 40) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(len(triples), triples[:5])
print(sum(x * x for x in range(10000)))
