# CPython's Lib `statistics` (or pyx's own, which wins) imported and used.
import statistics as s
print(s.mean([1,2,3,4]), s.median([3,1,2]), s.mode([1,1,2]), round(s.stdev([1,2,3,4]),6))
