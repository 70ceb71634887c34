from functools import singledispatch, singledispatchmethod
from collections.abc import Mapping
@singledispatch
def show(x):
    return "object:" + repr(x)
@show.register
def _(x: int):
    return "int:%d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
@show.register(Mapping)
def _(x):
    return "mapping with %s" % sorted(x)
print(show(3), show(True), show("s"), show([1, 2]), show({"b": 1, "a": 2}))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(str) is show.registry[object])
print(sorted(k.__name__ for k in show.registry.keys()))
class Neg:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("cannot negate")
    @neg.register
    def _(self, arg: int):
        return -arg
    @neg.register
    def _(self, arg: bool):
        return not arg
print(Neg().neg(5), Neg().neg(True))
try:
    Neg().neg("x")
except NotImplementedError as e:
    print("NotImplementedError", e)
