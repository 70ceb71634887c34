# config: max_time=0.5
# expect: limit=time
# math.gcd/lcm and a modular inverse of megabit ints (Lehmer, metered).
import math
a = 7 ** (2 * 10**6)
b = 3 ** (10**6) + 1
for i in range(1000):
    math.gcd(a, b)
    math.lcm(a, b)
    pow(a, -1, b)
print("ESCAPED: finished")
