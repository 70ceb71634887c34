# config: max_time=0.5
# expect: limit=time
# Multiplication, floor division and modulo of huge ints in a loop.
import math
a = 7 ** (2 * 10**7)
b = 3 ** (10**7)
for i in range(1000):
    a * b
    a // b
    a % b
print("ESCAPED: finished")
