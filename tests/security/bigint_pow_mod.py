# config: max_time=0.5
# expect: limit=time
# Modular pow with a megabit modulus: square and multiply, polled per step.
import math
pow(3, 2**100000, 2**(2**20) - 1)
print("ESCAPED: finished")
