# config: max_memory=256M max_time=60
# expect: limit=memory
# array *= n grows the array in place: the growth is charged first.
from array import array
a = array('q', range(1000))
a *= 10**7
print("ESCAPED", len(a))
