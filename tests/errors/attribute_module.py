import math
v = math.sine(1)
