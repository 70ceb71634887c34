from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping
import numbers


@singledispatch
def show(x):
    return 'object:%r' % (x,)


@show.register
def _(x: int):
    return 'int:%d' % x


@show.register(float)
@show.register(complex)
def _(x):
    return 'num:%s' % x


@show.register
def _(x: Sequence):
    return 'seq:' + ','.join(show(i) for i in x)


@show.register(Mapping)
def _(x):
    return 'map:' + ';'.join('%s=%s' % (k, show(v)) for k, v in x.items())


@show.register(bool)
def _(x):
    return 'bool:%s' % x


@show.register
def _(x: str):
    return 'str:' + x


print(show(1), show(True), show(2.5), show(1j), show([1, 'ab']), show({'k': (1.5,)}), show(None), show('s'))
print(show.dispatch(int).__name__, show.dispatch(str) is show.dispatch(Sequence), sorted(k.__name__ for k in show.registry))


class A:
    pass


class B(A):
    pass


@singledispatch
def who(x):
    return 'base'


who.register(A, lambda x: 'A')
print(who(B()), who(A()), who(3))


class Acc:
    @singledispatchmethod
    def add(self, x):
        raise NotImplementedError('cannot add %s' % type(x).__name__)

    @add.register
    def _(self, x: int):
        return x + 1

    @add.register
    def _(self, x: str):
        return x + '!'


acc = Acc()
print(acc.add(1), acc.add('a'))
try:
    acc.add(1.5)
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    @show.register
    def _(x):
        pass
except TypeError as e:
    print('TypeError:', str(e)[:38])
