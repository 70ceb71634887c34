# CPython's Lib `graphlib` (or pyx's own, which wins) imported and used.
import graphlib
ts = graphlib.TopologicalSorter({'b': {'a'}, 'c': {'b'}})
print(list(ts.static_order()))
