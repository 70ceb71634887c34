# config: max_memory=64M max_time=60
# expect: limit=memory
# An array made from an endless iterator (float() forever) is filled in
# place, each growth charged: the memory limit stops it. (64M: the buffer
# grows by a sixteenth at a time, as CPython's, and each growth copies it.)
from array import array
a = array('d', iter(float, 1.0))
print("ESCAPED", len(a))
