# dir() of a module lists its namespace, not the module type's attributes;
# a __dir__ function in the namespace decides instead.
import types
m = types.ModuleType('m', 'doc')
m.x = 1
m.f = len
print(sorted(n for n in dir(m) if not n.startswith('__')))
print('__repr__' in dir(m), '__init__' in dir(m), '__doc__' in dir(m), '__name__' in dir(m))
m.__dir__ = lambda: ['b', 'a']
print(dir(m))
import math
print('sqrt' in dir(math), '__class__' in dir(math))
