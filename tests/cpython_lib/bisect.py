# CPython's Lib `bisect` (or pyx's own, which wins) imported and used.
import bisect
a=[1,3,5,7]
print(bisect.bisect_left(a,5), bisect.bisect_right(a,5))
bisect.insort(a,4)
print(a)
