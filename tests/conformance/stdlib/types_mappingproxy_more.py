# mappingproxy: reversed() follows the mapping, |= is refused, and the
# type is subscriptable (a types.GenericAlias).
import types

d = {'a': 1, 'b': 2, 'foo': 0, 'c': 3, 'd': 4}
mp = types.MappingProxyType(d)
del d['foo']
r = reversed(mp)
print(list(r))
try:
    next(r)
except StopIteration:
    print('StopIteration')
try:
    mp |= {'x': 1}
except TypeError as e:
    print('TypeError:', e)
print(mp | {'x': 1})
print(types.MappingProxyType[str, int], type(types.MappingProxyType[str, int]).__name__)
attrs = set(dir(mp)) - set(dir(object()))
print(sorted(attrs))
