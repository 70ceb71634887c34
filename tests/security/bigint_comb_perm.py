# config: max_time=0.5
# expect: limit=time
# math.comb and math.perm with huge results.
import math
for i in range(50):
    math.comb(10**7, 5 * 10**6)
    math.perm(3_000_000)
print("ESCAPED: finished")
