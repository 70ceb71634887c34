# config: max_time=0.5
# expect: limit=time
# math.isqrt of a 56-megabit int: metered divisions.
import math
x = 7 ** (2 * 10**7)
for i in range(100):
    math.isqrt(x)
print("ESCAPED: finished")
