import types
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), types.SimpleNamespace(**{"q": 1}))
del ns.a; print(ns)
def f(): pass
async def co(): pass
def gen(): yield
class K:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(gen(), types.GeneratorType))
c = co(); print(isinstance(c, types.CoroutineType)); c.close()
print(isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(type(None) is types.NoneType, types.EllipsisType is type(...), isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), list(mp), "a" in mp, mp.get("b", 2))
try:
    mp["b"] = 2
except TypeError:
    print("read-only")
m = types.ModuleType("mymod", "doc"); m.x = 5; print(m.__name__, m.__doc__, m.x)
C = types.new_class("C", (K,), {}, lambda ns: ns.update(y=7)); print(C.__name__, C.y, issubclass(C, K))
print(types.resolve_bases((int,)), types.prepare_class("D", (K,))[0].__name__)
