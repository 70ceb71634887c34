# config: max_steps=3000000
# expect: limit=steps
# Big-int work is fuel: one multiplication or pow counts its limb products.
import math
x = 7 ** (2 * 10**7)
for i in range(1000):
    x * x // 3 ** 10**6
    math.factorial(10**6)
print("ESCAPED: finished")
