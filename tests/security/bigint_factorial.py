# config: max_time=0.5
# expect: limit=time
# math.factorial of millions: metered binary-splitting products.
import math
for i in range(50):
    math.factorial(3_000_000)
print("ESCAPED: finished")
