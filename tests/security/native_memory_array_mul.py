# config: max_memory=256M max_time=60
# expect: limit=memory
# array * n builds its result at once: 8 GB is refused before it is made.
from array import array
a = array('d', [0.0]) * 10**9
print("ESCAPED", len(a))
