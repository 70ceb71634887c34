import types

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, vars(ns), ns == types.SimpleNamespace(a=1, b='x', c=[1]), ns != types.SimpleNamespace())
del ns.a
print(ns, repr(types.SimpleNamespace()))
try:
    types.SimpleNamespace({'q': 1})
except TypeError as e:
    print('TypeError:', e)
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp), 'k' in mp, mp.get('z', 0), dict(mp), mp | {'j': 2})
try:
    mp['k'] = 2
except TypeError as e:
    print('TypeError:', e)
C = types.new_class('C', (object,), {}, lambda ns: ns.update({'x': 5}))
print(C.x, C.__name__, types.resolve_bases((int,)), types.prepare_class('D')[0] is type)


def gen():
    yield 1


async def co():
    pass


print(isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), isinstance(gen, types.FunctionType))
cc = co()
print(isinstance(cc, types.CoroutineType))
cc.close()
print(type(None) is types.NoneType, types.EllipsisType, types.NotImplementedType, isinstance(list[int], types.GenericAlias))
print(isinstance(int | str, types.UnionType), types.MethodType(lambda self: self * 2, 21)())


class DA:
    @types.DynamicClassAttribute
    def name(self):
        return 'instance'


print(DA().name)
print(types.coroutine(gen) is not None)
