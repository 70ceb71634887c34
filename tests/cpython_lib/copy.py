# CPython's Lib `copy` (or pyx's own, which wins) imported and used.
import copy
a=[1,[2,3]]
b=copy.deepcopy(a)
b[1].append(4)
print(a, b, copy.copy({'k': [1]}))
