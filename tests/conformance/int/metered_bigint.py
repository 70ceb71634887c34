# Big-int results past the piece sizes of the metered arithmetic (split
# multiplications, Lehmer gcd, square-and-multiply pow) agree with CPython.
import math
state = 12345
def rnd(bits):
    global state
    x = 0
    n = 0
    while n < bits:
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        x = (x << 64) | state
        n += 64
    return x >> (n - bits)

def digest(x):
    return (x % 1000000007, x.bit_length())

sizes = [(10, 20), (300, 70), (5000, 5000), (270000, 270000), (700000, 90000)]
for a_bits, b_bits in sizes:
    a, b = rnd(a_bits) | 1, rnd(b_bits) | 1
    for sa, sb in ((1, 1), (-1, 1)) if a_bits > 10000 else ((1, 1), (-1, 1), (1, -1), (-1, -1)):
        x, y = sa * a, sb * b
        print(a_bits, b_bits, sa, sb, digest(x * y), digest(x // y), digest(x % y), digest(y // x), digest(y % x))
print(digest(rnd(3000) ** 100), digest((-rnd(70)) ** 4001), digest(3 ** 200001))
for mb in (64, 2000, 20000):
    m = rnd(mb) | (1 << (mb - 1))
    print(mb, digest(pow(rnd(mb + 10), rnd(40), m)), digest(pow(5, 2**12, m)), digest(pow(-7, 12345, -m)))
print(pow(3, -1, 7), pow(2, 10, 1), pow(-2, 3, 5), pow(0, 0, 7), pow(4, 0, 1))
print(digest(pow(rnd(500), -3, rnd(600) | 1)))
for n in (0, 1, 2, 3, 4, 15, 16, 17, 24, 99, 10**20, 2**64 - 1, 2**64):
    print(n, math.isqrt(n))
for bits in (100, 1000, 100000, 300001):
    x = rnd(bits)
    r = math.isqrt(x)
    print(bits, digest(r), r * r <= x < (r + 1) ** 2)
for n in (0, 1, 2, 5, 20, 21, 100, 1000, 30000):
    print(n, digest(math.factorial(n)))
for n, k in [(0, 0), (5, 2), (10, 10), (10, 11), (100, 50), (1000, 3), (30000, 15000), (100000, 777), (2**62, 3), (50000, 49990)]:
    print(n, k, digest(math.comb(n, k)), digest(math.perm(n, k)))
print(math.perm(5), math.perm(5, None))
for x, y in [(0, 0), (0, 5), (12, 18), (-12, 18), (2**64 + 1, 2**65 + 2), (rnd(5000), rnd(4000)), (rnd(200000) * 3**500, rnd(150000) * 3**700)]:
    print(digest(math.gcd(x, y)), digest(math.lcm(x, y)), math.gcd(x, -y) == math.gcd(x, y))
print(math.gcd(), math.lcm(), math.gcd(6, 10, 15), math.lcm(4, 6, -10), math.lcm(3, 0))
for a, m in [(3, 7), (-3, 7), (10, 17), (rnd(3000), rnd(2000) | 1), (2, -9), (rnd(20000), rnd(18000) | 1)]:
    try:
        print(digest(pow(a, -1, m)), digest(pow(a, -5, m)))
    except ValueError as e:
        print(e)
try:
    pow(6, -1, 9)
except ValueError as e:
    print(e)
state = 99
def rnd(bits):
    global state
    x = 0
    for _ in range(bits // 64 + 1):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        x = (x << 64) | state
    return x >> (64 - bits % 64)
acc = 0
for i in range(20):
    g = rnd(1 + i * 37 % 3000)
    a, b = rnd(4000 + i * 13) * g, rnd(4100 + i * 29 % 900) * g + (i % 3) * g
    acc = (acc * 31 + math.gcd(a, b) + math.gcd(a, a + 1) + math.gcd(a * 2**i, b * 2**(i // 2))) % 2**61
    acc = (acc * 31 + math.gcd(2**(5000 + i) - 1, 2**(4000 + 2 * i) - 1)) % 2**61
print(acc)
