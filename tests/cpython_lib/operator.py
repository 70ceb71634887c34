# CPython's Lib `operator` (or pyx's own, which wins) imported and used.
import operator
print(operator.itemgetter(1,0)('ab'), operator.attrgetter('real')(3), operator.methodcaller('upper')('x'), operator.add(1,2))
