# CPython's Lib `pprint` (or pyx's own, which wins) imported and used.
import pprint
pprint.pprint({'k%d' % i: list(range(i)) for i in range(8)}, width=40)
print(pprint.pformat([1, (2, 3)]))
