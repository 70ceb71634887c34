# config: max_memory=256M max_time=60
# expect: limit=memory
# a.extend(a) and a += a double the array from a copy of itself: the
# copy and the growth are both counted.
from array import array
a = array('b', b'x' * 1000)
while True:
    a.extend(a)
    a += a
