# A function's __module__ and built-ins follow its globals as they change
# (functions made from one code in a loop share a cached copy).
def make():
    return lambda: 1
f1 = make()
print(f1.__module__)
__name__ = 'renamed'
f2 = make()
print(f2.__module__, f1.__module__)
g = {'__name__': 'modA'}
exec("def mk():\n    return lambda: 2\n", g)
print(g['mk']().__module__)
g['__name__'] = 'modB'
print(g['mk']().__module__)
del g['__name__']
print(g['mk']().__module__)
g['__builtins__'] = {'len': lambda x: 'fake len'}
exec("def mk2():\n    return lambda s: len(s)\n", g)
print(g['mk2']()('abc'))
import builtins
g2 = {'__name__': 'm2', '__builtins__': builtins}
exec("def mk3():\n    return (lambda s: len(s))\n", g2)
print(g2['mk3']()('abcd'), g2['mk3']().__module__)
fs = [(lambda i=i: i) for i in range(3)]
print([f() for f in fs], fs[0].__module__)
