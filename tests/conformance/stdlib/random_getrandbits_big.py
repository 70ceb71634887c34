# getrandbits for many bits and randbytes: the same stream as CPython, built
# in time linear in the bits asked for.
import random
r = random.Random(12345)
for k in (1, 31, 32, 33, 63, 64, 65, 95, 96, 1000):
    print(k, r.getrandbits(k))
print(r.randbytes(13).hex())
print(hash(r.getrandbits(100000)) % 1000003)
for n in (0, 1, 3, 4, 5, 9, 100):
    print(n, r.randbytes(n).hex())
for a in (-1, 2.5, '3'):
    try:
        r.randbytes(a)
    except Exception as e:
        print(type(e).__name__, e)
big = random.Random(7).randbytes(1 << 20)
print(len(big), big[:8].hex(), big[-8:].hex())
